using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using static CustomerComms.GraphQL.Tests.Execution.ExecutionHarness;

namespace CustomerComms.GraphQL.Tests.Execution;

public sealed class VariableCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { echo(value: Int): String list(values: [Int]): String input(value: In): String pick(by: By): String color(value: Color): String }
        input In { a: Int! b: String = "dflt" }
        input By @oneOf { id: ID name: String }
        enum Color { RED GREEN }
        """)
        .Resolve("Query", "echo", Show)
        .Resolve("Query", "list", Show)
        .Resolve("Query", "input", Show)
        .Resolve("Query", "pick", Show)
        .Resolve("Query", "color", Show)
        .Build();

    [Fact]
    public async Task Coerce_RequiredNotProvided_RequestError()
    {
        var json = await RunAsync(Schema, "query($x: Int!) { echo(value: $x) }");

        Assert.Equal(Json("{'errors':[{'message':'Variable \\u0022$x\\u0022 of required type \\u0022Int!\\u0022 was not provided.','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}"), Unescape(json));
    }

    [Fact]
    public async Task Coerce_NullForNonNull_RequestError()
    {
        var json = await RunAsync(Schema, "query($x: Int!) { echo(value: $x) }", "{\"x\":null}");

        Assert.Contains("Variable \\u0022$x\\u0022 of non-null type \\u0022Int!\\u0022 must not be null.", Unescape(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coerce_MisspelledEnumValue_SuggestsTheNearestValue()
    {
        var json = await RunAsync(Schema, "query($c: Color) { color(value: $c) }", "{\"c\":\"red\"}");

        Assert.Contains("Variable \\u0022$c\\u0022 got invalid value \\u0022red\\u0022; Value \\u0022red\\u0022 does not exist in \\u0022Color\\u0022 enum. Did you mean the enum value \\u0022RED\\u0022?", Unescape(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coerce_InvalidNestedValue_MessageWithPath()
    {
        var json = await RunAsync(Schema, "query($x: In) { input(value: $x) }", "{\"x\":{\"a\":\"abc\"}}");

        Assert.Contains("Variable \\u0022$x\\u0022 got invalid value \\u0022abc\\u0022 at \\u0022x.a\\u0022; Int cannot represent non-integer value: \\u0022abc\\u0022", Unescape(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coerce_UnknownField_SuggestsName()
    {
        var json = await RunAsync(Schema, "query($x: In) { input(value: $x) }", "{\"x\":{\"a\":1,\"bb\":\"q\"}}");

        Assert.Contains("Field \\u0022bb\\u0022 is not defined by type \\u0022In\\u0022. Did you mean \\u0022b\\u0022?", Unescape(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coerce_AbsentNullableVariable_ArgumentAbsent()
    {
        var json = await RunAsync(Schema, "query($x: Int) { absent: echo(value: $x) }");

        Assert.Equal(Json("{'data':{'absent':'{}'}}"), json);
    }

    [Fact]
    public async Task Coerce_ExplicitNull_ArgumentNull()
    {
        var json = await RunAsync(Schema, "query($x: Int) { given: echo(value: $x) }", "{\"x\":null}");

        Assert.Equal(Json("{'data':{'given':'{value: null}'}}"), json);
    }

    [Fact]
    public async Task Coerce_VariableDefault_UsedWhenAbsent()
    {
        var json = await RunAsync(Schema, "query($x: Int = 7) { echo(value: $x) }");

        Assert.Equal(Json("{'data':{'echo':'{value: 7}'}}"), json);
    }

    [Fact]
    public async Task Coerce_SingleValueForList_OneItemList()
    {
        var json = await RunAsync(Schema, "query($x: [Int]) { list(values: $x) }", "{\"x\":3}");

        Assert.Equal(Json("{'data':{'list':'{values: [3]}'}}"), json);
    }

    [Fact]
    public async Task Coerce_InputObject_DefaultsFilled()
    {
        var json = await RunAsync(Schema, "query($x: In) { input(value: $x) }", "{\"x\":{\"a\":1}}");

        Assert.Equal(Json("{'data':{'input':'{value: {a: 1, b: dflt}}'}}"), json);
    }

    [Fact]
    public async Task Coerce_OneOfWithTwoKeys_RequestError()
    {
        var json = await RunAsync(Schema, "query($x: By) { pick(by: $x) }", "{\"x\":{\"id\":\"1\",\"name\":\"n\"}}");

        Assert.Contains("Exactly one key must be specified for OneOf type \\u0022By\\u0022.", Unescape(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coerce_OneOfWithNullValue_RequestError()
    {
        var json = await RunAsync(Schema, "query($x: By) { pick(by: $x) }", "{\"x\":{\"id\":null}}");

        Assert.Contains("at \\u0022x.id\\u0022; Field \\u0022id\\u0022 must be non-null.", Unescape(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coerce_UnknownEnumValue_RequestError()
    {
        var json = await RunAsync(Schema, "query($x: Color) { color(value: $x) }", "{\"x\":\"BLUE\"}");

        Assert.Contains("Value \\u0022BLUE\\u0022 does not exist in \\u0022Color\\u0022 enum.", Unescape(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coerce_ArgumentInvalidLiteral_FieldError()
    {
        // Validation refuses this literal first; argument coercion still defends itself when validation is off.
        var json = await RunAsync(Schema, "{ echo(value: \"x\") }", options: new ExecutionOptions { Validate = static (_, _) => [] });

        Assert.Equal(Json("{'errors':[{'message':'Argument \\u0022value\\u0022 has invalid value \\u0022x\\u0022.','locations':[{'line':1,'column':15}],'path':['echo'],'extensions':{'code':'BAD_USER_INPUT'}}],'data':{'echo':null}}"), Unescape(json));
    }

    private static string Unescape(string json) => json.Replace("\\\"", "\\u0022", StringComparison.Ordinal);

    private static object? Show(ResolveContext context) =>
        "{" + string.Join(", ", context.Arguments.Select(pair => pair.Key + ": " + Format(pair.Value))) + "}";

    private static string Format(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(pair => pair.Key + ": " + Format(pair.Value))) + "}",
        System.Collections.IEnumerable items and not string => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
