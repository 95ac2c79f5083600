using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Property;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Property;

/// <summary>Recording customer property, moving it between storage, use and return, and reporting issues to its owner.</summary>
internal static class PropertyMutations
{
    private static readonly MutationResult ItemResult = new("item", "CustomerPropertyItem", "the item as saved");
    private static readonly MutationResult IssueResult = new("issue", "PropertyIssueReport", "the issue report as saved");

    public static SchemaBuilder AddPropertyMutations(this SchemaBuilder builder)
    {
        return builder
            .Mutation("recordCustomerProperty", "Records an item of customer property received; it starts HELD.", input => input
                .Field("customerId", "ID!", f => f.Description("The customer who owns it."))
                .Field("description", "String!", f => f.Description("What the item is."))
                .Field("kind", "PropertyKind!", f => f.Description("What kind of property it is."))
                .Field("conditionOnReceipt", "String!", f => f.Description("Its condition when received."))
                .Field("storageLocation", "String!", f => f.Description("Where it is kept."))
                .Field("reference", "String", f => f.Description("The customer's own identification."))
                .Field("receivedAt", "DateTime", f => f.Description("When it was received; now when left out.")),
                ItemResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, RecordAsync)
            .Mutation("updateCustomerProperty", "Changes an item's description, kind, reference or storage location; fields left out keep their value.", input => input
                .Field("id", "ID!", f => f.Description("The item."))
                .Field("version", "Int!", f => f.Description("The version you read; the change is refused if the item changed since."))
                .Field("description", "String", f => f.Description("A new description."))
                .Field("kind", "PropertyKind", f => f.Description("A new kind."))
                .Field("reference", "String", f => f.Description("A new reference; null clears it."))
                .Field("storageLocation", "String", f => f.Description("A new storage location; not for returned or lost items.")),
                ItemResult, MutationErrorKinds.Update, UpdateAsync)
            .Mutation("useCustomerProperty", "Takes an item into use (from HELD).", input => input
                .Field("id", "ID!", f => f.Description("The item."))
                .Field("version", "Int!", f => f.Description("The version you read.")),
                ItemResult, MutationErrorKinds.Transition, m => ChangeAsync(m, (item, _) => item.PutInUse()))
            .Mutation("storeCustomerProperty", "Puts an item back into storage: after use, or when a lost item is found or a damaged one repaired.", input => input
                .Field("id", "ID!", f => f.Description("The item."))
                .Field("version", "Int!", f => f.Description("The version you read."))
                .Field("storageLocation", "String!", f => f.Description("Where it is kept now.")),
                ItemResult, MutationErrorKinds.Transition, m => ChangeAsync(m, (item, _) => item.PutInStorage(m.Required<string>("storageLocation"))))
            .Mutation("returnCustomerProperty", "Gives an item back to the customer; final.", input => input
                .Field("id", "ID!", f => f.Description("The item."))
                .Field("version", "Int!", f => f.Description("The version you read."))
                .Field("returnedAt", "DateTime", f => f.Description("When it was returned; now when left out.")),
                ItemResult, MutationErrorKinds.Transition, m => ChangeAsync(m, (item, now) => item.Return(m.Value<DateTime?>("returnedAt") ?? now)))
            .Mutation("reportPropertyIssue", "Raises a loss, damage or unsuitability of an item (LOST and DAMAGED move the item to that status); the customer must be told, now or later with `recordPropertyIssueReportedToCustomer`.", input => input
                .Field("itemId", "ID!", f => f.Description("The item."))
                .Field("version", "Int!", f => f.Description("The item's version you read."))
                .Field("kind", "PropertyIssueKind!", f => f.Description("What went wrong."))
                .Field("description", "String!", f => f.Description("What happened."))
                .Field("reportedBy", "String!", f => f.Description("Who in the organisation raises it."))
                .Field("occurredAt", "DateTime", f => f.Description("When it happened; now when left out. Not before the item was received."))
                .Field("reportedToCustomerAt", "DateTime", f => f.Description("When the customer was told, if they already were.")),
                IssueResult, MutationErrorKinds.Transition, ReportAsync)
            .Mutation("recordPropertyIssueReportedToCustomer", "Records when the customer was told of an issue; once only.", input => input
                .Field("id", "ID!", f => f.Description("The issue report."))
                .Field("version", "Int!", f => f.Description("The issue report's version you read."))
                .Field("reportedToCustomerAt", "DateTime", f => f.Description("When the customer was told; now when left out. Not before the issue occurred.")),
                IssueResult, MutationErrorKinds.Update, m => ChangeIssueAsync(m, (item, issue, now) => item.RecordReportedToCustomer(issue, m.Value<DateTime?>("reportedToCustomerAt") ?? now)))
            .Mutation("recordPropertyIssueCustomerResponse", "Records the customer's answer to an issue reported to them.", input => input
                .Field("id", "ID!", f => f.Description("The issue report."))
                .Field("version", "Int!", f => f.Description("The issue report's version you read."))
                .Field("customerResponse", "String!", f => f.Description("What the customer answered."))
                .Field("respondedAt", "DateTime", f => f.Description("When they answered; now when left out.")),
                IssueResult, MutationErrorKinds.Update, m => ChangeIssueAsync(m, (item, issue, now) =>
                    item.RecordCustomerResponse(issue, m.Required<string>("customerResponse"), m.Value<DateTime?>("respondedAt") ?? now)));
    }

    private static async Task<object> RecordAsync(MutationContext input)
    {
        var customer = await input.FindAsync<Customer>("customerId", "Customer");
        var item = new CustomerPropertyItem(
            customer.Id,
            input.Required<string>("description"),
            input.Required<PropertyKind>("kind"),
            input.Value<DateTime?>("receivedAt") ?? Now(input),
            input.Required<string>("conditionOnReceipt"),
            input.Required<string>("storageLocation"),
            input.Value<string>("reference"));
        input.Db.Add(item);
        return item;
    }

    private static Task<object> UpdateAsync(MutationContext input) => ChangeAsync(input, (item, _) =>
    {
        item.UpdateDescription(
            input.ValueOr("description", item.Description)!,
            input.ValueOr("kind", item.Kind),
            input.ValueOr("reference", item.Reference));
        if (input.Value<string>("storageLocation") is { } location && location != item.StorageLocation)
        {
            item.Relocate(location);
        }
    });

    private static async Task<object> ReportAsync(MutationContext input)
    {
        var item = await input.FindAsync<CustomerPropertyItem>("itemId", "CustomerPropertyItem", q => q.Include(p => p.Issues));
        input.ExpectVersion(item, "CustomerPropertyItem");
        var now = Now(input);
        var issue = item.ReportIssue(
            input.Required<PropertyIssueKind>("kind"),
            input.Required<string>("description"),
            input.Value<DateTime?>("occurredAt") ?? now,
            input.Required<string>("reportedBy"));
        if (input.Value<DateTime?>("reportedToCustomerAt") is { } told)
        {
            item.RecordReportedToCustomer(issue, told);
        }

        return issue;
    }

    private static async Task<object> ChangeAsync(MutationContext input, Action<CustomerPropertyItem, DateTime> change)
    {
        var item = await input.FindAsync<CustomerPropertyItem>("id", "CustomerPropertyItem");
        input.ExpectVersion(item, "CustomerPropertyItem");
        change(item, Now(input));
        return item;
    }

    /// <summary>Loads the issue named by <c>id</c> with its item and the item's other issues, checks the issue's version and applies <paramref name="change" />.</summary>
    private static async Task<object> ChangeIssueAsync(MutationContext input, Action<CustomerPropertyItem, PropertyIssueReport, DateTime> change)
    {
        var issue = await input.FindAsync<PropertyIssueReport>("id", "PropertyIssueReport");
        input.ExpectVersion(issue, "PropertyIssueReport");
        var item = await input.Db.Set<CustomerPropertyItem>().Include(p => p.Issues).FirstAsync(p => p.Id == issue.CustomerPropertyItemId, input.CancellationToken);
        change(item, issue, Now(input));
        return issue;
    }

    private static DateTime Now(MutationContext input) => input.Resolve.Service<TimeProvider>().GetUtcNow().UtcDateTime;
}
