using System.Security.Cryptography;
using CustomerComms.Api.Commands;

namespace CustomerComms.Api.Tests.Reports;

public sealed class ReportCommandTests(ReviewDatabase database) : IClassFixture<ReviewDatabase>
{
    [Theory]
    [InlineData("html", "review.html", "<!DOCTYPE html>", "text/html; charset=utf-8")]
    [InlineData("markdown", "review.md", "# ", "text/markdown; charset=utf-8")]
    public async Task Report_SeededDatabase_WritesTheFileAndStoresItWithTheSameHash(string format, string file, string start, string contentType)
    {
        var output = Path.Combine(database.Folder.FullName, file);

        var exit = await RunAsync("--from", "2026-01-01", "--to", "2026-06-30", "--format", format, "--out", output, "--title", "H1 review");

        Assert.Equal(0, exit);
        var bytes = await File.ReadAllBytesAsync(output);
        Assert.StartsWith(start, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var id = await database.ScalarAsync($"SELECT Id FROM ManagementReviews WHERE ContentHash = '{hash}'");
        Assert.Equal("H1 review", await database.TextAsync($"SELECT Title FROM ManagementReviews WHERE Id = {id}"));
        Assert.Equal(contentType, await database.TextAsync($"SELECT ContentType FROM ManagementReviews WHERE Id = {id}"));
        Assert.Equal("2026-01-01", await database.TextAsync($"SELECT PeriodFrom FROM ManagementReviews WHERE Id = {id}"));
        Assert.Equal(1L, await database.ScalarAsync($"SELECT COUNT(*) FROM AuditEntries WHERE EntityType = 'ManagementReview' AND EntityId = {id}"));
    }

    [Theory]
    [InlineData("--from", "2026-01-01", "--to", "2026-06-30", "--format", "docx")]
    [InlineData("--from", "2026-07-01", "--to", "2026-06-30")]
    [InlineData("--from", "2026-02-30", "--to", "2026-06-30")]
    [InlineData("--from", "01/01/2026", "--to", "2026-06-30")]
    [InlineData("--to", "2026-06-30")]
    [InlineData("--from", "2026-01-01", "--to")]
    public async Task Report_BadInput_FailsAndStoresNothing(params string[] options)
    {
        var output = Path.Combine(database.Folder.FullName, $"refused-{Guid.NewGuid():N}.html");
        var before = await database.ScalarAsync("SELECT COUNT(*) FROM ManagementReviews");

        var exit = await RunAsync([.. options, "--out", output]);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(output));
        Assert.Equal(before, await database.ScalarAsync("SELECT COUNT(*) FROM ManagementReviews"));
    }

    [Fact]
    public async Task Report_MissingOut_FailsAndStoresNothing()
    {
        var before = await database.ScalarAsync("SELECT COUNT(*) FROM ManagementReviews");

        Assert.Equal(1, await RunAsync("--from", "2026-01-01", "--to", "2026-06-30"));
        Assert.Equal(before, await database.ScalarAsync("SELECT COUNT(*) FROM ManagementReviews"));
    }

    [Fact]
    public async Task Report_PdfWithoutChromium_FailsAndStoresNothing()
    {
        var output = Path.Combine(database.Folder.FullName, "review.pdf");
        var before = await database.ScalarAsync("SELECT COUNT(*) FROM ManagementReviews");

        var exit = await RunAsync(
            "--from", "2026-01-01", "--to", "2026-06-30", "--format", "pdf", "--out", output,
            $"--Reports:ChromiumPath={Path.Combine(database.Folder.FullName, "no-chromium")}");

        Assert.Equal(1, exit);
        Assert.False(File.Exists(output));
        Assert.Equal(before, await database.ScalarAsync("SELECT COUNT(*) FROM ManagementReviews"));
    }

    private Task<int> RunAsync(params string[] options) =>
        CommandLine.RunAsync(["report", .. options, database.Connection, "--Logging:LogLevel:Default=Warning"]);
}
