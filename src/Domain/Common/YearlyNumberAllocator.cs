using System.Linq.Expressions;
using CustomerComms.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.Common;

/// <summary>
/// Finds the next free sequence of a year for records numbered by a <see cref="YearlyNumberFormat"/>. It reads through
/// the context, so it sees the current transaction's rows, and counts records added to the context but not yet saved.
/// Call it inside the transaction that saves the record: a unique index on the number refuses a number taken by a
/// concurrent writer.
/// </summary>
internal static class YearlyNumberAllocator
{
    public static async Task<int> NextSequenceAsync<TEntity>(
        CustomerCommsDbContext db,
        YearlyNumberFormat format,
        Expression<Func<TEntity, string>> number,
        int year,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var prefix = format.YearPrefix(year);
        var numberOf = number.Compile();

        // Numbers are fixed-width, so the highest number of the year is also the greatest string.
        var numbers = db.Set<TEntity>().Select(number);
        var stored = await numbers
            .Where(n => EF.Functions.Like(n, prefix + "%"))
            .OrderByDescending(n => n)
            .FirstOrDefaultAsync(cancellationToken);

        var pending = db.ChangeTracker.Entries<TEntity>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => numberOf(e.Entity))
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal));

        return pending.Append(stored)
            .Select(n => format.TryParse(n, out _, out var sequence) ? sequence : 0)
            .DefaultIfEmpty(0)
            .Max() + 1;
    }
}
