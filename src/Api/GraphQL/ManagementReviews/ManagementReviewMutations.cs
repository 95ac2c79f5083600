using System.Globalization;
using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Api.Reports;
using CustomerComms.Domain.Auditing;
using CustomerComms.Domain.Common;
using CustomerComms.Domain.ManagementReviews;
using CustomerComms.GraphQL.Types;
using CustomerComms.Reports;
using CustomerComms.Reports.Model;
using CustomerComms.Reports.Pdf;

namespace CustomerComms.Api.GraphQL.ManagementReviews;

/// <summary>Generating management reviews and recording and following up their decisions and actions.</summary>
internal static class ManagementReviewMutations
{
    private static readonly MutationResult ReviewResult = new("managementReview", "ManagementReview", "the stored review");
    private static readonly MutationResult OutputResult = new("output", "ManagementReviewOutput", "the decision or action as saved");

    public static SchemaBuilder AddManagementReviewMutations(this SchemaBuilder builder)
    {
        return builder
            .Mutation(
                "generateManagementReview",
                "Generates the management review of a period from the current records and stores it as an immutable record with its content hash; the document is then downloaded from its `downloadUrl`. Nothing is stored when the document cannot be produced.",
                input => input
                    .Field("from", "Date!", f => f.Description("The first day the review covers; not in the future."))
                    .Field("to", "Date!", f => f.Description($"The last day the review covers (included); at most {ReviewPeriodRules.MaxYears} years after `from`."))
                    .Field("format", "ReportFormat!", f => f.Description("The kind of document. PDF needs Chromium on the server."))
                    .Field("title", "String", f => f.Description($"The title written on the document, at most {ManagementReview.TitleMaxLength} characters; by default \"Management review <from> to <to>\".")),
                ReviewResult, MutationErrorKinds.Validation, GenerateAsync)
            .Mutation(
                "recordReviewOutput",
                "Records a decision or action that came out of a management review; the next review reports on it under a).",
                input => input
                    .Field("reviewId", "ID!", f => f.Description("The review it came out of."))
                    .Field("kind", "ReviewOutputKind!", f => f.Description("Decision or action."))
                    .Field("description", "String!", f => f.Description($"What was decided or is to be done, at most {ManagementReviewOutput.DescriptionMaxLength} characters."))
                    .Field("owner", "String", f => f.Description("Who is responsible; required for an action."))
                    .Field("dueDate", "Date", f => f.Description("When it is due; not before the review was generated.")),
                OutputResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, RecordOutputAsync)
            .Mutation(
                "updateReviewOutput",
                "Moves a decision or action on in its workflow: an open one is marked done or cancelled (both final).",
                input => input
                    .Field("id", "ID!", f => f.Description("The decision or action."))
                    .Field("version", "Int!", f => f.Description("The version you read; the change is refused if it changed since."))
                    .Field("status", "ReviewOutputStatus!", f => f.Description("The new status: one of its `allowedTransitions`."))
                    .Field("note", "String", f => f.Description($"How it was done (optional) or why it is cancelled (required), at most {ManagementReviewOutput.NoteMaxLength} characters.")),
                OutputResult, MutationErrorKinds.Transition, UpdateOutputAsync);
    }

    private static async Task<object> GenerateAsync(MutationContext input)
    {
        var now = input.Resolve.Service<TimeProvider>().GetUtcNow().UtcDateTime;
        var period = ReviewPeriodRules.Check(input.Required<DateOnly>("from"), input.Required<DateOnly>("to"), DateOnly.FromDateTime(now));
        var title = TitleOf(input, period);
        var format = input.Required<ReportFormat>("format");
        var generatedBy = input.Resolve.Service<AuditActor>().Name;
        try
        {
            // The same generation and storage as the report command and the schedule; it saves within the mutation's transaction.
            var (_, record) = await input.Resolve.Service<ReviewArchive>().GenerateAndStoreAsync(
                input.Db, new ReportRequest(period, format, title, now), generatedBy, input.CancellationToken);
            return record;
        }
        catch (PdfPrinterUnavailableException unavailable)
        {
            throw Invalid(
                $"PDF cannot be generated on this server: {unavailable.Message} Choose HTML or MARKDOWN, or install Chromium.",
                "format",
                "PDF_PRINTER_UNAVAILABLE");
        }
    }

    private static async Task<object> RecordOutputAsync(MutationContext input)
    {
        var review = await input.FindAsync<ManagementReview>("reviewId", "ManagementReview");
        return review.AddOutput(
            input.Required<ReviewOutputKind>("kind"),
            input.Required<string>("description"),
            input.Value<string>("owner"),
            input.Value<DateOnly?>("dueDate"));
    }

    private static async Task<object> UpdateOutputAsync(MutationContext input)
    {
        var output = await input.FindAsync<ManagementReviewOutput>("id", "ManagementReviewOutput");
        input.ExpectVersion(output, "ManagementReviewOutput");
        var target = input.Required<ReviewOutputStatus>("status");
        // The workflow is checked first, so a step the status does not allow is reported as such whatever the note says.
        if (!ReviewOutputWorkflow.CanMove(output.Status, target))
        {
            throw new InvalidTransitionException(
                nameof(ManagementReviewOutput),
                output.Status.ToString(),
                target.ToString(),
                [.. ReviewOutputWorkflow.AllowedFrom(output.Status).Select(s => s.ToString())]);
        }

        var now = input.Resolve.Service<TimeProvider>().GetUtcNow().UtcDateTime;
        var note = input.Value<string>("note");
        if (target == ReviewOutputStatus.Done)
        {
            output.Complete(now, note);
        }
        else
        {
            // The domain calls the cancellation note its reason; checked here so the error names this input's field.
            if (string.IsNullOrWhiteSpace(note))
            {
                throw Invalid("note is required to cancel: say why the decision or action is cancelled.", "note", "VALIDATION");
            }

            if (note.Trim().Length > ManagementReviewOutput.NoteMaxLength)
            {
                throw Invalid($"note must be at most {ManagementReviewOutput.NoteMaxLength} characters.", "note", "VALIDATION");
            }

            output.Cancel(now, note);
        }

        return output;
    }

    private static string TitleOf(MutationContext input, ReportPeriod period)
    {
        if (input.Value<string>("title") is not { } title)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Management review {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}");
        }

        // Checked before generating, so a title the record would refuse costs no rendering.
        if (string.IsNullOrWhiteSpace(title))
        {
            throw Invalid("title cannot be empty; leave it out for the default title.", "title", "VALIDATION");
        }

        var trimmed = title.Trim();
        return trimmed.Length <= ManagementReview.TitleMaxLength
            ? trimmed
            : throw Invalid($"title must be at most {ManagementReview.TitleMaxLength} characters.", "title", "VALIDATION");
    }

    private static MutationFailedException Invalid(string message, string field, string code) =>
        new(new ValidationError(message, field, code), message);
}
