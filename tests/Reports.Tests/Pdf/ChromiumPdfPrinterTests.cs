using System.Text;
using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Reports.Pdf;

namespace CustomerComms.Reports.Tests.Pdf;

public sealed class ChromiumPdfPrinterTests(DemoDataFixture demo) : IClassFixture<DemoDataFixture>
{
    private static readonly ReportOptions Options = new();

    [Fact]
    public async Task GenerateAsync_Pdf_PrintsPagesWithChromium()
    {
        RequireChromium();
        await using var context = demo.Database.NewContext();

        var report = await new ManagementReviewGenerator(Options).GenerateAsync(context, DemoDataFixture.FirstHalf2026 with { Format = ReportFormat.Pdf });

        Assert.Equal("application/pdf", report.ContentType);
        Assert.True(report.Content.AsSpan(0, 5).SequenceEqual("%PDF-"u8));
        Assert.True(Encoding.Latin1.GetString(report.Content).Split("/Type /Page").Length - 1 > 1);
    }

    [Fact]
    public async Task RunAsync_HtmlScreenshot_RendersNonBlankPng()
    {
        RequireChromium();
        await using var context = demo.Database.NewContext();
        var report = await new ManagementReviewGenerator(Options).GenerateAsync(context, DemoDataFixture.FirstHalf2026);
        var folder = Directory.CreateTempSubdirectory("customercomms-screenshot-");
        var html = Path.Combine(folder.FullName, "report.html");
        var png = Path.Combine(folder.FullName, "report.png");
        await File.WriteAllBytesAsync(html, report.Content);

        await ChromiumPdfPrinter.RunAsync(Options, folder.FullName, [$"--screenshot={png}", "--window-size=800,3000", new Uri(html).AbsoluteUri]);

        var bytes = await File.ReadAllBytesAsync(png);
        File.Copy(png, Path.Combine(AppContext.BaseDirectory, "management-review-screenshot.png"), overwrite: true);
        folder.Delete(recursive: true);
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        Assert.Equal(800, ReadBigEndian(bytes, 16));
        Assert.Equal(3000, ReadBigEndian(bytes, 20));
        Assert.True(bytes.Length > 50_000, "The screenshot is too small to hold the rendered report and its charts.");
    }

    [Fact]
    public async Task GenerateAsync_PdfWithoutChromium_SaysHowToInstallIt()
    {
        var options = new ReportOptions { ChromiumPath = "/nonexistent/chromium" };
        await using var context = demo.Database.NewContext();

        var error = await Assert.ThrowsAsync<PdfPrinterUnavailableException>(
            () => new ManagementReviewGenerator(options).GenerateAsync(context, DemoDataFixture.FirstHalf2026 with { Format = ReportFormat.Pdf }));

        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
    }

    private static void RequireChromium() =>
        Assert.True(new ChromiumPdfPrinter(Options).IsAvailable, $"Headless Chromium is required at {Options.ChromiumPath}: apt-get install chromium");

    private static int ReadBigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
