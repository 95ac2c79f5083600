using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>
/// A scalar defined by the application (e.g. <c>DateTime</c>) with its own serialize and parse functions.
/// Exceptions other than <see cref="GraphQLCoercionException" /> thrown by those functions are wrapped in one,
/// with the message <c>Expected value of type "Name", found …</c>-style text left to the caller.
/// </summary>
public sealed class CustomScalarType : ScalarType
{
    private readonly Func<object?, object?> _serialize;
    private readonly Func<object?, object?> _parseValue;
    private readonly Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? _parseLiteral;

    /// <summary>Creates a custom scalar.</summary>
    /// <param name="name">The scalar name.</param>
    /// <param name="serialize">Internal value to response value; identity when null.</param>
    /// <param name="parseValue">Variable value to internal value; identity (after unwrapping JSON elements) when null.</param>
    /// <param name="parseLiteral">Literal to internal value; when null, the literal is turned into a plain value (as graphql-js's <c>valueFromASTUntyped</c>) and given to <paramref name="parseValue" />.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="specifiedByUrl">The URL of the format's specification (<c>@specifiedBy</c>), or null.</param>
    /// <param name="clrType">The CLR type the code-first builder maps to this scalar, or null.</param>
    /// <param name="directives">Directives applied to the definition, or null.</param>
    public CustomScalarType(
        string name,
        Func<object?, object?>? serialize = null,
        Func<object?, object?>? parseValue = null,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral = null,
        string? description = null,
        string? specifiedByUrl = null,
        Type? clrType = null,
        IReadOnlyList<DirectiveNode>? directives = null)
        : base(name, description, specifiedByUrl, clrType, directives)
    {
        _serialize = serialize ?? (value => value);
        _parseValue = parseValue ?? JsValue.Normalize;
        _parseLiteral = parseLiteral;
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => Guard(() => _serialize(value));

    /// <inheritdoc />
    public override object? ParseValue(object? value) => Guard(() => _parseValue(value));

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _parseLiteral is null
            ? Guard(() => _parseValue(UntypedLiteral.ToValue(value, variables)))
            : Guard(() => _parseLiteral(value, variables));
    }

    private static object? Guard(Func<object?> coerce)
    {
        try
        {
            return coerce();
        }
        catch (GraphQLCoercionException)
        {
            throw;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidCastException or OverflowException)
        {
            throw new GraphQLCoercionException(exception.Message, exception);
        }
    }
}
