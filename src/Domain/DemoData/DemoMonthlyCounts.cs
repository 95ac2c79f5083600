using CustomerComms.Domain.Complaints;

namespace CustomerComms.Domain.DemoData;

/// <summary>
/// Per-month tallies of the generated orders and complaints, so that the indicators derived from them
/// (complaint rate, acknowledgement within SLA, time to close) agree with the stored records.
/// </summary>
internal sealed class DemoMonthlyCounts(DateTime from)
{
    private readonly Dictionary<int, int> _orders = [];
    private readonly Dictionary<int, int> _complaints = [];
    private readonly Dictionary<int, int> _acknowledgedInTime = [];
    private readonly Dictionary<int, int> _acknowledged = [];
    private readonly Dictionary<int, (double Days, int Count)> _closed = [];

    public int MonthIndex(DateTime at) => ((at.Year - from.Year) * 12) + at.Month - from.Month;

    public void CountOrder(DateTime at) => Increment(_orders, MonthIndex(at));

    public void CountComplaint(Complaint complaint)
    {
        var month = MonthIndex(complaint.ReceivedAt);
        Increment(_complaints, month);
        if (complaint.AcknowledgedAt is { } acknowledged)
        {
            Increment(_acknowledged, month);
            if (acknowledged <= complaint.AcknowledgementDueAt)
            {
                Increment(_acknowledgedInTime, month);
            }
        }

        if (complaint.ClosedAt is { } closed)
        {
            var (days, count) = _closed.GetValueOrDefault(month);
            _closed[month] = (days + (closed - complaint.ReceivedAt).TotalDays, count + 1);
        }
    }

    public int Orders(int month) => _orders.GetValueOrDefault(month);

    public int Complaints(int month) => _complaints.GetValueOrDefault(month);

    public (int InTime, int Acknowledged) Acknowledgements(int month) =>
        (_acknowledgedInTime.GetValueOrDefault(month), _acknowledged.GetValueOrDefault(month));

    public (double MeanDays, int Count) TimeToClose(int month)
    {
        var (days, count) = _closed.GetValueOrDefault(month);
        return count == 0 ? (0, 0) : (days / count, count);
    }

    private static void Increment(Dictionary<int, int> counts, int month) => counts[month] = counts.GetValueOrDefault(month) + 1;
}
