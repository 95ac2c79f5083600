namespace CustomerComms.GraphQL.Types;

/// <summary>Attaching resolvers to types defined in SDL.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>Sets the resolver of a field defined earlier (e.g. in SDL).</summary>
    /// <param name="typeName">The object type name.</param>
    /// <param name="fieldName">The field name.</param>
    /// <param name="resolve">A synchronous resolver (a returned task is awaited).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">When the type or field is not defined.</exception>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<ResolveContext, object?> resolve) =>
        Resolve(typeName, fieldName, Resolvers.FromSync(resolve));

    /// <summary>Sets the asynchronous resolver of a field defined earlier (e.g. in SDL).</summary>
    /// <param name="typeName">The object type name.</param>
    /// <param name="fieldName">The field name.</param>
    /// <param name="resolve">The resolver.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">When the type or field is not defined.</exception>
    public SchemaBuilder Resolve(string typeName, string fieldName, FieldResolver resolve)
    {
        var definition = DefinitionsByName.GetValueOrDefault(typeName) as ComplexTypeDefinition
            ?? throw new ArgumentException($"Type \"{typeName}\" is not an object type of this schema.", nameof(typeName));
        var field = definition.Fields.Find(candidate => candidate.Name == fieldName)
            ?? throw new ArgumentException($"Type \"{typeName}\" has no field \"{fieldName}\".", nameof(fieldName));
        field.Resolve(resolve);
        return this;
    }

    /// <summary>Sets how an interface or union defined earlier finds the object type of a value.</summary>
    /// <param name="typeName">The interface or union name.</param>
    /// <param name="resolveType">Returns the object type name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">When the type is not an interface or union.</exception>
    public SchemaBuilder ResolveType(string typeName, TypeResolver resolveType)
    {
        switch (DefinitionsByName.GetValueOrDefault(typeName))
        {
            case ComplexTypeDefinition { IsInterface: true } definition:
                definition.ResolveType = resolveType;
                break;
            case UnionTypeBuilder union:
                union.ResolveType(resolveType);
                break;
            default:
                throw new ArgumentException($"Type \"{typeName}\" is not an interface or union of this schema.", nameof(typeName));
        }

        return this;
    }

    /// <summary>Sets how an object type defined earlier recognises its values behind interfaces and unions.</summary>
    /// <param name="typeName">The object type name.</param>
    /// <param name="isTypeOf">The check.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">When the type is not an object type.</exception>
    public SchemaBuilder IsTypeOf(string typeName, Func<object, ResolveContext, bool> isTypeOf)
    {
        var definition = DefinitionsByName.GetValueOrDefault(typeName) as ComplexTypeDefinition;
        if (definition is null || definition.IsInterface)
        {
            throw new ArgumentException($"Type \"{typeName}\" is not an object type of this schema.", nameof(typeName));
        }

        definition.IsTypeOf = isTypeOf;
        return this;
    }
}
