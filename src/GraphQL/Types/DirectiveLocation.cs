namespace CustomerComms.GraphQL.Types;

/// <summary>Where a directive may appear (the specification's <c>DirectiveLocation</c>); SDL names are SCREAMING_CASE.</summary>
public enum DirectiveLocation
{
    /// <summary><c>QUERY</c>.</summary>
    Query,

    /// <summary><c>MUTATION</c>.</summary>
    Mutation,

    /// <summary><c>SUBSCRIPTION</c>.</summary>
    Subscription,

    /// <summary><c>FIELD</c>.</summary>
    Field,

    /// <summary><c>FRAGMENT_DEFINITION</c>.</summary>
    FragmentDefinition,

    /// <summary><c>FRAGMENT_SPREAD</c>.</summary>
    FragmentSpread,

    /// <summary><c>INLINE_FRAGMENT</c>.</summary>
    InlineFragment,

    /// <summary><c>VARIABLE_DEFINITION</c>.</summary>
    VariableDefinition,

    /// <summary><c>SCHEMA</c>.</summary>
    Schema,

    /// <summary><c>SCALAR</c>.</summary>
    Scalar,

    /// <summary><c>OBJECT</c>.</summary>
    Object,

    /// <summary><c>FIELD_DEFINITION</c>.</summary>
    FieldDefinition,

    /// <summary><c>ARGUMENT_DEFINITION</c>.</summary>
    ArgumentDefinition,

    /// <summary><c>INTERFACE</c>.</summary>
    Interface,

    /// <summary><c>UNION</c>.</summary>
    Union,

    /// <summary><c>ENUM</c>.</summary>
    Enum,

    /// <summary><c>ENUM_VALUE</c>.</summary>
    EnumValue,

    /// <summary><c>INPUT_OBJECT</c>.</summary>
    InputObject,

    /// <summary><c>INPUT_FIELD_DEFINITION</c>.</summary>
    InputFieldDefinition,
}
