using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Satisfaction;

/// <summary>
/// A customer survey (ISO 9001 §9.1.2): questions fixed while it is a draft, responses accepted only while it is
/// open and within its open and close dates. Status changes follow <see cref="SurveyWorkflow"/>.
/// </summary>
public sealed class Survey : Entity
{
    public const int TitleMaxLength = 200;
    public const int MaxQuestions = 100;

    private readonly List<SurveyQuestion> _questions = [];

    private Survey()
    {
    }

    public Survey(string title, SurveyKind kind, DateTime opensAt, DateTime closesAt)
    {
        var validTitle = Require.Text(title, "title", TitleMaxLength);
        var validKind = Require.Defined(kind, "kind");
        var (validOpens, validCloses) = ValidSchedule(opensAt, closesAt);
        Title = validTitle;
        Kind = validKind;
        OpensAt = validOpens;
        ClosesAt = validCloses;
        Status = SurveyStatus.Draft;
    }

    public string Title { get; private set; } = "";

    public SurveyKind Kind { get; private set; }

    /// <summary>Responses are accepted from this time …</summary>
    public DateTime OpensAt { get; private set; }

    /// <summary>… up to and including this time, while the survey is open.</summary>
    public DateTime ClosesAt { get; private set; }

    public SurveyStatus Status { get; private set; }

    public DateTime? OpenedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>The questions in <see cref="SurveyQuestion.Order"/>.</summary>
    public IReadOnlyList<SurveyQuestion> Questions => _questions;

    public IReadOnlyList<SurveyStatus> AllowedTransitions => SurveyWorkflow.AllowedFrom(Status);

    public void Rename(string title)
    {
        Title = Require.Text(title, "title", TitleMaxLength);
    }

    /// <summary>Moves the open and close dates; the close date can still be moved while the survey is open.</summary>
    public void Reschedule(DateTime opensAt, DateTime closesAt)
    {
        var (validOpens, validCloses) = ValidSchedule(opensAt, closesAt);
        if (Status == SurveyStatus.Closed)
        {
            throw new DomainValidationException("status", "A closed survey cannot be rescheduled.");
        }

        if (Status == SurveyStatus.Open && validOpens != OpensAt)
        {
            throw new DomainValidationException("opensAt", "The open date of an open survey cannot change.");
        }

        OpensAt = validOpens;
        ClosesAt = validCloses;
    }

    /// <summary>Adds a question at the end; only while the survey is a draft.</summary>
    public SurveyQuestion AddQuestion(string text, QuestionType type)
    {
        var validText = Require.Text(text, "text", SurveyQuestion.TextMaxLength);
        var validType = Require.Defined(type, "type");
        if (Status != SurveyStatus.Draft)
        {
            throw new DomainValidationException("status", "Questions can be added only while the survey is a draft.");
        }

        if (_questions.Count >= MaxQuestions)
        {
            throw new DomainValidationException("text", $"A survey has at most {MaxQuestions} questions.");
        }

        var question = new SurveyQuestion(validText, validType, _questions.Count + 1);
        _questions.Add(question);
        return question;
    }

    /// <summary>Opens the survey for responses; it needs at least one question.</summary>
    public void Open(DateTime at)
    {
        var validAt = Require.Utc(at, "at");
        SurveyWorkflow.EnsureCanMove(Status, SurveyStatus.Open);
        if (_questions.Count == 0)
        {
            throw SurveyWorkflow.Refused(Status, SurveyStatus.Open, "a survey needs at least one question");
        }

        Status = SurveyStatus.Open;
        OpenedAt = validAt;
    }

    public void Close(DateTime at)
    {
        var validAt = Require.Utc(at, "at");
        SurveyWorkflow.EnsureCanMove(Status, SurveyStatus.Closed);
        Require.NotBefore(validAt, OpenedAt ?? validAt, "at", "openedAt");
        Status = SurveyStatus.Closed;
        ClosedAt = validAt;
    }

    /// <summary>
    /// Takes one response: only while the survey is open and <paramref name="submittedAt"/> is within its dates;
    /// at least one answer, at most one per question, each valid for its question's type (NPS 0–10, CSAT 1–5,
    /// CES 1–7 as a score without text; free text as text without a score).
    /// </summary>
    public SurveyResponse Submit(int? customerId, DateTime submittedAt, IReadOnlyList<SurveyAnswerInput> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var validAt = Require.Utc(submittedAt, "submittedAt");
        if (customerId is int id)
        {
            Require.Positive(id, "customerId");
        }

        if (Status != SurveyStatus.Open)
        {
            throw new DomainValidationException("surveyId", $"The survey is {Status}; responses are accepted only while it is open.");
        }

        if (validAt < OpensAt || validAt > ClosesAt)
        {
            throw new DomainValidationException("submittedAt", "submittedAt is outside the survey's open and close dates.");
        }

        if (answers.Count == 0)
        {
            throw new DomainValidationException("answers", "A response needs at least one answer.");
        }

        var valid = new List<SurveyAnswer>(answers.Count);
        for (var i = 0; i < answers.Count; i++)
        {
            valid.Add(ValidAnswer(answers[i], $"answers[{i}]", valid));
        }

        return new SurveyResponse(this, customerId, validAt, valid);
    }

    private SurveyAnswer ValidAnswer(SurveyAnswerInput input, string field, List<SurveyAnswer> earlier)
    {
        if (input?.Question is null || !_questions.Any(q => ReferenceEquals(q, input.Question)))
        {
            throw new DomainValidationException($"{field}.questionId", "The question is not one of this survey's.");
        }

        var question = input.Question;
        if (earlier.Any(a => ReferenceEquals(a.Question, question)))
        {
            throw new DomainValidationException($"{field}.questionId", $"Question {question.Order} is answered more than once.");
        }

        if (SurveyQuestion.ScoreRange(question.Type) is var (min, max))
        {
            if (input.Score is not int score)
            {
                throw new DomainValidationException($"{field}.score", $"A {question.Type} question is answered with a score from {min} to {max}.");
            }

            Require.InRange(score, $"{field}.score", min, max);
            if (!string.IsNullOrWhiteSpace(input.Text))
            {
                throw new DomainValidationException($"{field}.text", $"A {question.Type} question is answered with a score, not text.");
            }

            return new SurveyAnswer(question, score, null);
        }

        if (input.Score is not null)
        {
            throw new DomainValidationException($"{field}.score", "A free-text question is answered with text, not a score.");
        }

        return new SurveyAnswer(question, null, Require.Text(input.Text, $"{field}.text", SurveyAnswer.TextMaxLength));
    }

    private static (DateTime OpensAt, DateTime ClosesAt) ValidSchedule(DateTime opensAt, DateTime closesAt)
    {
        var validOpens = Require.Utc(opensAt, "opensAt");
        var validCloses = Require.Utc(closesAt, "closesAt");
        if (validCloses <= validOpens)
        {
            throw new DomainValidationException("closesAt", "closesAt must be after opensAt.");
        }

        return (validOpens, validCloses);
    }
}
