using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using CustomerComms.Domain.Common;
using CustomerComms.Domain.ManagementReviews;
using Microsoft.EntityFrameworkCore;
using CustomerComms.Domain.Tests.Persistence;

namespace CustomerComms.Domain.Tests.ManagementReviews;

public sealed class ManagementReviewTests : IAsyncLifetime
{
    private static readonly DateTime Generated = new(2026, 4, 2, 8, 0, 0, DateTimeKind.Utc);

    private TestDatabase _database = null!;

    private static ManagementReview NewReview(byte[]? content = null) => new(
        "Management review Q1 2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), ReportFormat.Pdf,
        "management-review", "abc123", content ?? [0x25, 0x50, 0x44, 0x46], """{"complaints":3}""", "quality.manager", Generated);

    [Fact]
    public void Constructor_HashesTheContent()
    {
        var review = NewReview([1, 2, 3]);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([1, 2, 3])), review.ContentHash);
        Assert.Equal("application/pdf", review.ContentType);
        Assert.Equal(3, review.ContentLength);
        Assert.True(review.VerifyContent());
        Assert.Null(review.ContentText);
    }

    [Fact]
    public void Constructor_CallerChangesArrayAfterwards_ContentUnchanged()
    {
        var bytes = new byte[] { 1, 2, 3 };
        var review = NewReview(bytes);

        bytes[0] = 99;

        Assert.Equal([1, 2, 3], review.Content.ToArray());
        Assert.True(review.VerifyContent());
    }

    [Fact]
    public void PublicSurface_HasNoWayToChangeTheRecord()
    {
        var settable = typeof(ManagementReview).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } or { IsAssembly: true })
            .Select(p => p.Name);
        var mutators = typeof(ManagementReview).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .Select(m => m.Name);

        Assert.Empty(settable);
        Assert.Equal(["AddOutput", "VerifyContent"], mutators.Order());
    }

    [Fact]
    public void FromText_Markdown_StoresUtf8AndReadsBack()
    {
        var review = ManagementReview.FromText(
            "Q1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), ReportFormat.Markdown, "mr", "h",
            "# Résumé", "{}", "qm", Generated);

        Assert.Equal("# Résumé", review.ContentText);
        Assert.Equal(Encoding.UTF8.GetBytes("# Résumé"), review.Content.ToArray());
        Assert.Equal("text/markdown; charset=utf-8", review.ContentType);
    }

    [Theory]
    [InlineData("not json", "dataSnapshot")]
    [InlineData("", "dataSnapshot")]
    public void Constructor_BadSnapshot_NamesTheField(string snapshot, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => new ManagementReview(
            "Q1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), ReportFormat.Html, "mr", "h", [1], snapshot, "qm", Generated));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Constructor_PeriodBackwards_NamesPeriodTo()
    {
        var error = Assert.Throws<DomainValidationException>(() => new ManagementReview(
            "Q1", new DateOnly(2026, 3, 31), new DateOnly(2026, 1, 1), ReportFormat.Html, "mr", "h", [1], "{}", "qm", Generated));

        Assert.Equal("periodTo", error.Field);
    }

    [Fact]
    public void AddOutput_ActionWithoutOwner_NamesOwner()
    {
        var review = NewReview();

        var error = Assert.Throws<DomainValidationException>(() => review.AddOutput(ReviewOutputKind.Action, "Add a second supplier"));

        Assert.Equal("owner", error.Field);
        Assert.Empty(review.Outputs);
    }

    [Fact]
    public void Output_CompleteThenCancel_IsRefusedAsFinal()
    {
        var output = NewReview().AddOutput(ReviewOutputKind.Action, "Add a second supplier", "Purchasing", new DateOnly(2026, 6, 30));

        output.Complete(Generated.AddDays(40), "Qualified");
        var error = Assert.Throws<InvalidTransitionException>(() => output.Cancel(Generated.AddDays(41), "no"));

        Assert.Equal(ReviewOutputStatus.Done, output.Status);
        Assert.Equal(Generated.AddDays(40), output.CompletedAt);
        Assert.Empty(error.Allowed);
    }

    [Fact]
    public void Output_IsOverdue_OnlyWhenOpenAfterDueDate()
    {
        var output = NewReview().AddOutput(ReviewOutputKind.Action, "Fix", "Ops", new DateOnly(2026, 6, 30));

        Assert.False(output.IsOverdue(new DateOnly(2026, 6, 30)));
        Assert.True(output.IsOverdue(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public async Task SaveChanges_AlteredStoredReport_IsRefused()
    {
        await using (var context = _database.NewContext())
        {
            context.Add(NewReview());
            await context.SaveChangesAsync();
        }

        await using (var context = _database.NewContext())
        {
            var review = await context.Set<ManagementReview>().SingleAsync();
            context.Entry(review).Property(r => r.ContentHash).CurrentValue = new string('0', 64);

            await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task SaveChanges_OutputAddedLater_IsStoredAndContentReadsBack()
    {
        await using (var context = _database.NewContext())
        {
            context.Add(NewReview([7, 8, 9]));
            await context.SaveChangesAsync();
        }

        await using (var context = _database.NewContext())
        {
            var review = await context.Set<ManagementReview>().Include(r => r.Outputs).SingleAsync();
            review.AddOutput(ReviewOutputKind.Decision, "Keep CSAT target at 90 %");
            await context.SaveChangesAsync();
        }

        await using (var context = _database.NewContext())
        {
            var review = await context.Set<ManagementReview>().Include(r => r.Outputs).SingleAsync();

            Assert.Equal([7, 8, 9], review.Content.ToArray());
            Assert.True(review.VerifyContent());
            Assert.Equal(ReviewOutputStatus.Open, Assert.Single(review.Outputs).Status);
        }
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
    }
}
