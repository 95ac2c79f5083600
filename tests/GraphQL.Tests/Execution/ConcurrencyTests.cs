using System.Collections.Concurrent;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using static CustomerComms.GraphQL.Tests.Execution.ExecutionHarness;

namespace CustomerComms.GraphQL.Tests.Execution;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Execute_QueryFields_RunConcurrently()
    {
        var first = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = SchemaBuilder.FromSdl("type Query { a: String b: String }")
            .Resolve("Query", "a", async _ =>
            {
                first.SetResult(null);
                await second.Task.WaitAsync(TimeSpan.FromSeconds(5));
                return "a";
            })
            .Resolve("Query", "b", async _ =>
            {
                await first.Task.WaitAsync(TimeSpan.FromSeconds(5));
                second.SetResult(null);
                return "b";
            })
            .Build();

        var json = await RunAsync(schema, "{ a b }");

        Assert.Equal(Json("{'data':{'a':'a','b':'b'}}"), json);
    }

    [Fact]
    public async Task Execute_MutationRootFields_RunOneAfterAnother()
    {
        var log = new ConcurrentQueue<string>();
        var schema = SchemaBuilder.FromSdl("type Query { a: String } type Mutation { slow: Int fast: Int }")
            .Resolve("Mutation", "slow", async _ =>
            {
                log.Enqueue("slow start");
                await Task.Delay(50);
                log.Enqueue("slow end");
                return 1;
            })
            .Resolve("Mutation", "fast", _ =>
            {
                log.Enqueue("fast");
                return 2;
            })
            .Build();

        var json = await RunAsync(schema, "mutation { first: slow fast second: slow }");

        Assert.Equal(Json("{'data':{'first':1,'fast':2,'second':1}}"), json);
        Assert.Equal(["slow start", "slow end", "fast", "slow start", "slow end"], log);
    }

    [Fact]
    public async Task Execute_ConcurrencyOff_FieldsRunInOrder()
    {
        var log = new ConcurrentQueue<string>();
        var schema = SchemaBuilder.FromSdl("type Query { a: Int b: Int }")
            .Resolve("Query", "a", async _ =>
            {
                await Task.Delay(30);
                log.Enqueue("a");
                return 1;
            })
            .Resolve("Query", "b", _ =>
            {
                log.Enqueue("b");
                return 2;
            })
            .Build();

        await RunAsync(schema, "{ a b }", options: ExecutionOptions.Default with { ConcurrentFields = false });

        Assert.Equal(["a", "b"], log);
    }
}
