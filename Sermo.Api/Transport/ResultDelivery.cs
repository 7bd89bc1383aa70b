using Sermo.GraphQL.Execution;

namespace Sermo.Api.Transport;

/// <summary>The one place where a transport's results are written and disposed. An executed result's data lives in
/// result nodes the engine reuses for later requests once the result is disposed (<see cref="OperationResult.Data"/>
/// throws after that): every result, and every event of a stream, is written to its sink first and disposed right
/// after, also when writing fails or the client goes away; disposing a stream stops its subscription.</summary>
public static class ResultDelivery
{
    /// <summary>Owns <paramref name="executed"/> from the call on: a request error goes to
    /// <see cref="IResultSink.RejectAsync"/>; otherwise the sink is opened, given each response in turn (the next
    /// event is not pulled before the previous one is written and disposed) and completed.</summary>
    public static async Task DeliverAsync<TSink>(ExecutionResult executed, TSink sink, CancellationToken cancellationToken)
        where TSink : IResultSink
    {
        await using (executed)
        {
            if (executed is OperationResult { IsRequestError: true } rejected)
            {
                await sink.RejectAsync(rejected);
                return;
            }

            await sink.OpenAsync(executed);
            switch (executed)
            {
                case OperationResult single:
                    await sink.SendAsync(single);
                    break;
                case ResponseStream stream:
                    await foreach (var next in stream.Results.WithCancellation(cancellationToken))
                    {
                        await using (next)
                            await sink.SendAsync(next);
                    }

                    break;
            }

            await sink.CompleteAsync();
        }
    }
}
