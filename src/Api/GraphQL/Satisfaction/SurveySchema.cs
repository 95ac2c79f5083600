using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Satisfaction;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Satisfaction;

/// <summary>Customer surveys, their questions and the customers' responses (ISO 9001 §8.2.1 c, §9.1.2).</summary>
internal static class SurveySchema
{
    public static SchemaBuilder AddSurveys(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .Enum<SurveyKind>("SurveyKind", type => type
                .Description("What a survey asks about.")
                .Value("RELATIONSHIP", description: "A periodic survey of the whole relationship.")
                .Value("TRANSACTIONAL", description: "Sent after a delivery, a service call or another transaction.")
                .Value("POST_COMPLAINT", description: "Sent after a complaint is closed, about its handling.")
                .Value("PRODUCT", description: "About a product.")
                .Value("OTHER", description: "Anything else."))
            .Enum<SurveyStatus>("SurveyStatus", type => type
                .Description("Where a survey is in its life: DRAFT → OPEN → CLOSED.")
                .Value("DRAFT", description: "Being prepared; questions can be added.")
                .Value("OPEN", description: "Accepting responses between its open and close dates.")
                .Value("CLOSED", description: "No longer accepting responses."))
            .Enum<QuestionType>("QuestionType", type => type
                .Description("What kind of answer a question takes.")
                .Value("NPS", description: "Net Promoter Score: likelihood to recommend, a score 0–10.")
                .Value("CSAT", description: "Customer satisfaction, a score 1–5.")
                .Value("CES", description: "Customer effort, a score 1–7.")
                .Value("FREE_TEXT", description: "Answered in words."))
            .Object<Survey>("Survey", type => type
                .Description("A customer survey: questions fixed while it is a draft, responses accepted while it is open and within its dates.")
                .Node("Survey", nodes)
                .Field(s => s.Title, f => f.Description("The survey's title."))
                .Field(s => s.Kind, f => f.Description("What the survey asks about."))
                .Field(s => s.OpensAt, f => f.Description("Responses are accepted from this time (UTC) …"))
                .Field(s => s.ClosesAt, f => f.Description("… up to and including this time (UTC), while the survey is open."))
                .Field(s => s.Status, f => f.Description("Where the survey is in its life."))
                .Field("allowedTransitions", "[SurveyStatus!]!", ctx => ctx.ParentAs<Survey>().AllowedTransitions, f => f
                    .Description("The statuses the survey may move to now."))
                .Field(s => s.OpenedAt, f => f.Description("When it was opened (UTC); null while a draft."))
                .Field(s => s.ClosedAt, f => f.Description("When it was closed (UTC); null until then."))
                .FieldAsync("questions", "[SurveyQuestion!]!", async ctx =>
                    (await ctx.LoadChildrenAsync<SurveyQuestion>(ctx.ParentAs<Survey>().Id, q => q.SurveyId)).OrderBy(q => q.Order).ToList(), f => f
                    .Description("The questions in the order they are asked."))
                .Connection<Survey, SurveyResponse>("responses", ctx => ctx.Query<SurveyResponse>().Where(r => r.SurveyId == ctx.ParentAs<Survey>().Id), c => c
                    .Description("The responses to the survey, filtered and ordered as asked (by default in the order they arrived).")
                    .TypeName("SurveyResponses")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)))
            .Object<SurveyQuestion>("SurveyQuestion", type => type
                .Description("One question of a survey; its type decides which answers are valid.")
                .Node("SurveyQuestion", nodes)
                .Field(q => q.Text, f => f.Description("The question as asked."))
                .Field(q => q.Type, f => f.Description("What kind of answer it takes."))
                .Field(q => q.Order, f => f.Description("1, 2, 3, … in the order the questions are asked."))
                .Field(q => q.MinScore, f => f.Description("The lowest valid score (0 for NPS, 1 for CSAT and CES); null for free text."))
                .Field(q => q.MaxScore, f => f.Description("The highest valid score (10 for NPS, 5 for CSAT, 7 for CES); null for free text."))
                .FieldAsync("survey", "Survey!", async ctx => (await ctx.LoadAsync<Survey>(ctx.ParentAs<SurveyQuestion>().SurveyId))!, f => f
                    .Description("The survey the question belongs to.")))
            .Object<SurveyResponse>("SurveyResponse", type => type
                .Description("One customer's answers to a survey; not changed once submitted.")
                .Node("SurveyResponse", nodes)
                .Field(r => r.SubmittedAt, f => f.Description("When the response was submitted (UTC)."))
                .FieldAsync("survey", "Survey!", async ctx => (await ctx.LoadAsync<Survey>(ctx.ParentAs<SurveyResponse>().SurveyId))!, f => f
                    .Description("The survey answered."))
                .FieldAsync("customer", "Customer", ctx => ctx.LoadAsync<Customer>(ctx.ParentAs<SurveyResponse>().CustomerId), f => f
                    .Description("The responding customer; null for an anonymous response."))
                .FieldAsync("answers", "[SurveyAnswer!]!", async ctx =>
                    (await ctx.LoadChildrenAsync<SurveyAnswer>(ctx.ParentAs<SurveyResponse>().Id, a => a.SurveyResponseId)), f => f
                    .Description("The answers, in the order they were given.")))
            .Object<SurveyAnswer>("SurveyAnswer", type => type
                .Description("The answer to one question in a response: a score for NPS, CSAT and CES, text for free text.")
                .Node("SurveyAnswer", nodes)
                .Field(a => a.QuestionType, f => f.Description("The question's type, kept with the answer."))
                .Field(a => a.Score, f => f.Description("The score; null for a free-text answer."))
                .Field(a => a.Text, f => f.Description("The text; null for a scored answer."))
                .FieldAsync("question", "SurveyQuestion!", async ctx => (await ctx.LoadAsync<SurveyQuestion>(ctx.ParentAs<SurveyAnswer>().SurveyQuestionId))!, f => f
                    .Description("The question answered."))
                .FieldAsync("response", "SurveyResponse!", async ctx => (await ctx.LoadAsync<SurveyResponse>(ctx.ParentAs<SurveyAnswer>().SurveyResponseId))!, f => f
                    .Description("The response the answer is part of.")))
            .Object<Customer>("Customer", type => type
                .FieldAsync("surveyResponses", "[SurveyResponse!]!", ctx => ctx.LoadChildrenAsync<SurveyResponse>(ctx.ParentAs<Customer>().Id, r => r.CustomerId), f => f
                    .Description("The customer's survey responses, oldest first.")))
            .Query(query => query
                .Connection("surveys", ctx => ctx.Query<Survey>(), c => c
                    .Description("Customer surveys, filtered and ordered as asked (by default in the order they were created).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance))
                .Connection("surveyResponses", ctx => ctx.Query<SurveyResponse>(), c => c
                    .Description("Survey responses of every survey, filtered and ordered as asked (by default in the order they arrived).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)));
    }
}
