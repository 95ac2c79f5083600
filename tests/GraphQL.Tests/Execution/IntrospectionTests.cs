using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerComms.GraphQL.Types;
using static CustomerComms.GraphQL.Tests.Execution.ExecutionHarness;

namespace CustomerComms.GraphQL.Tests.Execution;

/// <summary>
/// Golden files in Golden/: kitchen-sink.introspection.json is what graphql-js 16.15 answers to
/// introspection-query.graphql (getIntrospectionQuery with every option) on kitchen-sink.graphql, with
/// <c>@deprecated</c> limited to the specification's locations (16.15 also allows DIRECTIVE_DEFINITION), and
/// kitchen-sink.printed.graphql is graphql-js's printSchema of buildClientSchema of that answer.
/// </summary>
public sealed class IntrospectionTests
{
    private static Schema KitchenSink() => SchemaBuilder.FromSdl(File.ReadAllText(GoldenPath("kitchen-sink.graphql"))).Build();

    [Fact]
    public async Task IntrospectionQuery_KitchenSink_MatchesGraphQLJs()
    {
        var json = await RunAsync(KitchenSink(), File.ReadAllText(GoldenPath("introspection-query.graphql")));

        Assert.Equal(Normalize(File.ReadAllText(GoldenPath("kitchen-sink.introspection.json"))), Normalize(json));
    }

    [Fact]
    public void SchemaPrinter_KitchenSink_PrintsWhatTheClientSchemaRebuilds()
    {
        Assert.Equal(File.ReadAllText(GoldenPath("kitchen-sink.printed.graphql")).TrimEnd(), SchemaPrinter.Print(KitchenSink()).TrimEnd());
    }

    [Fact]
    public async Task TypeField_IntrospectionTypeName_Found()
    {
        var json = await RunAsync(KitchenSink(), "{ __type(name: \"__Directive\") { name kind fields { name } } }");

        Assert.Equal(Json("{'data':{'__type':{'name':'__Directive','kind':'OBJECT','fields':[{'name':'name'},{'name':'description'},{'name':'isRepeatable'},{'name':'locations'},{'name':'args'},{'name':'isDeprecated'},{'name':'deprecationReason'}]}}}"), json);
    }

    [Fact]
    public async Task TypeField_UnknownName_Null()
    {
        var json = await RunAsync(KitchenSink(), "{ __type(name: \"Nope\") { name } }");

        Assert.Equal(Json("{'data':{'__type':null}}"), json);
    }

    [Fact]
    public async Task Fields_DeprecatedExcludedByDefault_IncludedOnRequest()
    {
        var json = await RunAsync(KitchenSink(), "{ __type(name: \"Customer\") { a: fields { name } b: fields(includeDeprecated: true) { name } } }");

        Assert.Equal(Json("{'data':{'__type':{'a':[{'name':'id'},{'name':'name'},{'name':'since'},{'name':'orders'}],'b':[{'name':'id'},{'name':'name'},{'name':'since'},{'name':'orders'},{'name':'rating'}]}}}"), json);
    }

    [Fact]
    public void SchemaPrinter_KitchenSink_LeavesOutIntrospectionTypes()
    {
        Assert.DoesNotContain("__Schema", SchemaPrinter.Print(KitchenSink()), StringComparison.Ordinal);
    }

    private static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
