using System.Runtime.CompilerServices;
using CustomerComms.Analytics.CustomerMetrics;
using CustomerComms.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Analysis.Stored;

/// <summary>
/// Aggregates stored records per period in SQL (DESIGN §5): only one row per period leaves the database. The SQL is
/// SQLite's dialect; values are parameters, and the only text spliced in is <see cref="PeriodWindow.BucketSql" />.
/// </summary>
internal static class StoredDataQueries
{
    public static async Task<IReadOnlyList<PeriodValue>> IndicatorSeriesAsync(CustomerCommsDbContext db, int indicatorId, PeriodWindow window, CancellationToken cancellationToken)
    {
        var sql = Sql(
            "SELECT " + window.BucketSql("\"PeriodStart\"") + " AS \"Bucket\", AVG(\"Value\") AS \"Value\", COUNT(*) AS \"Measurements\", SUM(\"SampleSize\") AS \"SampleSize\" " +
            "FROM \"CsiMeasurements\" WHERE \"CsiIndicatorId\" = {0} AND \"PeriodStart\" >= {1} AND \"PeriodStart\" <= {2} GROUP BY 1 ORDER BY 1",
            indicatorId, window.FirstDate, window.LastDate);
        var rows = await db.Database.SqlQuery<SeriesRow>(sql).ToListAsync(cancellationToken);
        window.EnsureBounded(rows.Count);
        return [.. rows.Select(row =>
        {
            var start = PeriodWindow.ParseBucket(row.Bucket);
            return new PeriodValue(start, window.PeriodEnd(start), row.Value, row.Measurements, row.SampleSize);
        })];
    }

    /// <summary>Complaints received per inbound communication; periods without inbound communications have no rate and are left out.</summary>
    public static async Task<IReadOnlyList<ComplaintRatePeriod>> ComplaintRateAsync(CustomerCommsDbContext db, PeriodWindow window, CancellationToken cancellationToken)
    {
        var sql = Sql(
            "WITH c AS (SELECT " + window.BucketSql("\"OccurredAt\"") + " AS \"Bucket\", COUNT(*) AS \"N\" FROM \"Communications\" " +
            "WHERE \"Direction\" = 'Inbound' AND \"OccurredAt\" >= {0} AND \"OccurredAt\" < {1} GROUP BY 1), " +
            "k AS (SELECT " + window.BucketSql("\"ReceivedAt\"") + " AS \"Bucket\", COUNT(*) AS \"N\" FROM \"Complaints\" " +
            "WHERE \"ReceivedAt\" >= {0} AND \"ReceivedAt\" < {1} GROUP BY 1) " +
            "SELECT c.\"Bucket\" AS \"Bucket\", c.\"N\" AS \"Communications\", COALESCE(k.\"N\", 0) AS \"Complaints\" FROM c LEFT JOIN k ON k.\"Bucket\" = c.\"Bucket\" ORDER BY 1",
            window.Start, window.End);
        var rows = await db.Database.SqlQuery<RateRow>(sql).ToListAsync(cancellationToken);
        window.EnsureBounded(rows.Count);
        return [.. rows.Select(row =>
        {
            var start = PeriodWindow.ParseBucket(row.Bucket);
            return new ComplaintRatePeriod(start, window.PeriodEnd(start), row.Complaints, row.Communications);
        })];
    }

    /// <summary>The NPS of the 0–10 answers to NPS questions, by the period their response was submitted in.</summary>
    public static async Task<IReadOnlyList<PeriodNetPromoterScore>> NetPromoterScoresAsync(CustomerCommsDbContext db, PeriodWindow window, int? surveyId, CancellationToken cancellationToken)
    {
        var sql = Sql(
            "SELECT " + window.BucketSql("r.\"SubmittedAt\"") + " AS \"Bucket\", " +
            "SUM(CASE WHEN a.\"Score\" >= 9 THEN 1 ELSE 0 END) AS \"Promoters\", " +
            "SUM(CASE WHEN a.\"Score\" BETWEEN 7 AND 8 THEN 1 ELSE 0 END) AS \"Passives\", " +
            "SUM(CASE WHEN a.\"Score\" <= 6 THEN 1 ELSE 0 END) AS \"Detractors\" " +
            "FROM \"SurveyAnswers\" a JOIN \"SurveyResponses\" r ON r.\"Id\" = a.\"SurveyResponseId\" " +
            "WHERE a.\"QuestionType\" = 'Nps' AND a.\"Score\" IS NOT NULL AND r.\"SubmittedAt\" >= {0} AND r.\"SubmittedAt\" < {1} " +
            "AND ({2} = 0 OR r.\"SurveyId\" = {2}) GROUP BY 1 ORDER BY 1",
            window.Start, window.End, surveyId ?? 0);
        var rows = await db.Database.SqlQuery<NpsRow>(sql).ToListAsync(cancellationToken);
        window.EnsureBounded(rows.Count);
        return [.. rows.Select(row =>
        {
            var start = PeriodWindow.ParseBucket(row.Bucket);
            return new PeriodNetPromoterScore(start, window.PeriodEnd(start), NetPromoterScore.FromCounts(row.Promoters, row.Passives, row.Detractors));
        })];
    }

    /// <summary>Acknowledgement and response times of complaints by the period they were received in, percentiles ranked in SQL.</summary>
    public static async Task<IReadOnlyList<ResponseTimePeriod>> ResponseTimesAsync(CustomerCommsDbContext db, PeriodWindow window, DateTime now, CancellationToken cancellationToken)
    {
        var acknowledgement = await TimesAsync(db, window, now, "\"AcknowledgedAt\"", "\"AcknowledgementDueAt\"", "0", cancellationToken);
        var response = await TimesAsync(db, window, now, "\"RespondedAt\"", "\"ResponseDueAt\"", "\"SlaPausedHours\"", cancellationToken);
        window.EnsureBounded(acknowledgement.Count);
        return [.. acknowledgement.Select(row =>
        {
            var start = PeriodWindow.ParseBucket(row.Bucket);
            var answered = response.First(r => r.Bucket == row.Bucket);
            return new ResponseTimePeriod(start, window.PeriodEnd(start), row.Received, Statistics(row), Statistics(answered));
        })];
    }

    private static async Task<List<TimeRow>> TimesAsync(
        CustomerCommsDbContext db, PeriodWindow window, DateTime now, string done, string due, string pausedHours, CancellationToken cancellationToken)
    {
        // Steps done are ranked among themselves per period (partitioned apart from those not done), so the
        // nearest-rank median is rank ceil(n/2) and the 90th percentile rank ceil(9n/10).
        var sql = Sql(
            "WITH t AS (SELECT " + window.BucketSql("\"ReceivedAt\"") + " AS \"Bucket\", " +
            "CASE WHEN " + done + " IS NULL THEN NULL ELSE (julianday(" + done + ") - julianday(\"ReceivedAt\")) * 24.0 - " + pausedHours + " END AS \"Hours\", " +
            "CASE WHEN " + done + " IS NOT NULL AND " + done + " <= " + due + " THEN 1 ELSE 0 END AS \"Within\", " +
            "CASE WHEN " + done + " IS NOT NULL OR " + due + " < {2} THEN 1 ELSE 0 END AS \"Due\" " +
            "FROM \"Complaints\" WHERE \"ReceivedAt\" >= {0} AND \"ReceivedAt\" < {1}), " +
            "r AS (SELECT \"Bucket\", \"Hours\", \"Within\", \"Due\", " +
            "ROW_NUMBER() OVER (PARTITION BY \"Bucket\", \"Hours\" IS NULL ORDER BY \"Hours\") AS \"Rank\", " +
            "COUNT(\"Hours\") OVER (PARTITION BY \"Bucket\") AS \"Done\" FROM t) " +
            "SELECT \"Bucket\", COUNT(*) AS \"Received\", MAX(\"Done\") AS \"Done\", SUM(\"Within\") AS \"Within\", SUM(\"Due\") AS \"Due\", " +
            "MAX(CASE WHEN \"Hours\" IS NOT NULL AND \"Rank\" = (\"Done\" + 1) / 2 THEN \"Hours\" END) AS \"Median\", " +
            "MAX(CASE WHEN \"Hours\" IS NOT NULL AND \"Rank\" = (9 * \"Done\" + 9) / 10 THEN \"Hours\" END) AS \"P90\" " +
            "FROM r GROUP BY \"Bucket\" ORDER BY 1",
            window.Start, window.End, now);
        return await db.Database.SqlQuery<TimeRow>(sql).ToListAsync(cancellationToken);
    }

    private static TimeStatistics Statistics(TimeRow row) => new(row.Done, row.Median, row.P90, row.Due, row.Within);

    private static FormattableString Sql(string format, params object?[] arguments) => FormattableStringFactory.Create(format, arguments);

    private sealed class SeriesRow
    {
        public string Bucket { get; set; } = "";

        public double Value { get; set; }

        public int Measurements { get; set; }

        public int? SampleSize { get; set; }
    }

    private sealed class RateRow
    {
        public string Bucket { get; set; } = "";

        public int Communications { get; set; }

        public int Complaints { get; set; }
    }

    private sealed class NpsRow
    {
        public string Bucket { get; set; } = "";

        public int Promoters { get; set; }

        public int Passives { get; set; }

        public int Detractors { get; set; }
    }

    private sealed class TimeRow
    {
        public string Bucket { get; set; } = "";

        public int Received { get; set; }

        public int Done { get; set; }

        public int Within { get; set; }

        public int Due { get; set; }

        public double? Median { get; set; }

        public double? P90 { get; set; }
    }
}
