using System.Text.Json;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using static CustomerComms.Api.Tests.GraphQL.Domain.CorrectiveActionRecords;
using static CustomerComms.Api.Tests.GraphQL.Domain.QualityRecords;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class CorrectiveActionApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    [Theory]
    [InlineData("status: { in: [OPEN, IN_PROGRESS] }, openedAt: { gte: $from }", "2 5")]
    [InlineData("status: { nin: [OPEN, CLOSED] }, source: { neq: COMPLAINT }", "3")]
    [InlineData("openedAt: { gt: $from, lte: $until }, dueAt: { eq: null }", "2 3 4")]
    [InlineData("closedAt: { neq: null }, isEffective: { eq: true }", "4")]
    [InlineData("complaint: { severity: { eq: HIGH } }", "1 5")]
    [InlineData("or: [{ complaint: { severity: { eq: LOW } } }, { status: { eq: CLOSED } }]", "2 4")]
    [InlineData("steps: { some: { completedAt: { eq: null } } }", "1 2")]
    [InlineData("steps: { all: { completedAt: { neq: null } } }", "3 4 5")]
    [InlineData("steps: { none: { owner: { eq: \"Line lead\" } } }", "1 5")]
    [InlineData("steps: { any: false }", "5")]
    [InlineData("steps: { any: true, some: { number: { gte: 2 } } }", "1 2 4")]
    public async Task CorrectiveActions_EachOperatorKind_AnswersTheMatchingActionsThroughSql(string where, string expected)
    {
        var prefix = await StoreFiveActionsAsync();
        api.Sql.Clear();

        var conditions = where
            .Replace("$from", $"\"{Past.AddDays(5):O}\"", StringComparison.Ordinal)
            .Replace("$until", $"\"{Past.AddDays(30):O}\"", StringComparison.Ordinal);

        var data = await api.DataAsync(
            $"query($p: String!) {{ correctiveActions(where: {{ title: {{ startsWith: $p }}, {conditions} }}, order: [{{ number: ASC }}]) {{ totalCount nodes {{ title }} }} }}",
            new { p = prefix });

        Assert.Equal(expected, Titles(data, prefix));
        Assert.Equal(expected.Split(' ').Length, data.GetProperty("correctiveActions").GetProperty("totalCount").GetInt32());
        Assert.All(api.Sql.Commands, sql => Assert.Contains("WHERE", sql, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CorrectiveActions_CaseInsensitiveMatch_IgnoresCaseOnlyWhenAsked()
    {
        var prefix = await StoreFiveActionsAsync();
        const string Query = "query($t: String!, $ci: Boolean) { correctiveActions(where: { or: [{ title: { eq: $t, caseInsensitive: $ci } }, { title: { in: [$t], caseInsensitive: $ci } }] }) { nodes { title } } }";

        var ignoringCase = await api.DataAsync(Query, new { t = $"{prefix.ToLowerInvariant()} ACTION 3", ci = true });
        var exact = await api.DataAsync(Query, new { t = $"{prefix.ToLowerInvariant()} ACTION 3", ci = false });

        Assert.Equal("3", Titles(ignoringCase, prefix));
        Assert.Equal(0, exact.GetProperty("correctiveActions").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task CorrectiveActions_OrderedByNestedComplaintThenOpenedAt_PutsActionsWithoutComplaintLast()
    {
        var prefix = await StoreFiveActionsAsync();

        var data = await api.DataAsync(
            "query($p: String!) { correctiveActions(where: { title: { startsWith: $p } }, order: [{ complaint: { number: DESC } }, { openedAt: DESC }]) { nodes { title } } }",
            new { p = prefix });

        Assert.Equal("2 5 1 4 3", Titles(data, prefix));
    }

    [Fact]
    public async Task CorrectiveActions_PagedForwardThenBackward_FollowsTheCursors()
    {
        var prefix = await StoreFiveActionsAsync();
        const string Query = "query($p: String!, $first: Int, $after: String, $last: Int, $before: String) { correctiveActions(where: { title: { startsWith: $p } }, order: [{ openedAt: ASC }], first: $first, after: $after, last: $last, before: $before) { nodes { title } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

        var first = await api.DataAsync(Query, new { p = prefix, first = 2 });
        var second = await api.DataAsync(Query, new { p = prefix, first = 2, after = PageInfo(first).GetProperty("endCursor").GetString() });
        var back = await api.DataAsync(Query, new { p = prefix, last = 2, before = PageInfo(second).GetProperty("startCursor").GetString() });
        var tail = await api.DataAsync(Query, new { p = prefix, last = 2 });

        Assert.Equal("1 2", Titles(first, prefix));
        Assert.True(PageInfo(first).GetProperty("hasNextPage").GetBoolean());
        Assert.False(PageInfo(first).GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal("3 4", Titles(second, prefix));
        Assert.True(PageInfo(second).GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal("1 2", Titles(back, prefix));
        Assert.False(PageInfo(back).GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal("4 5", Titles(tail, prefix));
        Assert.False(PageInfo(tail).GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task CorrectiveActionSteps_OpenStepsOfOpenActionsByDueDate_FilterAndSortThroughTheAction()
    {
        var prefix = await StoreFiveActionsAsync();

        var data = await api.DataAsync(
            "query($p: String!) { correctiveActionSteps(where: { completedAt: { eq: null }, correctiveAction: { title: { startsWith: $p }, status: { in: [OPEN, IN_PROGRESS] } } }, order: [{ dueAt: DESC }, { correctiveAction: { number: ASC } }]) { totalCount nodes { owner correctiveAction { title } } } }",
            new { p = prefix });

        var steps = data.GetProperty("correctiveActionSteps");
        Assert.Equal(4, steps.GetProperty("totalCount").GetInt32());
        // Action 2 opened ten days after action 1, so its steps fall due ten days later.
        Assert.Equal(["Line lead", "Line lead", "Planner", "Planner"], steps.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("owner").GetString()));
        Assert.Equal($"{prefix} action 2", steps.GetProperty("nodes")[0].GetProperty("correctiveAction").GetProperty("title").GetString());
    }

    [Fact]
    public async Task CorrectiveActions_PageOfFiftyWithStepsComplaintAndCustomer_CostsAConstantNumberOfCommands()
    {
        var prefix = NewPrefix();
        await api.StoreAsync(db =>
        {
            for (var i = 0; i < 60; i++)
            {
                var complaint = NewComplaint(NewCustomer(prefix), ComplaintSeverity.Medium, Past);
                db.Add(NewAction($"{prefix} bulk {i:00}", Past.AddHours(i), complaint).WorkedTo(CorrectiveActionStatus.InProgress, steps: 2));
            }

            return 60;
        });
        const string Query = "query($p: String!) { correctiveActions(first: 50, where: { title: { startsWith: $p } }) { nodes { number steps { number owner isCompleted } complaint { __typename } customer { code } } } }";

        api.Sql.Clear();
        var data = await api.DataAsync(Query, new { p = prefix });

        var nodes = data.GetProperty("correctiveActions").GetProperty("nodes");
        Assert.Equal(50, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal(2, n.GetProperty("steps").GetArrayLength()));
        Assert.All(nodes.EnumerateArray(), n => Assert.StartsWith(prefix, n.GetProperty("customer").GetProperty("code").GetString(), StringComparison.Ordinal));
        // The page, then the steps of all 50 actions, their complaints and the complaints' customers: one command
        // each, however long the page.
        Assert.Equal(4, api.Sql.Commands.Count);
    }

    [Fact]
    public async Task CorrectiveAction_RelationsAndNodes_NavigateBothWays()
    {
        var prefix = await StoreFiveActionsAsync();
        var first = (await api.DataAsync(
            "query($p: String!) { correctiveActions(first: 1, where: { title: { startsWith: $p } }, order: [{ number: ASC }]) { nodes { id number status allowedTransitions isOverdue openStepCount steps { id number isCompleted correctiveAction { number } } complaint { correctiveActions { title } } customer { name } } } }",
            new { p = prefix })).GetProperty("correctiveActions").GetProperty("nodes")[0];

        Assert.Equal("OPEN", first.GetProperty("status").GetString());
        Assert.Equal(["IN_PROGRESS"], first.GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()));
        Assert.True(first.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(2, first.GetProperty("openStepCount").GetInt32());
        var number = first.GetProperty("number").GetString();
        Assert.All(first.GetProperty("steps").EnumerateArray(), s => Assert.Equal(number, s.GetProperty("correctiveAction").GetProperty("number").GetString()));
        Assert.Equal([$"{prefix} action 1", $"{prefix} action 5"], first.GetProperty("complaint").GetProperty("correctiveActions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal($"{prefix} customer", first.GetProperty("customer").GetProperty("name").GetString());

        var step = first.GetProperty("steps")[1];
        var nodes = await api.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on CorrectiveAction { number } ... on CorrectiveActionStep { stepNumber: number } } }",
            new { ids = new[] { first.GetProperty("id").GetString(), step.GetProperty("id").GetString() } });
        Assert.Equal(["CorrectiveAction", "CorrectiveActionStep"], nodes.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal(2, nodes.GetProperty("nodes")[1].GetProperty("stepNumber").GetInt32());
    }

    /// <summary>
    /// Stores "PREFIX action 1" … "5", numbered in that order: 1 OPEN from a HIGH complaint with two planned steps,
    /// overdue; 2 IN_PROGRESS from a LOW complaint, two open steps; 3 IMPLEMENTED, one step done; 4 CLOSED, two steps
    /// done; 5 OPEN from the HIGH complaint without steps. Opened 10 days apart from <see cref="QualityRecords.Past" />.
    /// </summary>
    private async Task<string> StoreFiveActionsAsync()
    {
        var prefix = NewPrefix();
        await api.StoreAsync(db =>
        {
            var customer = NewCustomer(prefix);
            var high = NewComplaint(customer, ComplaintSeverity.High, Past.AddDays(-5));
            var low = NewComplaint(customer, ComplaintSeverity.Low, Past.AddDays(-4));
            db.AddRange(
                NewAction($"{prefix} action 1", Past, high, dueAt: Past.AddDays(50)).WorkedTo(CorrectiveActionStatus.Open, steps: 2),
                NewAction($"{prefix} action 2", Past.AddDays(10), low).WorkedTo(CorrectiveActionStatus.InProgress, steps: 2),
                NewAction($"{prefix} action 3", Past.AddDays(20)).WorkedTo(CorrectiveActionStatus.Implemented),
                NewAction($"{prefix} action 4", Past.AddDays(30)).WorkedTo(CorrectiveActionStatus.Closed, steps: 2),
                NewAction($"{prefix} action 5", Past.AddDays(40), high, dueAt: DateTime.UtcNow.AddDays(30)));
            return prefix;
        });
        return prefix;
    }

    private static string Titles(JsonElement data, string prefix) =>
        string.Join(' ', data.GetProperty("correctiveActions").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("title").GetString()!.Replace($"{prefix} action ", "", StringComparison.Ordinal)));

    private static JsonElement PageInfo(JsonElement data) => data.GetProperty("correctiveActions").GetProperty("pageInfo");
}
