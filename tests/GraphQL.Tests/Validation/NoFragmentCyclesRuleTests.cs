using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="NoFragmentCyclesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class NoFragmentCyclesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new NoFragmentCyclesRule(context));

    [Fact]
    public void Validate_SingleReferences_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """);
    }

    [Fact]
    public void Validate_SpreadingTwiceIsNotCircular()
    {
        Harness.ExpectValid(
            """
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """);
    }

    [Fact]
    public void Validate_SpreadingTwiceIndirectlyIsNotCircular()
    {
        Harness.ExpectValid(
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { name }
            """);
    }

    [Fact]
    public void Validate_DoubleSpreadWithinAbstractTypes_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment nameFragment on Pet { ... on Dog { name } ... on Cat { name } }
            fragment spreadsInAnon on Pet { ... on Dog { ...nameFragment } ... on Cat { ...nameFragment } }
            """);
    }

    [Fact]
    public void Validate_UnknownFragment_IsIgnored()
    {
        Harness.ExpectValid(
            """
            fragment nameFragment on Pet { ...UnknownFragment }
            """);
    }

    [Fact]
    public void Validate_SpreadingItselfDirectly_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment fragA on Human { ...fragA }
            """,
            ("Cannot spread fragment \"fragA\" within itself.", 1, 27));
    }

    [Fact]
    public void Validate_SpreadingItselfDirectlyWithinInlineFragment_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment fragA on Pet { ... on Dog { ...fragA } }
            """,
            ("Cannot spread fragment \"fragA\" within itself.", 1, 38));
    }

    [Fact]
    public void Validate_SpreadingItselfIndirectly_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)));
    }

    [Fact]
    public void Validate_SpreadingItselfIndirectlyReportedOpposite_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment fragB on Dog { ...fragA }
            fragment fragA on Dog { ...fragB }
            """,
            new ExpectedError("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (1, 25), (2, 25)));
    }

    [Fact]
    public void Validate_SpreadingItselfDeeply_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
            new ExpectedError("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));
    }

    [Fact]
    public void Validate_SpreadingItselfDeeplyTwoPaths_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)));
    }

    [Fact]
    public void Validate_SpreadingItselfDeeplyAndImmediately_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            ("Cannot spread fragment \"fragB\" within itself.", 2, 25),
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (1, 25), (2, 35), (3, 25)),
            new ExpectedError("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (2, 35), (3, 35)));
    }
}
