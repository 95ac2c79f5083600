using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Building from SDL.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>
    /// Starts a builder from SDL type definitions and extensions (graphql-js <c>buildSchema</c>). Fields resolve by
    /// default to the parent's property or dictionary entry of the same name; attach resolvers with
    /// <see cref="Resolve(string, string, FieldResolver)" />. Custom scalars pass values through unchanged until
    /// replaced with <see cref="Scalar" />. Roots are the schema definition's, else the types named
    /// <c>Query</c>, <c>Mutation</c> and <c>Subscription</c>.
    /// </summary>
    /// <param name="sdl">The SDL.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="GraphQLSyntaxException">When the SDL does not parse.</exception>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>Adds SDL type definitions and extensions to what is defined so far.</summary>
    /// <param name="sdl">The SDL.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="GraphQLSyntaxException">When the SDL does not parse.</exception>
    public SchemaBuilder AddSdl(string sdl)
    {
        new SdlReader(this).Read(Parser.Parse(sdl));
        return this;
    }
}
