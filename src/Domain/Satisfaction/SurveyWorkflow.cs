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

    public static IReadOnlyList<SurveyStatus> AllowedFrom(SurveyStatus from)
    {
        return Transitions[from];
    }

    public static bool CanMove(SurveyStatus from, SurveyStatus to)
    {
        return Transitions[from].Contains(to);
    }

    internal static void EnsureCanMove(SurveyStatus from, SurveyStatus to, string? reason = null)
    {
        if (!CanMove(from, to))
        {
            throw Refused(from, to, reason);
        }
    }

    internal static InvalidTransitionException Refused(SurveyStatus from, SurveyStatus to, string? reason)
    {
        return new InvalidTransitionException(
            nameof(Survey), from.ToString(), to.ToString(), [.. AllowedFrom(from).Select(s => s.ToString())], reason);
    }
}
