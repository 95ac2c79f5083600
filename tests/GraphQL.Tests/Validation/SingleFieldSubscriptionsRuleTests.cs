using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="SingleFieldSubscriptionsRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new SingleFieldSubscriptionsRule(context));

    [Fact]
    public void Validate_OneField_IsValid()
    {
        Harness.ExpectValid(
            """
            subscription ImportantEmails { importantEmails }
            """);
    }

    [Fact]
    public void Validate_OneFieldThroughFragments_IsValid()
    {
        Harness.ExpectValid(
            """
            subscription sub { ...newMessageFields }
            fragment newMessageFields on SubscriptionRoot { importantEmails }
            """);
    }

    [Fact]
    public void Validate_SameFieldTwiceThroughFragments_IsValid()
    {
        Harness.ExpectValid(
            """
            subscription sub { importantEmails ...F }
            fragment F on SubscriptionRoot { importantEmails }
            """);
    }

    [Fact]
    public void Validate_SkippedSecondField_IsValid()
    {
        Harness.ExpectValid(
            """
            subscription sub { importantEmails notImportantEmails @skip(if: true) }
            """);
    }

    [Fact]
    public void Validate_TwoFields_AreRejected()
    {
        Harness.ExpectErrors(
            """
            subscription ImportantEmails { importantEmails notImportantEmails }
            """,
            ("Subscription \"ImportantEmails\" must select only one top level field.", 1, 48));
    }

    [Fact]
    public void Validate_TypenameBesideAField_IsRejected()
    {
        Harness.ExpectErrors(
            """
            subscription ImportantEmails { importantEmails __typename }
            """,
            ("Subscription \"ImportantEmails\" must select only one top level field.", 1, 48),
            ("Subscription \"ImportantEmails\" must not select an introspection top level field.", 1, 48));
    }

    [Fact]
    public void Validate_ManyFields_AreRejected()
    {
        Harness.ExpectErrors(
            """
            subscription ImportantEmails { importantEmails notImportantEmails spamEmails }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (1, 48), (1, 67)));
    }

    [Fact]
    public void Validate_MoreThanOneFieldThroughFragments_IsRejected()
    {
        Harness.ExpectErrors(
            """
            subscription ImportantEmails { importantEmails ...notImportantEmails }
            fragment notImportantEmails on SubscriptionRoot { notImportantEmails deleted: deletedEmails ...spamEmails }
            fragment spamEmails on SubscriptionRoot { spamEmails }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (2, 51), (2, 70), (3, 43)));
    }

    [Fact]
    public void Validate_MoreThanOneFieldThroughInlineFragments_IsRejected()
    {
        Harness.ExpectErrors(
            """
            subscription { ... on SubscriptionRoot { importantEmails notImportantEmails } }
            """,
            ("Anonymous Subscription must select only one top level field.", 1, 58));
    }

    [Fact]
    public void Validate_AnonymousSubscriptionWithTwoFields_IsRejected()
    {
        Harness.ExpectErrors(
            """
            subscription { importantEmails notImportantEmails }
            """,
            ("Anonymous Subscription must select only one top level field.", 1, 32));
    }

    [Fact]
    public void Validate_IntrospectionField_IsRejected()
    {
        Harness.ExpectErrors(
            """
            subscription ImportantEmails { __typename }
            """,
            ("Subscription \"ImportantEmails\" must not select an introspection top level field.", 1, 32));
    }

    [Fact]
    public void Validate_AliasedIntrospectionField_IsRejected()
    {
        Harness.ExpectErrors(
            """
            subscription { typename: __typename }
            """,
            ("Anonymous Subscription must not select an introspection top level field.", 1, 16));
    }
}
