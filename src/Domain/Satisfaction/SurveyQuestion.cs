using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Satisfaction;

/// <summary>One question of a survey; its type decides which answers are valid. Added through <see cref="Survey.AddQuestion"/>.</summary>
public sealed class SurveyQuestion : Entity
{
    public const int TextMaxLength = 1000;

    private SurveyQuestion()
    {
    }

    internal SurveyQuestion(string text, QuestionType type, int order)
    {
        Text = text;
        Type = type;
        Order = order;
    }

    public int SurveyId { get; private set; }

    public string Text { get; private set; } = "";

    public QuestionType Type { get; private set; }

    /// <summary>1, 2, 3, … in the order the questions are asked.</summary>
    public int Order { get; private set; }

    /// <summary>The lowest valid score (0 for NPS, 1 for CSAT and CES); null for free text.</summary>
    public int? MinScore => ScoreRange(Type)?.Min;

    /// <summary>The highest valid score (10 for NPS, 5 for CSAT, 7 for CES); null for free text.</summary>
    public int? MaxScore => ScoreRange(Type)?.Max;

    /// <summary>The valid score range of a question type; null when the type is answered in words.</summary>
    public static (int Min, int Max)? ScoreRange(QuestionType type)
    {
        return type switch
        {
            QuestionType.Nps => (0, 10),
            QuestionType.Csat => (1, 5),
            QuestionType.Ces => (1, 7),
            _ => null,
        };
    }
}
