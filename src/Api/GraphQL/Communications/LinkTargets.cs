using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Common;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Contingency;
using CustomerComms.Domain.CorrectiveActions;
using CustomerComms.Domain.Persistence;
using CustomerComms.Domain.Property;
using CustomerComms.Domain.Requirements;
using CustomerComms.Domain.Risks;
using CustomerComms.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Communications;

/// <summary>
/// The records a communication can be linked to. Each <see cref="LinkTargetType" /> is named like the record's
/// object type, so a link's target is addressed by the record's global id.
/// </summary>
internal static class LinkTargets
{
    private static readonly Dictionary<LinkTargetType, Func<CustomerCommsDbContext, int, CancellationToken, Task<bool>>> Exists = new()
    {
        [LinkTargetType.Communication] = ExistsAsync<Communication>,
        [LinkTargetType.Complaint] = ExistsAsync<Complaint>,
        [LinkTargetType.CorrectiveAction] = ExistsAsync<CorrectiveAction>,
        [LinkTargetType.Requirement] = ExistsAsync<Requirement>,
        [LinkTargetType.RequirementReview] = ExistsAsync<RequirementReview>,
        [LinkTargetType.RequirementChange] = ExistsAsync<RequirementChange>,
        [LinkTargetType.RiskOpportunity] = ExistsAsync<RiskOpportunity>,
        [LinkTargetType.Survey] = ExistsAsync<Survey>,
        [LinkTargetType.SurveyResponse] = ExistsAsync<SurveyResponse>,
        [LinkTargetType.CustomerPropertyItem] = ExistsAsync<CustomerPropertyItem>,
        [LinkTargetType.ContingencyPlan] = ExistsAsync<ContingencyPlan>,
    };

    public static string GlobalIdOf(CommunicationLink link) => GlobalId.Format(link.TargetType.ToString(), link.TargetId);

    /// <summary>
    /// The type and key of the stored record a global id field names: a ValidationError when its type cannot be
    /// linked, a NotFoundError when it is malformed or names no record.
    /// </summary>
    public static async Task<(LinkTargetType Type, int Key)> FindAsync(MutationContext input, string field)
    {
        var (type, key) = Parse(input, field);
        return await Exists[type](input.Db, key, input.CancellationToken) ? (type, key) : throw NotFound(input.Required<string>(field), field);
    }

    /// <summary>As <see cref="FindAsync" /> without looking the record up (to remove a link to whatever it names).</summary>
    public static (LinkTargetType Type, int Key) Parse(MutationContext input, string field)
    {
        var id = input.Required<string>(field);
        if (!GlobalId.TryParse(id, out var typeName, out var key))
        {
            throw NotFound(id, field);
        }

        if (!Enum.GetNames<LinkTargetType>().Contains(typeName, StringComparer.Ordinal))
        {
            var message = $"A communication cannot be linked to a {typeName}; it links to {string.Join(", ", Enum.GetNames<LinkTargetType>())}.";
            throw new MutationFailedException(new ValidationError(message, field, "LINK_TARGET_TYPE"), message);
        }

        return (Enum.Parse<LinkTargetType>(typeName), key);
    }

    private static Task<bool> ExistsAsync<T>(CustomerCommsDbContext db, int key, CancellationToken cancellationToken)
        where T : Entity =>
        db.Set<T>().AnyAsync(e => e.Id == key, cancellationToken);

    private static MutationFailedException NotFound(string id, string field)
    {
        var message = $"No record that a communication can be linked to has the id \"{id}\".";
        return new MutationFailedException(new NotFoundError(message, id, field), message);
    }
}
