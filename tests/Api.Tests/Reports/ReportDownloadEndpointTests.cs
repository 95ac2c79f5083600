using System.Net;
using System.Text.Json;
using CustomerComms.Api.Commands;
using CustomerComms.Api.Tests.Hosting;
using Microsoft.Data.Sqlite;

namespace CustomerComms.Api.Tests.Reports;

public sealed class ReportDownloadEndpointTests
{
    [Theory]
    [InlineData("html", "text/html", "management-review-2026-01-01-to-2026-03-31.html")]
    [InlineData("markdown", "text/markdown", "management-review-2026-01-01-to-2026-03-31.md")]
    public async Task Get_StoredReport_ReturnsTheFileWithTypeNameAndHash(string format, string mediaType, string fileName)
    {
        await using var server = await LoopbackServer.StartAsync();
        var (id, file) = await GenerateAsync(server, format);

        using var response = await server.Client.GetAsync($"/reports/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(await File.ReadAllBytesAsync(file), await response.Content.ReadAsByteArrayAsync());
        var hash = await ScalarAsync(server, $"SELECT ContentHash FROM ManagementReviews WHERE Id = {id}");
        Assert.Equal($"\"{hash}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Get_StoredPdf_ReturnsThePrintedDocument()
    {
        await using var server = await LoopbackServer.StartAsync();
        var (id, file) = await GenerateAsync(server, "pdf");

        using var response = await server.Client.GetAsync($"/reports/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("management-review-2026-01-01-to-2026-03-31.pdf", response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Equal(await File.ReadAllBytesAsync(file), bytes);
        Assert.Equal($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}\"", response.Headers.ETag?.Tag);
    }

    [Theory]
    [InlineData("999")]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task Get_UnknownOrInvalidId_Returns404WithAJsonError(string id)
    {
        await using var server = await LoopbackServer.StartAsync();

        using var response = await server.Client.GetAsync($"/reports/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(id, await ErrorOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ContentAlteredInTheDatabase_Returns409WithoutTheContent()
    {
        await using var server = await LoopbackServer.StartAsync(configuration: "--Logging:LogLevel:CustomerComms=None");
        var (id, _) = await GenerateAsync(server, "html");
        await ScalarAsync(server, $"UPDATE ManagementReviews SET Content = CAST('<html>forged</html>' AS BLOB) WHERE Id = {id}; SELECT 'done'");

        using var response = await server.Client.GetAsync($"/reports/{id}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("forged", body, StringComparison.Ordinal);
        Assert.Contains("altered", await ErrorOf(response), StringComparison.Ordinal);
    }

    private static async Task<(long Id, string File)> GenerateAsync(LoopbackServer server, string format)
    {
        var file = Path.Combine(server.Folder.FullName, $"q1.{format}");
        var exit = await CommandLine.RunAsync([
            "report", "--from", "2026-01-01", "--to", "2026-03-31", "--format", format, "--out", file,
            $"--ConnectionStrings:Default=Data Source={server.DatabasePath}", "--Logging:LogLevel:Default=Warning"]);
        Assert.Equal(0, exit);
        var id = long.Parse(await ScalarAsync(server, "SELECT CAST(MAX(Id) AS TEXT) FROM ManagementReviews"), System.Globalization.CultureInfo.InvariantCulture);
        return (id, file);
    }

    private static async Task<string> ScalarAsync(LoopbackServer server, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={server.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static async Task<string> ErrorOf(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("error").GetString()!;
    }
}
