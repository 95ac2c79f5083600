namespace CustomerComms.Reports.Rendering;

/// <summary>A template could not be compiled or rendered; names the template and the line (1-based) where known.</summary>
public sealed class ReportTemplateException : Exception
{
    public ReportTemplateException(string templateName, int? line, string reason, Exception? innerException = null)
        : base(line is { } l ? $"Template '{templateName}', line {l}: {reason}" : $"Template '{templateName}': {reason}", innerException)
    {
        TemplateName = templateName;
        Line = line;
        Reason = reason;
    }

    /// <summary>The template's name, e.g. <c>html/c4-complaints.hbs</c>.</summary>
    public string TemplateName { get; }

    /// <summary>The 1-based line of the error; null when it cannot be placed.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }
}
