using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="NoUndefinedVariablesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new NoUndefinedVariablesRule(context));

    [Fact]
    public void Validate_AllVariablesDefined_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }
            """);
    }

    [Fact]
    public void Validate_AllVariablesDeeplyDefinedInInlineFragments_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo($a: String, $b: String, $c: String) { ... on Type { field(a: $a) { field(b: $b) { ... on Type { field(c: $c) } } } } }
            """);
    }

    [Fact]
    public void Validate_AllVariablesInFragmentsDeeplyDefined_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragC } }
            fragment FragC on Type { field(c: $c) }
            """);
    }

    [Fact]
    public void Validate_VariableWithinFragmentUsedByTwoOperations_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo($a: String) { ...FragA }
            query Bar($a: String) { ...FragA }
            fragment FragA on Type { field(a: $a) }
            """);
    }

    [Fact]
    public void Validate_VariableNotDefined_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c, d: $d) }
            """,
            new ExpectedError("Variable \"$d\" is not defined by operation \"Foo\".", (1, 79), (1, 1)));
    }

    [Fact]
    public void Validate_VariableNotDefinedByUnnamedQuery_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { field(a: $a) }
            """,
            new ExpectedError("Variable \"$a\" is not defined.", (1, 12), (1, 1)));
    }

    [Fact]
    public void Validate_MultipleVariablesNotDefined_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo($b: String) { field(a: $a, b: $b, c: $c) }
            """,
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (1, 34), (1, 1)),
            new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (1, 48), (1, 1)));
    }

    [Fact]
    public void Validate_VariableInFragmentNotDefinedByUnnamedQuery_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { ...FragA }
            fragment FragA on Type { field(a: $a) }
            """,
            new ExpectedError("Variable \"$a\" is not defined.", (2, 35), (1, 1)));
    }

    [Fact]
    public void Validate_VariableInFragmentUsedByOtherOperation_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo($b: String) { ...FragA }
            query Bar($a: String) { ...FragB }
            fragment FragA on Type { field(a: $a) }
            fragment FragB on Type { field(b: $b) }
            """,
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (3, 35), (1, 1)),
            new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (4, 35), (2, 1)));
    }

    [Fact]
    public void Validate_VariablesInDeepFragmentsNotDefined_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo($b: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragC } }
            fragment FragC on Type { field(c: $c) }
            """,
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (2, 35), (1, 1)),
            new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (4, 35), (1, 1)));
    }

    [Fact]
    public void Validate_VariableInDirective_IsChecked()
    {
        Harness.ExpectErrors(
            """
            query Foo { dog @include(if: $cond) { name } }
            """,
            new ExpectedError("Variable \"$cond\" is not defined by operation \"Foo\".", (1, 30), (1, 1)));
    }
}
