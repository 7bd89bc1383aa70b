namespace Sermo.Api.Ide;

/// <summary>An area's example operations for the IDE (registered in DI beside the area's schema contributor).</summary>
public interface IIdeExampleSource
{
    IEnumerable<IdeExample> Examples { get; }
}
