using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="VariablesInAllowedPositionRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new VariablesInAllowedPositionRule(context));

    [Fact]
    public void Validate_BooleanIntoBoolean_IsValid()
    {
        Harness.ExpectValid(
            """
            query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }
            """);
    }

    [Fact]
    public void Validate_BooleanIntoBooleanWithinFragment_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment booleanArgFrag on ComplicatedArgs { booleanArgField(booleanArg: $booleanArg) }
            query Query($booleanArg: Boolean) { complicatedArgs { ...booleanArgFrag } }
            """);
    }

    [Fact]
    public void Validate_NonNullBooleanIntoBoolean_IsValid()
    {
        Harness.ExpectValid(
            """
            query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } }
            """);
    }

    [Fact]
    public void Validate_StringListIntoStringList_IsValid()
    {
        Harness.ExpectValid(
            """
            query Query($stringListVar: [String]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }
            """);
    }

    [Fact]
    public void Validate_NonNullStringListIntoStringList_IsValid()
    {
        Harness.ExpectValid(
            """
            query Query($stringListVar: [String!]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }
            """);
    }

    [Fact]
    public void Validate_StringIntoStringListItemPosition_IsValid()
    {
        Harness.ExpectValid(
            """
            query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }
            """);
    }

    [Fact]
    public void Validate_ComplexInputIntoComplexInput_IsValid()
    {
        Harness.ExpectValid(
            """
            query Query($complexVar: ComplexInput) { complicatedArgs { complexArgField(complexArg: $complexVar) } }
            """);
    }

    [Fact]
    public void Validate_NonNullBooleanIntoNonNullDirectiveArg_IsValid()
    {
        Harness.ExpectValid(
            """
            query Query($boolVar: Boolean!) { dog @include(if: $boolVar) { name } }
            """);
    }

    [Fact]
    public void Validate_IntIntoNonNullIntWithDefault_IsValid()
    {
        Harness.ExpectValid(
            """
            query Query($intVar: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }
            """);
    }

    [Fact]
    public void Validate_IntIntoNonNullArgumentWithDefault_IsValid()
    {
        Harness.ExpectValid(
            """
            query Query($intVar: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intVar) } }
            """);
    }

    [Fact]
    public void Validate_IntIntoNonNullInt_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }
            """,
            new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (1, 81)));
    }

    [Fact]
    public void Validate_IntIntoNonNullIntWithinFragment_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment nonNullIntArgFieldFrag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
            query Query($intArg: Int) { complicatedArgs { ...nonNullIntArgFieldFrag } }
            """,
            new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (2, 13), (1, 88)));
    }

    [Fact]
    public void Validate_StringOverBoolean_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Query($stringVar: String) { complicatedArgs { booleanArgField(booleanArg: $stringVar) } }
            """,
            new ExpectedError("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (1, 81)));
    }

    [Fact]
    public void Validate_StringIntoStringList_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }
            """,
            new ExpectedError("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (1, 87)));
    }

    [Fact]
    public void Validate_BooleanIntoNonNullDirectiveArg_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Query($boolVar: Boolean) { dog @include(if: $boolVar) { name } }
            """,
            new ExpectedError("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (1, 51)));
    }

    [Fact]
    public void Validate_StringIntoNonNullDirectiveArg_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Query($stringVar: String) { dog @include(if: $stringVar) { name } }
            """,
            new ExpectedError("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 13), (1, 52)));
    }

    [Fact]
    public void Validate_StringListIntoNonNullStringListItems_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Query($stringListVar: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $stringListVar) } }
            """,
            new ExpectedError("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 13), (1, 107)));
    }

    [Fact]
    public void Validate_NullDefaultDoesNotAllowNonNullPosition()
    {
        Harness.ExpectErrors(
            """
            query Query($intVar: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }
            """,
            new ExpectedError("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (1, 88)));
    }

    [Fact]
    public void Validate_NullableVariableInOneOfField_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Query($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }
            """,
            new ExpectedError("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 13), (1, 84)));
    }

    [Fact]
    public void Validate_NonNullVariableInOneOfField_IsValid()
    {
        Harness.ExpectValid(
            """
            query Query($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }
            """);
    }
}
