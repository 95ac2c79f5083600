using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="KnownArgumentNamesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class KnownArgumentNamesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new KnownArgumentNamesRule(context));

    [Fact]
    public void Validate_SingleArgIsKnown()
    {
        Harness.ExpectValid(
            """
            fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }
            """);
    }

    [Fact]
    public void Validate_MultipleArgsAreKnown()
    {
        Harness.ExpectValid(
            """
            fragment multipleArgs on ComplicatedArgs { multipleReqs(req1: 1, req2: 2) }
            """);
    }

    [Fact]
    public void Validate_IgnoresArgsOfUnknownFields()
    {
        Harness.ExpectValid(
            """
            fragment argOnUnknownField on Dog { unknownField(unknownArg: SIT) }
            """);
    }

    [Fact]
    public void Validate_MultipleArgsInReverseOrderAreKnown()
    {
        Harness.ExpectValid(
            """
            fragment multipleArgsReverseOrder on ComplicatedArgs { multipleReqs(req2: 2, req1: 1) }
            """);
    }

    [Fact]
    public void Validate_NoArgsOnOptionalArg_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment noArgOnOptionalArg on Dog { isHouseTrained }
            """);
    }

    [Fact]
    public void Validate_ArgsAreKnownDeeply()
    {
        Harness.ExpectValid(
            """
            { dog { doesKnowCommand(dogCommand: SIT) } human { pets { ... on Dog { doesKnowCommand(dogCommand: SIT) } } } }
            """);
    }

    [Fact]
    public void Validate_DirectiveArgsAreKnown()
    {
        Harness.ExpectValid(
            """
            { dog @skip(if: true) { name } }
            """);
    }

    [Fact]
    public void Validate_FieldArgsAreInvalidOnDirectives()
    {
        Harness.ExpectErrors(
            """
            { dog @skip(unless: true) { name } }
            """,
            ("Unknown argument \"unless\" on directive \"@skip\".", 1, 13));
    }

    [Fact]
    public void Validate_UnknownDirectiveArgs_AreIgnored()
    {
        Harness.ExpectValid(
            """
            { dog @unknown(unless: true) { name } }
            """);
    }

    [Fact]
    public void Validate_MisspelledDirectiveArgs_AreReportedWithSuggestion()
    {
        Harness.ExpectErrors(
            """
            { dog @skip(iff: true) { name } }
            """,
            ("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", 1, 13));
    }

    [Fact]
    public void Validate_InvalidArgName_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }
            """,
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", 1, 50));
    }

    [Fact]
    public void Validate_MisspelledArgName_IsReportedWithSuggestion()
    {
        Harness.ExpectErrors(
            """
            fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }
            """,
            ("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", 1, 50));
    }

    [Fact]
    public void Validate_UnknownArgsAmongstKnownArgs_AreRejected()
    {
        Harness.ExpectErrors(
            """
            fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }
            """,
            ("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", 1, 59),
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", 1, 89));
    }

    [Fact]
    public void Validate_UnknownArgsDeeply_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { doesKnowCommand(unknown: true) } human { pets { ... on Dog { doesKnowCommand(unknown: true) } } } }
            """,
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", 1, 25),
            ("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", 1, 86));
    }
}
