using CustomerComms.Domain.Contingency;
using CustomerComms.Domain.Property;

namespace CustomerComms.Domain.DemoData;

public sealed partial class DemoDataGenerator
{
    /// <summary>Customer property held for customers (8.2.1 d), a few lost or damaged and reported to the owner.</summary>
    private async Task GeneratePropertyAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < 40; i++)
        {
            var customer = PickCustomer();
            var kind = PickWeighted<PropertyKind>([(PropertyKind.Tooling, 4), (PropertyKind.Material, 4), (PropertyKind.Documentation, 2), (PropertyKind.PersonalData, 1)]);
            var receivedAt = OfficeTime(_from, _until.AddDays(-10));
            var item = new CustomerPropertyItem(
                customer.Id,
                kind switch
                {
                    PropertyKind.Tooling => "Injection mould for housing",
                    PropertyKind.Material => "Free-issue stainless steel bar stock",
                    PropertyKind.Documentation => "Customer drawings and specifications",
                    _ => "Customer's end-user contact list",
                },
                kind, receivedAt, Chance(0.9) ? "Good, as described on the delivery note" : "Outer packaging damaged; content checked and fine",
                $"Rack {(char)('A' + _random.Next(6))}-{_random.Next(1, 30)}", $"CP-{i + 1:D4}");
            if (Chance(0.4))
            {
                item.PutInUse();
            }

            if (Chance(0.12))
            {
                var occurredAt = After(receivedAt, TimeSpan.FromDays(60));
                var issue = item.ReportIssue(Chance(0.5) ? PropertyIssueKind.Damaged : PropertyIssueKind.Lost, "Found damaged during stock-take.", occurredAt, Pick(DemoVocabulary.Staff));
                var reportedAt = After(occurredAt, TimeSpan.FromDays(1));
                if (reportedAt < _until)
                {
                    item.RecordReportedToCustomer(issue, reportedAt);
                    var answeredAt = After(reportedAt, TimeSpan.FromDays(3));
                    if (answeredAt < _until)
                    {
                        item.RecordCustomerResponse(issue, "Customer agreed to a replacement at our cost.", answeredAt);
                    }
                }
            }
            else if (Chance(0.3))
            {
                var returnedAt = After(receivedAt, TimeSpan.FromDays(120));
                if (returnedAt < _until)
                {
                    item.Return(returnedAt);
                }
            }

            Add(item, "customer property items");
        }

        await FlushAsync(cancellationToken);
    }

    /// <summary>Contingency arrangements agreed with customers (8.2.1 e), some invoked.</summary>
    private async Task GenerateContingencyPlansAsync(CancellationToken cancellationToken)
    {
        var plans = new (string Title, string Trigger, string Actions)[]
        {
            ("Plant outage", "Production stops for more than 48 hours", "Supply from the second plant; daily status call with affected customers."),
            ("Carrier failure", "Contract carrier cannot collect for two days", "Switch to the backup carrier; inform customers of new delivery dates."),
            ("IT outage", "Order system unavailable for more than four hours", "Take orders by e-mail and phone on the paper form; confirm within one day of recovery."),
            ("Supplier insolvency", "A single-source supplier stops deliveries", "Release safety stock; qualify the alternative supplier; inform key accounts."),
            ("Product recall", "A safety-related defect is confirmed in shipped goods", "Recall procedure QP-12; notify customers and authorities within 24 hours."),
            ("Pandemic restrictions", "Site access restricted by authorities", "Remote service support; extended lead times agreed with customers."),
        };
        foreach (var (title, trigger, actions) in plans)
        {
            var customer = Chance(0.3) ? PickCustomer() : null;
            var plan = new ContingencyPlan(title, customer is null ? "All customers" : customer.Name, customer?.Id, trigger, actions, "Key-account managers inform the customers' buyers.", Pick(DemoVocabulary.Staff));
            plan.Activate();
            plan.RecordTest(OfficeTime(_from, _until), "Tabletop exercise; contact list updated.");
            if (Chance(0.5))
            {
                var invokedAt = OfficeTime(_from, _until.AddDays(-14));
                var invocation = plan.Invoke(invokedAt, $"{trigger}.");
                plan.RecordOutcome(invocation, "Customers supplied with at most three days' delay.", After(invokedAt, TimeSpan.FromDays(5)));
            }

            Add(plan, "contingency plans");
        }

        await FlushAsync(cancellationToken);
    }
}
