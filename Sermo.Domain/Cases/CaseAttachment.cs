namespace Sermo.Domain.Cases;

/// <summary>What is known about a file attached to a case; the file itself lives in blob storage under <see cref="StorageKey"/>.</summary>
public sealed class CaseAttachment
{
    public const long MaxSizeBytes = 25 * 1024 * 1024;

    private static readonly string[] AllowedContentTypes = ["image/jpeg", "image/png", "application/pdf", "application/dicom"];

    private CaseAttachment() { }

    internal CaseAttachment(Guid caseId, AttachmentKind kind, string fileName, string contentType, long sizeBytes, string? description, DateTime now)
    {
        Id = EntityIds.Next();
        CaseId = caseId;
        Kind = Enum.IsDefined(kind) ? kind : throw Guard.Invalid($"Unknown attachment kind {kind}.");
        FileName = Guard.Text(fileName, "File name", 255);
        ContentType = AllowedContentTypes.Contains(contentType)
            ? contentType
            : throw Guard.Invalid($"Content type '{contentType}' is not accepted; use one of {string.Join(", ", AllowedContentTypes)}.");
        SizeBytes = sizeBytes is > 0 and <= MaxSizeBytes ? sizeBytes : throw Guard.Invalid($"An attachment is 1 byte to {MaxSizeBytes} bytes; got {sizeBytes}.");
        Description = Guard.OptionalText(description, "Attachment description", 1000);
        StorageKey = $"cases/{caseId:N}/{Id:N}";
        AddedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public AttachmentKind Kind { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string? Description { get; private set; }
    public string StorageKey { get; private set; } = "";
    public DateTime AddedAt { get; private set; }
}
