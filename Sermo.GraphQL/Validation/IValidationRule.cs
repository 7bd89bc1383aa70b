using Sermo.GraphQL.Language;

namespace Sermo.GraphQL.Validation;

/// <summary>A rule of spec section 5 for executable documents. Each validation asks the rule for a fresh
/// visitor (holding that run's state); all rules' visitors share one walk of the document.</summary>
public interface IValidationRule
{
    SyntaxVisitor CreateVisitor(ValidationContext context);
}

/// <summary>A rule for type-system documents (SDL), run by <see cref="SdlValidator"/>.</summary>
public interface ISdlValidationRule
{
    SyntaxVisitor CreateVisitor(SdlValidationContext context);
}
