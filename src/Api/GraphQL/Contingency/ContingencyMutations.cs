using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Domain.Contingency;
using CustomerComms.Domain.Customers;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Contingency;

/// <summary>Agreeing, revising, activating, testing, invoking and retiring contingency plans.</summary>
internal static class ContingencyMutations
{
    private static readonly MutationResult PlanResult = new("plan", "ContingencyPlan", "the plan as saved");
    private static readonly MutationResult InvocationResult = new("invocation", "ContingencyInvocation", "the invocation as saved");

    public static SchemaBuilder AddContingencyMutations(this SchemaBuilder builder)
    {
        return builder
            .Mutation("createContingencyPlan", "Records a contingency plan as a draft.", input => input
                .Field("title", "String!", f => f.Description("The plan's title."))
                .Field("scope", "String", f => f.Description("What it covers; left out for everything."))
                .Field("customerId", "ID", f => f.Description("The customer it was agreed with; left out for all customers."))
                .Field("trigger", "String!", f => f.Description("The event or condition that puts it into action."))
                .Field("agreedActions", "String!", f => f.Description("What is done."))
                .Field("whoIsTold", "String!", f => f.Description("Who is informed, and how to reach them."))
                .Field("owner", "String!", f => f.Description("Who is responsible.")),
                PlanResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, CreateAsync)
            .Mutation("updateContingencyPlan", "Revises a plan that is not retired; fields left out keep their value.", input => input
                .Field("id", "ID!", f => f.Description("The plan."))
                .Field("version", "Int!", f => f.Description("The version you read; the change is refused if the plan changed since."))
                .Field("title", "String", f => f.Description("A new title."))
                .Field("scope", "String", f => f.Description("A new scope; null for everything."))
                .Field("customerId", "ID", f => f.Description("Another customer; null for all customers."))
                .Field("trigger", "String", f => f.Description("A new trigger."))
                .Field("agreedActions", "String", f => f.Description("New actions."))
                .Field("whoIsTold", "String", f => f.Description("New people to inform."))
                .Field("owner", "String", f => f.Description("A new owner.")),
                PlanResult, MutationErrorKinds.Update, UpdateAsync)
            .Mutation("activateContingencyPlan", "Puts a draft plan in force.", input => input
                .Field("id", "ID!", f => f.Description("The plan."))
                .Field("version", "Int!", f => f.Description("The version you read.")),
                PlanResult, MutationErrorKinds.Transition, m => ChangeAsync(m, plan => plan.Activate()))
            .Mutation("returnContingencyPlanToDraft", "Takes an active plan back to draft, e.g. to renegotiate it.", input => input
                .Field("id", "ID!", f => f.Description("The plan."))
                .Field("version", "Int!", f => f.Description("The version you read.")),
                PlanResult, MutationErrorKinds.Transition, m => ChangeAsync(m, plan => plan.ReturnToDraft()))
            .Mutation("retireContingencyPlan", "Takes a plan out of force for good.", input => input
                .Field("id", "ID!", f => f.Description("The plan."))
                .Field("version", "Int!", f => f.Description("The version you read.")),
                PlanResult, MutationErrorKinds.Transition, m => ChangeAsync(m, plan => plan.Retire()))
            .Mutation("recordContingencyPlanTest", "Records an exercise or test of a plan that is not retired.", input => input
                .Field("id", "ID!", f => f.Description("The plan."))
                .Field("version", "Int!", f => f.Description("The version you read."))
                .Field("at", "DateTime", f => f.Description("When it was tested; now when left out. Not before the last test."))
                .Field("notes", "String", f => f.Description("What the test found.")),
                PlanResult, MutationErrorKinds.Update, m => ChangeAsync(m, plan => plan.RecordTest(m.Value<DateTime?>("at") ?? Now(m), m.Value<string>("notes"))))
            .Mutation("invokeContingencyPlan", "Puts an active plan into action.", input => input
                .Field("id", "ID!", f => f.Description("The plan."))
                .Field("version", "Int!", f => f.Description("The plan's version you read."))
                .Field("reason", "String!", f => f.Description("Why it is invoked."))
                .Field("at", "DateTime", f => f.Description("When it was invoked; now when left out.")),
                InvocationResult, MutationErrorKinds.Update, InvokeAsync)
            .Mutation("recordContingencyOutcome", "Records how an invocation ended; once only.", input => input
                .Field("id", "ID!", f => f.Description("The invocation."))
                .Field("version", "Int!", f => f.Description("The invocation's version you read."))
                .Field("outcome", "String!", f => f.Description("How it turned out."))
                .Field("at", "DateTime", f => f.Description("When it ended; now when left out. Not before it was invoked.")),
                InvocationResult, MutationErrorKinds.Update, RecordOutcomeAsync);
    }

    private static async Task<object> CreateAsync(MutationContext input)
    {
        var customer = await input.FindOptionalAsync<Customer>("customerId", "Customer");
        var plan = new ContingencyPlan(
            input.Required<string>("title"),
            input.Value<string>("scope"),
            customer?.Id,
            input.Required<string>("trigger"),
            input.Required<string>("agreedActions"),
            input.Required<string>("whoIsTold"),
            input.Required<string>("owner"));
        input.Db.Add(plan);
        return plan;
    }

    private static async Task<object> UpdateAsync(MutationContext input)
    {
        var plan = await input.FindAsync<ContingencyPlan>("id", "ContingencyPlan");
        input.ExpectVersion(plan, "ContingencyPlan");
        var customerId = input.Has("customerId") ? (await input.FindOptionalAsync<Customer>("customerId", "Customer"))?.Id : plan.CustomerId;
        plan.Revise(
            input.ValueOr("title", plan.Title)!,
            input.ValueOr("scope", plan.Scope),
            customerId,
            input.ValueOr("trigger", plan.Trigger)!,
            input.ValueOr("agreedActions", plan.AgreedActions)!,
            input.ValueOr("whoIsTold", plan.WhoIsTold)!,
            input.ValueOr("owner", plan.Owner)!);
        return plan;
    }

    private static async Task<object> InvokeAsync(MutationContext input)
    {
        var plan = await input.FindAsync<ContingencyPlan>("id", "ContingencyPlan", q => q.Include(p => p.Invocations));
        input.ExpectVersion(plan, "ContingencyPlan");
        return plan.Invoke(input.Value<DateTime?>("at") ?? Now(input), input.Required<string>("reason"));
    }

    private static async Task<object> RecordOutcomeAsync(MutationContext input)
    {
        var invocation = await input.FindAsync<ContingencyInvocation>("id", "ContingencyInvocation");
        input.ExpectVersion(invocation, "ContingencyInvocation");
        var plan = await input.Db.Set<ContingencyPlan>().Include(p => p.Invocations).FirstAsync(p => p.Id == invocation.ContingencyPlanId, input.CancellationToken);
        plan.RecordOutcome(invocation, input.Required<string>("outcome"), input.Value<DateTime?>("at") ?? Now(input));
        return invocation;
    }

    private static async Task<object> ChangeAsync(MutationContext input, Action<ContingencyPlan> change)
    {
        var plan = await input.FindAsync<ContingencyPlan>("id", "ContingencyPlan");
        input.ExpectVersion(plan, "ContingencyPlan");
        change(plan);
        return plan;
    }

    private static DateTime Now(MutationContext input) => input.Resolve.Service<TimeProvider>().GetUtcNow().UtcDateTime;
}
