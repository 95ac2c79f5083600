using System.Globalization;
using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.ManagementReviews;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.ManagementReviews;

/// <summary>
/// Management reviews (ISO 9001 §9.3): the stored report records, the decisions and actions recorded from them
/// (§9.3.3) and the mailing of scheduled reviews.
/// </summary>
internal static class ManagementReviewSchema
{
    public static SchemaBuilder AddManagementReviewDataFields(this SchemaBuilder builder)
    {
        return builder
            .FilterFields<ManagementReview>(f => f
                .Field(r => r.Title).Field(r => r.PeriodFrom).Field(r => r.PeriodTo).Field(r => r.Format).Field(r => r.TemplateName)
                .Field(r => r.TemplateHash).Field(r => r.ContentHash).Field(r => r.ContentLength).Field(r => r.GeneratedBy)
                .Field(r => r.GeneratedAt).Field(r => r.CreatedAt).Field(r => r.Outputs))
            .SortFields<ManagementReview>(f => f
                .Field(r => r.Title).Field(r => r.PeriodFrom).Field(r => r.PeriodTo).Field(r => r.Format).Field(r => r.ContentLength)
                .Field(r => r.GeneratedBy).Field(r => r.GeneratedAt).Field(r => r.CreatedAt))
            .FilterFields<ManagementReviewOutput>(f => f
                .Field(o => o.Kind).Field(o => o.Description).Field(o => o.Owner).Field(o => o.DueDate).Field(o => o.Status)
                .Field(o => o.CompletedAt).Field(o => o.CreatedAt).Field(o => o.UpdatedAt))
            .SortFields<ManagementReviewOutput>(f => f
                .Field(o => o.Kind).Field(o => o.Owner).Field(o => o.DueDate).Field(o => o.Status).Field(o => o.CompletedAt)
                .Field(o => o.CreatedAt).Field(o => o.UpdatedAt));
    }

    public static SchemaBuilder AddManagementReviews(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .Enum<ReportFormat>("ReportFormat", type => type
                .Description("The kind of document a management review is generated as.")
                .Value("HTML", description: "One self-contained, print-ready HTML file with inline SVG charts.")
                .Value("MARKDOWN", description: "Markdown with tables instead of charts, for wikis and e-mail.")
                .Value("PDF", description: "The HTML printed to PDF by headless Chromium."))
            .Enum<ReviewOutputKind>("ReviewOutputKind", type => type
                .Description("What a management review decided (ISO 9001 §9.3.3): a decision, or an action someone owns.")
                .Value("DECISION", description: "A decision recorded by the review.")
                .Value("ACTION", description: "An action with an owner and a due date, reported on by the next review."))
            .Enum<ReviewOutputStatus>("ReviewOutputStatus", type => type
                .Description("Where a decision or action stands: open until done or cancelled; both are final.")
                .Value("OPEN", description: "Not yet done.")
                .Value("DONE", description: "Carried out (final).")
                .Value("CANCELLED", description: "Dropped, with the reason in its completion note (final)."))
            .Enum<ReportDeliveryStatus>("ReportDeliveryStatus", type => type
                .Description("Whether a scheduled review has reached its recipients by e-mail.")
                .Value("PENDING", description: "Not yet sent, or to be tried again.")
                .Value("DELIVERED", description: "Accepted by the mail server for every recipient.")
                .Value("FAILED", description: "Every attempt failed; the last error is recorded."))
            .Object<ManagementReview>("ManagementReview", type => type
                .Description("A generated management-review report (ISO 9001 §9.3), stored as an immutable record (§7.5): the period, the template, the document's hash and the data it was made from. Only its outputs are added later.")
                .Node("ManagementReview", nodes)
                .Field(r => r.Title, f => f.Description("The title written on the document."))
                .Field(r => r.PeriodFrom, f => f.Description("The first day the review covers."))
                .Field(r => r.PeriodTo, f => f.Description("The last day the review covers (included)."))
                .Field(r => r.Format, f => f.Description("The kind of document."))
                .Field(r => r.ContentType, f => f.Description("The document's media type, e.g. `text/html; charset=utf-8`."))
                .Field(r => r.ContentLength, f => f.Description("The document's size in bytes."))
                .Field(r => r.ContentHash, f => f.Description("SHA-256 of the document's bytes, lower-case hex: the bytes served by `downloadUrl` hash to it."))
                .Field(r => r.TemplateName, f => f.Description("The layout the document was rendered with, marked when templates were overridden."))
                .Field(r => r.TemplateHash, f => f.Description("SHA-256 over every template used, so the exact layout can be told apart."))
                .Field(r => r.DataSnapshot, f => f.Description("The report data the document was rendered from, as JSON."))
                .Field(r => r.GeneratedBy, f => f.Description("Who or what generated the review: a user, the report command or the schedule."))
                .Field(r => r.GeneratedAt, f => f.Description("The moment written on the report (UTC)."))
                .Field("downloadUrl", "String!", ctx => DownloadPath(ctx.ParentAs<ManagementReview>()), f => f
                    .Description("Where the document is downloaded, relative to the API's address (`GET /reports/{id}`); the server refuses to serve a document that no longer matches its hash."))
                .FieldAsync("outputs", "[ManagementReviewOutput!]!", ctx => ctx.LoadChildrenAsync<ManagementReviewOutput>(ctx.ParentAs<ManagementReview>().Id, o => o.ManagementReviewId), f => f
                    .Description("The decisions and actions recorded from the review, in the order recorded; the next review reports on them under a)."))
                .FieldAsync("deliveries", "[ReportDelivery!]!", ctx => ctx.LoadChildrenAsync<ReportDelivery>(ctx.ParentAs<ManagementReview>().Id, d => d.ManagementReviewId), f => f
                    .Description("The e-mail deliveries of the review (scheduled reviews only), oldest first.")))
            .Object<ManagementReviewOutput>("ManagementReviewOutput", type => type
                .Description("A decision or action that came out of a management review (ISO 9001 §9.3.3); later reviews report on its status (§9.3.2 a).")
                .Node("ManagementReviewOutput", nodes)
                .Field(o => o.Kind, f => f.Description("Decision or action."))
                .Field(o => o.Description, f => f.Description("What was decided or is to be done."))
                .Field(o => o.Owner, f => f.Description("Who is responsible; always set for an action."))
                .Field(o => o.DueDate, f => f.Description("When it is due, if a date was set."))
                .Field(o => o.Status, f => f.Description("Open, done or cancelled."))
                .Field(o => o.CompletedAt, f => f.Description("When it was done or cancelled (UTC); null while open."))
                .Field(o => o.CompletionNote, f => f.Description("The note given when it was done, or the reason it was cancelled."))
                .Field(o => o.AllowedTransitions, f => f.Description("The statuses it can move to now with `updateReviewOutput`; empty once done or cancelled."))
                .Field("isOverdue", "Boolean!", ctx => ctx.ParentAs<ManagementReviewOutput>().IsOverdue(Today(ctx)), f => f
                    .Description("True when it is still open after its due date (today in UTC)."))
                .FieldAsync("review", "ManagementReview!", async ctx => (await ctx.LoadAsync<ManagementReview>(ctx.ParentAs<ManagementReviewOutput>().ManagementReviewId))!, f => f
                    .Description("The review it came out of.")))
            .Object<ReportDelivery>("ReportDelivery", type => type
                .Description("The sending of a scheduled management review by e-mail: every attempt is counted and the last error kept, so a delivery that does not get through stays on record.")
                .Node("ReportDelivery", nodes)
                .Field("recipients", "[String!]!", ctx => ctx.ParentAs<ReportDelivery>().RecipientList, f => f.Description("The addresses the review is sent to."))
                .Field(d => d.Status, f => f.Description("Pending, delivered or failed (tried again on the next run)."))
                .Field(d => d.Attempts, f => f.Description("Attempts made so far, over every run."))
                .Field(d => d.LastError, f => f.Description("What the last failed attempt reported; null when none failed."))
                .Field(d => d.LastAttemptAt, f => f.Description("When the last attempt was made (UTC)."))
                .Field(d => d.DeliveredAt, f => f.Description("When the mail server accepted the message (UTC); null until then."))
                .FieldAsync("review", "ManagementReview!", async ctx => (await ctx.LoadAsync<ManagementReview>(ctx.ParentAs<ReportDelivery>().ManagementReviewId))!, f => f
                    .Description("The review that is sent.")))
            .Query(query => query
                .Connection("managementReviews", ctx => ctx.Query<ManagementReview>(), c => c
                    .Description("Stored management reviews, filtered and ordered as asked (by default in the order they were generated).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance))
                .Connection("managementReviewOutputs", ctx => ctx.Query<ManagementReviewOutput>(), c => c
                    .Description("The decisions and actions of every management review, e.g. the open actions of one owner (by default in the order they were recorded).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)));
    }

    /// <summary>The path of <c>GET /reports/{id}</c>, which serves the record by its database key.</summary>
    private static string DownloadPath(ManagementReview review) =>
        string.Create(CultureInfo.InvariantCulture, $"/reports/{review.Id}");

    private static DateOnly Today(ResolveContext context) =>
        DateOnly.FromDateTime(context.Service<TimeProvider>().GetUtcNow().UtcDateTime);
}
