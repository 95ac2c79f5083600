using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Satisfaction;

/// <summary>One customer's answers to a survey, validated by <see cref="Survey.Submit"/>; not changed afterwards.</summary>
public sealed class SurveyResponse : Entity
{
    private readonly List<SurveyAnswer> _answers = [];

    private SurveyResponse()
    {
    }

    internal SurveyResponse(Survey survey, int? customerId, DateTime submittedAt, IEnumerable<SurveyAnswer> answers)
    {
        Survey = survey;
        SurveyId = survey.Id;
        CustomerId = customerId;
        SubmittedAt = submittedAt;
        _answers.AddRange(answers);
    }

    public int SurveyId { get; private set; }

    public Survey Survey { get; private set; } = null!;

    /// <summary>The responding customer; null for an anonymous response.</summary>
    public int? CustomerId { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public IReadOnlyList<SurveyAnswer> Answers => _answers;
}
