namespace CustomerComms.Api.Reports;

/// <summary>The <c>Reports:Schedule:Smtp</c> section: the mail server the scheduled reviews are sent through.</summary>
public sealed class SmtpSettings
{
    public string Host { get; init; } = "localhost";

    public int Port { get; init; } = 25;

    /// <summary>The sender address.</summary>
    public string From { get; init; } = "customercomms@localhost";

    public bool EnableSsl { get; init; }

    /// <summary>With <see cref="Password"/>, the credentials sent to the server; none when empty.</summary>
    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>How long one delivery attempt may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
