using CustomerComms.Reports.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerComms.Reports;

/// <summary>Registers the report library.</summary>
public static class ReportServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ReportOptions"/> (configured by <paramref name="configure"/>), the <see cref="ChromiumPdfPrinter"/>
    /// and the <see cref="ManagementReviewGenerator"/>, all singletons (they hold no per-request state).
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services, Func<ReportOptions, ReportOptions>? configure = null)
    {
        var options = configure?.Invoke(new ReportOptions()) ?? new ReportOptions();
        services.AddSingleton(options);
        services.AddSingleton<ChromiumPdfPrinter>();
        services.AddSingleton<ManagementReviewGenerator>(provider =>
            new ManagementReviewGenerator(provider.GetRequiredService<ReportOptions>(), provider.GetRequiredService<ChromiumPdfPrinter>()));
        return services;
    }
}
