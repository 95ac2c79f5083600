using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Writes an <see cref="ExecutionResult" /> as the JSON response body: <c>errors</c> first (only when there are
/// any), then <c>data</c> (only when present, possibly null), then <c>extensions</c> (only when not empty).
/// Each error has <c>message</c>, <c>locations</c> (when any), <c>path</c> (when set) and <c>extensions</c>.
/// </summary>
public static class ExecutionResultWriter
{
    /// <summary>Writes the result.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="result">The result.</param>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, result.Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The result as compact JSON text.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(ExecutionResult result, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes one error.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="error">The error.</param>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is not null)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, error.Path);
        }

        writer.WritePropertyName("extensions");
        WriteValue(writer, error.Extensions);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a completed value: maps as objects in their order, lists, strings, booleans, numbers, JSON elements;
    /// anything else (a custom scalar's serialized value) through <see cref="JsonSerializer" />.
    /// </summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                WriteDouble(writer, number);
                break;
            case float number:
                WriteDouble(writer, number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items and not IDictionary:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IConvertible convertible when convertible.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.UInt64:
                writer.WriteRawValue(convertible.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }

    /// <summary>Non-finite numbers have no JSON form; graphql-js's JSON.stringify writes them as null.</summary>
    private static void WriteDouble(Utf8JsonWriter writer, double number)
    {
        if (double.IsFinite(number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
