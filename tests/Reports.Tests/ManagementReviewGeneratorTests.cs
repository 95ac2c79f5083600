using System.Text;
using CustomerComms.Domain.ManagementReviews;

namespace CustomerComms.Reports.Tests;

public sealed class ManagementReviewGeneratorTests(DemoDataFixture demo) : IClassFixture<DemoDataFixture>
{
    private readonly ManagementReviewGenerator _generator = new(new ReportOptions());

    [Fact]
    public async Task GenerateAsync_DemoDataHtml_MatchesGoldenFile()
    {
        await using var context = demo.Database.NewContext();
        var report = await _generator.GenerateAsync(context, DemoDataFixture.FirstHalf2026);

        GoldenFile.Match("management-review-h1-2026.html", Encoding.UTF8.GetString(report.Content));
    }

    [Fact]
    public async Task GenerateAsync_DemoDataMarkdown_MatchesGoldenFile()
    {
        await using var context = demo.Database.NewContext();
        var report = await _generator.GenerateAsync(context, DemoDataFixture.FirstHalf2026 with { Format = ReportFormat.Markdown });

        GoldenFile.Match("management-review-h1-2026.md", Encoding.UTF8.GetString(report.Content));
    }

    [Fact]
    public async Task GenerateAsync_SameDataTwice_GivesIdenticalBytes()
    {
        await using var context = demo.Database.NewContext();
        var first = await _generator.GenerateAsync(context, DemoDataFixture.FirstHalf2026);
        var second = await _generator.GenerateAsync(context, DemoDataFixture.FirstHalf2026);

        Assert.Equal(first.Content, second.Content);
        Assert.Equal(first.DataSnapshot, second.DataSnapshot);
    }

    [Fact]
    public async Task GenerateAsync_Html_IsSelfContainedWithInlineCharts()
    {
        await using var context = demo.Database.NewContext();
        var html = Encoding.UTF8.GetString((await _generator.GenerateAsync(context, DemoDataFixture.FirstHalf2026)).Content);

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No data recorded", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToRecord_GeneratedReport_StoresHashesAndSnapshot()
    {
        await using var context = demo.Database.NewContext();
        var report = await _generator.GenerateAsync(context, DemoDataFixture.FirstHalf2026);

        var record = report.ToRecord("tester");

        Assert.True(record.VerifyContent());
        Assert.Equal("text/html; charset=utf-8", record.ContentType);
        Assert.Equal(64, record.TemplateHash.Length);
        Assert.Contains("\"satisfaction\"", record.DataSnapshot, StringComparison.Ordinal);
    }
}
