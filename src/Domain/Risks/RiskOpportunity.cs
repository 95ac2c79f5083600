using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Risks;

/// <summary>
/// An entry of the risk and opportunity register (ISO 9001 §6.1): rated likelihood × impact, treated, rated again
/// after treatment (residual), and reviewed on a fixed frequency with an evaluation of effectiveness.
/// Status changes follow <see cref="RiskWorkflow"/>. Every operation takes the time it happens at, in UTC.
/// </summary>
public sealed class RiskOpportunity : Entity
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int CategoryMaxLength = 100;
    public const int SourceMaxLength = 200;
    public const int ProcessMaxLength = 200;
    public const int OwnerMaxLength = 200;
    public const int TreatmentPlanMaxLength = 4000;
    public const int ClosingNoteMaxLength = 1000;
    public const int MaxReviewFrequencyMonths = 60;

    private readonly List<RiskReview> _reviews = [];

    private RiskOpportunity()
    {
    }

    /// <param name="reviewFrequencyMonths">1–60; the first review falls due that many months after <paramref name="identifiedAt"/>.</param>
    public RiskOpportunity(
        RiskKind kind,
        string title,
        string description,
        string category,
        string source,
        string process,
        string owner,
        int likelihood,
        int impact,
        int reviewFrequencyMonths,
        DateTime identifiedAt)
    {
        var validKind = Require.Defined(kind, "kind");
        var validTitle = Require.Text(title, "title", TitleMaxLength);
        var validDescription = Require.Text(description, "description", DescriptionMaxLength);
        var validCategory = Require.Text(category, "category", CategoryMaxLength);
        var validSource = Require.Text(source, "source", SourceMaxLength);
        var validProcess = Require.Text(process, "process", ProcessMaxLength);
        var validOwner = Require.Text(owner, "owner", OwnerMaxLength);
        var score = RiskScoring.Score(likelihood, impact);
        var validFrequency = Require.InRange(reviewFrequencyMonths, "reviewFrequencyMonths", 1, MaxReviewFrequencyMonths);
        var validIdentifiedAt = Require.Utc(identifiedAt, "identifiedAt");

        Kind = validKind;
        Title = validTitle;
        Description = validDescription;
        Category = validCategory;
        Source = validSource;
        Process = validProcess;
        Owner = validOwner;
        Likelihood = likelihood;
        Impact = impact;
        Score = score;
        Band = RiskScoring.Band(score);
        ReviewFrequencyMonths = validFrequency;
        IdentifiedAt = validIdentifiedAt;
        NextReviewDue = validIdentifiedAt.AddMonths(validFrequency);
        Status = RiskStatus.Identified;
    }

    public RiskKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Free classification, e.g. <c>Supplier</c>, <c>Regulatory</c>, <c>Market</c>.</summary>
    public string Category { get; private set; } = "";

    /// <summary>Where it comes from: an internal or external issue, an interested party, an audit finding …</summary>
    public string Source { get; private set; } = "";

    /// <summary>The process whose conformity it affects.</summary>
    public string Process { get; private set; } = "";

    public string Owner { get; private set; } = "";

    /// <summary>1–5, before treatment.</summary>
    public int Likelihood { get; private set; }

    /// <summary>1–5, before treatment.</summary>
    public int Impact { get; private set; }

    /// <summary><see cref="Likelihood"/> × <see cref="Impact"/>, 1–25.</summary>
    public int Score { get; private set; }

    public RiskBand Band { get; private set; }

    /// <summary>Chosen with <see cref="PlanTreatment"/>; null until then.</summary>
    public RiskTreatment? Treatment { get; private set; }

    /// <summary>The actions that carry out the treatment.</summary>
    public string? TreatmentPlan { get; private set; }

    /// <summary>1–5 after treatment; null until rated.</summary>
    public int? ResidualLikelihood { get; private set; }

    public int? ResidualImpact { get; private set; }

    public int? ResidualScore { get; private set; }

    public RiskBand? ResidualBand { get; private set; }

    public RiskStatus Status { get; private set; }

    public int ReviewFrequencyMonths { get; private set; }

    public DateTime IdentifiedAt { get; private set; }

    public DateTime? LastReviewedAt { get; private set; }

    /// <summary>The last review (or identification) plus <see cref="ReviewFrequencyMonths"/>.</summary>
    public DateTime NextReviewDue { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public string? ClosingNote { get; private set; }

    /// <summary>Reviews in the order they were recorded (oldest first).</summary>
    public IReadOnlyList<RiskReview> Reviews => _reviews;

    /// <summary>The statuses this one may move to now.</summary>
    public IReadOnlyList<RiskStatus> AllowedTransitions => RiskWorkflow.AllowedFrom(Status);

    /// <summary>True when the entry is open and <paramref name="at"/> is past its next review date.</summary>
    public bool IsReviewOverdue(DateTime at)
    {
        Require.Utc(at, "at");
        return Status != RiskStatus.Closed && at > NextReviewDue;
    }

    public void UpdateDetails(string title, string description, string category, string source, string process, string owner)
    {
        EnsureOpen();
        var validTitle = Require.Text(title, "title", TitleMaxLength);
        var validDescription = Require.Text(description, "description", DescriptionMaxLength);
        var validCategory = Require.Text(category, "category", CategoryMaxLength);
        var validSource = Require.Text(source, "source", SourceMaxLength);
        var validProcess = Require.Text(process, "process", ProcessMaxLength);
        var validOwner = Require.Text(owner, "owner", OwnerMaxLength);
        Title = validTitle;
        Description = validDescription;
        Category = validCategory;
        Source = validSource;
        Process = validProcess;
        Owner = validOwner;
    }

    /// <summary>Changes the review frequency; the next review falls due that many months after the last one.</summary>
    public void ChangeReviewFrequency(int months)
    {
        EnsureOpen();
        var valid = Require.InRange(months, "reviewFrequencyMonths", 1, MaxReviewFrequencyMonths);
        ReviewFrequencyMonths = valid;
        NextReviewDue = (LastReviewedAt ?? IdentifiedAt).AddMonths(valid);
    }

    /// <summary>Rates likelihood and impact (before treatment) and moves to Assessed.</summary>
    public void Assess(int likelihood, int impact)
    {
        var score = RiskScoring.Score(likelihood, impact);
        RiskWorkflow.EnsureCanMove(Status, RiskStatus.Assessed);
        Likelihood = likelihood;
        Impact = impact;
        Score = score;
        Band = RiskScoring.Band(score);
        Status = RiskStatus.Assessed;
    }

    /// <summary>
    /// Chooses the treatment (one that fits <see cref="Kind"/>), the actions, and optionally the residual rating
    /// expected after them (both residual values or neither). A plan is required unless the treatment is Accept.
    /// </summary>
    public void PlanTreatment(RiskTreatment treatment, string? plan, int? residualLikelihood = null, int? residualImpact = null)
    {
        EnsureOpen();
        if (Status == RiskStatus.Identified)
        {
            throw new DomainValidationException("treatment", "Assess the likelihood and impact before planning a treatment.");
        }

        var validTreatment = Require.Defined(treatment, "treatment");
        if (!RiskScoring.TreatmentsFor(Kind).Contains(validTreatment))
        {
            throw new DomainValidationException(
                "treatment",
                $"{validTreatment} is not a treatment for a {Kind}; use one of {string.Join(", ", RiskScoring.TreatmentsFor(Kind))}.");
        }

        var validPlan = validTreatment == RiskTreatment.Accept
            ? Require.OptionalText(plan, "treatmentPlan", TreatmentPlanMaxLength)
            : Require.Text(plan, "treatmentPlan", TreatmentPlanMaxLength);
        if (residualLikelihood.HasValue != residualImpact.HasValue)
        {
            throw new DomainValidationException(
                residualLikelihood.HasValue ? "residualImpact" : "residualLikelihood",
                "Give both residual likelihood and residual impact, or neither.");
        }

        int? residualScore = residualLikelihood is int l && residualImpact is int i
            ? RiskScoring.Score(l, i, "residualLikelihood", "residualImpact")
            : null;

        Treatment = validTreatment;
        TreatmentPlan = validPlan;
        SetResidual(residualLikelihood, residualImpact, residualScore);
    }

    /// <summary>Moves to Treating: the planned actions are under way. Needs a treatment other than Accept.</summary>
    public void StartTreatment()
    {
        RiskWorkflow.EnsureCanMove(Status, RiskStatus.Treating);
        if (Treatment is null or RiskTreatment.Accept)
        {
            throw RiskWorkflow.Refused(Status, RiskStatus.Treating, "plan a treatment with actions first (an accepted entry is monitored, not treated)");
        }

        Status = RiskStatus.Treating;
    }

    /// <summary>Moves to Monitoring: treatment done, or the entry accepted. Needs a treatment.</summary>
    public void StartMonitoring()
    {
        RiskWorkflow.EnsureCanMove(Status, RiskStatus.Monitoring);
        if (Treatment is null)
        {
            throw RiskWorkflow.Refused(Status, RiskStatus.Monitoring, "plan a treatment first");
        }

        Status = RiskStatus.Monitoring;
    }

    public void Close(DateTime at, string? note = null)
    {
        var validAt = Require.NotBefore(Require.Utc(at, "at"), IdentifiedAt, "at", "identifiedAt");
        var validNote = Require.OptionalText(note, "closingNote", ClosingNoteMaxLength);
        RiskWorkflow.EnsureCanMove(Status, RiskStatus.Closed);
        Status = RiskStatus.Closed;
        ClosedAt = validAt;
        ClosingNote = validNote;
    }

    /// <summary>Opens a closed entry again as Identified; it is reviewed from <paramref name="at"/> on.</summary>
    public void Reopen(DateTime at)
    {
        var validAt = Require.NotBefore(Require.Utc(at, "at"), ClosedAt ?? IdentifiedAt, "at", "closedAt");
        RiskWorkflow.EnsureCanMove(Status, RiskStatus.Identified);
        Status = RiskStatus.Identified;
        ClosedAt = null;
        ClosingNote = null;
        NextReviewDue = validAt.AddMonths(ReviewFrequencyMonths);
    }

    /// <summary>
    /// Records a review: the rating found (which becomes the residual rating), whether the actions were effective,
    /// and sets the next review date. Allowed once the entry is assessed and while it is open.
    /// </summary>
    public RiskReview RecordReview(DateTime reviewedAt, string reviewer, int likelihood, int impact, bool effective, string? effectivenessNotes)
    {
        EnsureOpen();
        if (Status == RiskStatus.Identified)
        {
            throw new DomainValidationException("reviewedAt", "Assess the entry before reviewing it.");
        }

        var validAt = Require.NotBefore(Require.Utc(reviewedAt, "reviewedAt"), LastReviewedAt ?? IdentifiedAt, "reviewedAt",
            LastReviewedAt is null ? "identifiedAt" : "the last review");
        var validReviewer = Require.Text(reviewer, "reviewer", RiskReview.ReviewerMaxLength);
        var score = RiskScoring.Score(likelihood, impact);
        var validNotes = RiskReview.ValidNotes(effectivenessNotes);
        if (!effective && validNotes is null)
        {
            throw new DomainValidationException("effectivenessNotes", "Say why the actions were not effective.");
        }

        var review = new RiskReview(validAt, validReviewer, likelihood, impact, effective, validNotes);
        _reviews.Add(review);
        SetResidual(likelihood, impact, score);
        LastReviewedAt = validAt;
        NextReviewDue = validAt.AddMonths(ReviewFrequencyMonths);
        return review;
    }

    private void SetResidual(int? likelihood, int? impact, int? score)
    {
        ResidualLikelihood = likelihood;
        ResidualImpact = impact;
        ResidualScore = score;
        ResidualBand = score is int s ? RiskScoring.Band(s) : null;
    }

    private void EnsureOpen()
    {
        if (Status == RiskStatus.Closed)
        {
            throw new DomainValidationException("status", "The entry is closed; reopen it to change it.");
        }
    }
}
