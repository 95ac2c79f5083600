using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="LoneAnonymousOperationRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new LoneAnonymousOperationRule(context));

    [Fact]
    public void Validate_NoOperations_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment fragA on Dog { name }
            """);
    }

    [Fact]
    public void Validate_OneAnonymousOperation_IsValid()
    {
        Harness.ExpectValid(
            """
            { dog { name } }
            """);
    }

    [Fact]
    public void Validate_MultipleNamedOperations_AreValid()
    {
        Harness.ExpectValid(
            """
            query Foo { dog { name } }
            query Bar { dog { name } }
            """);
    }

    [Fact]
    public void Validate_AnonymousOperationWithFragment_IsValid()
    {
        Harness.ExpectValid(
            """
            { ...Foo }
            fragment Foo on QueryRoot { dog { name } }
            """);
    }

    [Fact]
    public void Validate_TwoAnonymousOperations_AreBothRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { name } }
            { cat { name } }
            """,
            ("This anonymous operation must be the only defined operation.", 1, 1),
            ("This anonymous operation must be the only defined operation.", 2, 1));
    }

    [Fact]
    public void Validate_AnonymousOperationWithAMutation_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { name } }
            mutation Foo { addDog }
            """,
            ("This anonymous operation must be the only defined operation.", 1, 1));
    }

    [Fact]
    public void Validate_AnonymousOperationWithASubscription_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { name } }
            subscription Foo { importantEmails }
            """,
            ("This anonymous operation must be the only defined operation.", 1, 1));
    }
}
