namespace CustomerComms.GraphQL.Types;

/// <summary>The kinds of types, as introspection's <c>__TypeKind</c> enum lists them.</summary>
public enum TypeKind
{
    /// <summary>A scalar type.</summary>
    Scalar,

    /// <summary>An object type.</summary>
    Object,

    /// <summary>An interface type.</summary>
    Interface,

    /// <summary>A union type.</summary>
    Union,

    /// <summary>An enum type.</summary>
    Enum,

    /// <summary>An input object type.</summary>
    InputObject,

    /// <summary>A list wrapper.</summary>
    List,

    /// <summary>A non-null wrapper.</summary>
    NonNull,
}
