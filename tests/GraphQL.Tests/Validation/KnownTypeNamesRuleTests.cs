using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="KnownTypeNamesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class KnownTypeNamesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new KnownTypeNamesRule(context));

    [Fact]
    public void Validate_KnownTypes_AreValid()
    {
        Harness.ExpectValid(
            """
            query Foo($var: String, $required: [Int!]!) { user(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } } }
            fragment PetFields on Pet { name }
            """);
    }

    [Fact]
    public void Validate_UnknownTypes_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo($var: JumbledUpLetters) { user(id: 4) { name pets { ... on Badger { name }, ...PetFields } } }
            fragment PetFields on Peat { name }
            """,
            ("Unknown type \"JumbledUpLetters\".", 1, 17),
            ("Unknown type \"Badger\".", 1, 70),
            ("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", 2, 23));
    }

    [Fact]
    public void Validate_UnknownTypeCloseToAKnownOne_SuggestsIt()
    {
        Harness.ExpectErrors(
            """
            query Foo($var: Strin, $other: [Dgo]) { dog { name } }
            """,
            ("Unknown type \"Strin\". Did you mean \"String\"?", 1, 17),
            ("Unknown type \"Dgo\". Did you mean \"Dog\"?", 1, 33));
    }

    [Fact]
    public void Validate_UnknownInputTypeInNonNullList_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo($var: [Foo!]!) { dog { name } }
            """,
            ("Unknown type \"Foo\". Did you mean \"Dog\"?", 1, 18));
    }
}
