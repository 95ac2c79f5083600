namespace CustomerComms.GraphQL.Types;

/// <summary>The scalars the specification defines: Int, Float, String, Boolean and ID.</summary>
public static class Scalars
{
    /// <summary>A signed 32-bit integer; internal value <see cref="int" />.</summary>
    public static ScalarType Int { get; } = new IntType();

    /// <summary>A finite double-precision number; internal value <see cref="double" />.</summary>
    public static ScalarType Float { get; } = new FloatType();

    /// <summary>UTF-8 text; internal value <see cref="string" />.</summary>
    public static ScalarType String { get; } = new StringType();

    /// <summary>True or false; internal value <see cref="bool" />.</summary>
    public static ScalarType Boolean { get; } = new BooleanType();

    /// <summary>A unique identifier serialized as a string; internal value <see cref="string" />.</summary>
    public static ScalarType ID { get; } = new IdType();

    /// <summary>All five, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>Whether <paramref name="type" /> is named like a scalar the specification defines (graphql-js <c>isSpecifiedScalarType</c>).</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for Int, Float, String, Boolean and ID.</returns>
    public static bool IsSpecified(NamedType type) => type.Name is "Int" or "Float" or "String" or "Boolean" or "ID";

    /// <summary>Finds a specified scalar by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The scalar, or null.</returns>
    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
