using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Property;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Property;

/// <summary>Customer property under the organisation's control and the issues reported to its owners (ISO 9001 §8.2.1 d, §8.5.3).</summary>
internal static class PropertySchema
{
    public static SchemaBuilder AddPropertyDataFields(this SchemaBuilder builder)
    {
        return builder
            .FilterFields<CustomerPropertyItem>(f => f
                .Field(p => p.Description).Field(p => p.Kind).Field(p => p.Reference).Field(p => p.ReceivedAt)
                .Field(p => p.ConditionOnReceipt).Field(p => p.StorageLocation).Field(p => p.Status).Field(p => p.ReturnedAt)
                .Field(p => p.CreatedAt).Field(p => p.UpdatedAt).Field(p => p.Issues))
            .SortFields<CustomerPropertyItem>(f => f
                .Field(p => p.Description).Field(p => p.Kind).Field(p => p.Reference).Field(p => p.ReceivedAt)
                .Field(p => p.StorageLocation).Field(p => p.Status).Field(p => p.ReturnedAt).Field(p => p.CreatedAt).Field(p => p.UpdatedAt))
            .FilterFields<PropertyIssueReport>(f => f
                .Field(i => i.Kind).Field(i => i.Description).Field(i => i.OccurredAt).Field(i => i.ReportedBy)
                .Field(i => i.ReportedToCustomerAt).Field(i => i.CustomerResponse).Field(i => i.CustomerRespondedAt))
            .SortFields<PropertyIssueReport>(f => f
                .Field(i => i.Kind).Field(i => i.OccurredAt).Field(i => i.ReportedBy).Field(i => i.ReportedToCustomerAt).Field(i => i.CustomerRespondedAt));
    }

    public static SchemaBuilder AddProperty(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .Enum<PropertyKind>("PropertyKind", type => type
                .Description("What kind of customer property an item is.")
                .Value("MATERIAL", description: "Material supplied for use in the product.")
                .Value("COMPONENT", description: "A component supplied for use in the product.")
                .Value("TOOLING", description: "Tools, moulds or fixtures.")
                .Value("EQUIPMENT", description: "Equipment, e.g. for testing.")
                .Value("PACKAGING", description: "Packaging or containers.")
                .Value("INTELLECTUAL_PROPERTY", description: "Drawings, specifications, designs, software.")
                .Value("PERSONAL_DATA", description: "Personal data entrusted by the customer.")
                .Value("DOCUMENTATION", description: "Documents.")
                .Value("OTHER", description: "Anything else."))
            .Enum<PropertyStatus>("PropertyStatus", type => type
                .Description("Where an item of customer property is: HELD or IN_USE while under control, RETURNED for good, LOST or DAMAGED after an issue.")
                .Value("HELD", description: "In storage.")
                .Value("IN_USE", description: "Being used, e.g. in production.")
                .Value("RETURNED", description: "Given back to the customer; final.")
                .Value("LOST", description: "Lost; it goes back to HELD when found.")
                .Value("DAMAGED", description: "Damaged; it goes back to HELD when repaired."))
            .Enum<PropertyIssueKind>("PropertyIssueKind", type => type
                .Description("What went wrong with an item of customer property.")
                .Value("LOST", description: "The item was lost; it becomes LOST.")
                .Value("DAMAGED", description: "The item was damaged; it becomes DAMAGED.")
                .Value("UNSUITABLE", description: "The item was found unsuitable for use; its status stays."))
            .Object<CustomerPropertyItem>("CustomerPropertyItem", type => type
                .Description("Property of a customer while under the organisation's control: what it is, when and in what condition it arrived, where it is kept and what happened to it.")
                .Node("CustomerPropertyItem", nodes)
                .Field(p => p.Description, f => f.Description("What the item is."))
                .Field(p => p.Kind, f => f.Description("What kind of property it is."))
                .Field(p => p.Reference, f => f.Description("The customer's own identification, e.g. a part or asset number."))
                .Field(p => p.ReceivedAt, f => f.Description("When it was received (UTC)."))
                .Field(p => p.ConditionOnReceipt, f => f.Description("Its condition when received."))
                .Field(p => p.StorageLocation, f => f.Description("Where it is kept (for data: the system holding it)."))
                .Field(p => p.Status, f => f.Description("Where the item is now."))
                .Field("allowedTransitions", "[PropertyStatus!]!", ctx => ctx.ParentAs<CustomerPropertyItem>().AllowedTransitions, f => f
                    .Description("The statuses the item may move to now."))
                .Field(p => p.ReturnedAt, f => f.Description("When it was returned to the customer (UTC)."))
                .FieldAsync("hasUnreportedIssue", "Boolean!", async ctx => (await Issues(ctx)).Any(i => i.ReportedToCustomerAt is null), f => f
                    .Description("True while an issue has not been reported to the customer."))
                .FieldAsync("customer", "Customer!", async ctx => (await ctx.LoadAsync<Customer>(ctx.ParentAs<CustomerPropertyItem>().CustomerId))!, f => f
                    .Description("The customer who owns the item."))
                .FieldAsync("issues", "[PropertyIssueReport!]!", Issues, f => f
                    .Description("Loss, damage or unsuitability reported for the item, in the order raised.")))
            .Object<PropertyIssueReport>("PropertyIssueReport", type => type
                .Description("Customer property lost, damaged or found unsuitable, and its reporting to the customer (ISO 9001 §8.5.3).")
                .Node("PropertyIssueReport", nodes)
                .Field(i => i.Kind, f => f.Description("What went wrong."))
                .Field(i => i.Description, f => f.Description("What happened."))
                .Field(i => i.OccurredAt, f => f.Description("When it happened (UTC)."))
                .Field(i => i.ReportedBy, f => f.Description("Who in the organisation raised the issue."))
                .Field(i => i.ReportedToCustomerAt, f => f.Description("When the customer was told (UTC); null while they have not been."))
                .Field(i => i.CustomerResponse, f => f.Description("What the customer answered."))
                .Field(i => i.CustomerRespondedAt, f => f.Description("When the customer answered (UTC)."))
                .FieldAsync("item", "CustomerPropertyItem!", async ctx => (await ctx.LoadAsync<CustomerPropertyItem>(ctx.ParentAs<PropertyIssueReport>().CustomerPropertyItemId))!, f => f
                    .Description("The item concerned.")))
            .Object<Customer>("Customer", type => type
                .FieldAsync("propertyItems", "[CustomerPropertyItem!]!", ctx => ctx.LoadChildrenAsync<CustomerPropertyItem>(ctx.ParentAs<Customer>().Id, p => p.CustomerId), f => f
                    .Description("The customer's property the organisation holds or held, in the order received.")))
            .Query(query => query
                .Connection("customerPropertyItems", ctx => ctx.Query<CustomerPropertyItem>(), c => c
                    .Description("Customer property of every customer, filtered and ordered as asked (by default in the order recorded).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)));
    }

    private static Task<IReadOnlyList<PropertyIssueReport>> Issues(ResolveContext context) =>
        context.LoadChildrenAsync<PropertyIssueReport>(context.ParentAs<CustomerPropertyItem>().Id, i => i.CustomerPropertyItemId);
}
