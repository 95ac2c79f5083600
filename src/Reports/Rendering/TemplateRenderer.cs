using System.Globalization;
using HandlebarsDotNet;

namespace CustomerComms.Reports.Rendering;

/// <summary>
/// Renders a <see cref="TemplateSet"/> with Handlebars.Net in a fresh, isolated environment: the only partials are the
/// set's own, the only helpers are <see cref="ValueFormatter"/>'s, no file system is configured, and a missing partial
/// or helper is an error — so a template can show data but cannot read files, reach the network or run code.
/// </summary>
internal static class TemplateRenderer
{
    public static string Render(TemplateSet templates, object view, ReportOptions options, bool markdown)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            FormatProvider = CultureInfo.InvariantCulture,
            TextEncoder = markdown ? new MarkdownTextEncoder() : new HtmlEncoder(),
            ThrowOnUnresolvedBindingExpression = false,
        });
        RegisterHelpers(handlebars, new ValueFormatter(options.Culture, options.DateFormat));

        foreach (var (name, source) in templates.PartialSources)
        {
            var compiled = Compile(handlebars, templates.FileName(name), source);
            handlebars.RegisterTemplate(name, (writer, context, data) => compiled(writer, context, data));
        }

        var layout = Compile(handlebars, templates.FileName("layout"), templates.Layout);
        try
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            layout(writer, view);
            return writer.ToString();
        }
        catch (HandlebarsException exception)
        {
            throw Located(templates, exception);
        }
    }

    private static HandlebarsTemplate<TextWriter, object, object> Compile(IHandlebars handlebars, string name, string source)
    {
        if (TemplateLocator.FindProblem(source) is { } problem)
        {
            throw new ReportTemplateException(name, problem.Line, problem.Reason);
        }

        try
        {
            using var reader = new StringReader(source);
            return handlebars.Compile(reader);
        }
        catch (Exception exception) when (exception is HandlebarsException or InvalidOperationException)
        {
            throw new ReportTemplateException(name, TemplateLocator.ReportedLine(exception.Message), FirstLine(exception.Message), exception);
        }
    }

    /// <summary>A runtime error names a helper or partial; the first template using that name is where it went wrong.</summary>
    private static ReportTemplateException Located(TemplateSet templates, HandlebarsException exception)
    {
        // A failure inside a partial arrives wrapped in "error rendering partial" exceptions: the innermost says what went wrong.
        Exception innermost = exception;
        while (innermost.InnerException is HandlebarsException inner)
        {
            innermost = inner;
        }

        var reason = FirstLine(innermost.Message);
        if (TemplateLocator.QuotedName(innermost.Message) is { } name)
        {
            var sources = new[] { ("layout", templates.Layout) }.Concat(templates.PartialSources.Select(p => (p.Key, p.Value)));
            foreach (var (template, source) in sources)
            {
                if (TemplateLocator.LineOfName(source, name) is { } line)
                {
                    return new ReportTemplateException(templates.FileName(template), line, reason, exception);
                }
            }
        }

        return new ReportTemplateException(templates.FileName("layout"), null, reason, exception);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim();
    }

    private static void RegisterHelpers(IHandlebars handlebars, ValueFormatter format)
    {
        static object? At(Arguments arguments, int index) => arguments.Length > index ? arguments[index] : null;
        handlebars.RegisterHelper("number", (in HelperOptions _, in Context _, in Arguments a) => format.Number(At(a, 0), At(a, 1)));
        handlebars.RegisterHelper("percent", (in HelperOptions _, in Context _, in Arguments a) => format.Percent(At(a, 0), At(a, 1)));
        handlebars.RegisterHelper("signed", (in HelperOptions _, in Context _, in Arguments a) => format.Signed(At(a, 0), At(a, 1)));
        handlebars.RegisterHelper("pvalue", (in HelperOptions _, in Context _, in Arguments a) => format.PValue(At(a, 0)));
        handlebars.RegisterHelper("date", (in HelperOptions _, in Context _, in Arguments a) => format.Date(At(a, 0)));
        handlebars.RegisterHelper("month", (in HelperOptions _, in Context _, in Arguments a) => format.Month(At(a, 0)));
    }
}
