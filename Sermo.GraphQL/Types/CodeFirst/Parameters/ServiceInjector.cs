using System.Linq.Expressions;
using System.Reflection;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>A <c>[Service]</c> parameter: from the request's services; a missing service fails the field
/// unless the parameter is nullable (then it is null).</summary>
internal sealed class ServiceInjector : IResolverParameterInjector
{
    public bool CanInject(ResolverParameter parameter) => parameter.Parameter.GetCustomAttribute<ServiceAttribute>() is not null;

    public Expression Inject(ResolverParameter parameter) => ResolverCompiler.Service(parameter.Type, required: !parameter.IsNullable);
}
