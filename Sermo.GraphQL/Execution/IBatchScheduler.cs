namespace Sermo.GraphQL.Execution;

/// <summary>Told by a DataLoader that it has keys waiting for a batch.</summary>
internal interface IBatchScheduler
{
    void Schedule(IBatchDispatcher loader);

    /// <summary>Runs the work on the executor's work loop (from any thread).</summary>
    void Post(ILoopWork work);
}
