using Microsoft.EntityFrameworkCore;

namespace CustomerComms.GraphQL.Tests.Data;

public sealed class DataTestContext(DbContextOptions<DataTestContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Communication> Communications => Set<Communication>();
}
