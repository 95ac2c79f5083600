using CustomerComms.Domain.Requirements;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.DemoData;

public sealed partial class DemoDataGenerator
{
    private static readonly (RequirementSource Source, string? Reference, string Title, string Text)[] RequirementTemplates =
    [
        (RequirementSource.Customer, "Framework agreement §4.2", "Delivery lead time", "Standard items are delivered within 10 working days of order confirmation."),
        (RequirementSource.Customer, "Quality agreement §7", "Certificate of conformity", "Every delivery carries a certificate of conformity per lot."),
        (RequirementSource.Customer, "Purchase order terms §3", "Packaging", "Goods are packed on returnable pallets, at most 800 kg each."),
        (RequirementSource.Statutory, "Regulation (EC) No 1907/2006 (REACH)", "Substances of very high concern", "Declare any SVHC above 0.1 % by weight in a supplied article."),
        (RequirementSource.Regulatory, "Directive 2014/68/EU (PED)", "Pressure equipment conformity", "Pressure-bearing parts are assessed and CE marked before supply."),
        (RequirementSource.Regulatory, "EN 10204:2004", "Inspection documents", "Material certificates of type 3.1 accompany pressure-bearing parts."),
        (RequirementSource.Organisation, "QM manual §8.2", "Order acknowledgement", "Orders are acknowledged within one working day."),
        (RequirementSource.Organisation, "QM manual §8.5", "Traceability", "Every shipped unit is traceable to its production lot."),
        (RequirementSource.Implied, null, "Fitness for intended use", "Valves operate leak-free over the stated pressure and temperature range."),
        (RequirementSource.Implied, null, "Spare parts availability", "Spare parts are available for at least ten years after the last delivery."),
    ];

    /// <summary>Requirements per product, their reviews before commitment and their later changes with the people told.</summary>
    private async Task GenerateRequirementsAsync(CancellationToken cancellationToken)
    {
        var requirements = new List<Requirement>();
        foreach (var product in DemoVocabulary.Products.Take(6))
        {
            foreach (var (source, reference, title, text) in RequirementTemplates.Where(_ => Chance(0.6)))
            {
                var customer = source == RequirementSource.Customer ? PickCustomer() : null;
                var requirement = new Requirement(source, reference, product, customer?.Id, title, text, Pick(DemoVocabulary.Staff));
                requirement.SubmitForReview();
                if (Chance(0.9))
                {
                    requirement.Accept();
                }

                Add(requirement, "requirements");
                requirements.Add(requirement);
            }
        }

        await FlushAsync(cancellationToken);

        for (var i = 0; i < 24; i++)
        {
            var customer = PickCustomer();
            var reviewedAt = OfficeTime(_from, _until.AddDays(-7));
            var review = new RequirementReview($"Tender T-{reviewedAt:yyyy}-{i + 1:D3} for {customer.Name}", customer.Id, Pick(DemoVocabulary.Staff), reviewedAt);
            var cannotMeet = false;
            foreach (var requirement in requirements.Where(_ => Chance(0.15)).Take(6).DefaultIfEmpty(requirements[0]))
            {
                var outcome = PickWeighted<ReviewItemOutcome>([(ReviewItemOutcome.CanMeet, 8), (ReviewItemOutcome.DifferenceResolved, 2), (ReviewItemOutcome.CannotMeet, 0.5)]);
                cannotMeet |= outcome == ReviewItemOutcome.CannotMeet;
                review.AddItem(requirement, outcome, outcome == ReviewItemOutcome.DifferenceResolved ? "Customer accepted 15 working days instead of 10." : null);
            }

            if (Chance(0.7))
            {
                review.ConfirmVerbalRequirements("Confirmed by e-mail with the customer's buyer after the phone call.");
            }

            if (i < 22)
            {
                review.Decide(
                    cannotMeet ? ReviewDecision.Declined : Chance(0.8) ? ReviewDecision.Accepted : ReviewDecision.AcceptedWithConditions,
                    cannotMeet ? "One requirement cannot be met with the current process." : "All requirements can be met.",
                    After(reviewedAt, TimeSpan.FromDays(2)));
            }

            Add(review, "requirement reviews");
        }

        await FlushAsync(cancellationToken);
        await GenerateRequirementChangesAsync(cancellationToken);
    }

    private async Task GenerateRequirementChangesAsync(CancellationToken cancellationToken)
    {
        var accepted = await _context.Set<Requirement>()
            .Include(r => r.Changes)
            .Where(r => r.Status == RequirementStatus.Accepted)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        foreach (var requirement in accepted.Where(_ => Chance(0.3)))
        {
            var changedAt = OfficeTime(_from.AddMonths(6), _until.AddDays(-3));
            var change = requirement.ApplyChange(
                requirement.Text + " Revised after the customer's request.",
                "Tolerance and documentation wording updated on the customer's request.",
                ["Drawing rev. " + (char)('B' + requirement.Revision - 1), "Inspection plan"],
                Pick(DemoVocabulary.Staff), changedAt);
            change.RecordNotification(Pick(DemoVocabulary.Staff), "Production planning", After(changedAt, TimeSpan.FromHours(4)));
            change.RecordNotification(Pick(DemoVocabulary.Staff), "Quality inspection", After(changedAt, TimeSpan.FromHours(6)));
            _summary.Add("requirement changes", 1);
        }

        await FlushAsync(cancellationToken);
    }
}
