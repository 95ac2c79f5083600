using System.Text.Json;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace CustomerComms.GraphQL.Http;

/// <summary>
/// Serves one GraphQL endpoint over HTTP as the GraphQL-over-HTTP draft describes: POST with a JSON body,
/// GET with the parameters in the query string (queries only), content negotiation between
/// <c>application/graphql-response+json</c> and <c>application/json</c>, and the status code each case calls for.
/// Browsers opening the endpoint get the IDE; <c>GET …?sdl</c> returns the schema in SDL.
/// </summary>
public sealed class GraphQLHttpHandler
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly RequestExecutor _executor;
    private readonly GraphQLHttpOptions _options;
    private readonly ILogger<GraphQLHttpHandler> _logger;
    private readonly Lazy<string> _sdl;

    public GraphQLHttpHandler(RequestExecutor executor, GraphQLHttpOptions options, ILogger<GraphQLHttpHandler> logger)
    {
        _executor = executor;
        _options = options;
        _logger = logger;
        _sdl = new Lazy<string>(() => SchemaPrinter.Print(executor.Schema));
    }

    public async Task HandleAsync(HttpContext context)
    {
        var http = context.Request;
        try
        {
            if (HttpMethods.IsGet(http.Method) && http.Query.ContainsKey("sdl") && _options.EnableSdl)
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(_sdl.Value, context.RequestAborted);
                return;
            }

            if (HttpMethods.IsGet(http.Method) && !http.Query.ContainsKey("query") && _options.EnableIde && AcceptsHtml(http))
            {
                await GraphQLIde.WritePageAsync(context);
                return;
            }

            var mediaType = ResponseMediaType.Choose(http.Headers.Accept);
            if (mediaType is null)
            {
                await WriteProblemAsync(context, new HttpRequestProblem(
                    StatusCodes.Status406NotAcceptable,
                    $"The endpoint answers with {ResponseMediaType.GraphQLResponseJson} or {ResponseMediaType.Json}; the Accept header allows neither.",
                    "NOT_ACCEPTABLE"), ResponseMediaType.Json);
                return;
            }

            var isGet = HttpMethods.IsGet(http.Method);
            if (!isGet && !HttpMethods.IsPost(http.Method))
            {
                context.Response.Headers.Allow = "GET, POST";
                await WriteProblemAsync(context, new HttpRequestProblem(
                    StatusCodes.Status405MethodNotAllowed, $"{http.Method} is not supported; use GET or POST.", "METHOD_NOT_ALLOWED"), mediaType);
                return;
            }

            var (request, problem) = isGet
                ? GraphQLHttpRequestReader.ReadGet(http)
                : await GraphQLHttpRequestReader.ReadPostAsync(http, _options, context.RequestAborted);
            if (problem is not null)
            {
                await WriteProblemAsync(context, problem, mediaType);
                return;
            }

            var result = await _executor.ExecuteAsync(request! with { QueryOnly = isGet }, context.RequestServices, context.RequestAborted);
            if (isGet && result.Errors.Any(e => e.Code == ErrorCodes.OperationNotAllowed))
            {
                context.Response.Headers.Allow = "POST";
                await WriteResultAsync(context, result, mediaType, StatusCodes.Status405MethodNotAllowed);
                return;
            }

            // Under application/json every well-formed request is answered with 200; under
            // application/graphql-response+json a request that did not reach execution (no data) is a 400.
            var status = mediaType == ResponseMediaType.GraphQLResponseJson && !result.HasData
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status200OK;
            await WriteResultAsync(context, result, mediaType, status);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            _logger.LogError(exception, "Unexpected fault while serving a GraphQL request.");
            await WriteProblemAsync(context, new HttpRequestProblem(
                StatusCodes.Status500InternalServerError, "An unexpected error occurred.", ErrorCodes.InternalServerError), ResponseMediaType.Json);
        }
    }

    private static bool AcceptsHtml(HttpRequest http)
    {
        return MediaTypeHeaderValue.TryParseList(http.Headers.Accept, out var accepted)
            && accepted.Any(a => string.Equals(a.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase));
    }

    private static Task WriteProblemAsync(HttpContext context, HttpRequestProblem problem, string mediaType)
    {
        var result = ExecutionResult.FromErrors([GraphQLError.Request(problem.Message, problem.Code)]);
        return WriteResultAsync(context, result, mediaType, problem.StatusCode);
    }

    private static async Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter, WriterOptions);
        ExecutionResultWriter.Write(writer, result);
        await writer.FlushAsync(context.RequestAborted);
    }
}
