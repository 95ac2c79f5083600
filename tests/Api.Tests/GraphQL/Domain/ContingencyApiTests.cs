using System.Text.Json;
using CustomerComms.Domain.Contingency;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class ContingencyApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string EV = "errors { __typename ... on Error { message } ... on ValidationError { field code } }";
    private const string EVN = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } }";
    private const string EU = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } }";
    private const string ET = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } ... on InvalidTransitionError { from to allowed } }";

    [Fact]
    public async Task ContingencyPlan_CreatedActivatedInvokedAndEnded_LinksPlanCustomerAndInvocations()
    {
        var customer = await StoreCustomerAsync();

        var created = await api.MutateAsync($"mutation {{ createContingencyPlan(input: {{ title: \"Backup line\", customerId: \"{DomainApi.Id("Customer", customer.Id)}\", trigger: \"Line 2 down for more than 4 hours\", agreedActions: \"Switch to line 5.\", whoIsTold: \"Buyer, by phone\", owner: \"Plant Manager\" }}) {{ plan {{ id status customer {{ code contingencyPlans {{ title }} }} }} {EVN} }} }}");
        var id = created.GetProperty("plan").GetProperty("id").GetString();
        var activated = await api.MutateAsync($"mutation {{ activateContingencyPlan(input: {{ id: \"{id}\", version: 1 }}) {{ plan {{ status version allowedTransitions }} {ET} }} }}");
        var invoked = await api.MutateAsync($"mutation {{ invokeContingencyPlan(input: {{ id: \"{id}\", version: 2, reason: \"Line 2 flooded\", at: \"2025-06-01T06:00:00Z\" }}) {{ invocation {{ id version outcome plan {{ title invocations {{ reason }} }} }} {EU} }} }}");
        var invocation = invoked.GetProperty("invocation");
        var ended = await api.MutateAsync($"mutation {{ recordContingencyOutcome(input: {{ id: \"{invocation.GetProperty("id").GetString()}\", version: 1, outcome: \"Delivered on time from line 5.\", at: \"2025-06-03T18:00:00Z\" }}) {{ invocation {{ outcome endedAt version }} {EU} }} }}");

        Assert.Equal("DRAFT", created.GetProperty("plan").GetProperty("status").GetString());
        Assert.Equal(["Backup line"], created.GetProperty("plan").GetProperty("customer").GetProperty("contingencyPlans").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
        Assert.Equal(("ACTIVE", 2), (activated.GetProperty("plan").GetProperty("status").GetString(), activated.GetProperty("plan").GetProperty("version").GetInt32()));
        Assert.Equal(["DRAFT", "RETIRED"], activated.GetProperty("plan").GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(JsonValueKind.Null, invocation.GetProperty("outcome").ValueKind);
        Assert.Equal(["Line 2 flooded"], invocation.GetProperty("plan").GetProperty("invocations").EnumerateArray().Select(i => i.GetProperty("reason").GetString()));
        Assert.Equal(("Delivered on time from line 5.", 2), (ended.GetProperty("invocation").GetProperty("outcome").GetString(), ended.GetProperty("invocation").GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task InvokeContingencyPlan_DraftPlan_ReturnsValidationErrorAndRecordsNothing()
    {
        var plan = await StorePlanAsync();
        var id = DomainApi.Id("ContingencyPlan", plan.Id);

        var error = await api.MutationErrorAsync($"mutation {{ invokeContingencyPlan(input: {{ id: \"{id}\", version: 1, reason: \"Test\" }}) {{ invocation {{ id }} {EU} }} }}");

        Assert.Equal(("ValidationError", "status"), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        var stored = await api.DataAsync($"{{ node(id: \"{id}\") {{ ... on ContingencyPlan {{ invocations {{ id }} }} }} }}");
        Assert.Equal(0, stored.GetProperty("node").GetProperty("invocations").GetArrayLength());
    }

    [Fact]
    public async Task RetiredPlan_ActivatedOrRevised_ReturnsInvalidTransitionOrValidationError()
    {
        var plan = await StorePlanAsync(p => p.Retire());
        var id = DomainApi.Id("ContingencyPlan", plan.Id);

        var activate = await api.MutationErrorAsync($"mutation {{ activateContingencyPlan(input: {{ id: \"{id}\", version: 1 }}) {{ plan {{ id }} {ET} }} }}");
        var revise = await api.MutationErrorAsync($"mutation {{ updateContingencyPlan(input: {{ id: \"{id}\", version: 1, title: \"New\" }}) {{ plan {{ id }} {EU} }} }}");

        Assert.Equal(("InvalidTransitionError", "retired", "active"), (activate.GetProperty("__typename").GetString(), activate.GetProperty("from").GetString()!.ToLowerInvariant(), activate.GetProperty("to").GetString()!.ToLowerInvariant()));
        Assert.Equal(0, activate.GetProperty("allowed").GetArrayLength());
        Assert.Equal(("ValidationError", "status"), (revise.GetProperty("__typename").GetString(), revise.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task UpdateContingencyPlan_PartialInputThenStaleVersion_ChangesWhatWasSentThenConflicts()
    {
        var customer = await StoreCustomerAsync();
        var plan = await StorePlanAsync(customerId: customer.Id);
        var id = DomainApi.Id("ContingencyPlan", plan.Id);

        var updated = await api.MutateAsync($"mutation {{ updateContingencyPlan(input: {{ id: \"{id}\", version: 1, owner: \"New Owner\", customerId: null, scope: \"Site B\" }}) {{ plan {{ title owner scope customer {{ code }} version }} {EU} }} }}");
        var tested = await api.MutateAsync($"mutation {{ recordContingencyPlanTest(input: {{ id: \"{id}\", version: 2, at: \"2025-05-01T10:00:00Z\", notes: \"Drill passed.\" }}) {{ plan {{ lastTestedAt lastTestNotes version }} {EU} }} }}");
        var stale = await api.MutationErrorAsync($"mutation {{ updateContingencyPlan(input: {{ id: \"{id}\", version: 2, title: \"Late\" }}) {{ plan {{ id }} {EU} }} }}");
        var wrongCustomer = await api.MutationErrorAsync($"mutation {{ updateContingencyPlan(input: {{ id: \"{id}\", version: 3, customerId: \"{id}\" }}) {{ plan {{ id }} {EU} }} }}");

        var saved = updated.GetProperty("plan");
        Assert.Equal((plan.Title, "New Owner", "Site B", JsonValueKind.Null, 2), (saved.GetProperty("title").GetString(), saved.GetProperty("owner").GetString(), saved.GetProperty("scope").GetString(), saved.GetProperty("customer").ValueKind, saved.GetProperty("version").GetInt32()));
        Assert.Equal(("Drill passed.", 3), (tested.GetProperty("plan").GetProperty("lastTestNotes").GetString(), tested.GetProperty("plan").GetProperty("version").GetInt32()));
        Assert.Equal(("ConcurrencyConflictError", 2, 3), (stale.GetProperty("__typename").GetString(), stale.GetProperty("expectedVersion").GetInt32(), stale.GetProperty("actualVersion").GetInt32()));
        Assert.Equal(("NotFoundError", "customerId"), (wrongCustomer.GetProperty("__typename").GetString(), wrongCustomer.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task ContingencyPlans_FilteredByStatusInvocationsAndText_AnswerTheMatchesInTitleOrder()
    {
        var marker = "Plan " + Guid.NewGuid().ToString("N")[..8];
        await api.StoreAsync(db =>
        {
            for (var i = 0; i < 5; i++)
            {
                var plan = new ContingencyPlan($"{marker} {i}", null, null, "Power cut", "Generator", "Everyone", "Owner");
                if (i > 0)
                {
                    plan.Activate();
                }

                if (i % 2 == 1)
                {
                    plan.Invoke(new DateTime(2025, 1, i, 0, 0, 0, DateTimeKind.Utc), "Storm");
                }

                db.Add(plan);
            }

            return 0;
        });

        var data = await api.DataAsync(
            "query($m: String!, $exact: String!) { invoked: contingencyPlans(where: { title: { contains: $m, caseInsensitive: true }, status: { eq: ACTIVE }, invocations: { any: true } }, order: [{ title: DESC }]) { nodes { title } } never: contingencyPlans(where: { title: { startsWith: $exact }, invocations: { none: { reason: { eq: \"Storm\" } } } }, order: [{ title: ASC }]) { nodes { title status } } }",
            new { m = marker.ToUpperInvariant(), exact = marker });

        Assert.Equal([$"{marker} 3", $"{marker} 1"], data.GetProperty("invoked").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()));
        Assert.Equal([($"{marker} 0", "DRAFT"), ($"{marker} 2", "ACTIVE"), ($"{marker} 4", "ACTIVE")],
            data.GetProperty("never").GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("title").GetString(), n.GetProperty("status").GetString())));
    }

    private async Task<Customer> StoreCustomerAsync() =>
        await api.StoreAsync(db =>
        {
            var customer = new Customer("C-" + Guid.NewGuid().ToString("N")[..10], "Plan Customer", CustomerSegment.Enterprise, "NL");
            db.Add(customer);
            return customer;
        });

    private async Task<ContingencyPlan> StorePlanAsync(Action<ContingencyPlan>? prepare = null, int? customerId = null) =>
        await api.StoreAsync(db =>
        {
            var plan = new ContingencyPlan("Plan " + Guid.NewGuid().ToString("N")[..8], "Site A", customerId, "Trigger", "Actions", "Told", "Owner");
            prepare?.Invoke(plan);
            db.Add(plan);
            return plan;
        });
}
