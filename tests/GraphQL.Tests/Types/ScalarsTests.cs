using System.Text.Json;
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Tests.Types;

public sealed class ScalarsTests
{
    public static TheoryData<object?, int> IntSerializeValid => new()
    {
        { 1, 1 },
        { 123L, 123 },
        { 0.0, 0 },
        { -1.0, -1 },
        { 1e5, 100000 },
        { 2147483647L, 2147483647 },
        { -2147483648L, -2147483648 },
        { false, 0 },
        { true, 1 },
        { "123", 123 },
        { "-1", -1 },
        { 12m, 12 },
    };

    public static TheoryData<object?, string> IntSerializeInvalid => new()
    {
        { 0.1, "Int cannot represent non-integer value: 0.1" },
        { 1.1, "Int cannot represent non-integer value: 1.1" },
        { -1.1, "Int cannot represent non-integer value: -1.1" },
        { "-1.1", "Int cannot represent non-integer value: \"-1.1\"" },
        { 9876504321L, "Int cannot represent non 32-bit signed integer value: 9876504321" },
        { -9876504321L, "Int cannot represent non 32-bit signed integer value: -9876504321" },
        { 1e100, "Int cannot represent non 32-bit signed integer value: 1e+100" },
        { -1e100, "Int cannot represent non 32-bit signed integer value: -1e+100" },
        { "one", "Int cannot represent non-integer value: \"one\"" },
        { "", "Int cannot represent non-integer value: \"\"" },
        { double.NaN, "Int cannot represent non-integer value: NaN" },
        { double.PositiveInfinity, "Int cannot represent non-integer value: Infinity" },
        { new[] { 5 }, "Int cannot represent non-integer value: [5]" },
    };

    [Theory]
    [MemberData(nameof(IntSerializeValid))]
    public void IntSerialize_ValidValue_ReturnsInteger(object? value, int expected) =>
        Assert.Equal(expected, Scalars.Int.Serialize(value));

    [Theory]
    [MemberData(nameof(IntSerializeInvalid))]
    public void IntSerialize_InvalidValue_ThrowsWithGraphQLJsMessage(object? value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLCoercionException>(() => Scalars.Int.Serialize(value)).Message);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("-5", -5)]
    [InlineData("2147483647", 2147483647)]
    [InlineData("-2147483648", -2147483648)]
    public void IntParseValue_JsonIntegers_ReturnsInt(string json, int expected)
    {
        Assert.Equal(expected, Scalars.Int.ParseValue(JsonDocument.Parse(json).RootElement));
        Assert.Equal(expected, Scalars.Int.ParseValue(long.Parse(json, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("-2147483649", "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("true", "Int cannot represent non-integer value: true")]
    [InlineData("[1]", "Int cannot represent non-integer value: [1]")]
    [InlineData("{\"a\":1}", "Int cannot represent non-integer value: { a: 1 }")]
    public void IntParseValue_InvalidJson_Throws(string json, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLCoercionException>(() => Scalars.Int.ParseValue(JsonDocument.Parse(json).RootElement)).Message);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("2147483647", int.MaxValue)]
    public void IntParseLiteral_IntLiteral_ReturnsInt(string literal, int expected) =>
        Assert.Equal(expected, Scalars.Int.ParseLiteral(Parser.ParseValue(literal)));

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("null", "Int cannot represent non-integer value: null")]
    [InlineData("ENUM", "Int cannot represent non-integer value: ENUM")]
    [InlineData("[1]", "Int cannot represent non-integer value: [1]")]
    [InlineData("{ a: 1 }", "Int cannot represent non-integer value: {a: 1}")]
    [InlineData("$var", "Int cannot represent non-integer value: $var")]
    public void IntParseLiteral_InvalidLiteral_Throws(string literal, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLCoercionException>(() => Scalars.Int.ParseLiteral(Parser.ParseValue(literal))).Message);

    [Theory]
    [InlineData(1.5, 1.5)]
    [InlineData(-0.5, -0.5)]
    [InlineData(1e100, 1e100)]
    public void FloatSerialize_FiniteNumber_ReturnsDouble(double value, double expected) =>
        Assert.Equal(expected, Scalars.Float.Serialize(value));

    [Fact]
    public void FloatSerialize_NumericStringAndBoolean_Coerced()
    {
        Assert.Equal(-1.1, Scalars.Float.Serialize("-1.1"));
        Assert.Equal(1.0, Scalars.Float.Serialize(true));
    }

    [Theory]
    [InlineData(double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData(double.PositiveInfinity, "Float cannot represent non numeric value: Infinity")]
    [InlineData(double.NegativeInfinity, "Float cannot represent non numeric value: -Infinity")]
    public void FloatSerialize_NonFinite_Throws(double value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLCoercionException>(() => Scalars.Float.Serialize(value)).Message);

    [Theory]
    [InlineData("\"one\"", "Float cannot represent non numeric value: \"one\"")]
    [InlineData("\"1\"", "Float cannot represent non numeric value: \"1\"")]
    [InlineData("true", "Float cannot represent non numeric value: true")]
    public void FloatParseValue_NonNumber_Throws(string json, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLCoercionException>(() => Scalars.Float.ParseValue(JsonDocument.Parse(json).RootElement)).Message);

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("1.5", 1.5)]
    [InlineData("1e3", 1000.0)]
    public void FloatParseLiteral_NumberLiteral_ReturnsDouble(string literal, double expected) =>
        Assert.Equal(expected, Scalars.Float.ParseLiteral(Parser.ParseValue(literal)));

    [Fact]
    public void FloatParseLiteral_String_Throws() =>
        Assert.Equal("Float cannot represent non numeric value: \"1\"", Assert.Throws<GraphQLCoercionException>(() => Scalars.Float.ParseLiteral(Parser.ParseValue("\"1\""))).Message);

    [Theory]
    [InlineData("string", "string")]
    [InlineData(1, "1")]
    [InlineData(-1.1, "-1.1")]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    public void StringSerialize_Scalars_AsJavaScriptPrintsThem(object value, string expected) =>
        Assert.Equal(expected, Scalars.String.Serialize(value));

    [Fact]
    public void StringSerialize_NonFinite_Throws() =>
        Assert.Equal("String cannot represent value: NaN", Assert.Throws<GraphQLCoercionException>(() => Scalars.String.Serialize(double.NaN)).Message);

    [Theory]
    [InlineData("1", "String cannot represent a non string value: 1")]
    [InlineData("true", "String cannot represent a non string value: true")]
    [InlineData("null", "String cannot represent a non string value: null")]
    public void StringParseValue_NonString_Throws(string json, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLCoercionException>(() => Scalars.String.ParseValue(JsonDocument.Parse(json).RootElement)).Message);

    [Fact]
    public void StringParseLiteral_BlockStringAndInt_ValueOrError()
    {
        Assert.Equal("block", Scalars.String.ParseLiteral(Parser.ParseValue("\"\"\"block\"\"\"")));
        Assert.Equal("String cannot represent a non string value: 1", Assert.Throws<GraphQLCoercionException>(() => Scalars.String.ParseLiteral(Parser.ParseValue("1"))).Message);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(-1.5, true)]
    public void BooleanSerialize_BooleansAndNumbers_ReturnsBoolean(object value, bool expected) =>
        Assert.Equal(expected, Scalars.Boolean.Serialize(value));

    [Theory]
    [InlineData("\"true\"", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("1", "Boolean cannot represent a non boolean value: 1")]
    public void BooleanParseValue_NonBoolean_Throws(string json, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLCoercionException>(() => Scalars.Boolean.ParseValue(JsonDocument.Parse(json).RootElement)).Message);

    [Fact]
    public void BooleanSerialize_String_Throws() =>
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", Assert.Throws<GraphQLCoercionException>(() => Scalars.Boolean.Serialize("true")).Message);

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("123", "123")]
    [InlineData("-1", "-1")]
    public void IdParseValue_StringOrInteger_ReturnsString(string json, string expected) =>
        Assert.Equal(expected, Scalars.ID.ParseValue(JsonDocument.Parse(json).RootElement));

    [Fact]
    public void IdSerializeAndParseValue_IntFromClr_ReturnsDecimalText()
    {
        Assert.Equal("123", Scalars.ID.Serialize(123));
        Assert.Equal("9007199254740993", Scalars.ID.Serialize(9007199254740993L));
        Assert.Equal("123", Scalars.ID.ParseValue(123));
    }

    [Theory]
    [InlineData(1.5, "ID cannot represent value: 1.5")]
    [InlineData(true, "ID cannot represent value: true")]
    public void IdSerialize_NonIntegerNumberOrBoolean_Throws(object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLCoercionException>(() => Scalars.ID.Serialize(value)).Message);

    [Fact]
    public void IdParseLiteral_IntStringAndFloat_ValueOrError()
    {
        Assert.Equal("1", Scalars.ID.ParseLiteral(Parser.ParseValue("1")));
        Assert.Equal("a", Scalars.ID.ParseLiteral(Parser.ParseValue("\"a\"")));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.0", Assert.Throws<GraphQLCoercionException>(() => Scalars.ID.ParseLiteral(Parser.ParseValue("1.0"))).Message);
    }

    [Fact]
    public void CustomScalarParseLiteral_WithoutParseLiteral_ParsesUntypedValueWithVariables()
    {
        var scalar = new CustomScalarType("Json");
        var value = scalar.ParseLiteral(Parser.ParseValue("{ a: [1, $v] }"), new Dictionary<string, object?> { ["v"] = "x" });
        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal([1, "x"], Assert.IsType<List<object?>>(map["a"]));
    }

    [Fact]
    public void CustomScalarParseValue_FormatException_BecomesCoercionError()
    {
        var scalar = new CustomScalarType("Date", parseValue: value => DateOnly.Parse((string)value!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<GraphQLCoercionException>(() => scalar.ParseValue("not a date"));
    }
}
