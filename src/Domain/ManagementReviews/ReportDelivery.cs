using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.ManagementReviews;

/// <summary>
/// The sending of a stored management review to its recipients by e-mail: every attempt is counted and the last error
/// kept, so a delivery that does not get through stays on record instead of being lost.
/// </summary>
public sealed class ReportDelivery : Entity
{
    public const int RecipientsMaxLength = 2000;
    public const int ErrorMaxLength = 2000;

    private ReportDelivery()
    {
    }

    /// <param name="managementReviewId">The stored review that is sent.</param>
    /// <param name="recipients">The addresses, at least one.</param>
    public ReportDelivery(int managementReviewId, IEnumerable<string> recipients)
    {
        ManagementReviewId = Require.Positive(managementReviewId, "managementReviewId");
        ArgumentNullException.ThrowIfNull(recipients);
        Recipients = Require.Text(string.Join(", ", recipients.Select(r => r.Trim()).Where(r => r.Length > 0)), "recipients", RecipientsMaxLength);
        Status = ReportDeliveryStatus.Pending;
    }

    public int ManagementReviewId { get; private set; }

    /// <summary>The addresses, separated by <c>", "</c>.</summary>
    public string Recipients { get; private set; } = "";

    public ReportDeliveryStatus Status { get; private set; }

    /// <summary>Attempts made so far, over all runs.</summary>
    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? LastAttemptAt { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    /// <summary>The addresses one by one.</summary>
    public IReadOnlyList<string> RecipientList => Recipients.Split(", ", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Records a failed attempt; <paramref name="exhausted"/> marks the delivery failed until the next run.</summary>
    public void RecordFailure(string error, DateTime at, bool exhausted)
    {
        EnsureNotDelivered();
        var message = string.IsNullOrWhiteSpace(error) ? "unknown error" : error.Trim();
        LastError = message.Length > ErrorMaxLength ? message[..ErrorMaxLength] : message;
        LastAttemptAt = Require.Utc(at, "at");
        Attempts++;
        Status = exhausted ? ReportDeliveryStatus.Failed : ReportDeliveryStatus.Pending;
    }

    /// <summary>Records the attempt that got the message accepted by the mail server.</summary>
    public void RecordDelivered(DateTime at)
    {
        EnsureNotDelivered();
        LastAttemptAt = Require.Utc(at, "at");
        DeliveredAt = LastAttemptAt;
        Attempts++;
        Status = ReportDeliveryStatus.Delivered;
    }

    private void EnsureNotDelivered()
    {
        if (Status == ReportDeliveryStatus.Delivered)
        {
            throw new InvalidTransitionException(nameof(ReportDelivery), Status.ToString(), "Delivered", [], "the report has been delivered already");
        }
    }
}
