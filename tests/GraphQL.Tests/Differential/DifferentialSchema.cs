using System.Text.Json;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Tests.Differential;

/// <summary>
/// The engine's side of <c>schema.graphql</c>: the same resolvers as <c>resolvers.mjs</c>, over the same
/// <c>data.json</c>. Change both together.
/// </summary>
internal static class DifferentialSchema
{
    public static Schema Build(string folder)
    {
        var data = (Dictionary<string, object?>)FromJson(JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "data.json"))).RootElement)!;
        var humans = (List<object?>)data["humans"]!;
        var dogs = (List<object?>)data["dogs"]!;
        var cats = (List<object?>)data["cats"]!;
        List<object?> pets = [.. dogs, .. cats];
        List<object?> everything = [.. humans, .. pets];

        static object? Boom(string message) => throw new InvalidOperationException(message);
        static Dictionary<string, object?> Level(int depth) => new(StringComparer.Ordinal) { ["depth"] = depth };
        static object? Arg(ResolveContext context, string name) => context.Arguments.GetValueOrDefault(name);
        static object? Get(object? value, string name) => ((IReadOnlyDictionary<string, object?>)value!).GetValueOrDefault(name);
        static int Depth(ResolveContext context) => (int)Get(context.Parent, "depth")!;
        static int Id(ResolveContext context) => (int)Get(context.Parent, "id")!;
        static object? ById(List<object?> list, object? id) => list.Find(value => Equals(Get(value, "id"), id));

        var builder = SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(folder, "schema.graphql")));
        foreach (var field in new[] { "echoInt", "echoFloat", "echoString", "echoBoolean", "echoId", "echoColor", "echoDate", "requiredInt", "requiredWithDefault" })
        {
            builder.Resolve("Query", field, context => Arg(context, "value"));
        }

        foreach (var field in new[] { "echoList", "echoNonNullList", "echoMatrix" })
        {
            builder.Resolve("Query", field, context => Arg(context, "values"));
        }

        builder
            .Resolve("Query", "hello", _ => "Hello!")
            .Resolve("Query", "greet", context => $"Hello, {Arg(context, "name") ?? "nobody"}!")
            .Resolve("Query", "echoFilter", context => Arg(context, "filter"))
            .Resolve("Query", "echoFilters", context => Arg(context, "filters"))
            .Resolve("Query", "petBy", context =>
            {
                var by = Arg(context, "by");
                return Get(by, "id") is { } id ? ById(pets, id) : pets.Find(pet => Equals(Get(pet, "name"), Get(by, "name")));
            })
            .Resolve("Query", "dog", _ => dogs[0])
            .Resolve("Query", "cat", _ => cats[0])
            .Resolve("Query", "human", context => ById(humans, Arg(context, "id")))
            .Resolve("Query", "pets", _ => new[] { dogs[0], cats[0], null, dogs[1], cats[1] })
            .Resolve("Query", "catOrDog", _ => new[] { cats[0], dogs[0] })
            .Resolve("Query", "search", context => Arg(context, "term") is string term
                ? everything.Where(value => Get(value, "name") is string name && name.Contains(term, StringComparison.Ordinal)).ToList()
                : everything)
            .Resolve("Query", "node", context => ById(everything, Arg(context, "id")))
            .Resolve("Query", "unknownPet", _ => data["unknownPet"])
            .Resolve("Query", "wrongPet", _ => data["wrongPet"])
            .Resolve("Query", "nullableBoom", _ => Boom("Boom."))
            .Resolve("Query", "nonNullBoom", _ => Boom("Boom."))
            .Resolve("Query", "nonNullNull", _ => null)
            .Resolve("Query", "listWithNulls", _ => data["listWithNulls"])
            .Resolve("Query", "nonNullItemsWithNull", _ => data["listWithNulls"])
            .Resolve("Query", "nonNullListWithNullItem", _ => data["listWithNulls"])
            .Resolve("Query", "items", _ => new[] { Item(1), Item(2), Item(3) })
            .Resolve("Query", "nullableItems", _ => new[] { Item(1), null, Item(3) })
            .Resolve("Query", "deep", _ => Level(1))
            .Resolve("Query", "quirks", _ => data["quirks"])
            .Resolve("Query", "color", _ => "BLUE")
            .Resolve("Mutation", "createMessage", context =>
            {
                var input = new Dictionary<string, object?>((IReadOnlyDictionary<string, object?>)Arg(context, "input")!, StringComparer.Ordinal);
                input["repeated"] = Enumerable.Repeat(input["text"], Math.Max(0, input.GetValueOrDefault("times") as int? ?? 0)).ToList();
                return input;
            })
            .Resolve("Mutation", "increment", context =>
            {
                var next = (context.Items.TryGetValue("counter", out var counter) ? (int)counter! : 0) + 1;
                context.Items["counter"] = next;
                return next;
            })
            .Resolve("Mutation", "failingMutation", _ => Boom("Mutation failed."))
            .Resolve("Mutation", "nonNullFailingMutation", _ => Boom("Mutation failed."))
            .Resolve("Subscription", "ticks", _ => 1)
            .Resolve("Subscription", "messages", _ => null)
            .Resolve("Dog", "owner", context => ById(humans, Get(context.Parent, "ownerId")))
            .Resolve("Dog", "barkVolume", context => Arg(context, "loud") is true ? 10 : 2)
            .Resolve("Dog", "doesKnowCommand", context => ((List<object?>)Get(context.Parent, "commands")!).Contains(Arg(context, "command")))
            .Resolve("Cat", "owner", context => ById(humans, Get(context.Parent, "ownerId")))
            .Resolve("Human", "pets", context => ((List<object?>)Get(context.Parent, "petIds")!).Select(id => ById(pets, id)).ToList())
            .Resolve("Human", "friends", context => ((List<object?>)Get(context.Parent, "friendIds")!).Select(id => ById(humans, id)).ToList())
            .Resolve("FilterEcho", "keys", context => ((IReadOnlyDictionary<string, object?>)context.Parent!).Keys.Order(StringComparer.Ordinal).ToList())
            .Resolve("Item", "name", context => Id(context) == 2 ? Boom("Item 2 has no name.") : $"item-{Id(context)}")
            .Resolve("Item", "check", context => Id(context) == 3 ? null : "ok")
            .Resolve("Level", "boom", context => Boom($"Boom at depth {Depth(context)}."))
            .Resolve("Level", "nonNullBoom", context => Boom($"Boom at depth {Depth(context)}."))
            .Resolve("Level", "next", context => Depth(context) < 3 ? Level(Depth(context) + 1) : null)
            .Resolve("Level", "nonNullNext", context => Depth(context) < 3 ? Level(Depth(context) + 1) : null)
            .Resolve("Level", "children", context => Depth(context) < 3 ? new[] { Level(Depth(context) + 1), null, Level(Depth(context) + 1) } : null)
            .Resolve("Level", "nonNullChildren", context => Depth(context) < 3 ? new[] { Level(Depth(context) + 1), Level(Depth(context) + 1) } : []);

        foreach (var abstractType in new[] { "Node", "Named", "Pet", "SearchResult", "CatOrDog" })
        {
            builder.ResolveType(abstractType, (value, _) => Get(value, "__typename") as string);
        }

        return builder.Build();
    }

    private static Dictionary<string, object?> Item(int id) => new(StringComparer.Ordinal) { ["id"] = id };

    /// <summary>JSON as plain values: objects as dictionaries, arrays as lists, numbers as <see cref="int" /> when they fit.</summary>
    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(property => property.Name, property => FromJson(property.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var small) ? small : element.TryGetInt64(out var large) ? large : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
