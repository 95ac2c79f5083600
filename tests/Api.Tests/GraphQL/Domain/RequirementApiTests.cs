using System.Text.Json;
using CustomerComms.Domain.Requirements;
using static CustomerComms.Api.Tests.GraphQL.Domain.QualityRecords;
using static CustomerComms.Api.Tests.GraphQL.Domain.RequirementRecords;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class RequirementApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    [Theory]
    [InlineData("source: { in: [STATUTORY, REGULATORY] }", "2 3")]
    [InlineData("source: { nin: [CUSTOMER] }, reference: { neq: null }", "2 3")]
    [InlineData("status: { eq: ACCEPTED }, revision: { eq: 1 }", "2")]
    [InlineData("status: { neq: ACCEPTED }, revision: { gte: 2 }", "4")]
    [InlineData("productOrService: { eq: \"valve dn50\", caseInsensitive: true }", "1 2")]
    [InlineData("changes: { some: { documentsAmended: { some: { reference: { startsWith: \"DWG\" } } } } }", "1")]
    [InlineData("changes: { some: { changedAt: { gt: $day6 } } }", "4")]
    [InlineData("changes: { all: { notifications: { any: true } } }", "1 2 3")]
    [InlineData("changes: { none: { notifications: { some: { role: { eq: \"Production planning\" } } } } }", "2 3 4")]
    [InlineData("changes: { any: false }", "2 3")]
    public async Task Requirements_EachOperatorKind_AnswersTheMatchingRequirements(string where, string expected)
    {
        var prefix = await StoreSetAsync();
        var conditions = where.Replace("$day6", $"\"{Past.AddDays(6):O}\"", StringComparison.Ordinal);

        var data = await api.DataAsync(
            $"query($p: String!) {{ requirements(where: {{ title: {{ startsWith: $p }}, {conditions} }}, order: [{{ title: ASC }}]) {{ totalCount nodes {{ title }} }} }}",
            new { p = prefix });

        Assert.Equal(expected, Titles(data, "requirements", prefix));
        Assert.Equal(expected.Split(' ').Length, data.GetProperty("requirements").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Requirements_OrderedBySourceThenTitleDescending_AnswersInThatOrder()
    {
        var prefix = await StoreSetAsync();

        var data = await api.DataAsync("query($p: String!) { requirements(where: { title: { startsWith: $p } }, order: [{ source: ASC }, { title: DESC }]) { nodes { title } } }", new { p = prefix });

        // Enums sort by their scale (declaration order), not by the names they are stored as: Customer, Statutory,
        // Regulatory, Organisation (by name it would be 1 4 3 2).
        Assert.Equal("1 2 3 4", Titles(data, "requirements", prefix));
    }

    [Fact]
    public async Task Requirements_PagedBackwardFromTheEnd_FollowsTheCursors()
    {
        var prefix = await StoreSetAsync();
        const string Query = "query($p: String!, $before: String) { requirements(where: { title: { startsWith: $p } }, order: [{ title: ASC }], last: 2, before: $before) { nodes { title } pageInfo { hasPreviousPage hasNextPage startCursor } } }";

        var last = await api.DataAsync(Query, new { p = prefix });
        var earlier = await api.DataAsync(Query, new { p = prefix, before = last.GetProperty("requirements").GetProperty("pageInfo").GetProperty("startCursor").GetString() });

        Assert.Equal("3 4", Titles(last, "requirements", prefix));
        Assert.True(last.GetProperty("requirements").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal("1 2", Titles(earlier, "requirements", prefix));
        Assert.False(earlier.GetProperty("requirements").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Theory]
    [InlineData("items: { some: { requirement: { source: { eq: STATUTORY } } } }", "1 2")]
    [InlineData("items: { some: { requirementRevision: { eq: 3 } } }", "2")]
    [InlineData("items: { all: { outcome: { eq: CAN_MEET } } }", "3")]
    [InlineData("items: { none: { outcome: { eq: CANNOT_MEET } } }", "1 3")]
    [InlineData("items: { some: { resolution: { contains: \"WORKING DAYS\", caseInsensitive: true } } }", "1")]
    [InlineData("decision: { eq: null }", "3")]
    [InlineData("decision: { in: [ACCEPTED, ACCEPTED_WITH_CONDITIONS] }, verbalRequirementsConfirmed: { eq: true }", "1")]
    [InlineData("reviewedAt: { gte: $day5, lt: $day30 }", "2 3")]
    public async Task RequirementReviews_EachOperatorKind_AnswersTheMatchingReviews(string where, string expected)
    {
        var prefix = await StoreSetAsync();
        var conditions = where
            .Replace("$day5", $"\"{Past.AddDays(5):O}\"", StringComparison.Ordinal)
            .Replace("$day30", $"\"{Past.AddDays(30):O}\"", StringComparison.Ordinal);

        var data = await api.DataAsync(
            $"query($p: String!) {{ requirementReviews(where: {{ subject: {{ startsWith: $p }}, {conditions} }}, order: [{{ subject: ASC }}]) {{ nodes {{ subject }} }} }}",
            new { p = prefix });

        Assert.Equal(expected, Titles(data, "requirementReviews", prefix, "subject"));
    }

    [Fact]
    public async Task RequirementReviews_OrderedByReviewedAtDescending_AnswersTheLatestFirst()
    {
        var prefix = await StoreSetAsync();

        var data = await api.DataAsync("query($p: String!) { requirementReviews(where: { subject: { startsWith: $p } }, order: [{ reviewedAt: DESC }]) { nodes { subject } } }", new { p = prefix });

        Assert.Equal("3 2 1", Titles(data, "requirementReviews", prefix, "subject"));
    }

    [Fact]
    public async Task Requirement_Relations_NavigateToCustomerChangesAndReviewsAndBack()
    {
        var prefix = await StoreSetAsync();

        var requirement = (await api.DataAsync(
            "query($t: String!) { requirements(where: { title: { eq: $t } }) { nodes { revision customer { requirements { title } requirementReviews { subject } } changes { fromRevision toRevision documentsAmended { reference change { toRevision } } notifications { name role notifiedAt change { requirement { title } } } requirement { revision } } reviews { subject } reviewItems { outcome requirementRevision review { subject customer { name } } requirement { title } } } } }",
            new { t = $"{prefix} 1" })).GetProperty("requirements").GetProperty("nodes")[0];

        Assert.Equal(2, requirement.GetProperty("revision").GetInt32());
        var customer = requirement.GetProperty("customer");
        Assert.Equal([$"{prefix} 1"], customer.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("title").GetString()));
        Assert.Equal([$"{prefix} 1", $"{prefix} 2"], customer.GetProperty("requirementReviews").EnumerateArray().Select(r => r.GetProperty("subject").GetString()));
        var change = requirement.GetProperty("changes")[0];
        Assert.Equal((1, 2), (change.GetProperty("fromRevision").GetInt32(), change.GetProperty("toRevision").GetInt32()));
        Assert.Equal(["DWG-1042 rev B", "Inspection plan"], change.GetProperty("documentsAmended").EnumerateArray().Select(d => d.GetProperty("reference").GetString()));
        Assert.Equal(2, change.GetProperty("documentsAmended")[1].GetProperty("change").GetProperty("toRevision").GetInt32());
        Assert.Equal(["Production planning", "Quality inspection"], change.GetProperty("notifications").EnumerateArray().Select(n => n.GetProperty("role").GetString()));
        Assert.Equal($"{prefix} 1", change.GetProperty("notifications")[0].GetProperty("change").GetProperty("requirement").GetProperty("title").GetString());
        Assert.Equal([$"{prefix} 1", $"{prefix} 3"], requirement.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("subject").GetString()));
        var items = requirement.GetProperty("reviewItems");
        Assert.Equal(2, items.GetArrayLength());
        Assert.All(items.EnumerateArray(), i => Assert.Equal($"{prefix} 1", i.GetProperty("requirement").GetProperty("title").GetString()));
        Assert.Equal($"{prefix} customer", items[0].GetProperty("review").GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("review").GetProperty("customer").ValueKind);
    }

    [Fact]
    public async Task Nodes_GlobalIdsOfEveryRequirementType_AnswerTheirRecords()
    {
        var prefix = await StoreSetAsync();
        var review = (await api.DataAsync(
            "query($s: String!) { requirementReviews(where: { subject: { eq: $s } }) { nodes { id items { id requirement { id changes { id documentsAmended { id } notifications { id } } } } } } }",
            new { s = $"{prefix} 1" })).GetProperty("requirementReviews").GetProperty("nodes")[0];
        var item = review.GetProperty("items")[0];
        var change = item.GetProperty("requirement").GetProperty("changes")[0];
        string?[] ids =
        [
            review.GetProperty("id").GetString(), item.GetProperty("id").GetString(), item.GetProperty("requirement").GetProperty("id").GetString(),
            change.GetProperty("id").GetString(), change.GetProperty("documentsAmended")[0].GetProperty("id").GetString(), change.GetProperty("notifications")[0].GetProperty("id").GetString(),
        ];

        var nodes = await api.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids });

        Assert.Equal(
            ["RequirementReview", "RequirementReviewItem", "Requirement", "RequirementChange", "RequirementChangeDocument", "RequirementChangeNotification"],
            nodes.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal(ids, nodes.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Requirements_PageOfFiftyWithCustomerChangesAndReviews_CostsAConstantNumberOfCommands()
    {
        var prefix = NewPrefix();
        var customer = await api.StoreAsync(() => NewCustomer(prefix));
        await api.StoreAsync(db =>
        {
            var review = new RequirementReview($"{prefix} bulk review", customer.Id, "Reviewer", Past.AddDays(30));
            for (var i = 0; i < 55; i++)
            {
                var requirement = NewRequirement($"{prefix} bulk {i:00}", RequirementSource.Customer, RequirementStatus.Accepted, customer);
                requirement.Changed(Past.AddDays(1), [$"DWG-{i}"], "Production planning");
                review.AddItem(requirement, ReviewItemOutcome.CanMeet);
                db.Add(requirement);
            }

            db.Add(review);
            return review;
        });
        const string Query = "query($p: String!) { requirements(first: 50, where: { title: { startsWith: $p } }) { nodes { title customer { code } changes { toRevision description } reviews { subject } } } }";

        api.Sql.Clear();
        var data = await api.DataAsync(Query, new { p = prefix });

        var nodes = data.GetProperty("requirements").GetProperty("nodes");
        Assert.Equal(50, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal($"{prefix} bulk review", n.GetProperty("reviews")[0].GetProperty("subject").GetString()));
        // The page, then the customers, the changes and the reviews (through their items) of all 50 requirements.
        Assert.Equal(4, api.Sql.Commands.Count);
    }

    /// <summary>
    /// Stores, titled "PREFIX 1" … "4": 1 the customer's, ACCEPTED, changed once (two documents, two people told);
    /// 2 STATUTORY, ACCEPTED; 3 REGULATORY, DRAFT, for pumps; 4 the organisation's, UNDER_REVIEW, for pumps, changed
    /// twice without telling anyone. Reviews "PREFIX 1" (day 1, the customer's, 1 can meet and 2 difference
    /// resolved, verbal requirements confirmed, ACCEPTED), "PREFIX 2" (day 10, the customer's, 2 cannot meet and 4
    /// can meet at revision 3, DECLINED) and "PREFIX 3" (day 20, no customer, 1 can meet, open).
    /// </summary>
    private async Task<string> StoreSetAsync()
    {
        var prefix = NewPrefix();
        var customer = await api.StoreAsync(() => NewCustomer(prefix));
        await api.StoreAsync(db =>
        {
            var r1 = NewRequirement($"{prefix} 1", RequirementSource.Customer, RequirementStatus.Accepted, customer);
            r1.Changed(Past.AddDays(5), ["DWG-1042 rev B", "Inspection plan"], "Production planning", "Quality inspection");
            var r2 = NewRequirement($"{prefix} 2", RequirementSource.Statutory, RequirementStatus.Accepted, reference: "REACH");
            var r3 = NewRequirement($"{prefix} 3", RequirementSource.Regulatory, product: "Pump P20");
            var r4 = NewRequirement($"{prefix} 4", RequirementSource.Organisation, RequirementStatus.UnderReview, product: "Pump P20");
            r4.Changed(Past.AddDays(6), ["WI-7"]);
            r4.Changed(Past.AddDays(7), ["WI-7 rev 2"]);

            var v1 = new RequirementReview($"{prefix} 1", customer.Id, "Sales engineer", Past.AddDays(1));
            v1.AddItem(r1, ReviewItemOutcome.CanMeet);
            v1.AddItem(r2, ReviewItemOutcome.DifferenceResolved, "Customer accepted 15 working days.");
            v1.ConfirmVerbalRequirements("Confirmed by e-mail with the buyer.");
            v1.Decide(ReviewDecision.Accepted, "All requirements can be met.", Past.AddDays(2));
            var v2 = new RequirementReview($"{prefix} 2", customer.Id, "Sales engineer", Past.AddDays(10));
            v2.AddItem(r2, ReviewItemOutcome.CannotMeet);
            v2.AddItem(r4, ReviewItemOutcome.CanMeet);
            v2.Decide(ReviewDecision.Declined, "REACH declaration not possible.", Past.AddDays(11));
            var v3 = new RequirementReview($"{prefix} 3", null, "Sales engineer", Past.AddDays(20));
            v3.AddItem(r1, ReviewItemOutcome.CanMeet);

            db.AddRange(r1, r2, r3, r4);
            db.AddRange(v1, v2, v3);
            return prefix;
        });
        return prefix;
    }

    private static string Titles(JsonElement data, string connection, string prefix, string field = "title") =>
        string.Join(' ', data.GetProperty(connection).GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty(field).GetString()!.Replace($"{prefix} ", "", StringComparison.Ordinal)));
}
