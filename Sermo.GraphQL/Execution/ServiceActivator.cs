using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Sermo.GraphQL.Execution;

/// <summary>Creates per-request helpers (DataLoaders): the public constructor with the most parameters that the
/// request's services can all satisfy (parameters with defaults may be left out), else the parameterless one.
/// The constructors of a type are looked up and compiled once; a request only asks its services and calls.</summary>
internal static class ServiceActivator
{
    private static readonly ConcurrentDictionary<Type, Constructor[]> Factories = new();

    public static T Create<T>(IServiceProvider services) where T : class
    {
        var constructors = Factories.TryGetValue(typeof(T), out var known) ? known : Factories.GetOrAdd(typeof(T), Compile);
        foreach (var constructor in constructors)
        {
            if (constructor.TryCreate(services) is { } created)
                return (T)created;
        }
        throw new InvalidOperationException(
            $"Cannot create {typeof(T).FullName}: no public constructor has parameters that the request's services can all provide.");
    }

    /// <summary>Whether the constructors of a type are compiled already (it was created before).</summary>
    internal static bool IsCompiled(Type type) => Factories.ContainsKey(type);

    private static Constructor[] Compile(Type type)
    {
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        Array.Sort(constructors, static (a, b) => b.GetParameters().Length.CompareTo(a.GetParameters().Length));
        return Array.ConvertAll(constructors, static constructor => new Constructor(constructor));
    }

    /// <summary>One public constructor: its parameters and a compiled call taking the arguments as an array.</summary>
    private sealed class Constructor
    {
        private readonly ParameterInfo[] _parameters;
        private readonly object?[] _defaults;
        private readonly Func<object?[], object> _invoke;

        public Constructor(ConstructorInfo constructor)
        {
            _parameters = constructor.GetParameters();
            // `CancellationToken token = default` reports a null default: a value type needs its zero value.
            _defaults = Array.ConvertAll(_parameters, static parameter =>
                parameter.HasDefaultValue && parameter.DefaultValue is null && parameter.ParameterType.IsValueType
                    ? Activator.CreateInstance(parameter.ParameterType)
                    : parameter.DefaultValue);
            var arguments = Expression.Parameter(typeof(object?[]), "arguments");
            var call = Expression.New(constructor, _parameters.Select((parameter, i) =>
                Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), parameter.ParameterType)));
            _invoke = Expression.Lambda<Func<object?[], object>>(call, arguments).Compile();
        }

        public object? TryCreate(IServiceProvider services)
        {
            var arguments = _parameters.Length == 0 ? [] : new object?[_parameters.Length];
            for (var i = 0; i < _parameters.Length; i++)
            {
                var parameter = _parameters[i];
                var service = parameter.ParameterType == typeof(IServiceProvider) ? services : services.GetService(parameter.ParameterType);
                if (service is not null)
                    arguments[i] = service;
                else if (parameter.HasDefaultValue)
                    arguments[i] = _defaults[i];
                else
                    return null;
            }
            return _invoke(arguments);
        }
    }
}
