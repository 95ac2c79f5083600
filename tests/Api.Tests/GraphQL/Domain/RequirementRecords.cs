using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Requirements;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

/// <summary>Requirements and reviews made through the domain for the requirement tests.</summary>
internal static class RequirementRecords
{
    /// <summary>A requirement moved from DRAFT to <paramref name="status" /> through its workflow.</summary>
    public static Requirement NewRequirement(
        string title, RequirementSource source, RequirementStatus status = RequirementStatus.Draft, Customer? customer = null,
        string product = "Valve DN50", string? reference = null)
    {
        var requirement = new Requirement(
            source, reference ?? (source is RequirementSource.Statutory or RequirementSource.Regulatory ? "EN 10204:2004" : null),
            product, customer?.Id, title, $"{title}: the text.", "Requirements engineer");
        switch (status)
        {
            case RequirementStatus.UnderReview:
                requirement.SubmitForReview();
                break;
            case RequirementStatus.Accepted:
                requirement.SubmitForReview();
                requirement.Accept();
                break;
            case RequirementStatus.Withdrawn:
                requirement.Withdraw();
                break;
        }

        return requirement;
    }

    /// <summary>Applies a change of text at <paramref name="at" /> with the documents amended and one person told per role.</summary>
    public static RequirementChange Changed(this Requirement requirement, DateTime at, string[] documents, params string[] roles)
    {
        var change = requirement.ApplyChange($"{requirement.Text} Revised.", "Wording revised on request.", documents, "Requirements engineer", at);
        foreach (var role in roles)
        {
            change.RecordNotification($"{role} lead", role, at.AddHours(2));
        }

        return change;
    }
}
