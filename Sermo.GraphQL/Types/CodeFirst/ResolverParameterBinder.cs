using System.Linq.Expressions;
using System.Reflection;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>Binds each parameter of a resolver method or delegate: the host's injectors first, then the built-in
/// kinds (context, cancellation, user, DataLoader, [Service], [Parent]), and anything else is a GraphQL argument.</summary>
internal sealed class ResolverParameterBinder
{
    private readonly SchemaBuildContext _context;
    private readonly IReadOnlyList<IResolverParameterInjector> _injectors;

    public ResolverParameterBinder(SchemaBuildContext context, IEnumerable<IResolverParameterInjector> hostInjectors, ArgumentInjector arguments)
    {
        _context = context;
        _injectors =
        [
            .. hostInjectors,
            new ResolverContextInjector(),
            new CancellationTokenInjector(),
            new ClaimsPrincipalInjector(),
            new DataLoaderInjector(),
            new ServiceInjector(),
            new ParentInjector(),
            arguments,
        ];
    }

    public List<Expression> Bind(IEnumerable<ParameterInfo> parameters, OutputField field, string coordinate) =>
        parameters.Select(parameter => Bind(parameter, field, coordinate)).ToList();

    private Expression Bind(ParameterInfo parameter, OutputField field, string coordinate)
    {
        var nullability = _context.Nullability.Create(parameter);
        var isNullable = Nullable.GetUnderlyingType(parameter.ParameterType) is not null
            || (!parameter.ParameterType.IsValueType && nullability.ReadState != NullabilityState.NotNull);
        var resolverParameter = new ResolverParameter(parameter, isNullable, coordinate, field);
        var injector = _injectors.First(candidate => candidate.CanInject(resolverParameter));
        var value = injector.Inject(resolverParameter);
        if (value.Type == parameter.ParameterType)
            return value;
        if (parameter.ParameterType.IsAssignableFrom(value.Type) || value.Type.IsAssignableFrom(parameter.ParameterType))
            return Expression.Convert(value, parameter.ParameterType);
        _context.Report($"{coordinate}: {injector.GetType().Name} gives a {value.Type.Name} for the parameter {parameter.Name}, which takes a {parameter.ParameterType.Name}.");
        return Expression.Default(parameter.ParameterType);
    }
}
