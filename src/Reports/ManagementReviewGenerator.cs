using System.Text;
using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Domain.Persistence;
using CustomerComms.Reports.Model;
using CustomerComms.Reports.Pdf;
using CustomerComms.Reports.Rendering;

namespace CustomerComms.Reports;

/// <summary>
/// Generates management-review documents (ISO 9001 §9.3.2) from the records: builds the model, renders it with the
/// templates as HTML or Markdown, or prints the HTML to PDF. The same data, request and options give the same bytes
/// for HTML and Markdown.
/// </summary>
public sealed class ManagementReviewGenerator(ReportOptions options, ChromiumPdfPrinter pdfPrinter)
{
    /// <summary>Uses <paramref name="options"/> and a Chromium printer configured from them.</summary>
    public ManagementReviewGenerator(ReportOptions options)
        : this(options, new ChromiumPdfPrinter(options))
    {
    }

    /// <summary>Builds and renders the report described by <paramref name="request"/>.</summary>
    /// <exception cref="ReportTemplateException">A template is invalid; names the template and line.</exception>
    /// <exception cref="PdfPrinterUnavailableException">PDF was asked for and Chromium is not installed.</exception>
    public async Task<GeneratedReport> GenerateAsync(CustomerCommsDbContext context, ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Format == ReportFormat.Pdf)
        {
            pdfPrinter.EnsureAvailable();
        }

        var report = await ReportBuilder.BuildAsync(context, request.Period, request.Title, request.GeneratedAt, cancellationToken);
        return await RenderAsync(report, request.Format, cancellationToken);
    }

    /// <summary>Renders an already built model.</summary>
    public async Task<GeneratedReport> RenderAsync(ManagementReviewReport report, ReportFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var snapshot = ReportView.Snapshot(report);
        var templates = TemplateSet.Load(format, options.TemplateFolder);
        var markdown = format == ReportFormat.Markdown;
        var text = TemplateRenderer.Render(templates, ReportView.Build(report, snapshot, charts: !markdown), options, markdown);
        var content = format == ReportFormat.Pdf
            ? await pdfPrinter.PrintAsync(text, cancellationToken)
            : Encoding.UTF8.GetBytes(text);
        return new GeneratedReport(
            report.Title, report.Period, format, ManagementReview.ContentTypeOf(format), content,
            templates.Name, templates.Hash, snapshot, report.GeneratedAt, report);
    }
}
