using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Contingency;
using CustomerComms.Domain.Customers;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Contingency;

/// <summary>Contingency actions agreed with customers (ISO 9001 §8.2.1 e) and each time they were put into action.</summary>
internal static class ContingencySchema
{
    public static SchemaBuilder AddContingencyDataFields(this SchemaBuilder builder)
    {
        return builder
            .FilterFields<ContingencyPlan>(f => f
                .Field(p => p.Title).Field(p => p.Scope).Field(p => p.Trigger).Field(p => p.AgreedActions).Field(p => p.WhoIsTold)
                .Field(p => p.Owner).Field(p => p.Status).Field(p => p.LastTestedAt).Field(p => p.LastTestNotes)
                .Field(p => p.CreatedAt).Field(p => p.UpdatedAt).Field(p => p.Invocations))
            .SortFields<ContingencyPlan>(f => f
                .Field(p => p.Title).Field(p => p.Scope).Field(p => p.Owner).Field(p => p.Status).Field(p => p.LastTestedAt)
                .Field(p => p.CreatedAt).Field(p => p.UpdatedAt))
            .FilterFields<ContingencyInvocation>(f => f
                .Field(i => i.InvokedAt).Field(i => i.Reason).Field(i => i.Outcome).Field(i => i.EndedAt))
            .SortFields<ContingencyInvocation>(f => f
                .Field(i => i.InvokedAt).Field(i => i.EndedAt));
    }

    public static SchemaBuilder AddContingency(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .Enum<ContingencyPlanStatus>("ContingencyPlanStatus", type => type
                .Description("Where a contingency plan is in its life: DRAFT ⇄ ACTIVE → RETIRED.")
                .Value("DRAFT", description: "Being agreed; cannot be invoked.")
                .Value("ACTIVE", description: "Agreed and ready to be invoked.")
                .Value("RETIRED", description: "No longer in force; final."))
            .Object<ContingencyPlan>("ContingencyPlan", type => type
                .Description("Contingency actions agreed with customers (ISO 9001 §8.2.1 e): what triggers them, what is done, who is told, when the plan was last tested and each time it was invoked.")
                .Node("ContingencyPlan", nodes)
                .Field(p => p.Title, f => f.Description("The plan's title."))
                .Field(p => p.Scope, f => f.Description("What the plan covers (a product, a site, a service); null for everything."))
                .Field(p => p.Trigger, f => f.Description("The event or condition that puts the plan into action."))
                .Field(p => p.AgreedActions, f => f.Description("What is done when the plan is invoked."))
                .Field(p => p.WhoIsTold, f => f.Description("The people and roles informed when the plan is invoked, with how to reach them."))
                .Field(p => p.Owner, f => f.Description("Who is responsible for the plan."))
                .Field(p => p.Status, f => f.Description("Where the plan is in its life."))
                .Field("allowedTransitions", "[ContingencyPlanStatus!]!", ctx => ctx.ParentAs<ContingencyPlan>().AllowedTransitions, f => f
                    .Description("The statuses the plan may move to now."))
                .Field(p => p.LastTestedAt, f => f.Description("When the plan was last exercised or tested (UTC); null if never."))
                .Field(p => p.LastTestNotes, f => f.Description("What the last test found."))
                .FieldAsync("customer", "Customer", ctx => ctx.LoadAsync<Customer>(ctx.ParentAs<ContingencyPlan>().CustomerId), f => f
                    .Description("The customer the plan was agreed with; null for a plan that applies to all customers."))
                .FieldAsync("invocations", "[ContingencyInvocation!]!", ctx => ctx.LoadChildrenAsync<ContingencyInvocation>(ctx.ParentAs<ContingencyPlan>().Id, i => i.ContingencyPlanId), f => f
                    .Description("Each time the plan was put into action, oldest first.")))
            .Object<ContingencyInvocation>("ContingencyInvocation", type => type
                .Description("One time a contingency plan was put into action, why, and how it turned out.")
                .Node("ContingencyInvocation", nodes)
                .Field(i => i.InvokedAt, f => f.Description("When the plan was invoked (UTC)."))
                .Field(i => i.Reason, f => f.Description("Why it was invoked."))
                .Field(i => i.Outcome, f => f.Description("How it turned out; null while the invocation is still running."))
                .Field(i => i.EndedAt, f => f.Description("When it ended (UTC); null while still running."))
                .FieldAsync("plan", "ContingencyPlan!", async ctx => (await ctx.LoadAsync<ContingencyPlan>(ctx.ParentAs<ContingencyInvocation>().ContingencyPlanId))!, f => f
                    .Description("The plan invoked.")))
            .Object<Customer>("Customer", type => type
                .FieldAsync("contingencyPlans", "[ContingencyPlan!]!", ctx => ctx.LoadChildrenAsync<ContingencyPlan>(ctx.ParentAs<Customer>().Id, p => p.CustomerId), f => f
                    .Description("The contingency plans agreed with the customer (not those for all customers), in the order created.")))
            .Query(query => query
                .Connection("contingencyPlans", ctx => ctx.Query<ContingencyPlan>(), c => c
                    .Description("Contingency plans, filtered and ordered as asked (by default in the order they were created).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)));
    }
}
