using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Common;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Satisfaction;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Satisfaction;

/// <summary>Preparing, opening and closing surveys, and taking customers' responses.</summary>
internal static class SurveyMutations
{
    private static readonly MutationResult SurveyResult = new("survey", "Survey", "the survey as saved");
    private static readonly MutationResult ResponseResult = new("response", "SurveyResponse", "the response as recorded");

    public static SchemaBuilder AddSurveyMutations(this SchemaBuilder builder)
    {
        return builder
            .InputObject("SurveyQuestionInput", input => input
                .Description("A question to add to a draft survey.")
                .Field("text", "String!", f => f.Description("The question as asked."))
                .Field("type", "QuestionType!", f => f.Description("What kind of answer it takes.")))
            .InputObject("SurveyAnswerInput", input => input
                .Description("The answer to one question: a score for NPS (0–10), CSAT (1–5) and CES (1–7) questions, text for free-text ones.")
                .Field("questionId", "ID!", f => f.Description("The question answered; one of the survey's, answered at most once."))
                .Field("score", "Int", f => f.Description("The score, for a scored question."))
                .Field("text", "String", f => f.Description("The text, for a free-text question.")))
            .Mutation("createSurvey", "Prepares a survey as a draft with its first questions.", input => input
                .Field("title", "String!", f => f.Description("The survey's title."))
                .Field("kind", "SurveyKind!", f => f.Description("What it asks about."))
                .Field("opensAt", "DateTime!", f => f.Description("When responses start being accepted."))
                .Field("closesAt", "DateTime!", f => f.Description("When they stop being accepted; after opensAt."))
                .Field("questions", "[SurveyQuestionInput!]", f => f.Description($"The questions in the order they are asked; at most {Survey.MaxQuestions}.")),
                SurveyResult, MutationErrorKinds.Validation, CreateAsync)
            .Mutation("updateSurvey", "Renames or reschedules a survey; an open survey can only move its close date, a closed one cannot be rescheduled.", input => input
                .Field("id", "ID!", f => f.Description("The survey."))
                .Field("version", "Int!", f => f.Description("The version you read; the change is refused if the survey changed since."))
                .Field("title", "String", f => f.Description("A new title."))
                .Field("opensAt", "DateTime", f => f.Description("A new open date."))
                .Field("closesAt", "DateTime", f => f.Description("A new close date.")),
                SurveyResult, MutationErrorKinds.Update, UpdateAsync)
            .Mutation("addSurveyQuestions", "Adds questions at the end of a draft survey.", input => input
                .Field("id", "ID!", f => f.Description("The survey."))
                .Field("version", "Int!", f => f.Description("The version you read."))
                .Field("questions", "[SurveyQuestionInput!]!", f => f.Description("The questions to add, in order.")),
                SurveyResult, MutationErrorKinds.Update, AddQuestionsAsync)
            .Mutation("openSurvey", "Opens a draft survey for responses; it needs at least one question.", input => input
                .Field("id", "ID!", f => f.Description("The survey."))
                .Field("version", "Int!", f => f.Description("The version you read.")),
                SurveyResult, MutationErrorKinds.Transition, m => ChangeAsync(m, (survey, now) => survey.Open(now)))
            .Mutation("closeSurvey", "Closes an open survey for good.", input => input
                .Field("id", "ID!", f => f.Description("The survey."))
                .Field("version", "Int!", f => f.Description("The version you read.")),
                SurveyResult, MutationErrorKinds.Transition, m => ChangeAsync(m, (survey, now) => survey.Close(now)))
            .Mutation("submitSurveyResponse", "Records a response to an open survey within its dates: at least one answer, at most one per question, each valid for its question's type.", input => input
                .Field("surveyId", "ID!", f => f.Description("The survey answered."))
                .Field("customerId", "ID", f => f.Description("The responding customer; left out for an anonymous response."))
                .Field("submittedAt", "DateTime", f => f.Description("When the response was given; now when left out."))
                .Field("answers", "[SurveyAnswerInput!]!", f => f.Description("The answers; a bad one is named by its path, e.g. `answers.2.score`.")),
                ResponseResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, SubmitAsync);
    }

    private static Task<object> CreateAsync(MutationContext input)
    {
        var survey = new Survey(
            input.Required<string>("title"),
            input.Required<SurveyKind>("kind"),
            input.Required<DateTime>("opensAt"),
            input.Required<DateTime>("closesAt"));
        AddQuestions(survey, input.List<IReadOnlyDictionary<string, object?>>("questions"));
        input.Db.Add(survey);
        return Task.FromResult<object>(survey);
    }

    private static async Task<object> UpdateAsync(MutationContext input)
    {
        var survey = await FindAsync(input);
        if (input.Value<string>("title") is { } title)
        {
            survey.Rename(title);
        }

        if (input.Has("opensAt") || input.Has("closesAt"))
        {
            survey.Reschedule(input.Value<DateTime?>("opensAt") ?? survey.OpensAt, input.Value<DateTime?>("closesAt") ?? survey.ClosesAt);
        }

        return survey;
    }

    private static async Task<object> AddQuestionsAsync(MutationContext input)
    {
        var survey = await FindAsync(input);
        var questions = input.List<IReadOnlyDictionary<string, object?>>("questions");
        if (questions.Count == 0)
        {
            throw ListItemErrors.Invalid("Give at least one question.", "questions");
        }

        if (survey.Status != SurveyStatus.Draft)
        {
            throw ListItemErrors.Invalid($"The survey is {survey.Status}; questions can be added only while it is a draft.", null, "SURVEY_NOT_DRAFT");
        }

        AddQuestions(survey, questions);
        return survey;
    }

    private static async Task<object> ChangeAsync(MutationContext input, Action<Survey, DateTime> change)
    {
        var survey = await FindAsync(input);
        change(survey, input.Resolve.Service<TimeProvider>().GetUtcNow().UtcDateTime);
        return survey;
    }

    private static async Task<object> SubmitAsync(MutationContext input)
    {
        var survey = await input.FindAsync<Survey>("surveyId", "Survey", q => q.Include(s => s.Questions));
        var customer = await input.FindOptionalAsync<Customer>("customerId", "Customer");
        var answers = input.List<IReadOnlyDictionary<string, object?>>("answers")
            .Select((answer, i) => new SurveyAnswerInput(
                QuestionOf(survey, answer.GetValueOrDefault("questionId") as string, i),
                answer.GetValueOrDefault("score") as int?,
                answer.GetValueOrDefault("text") as string))
            .ToList();
        try
        {
            var response = survey.Submit(customer?.Id, input.Value<DateTime?>("submittedAt") ?? input.Resolve.Service<TimeProvider>().GetUtcNow().UtcDateTime, answers);
            input.Db.Add(response);
            return response;
        }
        catch (DomainValidationException invalid)
        {
            throw ListItemErrors.Invalid(invalid.Message, ListItemErrors.Dotted(invalid.Field), invalid.Code);
        }
    }

    /// <summary>The survey's question that an answer names; a ValidationError at the answer's <c>questionId</c> when it names none of them.</summary>
    private static SurveyQuestion QuestionOf(Survey survey, string? id, int index)
    {
        var question = id is not null && GlobalId.TryParse(id, out var type, out var key) && type == "SurveyQuestion"
            ? survey.Questions.FirstOrDefault(q => q.Id == key)
            : null;
        return question ?? throw ListItemErrors.Invalid("The question is not one of this survey's.", ListItemErrors.Path("answers", index, "questionId"));
    }

    private static void AddQuestions(Survey survey, IReadOnlyList<IReadOnlyDictionary<string, object?>> questions)
    {
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            ListItemErrors.At("questions", i, () => survey.AddQuestion((string)question["text"]!, (QuestionType)question["type"]!));
        }
    }

    private static async Task<Survey> FindAsync(MutationContext input)
    {
        var survey = await input.FindAsync<Survey>("id", "Survey", q => q.Include(s => s.Questions));
        input.ExpectVersion(survey, "Survey");
        return survey;
    }
}
