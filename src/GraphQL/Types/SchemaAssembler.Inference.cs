using System.Collections;
using System.Reflection;

namespace CustomerComms.GraphQL.Types;

/// <summary>Inferring GraphQL types from CLR types and their nullability annotations.</summary>
internal sealed partial class SchemaAssembler
{
    private GraphQLType? Infer(Type clrType, NullabilityInfo? nullability, bool input, string where)
    {
        bool nullable;
        var type = clrType;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            nullable = true;
            type = underlying;
        }
        else
        {
            nullable = !type.IsValueType && nullability?.ReadState != NullabilityState.NotNull;
        }

        var named = InferNamedOrList(type, nullability, input, where);
        return named is null || nullable ? named : new NonNullType(named);
    }

    private GraphQLType? InferNamedOrList(Type type, NullabilityInfo? nullability, bool input, string where)
    {
        if ((input ? _inputByClr : _outputByClr).TryGetValue(type, out var bound))
        {
            return bound;
        }

        if (type == typeof(string))
        {
            return Scalars.String;
        }

        if (type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(ushort))
        {
            return Scalars.Int;
        }

        if (type == typeof(bool))
        {
            return Scalars.Boolean;
        }

        if (type == typeof(double) || type == typeof(float))
        {
            return Scalars.Float;
        }

        if (type.IsEnum)
        {
            return RegisterEnum(type, where);
        }

        if (ElementType(type) is { } element)
        {
            var elementNullability = type.IsArray ? nullability?.ElementType : nullability?.GenericTypeArguments.FirstOrDefault();
            return Infer(element, elementNullability, input, where) is { } item ? new ListType(item) : null;
        }

        _errors.Add($"Cannot infer the GraphQL type of {where} from CLR type {type.Name}; bind a type to it or set the type explicitly.");
        return null;
    }

    private EnumType? RegisterEnum(Type type, string where)
    {
        if (_types.ContainsKey(type.Name))
        {
            _errors.Add($"Cannot infer the GraphQL type of {where}: CLR enum {type.Name} is not bound and its name is taken.");
            return null;
        }

        var definition = new EnumTypeBuilder(type.Name, type);
        return Add(new EnumType(definition.Name, null, null, type, definition.Values), type, true);
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type))
        {
            return null;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}
