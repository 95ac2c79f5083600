using Microsoft.Net.Http.Headers;

namespace CustomerComms.GraphQL.Http;

/// <summary>
/// The response media type chosen from the request's <c>Accept</c> header, as the GraphQL-over-HTTP draft asks:
/// <c>application/graphql-response+json</c> when the client accepts it or sends no <c>Accept</c> header,
/// <c>application/json</c> when that is what the client prefers, nothing (406) when it accepts neither.
/// </summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string? Choose(IList<string> acceptHeaders)
    {
        if (acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace))
        {
            return GraphQLResponseJson;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted))
        {
            return null;
        }

        double graphQLQuality = 0, jsonQuality = 0;
        foreach (var range in accepted)
        {
            var quality = range.Quality ?? 1.0;
            if (range.Covers(GraphQLResponseJson))
            {
                graphQLQuality = Math.Max(graphQLQuality, quality);
            }

            if (range.Covers(Json))
            {
                jsonQuality = Math.Max(jsonQuality, quality);
            }
        }

        if (graphQLQuality <= 0 && jsonQuality <= 0)
        {
            return null;
        }

        return graphQLQuality >= jsonQuality ? GraphQLResponseJson : Json;
    }

    private static bool Covers(this MediaTypeHeaderValue range, string mediaType)
    {
        return range.MatchesAllTypes
            || (range.MatchesAllSubTypes && mediaType.StartsWith(range.Type.Value + "/", StringComparison.OrdinalIgnoreCase))
            || string.Equals(range.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase);
    }
}
