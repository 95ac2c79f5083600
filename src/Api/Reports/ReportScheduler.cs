using CustomerComms.Domain.Auditing;
using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Domain.Persistence;
using CustomerComms.Reports;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.Reports;

/// <summary>
/// Generates the review of each closed period (HTML), stores it with a delivery record, and mails it. Every attempt
/// is recorded; a delivery that fails all its attempts is logged as an error and tried again on the next run.
/// </summary>
public sealed class ReportScheduler(
    IServiceScopeFactory scopes, ReportScheduleSettings settings, ReviewMailer mailer, TimeProvider clock, ILogger<ReportScheduler> logger)
    : BackgroundService
{
    public const string GeneratedBy = "report schedule";

    private readonly ReportSchedule _schedule = new(settings.Frequency, settings.DayOffset);

    /// <summary>One run: generates the latest due review if it is not stored yet, then delivers whatever is unsent.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Name = GeneratedBy;
        var context = scope.ServiceProvider.GetRequiredService<CustomerCommsDbContext>();
        await GenerateDueAsync(scope.ServiceProvider, context, cancellationToken);

        var unsent = await context.Set<ReportDelivery>()
            .Where(d => d.Status != ReportDeliveryStatus.Delivered)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
        foreach (var delivery in unsent)
        {
            await DeliverAsync(context, delivery, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "The management-review schedule run failed; it runs again in {Interval}.", settings.PollInterval);
            }

            await Task.Delay(settings.PollInterval, clock, stoppingToken);
        }
    }

    private async Task GenerateDueAsync(IServiceProvider services, CustomerCommsDbContext context, CancellationToken cancellationToken)
    {
        var period = _schedule.LatestDue(clock.GetUtcNow());
        var stored = await context.Set<ManagementReview>().AnyAsync(
            r => r.PeriodFrom == period.From && r.PeriodTo == period.To && r.GeneratedBy == GeneratedBy, cancellationToken);
        if (stored)
        {
            return;
        }

        // The review and its delivery record are stored together: a stored scheduled review is never left unsent.
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var request = new ReportRequest(period, ReportFormat.Html, $"{settings.Title} {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}", clock.GetUtcNow().UtcDateTime);
        var (_, review) = await services.GetRequiredService<ReviewArchive>().GenerateAndStoreAsync(context, request, GeneratedBy, cancellationToken);
        context.Add(new ReportDelivery(review.Id, settings.RecipientAddresses));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Generated management review {Id} for {From:yyyy-MM-dd} to {To:yyyy-MM-dd}.", review.Id, period.From, period.To);
    }

    private async Task DeliverAsync(CustomerCommsDbContext context, ReportDelivery delivery, CancellationToken cancellationToken)
    {
        var review = await context.Set<ManagementReview>().AsNoTracking().SingleAsync(r => r.Id == delivery.ManagementReviewId, cancellationToken);
        var delay = settings.RetryDelay;
        for (var attempt = 1; attempt <= settings.MaxAttempts; attempt++)
        {
            try
            {
                await mailer.SendAsync(review, delivery.RecipientList, cancellationToken);
                // The server has the message: record that even when the host is stopping, or it would be sent twice.
                delivery.RecordDelivered(clock.GetUtcNow().UtcDateTime);
                await context.SaveChangesAsync(CancellationToken.None);
                logger.LogInformation("Sent management review {Id} to {Recipients}.", review.Id, delivery.Recipients);
                return;
            }
            catch (Exception error) when (error is System.Net.Mail.SmtpException or IOException or InvalidOperationException or System.Net.Sockets.SocketException)
            {
                var exhausted = attempt == settings.MaxAttempts;
                delivery.RecordFailure(error.Message, clock.GetUtcNow().UtcDateTime, exhausted);
                await context.SaveChangesAsync(CancellationToken.None);
                if (exhausted)
                {
                    logger.LogError(
                        error, "Management review {Id} could not be sent to {Recipients} after {Attempts} attempts; the next run tries again.",
                        review.Id, delivery.Recipients, delivery.Attempts);
                    return;
                }

                logger.LogWarning("Sending management review {Id} failed ({Error}); retrying in {Delay}.", review.Id, error.Message, delay);
                await Task.Delay(delay, clock, cancellationToken);
                delay *= 2;
            }
        }
    }
}
