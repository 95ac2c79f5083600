using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Satisfaction;

/// <summary>The one table of survey status changes: drafted, opened for responses, closed for good.</summary>
public static class SurveyWorkflow
{
    public static IReadOnlyDictionary<SurveyStatus, IReadOnlyList<SurveyStatus>> Transitions { get; } =
        new Dictionary<SurveyStatus, IReadOnlyList<SurveyStatus>>
        {
            [SurveyStatus.Draft] = [SurveyStatus.Open],
            [SurveyStatus.Open] = [SurveyStatus.Closed],
            [SurveyStatus.Closed] = [],
        };

    private static readonly TransitionTable<SurveyStatus> Table = new(nameof(Survey), Transitions);

    public static IReadOnlyList<SurveyStatus> AllowedFrom(SurveyStatus from) => Table.AllowedFrom(from);

    public static bool CanMove(SurveyStatus from, SurveyStatus to) => Table.CanMove(from, to);

    internal static void EnsureCanMove(SurveyStatus from, SurveyStatus to, string? reason = null) => Table.EnsureCanMove(from, to, reason);

    internal static InvalidTransitionException Refused(SurveyStatus from, SurveyStatus to, string? reason) => Table.Refused(from, to, reason);
}
