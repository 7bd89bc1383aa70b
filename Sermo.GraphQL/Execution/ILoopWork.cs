namespace Sermo.GraphQL.Execution;

/// <summary>Work handed to the executor's work loop from another thread.</summary>
internal interface ILoopWork
{
    void Execute();
}
