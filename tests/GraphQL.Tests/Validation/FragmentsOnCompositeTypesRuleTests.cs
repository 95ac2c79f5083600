using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="FragmentsOnCompositeTypesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new FragmentsOnCompositeTypesRule(context));

    [Fact]
    public void Validate_ObjectTypeCondition_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment validFragment on Dog { barks }
            """);
    }

    [Fact]
    public void Validate_InterfaceTypeCondition_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment validFragment on Pet { name }
            """);
    }

    [Fact]
    public void Validate_InlineObjectTypeCondition_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment validFragment on Pet { ... on Dog { barks } }
            """);
    }

    [Fact]
    public void Validate_InlineWithoutTypeCondition_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment validFragment on Pet { ... { name } }
            """);
    }

    [Fact]
    public void Validate_UnionTypeCondition_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment validFragment on CatOrDog { __typename }
            """);
    }

    [Fact]
    public void Validate_ScalarTypeCondition_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment scalarFragment on Boolean { bad }
            """,
            ("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", 1, 28));
    }

    [Fact]
    public void Validate_EnumTypeCondition_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment scalarFragment on FurColor { bad }
            """,
            ("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", 1, 28));
    }

    [Fact]
    public void Validate_InputObjectTypeCondition_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment inputFragment on ComplexInput { stringField }
            """,
            ("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", 1, 27));
    }

    [Fact]
    public void Validate_InlineScalarTypeCondition_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidFragment on Pet { ... on String { barks } }
            """,
            ("Fragment cannot condition on non composite type \"String\".", 1, 42));
    }
}
