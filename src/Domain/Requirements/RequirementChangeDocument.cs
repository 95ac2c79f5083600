using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Requirements;

/// <summary>A document amended because of a requirement change, by its reference (e.g. <c>DWG-1042 rev C</c>).</summary>
public sealed class RequirementChangeDocument : Entity
{
    public const int ReferenceMaxLength = 200;

    private RequirementChangeDocument()
    {
    }

    internal RequirementChangeDocument(string reference)
    {
        Reference = reference;
    }

    public int RequirementChangeId { get; private set; }

    public string Reference { get; private set; } = "";
}
