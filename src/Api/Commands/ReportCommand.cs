using CustomerComms.Api.Reports;
using CustomerComms.Domain.Auditing;
using CustomerComms.Domain.Persistence;
using CustomerComms.Reports;
using CustomerComms.Reports.Pdf;
using CustomerComms.Reports.Rendering;

namespace CustomerComms.Api.Commands;

/// <summary>
/// Generates a management review from the configured database, stores it as an immutable record and writes the document
/// to a file. Nothing is stored when the input is refused or the document cannot be produced.
/// </summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(WebApplication app, ReportCommandOptions options, CancellationToken cancellationToken = default)
    {
        var output = Path.GetFullPath(options.Output);
        if (Path.GetDirectoryName(output) is { } folder && !Directory.Exists(folder))
        {
            throw new CommandLineException($"The folder of --out does not exist: {folder}.");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var generatedBy = $"report command ({Environment.UserName})";
        services.GetRequiredService<AuditActor>().Name = generatedBy;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);

        var request = new ReportRequest(options.Period, options.Format, options.Title, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        try
        {
            var (report, record) = await services.GetRequiredService<ReviewArchive>().GenerateAndStoreAsync(
                services.GetRequiredService<CustomerCommsDbContext>(), request, generatedBy, cancellationToken);
            await File.WriteAllBytesAsync(output, report.Content, cancellationToken);
            Console.WriteLine($"Stored management review {record.Id} ({record.ContentLength} bytes, sha256 {record.ContentHash}) and wrote {output}.");
            return 0;
        }
        catch (Exception error) when (error is PdfPrinterUnavailableException or ReportTemplateException)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message}");
            return 1;
        }
    }
}
