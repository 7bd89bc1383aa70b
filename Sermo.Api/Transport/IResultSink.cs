using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport;

/// <summary>How one transport puts results on the wire, called by <see cref="ResultDelivery"/> only. A result handed
/// to a sink is readable during the call and disposed right after it: a sink must have written everything it needs
/// from <see cref="OperationResult.Data"/> before its task completes, and must keep no reference to the result.</summary>
public interface IResultSink
{
    /// <summary>A request error (no data: syntax, validation, variables, operation selection).</summary>
    Task RejectAsync(OperationResult rejected);

    /// <summary>Execution began: one result or a stream of them follows (SSE sends its headers here).</summary>
    Task OpenAsync(ExecutionResult executed);

    /// <summary>One response: the only one of a query or mutation, or one subscription event.</summary>
    Task SendAsync(OperationResult result);

    /// <summary>The last response was sent (and the stream, if any, ended by itself).</summary>
    Task CompleteAsync();
}
