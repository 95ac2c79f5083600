namespace CustomerComms.GraphQL.Types;

/// <summary>Interface implementation rules.</summary>
public static partial class SchemaValidator
{
    private static void ValidateInterfaces(ComplexType type, List<string> errors)
    {
        var implemented = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!implemented.Add(iface.Name))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }

            ValidateImplementsAncestors(type, iface, errors);
            ValidateImplementsInterface(type, iface, errors);
        }
    }

    private static void ValidateImplementsAncestors(ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                errors.Add(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
            }
        }
    }

    private static void ValidateImplementsInterface(ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                errors.Add($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!IsCovariant(typeField.Type, ifaceField.Type))
            {
                errors.Add($"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.");
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.Arguments.Find(ifaceArg.Name);
                if (typeArg is null)
                {
                    errors.Add($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expected but {type.Name}.{fieldName} does not provide it.");
                }
                else if (!ifaceArg.Type.IsEqualTo(typeArg.Type))
                {
                    errors.Add($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({ifaceArg.Name}:) is type {typeArg.Type}.");
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (typeArg.IsRequired && !ifaceField.Arguments.Contains(typeArg.Name))
                {
                    errors.Add($"Object field {type.Name}.{fieldName} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}.");
                }
            }
        }
    }

    /// <summary>
    /// Whether a field of type <paramref name="sub" /> satisfies an interface field of type <paramref name="super" />
    /// (graphql-js <c>isTypeSubTypeOf</c>, answered from the types themselves so that it works before the schema's
    /// relations are trusted).
    /// </summary>
    private static bool IsCovariant(GraphQLType sub, GraphQLType super) => (sub, super) switch
    {
        (_, NonNullType superNonNull) => sub is NonNullType subNonNull && IsCovariant(subNonNull.OfType, superNonNull.OfType),
        (NonNullType subNonNull, _) => IsCovariant(subNonNull.OfType, super),
        (_, ListType superList) => sub is ListType subList && IsCovariant(subList.OfType, superList.OfType),
        (ListType, _) => false,
        _ when ReferenceEquals(sub, super) => true,
        (ObjectType or InterfaceType, UnionType union) => union.Types.Contains(((NamedType)sub).Name) && ReferenceEquals(union.Types.Find(((NamedType)sub).Name), sub),
        (ComplexType complex, InterfaceType iface) => complex.Implements(iface),
        _ => false,
    };
}
