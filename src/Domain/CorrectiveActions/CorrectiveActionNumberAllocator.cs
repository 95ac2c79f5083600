using CustomerComms.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.CorrectiveActions;

/// <summary>
/// Finds the next free corrective action number of a year. It reads through <see cref="CustomerCommsDbContext"/>, so it sees
/// the current transaction's rows, and counts corrective actions added to the context but not yet saved. Call it inside the
/// transaction that saves the corrective action: the unique index on the number refuses a number taken by a concurrent writer.
/// </summary>
public sealed class CorrectiveActionNumberAllocator
{
    private readonly CustomerCommsDbContext _db;

    public CorrectiveActionNumberAllocator(CustomerCommsDbContext db)
    {
        _db = db;
    }

    public async Task<CorrectiveActionNumber> NextAsync(int year, CancellationToken cancellationToken = default)
    {
        var prefix = CorrectiveActionNumber.YearPrefix(year);

        // Numbers are fixed-width, so the highest number of the year is also the greatest string.
        var stored = await _db.Set<CorrectiveAction>()
            .Where(c => EF.Functions.Like(c.Number, prefix + "%"))
            .OrderByDescending(c => c.Number)
            .Select(c => c.Number)
            .FirstOrDefaultAsync(cancellationToken);

        var pending = _db.ChangeTracker.Entries<CorrectiveAction>()
            .Where(e => e.State == EntityState.Added && e.Entity.Number.StartsWith(prefix, StringComparison.Ordinal))
            .Select(e => e.Entity.Number);

        var highest = pending.Append(stored)
            .Select(n => CorrectiveActionNumber.TryParse(n, out var number) ? number.Sequence : 0)
            .DefaultIfEmpty(0)
            .Max();

        return new CorrectiveActionNumber(year, highest + 1);
    }
}
