using System.Reflection;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>What every part of one code-first build shares: the types made so far by name, the problems found
/// (collected, thrown together at the end), and the work left for later: fields are filled after their type
/// exists (so types may refer to each other), and types written by name are looked up once every type exists.</summary>
internal sealed class SchemaBuildContext
{
    private readonly Dictionary<string, (NamedType Type, Type? Clr)> _byName = new(StringComparer.Ordinal);
    private readonly Queue<Action> _pending = new();
    private readonly List<Action> _afterTypes = [];

    public NullabilityInfoContext Nullability { get; } = new();
    public List<GraphQLError> Errors { get; } = [];

    /// <summary>Every named type made or given, in the order met.</summary>
    public List<NamedType> Created { get; } = [];

    public Dictionary<Type, ScalarType> ScalarsByClr { get; } = new()
    {
        [typeof(string)] = Scalars.String,
        [typeof(char)] = Scalars.String,
        [typeof(bool)] = Scalars.Boolean,
        [typeof(int)] = Scalars.Int,
        [typeof(short)] = Scalars.Int,
        [typeof(ushort)] = Scalars.Int,
        [typeof(byte)] = Scalars.Int,
        [typeof(sbyte)] = Scalars.Int,
        [typeof(long)] = Scalars.Long,
        [typeof(uint)] = Scalars.Long,
        [typeof(double)] = Scalars.Float,
        [typeof(float)] = Scalars.Float,
        [typeof(decimal)] = Scalars.Float,
        [typeof(Guid)] = Scalars.Uuid,
        [typeof(DateTimeOffset)] = Scalars.DateTime,
        [typeof(DateTime)] = Scalars.DateTime,
        [typeof(DateOnly)] = Scalars.Date,
        [typeof(Uri)] = Scalars.Url,
        [typeof(IUploadedFile)] = Scalars.Upload,
    };

    public void Report(string message) =>
        Errors.Add(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed }));

    public void Register(NamedType type, Type? clr)
    {
        if (_byName.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing.Type, type))
                Report($"Two types are named \"{type.Name}\" ({existing.Clr?.Name ?? "given"} and {clr?.Name ?? "given"}): rename one with [GraphQLName].");
            return;
        }
        _byName[type.Name] = (type, clr);
        Created.Add(type);
    }

    public NamedType? FindByName(string name) =>
        _byName.TryGetValue(name, out var found) ? found.Type : Scalars.Find(name);

    /// <summary>The scalar of that class given to the builder, or the built-in one.</summary>
    public ScalarType? FindScalar(Type scalarClass) =>
        Created.OfType<ScalarType>().Concat(Scalars.Specified).Concat(Scalars.Custom).FirstOrDefault(scalar => scalar.GetType() == scalarClass);

    /// <summary>Runs once the type being made exists (filling its fields).</summary>
    public void Later(Action work) => _pending.Enqueue(work);

    /// <summary>Runs once every type exists (types written by name, default values).</summary>
    public void AfterTypes(Action work) => _afterTypes.Add(work);

    public void RunLater()
    {
        while (_pending.TryDequeue(out var work))
            work();
    }

    public void RunAfterTypes()
    {
        foreach (var work in _afterTypes)
            work();
    }

    /// <summary>Adds an argument to a field being built; false (and a problem reported) when the name is taken.</summary>
    public bool AddArgument(OutputField field, InputValue argument, string where)
    {
        if (field.ArgumentMap.TryAdd(argument))
            return true;
        Report($"Argument \"{where}({argument.Name}:)\" can only be defined once.");
        return false;
    }
}
