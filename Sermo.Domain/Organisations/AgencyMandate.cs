using System.Linq.Expressions;

namespace Sermo.Domain.Organisations;

/// <summary>An agency acting for an organisation, over a period; revoked mandates stay as history.</summary>
public sealed class AgencyMandate
{
    private AgencyMandate() { }

    internal AgencyMandate(Guid agencyId, Guid organisationId, DateTime grantedAt)
    {
        Id = EntityIds.Next();
        AgencyId = agencyId;
        OrganisationId = organisationId;
        GrantedAt = grantedAt;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public DateTime GrantedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    internal void Revoke(DateTime now) => RevokedAt = now;

    /// <summary>Whether the mandate is in force at an instant: granted by then and not revoked by then. The one statement
    /// of the rule: the domain runs it compiled (<see cref="IsInForceAt"/>), queries give it to EF Core as SQL
    /// (<see cref="InForceAt"/>).</summary>
    private static readonly Expression<Func<AgencyMandate, DateTime, bool>> InForce =
        (m, at) => m.GrantedAt <= at && (m.RevokedAt == null || m.RevokedAt > at);

    private static readonly Func<AgencyMandate, DateTime, bool> InForceCompiled = InForce.Compile();

    public bool IsInForceAt(DateTime at) => InForceCompiled(this, at);

    /// <summary><see cref="IsInForceAt"/> as a condition EF Core translates; the instant is a query parameter.</summary>
    public static Expression<Func<AgencyMandate, bool>> InForceAt(DateTime at)
    {
        var instant = Expression.Property(Expression.Constant(new Instant(at)), nameof(Instant.At));
        return Expression.Lambda<Func<AgencyMandate, bool>>(new Substitution(InForce.Parameters[1], instant).Visit(InForce.Body), InForce.Parameters[0]);
    }

    /// <summary>A captured value EF Core reads as a parameter (a constant would be written into the SQL text).</summary>
    private sealed record Instant(DateTime At);

    private sealed class Substitution(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : node;
    }
}
