using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Tests.Types;

/// <summary>Each type system rule, with the messages graphql-js 16's <c>validateSchema</c> gives for the same SDL.</summary>
public sealed class SchemaValidatorTests
{
    public static TheoryData<string, string[]> InvalidSchemas => new()
    {
        { "type Query { n: Node } interface Node { id: ID! } type Customer implements Node { name: String }", ["Interface field Node.id expected but Customer does not provide it."] },
        { "type Query { n: Node } interface Node { id: ID! } type Customer implements Node { id: String }", ["Interface field Node.id expects type ID! but Customer.id is type String."] },
        { "type Query { n: Node } interface Node { f(a: Int): Int } type C implements Node { f: Int }", ["Interface field argument Node.f(a:) expected but C.f does not provide it."] },
        { "type Query { n: Node } interface Node { f(a: Int): Int } type C implements Node { f(a: String): Int }", ["Interface field argument Node.f(a:) expects type Int but C.f(a:) is type String."] },
        { "type Query { n: Node } interface Node { f: Int } type C implements Node { f(b: Int!): Int }", ["Object field C.f includes required argument b that is missing from the Interface field Node.f."] },
        { "type Query { n: Node } interface Node { id: ID } interface Named implements Node { id: ID } type C implements Named { id: ID }", ["Type C must implement Node because it is implemented by Named."] },
        { "type Query { n: Node } interface Node implements Node { id: ID }", ["Type Node cannot implement itself because it would create a circular reference."] },
        { "type Query { n: A } interface A implements B { id: ID } interface B implements A { id: ID }", ["Type A cannot implement B because it would create a circular reference.", "Type B cannot implement A because it would create a circular reference."] },
        { "type Query { u: U } union U", ["Union type U must define one or more member types."] },
        { "type Query { u: U } type A { a: Int } union U = A | A", ["Union type U can only include type A once."] },
        { "type Query { e: E } enum E", ["Enum type E must define one or more values."] },
        { "type Query { f(i: I): Int } input I", ["Input Object type I must define one or more fields."] },
        { "type Query { f(i: Query): Int }", ["The type of Query.f(i:) must be Input Type but got: Query."] },
        { "type Query { f: I } input I { a: Int }", ["The type of Query.f must be Output Type but got: I."] },
        { "type Query { f(i: A): Int } input A { b: B! } input B { a: A! }", ["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"."] },
        { "type Query { f(i: O): Int } input O @oneOf { a: Int! b: Int = 1 }", ["OneOf input field O.a must be nullable.", "OneOf input field O.b cannot have a default value."] },
        { "type Query { f(a: Int! @deprecated): Int } input I { x: Int! @deprecated } directive @d(a: Int! @deprecated) on FIELD", ["Required argument @d(a:) cannot be deprecated.", "Required argument Query.f(a:) cannot be deprecated.", "Required input field I.x cannot be deprecated."] },
        { "type Mutation { a: Int }", ["Query root type must be provided."] },
        { "type Query { __a: Int } type __B { a: Int }", ["Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.", "Name \"__B\" must not begin with \"__\", which is reserved by GraphQL introspection."] },
        { "type Query { a: A } type A", ["Type A must define one or more fields."] },
        { "schema { query: I } input I { a: Int }", ["Query root type must be Object type, it cannot be I."] },
        { "type Query { n: Node } interface Node { id: ID } type C implements Node & Node { id: ID }", ["Type C can only implement Node once."] },
        { "type Query { u: U } interface I { a: Int } union U = I", ["Union type U can only include Object types, it cannot include I."] },
        { "type Query { n: C } type A { a: Int } type C implements A { a: Int }", ["Type C must only implement Interface types, it cannot implement A."] },
        { "type Query { a: Missing }", ["Unknown type \"Missing\" referenced by Query.a."] },
        { "type Query { a: Int } type Query { b: Int }", ["There can be only one type named \"Query\"."] },
        { "type Query { a: Int } extend type Other { b: Int }", ["Cannot extend type \"Other\" because it is not defined."] },
    };

    [Theory]
    [MemberData(nameof(InvalidSchemas))]
    public void Build_InvalidSchema_ThrowsWithEveryProblem(string sdl, string[] expected)
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl).Build());
        Assert.Equal(expected, exception.Errors);
        Assert.Contains(expected[0], exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CovariantFieldsAndTransitiveInterfaces_IsValid()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { n: Node s: [Named] }
            interface Node { id: ID self: Node list: [Node] }
            interface Named implements Node { id: ID self: Node list: [Node] name: String }
            type C implements Named & Node { id: ID! self: C list: [C!]! name: String extra(optional: Int): Int }
            union U = C
            """).Build();
        Assert.True(schema.IsSubType((NamedType)schema.GetType("Node")!, schema.GetType("C")!));
        Assert.True(schema.IsSubType((NamedType)schema.GetType("Node")!, schema.GetType("Named")!));
    }

    [Fact]
    public void Build_ExtensionAddsFieldsAndInterfaces_MergesIntoType()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } interface I { b: Int } extend type Query implements I { b: Int }").Build();
        Assert.Equal(["a", "b"], schema.QueryType!.Fields.Select(field => field.Name));
        Assert.Equal("I", Assert.Single(schema.QueryType.Interfaces).Name);
    }
}
