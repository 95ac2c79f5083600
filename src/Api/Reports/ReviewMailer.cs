using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using System.Text.Json;
using CustomerComms.Domain.ManagementReviews;

namespace CustomerComms.Api.Reports;

/// <summary>Sends a stored review over SMTP: a short summary in the body and the document attached.</summary>
public sealed class ReviewMailer(ReportScheduleSettings settings)
{
    /// <summary>Hands the message to the configured server; throws when the server does not accept it.</summary>
    public async Task SendAsync(ManagementReview review, IReadOnlyList<string> recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(recipients);
        var smtp = settings.Smtp;
        using var message = new MailMessage
        {
            From = new MailAddress(smtp.From),
            Subject = review.Title,
            SubjectEncoding = Encoding.UTF8,
            Body = Summary(review),
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        foreach (var recipient in recipients)
        {
            message.To.Add(recipient);
        }

        using var content = new MemoryStream(review.Content.ToArray(), writable: false);
        using var attachment = new Attachment(content, new ContentType(review.ContentType));
        attachment.ContentDisposition!.FileName = ReviewArchive.FileNameOf(review);
        message.Attachments.Add(attachment);

        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        await client.SendMailAsync(message, cancellationToken);
    }

    /// <summary>The plain-text body: period, headline figures from the data snapshot, and where to get the record.</summary>
    public string Summary(ManagementReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"{review.Title}");
        text.AppendLine(culture, $"Period: {review.PeriodFrom:yyyy-MM-dd} to {review.PeriodTo:yyyy-MM-dd}");
        foreach (var line in Headlines(review.DataSnapshot))
        {
            text.AppendLine(line);
        }

        text.AppendLine();
        text.AppendLine(culture, $"The review is attached ({ReviewArchive.FileNameOf(review)}) and stored as record {review.Id}, SHA-256 {review.ContentHash}.");
        if (!string.IsNullOrWhiteSpace(settings.PublicUrl))
        {
            text.AppendLine(culture, $"Download: {settings.PublicUrl.TrimEnd('/')}/reports/{review.Id}");
        }

        return text.ToString();
    }

    private static IEnumerable<string> Headlines(string snapshot)
    {
        using var document = JsonDocument.Parse(snapshot);
        var root = document.RootElement;
        if (root.TryGetProperty("complaints", out var complaints)
            && complaints.TryGetProperty("received", out var received) && received.TryGetInt32(out var now)
            && complaints.TryGetProperty("previousReceived", out var previous) && previous.TryGetInt32(out var before))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"Complaints received: {now} (previous period: {before})");
        }

        if (root.TryGetProperty("improvements", out var improvements)
            && improvements.TryGetProperty("opportunities", out var opportunities) && opportunities.ValueKind == JsonValueKind.Array)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"Opportunities for improvement: {opportunities.GetArrayLength()}");
        }
    }
}
