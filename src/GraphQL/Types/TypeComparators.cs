namespace CustomerComms.GraphQL.Types;

/// <summary>Relations between types used by validation and execution (graphql-js <c>typeComparators</c>).</summary>
public static class TypeComparators
{
    /// <summary>
    /// Whether a value of <paramref name="maybeSubType" /> is always valid where <paramref name="superType" /> is
    /// expected: equal types, non-null into nullable, lists of subtypes, and object or interface types into an
    /// abstract type they belong to.
    /// </summary>
    /// <param name="schema">The schema the types belong to.</param>
    /// <param name="maybeSubType">The candidate subtype.</param>
    /// <param name="superType">The expected type.</param>
    /// <returns>True when <paramref name="maybeSubType" /> is a subtype.</returns>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType.IsAbstractType
            && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>
    /// Whether two composite types can have a value in common: equal, or abstract types sharing a possible type, or
    /// an object type that is a possible type of the other (graphql-js <c>doTypesOverlap</c>).
    /// </summary>
    /// <param name="schema">The schema the types belong to.</param>
    /// <param name="typeA">A composite type.</param>
    /// <param name="typeB">Another composite type.</param>
    /// <returns>True when the types overlap.</returns>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType)
        {
            return typeB.IsAbstractType
                ? schema.GetPossibleTypes(typeA).Any(type => schema.IsSubType(typeB, type))
                : schema.IsSubType(typeA, typeB);
        }

        return typeB.IsAbstractType && schema.IsSubType(typeB, typeA);
    }
}
