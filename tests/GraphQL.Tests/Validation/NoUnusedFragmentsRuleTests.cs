using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="NoUnusedFragmentsRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new NoUnusedFragmentsRule(context));

    [Fact]
    public void Validate_AllFragmentNamesUsed_IsValid()
    {
        Harness.ExpectValid(
            """
            { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """);
    }

    [Fact]
    public void Validate_AllFragmentNamesUsedByMultipleOperations_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo { human(id: 4) { ...HumanFields1 } }
            query Bar { human(id: 4) { ...HumanFields2 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """);
    }

    [Fact]
    public void Validate_UnusedFragments_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo { human(id: 4) { ...HumanFields1 } }
            query Bar { human(id: 4) { ...HumanFields2 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            fragment Unused1 on Human { name }
            fragment Unused2 on Human { name }
            """,
            ("Fragment \"Unused1\" is never used.", 6, 1),
            ("Fragment \"Unused2\" is never used.", 7, 1));
    }

    [Fact]
    public void Validate_UnusedFragmentsReferencingEachOther_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo { human(id: 4) { ...HumanFields1 } }
            fragment HumanFields1 on Human { name }
            fragment Unused1 on Human { name ...Unused2 }
            fragment Unused2 on Human { name ...Unused1 }
            """,
            ("Fragment \"Unused1\" is never used.", 3, 1),
            ("Fragment \"Unused2\" is never used.", 4, 1));
    }

    [Fact]
    public void Validate_UnknownFragmentSpreadInAnUnusedFragment_IsOnlyUnused()
    {
        Harness.ExpectErrors(
            """
            query Foo { human(id: 4) { ...bar } }
            fragment foo on Human { name }
            """,
            ("Fragment \"foo\" is never used.", 2, 1));
    }
}
