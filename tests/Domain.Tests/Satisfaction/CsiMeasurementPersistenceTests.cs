using CustomerComms.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;
using CustomerComms.Domain.Tests.Persistence;

namespace CustomerComms.Domain.Tests.Satisfaction;

public sealed class CsiMeasurementPersistenceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    [Fact]
    public async Task SaveChanges_SecondMeasurementForSamePeriod_IsRefusedByUniqueIndex()
    {
        var january = new DateOnly(2026, 1, 1);
        int indicatorId;
        await using (var context = _database.NewContext())
        {
            var indicator = new CsiIndicator(
                "NPS", "Net promoter score", "Promoters minus detractors", "points", IndicatorDirection.HigherIsBetter,
                40, 30, 20, MeasurementFrequency.Monthly, "Quality", "Surveys");
            indicator.RecordMeasurement(january, new DateOnly(2026, 1, 31), 42, 200);
            context.Add(indicator);
            await context.SaveChangesAsync();
            indicatorId = indicator.Id;
        }

        await using (var context = _database.NewContext())
        {
            // Loaded without its measurements, the indicator cannot see the clash; the database must.
            var indicator = await context.Set<CsiIndicator>().SingleAsync(i => i.Id == indicatorId);
            indicator.RecordMeasurement(january, new DateOnly(2026, 1, 31), 10);

            await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task SaveChanges_SurveyResponse_ReadsBackWithAnswers()
    {
        var opens = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
        await using (var context = _database.NewContext())
        {
            var survey = new Survey("Post-delivery", SurveyKind.Transactional, opens, opens.AddDays(30));
            var nps = survey.AddQuestion("Recommend?", QuestionType.Nps);
            var text = survey.AddQuestion("Why?", QuestionType.FreeText);
            survey.Open(opens);
            context.Add(survey);
            context.Add(survey.Submit(null, opens.AddDays(1), [new SurveyAnswerInput(nps, 10), new SurveyAnswerInput(text, Text: "Fast")]));
            await context.SaveChangesAsync();
        }

        await using (var context = _database.NewContext())
        {
            var response = await context.Set<SurveyResponse>().Include(r => r.Answers).ThenInclude(a => a.Question).SingleAsync();

            Assert.Equal([10, null], response.Answers.OrderBy(a => a.Question.Order).Select(a => a.Score));
            Assert.Equal(DateTimeKind.Utc, response.SubmittedAt.Kind);
        }
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
    }
}
