using Sermo.GraphQL.Execution;

namespace Sermo.GraphQL.Authorization;

/// <summary>Runs before a field's resolver (outermost middleware): every requirement of the field is checked, and
/// the first refusal stops the field with one error carrying <c>AUTH_NOT_AUTHENTICATED</c> or
/// <c>AUTH_NOT_AUTHORIZED</c>. The error is thrown, so the field is nulled and a non-null field's null travels up
/// as the spec says, without a second "cannot return null" error; the resolver never runs.</summary>
public static class AuthorizationMiddleware
{
    public const string NotAuthenticatedMessage = "The caller is not authenticated.";
    public const string NotAuthorizedMessage = "The caller is not authorized to read this field.";

    public static FieldMiddleware For(IReadOnlyList<AuthorizeRequirement> requirements) =>
        next => context =>
        {
            var check = CheckAsync(context, requirements);
            if (check.IsCompletedSuccessfully)
                return next(context);
            return AwaitThenResolve(check, next, context);
        };

    /// <summary>Throws a <see cref="GraphQLException"/> for the first requirement refused; completes when all pass.</summary>
    public static ValueTask CheckAsync(IResolverContext context, IReadOnlyList<AuthorizeRequirement> requirements)
    {
        // The engine's context keeps the request's authorizer; any other context (a test double) asks its services.
        var authorizer = context is ResolverContext engine
            ? engine.FieldAuthorizer
            : context.Services.GetService(typeof(IFieldAuthorizer)) as IFieldAuthorizer ?? RoleFieldAuthorizer.Instance;
        for (var i = 0; i < requirements.Count; i++)
        {
            var decision = authorizer.AuthorizeAsync(context, requirements[i]);
            if (!decision.IsCompletedSuccessfully)
                return AwaitRemainingAsync(decision, authorizer, context, requirements, i);
            Enforce(decision.Result);
        }
        return ValueTask.CompletedTask;
    }

    private static async ValueTask AwaitRemainingAsync(
        ValueTask<AuthorizationDecision> pending, IFieldAuthorizer authorizer, IResolverContext context,
        IReadOnlyList<AuthorizeRequirement> requirements, int index)
    {
        Enforce(await pending.ConfigureAwait(false));
        for (var i = index + 1; i < requirements.Count; i++)
            Enforce(await authorizer.AuthorizeAsync(context, requirements[i]).ConfigureAwait(false));
    }

    private static async ValueTask<object?> AwaitThenResolve(ValueTask check, FieldResolver next, IResolverContext context)
    {
        await check.ConfigureAwait(false);
        return await next(context).ConfigureAwait(false);
    }

    private static void Enforce(AuthorizationDecision decision)
    {
        switch (decision)
        {
            case AuthorizationDecision.Allowed:
                return;
            case AuthorizationDecision.NotAuthenticated:
                throw new GraphQLException(new GraphQLError(NotAuthenticatedMessage,
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.NotAuthenticated }));
            default:
                throw new GraphQLException(new GraphQLError(NotAuthorizedMessage,
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.NotAuthorized }));
        }
    }
}
