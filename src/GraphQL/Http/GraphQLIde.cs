using Microsoft.AspNetCore.Http;

namespace CustomerComms.GraphQL.Http;

/// <summary>
/// The GraphiQL IDE, built from the npm registry's packages when this assembly is built and embedded in it,
/// so the page works with no network and no CDN. Assets are served under <c>{endpoint}/ide/</c>.
/// </summary>
public static class GraphQLIde
{
    private const string ResourcePrefix = "ide/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".ttf"] = "font/ttf",
    };

    /// <summary>The names of the embedded IDE files (e.g. <c>app.js</c>).</summary>
    public static IReadOnlyList<string> Assets { get; } = typeof(GraphQLIde).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..])
        .ToList();

    /// <summary>Writes the IDE's HTML page; it loads its script and styles from <c>ide/</c> beside the endpoint.</summary>
    public static Task WritePageAsync(HttpContext context)
    {
        var endpoint = context.Request.PathBase.Add(context.Request.Path).Value!.TrimEnd('/');
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync($$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>CustomerComms GraphQL</title>
              <link rel="stylesheet" href="{{endpoint}}/ide/app.css">
            </head>
            <body style="margin: 0">
              <div id="graphiql" style="height: 100vh"></div>
              <script type="module" src="{{endpoint}}/ide/app.js"></script>
            </body>
            </html>
            """, context.RequestAborted);
    }

    /// <summary>Serves one embedded IDE file, or 404 when there is no such file.</summary>
    public static async Task WriteAssetAsync(HttpContext context, string file)
    {
        var stream = Assets.Contains(file, StringComparer.Ordinal)
            ? typeof(GraphQLIde).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            : null;
        if (stream is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using (stream)
        {
            context.Response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            context.Response.Headers.CacheControl = "public, max-age=86400";
            context.Response.ContentLength = stream.Length;
            await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
    }
}
