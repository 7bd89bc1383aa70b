using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Sermo.Domain.Persistence;

/// <summary>
/// Every stored time is UTC. SQLite hands DateTimes back as Unspecified; marking them UTC on the way in keeps
/// them comparable with the domain's times and writable to PostgreSQL's timestamptz.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
