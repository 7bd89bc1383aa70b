using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sermo.Domain.Persistence;

/// <summary>
/// One column of an entity's table as the bulk writers see it: its name, its store type mapping, and how to
/// read the value to store from an entity (through EF's own getters and value converters, so bulk-written
/// rows are the rows EF would have written).
/// </summary>
public sealed class TableColumn
{
    private readonly IClrPropertyGetter? _getter;
    private readonly object? _shadowValue;

    private TableColumn(IProperty property)
    {
        Name = property.GetColumnName();
        TypeMapping = property.GetRelationalTypeMapping();
        if (property.IsShadowProperty())
            _shadowValue = property.ClrType.IsValueType ? Activator.CreateInstance(property.ClrType) : null;
        else
            _getter = property.GetGetter();
    }

    public string Name { get; }
    public RelationalTypeMapping TypeMapping { get; }

    /// <summary>The provider value for <paramref name="entity"/> (converted; null for SQL NULL).</summary>
    public object? ValueOf(object entity)
    {
        var value = _getter is null ? _shadowValue : _getter.GetClrValueUsingContainingEntity(entity);
        return value is null || TypeMapping.Converter is not { } converter ? value : converter.ConvertToProvider(value);
    }

    /// <summary>The table and columns an entity type is stored in, complex properties flattened.</summary>
    public static (string Table, IReadOnlyList<TableColumn> Columns) For(IEntityType entityType)
    {
        var columns = new List<TableColumn>();
        AddColumns(entityType, columns);
        return (entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no table."), columns);
    }

    private static void AddColumns(ITypeBase type, List<TableColumn> columns)
    {
        columns.AddRange(type.GetProperties().Select(p => new TableColumn(p)));
        foreach (var complex in type.GetComplexProperties())
            AddColumns(complex.ComplexType, columns);
    }
}
