using CustomerComms.Api.GraphQL.Analysis;
using CustomerComms.Api.GraphQL.Analysis.Stored;
using CustomerComms.Api.GraphQL.Communications;
using CustomerComms.Api.GraphQL.Complaints;
using CustomerComms.Api.GraphQL.Contingency;
using CustomerComms.Api.GraphQL.CorrectiveActions;
using CustomerComms.Api.GraphQL.Customers;
using CustomerComms.Api.GraphQL.ManagementReviews;
using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Api.GraphQL.Property;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Api.GraphQL.Requirements;
using CustomerComms.Api.GraphQL.Risks;
using CustomerComms.Api.GraphQL.Satisfaction;
using CustomerComms.Api.GraphQL.Scalars;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL;

/// <summary>
/// The API's GraphQL schema, composed from one part per domain area. <c>schema.graphql</c> at the repository root
/// is this schema printed (<c>dotnet run --project src/Api -- schema</c>).
/// </summary>
public static class ApiSchema
{
    public const string Description =
        "CustomerComms: customer communication under ISO 9001:2015 clause 8.2.1, with requirements (8.2.2–8.2.4), " +
        "risks and opportunities (6.1), customer satisfaction (9.1.2), corrective actions (10.2) and management reviews (9.3).";

    public static Schema Build()
    {
        var nodes = new NodeRegistry();
        return new SchemaBuilder()
            .Description(Description)
            .Query(query => query.Description("Reads: every record by its global id (`node`), connections per area with filters, ordering and cursor paging, and analyses of data supplied or stored."))
            .Mutation(mutation => mutation.Description("Changes: each takes one `input` and answers a payload with the changed record or typed `errors`; every change is audited in the same transaction."))
            .AddApiScalars()
            .AddMutationErrors()
            // Filter and sort fields first: an area's inputs nest other areas' types (communication → customer).
            .AddCustomerDataFields()
            .AddCommunicationDataFields()
            .AddComplaintDataFields()
            .AddManagementReviewDataFields()
            .AddAuditTrailDataFields()
            .AddRiskDataFields()
            .AddSatisfactionDataFields()
            .AddPropertyDataFields()
            .AddContingencyDataFields()
            .AddCorrectiveActionDataFields()
            .AddRequirementDataFields()
            .AddNodes(nodes)
            .AddCustomers(nodes)
            .AddCustomerMutations()
            .AddCommunications(nodes)
            .AddCommunicationMutations()
            .AddComplaints(nodes)
            .AddComplaintMutations()
            .AddComplaintWorkflowMutations()
            .AddManagementReviews(nodes)
            .AddManagementReviewMutations()
            .AddAuditTrail(nodes)
            .AddRisks(nodes)
            .AddRiskMutations()
            .AddSatisfaction(nodes)
            .AddCsiMutations()
            .AddSurveyMutations()
            .AddProperty(nodes)
            .AddPropertyMutations()
            .AddContingency(nodes)
            .AddContingencyMutations()
            .AddCorrectiveActions(nodes)
            .AddCorrectiveActionMutations()
            .AddRequirements(nodes)
            .AddRequirementMutations()
            .AddRequirementReviewMutations()
            .AddAnalysis()
            .AddStoredAnalysis()
            .Build();
    }
}
