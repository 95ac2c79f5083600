using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="PossibleFragmentSpreadsRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new PossibleFragmentSpreadsRule(context));

    [Fact]
    public void Validate_SameObject_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);
    }

    [Fact]
    public void Validate_SameObjectInline_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            """);
    }

    [Fact]
    public void Validate_ObjectIntoImplementedInterface_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);
    }

    [Fact]
    public void Validate_ObjectIntoContainingUnion_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);
    }

    [Fact]
    public void Validate_UnionIntoContainedObject_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """);
    }

    [Fact]
    public void Validate_UnionIntoOverlappingInterface_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """);
    }

    [Fact]
    public void Validate_InterfaceIntoImplementedObject_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment petFragment on Pet { name }
            """);
    }

    [Fact]
    public void Validate_InterfaceIntoNonOverlappingBeingInterface_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment interfaceWithinInterface on Pet { ...beingFragment }
            fragment beingFragment on Being { name }
            """,
            ("Fragment \"beingFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Being\".", 1, 44));
    }

    [Fact]
    public void Validate_InterfaceIntoOverlappingUnion_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            """);
    }

    [Fact]
    public void Validate_UnknownFragmentType_IsIgnored()
    {
        Harness.ExpectValid(
            """
            fragment petFragment on Pet { ...badInADifferentWay }
            fragment badInADifferentWay on Unknown { name }
            """);
    }

    [Fact]
    public void Validate_DifferentObjectIntoObject_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
            ("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", 1, 45));
    }

    [Fact]
    public void Validate_DifferentObjectIntoObjectInline_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }
            """,
            ("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", 1, 49));
    }

    [Fact]
    public void Validate_ObjectIntoNotImplementingInterface_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            ("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", 1, 48));
    }

    [Fact]
    public void Validate_ObjectIntoNotContainingUnion_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            ("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", 1, 49));
    }

    [Fact]
    public void Validate_UnionIntoNotContainedObject_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """,
            ("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", 1, 46));
    }

    [Fact]
    public void Validate_UnionIntoNonOverlappingInterface_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            ("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", 1, 47));
    }

    [Fact]
    public void Validate_UnionIntoNonOverlappingUnion_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            ("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", 1, 48));
    }

    [Fact]
    public void Validate_InterfaceIntoNonImplementingObject_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
            fragment intelligentFragment on Intelligent { iq }
            """,
            ("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", 1, 48));
    }

    [Fact]
    public void Validate_InterfaceIntoNonOverlappingInterface_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidInterfaceWithinInterface on Pet { ...intelligentFragment }
            fragment intelligentFragment on Intelligent { iq }
            """,
            ("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", 1, 51));
    }

    [Fact]
    public void Validate_InterfaceIntoNonOverlappingInterfaceInline_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidInterfaceWithinInterfaceAnon on Pet { ...on Intelligent { iq } }
            """,
            ("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", 1, 55));
    }

    [Fact]
    public void Validate_InterfaceIntoNonOverlappingUnion_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
            fragment petFragment on Pet { name }
            """,
            ("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", 1, 56));
    }
}
