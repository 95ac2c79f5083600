using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="VariablesAreInputTypesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new VariablesAreInputTypesRule(context));

    [Fact]
    public void Validate_UnknownTypes_AreIgnored()
    {
        Harness.ExpectValid(
            """
            query Foo($a: Unknown, $b: [[Unknown!]]!) { field(a: $a, b: $b) }
            """);
    }

    [Fact]
    public void Validate_InputTypes_AreValid()
    {
        Harness.ExpectValid(
            """
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) { field(a: $a, b: $b, c: $c) }
            """);
    }

    [Fact]
    public void Validate_OutputTypes_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { field(a: $a, b: $b, c: $c) }
            """,
            ("Variable \"$a\" cannot be non-input type \"Dog\".", 1, 15),
            ("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", 1, 24),
            ("Variable \"$c\" cannot be non-input type \"Pet\".", 1, 44));
    }
}
