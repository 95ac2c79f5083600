using System.Text.Json;
using CustomerComms.GraphQL.Execution;

namespace CustomerComms.GraphQL.Data;

/// <summary>
/// Opaque cursors: base64 of a JSON array of the item's sort key values (keyset paging, the key last) or of a JSON
/// number, the item's position (offset paging).
/// </summary>
internal static class Cursor
{
    private const string InvalidCursorCode = "HC0078";

    public static string Keyset(IReadOnlyList<SortKey> keys, object item) =>
        Encode(JsonSerializer.SerializeToUtf8Bytes(keys.Select(key => key.Read(item)).ToArray()));

    public static string Offset(int index) => Encode(JsonSerializer.SerializeToUtf8Bytes(index));

    public static object?[] ReadKeyset(string cursor, IReadOnlyList<SortKey> keys)
    {
        using var document = Parse(cursor);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != keys.Count)
        {
            throw Invalid(cursor);
        }

        try
        {
            return keys.Select((key, i) => root[i].Deserialize(key.Selector.ReturnType)).ToArray();
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            throw Invalid(cursor);
        }
    }

    public static int ReadOffset(string cursor)
    {
        using var document = Parse(cursor);
        return document.RootElement.ValueKind == JsonValueKind.Number && document.RootElement.TryGetInt32(out var index) && index >= 0
            ? index
            : throw Invalid(cursor);
    }

    private static string Encode(byte[] json) => Convert.ToBase64String(json);

    private static JsonDocument Parse(string cursor)
    {
        try
        {
            return JsonDocument.Parse(Convert.FromBase64String(cursor));
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw Invalid(cursor);
        }
    }

    private static GraphQLException Invalid(string cursor) =>
        new($"The cursor {cursor} is not valid.", InvalidCursorCode);
}
