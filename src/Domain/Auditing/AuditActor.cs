namespace CustomerComms.Domain.Auditing;

/// <summary>Who the audit trail names for the changes saved in the current scope (a request, a command).</summary>
public sealed class AuditActor
{
    public const string System = "system";

    public string Name { get; set; } = System;
}
