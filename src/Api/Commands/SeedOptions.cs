using System.Globalization;

namespace CustomerComms.Api.Commands;

/// <summary>Options of the <c>seed</c> verb.</summary>
/// <param name="Scale">Multiplies the number of communications (1 gives about 20,000; 50 about a million).</param>
/// <param name="Reset">Empty the database before loading.</param>
public sealed record SeedOptions(int Scale, bool Reset)
{
    /// <summary>Takes <c>--scale N</c> and <c>--reset</c> out of <paramref name="args"/>; the rest is configuration.</summary>
    public static SeedOptions Parse(string[] args, out string[] configuration)
    {
        var scale = 1;
        var reset = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--reset":
                    reset = true;
                    break;
                case "--scale":
                    if (i + 1 >= args.Length
                        || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out scale)
                        || scale is < 1 or > 1000)
                    {
                        throw new CommandLineException("--scale takes a whole number from 1 to 1000.");
                    }

                    i++;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        configuration = [.. rest];
        return new SeedOptions(scale, reset);
    }
}
