using CustomerComms.Domain.Contingency;
using CustomerComms.Domain.Persistence;
using CustomerComms.Domain.Property;
using CustomerComms.Reports.Model;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Reports.Queries;

/// <summary>Customer property incidents and contingency plans invoked in the period.</summary>
internal static class PropertyAndContingencyQuery
{
    public static async Task<PropertyAndContingencySection> BuildAsync(CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken)
    {
        var incidents = db.Set<PropertyIssueReport>().Where(i => i.OccurredAt >= period.Start && i.OccurredAt < period.End);
        var byKind = await incidents.GroupBy(i => i.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var notReported = await incidents.CountAsync(i => i.ReportedToCustomerAt == null || i.ReportedToCustomerAt >= period.End, cancellationToken);
        var invocations = await (
            from invocation in db.Set<ContingencyInvocation>()
            join plan in db.Set<ContingencyPlan>() on invocation.ContingencyPlanId equals plan.Id
            where invocation.InvokedAt >= period.Start && invocation.InvokedAt < period.End
            orderby invocation.InvokedAt, invocation.Id
            select new { invocation.InvokedAt, plan.Title, invocation.Reason, invocation.Outcome, invocation.EndedAt }).ToListAsync(cancellationToken);
        return new PropertyAndContingencySection(
            Counting.Lines(byKind.Select(k => (k.Key, k.Count))),
            byKind.Sum(k => k.Count),
            notReported,
            invocations.Select(i => new ContingencyLine(
                DateOnly.FromDateTime(i.InvokedAt), i.Title, i.Reason, i.Outcome, i.EndedAt is { } e ? DateOnly.FromDateTime(e) : null)).ToList());
    }
}
