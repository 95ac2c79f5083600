namespace CustomerComms.Reports.Pdf;

/// <summary>PDF output needs headless Chromium, and it is not installed where it was looked for.</summary>
public sealed class PdfPrinterUnavailableException(string chromiumPath)
    : Exception($"PDF output needs headless Chromium, which was not found at '{chromiumPath}'. Install it (Debian/Ubuntu: apt-get install chromium) or set ReportOptions.ChromiumPath; HTML and Markdown work without it.")
{
    /// <summary>Where Chromium was expected.</summary>
    public string ChromiumPath { get; } = chromiumPath;
}
