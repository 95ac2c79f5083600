using System.Globalization;
using CustomerComms.Reports;

namespace CustomerComms.Api.Reports;

/// <summary>
/// The <c>Reports</c> configuration section: how reports are rendered (templates, culture, PDF printer) and the
/// schedule that generates and mails them.
/// </summary>
public sealed class ReportSettings
{
    public const string SectionName = "Reports";

    /// <summary>A folder of template overrides; relative paths are read from the content root.</summary>
    public string? TemplateFolder { get; init; }

    /// <summary>A culture name such as <c>de-DE</c>; empty for the invariant culture.</summary>
    public string Culture { get; init; } = "";

    public string DateFormat { get; init; } = "yyyy-MM-dd";

    public string ChromiumPath { get; init; } = "/usr/bin/chromium";

    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public ReportScheduleSettings Schedule { get; init; } = new();

    /// <summary>Reads the section; a missing section gives the defaults.</summary>
    /// <exception cref="InvalidOperationException">A value cannot be used; the message names the key.</exception>
    public static ReportSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(SectionName).Get<ReportSettings>() ?? new ReportSettings();
        settings.Schedule.Validate();
        return settings;
    }

    /// <summary>The library options these settings describe; relative paths are resolved against <paramref name="contentRoot"/>.</summary>
    public ReportOptions ToOptions(ReportOptions defaults, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return defaults with
        {
            TemplateFolder = string.IsNullOrWhiteSpace(TemplateFolder) ? null : Path.GetFullPath(TemplateFolder, contentRoot),
            Culture = CultureOf(Culture),
            DateFormat = DateFormat,
            ChromiumPath = ChromiumPath,
            PdfTimeout = PdfTimeout,
        };
    }

    private static CultureInfo CultureOf(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new InvalidOperationException($"Reports:Culture '{name}' is not a known culture name (e.g. en-GB, de-DE; empty for invariant).");
        }
    }
}
