namespace Sermo.Domain.Physicians;

/// <summary>The three stages of the credential check, in the order they must pass.</summary>
public enum CredentialStage
{
    Identity = 1,
    Licence = 2,
    Practice = 3,
}
