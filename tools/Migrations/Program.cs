// Adds an EF Core migration for the CustomerComms model:
//   dotnet run --project tools/Migrations -- add <MigrationName>
// The migration and the updated model snapshot are written to src/Domain/Persistence/Migrations.
using CustomerComms.Domain.Auditing;
using CustomerComms.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;

if (args is not ["add", var name])
{
    Console.Error.WriteLine("usage: dotnet run --project tools/Migrations -- add <MigrationName>");
    return 2;
}

var repositoryRoot = FindRepositoryRoot();
var outputFolder = Path.Combine(repositoryRoot, "src", "Domain", "Persistence", "Migrations");

var options = new DbContextOptionsBuilder<CustomerCommsDbContext>()
    .UseSqlite("Data Source=:memory:", sqlite => sqlite.MigrationsAssembly(typeof(CustomerCommsDbContext).Assembly.GetName().Name))
    .Options;
using var context = new CustomerCommsDbContext(options, TimeProvider.System, new AuditActor());

var services = new ServiceCollection();
services.AddEntityFrameworkDesignTimeServices();
services.AddDbContextDesignTimeServices(context);
new SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
using var provider = services.BuildServiceProvider();

var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(name, "CustomerComms.Domain", "Persistence.Migrations", "C#");
var files = scaffolder.Save(Path.Combine(repositoryRoot, "src", "Domain"), migration, outputFolder);

Console.WriteLine($"Migration: {Path.GetRelativePath(repositoryRoot, files.MigrationFile!)}");
Console.WriteLine($"Metadata:  {Path.GetRelativePath(repositoryRoot, files.MetadataFile!)}");
Console.WriteLine($"Snapshot:  {Path.GetRelativePath(repositoryRoot, files.SnapshotFile!)}");
return 0;

static string FindRepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "CustomerComms.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("Run this from within the CustomerComms repository.");
}
