using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CustomerComms.Api.GraphQL.Relay;

/// <summary>
/// Relay global ids (DESIGN §4): base64 of <c>TypeName:key</c>, so one id names one record of one type across the
/// whole API (e.g. <c>Q29tcGxhaW50OjQy</c> is <c>Complaint:42</c>).
/// </summary>
internal static class GlobalId
{
    public static string Format(string typeName, int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{key}")));

    /// <summary>Reads an id; false when it is not base64 of <c>TypeName:key</c> with a positive integer key.</summary>
    public static bool TryParse(string id, out string typeName, out int key)
    {
        typeName = "";
        key = 0;
        if (id.Length is 0 or > 200 || !Base64.IsValid(id))
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out key) || key <= 0)
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }
}
