using System.Text;
using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Reports.Rendering;

namespace CustomerComms.Reports.Tests.Rendering;

public sealed class TemplateOverrideTests(DemoDataFixture demo) : IClassFixture<DemoDataFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("customercomms-templates-");

    [Fact]
    public async Task GenerateAsync_SectionOverridden_ReplacesOnlyThatSection()
    {
        Write("html/c6-audits.hbs", "<section id=\"c6\"><h2>c6) Audits by our own register</h2></section>\n");

        var report = await GenerateAsync(ReportFormat.Html);
        var html = Encoding.UTF8.GetString(report.Content);

        Assert.Contains("Audits by our own register", html, StringComparison.Ordinal);
        Assert.Contains("c4) Complaints", html, StringComparison.Ordinal);
        Assert.Contains("custom: html/c6-audits.hbs", report.TemplateName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_UnclosedBlock_NamesTemplateAndLine()
    {
        Write("markdown/d-resources.hbs", "## d)\n\n{{#each owners}}\n| {{owner}} |\n");

        var error = await Assert.ThrowsAsync<ReportTemplateException>(() => GenerateAsync(ReportFormat.Markdown));

        Assert.Equal("markdown/d-resources.hbs", error.TemplateName);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public async Task GenerateAsync_UnknownHelper_NamesTemplateAndLine()
    {
        Write("html/e-risks.hbs", "<section>\n<p>{{open}}</p>\n<p>{{readFile \"/etc/passwd\"}}</p>\n</section>\n");

        var error = await Assert.ThrowsAsync<ReportTemplateException>(() => GenerateAsync(ReportFormat.Html));

        Assert.Equal("html/e-risks.hbs", error.TemplateName);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public async Task GenerateAsync_PartialNamingAFile_CannotReadIt()
    {
        var secret = Path.Combine(_folder.FullName, "secret.txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        Write("html/c5-monitoring.hbs", $"<section>\n{{{{> {secret}}}}}\n{{{{> ../secret.txt}}}}\n</section>\n");

        var error = await Assert.ThrowsAsync<ReportTemplateException>(() => GenerateAsync(ReportFormat.Html));

        Assert.Equal("html/c5-monitoring.hbs", error.TemplateName);
        Assert.Equal(2, error.Line);
        Assert.DoesNotContain("TOP-SECRET-CONTENT", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private async Task<GeneratedReport> GenerateAsync(ReportFormat format)
    {
        var generator = new ManagementReviewGenerator(new ReportOptions { TemplateFolder = _folder.FullName });
        await using var context = demo.Database.NewContext();
        return await generator.GenerateAsync(context, DemoDataFixture.FirstHalf2026 with { Format = format });
    }
}
