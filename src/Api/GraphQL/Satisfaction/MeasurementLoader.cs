using System.Globalization;
using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Domain.Satisfaction;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Satisfaction;

/// <summary>
/// An indicator's measurements in period order, optionally limited to the periods that overlap a date range. The
/// range and the order are part of the SQL; every indicator asking with the same range shares one batch.
/// </summary>
internal static class MeasurementLoader
{
    public static Task<IReadOnlyList<CsiMeasurement>> LoadMeasurementsAsync(this ResolveContext context, int indicatorId, DateOnly? from = null, DateOnly? to = null)
    {
        var contexts = context.Service<ReadDbContexts>();
        var name = string.Create(CultureInfo.InvariantCulture, $"CsiMeasurement.byIndicator.{from:yyyy-MM-dd}.{to:yyyy-MM-dd}");
        return context.GroupedDataLoader<int, CsiMeasurement>(name, async (ids, cancellationToken) =>
        {
            var keys = ids.ToArray();
            var query = contexts.Open().Set<CsiMeasurement>().Where(m => keys.Contains(m.CsiIndicatorId));
            if (from is { } first)
            {
                query = query.Where(m => m.PeriodEnd >= first);
            }

            if (to is { } last)
            {
                query = query.Where(m => m.PeriodStart <= last);
            }

            var items = await query.OrderBy(m => m.PeriodStart).ToListAsync(cancellationToken);
            return items.ToLookup(m => m.CsiIndicatorId);
        }).LoadAsync(indicatorId);
    }
}
