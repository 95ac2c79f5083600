using System.Text.Json;
using CustomerComms.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CustomerComms.GraphQL.Http;

/// <summary>
/// Reads the GraphQL request parameters (<c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>)
/// from a POST body or a GET query string, refusing malformed or oversized input before any GraphQL work starts.
/// </summary>
internal static class GraphQLHttpRequestReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    public static async Task<(GraphQLRequest? Request, HttpRequestProblem? Problem)> ReadPostAsync(
        HttpRequest http, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        if (!IsJsonContentType(http.ContentType))
        {
            return (null, new HttpRequestProblem(
                StatusCodes.Status415UnsupportedMediaType,
                "Send the request as 'Content-Type: application/json' (UTF-8).",
                "UNSUPPORTED_MEDIA_TYPE"));
        }

        if (http.ContentLength > options.MaxRequestBytes)
        {
            return (null, TooLarge(options));
        }

        var body = await ReadBodyAsync(http.Body, options.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            return (null, TooLarge(options));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.Value, JsonOptions);
        }
        catch (JsonException exception)
        {
            return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, "The request body is not valid JSON: " + exception.Message));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, "The request body must be a JSON object."));
            }

            var root = document.RootElement;
            var query = root.TryGetProperty("query", out var q) ? q : default;
            var operationName = root.TryGetProperty("operationName", out var o) ? o : default;
            if (query.ValueKind != JsonValueKind.String)
            {
                return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, "The 'query' parameter must be a string holding the GraphQL document."));
            }

            if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
            {
                return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, "The 'operationName' parameter must be a string or null."));
            }

            return Build(
                query.GetString(),
                operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null,
                root.TryGetProperty("variables", out var variables) ? variables : default,
                root.TryGetProperty("extensions", out var extensions) ? extensions : default);
        }
    }

    public static (GraphQLRequest? Request, HttpRequestProblem? Problem) ReadGet(HttpRequest http)
    {
        var query = http.Query;
        if (query["query"].Count > 1 || query["operationName"].Count > 1 || query["variables"].Count > 1 || query["extensions"].Count > 1)
        {
            return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, "Each request parameter may be given once."));
        }

        JsonDocument? variables = null, extensions = null;
        try
        {
            variables = ParseOptionalJson(query["variables"].ToString());
            extensions = ParseOptionalJson(query["extensions"].ToString());
            return Build(
                query["query"].Count == 1 ? query["query"].ToString() : null,
                query["operationName"].Count == 1 ? query["operationName"].ToString() : null,
                variables?.RootElement ?? default,
                extensions?.RootElement ?? default);
        }
        catch (JsonException exception)
        {
            return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, "The variables or extensions parameter is not valid JSON: " + exception.Message));
        }
        finally
        {
            variables?.Dispose();
            extensions?.Dispose();
        }
    }

    private static JsonDocument? ParseOptionalJson(string text)
    {
        return string.IsNullOrEmpty(text) ? null : JsonDocument.Parse(text, JsonOptions);
    }

    private static (GraphQLRequest?, HttpRequestProblem?) Build(string? query, string? operationName, JsonElement variables, JsonElement extensions)
    {
        if (query is null)
        {
            return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, "The 'query' parameter must be a string holding the GraphQL document."));
        }

        if (variables.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, "The 'variables' parameter must be a JSON object or null."));
        }

        if (extensions.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, "The 'extensions' parameter must be a JSON object or null."));
        }

        var values = variables.ValueKind == JsonValueKind.Object
            ? variables.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal)
            : null;
        return (new GraphQLRequest(query, operationName, values), null);
    }

    private static bool IsJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !string.Equals(parsed.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var charset = parsed.Charset.Value;
        return string.IsNullOrEmpty(charset) || string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static HttpRequestProblem TooLarge(GraphQLHttpOptions options)
    {
        return new HttpRequestProblem(
            StatusCodes.Status413PayloadTooLarge,
            $"The request body is larger than the {options.MaxRequestBytes} bytes this endpoint accepts.",
            "REQUEST_TOO_LARGE");
    }
}
