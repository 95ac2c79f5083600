using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="KnownDirectivesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class KnownDirectivesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new KnownDirectivesRule(context));

    [Fact]
    public void Validate_NoDirectives_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo { name ...Frag }
            fragment Frag on Dog { name }
            """);
    }

    [Fact]
    public void Validate_StandardDirectives_AreValid()
    {
        Harness.ExpectValid(
            """
            { human @skip(if: false) { name pets { ... on Dog @include(if: true) { name } } } }
            """);
    }

    [Fact]
    public void Validate_UnknownDirective_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog @unknown(directive: "value") { name } }
            """,
            ("Unknown directive \"@unknown\".", 1, 7));
    }

    [Fact]
    public void Validate_ManyUnknownDirectives_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { dog @unknown(directive: "value") { name } human @unknown(directive: "value") { name pets @unknown(directive: "value") { name } } }
            """,
            ("Unknown directive \"@unknown\".", 1, 7),
            ("Unknown directive \"@unknown\".", 1, 51),
            ("Unknown directive \"@unknown\".", 1, 92));
    }

    [Fact]
    public void Validate_DirectivesInValidLocations_AreValid()
    {
        Harness.ExpectValid(
            """
            query ($var: Boolean @onVariableDefinition) @onQuery { name @include(if: $var) ...Frag @onFragmentSpread ... @onInlineFragment { name } }
            fragment Frag on QueryRoot @onFragmentDefinition { name }
            """);
    }

    [Fact]
    public void Validate_SubscriptionDirective_IsValidOnSubscription()
    {
        Harness.ExpectValid(
            """
            subscription Foo @onSubscription { importantEmails }
            """);
    }

    [Fact]
    public void Validate_DirectivesInWrongLocations_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo($var: Boolean @onQuery) @include(if: true) { name @onQuery @include(if: $var) ...Frag @onQuery }
            mutation Bar @onQuery { someField }
            """,
            ("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", 1, 25),
            ("Directive \"@include\" may not be used on QUERY.", 1, 35),
            ("Directive \"@onQuery\" may not be used on FIELD.", 1, 61),
            ("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", 1, 97),
            ("Directive \"@onQuery\" may not be used on MUTATION.", 2, 14));
    }

    [Fact]
    public void Validate_DirectiveOnWrongFragmentLocations_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query { ...Frag @onFragmentDefinition ... @onFragmentSpread { name } }
            fragment Frag on QueryRoot @onInlineFragment { name }
            """,
            ("Directive \"@onFragmentDefinition\" may not be used on FRAGMENT_SPREAD.", 1, 17),
            ("Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT.", 1, 43),
            ("Directive \"@onInlineFragment\" may not be used on FRAGMENT_DEFINITION.", 2, 28));
    }

    [Fact]
    public void Validate_VariableDefinitionDirectiveOnField_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog @onVariableDefinition { name } }
            """,
            ("Directive \"@onVariableDefinition\" may not be used on FIELD.", 1, 7));
    }
}
