using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>One response key of a selection on an object type: its field definition and the field nodes merged into it.</summary>
internal sealed class CollectedField
{
    private SubfieldsOf? _subfields;

    public CollectedField(string key, Field definition, List<FieldNode> nodes)
    {
        Key = key;
        Definition = definition;
        Nodes = nodes;
        var type = definition.Type is NonNullType nonNull ? nonNull.OfType : definition.Type;
        LeafType = type is ScalarType or EnumType ? (NamedType)type : null;
    }

    /// <summary>The response key: the alias, else the field name.</summary>
    public string Key { get; }

    /// <summary>The field definition on the object type.</summary>
    public Field Definition { get; }

    /// <summary>The field nodes with this response key, in document order (at least one).</summary>
    public List<FieldNode> Nodes { get; }

    /// <summary>The scalar or enum type when the field's value is one leaf value (possibly non-null), else null.</summary>
    public NamedType? LeafType { get; }

    /// <summary>The subfields last collected for values of <paramref name="type" />, or null.</summary>
    public SelectedFields? SubfieldsFor(ObjectType type) =>
        _subfields is { } last && ReferenceEquals(last.Type, type) ? last.Fields : null;

    /// <summary>Remembers the subfields of values of <paramref name="type" />; a list of N objects of one type then looks them up once.</summary>
    public void RememberSubfields(ObjectType type, SelectedFields fields) => _subfields = new SubfieldsOf(type, fields);

    /// <summary>One immutable entry, so that a reader racing with a writer sees a type with its own subfields.</summary>
    private sealed record SubfieldsOf(ObjectType Type, SelectedFields Fields);
}
