namespace Sermo.GraphQL.Relay;

/// <summary>Which end of the ordered items a page is taken from.</summary>
public enum PageDirection
{
    /// <summary>The first <see cref="PageRequest.Size"/> items after <see cref="PageRequest.After"/>.</summary>
    Forward,

    /// <summary>The last <see cref="PageRequest.Size"/> items before <see cref="PageRequest.Before"/>.</summary>
    Backward,
}
