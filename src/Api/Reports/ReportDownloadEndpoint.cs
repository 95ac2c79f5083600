using System.Globalization;
using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace CustomerComms.Api.Reports;

/// <summary><c>GET /reports/{id}</c>: the stored document of a management review, checked against its content hash.</summary>
public static class ReportDownloadEndpoint
{
    public static IEndpointRouteBuilder MapReportDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{id}", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(string id, HttpContext http, CustomerCommsDbContext context, ILoggerFactory loggers)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) || key < 1)
        {
            return NotFound(id);
        }

        var review = await context.Set<ManagementReview>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == key, http.RequestAborted);
        if (review is null)
        {
            return NotFound(id);
        }

        // A record whose bytes no longer match its hash has been altered outside the application: never serve it.
        if (!review.VerifyContent())
        {
            loggers.CreateLogger(typeof(ReportDownloadEndpoint)).LogError(
                "Management review {Id} does not match its content hash {Hash}; the download was refused.", review.Id, review.ContentHash);
            return Results.Json(
                new { error = $"Report {review.Id} does not match its recorded content hash: the stored content has been altered and is not served." },
                statusCode: StatusCodes.Status409Conflict);
        }

        var etag = new EntityTagHeaderValue($"\"{review.ContentHash}\"");
        return Results.Bytes(review.Content.ToArray(), review.ContentType, ReviewArchive.FileNameOf(review), entityTag: etag);
    }

    private static IResult NotFound(string id) =>
        Results.Json(new { error = $"No management review with id '{id}'." }, statusCode: StatusCodes.Status404NotFound);
}
