using CustomerComms.Domain.Common;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.DemoData;

/// <summary>
/// Fills an empty database with a realistic, deterministic data set: three years of customer communication
/// with complaints, corrective actions, surveys, satisfaction indicators, requirements and risks.
/// Everything is drawn from one seeded random sequence, so the same options give the same records.
/// Records are written through the normal save path, in batches, with their audit entries.
/// </summary>
public sealed partial class DemoDataGenerator
{
    private const int BatchSize = 2_000;

    private readonly CustomerCommsDbContext _context;
    private readonly DemoDataOptions _options;
    private readonly Random _random;
    private readonly DateTime _from;
    private readonly DateTime _until;
    private readonly DemoDataSummary _summary = new();
    private readonly DemoMonthlyCounts _monthly;
    private int _pending;
    private readonly List<Customer> _customers = [];

    public DemoDataGenerator(CustomerCommsDbContext context, DemoDataOptions options)
    {
        if (options.Scale is < 1 or > 1000)
        {
            throw new DomainValidationException("scale", "The scale must be between 1 and 1000.");
        }

        _context = context;
        _options = options;
        _random = new Random(options.Seed);
        _until = options.Until.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc);
        _from = options.Until.AddYears(-3).AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        _monthly = new DemoMonthlyCounts(_from);
    }

    /// <summary>True when the database already holds customer records.</summary>
    public static Task<bool> HasDataAsync(CustomerCommsDbContext context, CancellationToken cancellationToken = default)
    {
        return context.Set<Customer>().AnyAsync(cancellationToken);
    }

    public async Task<DemoDataSummary> GenerateAsync(CancellationToken cancellationToken = default)
    {
        var detectChanges = _context.ChangeTracker.AutoDetectChangesEnabled;
        _context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var indexes = await BulkLoadIndexes.SuspendAsync(_context, ["Communications", "AuditEntries"], cancellationToken);
        try
        {
            await GenerateCustomersAsync(cancellationToken);
            await GenerateCommunicationsAsync(cancellationToken);
            await GenerateComplaintsAsync(cancellationToken);
            await GenerateIndicatorsAsync(cancellationToken);
            await GenerateSurveysAsync(cancellationToken);
            await GenerateRequirementsAsync(cancellationToken);
            await GenerateRisksAsync(cancellationToken);
            await GeneratePropertyAsync(cancellationToken);
            await GenerateContingencyPlansAsync(cancellationToken);
            return _summary;
        }
        finally
        {
            _context.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    /// <summary>
    /// Queues a new record, with the new records it holds, for the next save. Records it refers to that were saved
    /// in an earlier batch (their key is set) are attached as unchanged, not inserted again.
    /// </summary>
    private void Add(Entity entity, string records)
    {
        _context.ChangeTracker.TrackGraph(entity, node => node.Entry.State = node.Entry.IsKeySet ? EntityState.Unchanged : EntityState.Added);
        _pending++;
        _summary.Add(records, 1);
    }

    /// <summary>
    /// Saves once <see cref="BatchSize"/> records are queued. Called between whole groups of related records, so a
    /// record is never saved and forgotten while a record added later still points at it.
    /// </summary>
    private async Task FlushWhenFullAsync(CancellationToken cancellationToken)
    {
        if (_pending >= BatchSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Saves queued records and stops tracking them, so memory stays flat at any scale.</summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        _context.ChangeTracker.DetectChanges();
        await _context.SaveChangesAsync(cancellationToken);
        foreach (var entry in _context.ChangeTracker.Entries().Where(e => e.Entity is not Customer and not Contact).ToList())
        {
            entry.State = EntityState.Detached;
        }

        _pending = 0;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Picks one of <paramref name="items"/> with probability proportional to its weight.</summary>
    private T PickWeighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = items.Sum(i => i.Weight);
        var draw = _random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            draw -= weight;
            if (draw < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>A normally distributed number (Box–Muller).</summary>
    private double Normal(double mean, double standardDeviation)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + (standardDeviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Sin(2.0 * Math.PI * u2));
    }

    /// <summary>A time during office hours on a weekday between <paramref name="from"/> and <paramref name="until"/>.</summary>
    private DateTime OfficeTime(DateTime from, DateTime until)
    {
        var span = (until - from).TotalMinutes;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var at = from.AddMinutes(Math.Floor(_random.NextDouble() * span));
            if (at.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && at.Hour is >= 8 and < 18)
            {
                return at;
            }
        }

        var day = from.AddMinutes(Math.Floor(_random.NextDouble() * span)).Date;
        var time = DateTime.SpecifyKind(day.AddHours(8 + _random.Next(10)).AddMinutes(_random.Next(60)), DateTimeKind.Utc);
        return time < from ? from : time > until ? until : time;
    }

    /// <summary>
    /// A time during office hours on the weekday of <paramref name="at"/> (a weekend moves to the Monday after, or to
    /// the Friday before when the history ends first), within the history.
    /// </summary>
    private DateTime OfficeTimeOn(DateTime at)
    {
        var day = at.Date;
        var step = day.AddDays(2) > _until ? -1 : 1;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(step);
        }

        var time = DateTime.SpecifyKind(day.AddHours(8).AddMinutes(_random.Next(600)), DateTimeKind.Utc);
        return time < _from ? _from : time > _until ? _until : time;
    }

    /// <summary>Adds a realistic duration to <paramref name="start"/> without passing <see cref="_until"/>.</summary>
    private DateTime After(DateTime start, TimeSpan typical)
    {
        var factor = Math.Exp(Normal(0, 0.5));
        var at = start + TimeSpan.FromMinutes(Math.Max(5, typical.TotalMinutes * factor));
        return at > _until ? _until : at;
    }
}
