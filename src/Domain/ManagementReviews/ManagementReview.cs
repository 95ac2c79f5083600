using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.ManagementReviews;

/// <summary>
/// A generated management-review report (ISO 9001 §9.3), stored as an immutable record: the period, the template
/// it was made with, the content, its SHA-256 hash and the data snapshot it was made from. Nothing of it changes
/// after creation (the persistence model refuses updates to these columns); only outputs are added and followed up.
/// </summary>
public sealed class ManagementReview : Entity
{
    public const int TitleMaxLength = 200;
    public const int TemplateNameMaxLength = 200;
    public const int TemplateHashMaxLength = 128;
    public const int ContentTypeMaxLength = 100;
    public const int GeneratedByMaxLength = 200;
    public const int HashLength = 64;
    public const int MaxContentBytes = 50 * 1024 * 1024;
    public const int MaxSnapshotLength = 20 * 1024 * 1024;

    private readonly List<ManagementReviewOutput> _outputs = [];

    private ManagementReview()
    {
    }

    /// <param name="content">The rendered document; copied, so later changes to the array do not reach the record.</param>
    /// <param name="dataSnapshot">The JSON the report was rendered from.</param>
    public ManagementReview(
        string title,
        DateOnly periodFrom,
        DateOnly periodTo,
        ReportFormat format,
        string templateName,
        string templateHash,
        byte[] content,
        string dataSnapshot,
        string generatedBy,
        DateTime generatedAt)
    {
        var validTitle = Require.Text(title, "title", TitleMaxLength);
        if (periodTo < periodFrom)
        {
            throw new DomainValidationException("periodTo", "periodTo cannot be before periodFrom.");
        }

        var validFormat = Require.Defined(format, "format");
        var validTemplate = Require.Text(templateName, "templateName", TemplateNameMaxLength);
        var validTemplateHash = Require.Text(templateHash, "templateHash", TemplateHashMaxLength);
        var validContent = ValidContent(content);
        var validSnapshot = ValidSnapshot(dataSnapshot);
        var validBy = Require.Text(generatedBy, "generatedBy", GeneratedByMaxLength);
        var validAt = Require.Utc(generatedAt, "generatedAt");

        Title = validTitle;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        Format = validFormat;
        ContentType = ContentTypeOf(validFormat);
        TemplateName = validTemplate;
        TemplateHash = validTemplateHash;
        StoredContent = validContent;
        ContentLength = validContent.Length;
        ContentHash = Sha256Hex(validContent);
        DataSnapshot = validSnapshot;
        GeneratedBy = validBy;
        GeneratedAt = validAt;
    }

    public string Title { get; private set; } = "";

    public DateOnly PeriodFrom { get; private set; }

    /// <summary>Last day of the period (inclusive).</summary>
    public DateOnly PeriodTo { get; private set; }

    public ReportFormat Format { get; private set; }

    /// <summary>The media type of <see cref="Content"/>, from the format (UTF-8 for HTML and Markdown).</summary>
    public string ContentType { get; private set; } = "";

    public string TemplateName { get; private set; } = "";

    public string TemplateHash { get; private set; } = "";

    /// <summary>The document's bytes, read-only.</summary>
    public ReadOnlyMemory<byte> Content => StoredContent;

    /// <summary>The document as text for HTML and Markdown; null for PDF.</summary>
    public string? ContentText => Format == ReportFormat.Pdf ? null : Encoding.UTF8.GetString(StoredContent);

    public int ContentLength { get; private set; }

    /// <summary>Mapped to the Content column; kept private so the stored bytes cannot be altered through the record.</summary>
    private byte[] StoredContent { get; set; } = [];

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string ContentHash { get; private set; } = "";

    /// <summary>The JSON the report was rendered from.</summary>
    public string DataSnapshot { get; private set; } = "";

    public string GeneratedBy { get; private set; } = "";

    public DateTime GeneratedAt { get; private set; }

    /// <summary>Decisions and actions recorded from the review, in the order added.</summary>
    public IReadOnlyList<ManagementReviewOutput> Outputs => _outputs;

    /// <summary>The text of an HTML or Markdown report as its stored UTF-8 content.</summary>
    public static ManagementReview FromText(
        string title, DateOnly periodFrom, DateOnly periodTo, ReportFormat format, string templateName, string templateHash,
        string content, string dataSnapshot, string generatedBy, DateTime generatedAt)
    {
        if (format == ReportFormat.Pdf)
        {
            throw new DomainValidationException("format", "A PDF report is stored from its bytes, not from text.");
        }

        if (string.IsNullOrEmpty(content))
        {
            throw new DomainValidationException("content", "content is required.");
        }

        return new ManagementReview(
            title, periodFrom, periodTo, format, templateName, templateHash, Encoding.UTF8.GetBytes(content), dataSnapshot, generatedBy, generatedAt);
    }

    /// <summary>True when the stored content still matches <see cref="ContentHash"/>.</summary>
    public bool VerifyContent()
    {
        return Sha256Hex(StoredContent) == ContentHash && StoredContent.Length == ContentLength;
    }

    /// <summary>Records a decision or action from the review; an action needs an owner.</summary>
    public ManagementReviewOutput AddOutput(ReviewOutputKind kind, string description, string? owner = null, DateOnly? dueDate = null)
    {
        var validKind = Require.Defined(kind, "kind");
        var validDescription = Require.Text(description, "description", ManagementReviewOutput.DescriptionMaxLength);
        var validOwner = validKind == ReviewOutputKind.Action
            ? Require.Text(owner, "owner", ManagementReviewOutput.OwnerMaxLength)
            : Require.OptionalText(owner, "owner", ManagementReviewOutput.OwnerMaxLength);
        if (dueDate is DateOnly due && due < DateOnly.FromDateTime(GeneratedAt))
        {
            throw new DomainValidationException("dueDate", "dueDate cannot be before the review.");
        }

        var output = new ManagementReviewOutput(validKind, validDescription, validOwner, dueDate);
        _outputs.Add(output);
        return output;
    }

    public static string ContentTypeOf(ReportFormat format)
    {
        return format switch
        {
            ReportFormat.Html => "text/html; charset=utf-8",
            ReportFormat.Markdown => "text/markdown; charset=utf-8",
            ReportFormat.Pdf => "application/pdf",
            _ => throw new DomainValidationException("format", $"format has no value {format}."),
        };
    }

    private static byte[] ValidContent(byte[] content)
    {
        if (content is null || content.Length == 0)
        {
            throw new DomainValidationException("content", "content is required.");
        }

        if (content.Length > MaxContentBytes)
        {
            throw new DomainValidationException("content", $"content must be at most {MaxContentBytes} bytes.");
        }

        return [.. content];
    }

    private static string ValidSnapshot(string dataSnapshot)
    {
        if (string.IsNullOrWhiteSpace(dataSnapshot))
        {
            throw new DomainValidationException("dataSnapshot", "dataSnapshot is required.");
        }

        if (dataSnapshot.Length > MaxSnapshotLength)
        {
            throw new DomainValidationException("dataSnapshot", $"dataSnapshot must be at most {MaxSnapshotLength} characters.");
        }

        try
        {
            using var document = JsonDocument.Parse(dataSnapshot);
        }
        catch (JsonException e)
        {
            throw new DomainValidationException("dataSnapshot", $"dataSnapshot is not valid JSON: {e.Message}");
        }

        return dataSnapshot;
    }

    private static string Sha256Hex(byte[] content)
    {
        return Convert.ToHexStringLower(SHA256.HashData(content));
    }
}
