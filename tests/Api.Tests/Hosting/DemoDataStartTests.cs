using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerComms.Api.Tests.Hosting;

public sealed class DemoDataStartTests
{
    [Fact]
    public async Task Start_EmptyDatabaseWithDemoSeeding_LoadsTheDemoDataOnce()
    {
        await using var server = await LoopbackServer.StartAsync(seedDemoData: true);
        var customers = await CountCustomersAsync(server.Services);

        // A second start on the same file finds the data and does not load it again.
        var app = Api.Hosting.ApiHost.CreateApplication(
            ["--urls", "http://127.0.0.1:0", $"--ConnectionStrings:Default=Data Source={server.DatabasePath}", "--Logging:LogLevel:Default=Warning"]);
        await Api.Hosting.ApiHost.PrepareDatabaseAsync(app);

        Assert.InRange(customers, 140, 160);
        Assert.Equal(customers, await CountCustomersAsync(app.Services));
        await app.DisposeAsync();
    }

    private static async Task<int> CountCustomersAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CustomerCommsDbContext>().Set<Customer>().CountAsync();
    }
}
