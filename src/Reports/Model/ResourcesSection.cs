namespace CustomerComms.Reports.Model;

/// <summary>d) Adequacy of resources: the open workload per owner at the end of the period, heaviest first.</summary>
public sealed record ResourcesSection(IReadOnlyList<WorkloadLine> Owners, int Unassigned);

/// <summary>One owner's open items at the end of the period.</summary>
public sealed record WorkloadLine(string Owner, int Complaints, int CorrectiveActions, int Risks, int ReviewActions, int Overdue)
{
    /// <summary>All open items.</summary>
    public int Total => Complaints + CorrectiveActions + Risks + ReviewActions;
}
