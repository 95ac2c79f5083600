using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Requirements;

/// <summary>
/// A recorded change to a requirement (ISO 9001 §8.2.4): the revision it moved from and to, what changed, the
/// documents amended and the people made aware. Made by <see cref="Requirement.ApplyChange"/>.
/// </summary>
public sealed class RequirementChange : Entity
{
    public const int DescriptionMaxLength = 4000;
    public const int PersonMaxLength = 200;
    public const int MaxDocuments = 50;

    private readonly List<RequirementChangeDocument> _documentsAmended = [];
    private readonly List<RequirementChangeNotification> _notifications = [];

    private RequirementChange()
    {
    }

    internal RequirementChange(
        int fromRevision, int toRevision, string description, string previousText, string newText,
        IEnumerable<string> documentsAmended, string changedBy, DateTime changedAt)
    {
        FromRevision = fromRevision;
        ToRevision = toRevision;
        Description = description;
        PreviousText = previousText;
        NewText = newText;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        _documentsAmended.AddRange(documentsAmended.Select(d => new RequirementChangeDocument(d)));
    }

    public int RequirementId { get; private set; }

    public int FromRevision { get; private set; }

    public int ToRevision { get; private set; }

    /// <summary>What changed and why.</summary>
    public string Description { get; private set; } = "";

    public string PreviousText { get; private set; } = "";

    public string NewText { get; private set; } = "";

    public string ChangedBy { get; private set; } = "";

    public DateTime ChangedAt { get; private set; }

    public IReadOnlyList<RequirementChangeDocument> DocumentsAmended => _documentsAmended;

    /// <summary>The people made aware of the change, in the order they were told.</summary>
    public IReadOnlyList<RequirementChangeNotification> Notifications => _notifications;

    /// <summary>Adds a document amended because of the change (a drawing, a specification, a work instruction …).</summary>
    public RequirementChangeDocument AddAmendedDocument(string reference)
    {
        var valid = Require.Text(reference, "documentsAmended", RequirementChangeDocument.ReferenceMaxLength);
        if (_documentsAmended.Count >= MaxDocuments)
        {
            throw new DomainValidationException("documentsAmended", $"A change lists at most {MaxDocuments} documents.");
        }

        if (_documentsAmended.Any(d => string.Equals(d.Reference, valid, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainValidationException("documentsAmended", $"{valid} is listed already.");
        }

        var document = new RequirementChangeDocument(valid);
        _documentsAmended.Add(document);
        return document;
    }

    /// <summary>Records that a person was made aware of the change, no earlier than the change itself.</summary>
    public RequirementChangeNotification RecordNotification(string name, string? role, DateTime notifiedAt)
    {
        var validName = Require.Text(name, "name", PersonMaxLength);
        var validRole = Require.OptionalText(role, "role", PersonMaxLength);
        var validAt = Require.NotBefore(Require.Utc(notifiedAt, "notifiedAt"), ChangedAt, "notifiedAt", "changedAt");
        var notification = new RequirementChangeNotification(validName, validRole, validAt);
        _notifications.Add(notification);
        return notification;
    }

    internal static IReadOnlyList<string> ValidDocuments(IEnumerable<string>? documents)
    {
        var valid = new List<string>();
        foreach (var document in documents ?? [])
        {
            var reference = Require.Text(document, "documentsAmended", RequirementChangeDocument.ReferenceMaxLength);
            if (!valid.Contains(reference, StringComparer.OrdinalIgnoreCase))
            {
                valid.Add(reference);
            }
        }

        if (valid.Count > MaxDocuments)
        {
            throw new DomainValidationException("documentsAmended", $"A change lists at most {MaxDocuments} documents.");
        }

        return valid;
    }
}
