namespace CustomerComms.Api.Commands;

/// <summary>The command line is malformed; the message says how.</summary>
public sealed class CommandLineException(string message) : Exception(message);
