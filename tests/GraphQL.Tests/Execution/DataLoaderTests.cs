using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using static CustomerComms.GraphQL.Tests.Execution.ExecutionHarness;

namespace CustomerComms.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private sealed record Order(int Id, int CustomerId);

    private sealed record Customer(int Id, string Name);

    [Fact]
    public async Task Load_ManyItemsSameRelation_OneBatchPerLevel()
    {
        var batches = new List<IReadOnlyList<int>>();
        var groupedBatches = 0;
        var schema = SchemaBuilder.FromSdl("""
            type Query { orders: [Order!]! }
            type Order { id: Int! customer: Customer }
            type Customer { id: Int! name: String! orders: [Order!]! }
            """)
            .Resolve("Query", "orders", _ => Enumerable.Range(1, 6).Select(id => new Order(id, id % 3)).ToList())
            .Resolve("Order", "customer", async context =>
            {
                var loader = context.DataLoader<int, Customer>("customerById", async (ids, _) =>
                {
                    lock (batches)
                    {
                        batches.Add(ids);
                    }

                    await Task.Delay(10);
                    return ids.ToDictionary(id => id, id => new Customer(id, "C" + id));
                });
                return await loader.LoadAsync(context.ParentAs<Order>().CustomerId);
            })
            .Resolve("Customer", "orders", context => context
                .GroupedDataLoader<int, Order>("ordersByCustomer", (ids, _) =>
                {
                    Interlocked.Increment(ref groupedBatches);
                    return Task.FromResult(Enumerable.Range(1, 6).Select(id => new Order(id, id % 3)).Where(order => ids.Contains(order.CustomerId)).ToLookup(order => order.CustomerId));
                })
                .LoadAsync(context.ParentAs<Customer>().Id))
            .Build();

        var json = await RunAsync(schema, "{ orders { id customer { name orders { id } } } }");

        Assert.StartsWith(Json("{'data':{'orders':[{'id':1,'customer':{'name':'C1','orders':[{'id':1},{'id':4}]}},{'id':2,"), json, StringComparison.Ordinal);
        Assert.Equal([[1, 2, 0]], batches);
        Assert.Equal(1, groupedBatches);
    }

    [Fact]
    public async Task Load_ManyFieldsAwaitingTheSameKey_TheirNestedLoadsStillFormOneBatch()
    {
        // 50 orders share 5 customers, so ten fields await each customer; when the customers arrive, every one of
        // those fields asks for the customer's orders, and all of those loads must make one batch.
        for (var run = 0; run < 20; run++)
        {
            var groupedBatches = 0;
            var schema = SchemaBuilder.FromSdl("""
                type Query { orders: [Order!]! }
                type Order { id: Int! customer: Customer buyer: Customer }
                type Customer { id: Int! orders: [Order!]! }
                """)
                .Resolve("Query", "orders", _ => Enumerable.Range(1, 50).Select(id => new Order(id, id % 5)).ToList())
                .Resolve("Order", "customer", async context => await LoadCustomer(context))
                .Resolve("Order", "buyer", async context => await LoadCustomer(context))
                .Resolve("Customer", "orders", context => context
                    .GroupedDataLoader<int, Order>("ordersByCustomer", (ids, _) =>
                    {
                        Interlocked.Increment(ref groupedBatches);
                        return Task.FromResult(Enumerable.Range(1, 50).Select(id => new Order(id, id % 5)).Where(order => ids.Contains(order.CustomerId)).ToLookup(order => order.CustomerId));
                    })
                    .LoadAsync(context.ParentAs<Customer>().Id))
                .Build();

            // As on a server: no synchronization context, so continuations run where the loads complete.
            var json = await Task.Run(() => RunAsync(schema, "{ orders { customer { orders { id } } buyer { orders { id } } } }"));

            Assert.DoesNotContain("errors", json, StringComparison.Ordinal);
            Assert.Contains(Json("{'orders':[{'id':5},{'id':10}"), json, StringComparison.Ordinal);
            Assert.Equal(1, groupedBatches);
        }

        static async Task<Customer?> LoadCustomer(ResolveContext context) =>
            await context.DataLoader<int, Customer>("customerById", async (ids, _) =>
            {
                await Task.Delay(5);
                return ids.ToDictionary(id => id, id => new Customer(id, "C" + id));
            }).LoadAsync(context.ParentAs<Order>().CustomerId);
    }

    [Fact]
    public async Task Load_SameKeyTwice_CachedForRequest()
    {
        var calls = 0;
        var schema = SchemaBuilder.FromSdl("type Query { a: String b: String }")
            .Resolve("Query", "a", context => Load(context))
            .Resolve("Query", "b", context => Load(context))
            .Build();

        var json = await RunAsync(schema, "{ a b }");

        Assert.Equal(Json("{'data':{'a':'v1','b':'v1'}}"), json);
        Assert.Equal(1, calls);

        Task<string?> Load(ResolveContext context) =>
            context.DataLoader<int, string>("values", (ids, _) =>
            {
                Interlocked.Increment(ref calls);
                return Task.FromResult<IReadOnlyDictionary<int, string>>(ids.ToDictionary(id => id, id => "v" + id));
            }).LoadAsync(1);
    }
}
