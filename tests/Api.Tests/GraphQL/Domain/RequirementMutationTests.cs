using System.Text.Json;
using CustomerComms.Domain.Requirements;
using static CustomerComms.Api.Tests.GraphQL.Domain.QualityRecords;
using static CustomerComms.Api.Tests.GraphQL.Domain.RequirementRecords;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class RequirementMutationTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string CreateErrors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } }";
    private const string UpdateErrors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } }";
    private const string TransitionErrors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on InvalidTransitionError { from to allowed } }";
    private const string Review = "requirementReview { id version isDecided decision decisionRationale verbalRequirementsConfirmed verbalConfirmationDetails customer { code } items { outcome resolution requirementRevision requirement { title } } }";

    [Fact]
    public async Task CreateRequirement_ForACustomer_StoresADraftAtRevisionOneWithAnAuditEntry()
    {
        var customer = await api.StoreAsync(() => NewCustomer(NewPrefix()));

        var payload = await api.MutateAsync(
            $"mutation($c: ID!) {{ createRequirement(input: {{ source: CUSTOMER, reference: \"PO terms §3\", productOrService: \"Valve DN50\", customerId: $c, title: \"Packaging\", text: \"Returnable pallets.\", owner: \"Sales\" }}) {{ requirement {{ id status revision version allowedTransitions customer {{ code requirements {{ title }} }} }} {CreateErrors} }} }}",
            new { c = DomainApi.Id("Customer", customer.Id) });

        var requirement = payload.GetProperty("requirement");
        Assert.Equal(("DRAFT", 1, 1), (requirement.GetProperty("status").GetString(), requirement.GetProperty("revision").GetInt32(), requirement.GetProperty("version").GetInt32()));
        Assert.Equal(["UNDER_REVIEW", "WITHDRAWN"], requirement.GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(customer.Code, requirement.GetProperty("customer").GetProperty("code").GetString());
        Assert.Equal(["Packaging"], requirement.GetProperty("customer").GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("title").GetString()));
        Assert.Equal(1, api.AuditEntries(nameof(Requirement), KeyOf(requirement.GetProperty("id").GetString()!)));
    }

    [Theory]
    [InlineData("source: STATUTORY, title: \"T\"", "ValidationError", "reference")]
    [InlineData("source: CUSTOMER, title: \"  \"", "ValidationError", "title")]
    [InlineData("source: CUSTOMER, title: \"T\", customerId: \"Q3VzdG9tZXI6OTk5OTk5OQ==\"", "NotFoundError", "customerId")]
    [InlineData("source: CUSTOMER, title: \"T\", customerId: \"UmVxdWlyZW1lbnQ6MQ==\"", "NotFoundError", "customerId")]
    public async Task CreateRequirement_InvalidInput_ReturnsTheTypedErrorNamingTheField(string input, string type, string field)
    {
        var error = await api.MutationErrorAsync($"mutation {{ createRequirement(input: {{ {input}, productOrService: \"Valve\", text: \"X\", owner: \"O\" }}) {{ requirement {{ id }} {CreateErrors} }} }}");

        Assert.Equal(type, error.GetProperty("__typename").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task UpdateRequirement_PartialInput_ChangesWhatWasSentAndClearsTheCustomer()
    {
        var customer = await api.StoreAsync(() => NewCustomer(NewPrefix()));
        var requirement = await api.StoreAsync(() => NewRequirement("Lead time", RequirementSource.Customer, customer: customer));

        var payload = await api.MutateAsync($"mutation {{ updateRequirement(input: {{ id: \"{Id(requirement)}\", version: 1, title: \"Delivery lead time\", customerId: null }}) {{ requirement {{ title owner version customer {{ code }} }} {UpdateErrors} }} }}");

        var updated = payload.GetProperty("requirement");
        Assert.Equal("Delivery lead time", updated.GetProperty("title").GetString());
        Assert.Equal("Requirements engineer", updated.GetProperty("owner").GetString());
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("customer").ValueKind);
    }

    [Fact]
    public async Task ChangeRequirementStatus_AlongTheWorkflow_MovesAndRaisesTheVersion()
    {
        var requirement = await api.StoreAsync(() => NewRequirement("Workflow", RequirementSource.Organisation));

        var review = await ChangeStatusAsync(requirement, 1, "UNDER_REVIEW");
        var accepted = await ChangeStatusAsync(requirement, review.GetProperty("version").GetInt32(), "ACCEPTED");

        Assert.Equal("ACCEPTED", accepted.GetProperty("status").GetString());
        Assert.Equal(3, accepted.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task ChangeRequirementStatus_DraftStraightToAccepted_ReturnsInvalidTransitionWithTheAllowedStatuses()
    {
        var requirement = await api.StoreAsync(() => NewRequirement("Skip review", RequirementSource.Organisation));

        var error = await api.MutationErrorAsync($"mutation {{ changeRequirementStatus(input: {{ id: \"{Id(requirement)}\", version: 1, status: ACCEPTED }}) {{ requirement {{ id }} {TransitionErrors} }} }}");

        Assert.Equal("InvalidTransitionError", error.GetProperty("__typename").GetString());
        Assert.Equal(("DRAFT", "ACCEPTED"), (error.GetProperty("from").GetString(), error.GetProperty("to").GetString()));
        Assert.Equal(["UNDER_REVIEW", "WITHDRAWN"], error.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task ChangeRequirement_NewText_RaisesTheRevisionAndRecordsDocumentsAndPeopleNotified()
    {
        var requirement = await api.StoreAsync(() => NewRequirement("Tolerance", RequirementSource.Customer, RequirementStatus.Accepted));

        var payload = await api.MutateAsync(
            $"mutation {{ changeRequirement(input: {{ id: \"{Id(requirement)}\", version: 1, newText: \"±0.05 mm\", description: \"Tighter tolerance on request.\", changedBy: \"Engineer\", documentsAmended: [\"DWG-7 rev C\", \"dwg-7 REV c\", \"Inspection plan\"], notified: [{{ name: \"Ana\", role: \"Production planning\" }}, {{ name: \"Ben\" }}] }}) {{ requirementChange {{ fromRevision toRevision previousText newText documentsAmended {{ reference }} notifications {{ name role }} requirement {{ revision version text }} }} {UpdateErrors} }} }}");

        var change = payload.GetProperty("requirementChange");
        Assert.Equal((1, 2), (change.GetProperty("fromRevision").GetInt32(), change.GetProperty("toRevision").GetInt32()));
        Assert.Equal(["DWG-7 rev C", "Inspection plan"], change.GetProperty("documentsAmended").EnumerateArray().Select(d => d.GetProperty("reference").GetString()));
        Assert.Equal(["Ana", "Ben"], change.GetProperty("notifications").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal((2, 2, "±0.05 mm"), (change.GetProperty("requirement").GetProperty("revision").GetInt32(), change.GetProperty("requirement").GetProperty("version").GetInt32(), change.GetProperty("requirement").GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("newText: \"Tolerance: the text.\"", "newText")]
    [InlineData("newText: \"New\", notified: [{ name: \"\" }]", "notified[0].name")]
    [InlineData("newText: \"New\", notified: [{ name: \"Ana\" }, { name: \"Ben\", notifiedAt: \"2100-01-01T00:00:00Z\" }]", "notified[1].notifiedAt")]
    [InlineData("newText: \"New\", notified: [{ name: \"Ana\", notifiedAt: \"2001-01-01T00:00:00Z\" }]", "notified[0].notifiedAt")]
    public async Task ChangeRequirement_InvalidInput_ReturnsValidationErrorOnThePathAndChangesNothing(string input, string field)
    {
        var requirement = await api.StoreAsync(() => NewRequirement("Tolerance", RequirementSource.Customer, RequirementStatus.Accepted));

        var error = await api.MutationErrorAsync($"mutation {{ changeRequirement(input: {{ id: \"{Id(requirement)}\", version: 1, {input}, description: \"D\", changedBy: \"E\" }}) {{ requirementChange {{ id }} {UpdateErrors} }} }}");

        Assert.Equal(field, error.GetProperty("field").GetString());
        var node = await api.DataAsync($"{{ node(id: \"{Id(requirement)}\") {{ ... on Requirement {{ revision version changes {{ id }} }} }} }}");
        Assert.Equal(1, node.GetProperty("node").GetProperty("revision").GetInt32());
        Assert.Equal(0, node.GetProperty("node").GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public async Task ChangeRequirement_Withdrawn_ReturnsValidationErrorOnTheRecord()
    {
        var requirement = await api.StoreAsync(() => NewRequirement("Gone", RequirementSource.Organisation, RequirementStatus.Withdrawn));

        var error = await api.MutationErrorAsync($"mutation {{ changeRequirement(input: {{ id: \"{Id(requirement)}\", version: 1, newText: \"New\", description: \"D\", changedBy: \"E\" }}) {{ requirementChange {{ id }} {UpdateErrors} }} }}");

        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("field").ValueKind);
    }

    [Fact]
    public async Task ChangeRequirement_StaleVersion_ReturnsConcurrencyConflict()
    {
        var requirement = await api.StoreAsync(() => NewRequirement("Raced", RequirementSource.Organisation));
        await ChangeStatusAsync(requirement, 1, "UNDER_REVIEW");

        var error = await api.MutationErrorAsync($"mutation {{ changeRequirement(input: {{ id: \"{Id(requirement)}\", version: 1, newText: \"New\", description: \"D\", changedBy: \"E\" }}) {{ requirementChange {{ id }} {UpdateErrors} }} }}");

        Assert.Equal("ConcurrencyConflictError", error.GetProperty("__typename").GetString());
        Assert.Equal(2, error.GetProperty("actualVersion").GetInt32());
    }

    [Fact]
    public async Task RecordRequirementChangeNotification_LaterPerson_IsAddedAndNotBeforeTheChange()
    {
        var requirement = await api.StoreAsync(() => NewRequirement("Told later", RequirementSource.Customer, RequirementStatus.Accepted));
        var change = await api.StoreAsync(db =>
        {
            var stored = db.Set<Requirement>().Single(r => r.Id == requirement.Id);
            db.Entry(stored).Collection(r => r.Changes).Load();
            return stored.Changed(Past.AddDays(3), ["DWG-1"], "Production planning");
        });
        var changeId = DomainApi.Id(nameof(RequirementChange), change.Id);

        var payload = await api.MutateAsync($"mutation {{ recordRequirementChangeNotification(input: {{ changeId: \"{changeId}\", name: \"Carla\", role: \"Purchasing\" }}) {{ requirementChange {{ notifications {{ name role }} }} {CreateErrors} }} }}");
        var early = await api.MutationErrorAsync($"mutation {{ recordRequirementChangeNotification(input: {{ changeId: \"{changeId}\", name: \"Dan\", notifiedAt: \"{Past:O}\" }}) {{ requirementChange {{ id }} {CreateErrors} }} }}");

        Assert.Equal(["Production planning lead", "Carla"], payload.GetProperty("requirementChange").GetProperty("notifications").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal("notifiedAt", early.GetProperty("field").GetString());
    }

    [Fact]
    public async Task ReviewRequirements_WithDecision_RecordsEveryFindingAndRetainsTheRecord()
    {
        var customer = await api.StoreAsync(() => NewCustomer(NewPrefix()));
        var (meet, differ) = await StorePairAsync();

        var payload = await api.MutateAsync(
            $"mutation($c: ID!) {{ reviewRequirements(input: {{ subject: \"PO 4500123\", customerId: $c, reviewer: \"Sales engineer\", items: [{{ requirementId: \"{Id(meet)}\", outcome: CAN_MEET }}, {{ requirementId: \"{Id(differ)}\", outcome: DIFFERENCE_RESOLVED, resolution: \"15 working days agreed.\" }}], verbalRequirementsConfirmation: \"Confirmed by e-mail.\", decision: ACCEPTED_WITH_CONDITIONS, rationale: \"Lead time as agreed.\" }}) {{ {Review} {CreateErrors} }} }}",
            new { c = DomainApi.Id("Customer", customer.Id) });

        var review = payload.GetProperty("requirementReview");
        Assert.True(review.GetProperty("isDecided").GetBoolean());
        Assert.Equal("ACCEPTED_WITH_CONDITIONS", review.GetProperty("decision").GetString());
        Assert.True(review.GetProperty("verbalRequirementsConfirmed").GetBoolean());
        Assert.Equal(customer.Code, review.GetProperty("customer").GetProperty("code").GetString());
        Assert.Equal(["CAN_MEET", "DIFFERENCE_RESOLVED"], review.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("outcome").GetString()));
        Assert.Equal("15 working days agreed.", review.GetProperty("items")[1].GetProperty("resolution").GetString());
        Assert.Equal(1, api.AuditEntries(nameof(RequirementReview), KeyOf(review.GetProperty("id").GetString()!)));
    }

    [Theory]
    [InlineData("{ requirementId: $a, outcome: CANNOT_MEET }", "decision: ACCEPTED, rationale: \"R\"", "ValidationError", "decision")]
    [InlineData("{ requirementId: $a, outcome: DIFFERENCE_RESOLVED }", "", "ValidationError", "items[0].resolution")]
    [InlineData("{ requirementId: $a, outcome: CAN_MEET, resolution: \"none\" }", "", "ValidationError", "items[0].resolution")]
    [InlineData("{ requirementId: $a, outcome: CAN_MEET }, { requirementId: $a, outcome: CAN_MEET }", "", "ValidationError", "items[1].requirementId")]
    [InlineData("{ requirementId: $a, outcome: CAN_MEET }, { requirementId: $w, outcome: CAN_MEET }", "", "ValidationError", "items[1].requirementId")]
    [InlineData("{ requirementId: $a, outcome: CAN_MEET }, { requirementId: \"UmVxdWlyZW1lbnQ6OTk5OTk5OQ==\", outcome: CAN_MEET }", "", "NotFoundError", "items[1].requirementId")]
    [InlineData("{ requirementId: $a, outcome: CAN_MEET }", "decision: DECLINED", "ValidationError", "rationale")]
    [InlineData("{ requirementId: $a, outcome: CAN_MEET }", "rationale: \"Why\"", "ValidationError", "decision")]
    [InlineData("", "decision: DECLINED, rationale: \"R\"", "ValidationError", "items")]
    [InlineData("{ requirementId: $a, outcome: CAN_MEET }", "reviewedAt: \"2100-01-01T00:00:00Z\"", "ValidationError", "reviewedAt")]
    public async Task ReviewRequirements_InvalidInput_ReturnsTheTypedErrorOnThePath(string items, string more, string type, string field)
    {
        var (a, _) = await StorePairAsync();
        var withdrawn = await api.StoreAsync(() => NewRequirement("Withdrawn", RequirementSource.Organisation, RequirementStatus.Withdrawn));
        var list = items.Replace("$a", $"\"{Id(a)}\"", StringComparison.Ordinal).Replace("$w", $"\"{Id(withdrawn)}\"", StringComparison.Ordinal);

        var error = await api.MutationErrorAsync($"mutation {{ reviewRequirements(input: {{ subject: \"Tender\", reviewer: \"R\", items: [{list}]{(more.Length == 0 ? "" : ", " + more)} }}) {{ requirementReview {{ id }} {CreateErrors} }} }}");

        Assert.Equal(type, error.GetProperty("__typename").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task RequirementReview_FindingsThenDecision_IsRetainedAndRefusesEveryLaterChange()
    {
        var (a, b) = await StorePairAsync();
        var open = (await api.MutateAsync($"mutation {{ reviewRequirements(input: {{ subject: \"Contract 7\", reviewer: \"R\", items: [{{ requirementId: \"{Id(a)}\", outcome: CANNOT_MEET }}] }}) {{ {Review} {CreateErrors} }} }}")).GetProperty("requirementReview");
        var id = open.GetProperty("id").GetString();
        Assert.False(open.GetProperty("isDecided").GetBoolean());

        var findings = (await api.MutateAsync($"mutation {{ recordRequirementReviewFindings(input: {{ id: \"{id}\", version: 1, items: [{{ requirementId: \"{Id(a)}\", outcome: DIFFERENCE_RESOLVED, resolution: \"Agreed 0.1 mm.\" }}, {{ requirementId: \"{Id(b)}\", outcome: CAN_MEET }}], verbalRequirementsConfirmation: \"Phone call, confirmed by e-mail.\" }}) {{ {Review} {UpdateErrors} }} }}")).GetProperty("requirementReview");
        Assert.Equal(["DIFFERENCE_RESOLVED", "CAN_MEET"], findings.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("outcome").GetString()));
        var version = findings.GetProperty("version").GetInt32();

        var decided = (await api.MutateAsync($"mutation {{ decideRequirementReview(input: {{ id: \"{id}\", version: {version}, decision: ACCEPTED, rationale: \"All met.\" }}) {{ {Review} {UpdateErrors} }} }}")).GetProperty("requirementReview");
        Assert.Equal("ACCEPTED", decided.GetProperty("decision").GetString());
        var again = await api.MutationErrorAsync($"mutation {{ decideRequirementReview(input: {{ id: \"{id}\", version: {decided.GetProperty("version").GetInt32()}, decision: DECLINED, rationale: \"Changed mind.\" }}) {{ {Review} {UpdateErrors} }} }}");
        var later = await api.MutationErrorAsync($"mutation {{ recordRequirementReviewFindings(input: {{ id: \"{id}\", version: {decided.GetProperty("version").GetInt32()}, verbalRequirementsConfirmation: \"Late\" }}) {{ {Review} {UpdateErrors} }} }}");

        Assert.All([again, later], error =>
        {
            Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
            Assert.Equal("RETAINED_RECORD", error.GetProperty("code").GetString());
            Assert.Equal(JsonValueKind.Null, error.GetProperty("field").ValueKind);
        });
    }

    [Fact]
    public async Task DecideRequirementReview_ConcurrentDecisionsWithTheSameVersion_OneWinsTheOthersGetAConflict()
    {
        var (a, _) = await StorePairAsync();
        var id = (await api.MutateAsync($"mutation {{ reviewRequirements(input: {{ subject: \"Tender 9\", reviewer: \"R\", items: [{{ requirementId: \"{Id(a)}\", outcome: CAN_MEET }}] }}) {{ requirementReview {{ id }} {CreateErrors} }} }}"))
            .GetProperty("requirementReview").GetProperty("id").GetString();

        var payloads = (await Task.WhenAll(Enumerable.Range(0, 4).Select(i => api.DataAsync($"mutation {{ decideRequirementReview(input: {{ id: \"{id}\", version: 1, decision: {(i % 2 == 0 ? "ACCEPTED" : "DECLINED")}, rationale: \"Writer {i}\" }}) {{ requirementReview {{ decision }} {UpdateErrors} }} }}"))))
            .Select(d => d.GetProperty("decideRequirementReview")).ToList();

        Assert.Single(payloads, p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.All(payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null), p =>
            Assert.Equal("ConcurrencyConflictError", p.GetProperty("errors")[0].GetProperty("__typename").GetString()));
    }

    private async Task<(Requirement A, Requirement B)> StorePairAsync()
    {
        var a = await api.StoreAsync(() => NewRequirement("Flatness", RequirementSource.Customer, RequirementStatus.UnderReview));
        var b = await api.StoreAsync(() => NewRequirement("Marking", RequirementSource.Regulatory, RequirementStatus.UnderReview));
        return (a, b);
    }

    private async Task<JsonElement> ChangeStatusAsync(Requirement requirement, int version, string status)
    {
        var payload = await api.MutateAsync($"mutation {{ changeRequirementStatus(input: {{ id: \"{Id(requirement)}\", version: {version}, status: {status} }}) {{ requirement {{ status version }} {TransitionErrors} }} }}");
        return payload.GetProperty("requirement");
    }

    private static string Id(Requirement requirement) => DomainApi.Id(nameof(Requirement), requirement.Id);
}
