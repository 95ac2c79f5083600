using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomerComms.GraphQL.Http;

/// <summary>Registers the GraphQL engine and maps its HTTP endpoint.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>
    /// Registers one <see cref="RequestExecutor"/> for the schema that <paramref name="schema"/> builds (once, at first use),
    /// and the HTTP handler with its options.
    /// </summary>
    public static IServiceCollection AddGraphQL(
        this IServiceCollection services,
        Func<IServiceProvider, Schema> schema,
        ExecutionOptions? execution = null,
        GraphQLHttpOptions? http = null)
    {
        services.TryAddSingleton(provider => new RequestExecutor(schema(provider), execution));
        services.TryAddSingleton(http ?? new GraphQLHttpOptions());
        services.TryAddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>Maps the endpoint (all methods, so that unsupported ones get 405) and its IDE assets.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapGet(pattern.TrimEnd('/') + "/ide/{file}", (HttpContext context, string file) => GraphQLIde.WriteAssetAsync(context, file));
        return endpoints.Map(pattern, (HttpContext context) => context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context));
    }
}
