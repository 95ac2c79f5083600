using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="FieldsOnCorrectTypeRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new FieldsOnCorrectTypeRule(context));

    [Fact]
    public void Validate_ObjectFieldSelection_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment objectFieldSelection on Dog { __typename name }
            """);
    }

    [Fact]
    public void Validate_AliasedObjectFieldSelection_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment aliasedObjectFieldSelection on Dog { tn : __typename otherName : name }
            """);
    }

    [Fact]
    public void Validate_InterfaceFieldSelection_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment interfaceFieldSelection on Pet { __typename name }
            """);
    }

    [Fact]
    public void Validate_LyingAliasSelection_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment lyingAliasSelection on Dog { name : nickname }
            """);
    }

    [Fact]
    public void Validate_UnknownSelectedType_IsIgnored()
    {
        Harness.ExpectValid(
            """
            fragment unknownSelection on UnknownType { unknownField }
            """);
    }

    [Fact]
    public void Validate_MetaFieldsOnTheQueryRoot_AreValid()
    {
        Harness.ExpectValid(
            """
            { __typename __schema { queryType { name } } __type(name: "Dog") { name } }
            """);
    }

    [Fact]
    public void Validate_TypenameOnAUnion_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment f on CatOrDog { __typename }
            """);
    }

    [Fact]
    public void Validate_SchemaMetaFieldOffTheRoot_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { __schema { queryType { name } } } }
            """,
            ("Cannot query field \"__schema\" on type \"Dog\".", 1, 9));
    }

    [Fact]
    public void Validate_UnknownFieldInsideAnUnknownField_IsReportedOnce()
    {
        Harness.ExpectErrors(
            """
            fragment typeKnownAgain on Pet { unknown_pet_field { ... on Cat { unknown_cat_field } } }
            """,
            ("Cannot query field \"unknown_pet_field\" on type \"Pet\".", 1, 34),
            ("Cannot query field \"unknown_cat_field\" on type \"Cat\".", 1, 67));
    }

    [Fact]
    public void Validate_FieldNotDefinedOnFragment_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment fieldNotDefined on Dog { meowVolume }
            """,
            ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 1, 35));
    }

    [Fact]
    public void Validate_DeepFieldNotDefined_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment deepFieldNotDefined on Dog { unknown_field { deeper_unknown_field } }
            """,
            ("Cannot query field \"unknown_field\" on type \"Dog\".", 1, 39));
    }

    [Fact]
    public void Validate_SubFieldNotDefined_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment subFieldNotDefined on Human { pets { unknown_field } }
            """,
            ("Cannot query field \"unknown_field\" on type \"Pet\".", 1, 47));
    }

    [Fact]
    public void Validate_FieldNotDefinedOnInlineFragment_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment fieldNotDefined on Pet { ... on Dog { meowVolume } }
            """,
            ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 1, 48));
    }

    [Fact]
    public void Validate_AliasedFieldTargetNotDefined_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment aliasedFieldTargetNotDefined on Dog { volume : mooVolume }
            """,
            ("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 1, 48));
    }

    [Fact]
    public void Validate_AliasedLyingFieldTargetNotDefined_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume : kawVolume }
            """,
            ("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 1, 53));
    }

    [Fact]
    public void Validate_NotDefinedOnInterface_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment notDefinedOnInterface on Pet { tailLength }
            """,
            ("Cannot query field \"tailLength\" on type \"Pet\".", 1, 41));
    }

    [Fact]
    public void Validate_DefinedOnImplementorsButNotInterface_SuggestsTheImplementors()
    {
        Harness.ExpectErrors(
            """
            fragment definedOnImplementorsButNotInterface on Pet { nickname }
            """,
            ("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", 1, 56));
    }

    [Fact]
    public void Validate_MetaFieldSelectionOnUnion_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment directFieldSelectionOnUnion on CatOrDog { __typename }
            """);
    }

    [Fact]
    public void Validate_DirectFieldSelectionOnUnion_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment directFieldSelectionOnUnion on CatOrDog { directField }
            """,
            ("Cannot query field \"directField\" on type \"CatOrDog\".", 1, 52));
    }

    [Fact]
    public void Validate_DefinedOnImplementorsQueriedOnUnion_SuggestsInterfaces()
    {
        Harness.ExpectErrors(
            """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog { name }
            """,
            ("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", 1, 60));
    }

    [Fact]
    public void Validate_ValidFieldInInlineFragment_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment objectFieldSelection on Pet { ... on Dog { name } ... { name } }
            """);
    }

    [Fact]
    public void Validate_FieldOnUnionOfBeings_SuggestsInterfacesFirst()
    {
        Harness.ExpectErrors(
            """
            { humanOrAlien { iq } }
            """,
            ("Cannot query field \"iq\" on type \"HumanOrAlien\". Did you mean to use an inline fragment on \"Intelligent\", \"Alien\", or \"Human\"?", 1, 18));
    }

    [Fact]
    public void Validate_TypoInFieldName_SuggestsFields()
    {
        Harness.ExpectErrors(
            """
            { dog { nam barkvolume } }
            """,
            ("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", 1, 9),
            ("Cannot query field \"barkvolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 1, 13));
    }

    [Fact]
    public void Validate_MotherOnPet_SuggestsCanineAndMammal()
    {
        Harness.ExpectErrors(
            """
            fragment f on Pet { mother { name } }
            """,
            ("Cannot query field \"mother\" on type \"Pet\". Did you mean to use an inline fragment on \"Mammal\", \"Canine\", or \"Dog\"?", 1, 21));
    }
}
