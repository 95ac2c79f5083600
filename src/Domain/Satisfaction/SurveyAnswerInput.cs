namespace CustomerComms.Domain.Satisfaction;

/// <summary>One answer as submitted: the question (of the survey answered), a score or a text.</summary>
public sealed record SurveyAnswerInput(SurveyQuestion Question, int? Score = null, string? Text = null);
