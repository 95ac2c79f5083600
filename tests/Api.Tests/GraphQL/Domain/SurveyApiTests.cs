using System.Text.Json;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Satisfaction;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class SurveyApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string EV = "errors { __typename ... on Error { message } ... on ValidationError { field code } }";
    private const string EVN = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } }";
    private const string EU = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } }";
    private const string ET = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } ... on InvalidTransitionError { from to allowed } }";

    private static readonly DateTime Opens = new(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task SurveyLifecycle_CreateOpenSubmitClose_LinksResponsesBothWays()
    {
        var customer = await StoreCustomerAsync();
        var created = await api.MutateAsync(
            $"mutation {{ createSurvey(input: {{ title: \"Service survey\", kind: TRANSACTIONAL, opensAt: \"2025-01-01T00:00:00Z\", closesAt: \"2099-01-01T00:00:00Z\", questions: [{{ text: \"Recommend us?\", type: NPS }}, {{ text: \"Satisfied?\", type: CSAT }}, {{ text: \"Anything else?\", type: FREE_TEXT }}] }}) {{ survey {{ id version status questions {{ id order type minScore maxScore }} }} {EV} }} }}");
        var survey = created.GetProperty("survey");
        var id = survey.GetProperty("id").GetString();
        var questions = survey.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()).ToList();
        Assert.Equal([0, 1, 0], survey.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("minScore").ValueKind == JsonValueKind.Null ? 0 : q.GetProperty("minScore").GetInt32()));

        var opened = await api.MutateAsync($"mutation {{ openSurvey(input: {{ id: \"{id}\", version: 1 }}) {{ survey {{ status version allowedTransitions }} {ET} }} }}");
        var submitted = await api.MutateAsync(
            $"mutation($s: ID!, $c: ID!, $q0: ID!, $q2: ID!) {{ submitSurveyResponse(input: {{ surveyId: $s, customerId: $c, answers: [{{ questionId: $q0, score: 9 }}, {{ questionId: $q2, text: \"Fast support.\" }}] }}) {{ response {{ id survey {{ title }} customer {{ code surveyResponses {{ id }} }} answers {{ score text questionType question {{ order }} response {{ id }} }} }} {EVN} }} }}",
            new { s = id, c = DomainApi.Id("Customer", customer.Id), q0 = questions[0], q2 = questions[2] });
        var closed = await api.MutateAsync($"mutation {{ closeSurvey(input: {{ id: \"{id}\", version: 2 }}) {{ survey {{ status closedAt responses {{ totalCount }} }} {ET} }} }}");

        Assert.Equal(("OPEN", 2), (opened.GetProperty("survey").GetProperty("status").GetString(), opened.GetProperty("survey").GetProperty("version").GetInt32()));
        var response = submitted.GetProperty("response");
        Assert.Equal("Service survey", response.GetProperty("survey").GetProperty("title").GetString());
        Assert.Equal(customer.Code, response.GetProperty("customer").GetProperty("code").GetString());
        Assert.Equal(response.GetProperty("id").GetString(), response.GetProperty("customer").GetProperty("surveyResponses")[0].GetProperty("id").GetString());
        Assert.Equal([1, 3], response.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("question").GetProperty("order").GetInt32()));
        Assert.Equal("FREE_TEXT", response.GetProperty("answers")[1].GetProperty("questionType").GetString());
        Assert.Equal("CLOSED", closed.GetProperty("survey").GetProperty("status").GetString());
        Assert.Equal(1, closed.GetProperty("survey").GetProperty("responses").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("[{ questionId: $q0, score: 9 }, { questionId: $q1, score: 4 }, { questionId: $q2, score: 8 }]", "answers.2.score")]
    [InlineData("[{ questionId: $q0, score: 11 }]", "answers.0.score")]
    [InlineData("[{ questionId: $q1, score: 4, text: \"Good\" }]", "answers.0.text")]
    [InlineData("[{ questionId: $q0, score: 9 }, { questionId: $q0, score: 8 }]", "answers.1.questionId")]
    [InlineData("[{ questionId: $q1, score: 4 }, { questionId: $other, score: 4 }]", "answers.1.questionId")]
    [InlineData("[]", "answers")]
    public async Task SubmitSurveyResponse_BadAnswer_ReturnsValidationErrorWithThePathOfTheAnswer(string answers, string field)
    {
        var survey = await StoreOpenSurveyAsync();
        var other = await StoreOpenSurveyAsync();

        var ids = answers.Replace("$q0", $"\"{Question(survey, 0)}\"", StringComparison.Ordinal).Replace("$q1", $"\"{Question(survey, 1)}\"", StringComparison.Ordinal)
            .Replace("$q2", $"\"{Question(survey, 2)}\"", StringComparison.Ordinal).Replace("$other", $"\"{Question(other, 0)}\"", StringComparison.Ordinal);

        var error = await api.MutationErrorAsync(
            $"mutation($s: ID!) {{ submitSurveyResponse(input: {{ surveyId: $s, answers: {ids} }}) {{ response {{ id }} {EVN} }} }}",
            new { s = DomainApi.Id("Survey", survey.Id) });

        Assert.Equal(("ValidationError", field), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        var stored = await api.DataAsync($"{{ node(id: \"{DomainApi.Id("Survey", survey.Id)}\") {{ ... on Survey {{ responses {{ totalCount }} }} }} }}");
        Assert.Equal(0, stored.GetProperty("node").GetProperty("responses").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task SubmitSurveyResponse_UnknownCustomerOrDraftSurvey_ReturnsNotFoundOrValidationError()
    {
        var open = await StoreOpenSurveyAsync();
        var draft = await api.StoreAsync(db =>
        {
            var survey = new Survey("Draft", SurveyKind.Product, Opens, Opens.AddYears(90));
            survey.AddQuestion("Q", QuestionType.Csat);
            db.Add(survey);
            return survey;
        });

        var customer = await api.MutationErrorAsync($"mutation {{ submitSurveyResponse(input: {{ surveyId: \"{DomainApi.Id("Survey", open.Id)}\", customerId: \"{DomainApi.Id("Customer", 999_999)}\", answers: [{{ questionId: \"{Question(open, 1)}\", score: 3 }}] }}) {{ response {{ id }} {EVN} }} }}");
        var closed = await api.MutationErrorAsync($"mutation {{ submitSurveyResponse(input: {{ surveyId: \"{DomainApi.Id("Survey", draft.Id)}\", answers: [{{ questionId: \"{DomainApi.Id("SurveyQuestion", draft.Questions[0].Id)}\", score: 3 }}] }}) {{ response {{ id }} {EVN} }} }}");

        Assert.Equal(("NotFoundError", "customerId"), (customer.GetProperty("__typename").GetString(), customer.GetProperty("field").GetString()));
        Assert.Equal(("ValidationError", "surveyId"), (closed.GetProperty("__typename").GetString(), closed.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task OpenAndCloseSurvey_OutOfOrder_ReturnInvalidTransitionErrors()
    {
        var empty = await api.MutateAsync($"mutation {{ createSurvey(input: {{ title: \"Empty\", kind: OTHER, opensAt: \"2025-01-01T00:00:00Z\", closesAt: \"2025-02-01T00:00:00Z\" }}) {{ survey {{ id }} {EV} }} }}");
        var id = empty.GetProperty("survey").GetProperty("id").GetString();

        var open = await api.MutationErrorAsync($"mutation {{ openSurvey(input: {{ id: \"{id}\", version: 1 }}) {{ survey {{ id }} {ET} }} }}");
        var close = await api.MutationErrorAsync($"mutation {{ closeSurvey(input: {{ id: \"{id}\", version: 1 }}) {{ survey {{ id }} {ET} }} }}");

        Assert.Equal("InvalidTransitionError", open.GetProperty("__typename").GetString());
        Assert.Contains("question", open.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(("InvalidTransitionError", "closed"), (close.GetProperty("__typename").GetString(), close.GetProperty("to").GetString()!.ToLowerInvariant()));
        Assert.Equal(["open"], close.GetProperty("allowed").EnumerateArray().Select(s => s.GetString()!.ToLowerInvariant()));
    }

    [Fact]
    public async Task CreateAndUpdateSurvey_BadQuestionOrSchedule_NameTheFieldAndStaleVersionsConflict()
    {
        var question = await api.MutationErrorAsync($"mutation {{ createSurvey(input: {{ title: \"T\", kind: OTHER, opensAt: \"2025-01-01T00:00:00Z\", closesAt: \"2025-02-01T00:00:00Z\", questions: [{{ text: \"Fine\", type: CSAT }}, {{ text: \" \", type: NPS }}] }}) {{ survey {{ id }} {EV} }} }}");
        var created = await api.MutateAsync($"mutation {{ createSurvey(input: {{ title: \"T\", kind: OTHER, opensAt: \"2025-01-01T00:00:00Z\", closesAt: \"2025-02-01T00:00:00Z\" }}) {{ survey {{ id }} {EV} }} }}");
        var id = created.GetProperty("survey").GetProperty("id").GetString();
        var schedule = await api.MutationErrorAsync($"mutation {{ updateSurvey(input: {{ id: \"{id}\", version: 1, closesAt: \"2024-12-01T00:00:00Z\" }}) {{ survey {{ id }} {EU} }} }}");
        var added = await api.MutateAsync($"mutation {{ addSurveyQuestions(input: {{ id: \"{id}\", version: 1, questions: [{{ text: \"Easy?\", type: CES }}] }}) {{ survey {{ title questions {{ text maxScore }} }} {EU} }} }}");
        var renamed = await api.MutateAsync($"mutation {{ updateSurvey(input: {{ id: \"{id}\", version: 1, title: \"Renamed\" }}) {{ survey {{ title version }} {EU} }} }}");
        var stale = await api.MutationErrorAsync($"mutation {{ updateSurvey(input: {{ id: \"{id}\", version: 1, title: \"Again\" }}) {{ survey {{ id }} {EU} }} }}");

        Assert.Equal(("ValidationError", "questions.1.text"), (question.GetProperty("__typename").GetString(), question.GetProperty("field").GetString()));
        Assert.Equal(("ValidationError", "closesAt"), (schedule.GetProperty("__typename").GetString(), schedule.GetProperty("field").GetString()));
        Assert.Equal(7, added.GetProperty("survey").GetProperty("questions")[0].GetProperty("maxScore").GetInt32());
        Assert.Equal(("Renamed", 2), (renamed.GetProperty("survey").GetProperty("title").GetString(), renamed.GetProperty("survey").GetProperty("version").GetInt32()));
        Assert.Equal(("ConcurrencyConflictError", 2), (stale.GetProperty("__typename").GetString(), stale.GetProperty("actualVersion").GetInt32()));
    }

    [Fact]
    public async Task SurveyResponses_FilteredByAnswersAndSurveyAndSorted_RunAsSql()
    {
        var survey = await StoreOpenSurveyAsync(responses: 6);
        api.Sql.Clear();

        var data = await api.DataAsync(
            "query($t: String!) { surveyResponses(where: { survey: { title: { eq: $t }, status: { in: [OPEN, CLOSED] } }, answers: { some: { questionType: { eq: NPS }, score: { gte: 8 } }, all: { score: { ngt: 9 } } } }, order: [{ submittedAt: DESC }]) { totalCount nodes { submittedAt answers { score } } } }",
            new { t = survey.Title });

        // Response r (0–5) gives NPS 5 + r, CSAT 1 + r mod 5 and CES 1 + r; NPS ≥ 8 and every score ≤ 9: r = 3 and 4.
        var nodes = data.GetProperty("surveyResponses").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal([9, 8], nodes.Select(n => n.GetProperty("answers")[0].GetProperty("score").GetInt32()));
        Assert.Contains(api.Sql.Commands, sql => sql.Contains("EXISTS", StringComparison.Ordinal) && sql.Contains("ORDER BY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SurveyResponses_PageOfFiftyOfOneSurveyWithThreeRelations_CostsAConstantNumberOfCommands()
    {
        var survey = await StoreOpenSurveyAsync(responses: 55);
        api.Sql.Clear();

        var data = await api.DataAsync(
            "query($t: String!) { surveyResponses(first: 50, where: { survey: { title: { eq: $t } } }) { nodes { customer { code } survey { title questions { text } } answers { score question { order survey { title } } } } } }",
            new { t = survey.Title });

        Assert.Equal(50, data.GetProperty("surveyResponses").GetProperty("nodes").GetArrayLength());
        // The page; the survey and the answers in one batch each (the responses are anonymous: no customer is read); then
        // the survey's questions and the answers' questions. Fifty responses await the one survey without extra commands.
        Assert.Equal(5, api.Sql.Commands.Count);
    }

    [Fact]
    public async Task Surveys_FilteredByQuestionsAndKindAndPagedForward_AnswerEachOnce()
    {
        var first = await StoreOpenSurveyAsync();
        var second = await StoreOpenSurveyAsync();
        const string Query = "query($ids: [String!]!, $after: String) { surveys(where: { title: { in: $ids }, kind: { neq: OTHER }, questions: { some: { type: { eq: FREE_TEXT } }, none: { order: { gt: 4 } } } }, order: [{ opensAt: ASC }, { title: DESC }], first: 1, after: $after) { pageInfo { hasNextPage endCursor } nodes { title questions { order } } } }";

        var page1 = (await api.DataAsync(Query, new { ids = new[] { first.Title, second.Title } })).GetProperty("surveys");
        var page2 = (await api.DataAsync(Query, new { ids = new[] { first.Title, second.Title }, after = page1.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("surveys");

        var titles = new[] { page1, page2 }.Select(p => p.GetProperty("nodes")[0].GetProperty("title").GetString()).ToList();
        Assert.Equal(new[] { first.Title, second.Title }.OrderDescending(StringComparer.Ordinal), titles);
        Assert.True(page1.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(page2.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    private static string Question(Survey survey, int index) => DomainApi.Id("SurveyQuestion", survey.Questions[index].Id);

    private async Task<Customer> StoreCustomerAsync() =>
        await api.StoreAsync(db =>
        {
            var customer = new Customer("S-" + Guid.NewGuid().ToString("N")[..10], "Survey Customer", CustomerSegment.Enterprise, "DE");
            db.Add(customer);
            return customer;
        });

    /// <summary>An open relationship survey with NPS, CSAT, CES and free-text questions and <paramref name="responses" /> responses (see the filter test).</summary>
    private async Task<Survey> StoreOpenSurveyAsync(int responses = 0) =>
        await api.StoreAsync(db =>
        {
            var survey = new Survey("Survey " + Guid.NewGuid().ToString("N")[..10], SurveyKind.Relationship, Opens, Opens.AddYears(90));
            var nps = survey.AddQuestion("Recommend?", QuestionType.Nps);
            var csat = survey.AddQuestion("Satisfied?", QuestionType.Csat);
            var ces = survey.AddQuestion("Easy?", QuestionType.Ces);
            survey.AddQuestion("Comments?", QuestionType.FreeText);
            survey.Open(Opens);
            db.Add(survey);
            for (var r = 0; r < responses; r++)
            {
                db.Add(survey.Submit(null, Opens.AddDays(r + 1), [new(nps, Math.Min(10, 5 + r)), new(csat, 1 + (r % 5)), new(ces, Math.Min(7, 1 + r))]));
            }

            return survey;
        });
}
