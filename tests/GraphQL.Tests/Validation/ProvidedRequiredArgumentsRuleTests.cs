using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="ProvidedRequiredArgumentsRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new ProvidedRequiredArgumentsRule(context));

    [Fact]
    public void Validate_IgnoresUnknownArguments()
    {
        Harness.ExpectValid(
            """
            { dog { isHouseTrained(unknownArgument: true) } }
            """);
    }

    [Fact]
    public void Validate_ArgOnOptionalArg_IsValid()
    {
        Harness.ExpectValid(
            """
            { dog { isHouseTrained(atOtherHomes: true) } }
            """);
    }

    [Fact]
    public void Validate_NoArgOnOptionalArg_IsValid()
    {
        Harness.ExpectValid(
            """
            { dog { isHouseTrained } }
            """);
    }

    [Fact]
    public void Validate_NoArgOnNonNullFieldWithDefault_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { nonNullFieldWithDefault } }
            """);
    }

    [Fact]
    public void Validate_MultipleArgs_AreValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { multipleReqs(req1: 1, req2: 2) } }
            """);
    }

    [Fact]
    public void Validate_MultipleArgsInReverseOrder_AreValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { multipleReqs(req2: 2, req1: 1) } }
            """);
    }

    [Fact]
    public void Validate_NoArgsOnMultipleOptional_IsValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { multipleOpts } }
            """);
    }

    [Fact]
    public void Validate_AllRequiredAndOptional_AreValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6) } }
            """);
    }

    [Fact]
    public void Validate_MissingOneNonNullableArgument_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { multipleReqs(req2: 2) } }
            """,
            ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", 1, 21));
    }

    [Fact]
    public void Validate_MissingMultipleNonNullableArguments_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { multipleReqs } }
            """,
            ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", 1, 21),
            ("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", 1, 21));
    }

    [Fact]
    public void Validate_IncorrectValueAndMissingArgument_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { complicatedArgs { multipleReqs(req1: "one") } }
            """,
            ("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", 1, 21));
    }

    [Fact]
    public void Validate_DirectivesOfValidTypes_AreValid()
    {
        Harness.ExpectValid(
            """
            { dog @include(if: true) { name } human @skip(if: false) { name } }
            """);
    }

    [Fact]
    public void Validate_DirectiveWithMissingTypes_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog @include { name @skip } }
            """,
            ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", 1, 7),
            ("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", 1, 23));
    }

    [Fact]
    public void Validate_CustomDirectiveWithMissingRequiredArgument_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { name @withArgs(optional: "y") } }
            """,
            ("Directive \"@withArgs\" argument \"required\" of type \"Int!\" is required, but it was not provided.", 1, 14));
    }
}
