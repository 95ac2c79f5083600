using System.Security.Cryptography;
using System.Text;
using CustomerComms.Domain.ManagementReviews;

namespace CustomerComms.Reports.Rendering;

/// <summary>
/// The templates of one output format: a layout and one partial per section, embedded in this assembly and each
/// replaceable by a file of the same name in <see cref="ReportOptions.TemplateFolder"/>.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The section partials, in report order; the layout includes each by this name.</summary>
    public static readonly IReadOnlyList<string> Partials =
    [
        "a-previous-actions", "b-requirements", "c1-satisfaction", "c2-objectives", "c3-process-performance",
        "c4-complaints", "c5-monitoring", "c6-audits", "c7-external-providers", "d-resources", "e-risks",
        "property-contingency", "f-improvements", "recorded-data",
    ];

    private TemplateSet(string folder, string layout, IReadOnlyDictionary<string, string> partials, IReadOnlyList<string> overridden)
    {
        Folder = folder;
        Layout = layout;
        PartialSources = partials;
        Overridden = overridden;
        Hash = HashOf(layout, partials);
    }

    /// <summary>The format folder, <c>html</c> or <c>markdown</c>.</summary>
    public string Folder { get; }

    /// <summary>The layout's source.</summary>
    public string Layout { get; }

    /// <summary>Each partial's source by name.</summary>
    public IReadOnlyDictionary<string, string> PartialSources { get; }

    /// <summary>The templates taken from the override folder (relative names), in order.</summary>
    public IReadOnlyList<string> Overridden { get; }

    /// <summary>SHA-256 (lower-case hex) over every template's name and source, so a stored report names what made it.</summary>
    public string Hash { get; }

    /// <summary>The name stored with a report: the layout's name, marked when any template was overridden.</summary>
    public string Name => Overridden.Count == 0 ? $"{Folder}/layout.hbs" : $"{Folder}/layout.hbs (custom: {string.Join(", ", Overridden)})";

    /// <summary>The relative file name of a template, e.g. <c>html/c4-complaints.hbs</c>.</summary>
    public string FileName(string template) => $"{Folder}/{template}.hbs";

    /// <summary>Loads the templates of <paramref name="format"/> (HTML for PDF), overrides first.</summary>
    public static TemplateSet Load(ReportFormat format, string? overrideFolder)
    {
        var folder = format == ReportFormat.Markdown ? "markdown" : "html";
        var overridden = new List<string>();
        string Read(string name)
        {
            var relative = $"{folder}/{name}.hbs";
            if (overrideFolder is not null)
            {
                var path = Path.Combine(overrideFolder, folder, name + ".hbs");
                if (File.Exists(path))
                {
                    overridden.Add(relative);
                    return Normalise(File.ReadAllText(path, Encoding.UTF8));
                }
            }

            return Embedded(relative);
        }

        var layout = Read("layout");
        var partials = Partials.ToDictionary(p => p, Read, StringComparer.Ordinal);
        return new TemplateSet(folder, layout, partials, overridden);
    }

    private static string Embedded(string relative)
    {
        var assembly = typeof(TemplateSet).Assembly;
        var resource = "CustomerComms.Reports.Templates." + relative.Replace('/', '.');
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded template '{relative}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Normalise(reader.ReadToEnd());
    }

    private static string Normalise(string source) => source.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string HashOf(string layout, IReadOnlyDictionary<string, string> partials)
    {
        var text = new StringBuilder().Append("layout\n").Append(layout);
        foreach (var name in Partials)
        {
            text.Append('\0').Append(name).Append('\n').Append(partials[name]);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
