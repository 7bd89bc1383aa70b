using System.Reflection;

namespace Sermo.GraphQL.Execution;

/// <summary>Creates per-request helpers (DataLoaders): the public constructor with the most parameters that the
/// request's services can all satisfy (parameters with defaults may be left out), else the parameterless one.</summary>
internal static class ServiceActivator
{
    public static T Create<T>(IServiceProvider services) where T : class
    {
        var constructors = typeof(T).GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        Array.Sort(constructors, static (a, b) => b.GetParameters().Length.CompareTo(a.GetParameters().Length));
        foreach (var constructor in constructors)
        {
            var parameters = constructor.GetParameters();
            var arguments = new object?[parameters.Length];
            var satisfied = true;
            for (var i = 0; i < parameters.Length && satisfied; i++)
            {
                var service = parameters[i].ParameterType == typeof(IServiceProvider) ? services : services.GetService(parameters[i].ParameterType);
                if (service is not null)
                    arguments[i] = service;
                else if (parameters[i].HasDefaultValue)
                    arguments[i] = parameters[i].DefaultValue;
                else
                    satisfied = false;
            }
            if (satisfied)
                return (T)constructor.Invoke(arguments);
        }
        throw new InvalidOperationException(
            $"Cannot create {typeof(T).FullName}: no public constructor has parameters that the request's services can all provide.");
    }
}
