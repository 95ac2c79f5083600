using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="ValuesOfCorrectTypeRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new ValuesOfCorrectTypeRule(context));

    [Fact]
    public void Validate_GoodIntValue_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { intArgField(intArg: 2) } }
            """);
    }

    [Fact]
    public void Validate_GoodNegativeIntValue_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { intArgField(intArg: -2) } }
            """);
    }

    [Fact]
    public void Validate_GoodBooleanValue_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { booleanArgField(booleanArg: true) } }
            """);
    }

    [Fact]
    public void Validate_GoodStringValue_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { stringArgField(stringArg: "foo") } }
            """);
    }

    [Fact]
    public void Validate_GoodFloatValue_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { floatArgField(floatArg: 1.1) } }
            """);
    }

    [Fact]
    public void Validate_IntIntoFloat_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { floatArgField(floatArg: 1) } }
            """);
    }

    [Fact]
    public void Validate_IntIntoID_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { idArgField(idArg: 1) } }
            """);
    }

    [Fact]
    public void Validate_StringIntoID_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { idArgField(idArg: "someIdString") } }
            """);
    }

    [Fact]
    public void Validate_GoodEnumValue_IsValid()
    {
        Harness.ExpectValid(
            """
            { dog { doesKnowCommand(dogCommand: SIT) } }
            """);
    }

    [Fact]
    public void Validate_NullIntoNullableInt_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { intArgField(intArg: null) } }
            """);
    }

    [Fact]
    public void Validate_StringIntoInt_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { intArgField(intArg: "3") } }
            """,
            ("Int cannot represent non-integer value: \"3\"", 1, 41));
    }

    [Fact]
    public void Validate_BigIntIntoInt_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { intArgField(intArg: 829384293849283498239482938) } }
            """,
            ("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", 1, 41));
    }

    [Fact]
    public void Validate_FloatIntoInt_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { intArgField(intArg: 3.333) } }
            """,
            ("Int cannot represent non-integer value: 3.333", 1, 41));
    }

    [Fact]
    public void Validate_IntIntoString_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { stringArgField(stringArg: 1) } }
            """,
            ("String cannot represent a non string value: 1", 1, 47));
    }

    [Fact]
    public void Validate_UnquotedStringIntoString_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { stringArgField(stringArg: BAR) } }
            """,
            ("String cannot represent a non string value: BAR", 1, 47));
    }

    [Fact]
    public void Validate_StringIntoFloat_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { floatArgField(floatArg: "3.333") } }
            """,
            ("Float cannot represent non numeric value: \"3.333\"", 1, 45));
    }

    [Fact]
    public void Validate_IntIntoBoolean_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { booleanArgField(booleanArg: 2) } }
            """,
            ("Boolean cannot represent a non boolean value: 2", 1, 49));
    }

    [Fact]
    public void Validate_FloatIntoID_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { idArgField(idArg: 1.0) } }
            """,
            ("ID cannot represent a non-string and non-integer value: 1.0", 1, 39));
    }

    [Fact]
    public void Validate_IntIntoEnum_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { doesKnowCommand(dogCommand: 2) } }
            """,
            ("Enum \"DogCommand\" cannot represent non-enum value: 2.", 1, 37));
    }

    [Fact]
    public void Validate_StringIntoEnum_IsRejectedWithSuggestion()
    {
        Harness.ExpectErrors(
            """
            { dog { doesKnowCommand(dogCommand: "SIT") } }
            """,
            ("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", 1, 37));
    }

    [Fact]
    public void Validate_UnknownEnumValue_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { doesKnowCommand(dogCommand: JUGGLE) } }
            """,
            ("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", 1, 37));
    }

    [Fact]
    public void Validate_DifferentCaseEnumValue_IsRejectedWithSuggestion()
    {
        Harness.ExpectErrors(
            """
            { dog { doesKnowCommand(dogCommand: sit) } }
            """,
            ("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", 1, 37));
    }

    [Fact]
    public void Validate_GoodListValue_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { stringListArgField(stringListArg: ["one", null, "two"]) } }
            """);
    }

    [Fact]
    public void Validate_SingleValueIntoList_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { stringListArgField(stringListArg: "one") } }
            """);
    }

    [Fact]
    public void Validate_IncorrectItemType_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { stringListArgField(stringListArg: ["one", 2]) } }
            """,
            ("String cannot represent a non string value: 2", 1, 63));
    }

    [Fact]
    public void Validate_NullIntoNonNullListItem_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: ["one", null]) } }
            """,
            ("Expected value of type \"String!\", found null.", 1, 77));
    }

    [Fact]
    public void Validate_NullIntoNonNullArgument_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }
            """,
            ("Expected value of type \"Int!\", found null.", 1, 55));
    }

    [Fact]
    public void Validate_ListIntoScalar_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { intArgField(intArg: [1, 2]) } }
            """,
            ("Int cannot represent non-integer value: [1, 2]", 1, 41));
    }

    [Fact]
    public void Validate_ObjectIntoScalar_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { intArgField(intArg: { a: 1 }) } }
            """,
            ("Int cannot represent non-integer value: {a: 1}", 1, 41));
    }

    [Fact]
    public void Validate_ScalarIntoInputObject_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { complexArgField(complexArg: 1) } }
            """,
            ("Expected value of type \"ComplexInput\", found 1.", 1, 49));
    }

    [Fact]
    public void Validate_FullInputObject_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 4, stringField: "foo", booleanField: false, stringListField: ["one", "two"] }) } }
            """);
    }

    [Fact]
    public void Validate_InputObjectMissingRequiredField_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }
            """,
            ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", 1, 49));
    }

    [Fact]
    public void Validate_InputObjectFieldOfWrongType_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { complexArgField(complexArg: { stringListField: ["one", 2], requiredField: true }) } }
            """,
            ("String cannot represent a non string value: 2", 1, 76));
    }

    [Fact]
    public void Validate_UnknownInputObjectField_IsRejectedWithSuggestion()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, invalidField: "value", stringFeld: "x" }) } }
            """,
            ("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", 1, 72),
            ("Field \"stringFeld\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", 1, 95));
    }

    [Fact]
    public void Validate_OneOfWithOneField_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { oneOfArgField(oneOfArg: { stringField: "abc" }) } }
            """);
    }

    [Fact]
    public void Validate_OneOfWithNoFields_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { oneOfArgField(oneOfArg: {}) } }
            """,
            ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", 1, 45));
    }

    [Fact]
    public void Validate_OneOfWithTwoFields_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 }) } }
            """,
            ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", 1, 45));
    }

    [Fact]
    public void Validate_OneOfWithNullField_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }
            """,
            ("Field \"OneOfInput.stringField\" must be non-null.", 1, 45));
    }

    [Fact]
    public void Validate_OneOfWithVariable_IsValid()
    {
        Harness.ExpectValid(
            """
            query ($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }
            """);
    }

    [Fact]
    public void Validate_DirectiveArgumentOfWrongType_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog @include(if: "yes") { name @skip(if: ENUM) } }
            """,
            ("Boolean cannot represent a non boolean value: \"yes\"", 1, 20),
            ("Boolean cannot represent a non boolean value: ENUM", 1, 44));
    }

    [Fact]
    public void Validate_VariableDefaultsOfCorrectType_AreValid()
    {
        Harness.ExpectValid(
            """
            query WithDefaultValues($a: Int = 1, $b: String = "ok", $c: ComplexInput = { requiredField: true, intField: 3 }, $d: Int! = 123) { dog { name } }
            """);
    }

    [Fact]
    public void Validate_VariableDefaultsOfWrongType_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query InvalidDefaultValues($a: Int = "one", $b: String = 4, $c: ComplexInput = "NotVeryComplex") { dog { name } }
            """,
            ("Int cannot represent non-integer value: \"one\"", 1, 38),
            ("String cannot represent a non string value: 4", 1, 58),
            ("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", 1, 80));
    }

    [Fact]
    public void Validate_VariableDefaultWithMissingRequiredField_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query MissingRequiredField($a: ComplexInput = {intField: 3}) { dog { name } }
            """,
            ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", 1, 47));
    }

    [Fact]
    public void Validate_ListVariableDefaultWithWrongItem_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query InvalidItem($a: [String] = ["one", 2]) { dog { name } }
            """,
            ("String cannot represent a non string value: 2", 1, 42));
    }
}
