using CustomerComms.Domain.Risks;

namespace CustomerComms.Domain.DemoData;

public sealed partial class DemoDataGenerator
{
    private static readonly (RiskKind Kind, string Title, string Category, string Process)[] RiskTemplates =
    [
        (RiskKind.Risk, "Single-source seal supplier", "Supply", "Purchasing"),
        (RiskKind.Risk, "Complaint backlog during peak season", "Customer service", "Complaint handling"),
        (RiskKind.Risk, "Misunderstood verbal order changes", "Customer communication", "Order handling"),
        (RiskKind.Risk, "Loss of customer tooling in storage", "Customer property", "Warehousing"),
        (RiskKind.Risk, "Late regulatory change not communicated", "Compliance", "Requirements management"),
        (RiskKind.Risk, "Key-account knowledge held by one person", "People", "Sales"),
        (RiskKind.Risk, "Carrier strike delays deliveries", "Logistics", "Shipping"),
        (RiskKind.Risk, "Calibration records incomplete", "Measurement", "Quality control"),
        (RiskKind.Opportunity, "Customer portal for order status", "Digital", "Order handling"),
        (RiskKind.Opportunity, "Joint improvement workshops with top customers", "Customer relationship", "Sales"),
        (RiskKind.Opportunity, "Predictive maintenance offer", "New service", "Service"),
        (RiskKind.Opportunity, "Automated survey follow-up", "Customer feedback", "Customer service"),
    ];

    /// <summary>The register of risks and opportunities with assessments, treatments and reviews; a few reviews are overdue.</summary>
    private async Task GenerateRisksAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; round < 3; round++)
        {
            foreach (var (kind, title, category, process) in RiskTemplates)
            {
                if (round > 0 && !Chance(0.4))
                {
                    continue;
                }

                var identifiedAt = OfficeTime(_from, _from.AddMonths(6 + (12 * round)));
                var entry = new RiskOpportunity(
                    kind, round == 0 ? title : $"{title} ({process}, {identifiedAt:yyyy})", $"{title}: identified in the annual risk workshop.",
                    category, "Risk workshop", process, Pick(DemoVocabulary.Staff),
                    1 + _random.Next(5), 1 + _random.Next(5), reviewFrequencyMonths: Chance(0.5) ? 6 : 12, identifiedAt);
                entry.Assess(entry.Likelihood, entry.Impact);
                var treatment = kind == RiskKind.Risk
                    ? PickWeighted<RiskTreatment>([(RiskTreatment.Mitigate, 6), (RiskTreatment.Transfer, 1), (RiskTreatment.Avoid, 1), (RiskTreatment.Accept, 2)])
                    : PickWeighted<RiskTreatment>([(RiskTreatment.Exploit, 3), (RiskTreatment.Enhance, 3), (RiskTreatment.Share, 1), (RiskTreatment.Accept, 1)]);
                entry.PlanTreatment(
                    treatment,
                    treatment == RiskTreatment.Accept ? null : "Owner to carry out the agreed actions and report at the next review.",
                    Math.Max(1, entry.Likelihood - 1 - _random.Next(2)), Math.Max(1, entry.Impact - _random.Next(2)));
                if (treatment == RiskTreatment.Accept)
                {
                    entry.StartMonitoring();
                }
                else
                {
                    entry.StartTreatment();
                }

                // Reviews at the set frequency while the history lasts; some are missed, leaving the entry overdue.
                var reviewAt = identifiedAt.AddMonths(entry.ReviewFrequencyMonths);
                while (reviewAt < _until && Chance(0.85))
                {
                    var effective = Chance(0.75);
                    entry.RecordReview(
                        reviewAt, Pick(DemoVocabulary.Staff), Math.Max(1, entry.Likelihood - _random.Next(3)), Math.Max(1, entry.Impact - _random.Next(2)),
                        effective, effective ? null : "Actions were late; the likelihood did not fall.");
                    reviewAt = reviewAt.AddMonths(entry.ReviewFrequencyMonths);
                }

                Add(entry, "risks and opportunities");
            }
        }

        await FlushAsync(cancellationToken);
    }
}
