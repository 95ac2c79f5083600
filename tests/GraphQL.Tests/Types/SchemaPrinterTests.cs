using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    [Fact]
    public void Print_KitchenSinkSdl_MatchesGraphQLJsPrintSchema()
    {
        var schema = SchemaBuilder.FromSdl(Golden("kitchen-sink.graphql")).Build();
        Assert.Equal(Golden("kitchen-sink.printed.graphql"), SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Print_PrintedSchema_RebuildsToTheSameText()
    {
        var printed = Golden("kitchen-sink.printed.graphql");
        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build()));
    }

    [Fact]
    public void Print_CommonRootNames_OmitsSchemaDefinition()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int }").Build();
        Assert.Equal("type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}", SchemaPrinter.Print(schema));
    }

    private static string Golden(string name) =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(Source())!, "Golden", name));

    private static string Source([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
