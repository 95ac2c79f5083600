using System.Diagnostics;
using System.Text;

namespace CustomerComms.Reports.Pdf;

/// <summary>
/// Prints HTML to PDF with headless Chromium in a private temporary profile, without network or background services.
/// Either returns a file that starts with <c>%PDF-</c> or throws: a broken file is never returned.
/// </summary>
public sealed class ChromiumPdfPrinter(ReportOptions options)
{
    /// <summary>True when the configured Chromium exists.</summary>
    public bool IsAvailable => File.Exists(options.ChromiumPath);

    /// <summary>Throws <see cref="PdfPrinterUnavailableException"/> when Chromium is not installed.</summary>
    public void EnsureAvailable()
    {
        if (!IsAvailable)
        {
            throw new PdfPrinterUnavailableException(options.ChromiumPath);
        }
    }

    /// <summary>Prints <paramref name="html"/> (a self-contained document) and returns the PDF's bytes.</summary>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        EnsureAvailable();
        var folder = Directory.CreateTempSubdirectory("customercomms-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "report.html");
            var output = Path.Combine(folder.FullName, "report.pdf");
            await File.WriteAllTextAsync(input, html, Encoding.UTF8, cancellationToken);
            var result = await RunAsync(options, folder.FullName, [$"--print-to-pdf={output}", "--no-pdf-header-footer", new Uri(input).AbsoluteUri], cancellationToken);
            var bytes = File.Exists(output) ? await File.ReadAllBytesAsync(output, cancellationToken) : [];
            if (bytes.Length < 5 || !bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
            {
                throw new InvalidOperationException($"Chromium did not produce a PDF (exit code {result.ExitCode}): {result.Errors.Trim()}");
            }

            return bytes;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Runs Chromium headless with <paramref name="arguments"/> after the fixed safe switches; also used for screenshots.</summary>
    public static async Task<(int ExitCode, string Errors)> RunAsync(
        ReportOptions options, string workFolder, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(options.ChromiumPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(workFolder, "profile")}", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium could not be started.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PdfTimeout);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        var outputText = process.StandardOutput.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Chromium did not finish within {options.PdfTimeout}.");
        }

        await outputText;
        return (process.ExitCode, await errors);
    }
}
