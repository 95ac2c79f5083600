using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CustomerComms.Api.Tests.Hosting;
using CustomerComms.Domain.ManagementReviews;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class ManagementReviewApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string Errors = "errors { __typename ... on Error { message } ... on ValidationError { field code } }";
    private const string ReviewFields = "id title periodFrom periodTo format contentType contentLength contentHash templateName templateHash generatedBy generatedAt downloadUrl version";

    [Theory]
    [InlineData("HTML", "\"First half\"", "First half", "text/html")]
    [InlineData("MARKDOWN", null, "Management review 2024-01-01 to 2024-06-30", "text/markdown")]
    public async Task GenerateManagementReview_Format_StoresTheRecordWhoseHashMatchesTheDownload(string format, string? title, string expectedTitle, string mediaType)
    {
        var titleInput = title is null ? "" : $", title: {title}";

        var payload = await api.MutateAsync($"mutation {{ generateManagementReview(input: {{ from: \"2024-01-01\", to: \"2024-06-30\", format: {format}{titleInput} }}) {{ managementReview {{ {ReviewFields} }} {Errors} }} }}");

        var review = payload.GetProperty("managementReview");
        Assert.Equal(expectedTitle, review.GetProperty("title").GetString());
        Assert.Equal("2024-01-01", review.GetProperty("periodFrom").GetString());
        Assert.Equal("2024-06-30", review.GetProperty("periodTo").GetString());
        Assert.Equal(format, review.GetProperty("format").GetString());
        Assert.StartsWith(mediaType, review.GetProperty("contentType").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(review.GetProperty("templateName").GetString()));
        Assert.Equal(64, review.GetProperty("templateHash").GetString()!.Length);
        Assert.Equal("system", review.GetProperty("generatedBy").GetString());
        Assert.Equal(1, review.GetProperty("version").GetInt32());
        var bytes = await api.Server.Client.GetByteArrayAsync(review.GetProperty("downloadUrl").GetString());
        Assert.Equal(review.GetProperty("contentHash").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(review.GetProperty("contentLength").GetInt32(), bytes.Length);
        Assert.Contains(expectedTitle, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateManagementReview_Stored_IsAuditedInTheSameChange()
    {
        var review = (await api.MutateAsync($"mutation {{ generateManagementReview(input: {{ from: \"2023-01-01\", to: \"2023-03-31\", format: MARKDOWN }}) {{ managementReview {{ id contentHash }} {Errors} }} }}"))
            .GetProperty("managementReview");

        var data = await api.DataAsync("query($id: ID!) { auditTrail(entityId: $id) { nodes { action entityId changes { field after } } } verifyAuditChain { isIntact } }", new { id = review.GetProperty("id").GetString() });

        var entry = Assert.Single(data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray());
        Assert.Equal("INSERT", entry.GetProperty("action").GetString());
        Assert.Equal(review.GetProperty("id").GetString(), entry.GetProperty("entityId").GetString());
        var hash = entry.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "contentHash");
        Assert.Equal(review.GetProperty("contentHash").GetString(), hash.GetProperty("after").GetString());
        Assert.True(data.GetProperty("verifyAuditChain").GetProperty("isIntact").GetBoolean());
    }

    [Theory]
    [InlineData("from: \"2024-03-01\", to: \"2024-02-01\", format: HTML", "to", "PERIOD_REVERSED")]
    [InlineData("from: \"2999-01-01\", to: \"2999-03-31\", format: HTML", "from", "PERIOD_IN_FUTURE")]
    [InlineData("from: \"2015-01-01\", to: \"2024-12-31\", format: HTML", "to", "PERIOD_TOO_LONG")]
    [InlineData("from: \"0001-01-01\", to: \"0001-03-31\", format: HTML", "from", "PERIOD_OUT_OF_RANGE")]
    [InlineData("from: \"2024-01-01\", to: \"2024-03-31\", format: HTML, title: \"  \"", "title", "VALIDATION")]
    public async Task GenerateManagementReview_BadInput_ReturnsValidationErrorAndStoresNothing(string input, string field, string code)
    {
        var before = await CountReviewsAsync();

        var error = await api.MutationErrorAsync($"mutation {{ generateManagementReview(input: {{ {input} }}) {{ managementReview {{ id }} {Errors} }} }}");

        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(before, await CountReviewsAsync());
    }

    [Fact]
    public async Task GenerateManagementReview_PdfWithoutChromium_ReturnsValidationErrorAndStoresNothing()
    {
        await using var server = await LoopbackServer.StartAsync(configuration: "--Reports:ChromiumPath=/nonexistent/chromium");
        using var response = await server.Client.PostAsJsonAsync("/graphql", new
        {
            query = $"mutation {{ generateManagementReview(input: {{ from: \"2024-01-01\", to: \"2024-03-31\", format: PDF }}) {{ managementReview {{ id }} {Errors} }} }}",
        });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var count = await server.Client.PostAsJsonAsync("/graphql", new { query = "{ managementReviews { totalCount } }" });
        using var stored = JsonDocument.Parse(await count.Content.ReadAsStringAsync());

        var data = body.RootElement.GetProperty("data");
        var error = Assert.Single(data.GetProperty("generateManagementReview").GetProperty("errors").EnumerateArray());
        Assert.Equal("format", error.GetProperty("field").GetString());
        Assert.Equal("PDF_PRINTER_UNAVAILABLE", error.GetProperty("code").GetString());
        Assert.Contains("Chromium", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("generateManagementReview").GetProperty("managementReview").ValueKind);
        Assert.Equal(0, stored.RootElement.GetProperty("data").GetProperty("managementReviews").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ManagementReviews_FilteredByFormatPeriodAndOutputs_AnswersTheMatchesInOrder()
    {
        var prefix = await StoreReviewsAsync(4, outputsEach: 0);
        await api.StoreAsync(db =>
        {
            var third = db.Set<ManagementReview>().Single(r => r.Title == $"{prefix} 3");
            return third.AddOutput(ReviewOutputKind.Action, "Shorten response times", "Quality lead", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));
        });

        var data = await api.DataAsync(
            "query($p: String!) { all: managementReviews(where: { title: { startsWith: $p }, format: { eq: MARKDOWN }, periodFrom: { gte: \"2020-02-01\" } }, order: [{ periodFrom: DESC }]) { totalCount nodes { title } } " +
            "withOpenActions: managementReviews(where: { title: { startsWith: $p }, outputs: { some: { kind: { eq: ACTION }, status: { eq: OPEN } } } }) { nodes { title outputs { description } } } }",
            new { p = prefix });

        Assert.Equal([$"{prefix} 4", $"{prefix} 2"], data.GetProperty("all").GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty("title").GetString()));
        var withActions = Assert.Single(data.GetProperty("withOpenActions").GetProperty("nodes").EnumerateArray());
        Assert.Equal($"{prefix} 3", withActions.GetProperty("title").GetString());
        Assert.Equal("Shorten response times", withActions.GetProperty("outputs")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task ManagementReviews_PagedForwardAndBackward_FollowTheCursors()
    {
        var prefix = await StoreReviewsAsync(5, outputsEach: 0);
        const string Page = "query($p: String!, $first: Int, $after: String, $last: Int, $before: String) { managementReviews(where: { title: { startsWith: $p } }, order: [{ periodTo: ASC }], first: $first, after: $after, last: $last, before: $before) { totalCount edges { cursor node { title } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

        var first = (await api.DataAsync(Page, new { p = prefix, first = 2 })).GetProperty("managementReviews");
        var second = (await api.DataAsync(Page, new { p = prefix, first = 2, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("managementReviews");
        var back = (await api.DataAsync(Page, new { p = prefix, last = 2, before = second.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("managementReviews");

        Assert.Equal(5, first.GetProperty("totalCount").GetInt32());
        Assert.Equal([$"{prefix} 1", $"{prefix} 2"], Titles(first));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([$"{prefix} 3", $"{prefix} 4"], Titles(second));
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal([$"{prefix} 2", $"{prefix} 3"], Titles(back));
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task ManagementReviews_PageOfFiftyWithOutputsAndDeliveries_CostsAConstantNumberOfCommands()
    {
        var prefix = await StoreReviewsAsync(50, outputsEach: 2);
        await api.StoreAsync(db =>
        {
            foreach (var review in db.Set<ManagementReview>().Where(r => r.Title.StartsWith(prefix)).ToList())
            {
                db.Add(new ReportDelivery(review.Id, ["board@example.test"]));
            }

            return 0;
        });
        const string Query = "query($p: String!) { managementReviews(first: 50, where: { title: { startsWith: $p } }) { nodes { title downloadUrl outputs { description isOverdue review { title } } deliveries { status recipients review { id } } } } }";

        api.Sql.Clear();
        var data = await api.DataAsync(Query, new { p = prefix });

        var nodes = data.GetProperty("managementReviews").GetProperty("nodes");
        Assert.Equal(50, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), r => Assert.Equal(2, r.GetProperty("outputs").GetArrayLength()));
        Assert.All(nodes.EnumerateArray(), r => Assert.Equal("PENDING", r.GetProperty("deliveries")[0].GetProperty("status").GetString()));
        // The page, the outputs of all 50 reviews, their deliveries, and the reviews the outputs and deliveries point back to.
        Assert.Equal(4, api.Sql.Commands.Count);
    }

    [Fact]
    public async Task Node_ReviewAndOutputIds_AnswerTheRecords()
    {
        var prefix = await StoreReviewsAsync(1, outputsEach: 1);
        var review = (await api.DataAsync("query($p: String!) { managementReviews(where: { title: { startsWith: $p } }) { nodes { id outputs { id } } } }", new { p = prefix }))
            .GetProperty("managementReviews").GetProperty("nodes")[0];

        var data = await api.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on ManagementReview { title } ... on ManagementReviewOutput { review { title } } } }",
            new { ids = new[] { review.GetProperty("id").GetString(), review.GetProperty("outputs")[0].GetProperty("id").GetString() } });

        Assert.Equal($"{prefix} 1", data.GetProperty("nodes")[0].GetProperty("title").GetString());
        Assert.Equal($"{prefix} 1", data.GetProperty("nodes")[1].GetProperty("review").GetProperty("title").GetString());
    }

    private static IEnumerable<string?> Titles(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("title").GetString());

    private async Task<int> CountReviewsAsync() =>
        (await api.DataAsync("{ managementReviews { totalCount } }")).GetProperty("managementReviews").GetProperty("totalCount").GetInt32();

    /// <summary>
    /// Stores reviews "PREFIX 1".."PREFIX n" of consecutive months from January 2020 (odd ones HTML, even ones Markdown),
    /// each with <paramref name="outputsEach" /> open actions; returns the prefix.
    /// </summary>
    private async Task<string> StoreReviewsAsync(int count, int outputsEach)
    {
        var prefix = "R" + Guid.NewGuid().ToString("N")[..8];
        var now = DateTime.UtcNow;
        await api.StoreAsync(db =>
        {
            for (var i = 1; i <= count; i++)
            {
                var from = new DateOnly(2020, 1, 1).AddMonths(i - 1);
                var format = i % 2 == 1 ? ReportFormat.Html : ReportFormat.Markdown;
                var review = ManagementReview.FromText(
                    $"{prefix} {i}", from, from.AddMonths(1).AddDays(-1), format, "test", "hash", $"# Review {i}", "{}", "test", now);
                for (var o = 1; o <= outputsEach; o++)
                {
                    review.AddOutput(ReviewOutputKind.Action, $"Action {i}.{o}", "Owner", DateOnly.FromDateTime(now).AddDays(30));
                }

                db.Add(review);
            }

            return count;
        });
        return prefix;
    }
}
