namespace CustomerComms.GraphQL.Types;

/// <summary>A directive definition: <c>directive @name(args) repeatable on LOCATIONS</c>.</summary>
public sealed class Directive
{
    internal Directive(string name, string? description, IReadOnlyList<DirectiveLocation> locations, NamedList<Argument> arguments, bool isRepeatable)
    {
        Name = name;
        Description = description;
        Locations = locations;
        Arguments = arguments;
        IsRepeatable = isRepeatable;
    }

    /// <summary>The name, without the at sign.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>Where the directive may appear, in definition order.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The arguments, in definition order, by name.</summary>
    public NamedList<Argument> Arguments { get; }

    /// <summary>Whether the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The SDL name of a location, e.g. <c>FIELD_DEFINITION</c>.</summary>
    /// <param name="location">The location.</param>
    /// <returns>The name.</returns>
    public static string LocationName(DirectiveLocation location) => NameConventions.ToScreamingCase(location.ToString());

    /// <summary>Reads an SDL location name such as <c>FIELD_DEFINITION</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="location">The location when the name is valid.</param>
    /// <returns>Whether the name is a location.</returns>
    public static bool TryParseLocation(string name, out DirectiveLocation location)
    {
        foreach (var candidate in Enum.GetValues<DirectiveLocation>())
        {
            if (LocationName(candidate) == name)
            {
                location = candidate;
                return true;
            }
        }

        location = default;
        return false;
    }

    /// <summary>The directive as <c>@name</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "@" + Name;
}
