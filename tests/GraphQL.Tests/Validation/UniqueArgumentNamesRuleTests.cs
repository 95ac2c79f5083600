using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="UniqueArgumentNamesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new UniqueArgumentNamesRule(context));

    [Fact]
    public void Validate_NoArgumentsOnField_IsValid()
    {
        Harness.ExpectValid(
            """
            { field }
            """);
    }

    [Fact]
    public void Validate_NoArgumentsOnDirective_IsValid()
    {
        Harness.ExpectValid(
            """
            { field @directive }
            """);
    }

    [Fact]
    public void Validate_ArgumentOnField_IsValid()
    {
        Harness.ExpectValid(
            """
            { field(arg: "value") }
            """);
    }

    [Fact]
    public void Validate_SameArgumentOnTwoFields_IsValid()
    {
        Harness.ExpectValid(
            """
            { one: field(arg: "value") two: field(arg: "value") }
            """);
    }

    [Fact]
    public void Validate_SameArgumentOnFieldAndDirective_IsValid()
    {
        Harness.ExpectValid(
            """
            { field(arg: "value") @directive(arg: "value") }
            """);
    }

    [Fact]
    public void Validate_MultipleFieldArguments_AreValid()
    {
        Harness.ExpectValid(
            """
            { field(arg1: "value", arg2: "value", arg3: "value") }
            """);
    }

    [Fact]
    public void Validate_DuplicateFieldArguments_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { field(arg1: "value", arg1: "value") }
            """,
            new ExpectedError("There can be only one argument named \"arg1\".", (1, 9), (1, 24)));
    }

    [Fact]
    public void Validate_ManyDuplicateFieldArguments_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { field(arg1: "value", arg1: "value", arg1: "value") }
            """,
            new ExpectedError("There can be only one argument named \"arg1\".", (1, 9), (1, 24), (1, 39)));
    }

    [Fact]
    public void Validate_DuplicateDirectiveArguments_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { field @directive(arg1: "value", arg1: "value") }
            """,
            new ExpectedError("There can be only one argument named \"arg1\".", (1, 20), (1, 35)));
    }

    [Fact]
    public void Validate_ManyDuplicateDirectiveArguments_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { field @directive(arg1: "value", arg1: "value", arg1: "value") }
            """,
            new ExpectedError("There can be only one argument named \"arg1\".", (1, 20), (1, 35), (1, 50)));
    }
}
