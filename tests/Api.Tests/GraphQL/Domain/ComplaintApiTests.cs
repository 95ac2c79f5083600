using System.Text.Json;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class ComplaintApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private static readonly DateTime Start = new(2025, 2, 3, 8, 0, 0, DateTimeKind.Utc);
    private static int _sequence;

    [Fact]
    public async Task Complaints_FilteredByEnumsNestedCustomerAndDateRange_SortedByReceipt()
    {
        var code = await StoreComplaintsAsync(12);
        api.Sql.Clear();

        var data = await api.DataAsync(
            """
            query($code: String!, $from: DateTime!, $to: DateTime!) {
              complaints(
                where: { customer: { code: { eq: $code }, name: { eq: "ECHO SUPPLIES", caseInsensitive: true } }, severity: { nin: [LOW] }, status: { in: [RECEIVED, ACKNOWLEDGED] }, receivedAt: { gt: $from, lte: $to }, number: { startsWith: "CMP-2025-" } },
                order: [{ receivedAt: DESC }]) {
                totalCount nodes { number severity status receivedAt customer { code } }
              }
            }
            """,
            new { code, from = Start, to = Start.AddDays(9) });

        var nodes = data.GetProperty("complaints").GetProperty("nodes").EnumerateArray().ToList();
        // Complaints 1..9 are in range; 4 and 8 are LOW; the even ones are acknowledged, the odd ones received.
        Assert.Equal([9, 7, 6, 5, 3, 2, 1], nodes.Select(n => Day(n.GetProperty("receivedAt"))));
        Assert.All(nodes, n => Assert.NotEqual("LOW", n.GetProperty("severity").GetString()));
        Assert.Contains(api.Sql.Commands, sql => sql.Contains("\"Status\" IN", StringComparison.Ordinal) && sql.Contains("\"Severity\" <>", StringComparison.Ordinal) && sql.Contains("ORDER BY \"c\".\"ReceivedAt\" DESC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Complaints_ListSomeNoneAndNestedCommunication_MatchByCorrespondence()
    {
        var code = await StoreComplaintsAsync(6);

        var data = await api.DataAsync(
            """
            query($code: String!) {
              answered: complaints(where: { customer: { code: { eq: $code } }, communications: { some: { direction: { eq: OUTBOUND }, subject: { contains: "acknowledgement", caseInsensitive: true } } } }) { totalCount }
              silent: complaints(where: { customer: { code: { eq: $code } }, communications: { none: { direction: { eq: OUTBOUND } } } }) { totalCount }
              byOrigin: complaints(where: { customer: { code: { eq: $code } }, originatingCommunication: { subject: { in: ["Complaint 2", "Complaint 4"] } }, acknowledgementDueAt: { ngt: "2025-02-08T08:00:00Z" } }) { nodes { number } }
              filed: communications(where: { customer: { code: { eq: $code } }, complaint: { status: { eq: ACKNOWLEDGED } } }) { totalCount }
            }
            """,
            new { code });

        Assert.Equal(3, data.GetProperty("answered").GetProperty("totalCount").GetInt32());
        Assert.Equal(3, data.GetProperty("silent").GetProperty("totalCount").GetInt32());
        Assert.Single(data.GetProperty("byOrigin").GetProperty("nodes").EnumerateArray());
        Assert.Equal(3, data.GetProperty("filed").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData(50)]
    [InlineData(10)]
    public async Task Complaints_PageWithCustomerLatestCommunicationAndCommunications_CostsFourCommandsWhateverThePageSize(int pageSize)
    {
        var code = await StoreComplaintsAsync(60);
        const string Query = "query($code: String!, $first: Int!) { complaints(first: $first, where: { customer: { code: { eq: $code } } }) { nodes { number customer { code name } latestCommunication { subject occurredAt } communications { subject direction } } } }";

        api.Sql.Clear();
        var data = await api.DataAsync(Query, new { code, first = pageSize });

        var nodes = data.GetProperty("complaints").GetProperty("nodes");
        Assert.Equal(pageSize, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal(code, n.GetProperty("customer").GetProperty("code").GetString()));
        // The page, the customers of the page in one batch, the correspondence of the page in one, the latest communications in one.
        Assert.Equal(4, api.Sql.Commands.Count);
    }

    [Fact]
    public async Task Complaint_Correspondence_StartsWithTheOriginatingCommunicationAndEndsWithTheLatest()
    {
        var code = await StoreComplaintsAsync(2);

        var data = await api.DataAsync(
            """
            query($code: String!) {
              complaints(where: { customer: { code: { eq: $code } } }, order: [{ receivedAt: ASC }]) { nodes {
                number
                originatingCommunication { subject originatedComplaint { number } complaint { number } }
                communications { subject complaint { number } }
                latestCommunication { subject }
              } }
            }
            """,
            new { code });

        var nodes = data.GetProperty("complaints").GetProperty("nodes");
        var received = nodes[0];
        var acknowledged = nodes[1];
        Assert.Equal(["Complaint 0"], Subjects(received.GetProperty("communications")));
        Assert.Equal("Complaint 0", received.GetProperty("latestCommunication").GetProperty("subject").GetString());
        Assert.Equal(received.GetProperty("number").GetString(), received.GetProperty("originatingCommunication").GetProperty("originatedComplaint").GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Null, received.GetProperty("originatingCommunication").GetProperty("complaint").ValueKind);
        Assert.Equal(["Complaint 1", "Acknowledgement 1"], Subjects(acknowledged.GetProperty("communications")));
        Assert.Equal("Acknowledgement 1", acknowledged.GetProperty("latestCommunication").GetProperty("subject").GetString());
        Assert.Equal(acknowledged.GetProperty("number").GetString(), acknowledged.GetProperty("communications")[1].GetProperty("complaint").GetProperty("number").GetString());
    }

    [Fact]
    public async Task OverdueComplaints_OpenAndPastDue_FilteredInSqlAndFlagged()
    {
        var code = await StoreSlaCasesAsync();
        api.Sql.Clear();

        var data = await api.DataAsync(
            "query($code: String!) { overdueComplaints(where: { customer: { code: { eq: $code } } }, order: [{ receivedAt: ASC }]) { totalCount nodes { description isOverdue isAcknowledgementOverdue isResponseOverdue isSlaPaused } } all: complaints(where: { customer: { code: { eq: $code } } }) { nodes { description isOverdue } } }",
            new { code });

        var overdue = data.GetProperty("overdueComplaints").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["unacknowledged", "unanswered", "paused late"], overdue.Select(n => n.GetProperty("description").GetString()));
        Assert.All(overdue, n => Assert.True(n.GetProperty("isOverdue").GetBoolean()));
        Assert.True(overdue[1].GetProperty("isResponseOverdue").GetBoolean());
        Assert.False(overdue[1].GetProperty("isAcknowledgementOverdue").GetBoolean());
        Assert.True(overdue[2].GetProperty("isSlaPaused").GetBoolean());
        var flagged = data.GetProperty("all").GetProperty("nodes").EnumerateArray().Where(n => n.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(3, flagged.Count());
        Assert.Contains(api.Sql.Commands, sql => sql.Contains("LIMIT", StringComparison.Ordinal)
            && sql.Contains("\"AcknowledgementDueAt\" <", StringComparison.Ordinal) && sql.Contains("\"SlaPausedAt\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Customer_ComplaintsConnection_FilteredAndPagedBackward()
    {
        var code = await StoreComplaintsAsync(6);
        const string Query = "query($code: String!, $last: Int, $before: String) { customers(where: { code: { eq: $code } }) { nodes { complaints(where: { status: { eq: ACKNOWLEDGED } }, order: [{ receivedAt: ASC }], last: $last, before: $before) { totalCount edges { cursor node { receivedAt } } pageInfo { hasPreviousPage hasNextPage startCursor } } } } }";

        var last = (await api.DataAsync(Query, new { code, last = 2 })).GetProperty("customers").GetProperty("nodes")[0].GetProperty("complaints");
        var before = (await api.DataAsync(Query, new { code, last = 2, before = last.GetProperty("pageInfo").GetProperty("startCursor").GetString() }))
            .GetProperty("customers").GetProperty("nodes")[0].GetProperty("complaints");

        Assert.Equal(3, last.GetProperty("totalCount").GetInt32());
        Assert.Equal([3, 5], last.GetProperty("edges").EnumerateArray().Select(e => Day(e.GetProperty("node").GetProperty("receivedAt"))));
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal([1], before.GetProperty("edges").EnumerateArray().Select(e => Day(e.GetProperty("node").GetProperty("receivedAt"))));
        Assert.False(before.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    /// <summary>
    /// Stores the customer "Echo Supplies" with complaints 0..count-1 received a day apart from <see cref="Start" />, each
    /// from an inbound communication "Complaint i"; severity by i mod 4 (0 → LOW from 4 on, else as listed), the odd ones
    /// acknowledged with an outbound "Acknowledgement i" filed under them. Returns the customer's code.
    /// </summary>
    [Fact]
    public async Task Complaints_OrderedBySeverity_FollowTheScaleNotTheNamesAndPageWithCursors()
    {
        var code = await StoreComplaintsAsync(8);
        const string Query = "query($code: String!, $first: Int!, $after: String) { complaints(where: { customer: { code: { eq: $code } } }, order: [{ severity: DESC }, { receivedAt: ASC }], first: $first, after: $after) { nodes { severity receivedAt } pageInfo { endCursor hasNextPage } } }";

        var first = (await api.DataAsync(Query, new { code, first = 3, after = (string?)null })).GetProperty("complaints");
        var rest = (await api.DataAsync(Query, new { code, first = 10, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("complaints");

        // Severities by day: 0, 1, 5 MEDIUM; 2, 6 HIGH; 3, 7 CRITICAL; 4 LOW. By name, CRITICAL < HIGH < LOW < MEDIUM.
        Assert.Equal([3, 7, 2], first.GetProperty("nodes").EnumerateArray().Select(n => Day(n.GetProperty("receivedAt"))));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([6, 0, 1, 5, 4], rest.GetProperty("nodes").EnumerateArray().Select(n => Day(n.GetProperty("receivedAt"))));
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    private async Task<string> StoreComplaintsAsync(int count)
    {
        var code = "E" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await api.StoreAsync(db =>
        {
            var customer = new Customer(code, "Echo Supplies", CustomerSegment.Enterprise, "NL");
            db.Add(customer);
            ComplaintSeverity[] severities = [ComplaintSeverity.Low, ComplaintSeverity.Medium, ComplaintSeverity.High, ComplaintSeverity.Critical];
            for (var i = 0; i < count; i++)
            {
                var received = Start.AddDays(i);
                var inbound = new Communication(customer, CommunicationKind.Complaint, CommunicationDirection.Inbound, CommunicationChannel.Email, $"Complaint {i}", null, received, "sam");
                var complaint = new Complaint(NextNumber(received), customer, i == 0 ? ComplaintSeverity.Medium : severities[i % 4], ComplaintCategory.Delivery, $"Complaint {i}", received, inbound);
                db.AddRange(inbound, complaint);
                if (i % 2 == 1)
                {
                    complaint.Acknowledge(received.AddHours(1));
                    var acknowledgement = new Communication(customer, CommunicationKind.Complaint, CommunicationDirection.Outbound, CommunicationChannel.Email, $"Acknowledgement {i}", null, received.AddHours(1), "sam");
                    acknowledgement.AssignToComplaint(complaint);
                    db.Add(acknowledgement);
                }
            }

            return customer;
        });
        return code;
    }

    /// <summary>Complaints around the SLA judged now: three overdue ones and three that are not.</summary>
    private async Task<string> StoreSlaCasesAsync()
    {
        var code = "S" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var now = DateTime.UtcNow;
        await api.StoreAsync(db =>
        {
            var customer = new Customer(code, "Sla Cases", CustomerSegment.Enterprise, "NL");
            db.Add(customer);
            Complaint New(string description, ComplaintSeverity severity, DateTime received)
            {
                var complaint = new Complaint(NextNumber(received), customer, severity, ComplaintCategory.Service, description, received);
                db.Add(complaint);
                return complaint;
            }

            New("unacknowledged", ComplaintSeverity.Critical, now.AddDays(-10));
            New("unanswered", ComplaintSeverity.High, now.AddDays(-9)).Acknowledge(now.AddDays(-9).AddHours(1));
            New("paused late", ComplaintSeverity.Critical, now.AddDays(-8)).PauseSla(now.AddDays(-8).AddHours(6), "Waiting for photos");
            New("paused in time", ComplaintSeverity.Critical, now.AddDays(-7)).PauseSla(now.AddDays(-7).AddHours(1), "Waiting for photos");
            New("fresh", ComplaintSeverity.Low, now.AddHours(-1));
            var closed = New("closed", ComplaintSeverity.Critical, now.AddDays(-6));
            closed.Acknowledge(now.AddDays(-6).AddHours(1));
            closed.Assess(ComplaintSeverity.Critical, true, null, now.AddDays(-6).AddHours(2));
            closed.StartInvestigation(now.AddDays(-6).AddHours(3));
            closed.Respond("Replaced.", now.AddDays(-6).AddHours(4));
            closed.Close(true, 5, now.AddDays(-6).AddHours(5));
            return customer;
        });
        return code;
    }

    private static ComplaintNumber NextNumber(DateTime received) => new(received.Year, Interlocked.Increment(ref _sequence));

    private static int Day(JsonElement receivedAt) => (int)(receivedAt.GetDateTime().ToUniversalTime() - Start).TotalDays;

    private static List<string?> Subjects(JsonElement communications) =>
        [.. communications.EnumerateArray().Select(c => c.GetProperty("subject").GetString())];
}
