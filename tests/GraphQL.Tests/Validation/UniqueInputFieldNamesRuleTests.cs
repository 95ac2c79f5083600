using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="UniqueInputFieldNamesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new UniqueInputFieldNamesRule(context));

    [Fact]
    public void Validate_InputObjectWithFields_IsValid()
    {
        Harness.ExpectValid(
            """
            { field(arg: { f: true }) }
            """);
    }

    [Fact]
    public void Validate_SameInputObjectWithinTwoArgs_IsValid()
    {
        Harness.ExpectValid(
            """
            { field(arg1: { f: true }, arg2: { f: true }) }
            """);
    }

    [Fact]
    public void Validate_MultipleInputObjectFields_AreValid()
    {
        Harness.ExpectValid(
            """
            { field(arg: { f1: "value", f2: "value", f3: "value" }) }
            """);
    }

    [Fact]
    public void Validate_NestedFieldsWithSameNames_AreValid()
    {
        Harness.ExpectValid(
            """
            { field(arg: { deep: { deep: { id: 1 } id: 1 } id: 1 }) }
            """);
    }

    [Fact]
    public void Validate_DuplicateInputObjectFields_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { field(arg: { f1: "value", f1: "value" }) }
            """,
            new ExpectedError("There can be only one input field named \"f1\".", (1, 16), (1, 29)));
    }

    [Fact]
    public void Validate_ManyDuplicateInputObjectFields_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { field(arg: { f1: "value", f1: "value", f1: "value" }) }
            """,
            new ExpectedError("There can be only one input field named \"f1\".", (1, 16), (1, 29)),
            new ExpectedError("There can be only one input field named \"f1\".", (1, 16), (1, 42)));
    }

    [Fact]
    public void Validate_NestedDuplicateInputObjectFields_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { field(arg: { f1: {f2: "value", f2: "value" }}) }
            """,
            new ExpectedError("There can be only one input field named \"f2\".", (1, 21), (1, 34)));
    }
}
