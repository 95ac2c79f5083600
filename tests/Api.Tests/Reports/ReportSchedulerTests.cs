using CustomerComms.Api.Reports;
using CustomerComms.Domain;
using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Domain.Persistence;
using CustomerComms.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerComms.Api.Tests.Reports;

public sealed class ReportSchedulerTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("customercomms-schedule-");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly SmtpSink _sink = new();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = Services(_sink.Port);
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    [Fact]
    public async Task Scheduler_ClockPassesTheQuarterEnd_MailsTheQuartersReviewWithTheHtmlAttached()
    {
        var scheduler = (IHostedService)_services.GetRequiredService<ReportScheduler>();
        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            // On start the review of the last closed quarter is caught up; the second quarter is not due yet.
            await _sink.WaitForAsync(m => m.Contains("2026-01-01-to-2026-03-31.html", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            await WaitUntilAsync(() => _clock.PendingTimers > 0);
            Assert.DoesNotContain(_sink.Messages, m => m.Contains("2026-04-01", StringComparison.Ordinal));

            _clock.Advance(TimeSpan.FromHours(36));

            var mail = await _sink.WaitForAsync(m => m.Contains("2026-04-01-to-2026-06-30.html", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            Assert.Contains("To: board@example.test", mail, StringComparison.Ordinal);
            Assert.Contains("Content-Type: text/html", mail, StringComparison.Ordinal);
            Assert.Contains("attachment", mail, StringComparison.Ordinal);
            Assert.Contains("Period: 2026-04-01 to 2026-06-30", BodyOf(mail), StringComparison.Ordinal);
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }

        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CustomerCommsDbContext>();
        var deliveries = await context.Set<ReportDelivery>().ToListAsync();
        Assert.Equal(2, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal(ReportDeliveryStatus.Delivered, d.Status));
    }

    [Fact]
    public async Task RunOnce_ServerAnswers451_RetriesRecordsTheFailureAndDeliversOnTheNextRun()
    {
        _sink.Failing = true;
        var scheduler = _services.GetRequiredService<ReportScheduler>();

        await scheduler.RunOnceAsync(CancellationToken.None);

        var failed = await DeliveryAsync();
        Assert.Equal(ReportDeliveryStatus.Failed, failed.Status);
        Assert.Equal(3, failed.Attempts);
        Assert.Contains("Temporary failure", failed.LastError, StringComparison.Ordinal);
        Assert.Null(failed.DeliveredAt);
        Assert.Empty(_sink.Messages);

        _sink.Failing = false;
        await scheduler.RunOnceAsync(CancellationToken.None);

        var delivered = await DeliveryAsync();
        Assert.Equal(ReportDeliveryStatus.Delivered, delivered.Status);
        Assert.Equal(4, delivered.Attempts);
        Assert.NotNull(delivered.DeliveredAt);
        Assert.Single(_sink.Messages);
    }

    [Fact]
    public async Task RunOnce_NoServerListening_RecordsTheFailedDelivery()
    {
        int closedPort;
        await using (var closed = new SmtpSink())
        {
            closedPort = closed.Port;
        }

        await using var services = Services(closedPort);
        await MigrateAsync(services);

        await services.GetRequiredService<ReportScheduler>().RunOnceAsync(CancellationToken.None);

        await using var check = services.CreateAsyncScope();
        var delivery = await check.ServiceProvider.GetRequiredService<CustomerCommsDbContext>().Set<ReportDelivery>().SingleAsync();
        Assert.Equal(ReportDeliveryStatus.Failed, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(delivery.LastError));

        static async Task MigrateAsync(ServiceProvider services)
        {
            await using var migration = services.CreateAsyncScope();
            await migration.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _sink.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private ServiceProvider Services(int smtpPort)
    {
        var schedule = new ReportScheduleSettings
        {
            Enabled = true,
            Frequency = ReportFrequency.Quarterly,
            DayOffset = 1,
            Recipients = ["board@example.test"],
            MaxAttempts = 3,
            RetryDelay = TimeSpan.Zero,
            Smtp = new SmtpSettings { Host = "127.0.0.1", Port = smtpPort, From = "reviews@example.test", Timeout = TimeSpan.FromSeconds(10) },
        };
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.None));
        services.AddSingleton<TimeProvider>(_clock);
        services.AddDomain(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder.FullName, $"schedule-{smtpPort}.db")}");
        services.AddReports();
        services.AddManagementReviews(schedule);
        return services.BuildServiceProvider();
    }

    private async Task<ReportDelivery> DeliveryAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CustomerCommsDbContext>().Set<ReportDelivery>().AsNoTracking().SingleAsync();
    }

    /// <summary>The text of the message's first part, whatever transfer encoding the client chose.</summary>
    private static string BodyOf(string mail)
    {
        var part = mail[(mail.IndexOf("Content-Transfer-Encoding:", StringComparison.Ordinal))..];
        var encoding = part[26..part.IndexOf('\r')].Trim();
        var start = part.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4;
        var text = part[start..part.IndexOf("\r\n--", start, StringComparison.Ordinal)];
        return encoding.Equals("base64", StringComparison.OrdinalIgnoreCase)
            ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(text.Replace("\r\n", "", StringComparison.Ordinal)))
            : text.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(), "the condition did not hold within 30 seconds");
    }
}
