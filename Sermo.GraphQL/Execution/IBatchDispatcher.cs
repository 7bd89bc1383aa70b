namespace Sermo.GraphQL.Execution;

/// <summary>Something holding keys to load in one batch, dispatched by the executor when its work runs dry.</summary>
internal interface IBatchDispatcher
{
    void Attach(IBatchScheduler scheduler, CancellationToken cancellationToken);

    void Dispatch();
}
