using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Satisfaction;

/// <summary>The answer to one question in a response: a score for NPS, CSAT and CES, text for free text.</summary>
public sealed class SurveyAnswer : Entity
{
    public const int TextMaxLength = 4000;

    private SurveyAnswer()
    {
    }

    internal SurveyAnswer(SurveyQuestion question, int? score, string? text)
    {
        Question = question;
        SurveyQuestionId = question.Id;
        QuestionType = question.Type;
        Score = score;
        Text = text;
    }

    public int SurveyResponseId { get; private set; }

    public int SurveyQuestionId { get; private set; }

    public SurveyQuestion Question { get; private set; } = null!;

    /// <summary>The question's type, kept on the answer so scores can be aggregated per type in SQL.</summary>
    public QuestionType QuestionType { get; private set; }

    public int? Score { get; private set; }

    public string? Text { get; private set; }
}
