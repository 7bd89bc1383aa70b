using System.Linq.Expressions;
using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>A parameter of a DataLoader type: the request's instance, so batching spans every resolver of the request.</summary>
internal sealed class DataLoaderInjector : IResolverParameterInjector
{
    public bool CanInject(ResolverParameter parameter)
    {
        for (var current = parameter.Type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(DataLoader<,>))
                return true;
        }
        return false;
    }

    public Expression Inject(ResolverParameter parameter) =>
        Expression.Call(parameter.Context, nameof(IResolverContext.DataLoader), [parameter.Type]);
}
