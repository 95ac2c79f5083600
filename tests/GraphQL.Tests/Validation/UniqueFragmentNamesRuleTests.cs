using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="UniqueFragmentNamesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new UniqueFragmentNamesRule(context));

    [Fact]
    public void Validate_NoFragments_IsValid()
    {
        Harness.ExpectValid(
            """
            { dog { name } }
            """);
    }

    [Fact]
    public void Validate_OneFragment_IsValid()
    {
        Harness.ExpectValid(
            """
            { ...fragA }
            fragment fragA on QueryRoot { dog { name } }
            """);
    }

    [Fact]
    public void Validate_ManyFragments_AreValid()
    {
        Harness.ExpectValid(
            """
            { ...fragA ...fragB ...fragC }
            fragment fragA on QueryRoot { dog { name } }
            fragment fragB on QueryRoot { dog { name } }
            fragment fragC on QueryRoot { dog { name } }
            """);
    }

    [Fact]
    public void Validate_InlineFragments_AreAlwaysUnique()
    {
        Harness.ExpectValid(
            """
            { ...on QueryRoot { dog { name } } ...on QueryRoot { cat { name } } }
            """);
    }

    [Fact]
    public void Validate_FragmentAndOperationNamedTheSame_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo { ...Foo }
            fragment Foo on QueryRoot { dog { name } }
            """);
    }

    [Fact]
    public void Validate_FragmentsNamedTheSame_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { ...fragA }
            fragment fragA on QueryRoot { dog { name } }
            fragment fragA on QueryRoot { cat { name } }
            """,
            new ExpectedError("There can be only one fragment named \"fragA\".", (2, 10), (3, 10)));
    }

    [Fact]
    public void Validate_FragmentsNamedTheSameWithoutBeingReferenced_AreRejected()
    {
        Harness.ExpectErrors(
            """
            fragment fragA on QueryRoot { dog { name } }
            fragment fragA on QueryRoot { cat { name } }
            """,
            new ExpectedError("There can be only one fragment named \"fragA\".", (1, 10), (2, 10)));
    }
}
