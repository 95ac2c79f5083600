using CustomerComms.Api.GraphQL.Analysis;
using CustomerComms.Api.GraphQL.Communications;
using CustomerComms.Api.GraphQL.Complaints;
using CustomerComms.Api.GraphQL.Customers;
using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Api.GraphQL.Relay;
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
            .AddApiScalars()
            .AddMutationErrors()
            // Filter and sort fields first: an area's inputs nest other areas' types (communication → customer).
            .AddCustomerDataFields()
            .AddCommunicationDataFields()
            .AddComplaintDataFields()
            .AddNodes(nodes)
            .AddCustomers(nodes)
            .AddCustomerMutations()
            .AddCommunications(nodes)
            .AddCommunicationMutations()
            .AddComplaints(nodes)
            .AddComplaintMutations()
            .AddComplaintWorkflowMutations()
            .AddAuditTrail()
            .AddAnalysis()
            .Build();
    }
}
