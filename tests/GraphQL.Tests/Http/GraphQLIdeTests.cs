using System.Net;
using CustomerComms.GraphQL.Http;

namespace CustomerComms.GraphQL.Tests.Http;

public sealed class GraphQLIdeTests : IClassFixture<HttpTestServer>
{
    private readonly HttpTestServer _server;

    public GraphQLIdeTests(HttpTestServer server)
    {
        _server = server;
    }

    [Fact]
    public async Task Get_BrowserAskingForHtml_GetsTheIdePage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _server.Endpoint);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await _server.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("id=\"graphiql\"", html, StringComparison.Ordinal);
        Assert.Contains("/graphql/ide/app.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_EmbeddedBundle_IsServedWithItsContentType()
    {
        Assert.Contains("app.js", GraphQLIde.Assets);
        Assert.Contains("graphql.worker.js", GraphQLIde.Assets);

        using var script = await _server.Client.GetAsync(new Uri(_server.Endpoint, "/graphql/ide/app.js"));
        using var styles = await _server.Client.GetAsync(new Uri(_server.Endpoint, "/graphql/ide/app.css"));
        using var missing = await _server.Client.GetAsync(new Uri(_server.Endpoint, "/graphql/ide/nothing.js"));

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
        Assert.Equal("text/css", styles.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Browser_OpensTheIdeAndRunsTypename_SeesTheAnswer()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await using var chromium = await HeadlessChromium.StartAsync(timeout.Token);

        await chromium.NavigateAsync(_server.Endpoint, timeout.Token);
        await chromium.WaitForAsync("document.querySelector('.graphiql-execute-button') !== null", timeout.Token);
        await chromium.WaitForAsync("document.querySelector('.graphiql-query-editor')?.innerText.includes('__typename')", timeout.Token);
        await chromium.EvaluateAsync("document.querySelector('.graphiql-execute-button').click()", timeout.Token);
        var answer = await chromium.WaitForAsync(
            "(() => { const t = document.querySelector('.graphiql-response')?.innerText ?? ''; return t.includes('Query') ? t : ''; })()",
            timeout.Token);

        Assert.Contains("\"__typename\": \"Query\"", ((string?)answer)!.Replace('\u00a0', ' '), StringComparison.Ordinal);
    }
}
