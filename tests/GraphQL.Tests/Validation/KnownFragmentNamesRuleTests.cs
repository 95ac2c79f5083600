using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="KnownFragmentNamesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class KnownFragmentNamesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new KnownFragmentNamesRule(context));

    [Fact]
    public void Validate_KnownFragmentNames_AreValid()
    {
        Harness.ExpectValid(
            """
            { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } ... { name } } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """);
    }

    [Fact]
    public void Validate_UnknownFragmentNames_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { human(id: 4) { ...UnknownFragment1 ... on Human { ...UnknownFragment2 } } }
            fragment HumanFields on Human { name ...UnknownFragment3 }
            """,
            ("Unknown fragment \"UnknownFragment1\".", 1, 21),
            ("Unknown fragment \"UnknownFragment2\".", 1, 56),
            ("Unknown fragment \"UnknownFragment3\".", 2, 41));
    }
}
