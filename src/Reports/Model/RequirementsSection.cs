namespace CustomerComms.Reports.Model;

/// <summary>b) Changes in requirements (8.2.2–8.2.4): changes made, reviews done and reviews pending.</summary>
/// <param name="Changes">The most recent changes in the period (at most <c>ListLimit</c>).</param>
/// <param name="ChangeCount">All changes in the period.</param>
/// <param name="PreviousChangeCount">All changes in the previous period.</param>
/// <param name="ChangesWithoutNotification">Changes in the period with nobody recorded as notified.</param>
/// <param name="ReviewsByDecision">Reviews held in the period by decision ("Pending" for undecided ones).</param>
/// <param name="PendingReviews">Reviews undecided at the end of the period.</param>
/// <param name="RequirementsUnderReview">Requirements whose status is under review now.</param>
public sealed record RequirementsSection(
    IReadOnlyList<RequirementChangeLine> Changes,
    int ChangeCount,
    int PreviousChangeCount,
    int ChangesWithoutNotification,
    int ReviewCount,
    IReadOnlyList<CountLine> ReviewsByDecision,
    int PendingReviews,
    int RequirementsUnderReview);

/// <summary>One requirement change (8.2.4).</summary>
public sealed record RequirementChangeLine(
    DateOnly ChangedOn,
    string Requirement,
    int FromRevision,
    int ToRevision,
    string Description,
    string ChangedBy,
    int DocumentsAmended,
    int PeopleNotified);

/// <summary>A label with a count and its share of the total (0–100).</summary>
public sealed record CountLine(string Label, int Count, double Percent);
