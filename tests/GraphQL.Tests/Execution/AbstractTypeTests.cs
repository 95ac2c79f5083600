using CustomerComms.GraphQL.Types;
using static CustomerComms.GraphQL.Tests.Execution.ExecutionHarness;

namespace CustomerComms.GraphQL.Tests.Execution;

public sealed class AbstractTypeTests
{
    private const string Sdl = """
        type Query { pets: [Pet] things: [Thing] }
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        union Thing = Dog | Cat
        """;

    private static readonly object[] Animals =
    [
        new Dictionary<string, object?> { ["kind"] = "dog", ["name"] = "Rex", ["barks"] = true },
        new Dictionary<string, object?> { ["kind"] = "cat", ["name"] = "Tom", ["meows"] = false },
    ];

    private static string? KindOf(object value) => ((IReadOnlyDictionary<string, object?>)value)["kind"] is "dog" ? "Dog" : "Cat";

    [Fact]
    public async Task Execute_ResolveType_SelectsFragments()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).ResolveType("Pet", (value, _) => KindOf(value)).ResolveType("Thing", (value, _) => KindOf(value)).Build();

        var json = await RunAsync(schema, "{ pets { __typename name ... on Dog { barks } ... on Cat { meows } } things { ... on Pet { name } } }", root: new Dictionary<string, object?> { ["pets"] = Animals, ["things"] = Animals });

        Assert.Equal(Json("{'data':{'pets':[{'__typename':'Dog','name':'Rex','barks':true},{'__typename':'Cat','name':'Tom','meows':false}],'things':[{'name':'Rex'},{'name':'Tom'}]}}"), json);
    }

    [Fact]
    public async Task Execute_IsTypeOf_UsedWithoutResolveType()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .IsTypeOf("Dog", (value, _) => KindOf(value) == "Dog")
            .IsTypeOf("Cat", (value, _) => KindOf(value) == "Cat")
            .Build();

        var json = await RunAsync(schema, "{ things { __typename } }", root: new Dictionary<string, object?> { ["things"] = Animals });

        Assert.Equal(Json("{'data':{'things':[{'__typename':'Dog'},{'__typename':'Cat'}]}}"), json);
    }

    [Fact]
    public async Task Execute_NoWayToResolve_FieldErrorPerItem()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).Build();

        var json = await RunAsync(schema, "{ pets { name } }", root: new Dictionary<string, object?> { ["pets"] = Animals[..1] });

        Assert.Equal(
            """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["pets",0],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"pets":[null]}}""",
            json);
    }

    [Fact]
    public async Task Execute_ResolvedToTypeOutsideUnion_FieldError()
    {
        var schema = SchemaBuilder.FromSdl(Sdl + "\ntype Bird { name: String }\n").ResolveType("Pet", (_, _) => "Bird").Build();

        var json = await RunAsync(schema, "{ pets { name } }", root: new Dictionary<string, object?> { ["pets"] = Animals[..1] });

        Assert.Contains("Runtime Object type \\\"Bird\\\" is not a possible type for \\\"Pet\\\".", json, StringComparison.Ordinal);
    }
}
