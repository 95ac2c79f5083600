using System.Globalization;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;

namespace CustomerComms.Domain.DemoData;

public sealed partial class DemoDataGenerator
{
    private const int ComplaintsPerScale = 600;

    /// <summary>Each complaint arrives in a communication and is acknowledged and answered in writing.</summary>
    private const int ComplaintCorrespondencePerScale = ComplaintsPerScale * 3;

    private static readonly (ComplaintCategory Category, double Weight)[] CategoryWeights =
    [
        (ComplaintCategory.ProductQuality, 34), (ComplaintCategory.Delivery, 26), (ComplaintCategory.Service, 14),
        (ComplaintCategory.Documentation, 9), (ComplaintCategory.Billing, 8), (ComplaintCategory.Communication, 6),
        (ComplaintCategory.Safety, 2), (ComplaintCategory.Other, 1),
    ];

    private static readonly (ComplaintSeverity Severity, double Weight)[] SeverityWeights =
    [
        (ComplaintSeverity.Low, 35), (ComplaintSeverity.Medium, 40), (ComplaintSeverity.High, 20), (ComplaintSeverity.Critical, 5),
    ];

    private readonly Dictionary<int, int> _correctiveActionSequence = [];

    /// <summary>
    /// Complaints in the order they arrived, with lifecycle times drawn per step. One month in the second year has a
    /// bad lot (two and a half times the usual rate) so that the complaint-rate chart shows a special cause.
    /// </summary>
    private async Task GenerateComplaintsAsync(CancellationToken cancellationToken)
    {
        var badLotMonth = new DateTime(_from.Year + 1, _from.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(7);
        var badLotEnd = badLotMonth.AddMonths(1);
        var count = ComplaintsPerScale * _options.Scale;
        var received = new List<DateTime>(count + (count / 10));
        for (var i = 0; i < count; i++)
        {
            received.Add(OfficeTime(_from, _until));
        }

        var extra = (int)(count / 36.0 * 1.5);
        for (var i = 0; i < extra; i++)
        {
            received.Add(OfficeTime(badLotMonth, badLotEnd));
        }

        received.Sort();
        var sequenceByYear = new Dictionary<int, int>();
        foreach (var receivedAt in received)
        {
            var year = receivedAt.Year;
            var sequence = sequenceByYear[year] = sequenceByYear.GetValueOrDefault(year) + 1;
            var inBadLot = receivedAt >= badLotMonth && receivedAt < badLotEnd;
            var complaint = NewComplaint(new ComplaintNumber(year, sequence), receivedAt, inBadLot);
            _monthly.CountComplaint(complaint);
            Add(complaint, "complaints");
            await FlushWhenFullAsync(cancellationToken);
        }

        await FlushAsync(cancellationToken);
    }

    private Complaint NewComplaint(ComplaintNumber number, DateTime receivedAt, bool inBadLot)
    {
        var customer = PickCustomer();
        var category = inBadLot && Chance(0.7) ? ComplaintCategory.ProductQuality : PickWeighted(CategoryWeights);
        var severity = category == ComplaintCategory.Safety ? ComplaintSeverity.Critical : PickWeighted(SeverityWeights);
        var product = Pick(DemoVocabulary.Products);
        var lot = inBadLot ? "L-BAD-07" : string.Create(CultureInfo.InvariantCulture, $"L-{receivedAt:yyMM}-{_random.Next(10, 99)}");
        var handler = Pick(DemoVocabulary.Staff);
        var description = category switch
        {
            ComplaintCategory.ProductQuality => $"{product} from lot {lot} leaks after installation.",
            ComplaintCategory.Delivery => $"Delivery of {product} arrived late and incomplete.",
            ComplaintCategory.Service => "The service engineer did not arrive at the agreed time.",
            ComplaintCategory.Documentation => $"The certificate of conformity for {product} is missing.",
            ComplaintCategory.Billing => "The invoice does not match the agreed price.",
            ComplaintCategory.Communication => "Nobody answered our three e-mails about the order.",
            ComplaintCategory.Safety => $"{product} overheated in operation; a technician was nearly injured.",
            _ => "Other issue with the supply.",
        };

        var inbound = new Communication(
            customer, CommunicationKind.Complaint, CommunicationDirection.Inbound,
            Chance(0.6) ? CommunicationChannel.Email : CommunicationChannel.Phone,
            $"Complaint: {product}", description, receivedAt, handler, customer.PrimaryContact);
        var complaint = new Complaint(
            number, customer, severity, category, description, receivedAt, inbound, product, lot,
            isSafetyRelated: category == ComplaintCategory.Safety,
            remedySought: Chance(0.5) ? "Replacement" : "Credit note",
            owner: handler);
        _summary.Add("communications", 1);
        PlayLifecycle(complaint, customer, handler);
        return complaint;
    }

    /// <summary>Moves the complaint along its workflow as far as the history reaches.</summary>
    private void PlayLifecycle(Complaint complaint, Customers.Customer customer, string handler)
    {
        var sla = ComplaintSlaPolicy.For(complaint.Severity);
        // Most complaints are acknowledged well within the SLA; some are late.
        var at = After(complaint.ReceivedAt, sla.Acknowledgement * (Chance(0.9) ? 0.3 : 1.4));
        if (at >= _until)
        {
            return;
        }

        complaint.Acknowledge(at);
        Correspond(complaint, customer, handler, $"We have received your complaint {complaint.Number}", at);

        at = After(at, TimeSpan.FromHours(20));
        if (at >= _until)
        {
            return;
        }

        complaint.Assess(complaint.Severity, complaint.IsSafetyRelated, complaint.RemedySought, at);
        at = After(at, TimeSpan.FromHours(12));
        if (at >= _until)
        {
            return;
        }

        complaint.StartInvestigation(at, "Affected stock blocked and inspected.");
        if (Chance(0.1))
        {
            complaint.PauseSla(at, "Waiting for samples from the customer");
            at = After(at, TimeSpan.FromDays(3));
            if (at >= _until)
            {
                return;
            }

            complaint.ResumeSla(at);
        }

        at = After(at, sla.Response * (Chance(0.85) ? 0.4 : 1.3));
        if (at >= _until)
        {
            return;
        }

        if (complaint.Severity >= ComplaintSeverity.High && Chance(0.5))
        {
            RaiseCorrectiveAction(complaint, handler, at);
        }

        complaint.RecordRootCause(complaint.Category == ComplaintCategory.ProductQuality
            ? "Seal material outside specification from one supplier batch."
            : "Order entry step skipped during peak load.");
        complaint.Respond("We replaced the affected goods and changed the process to prevent a recurrence.", at);
        Correspond(complaint, customer, handler, $"Our response to complaint {complaint.Number}", at);

        if (Chance(0.08))
        {
            at = After(at, TimeSpan.FromDays(4));
            if (at >= _until)
            {
                return;
            }

            complaint.Escalate("The customer does not accept a credit note and asks for a site visit.", at);
            at = After(at, TimeSpan.FromDays(3));
            if (at >= _until)
            {
                return;
            }

            complaint.StartInvestigation(at);
            at = After(at, TimeSpan.FromDays(4));
            if (at >= _until)
            {
                return;
            }

            complaint.Respond("After the site visit we replaced the complete installation.", at);
        }

        at = After(at, TimeSpan.FromDays(5));
        if (at >= _until)
        {
            return;
        }

        var accepted = Chance(0.88);
        complaint.Close(accepted, accepted ? 3 + _random.Next(3) : 1 + _random.Next(2), at);

        if (Chance(0.03))
        {
            // The fault returns: the complaint is reopened and worked through once more.
            var steps = new Action<DateTime>[]
            {
                time => complaint.Reopen("The fault came back on the replacement unit.", time),
                time => complaint.StartInvestigation(time),
                time => complaint.Respond("The replacement unit was exchanged and the installation checked on site.", time),
                time => complaint.Close(customerAccepted: true, 3, time),
            };
            foreach (var step in steps)
            {
                at = After(at, TimeSpan.FromDays(4));
                if (at >= _until)
                {
                    return;
                }

                step(at);
            }
        }
    }

    /// <summary>A corrective action raised from the complaint, worked through as far as the history reaches.</summary>
    private void RaiseCorrectiveAction(Complaint complaint, string owner, DateTime openedAt)
    {
        var year = openedAt.Year;
        var sequence = _correctiveActionSequence[year] = _correctiveActionSequence.GetValueOrDefault(year) + 1;
        var action = new CorrectiveAction(
            new CorrectiveActionNumber(year, sequence), CorrectiveActionSource.Complaint,
            $"Prevent recurrence of {complaint.Category} issue on {complaint.Product}",
            $"Raised from complaint {complaint.Number}: {complaint.Description}", owner, openedAt, complaint,
            dueAt: openedAt.AddDays(45));
        Add(action, "corrective actions");
        action.RecordContainment("Stock from the affected lot blocked; customers with open orders informed.");
        var at = After(openedAt, TimeSpan.FromDays(2));
        if (at >= _until)
        {
            return;
        }

        action.RecordCauseAnalysis("Supplier changed seal compound without notice.", CauseAnalysisMethod.FiveWhys);
        action.Start(at);
        var steps = 1 + _random.Next(3);
        for (var step = 1; step <= steps; step++)
        {
            action.AddStep(
                step switch { 1 => "Update incoming inspection plan", 2 => "Requalify supplier material", _ => "Train line operators" },
                Pick(DemoVocabulary.Staff), at.AddDays(10 * step));
        }

        for (var step = 1; step <= steps; step++)
        {
            at = After(at, TimeSpan.FromDays(8));
            if (at >= _until)
            {
                return;
            }

            action.CompleteStep(step, at, "Done and recorded.");
        }

        action.MarkImplemented(at);
        at = After(at, TimeSpan.FromDays(30));
        if (at >= _until)
        {
            return;
        }

        var effective = Chance(0.85);
        action.VerifyEffectiveness(effective, effective ? "No recurrence in 30 days." : "Two further complaints on the same lot.", "Quality manager", at);
        if (!effective)
        {
            return;
        }

        at = After(at, TimeSpan.FromDays(3));
        if (at < _until)
        {
            action.Close(at);
        }
    }

    private void Correspond(Complaint complaint, Customers.Customer customer, string handler, string subject, DateTime at)
    {
        var outbound = new Communication(
            customer, CommunicationKind.Complaint, CommunicationDirection.Outbound, CommunicationChannel.Email,
            subject, null, at, handler, customer.PrimaryContact);
        outbound.AssignToComplaint(complaint);
        _context.Add(outbound);
        _summary.Add("communications", 1);
    }
}
