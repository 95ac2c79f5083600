using CustomerComms.GraphQL.Http;
using CustomerComms.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerComms.GraphQL.Tests.Http;

/// <summary>A Kestrel server on a free loopback port serving a small schema at <c>/graphql</c>.</summary>
public sealed class HttpTestServer : IAsyncLifetime
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          broken: String
          brokenNonNull: String!
        }

        type Mutation {
          increment(by: Int!): Int!
        }
        """;

    private WebApplication _app = null!;
    private int _counter;

    public HttpClient Client { get; private set; } = null!;

    public Uri Endpoint { get; private set; } = null!;

    public static Schema BuildSchema(Func<int, int> increment)
    {
        return SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "hello", ctx => "Hello, " + ctx.Argument<string>("name"))
            .Resolve("Query", "broken", _ => throw new InvalidOperationException("The resolver failed."))
            .Resolve("Query", "brokenNonNull", _ => null)
            .Resolve("Mutation", "increment", ctx => increment(ctx.Argument<int>("by")))
            .Build();
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQL(
            _ => BuildSchema(by => Interlocked.Add(ref _counter, by)),
            execution: null,
            new GraphQLHttpOptions { MaxRequestBytes = 64 * 1024 });
        _app = builder.Build();
        _app.MapGraphQL();
        await _app.StartAsync();
        Endpoint = new Uri(new Uri(_app.Urls.First()), "/graphql");
        Client = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
