namespace Sermo.Api.Ide;

/// <summary>An example operation the IDE opens as a tab: the graph it runs on, the demo caller it runs as, the
/// operation, and where its variables come from (ids of the demo data, read when the page is served).</summary>
public sealed record IdeExample(string Graph, IdeCaller Caller, string Query, Func<IdeDemoData, Task<object?>>? Variables = null);

/// <summary>Who an example runs as. In Development the tab's headers carry a development token for that caller (a
/// member of the demo data for <see cref="Member"/>); elsewhere the reader pastes their own.</summary>
public enum IdeCaller
{
    Anonymous,
    Member,
    Staff,
    Agency,
    Reviewer,
    Pharma,
}
