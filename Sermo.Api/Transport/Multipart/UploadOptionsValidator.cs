using Microsoft.Extensions.Options;

namespace Sermo.Api.Transport.Multipart;

/// <summary>Rejects upload limits that would refuse every file or let one request fill the disk.</summary>
public sealed class UploadOptionsValidator : IValidateOptions<UploadOptions>
{
    private const long MaxBytes = 1024L * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, UploadOptions options)
    {
        var failures = new List<string>();
        if (options.MaxFiles is < 1 or > 100)
            failures.Add($"Uploads:MaxFiles must be between 1 and 100; it is {options.MaxFiles}.");
        if (options.MaxFileBytes is < 1 or > MaxBytes)
            failures.Add($"Uploads:MaxFileBytes must be between 1 and {MaxBytes} bytes; it is {options.MaxFileBytes}.");
        if (options.MaxRequestBytes < options.MaxFileBytes || options.MaxRequestBytes > MaxBytes)
            failures.Add($"Uploads:MaxRequestBytes must be at least Uploads:MaxFileBytes and at most {MaxBytes} bytes; it is {options.MaxRequestBytes}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
