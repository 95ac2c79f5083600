using System.Text;
using HandlebarsDotNet;

namespace CustomerComms.Reports.Rendering;

/// <summary>
/// Escapes values written into Markdown: a pipe would split a table cell and a line break would end a table row, so
/// pipes are escaped and line breaks become spaces; angle brackets are escaped so data cannot inject HTML.
/// </summary>
internal sealed class MarkdownTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        foreach (var c in text ?? "")
        {
            Write(c, target);
        }
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        while (text is not null && text.MoveNext())
        {
            Write(text.Current, target);
        }
    }

    private static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '|': target.Write("\\|"); break;
            case '\r': break;
            case '\n': target.Write(' '); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            default: target.Write(c); break;
        }
    }
}
