using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Tests.Http;

public sealed class GraphQLHttpHandlerTests : IClassFixture<HttpTestServer>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly HttpTestServer _server;

    public GraphQLHttpHandlerTests(HttpTestServer server)
    {
        _server = server;
    }

    [Fact]
    public async Task Post_QueryWithoutAcceptHeader_AnswersGraphQLResponseJsonWithData()
    {
        using var response = await PostAsync("""{"query":"{ hello }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"data":{"hello":"Hello, world"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json; charset=utf-8", "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("application/*", GraphQLResponse)]
    public async Task Post_AcceptHeader_ChoosesTheResponseMediaType(string accept, string expected)
    {
        using var response = await PostAsync("""{"query":"{ hello }"}""", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_AcceptsNeitherJsonType_Answers406()
    {
        using var response = await PostAsync("""{"query":"{ hello }"}""", accept: "text/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        await AssertErrorAsync(response, "Accept");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_BodyNotJsonContentType_Answers415(string contentType)
    {
        using var content = new StringContent("""{"query":"{ hello }"}""");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await _server.Client.PostAsync(_server.Endpoint, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertErrorAsync(response, "application/json");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"query":42}""")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""")]
    [InlineData("""{"query":"{ hello }","operationName":7}""")]
    [InlineData("""{"query":"{ hello }","extensions":"x"}""")]
    public async Task Post_MalformedParameters_Answers400UnderEitherMediaType(string body)
    {
        using var strict = await PostAsync(body);
        using var legacy = await PostAsync(body, accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, legacy.StatusCode);
        await AssertErrorAsync(strict, "");
    }

    [Fact]
    public async Task Post_ValidationError_Answers400UnderGraphQLResponseJsonAnd200UnderJson()
    {
        const string Body = """{"query":"{ nope }"}""";
        using var strict = await PostAsync(Body);
        using var legacy = await PostAsync(Body, accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        using var json = JsonDocument.Parse(await legacy.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_SyntaxError_Answers400WithLineAndColumn()
    {
        using var response = await PostAsync("""{"query":"{ hello "}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.GetProperty("message").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(9, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Post_FieldError_Answers200WithPartialDataAndThePath()
    {
        using var response = await PostAsync("""{"query":"{ hello broken }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Hello, world", json.RootElement.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").GetProperty("broken").ValueKind);
        Assert.Equal("broken", json.RootElement.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Post_VariablesAndOperationName_AreUsed()
    {
        using var response = await PostAsync("""
            {"query":"query A { hello } query B($n: String) { hello(name: $n) }","operationName":"B","variables":{"n":"Ada"}}
            """);

        Assert.Equal("""{"data":{"hello":"Hello, Ada"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_QueryInTheQueryString_AnswersWithData()
    {
        var url = $"{_server.Endpoint}?query={Uri.EscapeDataString("query($n: String) { hello(name: $n) }")}&variables={Uri.EscapeDataString("""{"n":"GET"}""")}";

        using var response = await _server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, GET"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Mutation_Answers405AllowingPostAndChangesNothing()
    {
        var url = $"{_server.Endpoint}?query={Uri.EscapeDataString("mutation { increment(by: 1) }")}";

        using var refused = await _server.Client.GetAsync(url);
        using var posted = await PostAsync("""{"query":"mutation { increment(by: 1) }"}""");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.StatusCode);
        Assert.Contains("POST", refused.Content.Headers.Allow);
        Assert.Equal("""{"data":{"increment":1}}""", await posted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Put_Answers405()
    {
        using var content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json");

        using var response = await _server.Client.PutAsync(_server.Endpoint, content);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task GetSdl_ReturnsThePrintedSchema()
    {
        using var response = await _server.Client.GetAsync(_server.Endpoint + "?sdl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SchemaPrinter.Print(HttpTestServer.BuildSchema(x => x)), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Answers413BeforeReadingIt()
    {
        var body = """{"query":"{ hello }","variables":{"pad":" """ + new string('x', 70 * 1024) + "\"}}";

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertErrorAsync(response, "bytes");
    }

    [Fact]
    public async Task Post_DeeplyNestedDocument_IsRefusedAsASyntaxError()
    {
        var query = new string('{', 5000);

        using var response = await PostAsync(JsonSerializer.Serialize(new { query }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertErrorAsync(response, "Syntax Error");
    }

    [Fact]
    public async Task Post_ArbitraryBytes_AlwaysGetAWellFormedGraphQLErrorAndNever500()
    {
        var random = new Random(20261121);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            if (i % 3 == 0)
            {
                // Half-valid requests: a JSON envelope around random text.
                bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = Encoding.Latin1.GetString(bytes) }));
            }

            using var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _server.Client.PostAsync(_server.Endpoint, content);

            Assert.True((int)response.StatusCode is 200 or 400, $"request {i} answered {(int)response.StatusCode}");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(json.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0 || json.RootElement.TryGetProperty("data", out _));
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await _server.Client.SendAsync(request);
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, string messagePart)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains(messagePart, message, StringComparison.Ordinal);
    }
}
