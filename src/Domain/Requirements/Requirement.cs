using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Requirements;

/// <summary>
/// A requirement for a product or service (ISO 9001 §8.2.2) with its source and reference. Its text changes only
/// through <see cref="ApplyChange"/>, which raises <see cref="Revision"/> and keeps a <see cref="RequirementChange"/>
/// record (§8.2.4). Status changes follow <see cref="RequirementWorkflow"/>.
/// </summary>
public sealed class Requirement : Entity
{
    public const int ReferenceMaxLength = 200;
    public const int ProductOrServiceMaxLength = 200;
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 8000;
    public const int OwnerMaxLength = 200;

    private readonly List<RequirementChange> _changes = [];

    private Requirement()
    {
    }

    /// <param name="reference">The law, standard or contract clause; required for statutory and regulatory requirements.</param>
    /// <param name="customerId">The customer whose requirement it is, if it is one customer's.</param>
    public Requirement(
        RequirementSource source,
        string? reference,
        string productOrService,
        int? customerId,
        string title,
        string text,
        string owner)
    {
        var validSource = Require.Defined(source, "source");
        var validReference = ValidReference(validSource, reference);
        var validProduct = Require.Text(productOrService, "productOrService", ProductOrServiceMaxLength);
        var validCustomer = ValidCustomerId(customerId);
        var validTitle = Require.Text(title, "title", TitleMaxLength);
        var validText = Require.Text(text, "text", TextMaxLength);
        var validOwner = Require.Text(owner, "owner", OwnerMaxLength);

        Source = validSource;
        Reference = validReference;
        ProductOrService = validProduct;
        CustomerId = validCustomer;
        Title = validTitle;
        Text = validText;
        Owner = validOwner;
        Revision = 1;
        Status = RequirementStatus.Draft;
    }

    public RequirementSource Source { get; private set; }

    /// <summary>The law, standard or contract clause the requirement comes from.</summary>
    public string? Reference { get; private set; }

    public string ProductOrService { get; private set; } = "";

    public int? CustomerId { get; private set; }

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>The requirement's own version: 1 when created, raised by one with every applied change.</summary>
    public int Revision { get; private set; }

    public RequirementStatus Status { get; private set; }

    public string Owner { get; private set; } = "";

    /// <summary>The recorded changes loaded with the requirement, oldest first.</summary>
    public IReadOnlyList<RequirementChange> Changes => _changes;

    public IReadOnlyList<RequirementStatus> AllowedTransitions => RequirementWorkflow.AllowedFrom(Status);

    /// <summary>Changes everything but the text (which changes through <see cref="ApplyChange"/>); not once superseded or withdrawn.</summary>
    public void UpdateDetails(RequirementSource source, string? reference, string productOrService, int? customerId, string title, string owner)
    {
        var validSource = Require.Defined(source, "source");
        var validReference = ValidReference(validSource, reference);
        var validProduct = Require.Text(productOrService, "productOrService", ProductOrServiceMaxLength);
        var validCustomer = ValidCustomerId(customerId);
        var validTitle = Require.Text(title, "title", TitleMaxLength);
        var validOwner = Require.Text(owner, "owner", OwnerMaxLength);
        EnsureChangeable();

        Source = validSource;
        Reference = validReference;
        ProductOrService = validProduct;
        CustomerId = validCustomer;
        Title = validTitle;
        Owner = validOwner;
    }

    public void SubmitForReview() => MoveTo(RequirementStatus.UnderReview);

    public void Accept() => MoveTo(RequirementStatus.Accepted);

    public void Reject() => MoveTo(RequirementStatus.Rejected);

    /// <summary>Back to Draft: from UnderReview (returned for rework) or Rejected (to be revised).</summary>
    public void ReturnToDraft() => MoveTo(RequirementStatus.Draft);

    public void Supersede() => MoveTo(RequirementStatus.Superseded);

    public void Withdraw() => MoveTo(RequirementStatus.Withdrawn);

    /// <summary>
    /// Replaces the text, raises <see cref="Revision"/> by one and records the change (§8.2.4) with the documents
    /// amended; the people notified are added to the returned change as they are told.
    /// </summary>
    public RequirementChange ApplyChange(string newText, string description, IEnumerable<string>? documentsAmended, string changedBy, DateTime changedAt)
    {
        var validText = Require.Text(newText, "newText", TextMaxLength);
        var validDescription = Require.Text(description, "description", RequirementChange.DescriptionMaxLength);
        var validDocuments = RequirementChange.ValidDocuments(documentsAmended);
        var validBy = Require.Text(changedBy, "changedBy", RequirementChange.PersonMaxLength);
        var validAt = Require.Utc(changedAt, "changedAt");
        if (validText == Text)
        {
            throw new DomainValidationException("newText", "The new text is the same as the current text.");
        }

        var latest = _changes.Count == 0 ? (DateTime?)null : _changes.Max(c => c.ChangedAt);
        if (latest is DateTime last)
        {
            Require.NotBefore(validAt, last, "changedAt", "the previous change");
        }

        EnsureChangeable();

        var change = new RequirementChange(Revision, Revision + 1, validDescription, Text, validText, validDocuments, validBy, validAt);
        _changes.Add(change);
        Text = validText;
        Revision++;
        return change;
    }

    private void MoveTo(RequirementStatus to)
    {
        RequirementWorkflow.EnsureCanMove(Status, to);
        Status = to;
    }

    private void EnsureChangeable()
    {
        if (Status is RequirementStatus.Superseded or RequirementStatus.Withdrawn)
        {
            throw new DomainValidationException("status", $"The requirement is {Status}; it can no longer change.");
        }
    }

    private static string? ValidReference(RequirementSource source, string? reference)
    {
        return source is RequirementSource.Statutory or RequirementSource.Regulatory
            ? Require.Text(reference, "reference", ReferenceMaxLength)
            : Require.OptionalText(reference, "reference", ReferenceMaxLength);
    }

    private static int? ValidCustomerId(int? customerId)
    {
        return customerId is int id ? Require.Positive(id, "customerId") : null;
    }
}
