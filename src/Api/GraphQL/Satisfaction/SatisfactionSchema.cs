using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Satisfaction;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Satisfaction;

/// <summary>Customer satisfaction (ISO 9001 §9.1.2): indicators with their measurements, and surveys with their responses.</summary>
internal static class SatisfactionSchema
{
    public static SchemaBuilder AddSatisfactionDataFields(this SchemaBuilder builder)
    {
        return builder
            .FilterFields<CsiIndicator>(f => f
                .Field(i => i.Code).Field(i => i.Name).Field(i => i.Definition).Field(i => i.Unit).Field(i => i.Direction)
                .Field(i => i.Target).Field(i => i.AmberThreshold).Field(i => i.RedThreshold).Field(i => i.Frequency)
                .Field(i => i.Owner).Field(i => i.DataSource).Field(i => i.IsActive).Field(i => i.CreatedAt).Field(i => i.UpdatedAt)
                .Field(i => i.Measurements))
            .SortFields<CsiIndicator>(f => f
                .Field(i => i.Code).Field(i => i.Name).Field(i => i.Unit).Field(i => i.Direction).Field(i => i.Target)
                .Field(i => i.Frequency).Field(i => i.Owner).Field(i => i.IsActive).Field(i => i.CreatedAt).Field(i => i.UpdatedAt))
            .FilterFields<CsiMeasurement>(f => f
                .Field(m => m.PeriodStart).Field(m => m.PeriodEnd).Field(m => m.Value).Field(m => m.SampleSize).Field(m => m.Note)
                .Field(m => m.CreatedAt))
            .SortFields<CsiMeasurement>(f => f
                .Field(m => m.PeriodStart).Field(m => m.PeriodEnd).Field(m => m.Value).Field(m => m.SampleSize).Field(m => m.CreatedAt))
            .FilterFields<Survey>(f => f
                .Field(s => s.Title).Field(s => s.Kind).Field(s => s.Status).Field(s => s.OpensAt).Field(s => s.ClosesAt)
                .Field(s => s.OpenedAt).Field(s => s.ClosedAt).Field(s => s.CreatedAt).Field(s => s.UpdatedAt).Field(s => s.Questions))
            .SortFields<Survey>(f => f
                .Field(s => s.Title).Field(s => s.Kind).Field(s => s.Status).Field(s => s.OpensAt).Field(s => s.ClosesAt)
                .Field(s => s.OpenedAt).Field(s => s.ClosedAt).Field(s => s.CreatedAt).Field(s => s.UpdatedAt))
            .FilterFields<SurveyQuestion>(f => f.Field(q => q.Text).Field(q => q.Type).Field(q => q.Order))
            .SortFields<SurveyQuestion>(f => f.Field(q => q.Text).Field(q => q.Type).Field(q => q.Order))
            .FilterFields<SurveyResponse>(f => f.Field(r => r.SubmittedAt).Field(r => r.Survey).Field(r => r.Answers))
            .SortFields<SurveyResponse>(f => f.Field(r => r.SubmittedAt).Field(r => r.Survey))
            .FilterFields<SurveyAnswer>(f => f.Field(a => a.QuestionType).Field(a => a.Score).Field(a => a.Text).Field(a => a.Question))
            .SortFields<SurveyAnswer>(f => f.Field(a => a.QuestionType).Field(a => a.Score));
    }

    public static SchemaBuilder AddSatisfaction(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .AddCsiIndicators(nodes)
            .AddSurveys(nodes);
    }
}
