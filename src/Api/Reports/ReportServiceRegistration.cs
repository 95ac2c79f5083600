namespace CustomerComms.Api.Reports;

/// <summary>Registers what the host adds around the report library: the archive and, when enabled, the schedule.</summary>
public static class ReportServiceRegistration
{
    public static IServiceCollection AddManagementReviews(this IServiceCollection services, ReportScheduleSettings schedule)
    {
        services.AddSingleton<ReviewArchive>();
        services.AddSingleton(schedule);
        services.AddSingleton<ReviewMailer>();
        services.AddSingleton<ReportScheduler>();
        if (schedule.Enabled)
        {
            services.AddHostedService(provider => provider.GetRequiredService<ReportScheduler>());
        }

        return services;
    }
}
