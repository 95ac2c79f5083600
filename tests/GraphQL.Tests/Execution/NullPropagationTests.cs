using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using static CustomerComms.GraphQL.Tests.Execution.ExecutionHarness;

namespace CustomerComms.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { nullable: Item nonNull: Item! items: [Item!] looseItems: [Item] strictItems: [Item!]! }
        type Item { ok: String fails: String failsNonNull: String! nullNonNull: String! child: Item coded: String count: Int }
        """)
        .Resolve("Item", "ok", _ => "ok")
        .Resolve("Item", "fails", _ => throw new InvalidOperationException("boom"))
        .Resolve("Item", "failsNonNull", _ => throw new InvalidOperationException("boom!"))
        .Resolve("Item", "nullNonNull", _ => null)
        .Resolve("Item", "child", _ => new object())
        .Resolve("Item", "coded", _ => throw new GraphQLException("Not allowed.", "FORBIDDEN"))
        .Resolve("Item", "count", _ => "many")
        .Resolve("Query", "nullable", _ => new object())
        .Resolve("Query", "nonNull", _ => new object())
        .Resolve("Query", "items", _ => new object[] { new(), new() })
        .Resolve("Query", "looseItems", _ => new object?[] { new(), null })
        .Resolve("Query", "strictItems", _ => new object?[] { new(), null })
        .Build();

    [Fact]
    public async Task Execute_ResolverThrows_NullWithErrorAtPath()
    {
        var json = await RunAsync(Schema, "{ nullable { ok fails } }");

        Assert.Equal(Json("{'errors':[{'message':'boom','locations':[{'line':1,'column':17}],'path':['nullable','fails'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'nullable':{'ok':'ok','fails':null}}}"), json);
    }

    [Fact]
    public async Task Execute_NonNullFieldThrows_ParentBecomesNull()
    {
        var json = await RunAsync(Schema, "{ nullable { ok failsNonNull } }");

        Assert.Equal(Json("{'errors':[{'message':'boom!','locations':[{'line':1,'column':17}],'path':['nullable','failsNonNull'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'nullable':null}}"), json);
    }

    [Fact]
    public async Task Execute_NullForNonNullAcrossNonNullParents_DataNull()
    {
        var json = await RunAsync(Schema, "{ nonNull { nullNonNull } }");

        Assert.Equal(Json("{'errors':[{'message':'Cannot return null for non-nullable field Item.nullNonNull.','locations':[{'line':1,'column':13}],'path':['nonNull','nullNonNull'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':null}"), json);
    }

    [Fact]
    public async Task Execute_NonNullItemFails_ListBecomesNull()
    {
        var json = await RunAsync(Schema, "{ items { failsNonNull } }");

        Assert.Equal(Json("{'errors':[{'message':'boom!','locations':[{'line':1,'column':11}],'path':['items',0,'failsNonNull'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'items':null}}"), json);
    }

    [Fact]
    public async Task Execute_NullItemInNullableList_OnlyItemNull()
    {
        var json = await RunAsync(Schema, "{ looseItems { ok } }");

        Assert.Equal(Json("{'data':{'looseItems':[{'ok':'ok'},null]}}"), json);
    }

    [Fact]
    public async Task Execute_NullItemInNonNullList_BubblesToRoot()
    {
        var json = await RunAsync(Schema, "{ strictItems { ok } }");

        Assert.Equal(Json("{'errors':[{'message':'Cannot return null for non-nullable field Query.strictItems.','locations':[{'line':1,'column':3}],'path':['strictItems',1],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':null}"), json);
    }

    [Fact]
    public async Task Execute_GraphQLException_KeepsItsCode()
    {
        var json = await RunAsync(Schema, "{ nullable { coded } }");

        Assert.Contains(Json("'extensions':{'code':'FORBIDDEN'}"), json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_SerializeFails_FieldError()
    {
        var json = await RunAsync(Schema, "{ nullable { count } }");

        Assert.Equal("""{"errors":[{"message":"Int cannot represent non-integer value: \"many\"","locations":[{"line":1,"column":14}],"path":["nullable","count"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"nullable":{"count":null}}}""", json);
    }
}
