namespace CustomerComms.Domain.Auditing;

public enum AuditAction
{
    Insert,
    Update,
    Delete,
}
