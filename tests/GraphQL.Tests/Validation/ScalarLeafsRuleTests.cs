using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="ScalarLeafsRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class ScalarLeafsRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new ScalarLeafsRule(context));

    [Fact]
    public void Validate_ScalarField_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment scalarSelection on Dog { barks }
            """);
    }

    [Fact]
    public void Validate_ObjectFieldWithoutSelection_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query directQueryOnObjectWithoutSubFields { human }
            """,
            ("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", 1, 45));
    }

    [Fact]
    public void Validate_InterfaceFieldWithoutSelection_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { human { pets } }
            """,
            ("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", 1, 11));
    }

    [Fact]
    public void Validate_ObjectFieldWithSelection_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment objectFieldSelection on Dog { __typename name }
            """);
    }

    [Fact]
    public void Validate_ScalarFieldWithArgumentAndSelection_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment scalarSelectionsNotAllowedWithArgs on Dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } }
            """,
            ("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", 1, 87));
    }

    [Fact]
    public void Validate_BooleanFieldWithSelection_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog { barks { sinceWhen } }
            """,
            ("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", 1, 61));
    }

    [Fact]
    public void Validate_EnumFieldWithSelection_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment scalarSelectionsNotAllowedOnEnum on Cat { furColor { inHexDec } }
            """,
            ("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", 1, 61));
    }

    [Fact]
    public void Validate_TypenameWithSelection_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { __typename { name } } }
            """,
            ("Field \"__typename\" must not have a selection since type \"String!\" has no subfields.", 1, 20));
    }

    [Fact]
    public void Validate_ListOfObjectsWithoutSelection_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { human { relatives } }
            """,
            ("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", 1, 11));
    }
}
