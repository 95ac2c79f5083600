using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>
/// A scalar type: a leaf value with its own coercion rules. The built-in scalars are on <see cref="Scalars" />;
/// custom scalars are <see cref="CustomScalarType" />. Coercion failures throw <see cref="GraphQLCoercionException" />.
/// </summary>
public abstract class ScalarType : NamedType
{
    private protected ScalarType(string name, string? description, string? specifiedByUrl, Type? clrType, IReadOnlyList<DirectiveNode>? directives)
        : base(name, description, directives)
    {
        SpecifiedByUrl = specifiedByUrl;
        ClrType = clrType;
    }

    /// <summary>The URL of the specification of the scalar's format (<c>@specifiedBy</c>), or null.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>The CLR type the code-first builder maps to this scalar when inferring field types, or null.</summary>
    public Type? ClrType { get; }

    /// <inheritdoc />
    public sealed override TypeKind Kind => TypeKind.Scalar;

    /// <summary>Turns a resolved value into the value sent in the response (result coercion).</summary>
    /// <param name="value">The value a resolver returned; not null.</param>
    /// <returns>A JSON-compatible value.</returns>
    /// <exception cref="GraphQLCoercionException">When the value cannot be represented.</exception>
    public abstract object? Serialize(object? value);

    /// <summary>Turns a variable value (from JSON: string, number, boolean, list, dictionary, or a <see cref="System.Text.Json.JsonElement" />) into the internal value.</summary>
    /// <param name="value">The variable value; not null.</param>
    /// <returns>The internal value passed to resolvers.</returns>
    /// <exception cref="GraphQLCoercionException">When the value is not valid for the scalar.</exception>
    public abstract object? ParseValue(object? value);

    /// <summary>Turns a literal written in a document into the internal value.</summary>
    /// <param name="value">The literal; not a <see cref="NullValueNode" />. Variables inside it are only allowed for custom scalars.</param>
    /// <param name="variables">The coerced variable values, for literals that contain variables; may be null.</param>
    /// <returns>The internal value passed to resolvers.</returns>
    /// <exception cref="GraphQLCoercionException">When the literal is not valid for the scalar.</exception>
    public abstract object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null);
}
