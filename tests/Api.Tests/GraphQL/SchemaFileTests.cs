using CustomerComms.Api.GraphQL;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.Tests.GraphQL;

public sealed class SchemaFileTests
{
    [Fact]
    public void SchemaFile_AtTheRepositoryRoot_MatchesTheRunningSchema()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "CustomerComms.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("The tests run outside the source tree.");
        }

        var stored = File.ReadAllText(Path.Combine(folder.FullName, "schema.graphql"));

        Assert.True(
            stored == SchemaPrinter.Print(ApiSchema.Build()),
            "schema.graphql is stale: regenerate it with `dotnet run --project src/Api -- schema`.");
    }
}
