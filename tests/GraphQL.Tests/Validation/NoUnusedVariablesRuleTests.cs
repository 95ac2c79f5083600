using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="NoUnusedVariablesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class NoUnusedVariablesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new NoUnusedVariablesRule(context));

    [Fact]
    public void Validate_UsesAllVariables_IsValid()
    {
        Harness.ExpectValid(
            """
            query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }
            """);
    }

    [Fact]
    public void Validate_UsesAllVariablesDeeply_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo($a: String, $b: String, $c: String) { field(a: $a) { field(b: $b) { field(c: $c) } } }
            """);
    }

    [Fact]
    public void Validate_UsesAllVariablesInFragments_IsValid()
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
    public void Validate_VariableUsedInDirective_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo($cond: Boolean) { dog @skip(if: $cond) { name } }
            """);
    }

    [Fact]
    public void Validate_VariableNotUsed_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }
            """,
            ("Variable \"$c\" is never used.", 1, 32));
    }

    [Fact]
    public void Validate_MultipleVariablesNotUsed_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo($a: String, $b: String, $c: String) { field(b: $b) }
            """,
            ("Variable \"$a\" is never used in operation \"Foo\".", 1, 11),
            ("Variable \"$c\" is never used in operation \"Foo\".", 1, 35));
    }

    [Fact]
    public void Validate_VariableNotUsedInFragments_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragC } }
            fragment FragC on Type { field }
            """,
            ("Variable \"$c\" is never used in operation \"Foo\".", 1, 35));
    }

    [Fact]
    public void Validate_VariableUsedOnlyByOtherOperation_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo($b: String) { ...FragA }
            query Bar($a: String) { ...FragB }
            fragment FragA on Type { field(a: $a) }
            fragment FragB on Type { field(b: $b) }
            """,
            ("Variable \"$b\" is never used in operation \"Foo\".", 1, 11),
            ("Variable \"$a\" is never used in operation \"Bar\".", 2, 11));
    }

    [Fact]
    public void Validate_VariableUsedOnlyInItsOwnDefault_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo($a: String = "x") { field }
            """,
            ("Variable \"$a\" is never used in operation \"Foo\".", 1, 11));
    }
}
