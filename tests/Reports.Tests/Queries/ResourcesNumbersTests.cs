using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Reports.Model;
using static CustomerComms.Reports.Tests.Queries.HandMadeRecords;

namespace CustomerComms.Reports.Tests.Queries;

/// <summary>d) the open workload per owner at the end of June 2026 (2026-07-01 00:00), over hand-made records.</summary>
public sealed class ResourcesNumbersTests
{
    [Fact]
    public async Task BuildAsync_ItemsOfTwoOwnersAndOneWithoutOwner_CountsOpenAndOverdueItemsPerOwner()
    {
        var records = new HandMadeRecords();
        // Complaints (Medium: answer due 240 h after receipt).
        records.Investigating(At(2026, 6, 10), At(2026, 6, 10, 1));
        records.Investigating(At(2026, 6, 28), At(2026, 6, 28, 1));
        records.Answered(At(2026, 6, 5), At(2026, 6, 7, 12), At(2026, 6, 8), owner: null);
        records.Answered(At(2026, 6, 1), At(2026, 6, 1, 1), At(2026, 6, 3), owner: "Ben").Close(customerAccepted: true, 4, At(2026, 6, 4));
        records.Answered(At(2026, 6, 1), At(2026, 6, 1, 1), At(2026, 6, 3), owner: "Ben").Close(customerAccepted: true, 4, At(2026, 7, 2));
        records.Complaint(At(2026, 7, 1), owner: "Ben");
        // Corrective actions.
        records.Action(At(2026, 5, 1), dueAt: At(2026, 6, 15), owner: "Ben");
        records.Action(At(2026, 6, 1), dueAt: At(2026, 7, 1));
        records.Closed(At(2026, 5, 1), At(2026, 6, 19), At(2026, 6, 20), dueAt: At(2026, 6, 15), owner: "Ben");
        // Risks reviewed every 6 months: next review 07-01 09:00 (Ann) and 06-30 09:00 (Ben, overdue at the end).
        records.Risk(At(2026, 1, 1, 9), 2, 2);
        records.Risk(At(2025, 12, 30, 9), 2, 2, owner: "Ben");
        // Actions from a review in January; an action due on a day is overdue once that day is over.
        var january = records.Review(At(2026, 1, 10));
        january.AddOutput(ReviewOutputKind.Action, "Train the new staff.", "Ann", new DateOnly(2026, 6, 30));
        january.AddOutput(ReviewOutputKind.Action, "Audit the seal supplier.", "Ben", new DateOnly(2026, 7, 1));
        january.AddOutput(ReviewOutputKind.Action, "Update the complaint form.", "Ann", new DateOnly(2026, 6, 10)).Complete(At(2026, 7, 3));
        january.AddOutput(ReviewOutputKind.Action, "Renew the calibration contract.", "Ben", new DateOnly(2026, 6, 10)).Complete(At(2026, 6, 9));
        // An action from a review made after the end did not exist at it.
        records.Review(At(2026, 7, 1)).AddOutput(ReviewOutputKind.Action, "Hire a second handler.", "Ben", new DateOnly(2026, 7, 15));

        var resources = (await records.ReportAsync(June)).Resources;

        // Ann: complaints 06-10 (answer due 06-20, none given: overdue) and 06-28; the action due 07-01 00:00;
        // the risk due 07-01 09:00; review actions due 06-30 (overdue) and 06-10 (done only on 07-03: overdue).
        // Ben: the complaint closed on 07-02; the action due 06-15 (overdue); the risk due 06-30 09:00 (overdue);
        // the review action due 07-01. Without owner: the complaint acknowledged late but answered before the end.
        Assert.Equal(
            [
                new WorkloadLine("Ann", 2, 1, 1, 2, 3),
                new WorkloadLine("Ben", 1, 1, 1, 1, 2),
                new WorkloadLine("(unassigned)", 1, 0, 0, 0, 0),
            ],
            resources.Owners);
        Assert.Equal(1, resources.Unassigned);
    }

    [Fact]
    public async Task BuildAsync_NothingOpenAtTheEnd_ReportsNoOwners()
    {
        var records = new HandMadeRecords();
        records.Answered(At(2026, 6, 1), At(2026, 6, 1, 1), At(2026, 6, 3)).Close(customerAccepted: true, 4, At(2026, 6, 4));
        records.Closed(At(2026, 5, 1), At(2026, 6, 19), At(2026, 6, 20));
        records.Risk(At(2026, 7, 1), 2, 2);

        var resources = (await records.ReportAsync(June)).Resources;

        Assert.Empty(resources.Owners);
        Assert.Equal(0, resources.Unassigned);
    }
}
