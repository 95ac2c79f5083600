using CustomerComms.Domain.Complaints;
using CustomerComms.Reports.Model;
using static CustomerComms.Reports.Tests.Queries.HandMadeRecords;

namespace CustomerComms.Reports.Tests.Queries;

/// <summary>
/// c3) over June 2026 (end: 2026-07-01 00:00). Medium complaints must be acknowledged within 48 h and answered within
/// 240 h of receipt. Percentiles interpolate between order statistics (Hyndman–Fan type 7, as ProcessPerformanceQuery
/// documents): the p-quantile of n sorted values sits at position (n − 1)·p, counted from 0.
/// </summary>
public sealed class ProcessPerformanceNumbersTests
{
    [Fact]
    public async Task BuildAsync_FiveHandledComplaints_ReportsCountMedianMeanP90AndShareWithinSla()
    {
        var records = new HandMadeRecords();
        double[] acknowledgementHours = [1, 2, 3, 4, 50];
        double[] responseHours = [10, 20, 30, 40, 250];
        for (var i = 0; i < 5; i++)
        {
            var receivedAt = At(2026, 6, 1 + i);
            records.Answered(receivedAt, receivedAt.AddHours(acknowledgementHours[i]), receivedAt.AddHours(responseHours[i]));
        }

        // Nothing done: both steps were due before the end (acknowledgement 06-22, response 06-30 00:00).
        records.Complaint(At(2026, 6, 20));
        // Nothing done and nothing due yet (acknowledgement 07-01 12:00): left out of every figure.
        records.Complaint(At(2026, 6, 29, 12));
        // May, the previous period: acknowledged in 1 h, answered after 300 h (late).
        records.Answered(At(2026, 5, 10), At(2026, 5, 10, 1), At(2026, 5, 10).AddHours(300));

        var process = (await records.ReportAsync(June)).ProcessPerformance;

        // Acknowledgement: 1, 2, 3, 4, 50 h. Median at position 2 = 3; mean 60 / 5 = 12;
        // p90 at position 3.6 = 4 + 0.6 × (50 − 4) = 31.6. Due: the five done and the one from 06-20;
        // within 48 h: four of six = 66.6667 %.
        Assert.Equal(new TimeMeasure(5, 3, 12, 31.6, 6, 4, 66.6667), process.Acknowledgement);
        // Response: 10, 20, 30, 40, 250 h. Median 30; mean 350 / 5 = 70; p90 = 40 + 0.6 × (250 − 40) = 166;
        // within 240 h: four of six due.
        Assert.Equal(new TimeMeasure(5, 30, 70, 166, 6, 4, 66.6667), process.Response);
        Assert.Equal(new TimeMeasure(1, 1, 1, 1, 1, 1, 100), process.PreviousAcknowledgement);
        Assert.Equal(new TimeMeasure(1, 300, 300, 300, 1, 0, 0), process.PreviousResponse);
    }

    [Fact]
    public async Task BuildAsync_SlaPausedWhileWaitingOnTheCustomer_NeitherCountsThePauseNorMissesTheSla()
    {
        var records = new HandMadeRecords();
        var complaint = records.Investigating(At(2026, 6, 1), At(2026, 6, 1, 10));
        complaint.PauseSla(At(2026, 6, 2), "Waiting for samples");
        complaint.ResumeSla(At(2026, 6, 5));
        complaint.Respond("We replace the pump.", At(2026, 6, 12));

        var process = (await records.ReportAsync(June)).ProcessPerformance;

        // Answered 264 h after receipt, 72 h of it paused: 192 h. The response was due 240 + 72 = 312 h after
        // receipt (06-14 00:00), so it is within the SLA although 264 h is more than 240 h.
        Assert.Equal(new TimeMeasure(1, 192, 192, 192, 1, 1, 100), process.Response);
        Assert.Equal(0, process.OverdueComplaints);
    }

    [Fact]
    public async Task BuildAsync_SlaStillPausedAtTheEnd_ResponseNeitherDueNorOverdue()
    {
        var records = new HandMadeRecords();
        var complaint = records.Investigating(At(2026, 6, 15), At(2026, 6, 15, 1));
        complaint.PauseSla(At(2026, 6, 16), "Waiting for samples");

        var process = (await records.ReportAsync(June)).ProcessPerformance;

        // The response would be due 06-25 00:00, but the clock stopped on 06-16 with 216 h left: at the end of the
        // period the complaint is judged as at the pause, when nothing was late (Complaint.IsOverdue).
        Assert.Equal(new TimeMeasure(0, null, null, null, 0, 0, null), process.Response);
        Assert.Equal(0, process.OverdueComplaints);
    }

    [Fact]
    public async Task BuildAsync_ComplaintsReceivedOnTheLastDayAndTheDayAfter_CountsOnlyTheLastDay()
    {
        var records = new HandMadeRecords();
        // Received in the last hour of the period and acknowledged after it, 2 h later: counted.
        records.Investigating(At(2026, 6, 30, 23), At(2026, 7, 1, 1));
        // Received at the first instant after the period: not counted.
        records.Investigating(At(2026, 7, 1), At(2026, 7, 1, 5));

        var process = (await records.ReportAsync(June)).ProcessPerformance;

        Assert.Equal(new TimeMeasure(1, 2, 2, 2, 1, 1, 100), process.Acknowledgement);
    }

    [Fact]
    public async Task BuildAsync_CommunicationsOwedAnAnswer_CountsThoseDueInThePeriodAndThoseOverdueAtItsEnd()
    {
        var records = new HandMadeRecords();
        records.Inbound(At(2026, 6, 1), responseDue: At(2026, 6, 10), respondedAt: At(2026, 6, 9));
        records.Inbound(At(2026, 6, 1), responseDue: At(2026, 6, 20), respondedAt: At(2026, 6, 21));
        records.Inbound(At(2026, 6, 1), responseDue: At(2026, 6, 30, 12));
        records.Inbound(At(2026, 6, 1), responseDue: At(2026, 6, 30), respondedAt: At(2026, 7, 2));
        records.Inbound(At(2026, 6, 1), responseDue: At(2026, 7, 1));
        records.Inbound(At(2026, 5, 1), responseDue: At(2026, 5, 31));
        records.Inbound(At(2026, 6, 1));

        var process = (await records.ReportAsync(June)).ProcessPerformance;

        // Due in June: 06-10, 06-20, 06-30 12:00 and 06-30; due at 07-01 00:00 is the first instant after it.
        // On time: only the one due 06-10 (answered the day before): 1 of 4 = 25 %.
        Assert.Equal((4, 25.0), (process.CommunicationsWithResponseDue, process.CommunicationsAnsweredOnTimePercent));
        // Unanswered at 07-01 00:00 and due before it: 06-30 12:00, 06-30 (answered 07-02) and 05-31.
        // The one answered late on 06-21 is no longer overdue at the end.
        Assert.Equal(3, process.OverdueCommunications);
    }

    [Fact]
    public async Task BuildAsync_OpenComplaints_CountsOnlyThoseWithAStepStillLateAtTheEnd()
    {
        var records = new HandMadeRecords();
        // Acknowledged late (due 06-02 00:00, done 06-03) but answered in time and awaiting closure: not overdue at the end.
        records.Answered(At(2026, 6, 1), At(2026, 6, 3), At(2026, 6, 4), ComplaintSeverity.High);
        // Answer due 07-05: not overdue yet.
        records.Investigating(At(2026, 6, 25), At(2026, 6, 25, 1));
        // Answer due 06-20 and never given: overdue.
        records.Investigating(At(2026, 6, 10), At(2026, 6, 10, 1));
        // Answered late, then closed within the period: not open.
        records.Answered(At(2026, 6, 10), At(2026, 6, 10, 1), At(2026, 6, 21)).Close(customerAccepted: true, 4, At(2026, 6, 22));
        // Answer due 06-11, given only after the end (07-03): overdue at the end.
        records.Answered(At(2026, 6, 1), At(2026, 6, 1, 1), At(2026, 7, 3));
        // Critical, received 06-30 22:00: acknowledgement due 07-01 02:00, after the end.
        records.Complaint(At(2026, 6, 30, 22), ComplaintSeverity.Critical);
        // Acknowledgement due exactly at the end (06-29 + 48 h = 07-01 00:00): not yet late.
        records.Complaint(At(2026, 6, 29));

        var process = (await records.ReportAsync(June)).ProcessPerformance;

        Assert.Equal(2, process.OverdueComplaints);
    }

    [Fact]
    public async Task BuildAsync_CorrectiveActionsWithDueDates_CountsThoseOpenAndPastDueAtTheEnd()
    {
        var records = new HandMadeRecords();
        records.Action(At(2026, 5, 1), dueAt: At(2026, 6, 15));
        records.Closed(At(2026, 5, 1), At(2026, 6, 19), At(2026, 6, 20), dueAt: At(2026, 6, 15));
        // Closed after the end, so still open and past due at it.
        records.Closed(At(2026, 5, 1), At(2026, 7, 4), At(2026, 7, 5), dueAt: At(2026, 6, 15));
        records.Action(At(2026, 6, 1), dueAt: At(2026, 7, 1));
        records.Action(At(2026, 6, 1));
        records.Action(At(2026, 7, 2), dueAt: At(2026, 7, 3));

        var process = (await records.ReportAsync(June)).ProcessPerformance;

        Assert.Equal(2, process.OverdueCorrectiveActions);
    }
}
