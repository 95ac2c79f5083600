namespace CustomerComms.Api.Reports;

/// <summary>
/// The <c>Reports:Schedule</c> section. When enabled, the review of each period is generated
/// <see cref="DayOffset"/> days after the period's last day and mailed to <see cref="Recipients"/>.
/// </summary>
public sealed class ReportScheduleSettings
{
    public bool Enabled { get; init; }

    public ReportFrequency Frequency { get; init; } = ReportFrequency.Quarterly;

    /// <summary>Days to wait after the period's last day, so late records of the period are in (0 generates on the next day).</summary>
    public int DayOffset { get; init; } = 1;

    /// <summary>Addresses the review is sent to; an entry may hold several separated by commas or semicolons.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    public string Title { get; init; } = "Management review";

    /// <summary>How often the schedule looks for a closed period and for deliveries still to be made.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Delivery attempts per run before the delivery is recorded as failed (the next run tries again).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Wait before the second attempt; doubled before each further one.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The API's public address, for the download link in the mail (e.g. <c>https://comms.example.com</c>); none when empty.</summary>
    public string? PublicUrl { get; init; }

    public SmtpSettings Smtp { get; init; } = new();

    /// <summary>The recipients one address per entry.</summary>
    public IReadOnlyList<string> RecipientAddresses =>
        [.. Recipients.SelectMany(r => r.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <exception cref="InvalidOperationException">The enabled schedule cannot run; the message names the key.</exception>
    public void Validate()
    {
        if (!Enabled)
        {
            return;
        }

        if (RecipientAddresses.Count == 0)
        {
            throw new InvalidOperationException("Reports:Schedule:Recipients needs at least one address when the schedule is enabled.");
        }

        if (!Enum.IsDefined(Frequency))
        {
            throw new InvalidOperationException("Reports:Schedule:Frequency must be Monthly, Quarterly, HalfYearly or Yearly.");
        }

        if (DayOffset is < 0 or > 60 || MaxAttempts is < 1 or > 100 || PollInterval <= TimeSpan.Zero || RetryDelay < TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                "Reports:Schedule needs DayOffset 0–60, MaxAttempts 1–100, a positive PollInterval and a RetryDelay not below zero.");
        }

        if (string.IsNullOrWhiteSpace(Smtp.Host) || Smtp.Port is < 1 or > 65535 || string.IsNullOrWhiteSpace(Smtp.From))
        {
            throw new InvalidOperationException("Reports:Schedule:Smtp needs a Host, a Port from 1 to 65535 and a From address.");
        }
    }
}
