using Sermo.GraphQL.Language.Ast;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Validation;

/// <summary>What every validation rule sees: the document, the schema it refers to (if any), and where
/// errors go. Rules that apply to both executable documents and SDL are written against this.</summary>
public abstract class ValidationContextBase
{
    /// <summary>Past this many errors validation stops: a hostile document must not make us build a huge response.</summary>
    public const int MaxErrors = 100;

    private readonly List<GraphQLError> _errors = [];

    protected ValidationContextBase(DocumentNode document) => Document = document;

    public DocumentNode Document { get; }

    /// <summary>The schema the document is checked against (executable documents) or extends (SDL); null for SDL on its own.</summary>
    public abstract Schema? TargetSchema { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Whether "Did you mean ...?" hints are left out (<see cref="ValidationOptions.HideSuggestions"/>).</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>The " Did you mean ...?" ending of a message, or "" when there is nothing to suggest or suggestions
    /// are hidden (then the candidates are not even computed).</summary>
    public string DidYouMean(Func<IReadOnlyList<string>> suggestions, string? subMessage = null) =>
        HideSuggestions ? "" : Suggestions.DidYouMean(suggestions(), subMessage);

    public void ReportError(string message, params SyntaxNode[] nodes) => Add(message, nodes);

    public void ReportError(string message, IEnumerable<SyntaxNode> nodes) => Add(message, [.. nodes]);

    /// <summary>Records that the document nests too deeply to be walked safely (the walk has stopped).</summary>
    internal void ReportDocumentTooDeep() =>
        _errors.Add(GraphQLError.At("The document is nested too deeply to be validated.", ErrorCodes.ValidationFailed));

    private void Add(string message, SyntaxNode[] nodes)
    {
        if (_errors.Count >= MaxErrors)
        {
            _errors.Add(GraphQLError.At("Too many validation errors, error limit reached. Validation aborted.", ErrorCodes.ValidationFailed));
            throw new ErrorLimitReachedException();
        }
        _errors.Add(GraphQLError.At(message, ErrorCodes.ValidationFailed, nodes));
    }

    /// <summary>Unwinds the traversal once <see cref="MaxErrors"/> is exceeded; the validators catch it.</summary>
    internal sealed class ErrorLimitReachedException : Exception;
}
