using CustomerComms.Domain.Common;
using CustomerComms.Domain.Satisfaction;

namespace CustomerComms.Domain.Tests.Satisfaction;

public sealed class SurveyTests
{
    private static readonly DateTime Opens = new(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Closes = new(2026, 2, 28, 23, 59, 59, DateTimeKind.Utc);

    private static (Survey Survey, SurveyQuestion Nps, SurveyQuestion Csat, SurveyQuestion Ces, SurveyQuestion Text) OpenSurvey()
    {
        var survey = new Survey("Relationship survey 2026", SurveyKind.Relationship, Opens, Closes);
        var nps = survey.AddQuestion("How likely are you to recommend us?", QuestionType.Nps);
        var csat = survey.AddQuestion("How satisfied are you?", QuestionType.Csat);
        var ces = survey.AddQuestion("How easy was it?", QuestionType.Ces);
        var text = survey.AddQuestion("Anything else?", QuestionType.FreeText);
        survey.Open(Opens);
        return (survey, nps, csat, ces, text);
    }

    [Theory]
    [InlineData(QuestionType.Nps, 0)]
    [InlineData(QuestionType.Nps, 10)]
    [InlineData(QuestionType.Csat, 1)]
    [InlineData(QuestionType.Csat, 5)]
    [InlineData(QuestionType.Ces, 1)]
    [InlineData(QuestionType.Ces, 7)]
    public void Submit_ScoreAtEndOfRange_IsAccepted(QuestionType type, int score)
    {
        var (survey, _, _, _, _) = OpenSurvey();
        var question = survey.Questions.Single(q => q.Type == type);

        var response = survey.Submit(7, Opens.AddDays(1), [new SurveyAnswerInput(question, score)]);

        var answer = Assert.Single(response.Answers);
        Assert.Equal(score, answer.Score);
        Assert.Equal(type, answer.QuestionType);
        Assert.Equal(7, response.CustomerId);
    }

    [Theory]
    [InlineData(QuestionType.Nps, -1)]
    [InlineData(QuestionType.Nps, 11)]
    [InlineData(QuestionType.Csat, 0)]
    [InlineData(QuestionType.Csat, 6)]
    [InlineData(QuestionType.Ces, 0)]
    [InlineData(QuestionType.Ces, 8)]
    public void Submit_ScoreOutsideRange_NamesTheAnswerScore(QuestionType type, int score)
    {
        var (survey, _, _, _, _) = OpenSurvey();
        var question = survey.Questions.Single(q => q.Type == type);

        var error = Assert.Throws<DomainValidationException>(() => survey.Submit(null, Opens.AddDays(1), [new SurveyAnswerInput(question, score)]));

        Assert.Equal("answers[0].score", error.Field);
    }

    [Fact]
    public void Submit_ScoredQuestionWithoutScore_IsRefused()
    {
        var (survey, nps, _, _, _) = OpenSurvey();

        var error = Assert.Throws<DomainValidationException>(() => survey.Submit(null, Opens.AddDays(1), [new SurveyAnswerInput(nps, Text: "great")]));

        Assert.Equal("answers[0].score", error.Field);
    }

    [Fact]
    public void Submit_FreeTextWithScore_IsRefused()
    {
        var (survey, _, _, _, text) = OpenSurvey();

        var error = Assert.Throws<DomainValidationException>(() => survey.Submit(null, Opens.AddDays(1), [new SurveyAnswerInput(text, 3, "ok")]));

        Assert.Equal("answers[0].score", error.Field);
    }

    [Fact]
    public void Submit_FreeTextBlank_IsRefused()
    {
        var (survey, nps, _, _, text) = OpenSurvey();

        var error = Assert.Throws<DomainValidationException>(() => survey.Submit(
            null, Opens.AddDays(1), [new SurveyAnswerInput(nps, 9), new SurveyAnswerInput(text, Text: "  ")]));

        Assert.Equal("answers[1].text", error.Field);
    }

    [Fact]
    public void Submit_SameQuestionTwice_IsRefused()
    {
        var (survey, nps, _, _, _) = OpenSurvey();

        var error = Assert.Throws<DomainValidationException>(() => survey.Submit(
            null, Opens.AddDays(1), [new SurveyAnswerInput(nps, 9), new SurveyAnswerInput(nps, 3)]));

        Assert.Equal("answers[1].questionId", error.Field);
    }

    [Fact]
    public void Submit_QuestionOfAnotherSurvey_IsRefused()
    {
        var (survey, _, _, _, _) = OpenSurvey();
        var (_, foreign, _, _, _) = OpenSurvey();

        var error = Assert.Throws<DomainValidationException>(() => survey.Submit(null, Opens.AddDays(1), [new SurveyAnswerInput(foreign, 9)]));

        Assert.Equal("answers[0].questionId", error.Field);
    }

    [Fact]
    public void Submit_AllTypes_KeepsEveryAnswer()
    {
        var (survey, nps, csat, ces, text) = OpenSurvey();

        var response = survey.Submit(null, Opens.AddDays(2), [
            new SurveyAnswerInput(nps, 9), new SurveyAnswerInput(csat, 4), new SurveyAnswerInput(ces, 2), new SurveyAnswerInput(text, Text: " Quick delivery. "),
        ]);

        Assert.Equal([9, 4, 2, null], response.Answers.Select(a => a.Score));
        Assert.Equal("Quick delivery.", response.Answers[3].Text);
        Assert.Null(response.CustomerId);
    }

    [Fact]
    public void Submit_DraftSurvey_IsRefused()
    {
        var survey = new Survey("Draft", SurveyKind.Transactional, Opens, Closes);
        var nps = survey.AddQuestion("Recommend?", QuestionType.Nps);

        var error = Assert.Throws<DomainValidationException>(() => survey.Submit(null, Opens.AddDays(1), [new SurveyAnswerInput(nps, 9)]));

        Assert.Equal("surveyId", error.Field);
    }

    [Fact]
    public void Submit_ClosedSurvey_IsRefused()
    {
        var (survey, nps, _, _, _) = OpenSurvey();
        survey.Close(Opens.AddDays(3));

        var error = Assert.Throws<DomainValidationException>(() => survey.Submit(null, Opens.AddDays(2), [new SurveyAnswerInput(nps, 9)]));

        Assert.Equal("surveyId", error.Field);
    }

    [Fact]
    public void Submit_AfterCloseDate_NamesSubmittedAt()
    {
        var (survey, nps, _, _, _) = OpenSurvey();

        var error = Assert.Throws<DomainValidationException>(() => survey.Submit(null, Closes.AddSeconds(1), [new SurveyAnswerInput(nps, 9)]));

        Assert.Equal("submittedAt", error.Field);
    }

    [Fact]
    public void Open_WithoutQuestions_IsRefused()
    {
        var survey = new Survey("Empty", SurveyKind.Product, Opens, Closes);

        Assert.Throws<InvalidTransitionException>(() => survey.Open(Opens));
        Assert.Equal(SurveyStatus.Draft, survey.Status);
    }

    [Fact]
    public void Close_Closed_IsRefusedAsFinal()
    {
        var (survey, _, _, _, _) = OpenSurvey();
        survey.Close(Opens.AddDays(3));

        var error = Assert.Throws<InvalidTransitionException>(() => survey.Close(Opens.AddDays(4)));

        Assert.Empty(error.Allowed);
        Assert.Empty(survey.AllowedTransitions);
    }

    [Fact]
    public void AddQuestion_OpenSurvey_IsRefused()
    {
        var (survey, _, _, _, _) = OpenSurvey();

        Assert.Throws<DomainValidationException>(() => survey.AddQuestion("Late question", QuestionType.Csat));
        Assert.Equal(4, survey.Questions.Count);
    }

    [Fact]
    public void AddQuestion_Draft_NumbersInOrder()
    {
        var (survey, nps, csat, ces, text) = OpenSurvey();

        Assert.Equal([1, 2, 3, 4], new[] { nps, csat, ces, text }.Select(q => q.Order));
        Assert.Equal((0, 10), (nps.MinScore, nps.MaxScore));
        Assert.Null(text.MaxScore);
        Assert.Equal(SurveyStatus.Open, survey.Status);
    }

    [Fact]
    public void Constructor_CloseBeforeOpen_NamesClosesAt()
    {
        var error = Assert.Throws<DomainValidationException>(() => new Survey("S", SurveyKind.Other, Closes, Opens));

        Assert.Equal("closesAt", error.Field);
    }
}
