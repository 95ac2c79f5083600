namespace CustomerComms.GraphQL.Types;

/// <summary>Configures a custom directive definition.</summary>
public sealed class DirectiveBuilder
{
    internal DirectiveBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    internal List<DirectiveLocation> LocationList { get; } = [];

    internal bool IsRepeatable { get; private set; }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    /// <returns>This builder.</returns>
    public DirectiveBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds an argument.</summary>
    /// <param name="name">The argument name.</param>
    /// <param name="type">The input type in SDL.</param>
    /// <param name="configure">Sets description, default value, deprecation.</param>
    /// <returns>This builder.</returns>
    public DirectiveBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueBuilder(name, TypeReference.Parse(type), null);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    /// <summary>Adds locations where the directive may appear.</summary>
    /// <param name="locations">The locations.</param>
    /// <returns>This builder.</returns>
    public DirectiveBuilder Locations(params DirectiveLocation[] locations)
    {
        LocationList.AddRange(locations);
        return this;
    }

    /// <summary>Allows the directive more than once at one location.</summary>
    /// <returns>This builder.</returns>
    public DirectiveBuilder Repeatable()
    {
        IsRepeatable = true;
        return this;
    }
}
