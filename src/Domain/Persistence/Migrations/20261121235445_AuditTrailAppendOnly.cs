using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomerComms.Domain.Persistence.Migrations
{
    /// <summary>
    /// Makes the database itself refuse to change or delete audit entries, so the trail stays append-only even
    /// for someone writing to the tables outside the application.
    /// </summary>
    public partial class AuditTrailAppendOnly : Migration
    {
        private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider == Sqlite)
            {
                migrationBuilder.Sql("""
                    CREATE TRIGGER AuditEntries_AppendOnly_NoUpdate BEFORE UPDATE ON AuditEntries
                    BEGIN SELECT RAISE(ABORT, 'Audit entries are append-only: they cannot be changed.'); END;
                    """);
                migrationBuilder.Sql("""
                    CREATE TRIGGER AuditEntries_AppendOnly_NoDelete BEFORE DELETE ON AuditEntries
                    BEGIN SELECT RAISE(ABORT, 'Audit entries are append-only: they cannot be deleted.'); END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider == Sqlite)
            {
                migrationBuilder.Sql("DROP TRIGGER AuditEntries_AppendOnly_NoUpdate;");
                migrationBuilder.Sql("DROP TRIGGER AuditEntries_AppendOnly_NoDelete;");
            }
        }
    }
}
