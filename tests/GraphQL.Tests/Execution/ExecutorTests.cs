using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using static CustomerComms.GraphQL.Tests.Execution.ExecutionHarness;

namespace CustomerComms.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { a: String b: Int! deep: Deep greet(name: String = "world"): String list: [Int] }
        type Deep { c: String d: Deep }
        """)
        .Resolve("Query", "greet", context => "hello " + context.Argument<string>("name"))
        .Build();

    private static readonly Dictionary<string, object?> Root = new()
    {
        ["a"] = "A",
        ["b"] = 2,
        ["deep"] = new Dictionary<string, object?> { ["c"] = "C", ["d"] = new Dictionary<string, object?> { ["c"] = "CC" } },
        ["list"] = new[] { 1, 2, 3 },
    };

    [Fact]
    public async Task Execute_AliasesAndFragments_KeysInSelectionOrder()
    {
        var json = await RunAsync(Schema, "{ b x: a ...F deep { d { c } c } } fragment F on Query { a b list }", root: Root);

        Assert.Equal(Json("{'data':{'b':2,'x':'A','a':'A','list':[1,2,3],'deep':{'d':{'c':'CC'},'c':'C'}}}"), json);
    }

    [Fact]
    public async Task Execute_SkipAndInclude_FollowDirectives()
    {
        var json = await RunAsync(Schema, "query($no: Boolean!) { a @skip(if: true) b @include(if: $no) ... @include(if: false) { list } deep @skip(if: $no) { c } }", "{\"no\":false}", Root);

        Assert.Equal(Json("{'data':{'deep':{'c':'C'}}}"), json);
    }

    [Fact]
    public async Task Execute_ArgumentDefaultAndVariable_Applied()
    {
        var json = await RunAsync(Schema, "query($n: String) { d: greet x: greet(name: \"you\") y: greet(name: $n) }");

        Assert.Equal(Json("{'data':{'d':'hello world','x':'hello you','y':'hello world'}}"), json);
    }

    [Fact]
    public async Task Execute_TypeName_NamesObjectTypes()
    {
        var json = await RunAsync(Schema, "{ __typename deep { __typename } }", root: Root);

        Assert.Equal(Json("{'data':{'__typename':'Query','deep':{'__typename':'Deep'}}}"), json);
    }

    [Fact]
    public async Task Execute_SeveralOperationsWithoutName_RequestError()
    {
        var json = await RunAsync(Schema, "query A { a } query B { b }");

        Assert.Equal(Json("{'errors':[{'message':'Must provide operation name if query contains multiple operations.','extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}"), json);
    }

    [Fact]
    public async Task Execute_OperationName_RunsThatOperation()
    {
        var json = await RunAsync(Schema, "query A { a } query B { b }", root: Root, operationName: "B");

        Assert.Equal(Json("{'data':{'b':2}}"), json);
    }

    [Fact]
    public async Task Execute_UnknownOperationName_RequestError()
    {
        var json = await RunAsync(Schema, "query A { a }", operationName: "C");

        Assert.Contains("Unknown operation named \\u0022C\\u0022.", json.Replace("\\\"", "\\u0022", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_SyntaxError_NoDataWithLocation()
    {
        var json = await RunAsync(Schema, "{ a");

        Assert.Equal(Json("{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':4}],'extensions':{'code':'GRAPHQL_PARSE_FAILED'}}]}"), json);
    }

    [Fact]
    public async Task Execute_MutationOnSchemaWithout_DataNull()
    {
        // Validation refuses this document first; the executor still defends itself when validation is off.
        var json = await RunAsync(Schema, "mutation { a }", options: new ExecutionOptions { Validate = static (_, _) => [] });

        Assert.Equal(Json("{'errors':[{'message':'Schema is not configured to execute mutation operation.','locations':[{'line':1,'column':1}],'extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}],'data':null}"), json);
    }

    [Fact]
    public async Task Execute_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var executor = new CustomerComms.GraphQL.Execution.RequestExecutor(Schema);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => executor.ExecuteAsync("{ a }", cancellationToken: cancellation.Token));
    }
}
