using System.Text.Json;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class CommunicationApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private static readonly DateTime Start = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Communications_FilteredByKindAndDateRangeSortedByDate_RunsWhereAndOrderByInSql()
    {
        var code = await StoreCustomerWithCommunicationsAsync();
        api.Sql.Clear();

        var data = await api.DataAsync(
            """
            query($code: String!, $from: DateTime!, $to: DateTime!) {
              communications(
                where: { customer: { code: { eq: $code } }, kind: { in: [INQUIRY, ORDER] }, occurredAt: { gte: $from, lt: $to } },
                order: [{ occurredAt: DESC }]) {
                totalCount nodes { subject kind occurredAt }
              }
            }
            """,
            new { code, from = Start.AddDays(1), to = Start.AddDays(9) });

        var nodes = data.GetProperty("communications").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["Order 8", "Inquiry 7", "Order 5", "Inquiry 4", "Order 2", "Inquiry 1"], nodes.Select(n => n.GetProperty("subject").GetString()));
        Assert.Equal(6, data.GetProperty("communications").GetProperty("totalCount").GetInt32());
        var page = Assert.Single(api.Sql.Commands, sql => sql.Contains("LIMIT", StringComparison.Ordinal));
        Assert.Contains("WHERE", page, StringComparison.Ordinal);
        Assert.Contains("\"Kind\" IN", page, StringComparison.Ordinal);
        Assert.Contains("\"OccurredAt\" >=", page, StringComparison.Ordinal);
        Assert.Contains("ORDER BY \"c\".\"OccurredAt\" DESC", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Communications_SubjectCaseInsensitive_MatchesEveryCase()
    {
        var code = await StoreCustomerWithCommunicationsAsync();
        const string Query = "query($code: String!, $ci: Boolean) { communications(where: { customer: { code: { eq: $code } }, subject: { contains: \"order\", caseInsensitive: $ci } }) { totalCount } }";

        var exact = await api.DataAsync(Query, new { code, ci = false });
        var ignoringCase = await api.DataAsync(Query, new { code, ci = true });

        Assert.Equal(0, exact.GetProperty("communications").GetProperty("totalCount").GetInt32());
        Assert.Equal(3, ignoringCase.GetProperty("communications").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Communications_EnumNinAndNestedCustomerAndContact_MatchOnlyThose()
    {
        var code = await StoreCustomerWithCommunicationsAsync();

        var data = await api.DataAsync(
            "query($code: String!) { communications(where: { customer: { code: { eq: $code }, name: { contains: \"TRADING\", caseInsensitive: true } }, kind: { nin: [INQUIRY, ORDER] }, contact: { name: { eq: \"Buyer\" } } }) { nodes { kind contact { name } customer { code } } } }",
            new { code });

        var nodes = data.GetProperty("communications").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(4, nodes.Count);
        Assert.All(nodes, n => Assert.Equal("FEEDBACK", n.GetProperty("kind").GetString()));
        Assert.All(nodes, n => Assert.Equal(code, n.GetProperty("customer").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Communications_LinksSomeAndAny_MatchByLinkedRecords()
    {
        var code = await StoreCustomerWithCommunicationsAsync();

        var data = await api.DataAsync(
            """
            query($code: String!) {
              linked: communications(where: { customer: { code: { eq: $code } }, links: { some: { targetType: { eq: REQUIREMENT } } } }) { nodes { subject links { targetType targetId note } } }
              unlinked: communications(where: { customer: { code: { eq: $code } }, links: { any: false } }) { totalCount }
            }
            """,
            new { code });

        var linked = Assert.Single(data.GetProperty("linked").GetProperty("nodes").EnumerateArray());
        Assert.Equal("Order 2", linked.GetProperty("subject").GetString());
        var link = linked.GetProperty("links")[0];
        Assert.Equal("REQUIREMENT", link.GetProperty("targetType").GetString());
        Assert.Equal(DomainApi.Id("Requirement", 7), link.GetProperty("targetId").GetString());
        Assert.Equal(10, data.GetProperty("unlinked").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Communications_PagedForwardAndBackwardWithCursors_ReturnAdjacentPages()
    {
        var code = await StoreCustomerWithCommunicationsAsync();
        const string Query = "query($code: String!, $first: Int, $after: String, $last: Int, $before: String) { communications(where: { customer: { code: { eq: $code } } }, order: [{ occurredAt: ASC }], first: $first, after: $after, last: $last, before: $before) { edges { cursor node { subject } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

        var first = (await api.DataAsync(Query, new { code, first = 4 })).GetProperty("communications");
        var second = (await api.DataAsync(Query, new { code, first = 4, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("communications");
        var back = (await api.DataAsync(Query, new { code, last = 2, before = second.GetProperty("pageInfo").GetProperty("startCursor").GetString() })).GetProperty("communications");

        Assert.Equal(["Inquiry 0", "Feedback 0", "Inquiry 1", "Order 2"], Subjects(first));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(["Feedback 3", "Inquiry 4", "Order 5", "Feedback 6"], Subjects(second));
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(["Inquiry 1", "Order 2"], Subjects(back));
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Communications_SortedByNestedCustomerThenDate_OrdersInSql()
    {
        var first = await StoreCustomerWithCommunicationsAsync("Alpha Trading");
        var second = await StoreCustomerWithCommunicationsAsync("Beta Trading");
        api.Sql.Clear();

        var data = await api.DataAsync(
            "query($a: String!, $b: String!) { communications(first: 20, where: { customer: { code: { in: [$a, $b] } }, kind: { eq: ORDER } }, order: [{ customer: { name: DESC } }, { occurredAt: DESC }]) { nodes { subject customer { code } } } }",
            new { a = first, b = second });

        var nodes = data.GetProperty("communications").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal([second, second, second, first, first, first], nodes.Select(n => n.GetProperty("customer").GetProperty("code").GetString()));
        Assert.Equal(["Order 8", "Order 5", "Order 2"], nodes.Take(3).Select(n => n.GetProperty("subject").GetString()));
        Assert.Contains(api.Sql.Commands, sql => sql.Contains("ORDER BY", StringComparison.Ordinal) && sql.Contains("\"Name\" DESC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CustomerAndContact_CommunicationsConnections_AnswerTheirOwnFilteredAndOrdered()
    {
        var code = await StoreCustomerWithCommunicationsAsync();

        var data = await api.DataAsync(
            """
            query($code: String!) {
              customers(where: { code: { eq: $code } }) { nodes {
                communications(where: { kind: { eq: FEEDBACK } }, order: [{ occurredAt: DESC }], first: 2) { totalCount nodes { subject customer { code } } }
                contacts { name communications { totalCount nodes { contact { name } } } }
              } }
            }
            """,
            new { code });

        var customer = data.GetProperty("customers").GetProperty("nodes")[0];
        var communications = customer.GetProperty("communications");
        Assert.Equal(4, communications.GetProperty("totalCount").GetInt32());
        Assert.Equal(["Feedback 9", "Feedback 6"], communications.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("subject").GetString()));
        var buyer = customer.GetProperty("contacts").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Buyer");
        Assert.Equal(5, buyer.GetProperty("communications").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Node_GlobalIdsOfCommunicationsAndLinks_AnswerTheRecords()
    {
        var code = await StoreCustomerWithCommunicationsAsync();
        var linked = (await api.DataAsync("query($code: String!) { communications(where: { customer: { code: { eq: $code } }, links: { any: true } }) { nodes { id links { id } } } }", new { code }))
            .GetProperty("communications").GetProperty("nodes")[0];

        var data = await api.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Communication { subject } ... on CommunicationLink { targetType communication { subject } } } }",
            new { ids = new[] { linked.GetProperty("id").GetString(), linked.GetProperty("links")[0].GetProperty("id").GetString() } });

        var nodes = data.GetProperty("nodes");
        Assert.Equal(("Communication", "Order 2"), (nodes[0].GetProperty("__typename").GetString(), nodes[0].GetProperty("subject").GetString()));
        Assert.Equal(("CommunicationLink", "Order 2"), (nodes[1].GetProperty("__typename").GetString(), nodes[1].GetProperty("communication").GetProperty("subject").GetString()));
    }

    /// <summary>
    /// Stores a customer (contacts Buyer and Engineer) with ten communications a day apart, from <see cref="Start" />:
    /// "Inquiry 0", "Feedback 0", then for i = 1..9 "Inquiry i", "Order i" or "Feedback i" by i mod 3 (orders on 2, 5, 8);
    /// feedback and i = 0 from the buyer, "Order 2" linked to requirement 7. Returns the customer's code.
    /// </summary>
    private async Task<string> StoreCustomerWithCommunicationsAsync(string name = "Gamma Trading")
    {
        var code = "C" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await api.StoreAsync(db =>
        {
            var customer = new Customer(code, name, CustomerSegment.Enterprise, "DE");
            var buyer = customer.AddContact("Buyer", email: "buyer@x.test", isPrimary: true);
            var engineer = customer.AddContact("Engineer", email: "engineer@x.test");
            db.Add(customer);
            db.Add(new Communication(customer, CommunicationKind.Inquiry, CommunicationDirection.Inbound, CommunicationChannel.Email, "Inquiry 0", null, Start, "sam", buyer));
            db.Add(new Communication(customer, CommunicationKind.Feedback, CommunicationDirection.Inbound, CommunicationChannel.Phone, "Feedback 0", null, Start.AddHours(1), "sam", buyer));
            for (var i = 1; i <= 9; i++)
            {
                var (kind, subject) = (i % 3) switch
                {
                    1 => (CommunicationKind.Inquiry, $"Inquiry {i}"),
                    2 => (CommunicationKind.Order, $"Order {i}"),
                    _ => (CommunicationKind.Feedback, $"Feedback {i}"),
                };
                var communication = new Communication(
                    customer, kind, CommunicationDirection.Inbound, CommunicationChannel.Portal, subject, null, Start.AddDays(i), "sam",
                    kind == CommunicationKind.Feedback ? buyer : engineer);
                if (i == 2)
                {
                    communication.AddLink(LinkTargetType.Requirement, 7, "Amends the delivery terms");
                }

                db.Add(communication);
            }

            return customer;
        });
        return code;
    }

    private static List<string?> Subjects(JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("subject").GetString())];
}
