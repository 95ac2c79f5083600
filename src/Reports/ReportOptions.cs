using System.Globalization;

namespace CustomerComms.Reports;

/// <summary>How reports are rendered: templates, culture and the PDF printer.</summary>
public sealed record ReportOptions
{
    /// <summary>
    /// A folder whose files replace the embedded templates of the same relative name (e.g. <c>html/c4-complaints.hbs</c>).
    /// Only the template names the report knows are read from it; null uses the embedded templates only.
    /// </summary>
    public string? TemplateFolder { get; init; }

    /// <summary>The culture numbers and dates are written in; invariant by default.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>The .NET format of dates in the report; ISO 8601 by default.</summary>
    public string DateFormat { get; init; } = "yyyy-MM-dd";

    /// <summary>The headless Chromium used to print PDF.</summary>
    public string ChromiumPath { get; init; } = "/usr/bin/chromium";

    /// <summary>How long printing one PDF may take before it is abandoned.</summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
