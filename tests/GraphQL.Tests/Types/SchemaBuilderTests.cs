using System.ComponentModel;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    public enum CustomerStatus
    {
        [Description("Still a customer.")]
        Active,
        InProgress,
        [Obsolete("Use Active.")]
        Dormant,
    }

    [Fact]
    public void Build_ClrBoundObject_InfersTypesAndNullability()
    {
        var schema = CustomerSchema();
        var customer = (ObjectType)schema.GetType("Customer")!;
        Assert.Equal("String!", customer.GetField("name")!.Type.ToString());
        Assert.Equal("String", customer.GetField("nickname")!.Type.ToString());
        Assert.Equal("Int!", customer.GetField("age")!.Type.ToString());
        Assert.Equal("Int", customer.GetField("score")!.Type.ToString());
        Assert.Equal("Boolean!", customer.GetField("isVip")!.Type.ToString());
        Assert.Equal("Float", customer.GetField("balance")!.Type.ToString());
        Assert.Equal("CustomerStatus!", customer.GetField("status")!.Type.ToString());
        Assert.Equal("[String!]!", customer.GetField("tags")!.Type.ToString());
        Assert.Equal("[Order]", customer.GetField("orders")!.Type.ToString());
        Assert.Equal("ID!", customer.GetField("id")!.Type.ToString());
    }

    [Fact]
    public void Build_ClrEnum_ScreamingCaseValuesWithDescriptionAndDeprecation()
    {
        var status = (EnumType)CustomerSchema().GetType("CustomerStatus")!;
        Assert.Equal(["ACTIVE", "IN_PROGRESS", "DORMANT"], status.Values.Select(value => value.Name));
        Assert.Equal("Still a customer.", status.Values[0].Description);
        Assert.Equal("Use Active.", status.Values[2].DeprecationReason);
        Assert.Equal("IN_PROGRESS", status.Serialize(CustomerStatus.InProgress));
        Assert.Equal(CustomerStatus.InProgress, status.ParseValue("IN_PROGRESS"));
        Assert.Equal("Value \"DONE\" does not exist in \"CustomerStatus\" enum.", Assert.Throws<GraphQLCoercionException>(() => status.ParseValue("DONE")).Message);
    }

    [Fact]
    public async Task Resolver_BoundProperty_ReadsParent()
    {
        var schema = CustomerSchema();
        var field = ((ObjectType)schema.GetType("Customer")!).GetField("name")!;
        var value = await field.Resolver(Context(schema, (ObjectType)schema.GetType("Customer")!, field, new Customer { Name = "Ada" }));
        Assert.Equal("Ada", value);
    }

    [Fact]
    public async Task Resolver_SyncAndAsyncRootFields_ReceiveArguments()
    {
        var schema = new SchemaBuilder()
            .Query(q => q
                .Field("hello", "String!", ctx => "Hello " + ctx.Argument<string>("name"), f => f.Argument("name", "String", a => a.DefaultValue("world")))
                .FieldAsync("later", "Int", async ctx => { await Task.Yield(); return 42; }))
            .Build();
        var query = schema.QueryType!;
        var hello = query.GetField("hello")!;
        Assert.Equal("\"world\"", hello.Arguments.Find("name")!.DefaultValue!.ToString());
        Assert.Equal("Hello Ada", await hello.Resolver(Context(schema, query, hello, null, new Dictionary<string, object?> { ["name"] = "Ada" })));
        Assert.Equal(42, await query.GetField("later")!.Resolver(Context(schema, query, query.GetField("later")!, null)));
    }

    [Fact]
    public async Task FromSdl_DefaultResolver_ReadsDictionaryAndProperty()
    {
        var schema = SchemaBuilder.FromSdl("type Query { name: String other: Int }")
            .Resolve("Query", "other", _ => 7)
            .Build();
        var query = schema.QueryType!;
        Assert.Equal("x", await query.GetField("name")!.Resolver(Context(schema, query, query.GetField("name")!, new Dictionary<string, object?> { ["name"] = "x" })));
        Assert.Equal("Ada", await query.GetField("name")!.Resolver(Context(schema, query, query.GetField("name")!, new Customer { Name = "Ada" })));
        Assert.Equal(7, await query.GetField("other")!.Resolver(Context(schema, query, query.GetField("other")!, null)));
    }

    [Fact]
    public void Build_CodeFirstKitchenSink_PrintsAsGraphQLJs()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.Field("node", "Node", configure: f => f.Argument("id", "ID!")).Field("search", "[SearchResult]"))
            .Interface("Node", i => i.Field("id", "ID!"))
            .Object<Order>("Order", o => o.Implements("Node").Field(x => x.Id, f => f.Type("ID!")).Field(x => x.Total, f => f.Description("Total, tax included.")))
            .Union("SearchResult", u => u.Types("Order"))
            .Scalar(new CustomScalarType("DateTime", specifiedByUrl: "https://tools.ietf.org/html/rfc3339"))
            .InputObject("Lookup", i => i.Field("id", "ID").Field("email", "String").OneOf())
            .Directive("auth", d => d.Locations(DirectiveLocation.FieldDefinition).Argument("role", "String!").Repeatable())
            .Build();
        Assert.Equal(
            """"
            directive @auth(role: String!) repeatable on FIELD_DEFINITION

            type Query {
              node(id: ID!): Node
              search: [SearchResult]
            }

            interface Node {
              id: ID!
            }

            type Order implements Node {
              id: ID!

              """Total, tax included."""
              total: Float!
            }

            union SearchResult = Order

            scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

            input Lookup @oneOf {
              id: ID
              email: String
            }
            """".ReplaceLineEndings("\n"),
            SchemaPrinter.Print(schema));
        Assert.True(schema.GetPossibleTypes((NamedType)schema.GetType("Node")!).Single().IsTypeOf!(new Order(), null!));
    }

    [Fact]
    public void Build_UninferableClrType_ReportsWhere()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder()
            .Query(q => q.Field("a", "Int"))
            .Object<Order>("Order", o => o.Field(x => x.Id).Field(x => x.PlacedAt))
            .Build());
        Assert.Equal(["Cannot infer the GraphQL type of Order.placedAt from CLR type DateTimeOffset; bind a type to it or set the type explicitly."], exception.Errors);
    }

    private static Schema CustomerSchema() => new SchemaBuilder()
        .Query(q => q.Field("customer", "Customer"))
        .Object<Customer>("Customer", o => o.Field(c => c.Id, f => f.Type("ID!")).BindProperties())
        .Object<Order>("Order", o => o.Field(x => x.Id).Field(x => x.Total))
        .Build();

    private static ResolveContext Context(Schema schema, ObjectType type, Field field, object? parent, Dictionary<string, object?>? arguments = null) => new()
    {
        Schema = schema,
        ParentType = type,
        Field = field,
        Parent = parent,
        Arguments = arguments ?? [],
        Services = new EmptyServices(),
        Path = new ResponsePath(null, field.Name),
        Items = new Dictionary<string, object?>(),
    };

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }

    public sealed class Customer
    {
        public string Id { get; init; } = "1";

        public string Name { get; init; } = string.Empty;

        public string? Nickname { get; init; }

        public int Age { get; init; }

        public int? Score { get; init; }

        public bool IsVip { get; init; }

        public double? Balance { get; init; }

        public CustomerStatus Status { get; init; }

        public IReadOnlyList<string> Tags { get; init; } = [];

        public List<Order?>? Orders { get; init; }
    }

    public sealed class Order
    {
        public string Id { get; init; } = "o1";

        public double Total { get; init; }

        public DateTimeOffset PlacedAt { get; init; }
    }
}
