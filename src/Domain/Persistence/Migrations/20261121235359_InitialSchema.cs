using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomerComms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CsiIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Target = table.Column<double>(type: "REAL", nullable: false),
                    AmberThreshold = table.Column<double>(type: "REAL", nullable: false),
                    RedThreshold = table.Column<double>(type: "REAL", nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DataSource = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CsiIndicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Customers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Country = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ManagementReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TemplateName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TemplateHash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ContentLength = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", maxLength: 52428800, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    DataSnapshot = table.Column<string>(type: "TEXT", maxLength: 20971520, nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeneratedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ManagementReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskOpportunities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Process = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    Impact = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Band = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Treatment = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TreatmentPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResidualLikelihood = table.Column<int>(type: "INTEGER", nullable: true),
                    ResidualImpact = table.Column<int>(type: "INTEGER", nullable: true),
                    ResidualScore = table.Column<int>(type: "INTEGER", nullable: true),
                    ResidualBand = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReviewFrequencyMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    IdentifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NextReviewDue = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskOpportunities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Surveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CsiMeasurements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CsiIndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CsiMeasurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CsiMeasurements_CsiIndicators_CsiIndicatorId",
                        column: x => x.CsiIndicatorId,
                        principalTable: "CsiIndicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IsPrimary = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contacts_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContingencyPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AgreedActions = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    WhoIsTold = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LastTestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastTestNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContingencyPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContingencyPlans_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CustomerPropertyItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConditionOnReceipt = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    StorageLocation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReturnedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerPropertyItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerPropertyItems_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequirementReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reviewer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerbalRequirementsConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    VerbalConfirmationDetails = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecisionRationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequirementReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequirementReviews_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Requirements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProductOrService = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Requirements_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ManagementReviewOutputs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ManagementReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ManagementReviewOutputs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ManagementReviewOutputs_ManagementReviews_ManagementReviewId",
                        column: x => x.ManagementReviewId,
                        principalTable: "ManagementReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RiskOpportunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reviewer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    Impact = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Band = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Effective = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectivenessNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskReviews_RiskOpportunities_RiskOpportunityId",
                        column: x => x.RiskOpportunityId,
                        principalTable: "RiskOpportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyQuestions_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContingencyInvocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContingencyPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvokedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContingencyInvocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContingencyInvocations_ContingencyPlans_ContingencyPlanId",
                        column: x => x.ContingencyPlanId,
                        principalTable: "ContingencyPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PropertyIssueReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerPropertyItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReportedToCustomerAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CustomerResponse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CustomerRespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PropertyIssueReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PropertyIssueReports_CustomerPropertyItems_CustomerPropertyItemId",
                        column: x => x.CustomerPropertyItemId,
                        principalTable: "CustomerPropertyItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequirementChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequirementId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    ToRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PreviousText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    NewText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequirementChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequirementChanges_Requirements_RequirementId",
                        column: x => x.RequirementId,
                        principalTable: "Requirements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequirementReviewItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequirementReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequirementId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequirementRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequirementReviewItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequirementReviewItems_RequirementReviews_RequirementReviewId",
                        column: x => x.RequirementReviewId,
                        principalTable: "RequirementReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RequirementReviewItems_Requirements_RequirementId",
                        column: x => x.RequirementId,
                        principalTable: "Requirements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    SurveyQuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyQuestions_SurveyQuestionId",
                        column: x => x.SurveyQuestionId,
                        principalTable: "SurveyQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyResponses_SurveyResponseId",
                        column: x => x.SurveyResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequirementChangeDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequirementChangeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequirementChangeDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequirementChangeDocuments_RequirementChanges_RequirementChangeId",
                        column: x => x.RequirementChangeId,
                        principalTable: "RequirementChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequirementChangeNotifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequirementChangeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequirementChangeNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequirementChangeNotifications_RequirementChanges_RequirementChangeId",
                        column: x => x.RequirementChangeId,
                        principalTable: "RequirementChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunicationLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunicationLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Communications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    ComplaintId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResponseDue = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResponseSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Communications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Communications_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Communications_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 14, nullable: false),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginatingCommunicationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    IsSafetyRelated = table.Column<bool>(type: "INTEGER", nullable: false),
                    RemedySought = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Containment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RootCause = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResponseText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AssessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    InvestigationStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EscalationCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReopenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReopenReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AcknowledgementDueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResponseDueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SlaPausedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SlaPauseReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SlaPausedHours = table.Column<double>(type: "REAL", nullable: false),
                    CustomerAccepted = table.Column<bool>(type: "INTEGER", nullable: true),
                    Satisfaction = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_Communications_OriginatingCommunicationId",
                        column: x => x.OriginatingCommunicationId,
                        principalTable: "Communications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CorrectiveActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 13, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ComplaintId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Containment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RootCause = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnalysisMethod = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ImplementedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsEffective = table.Column<bool>(type: "INTEGER", nullable: true),
                    EffectivenessCheckedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EffectivenessCheckedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EffectivenessNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EffectivenessCheckCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectiveActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorrectiveActions_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CorrectiveActionSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CorrectiveActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectiveActionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorrectiveActionSteps_CorrectiveActions_CorrectiveActionId",
                        column: x => x.CorrectiveActionId,
                        principalTable: "CorrectiveActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId_Sequence",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OccurredAt",
                table: "AuditEntries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationLinks_CommunicationId_TargetType_TargetId",
                table: "CommunicationLinks",
                columns: new[] { "CommunicationId", "TargetType", "TargetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationLinks_TargetType_TargetId",
                table: "CommunicationLinks",
                columns: new[] { "TargetType", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_Communications_Channel_OccurredAt",
                table: "Communications",
                columns: new[] { "Channel", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Communications_ComplaintId",
                table: "Communications",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Communications_ContactId",
                table: "Communications",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Communications_CustomerId_OccurredAt",
                table: "Communications",
                columns: new[] { "CustomerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Communications_Direction_OccurredAt",
                table: "Communications",
                columns: new[] { "Direction", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Communications_HandledBy",
                table: "Communications",
                column: "HandledBy");

            migrationBuilder.CreateIndex(
                name: "IX_Communications_Kind_OccurredAt",
                table: "Communications",
                columns: new[] { "Kind", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Communications_OccurredAt",
                table: "Communications",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Communications_RespondedAt_ResponseDue",
                table: "Communications",
                columns: new[] { "RespondedAt", "ResponseDue" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_AcknowledgementDueAt",
                table: "Complaints",
                column: "AcknowledgementDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Category_ReceivedAt",
                table: "Complaints",
                columns: new[] { "Category", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ClosedAt",
                table: "Complaints",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_CustomerId_ReceivedAt",
                table: "Complaints",
                columns: new[] { "CustomerId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Number",
                table: "Complaints",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OriginatingCommunicationId",
                table: "Complaints",
                column: "OriginatingCommunicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Product",
                table: "Complaints",
                column: "Product");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ReceivedAt",
                table: "Complaints",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ResponseDueAt",
                table: "Complaints",
                column: "ResponseDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Severity_ReceivedAt",
                table: "Complaints",
                columns: new[] { "Severity", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_ReceivedAt",
                table: "Complaints",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_CustomerId_Name",
                table: "Contacts",
                columns: new[] { "CustomerId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_Email",
                table: "Contacts",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_ContingencyInvocations_ContingencyPlanId_InvokedAt",
                table: "ContingencyInvocations",
                columns: new[] { "ContingencyPlanId", "InvokedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ContingencyInvocations_InvokedAt",
                table: "ContingencyInvocations",
                column: "InvokedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ContingencyPlans_CustomerId_Status",
                table: "ContingencyPlans",
                columns: new[] { "CustomerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ContingencyPlans_LastTestedAt",
                table: "ContingencyPlans",
                column: "LastTestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ContingencyPlans_Owner",
                table: "ContingencyPlans",
                column: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_ContingencyPlans_Status_Title",
                table: "ContingencyPlans",
                columns: new[] { "Status", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_ComplaintId",
                table: "CorrectiveActions",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_DueAt",
                table: "CorrectiveActions",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_Number",
                table: "CorrectiveActions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_OpenedAt",
                table: "CorrectiveActions",
                column: "OpenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_Owner",
                table: "CorrectiveActions",
                column: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_Source_OpenedAt",
                table: "CorrectiveActions",
                columns: new[] { "Source", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_Status_OpenedAt",
                table: "CorrectiveActions",
                columns: new[] { "Status", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActionSteps_CorrectiveActionId_Number",
                table: "CorrectiveActionSteps",
                columns: new[] { "CorrectiveActionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActionSteps_Owner_DueAt",
                table: "CorrectiveActionSteps",
                columns: new[] { "Owner", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CsiIndicators_Code",
                table: "CsiIndicators",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CsiIndicators_IsActive_Code",
                table: "CsiIndicators",
                columns: new[] { "IsActive", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_CsiIndicators_Name",
                table: "CsiIndicators",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_CsiIndicators_Owner",
                table: "CsiIndicators",
                column: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_CsiMeasurements_CsiIndicatorId_PeriodStart",
                table: "CsiMeasurements",
                columns: new[] { "CsiIndicatorId", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CsiMeasurements_PeriodStart",
                table: "CsiMeasurements",
                column: "PeriodStart");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerPropertyItems_CustomerId_Status",
                table: "CustomerPropertyItems",
                columns: new[] { "CustomerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerPropertyItems_Kind",
                table: "CustomerPropertyItems",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerPropertyItems_ReceivedAt",
                table: "CustomerPropertyItems",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerPropertyItems_Reference",
                table: "CustomerPropertyItems",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerPropertyItems_Status_ReceivedAt",
                table: "CustomerPropertyItems",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Code",
                table: "Customers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Country_Name",
                table: "Customers",
                columns: new[] { "Country", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_IsActive_Name",
                table: "Customers",
                columns: new[] { "IsActive", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Name",
                table: "Customers",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Segment_Name",
                table: "Customers",
                columns: new[] { "Segment", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ManagementReviewOutputs_ManagementReviewId_Status",
                table: "ManagementReviewOutputs",
                columns: new[] { "ManagementReviewId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ManagementReviewOutputs_Owner",
                table: "ManagementReviewOutputs",
                column: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_ManagementReviewOutputs_Status_DueDate",
                table: "ManagementReviewOutputs",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ManagementReviews_ContentHash",
                table: "ManagementReviews",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_ManagementReviews_Format",
                table: "ManagementReviews",
                column: "Format");

            migrationBuilder.CreateIndex(
                name: "IX_ManagementReviews_GeneratedAt",
                table: "ManagementReviews",
                column: "GeneratedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ManagementReviews_PeriodFrom_PeriodTo",
                table: "ManagementReviews",
                columns: new[] { "PeriodFrom", "PeriodTo" });

            migrationBuilder.CreateIndex(
                name: "IX_PropertyIssueReports_CustomerPropertyItemId_OccurredAt",
                table: "PropertyIssueReports",
                columns: new[] { "CustomerPropertyItemId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PropertyIssueReports_Kind_OccurredAt",
                table: "PropertyIssueReports",
                columns: new[] { "Kind", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PropertyIssueReports_ReportedToCustomerAt",
                table: "PropertyIssueReports",
                column: "ReportedToCustomerAt");

            migrationBuilder.CreateIndex(
                name: "IX_RequirementChangeDocuments_Reference",
                table: "RequirementChangeDocuments",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_RequirementChangeDocuments_RequirementChangeId_Reference",
                table: "RequirementChangeDocuments",
                columns: new[] { "RequirementChangeId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequirementChangeNotifications_RequirementChangeId_NotifiedAt",
                table: "RequirementChangeNotifications",
                columns: new[] { "RequirementChangeId", "NotifiedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequirementChanges_ChangedAt",
                table: "RequirementChanges",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RequirementChanges_RequirementId_ToRevision",
                table: "RequirementChanges",
                columns: new[] { "RequirementId", "ToRevision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequirementReviewItems_RequirementId_Outcome",
                table: "RequirementReviewItems",
                columns: new[] { "RequirementId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_RequirementReviewItems_RequirementReviewId_RequirementId",
                table: "RequirementReviewItems",
                columns: new[] { "RequirementReviewId", "RequirementId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequirementReviews_CustomerId_ReviewedAt",
                table: "RequirementReviews",
                columns: new[] { "CustomerId", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequirementReviews_Decision_ReviewedAt",
                table: "RequirementReviews",
                columns: new[] { "Decision", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequirementReviews_ReviewedAt",
                table: "RequirementReviews",
                column: "ReviewedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RequirementReviews_Subject",
                table: "RequirementReviews",
                column: "Subject");

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_CustomerId_Status",
                table: "Requirements",
                columns: new[] { "CustomerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_Owner",
                table: "Requirements",
                column: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_ProductOrService",
                table: "Requirements",
                column: "ProductOrService");

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_Reference",
                table: "Requirements",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_Status_Source",
                table: "Requirements",
                columns: new[] { "Status", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_Title",
                table: "Requirements",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_RiskOpportunities_Category",
                table: "RiskOpportunities",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_RiskOpportunities_IdentifiedAt",
                table: "RiskOpportunities",
                column: "IdentifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RiskOpportunities_Kind_Band",
                table: "RiskOpportunities",
                columns: new[] { "Kind", "Band" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskOpportunities_NextReviewDue",
                table: "RiskOpportunities",
                column: "NextReviewDue");

            migrationBuilder.CreateIndex(
                name: "IX_RiskOpportunities_Owner",
                table: "RiskOpportunities",
                column: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_RiskOpportunities_Process",
                table: "RiskOpportunities",
                column: "Process");

            migrationBuilder.CreateIndex(
                name: "IX_RiskOpportunities_ResidualScore",
                table: "RiskOpportunities",
                column: "ResidualScore");

            migrationBuilder.CreateIndex(
                name: "IX_RiskOpportunities_Score",
                table: "RiskOpportunities",
                column: "Score");

            migrationBuilder.CreateIndex(
                name: "IX_RiskOpportunities_Status_Score",
                table: "RiskOpportunities",
                columns: new[] { "Status", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskReviews_ReviewedAt",
                table: "RiskReviews",
                column: "ReviewedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RiskReviews_RiskOpportunityId_ReviewedAt",
                table: "RiskReviews",
                columns: new[] { "RiskOpportunityId", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_QuestionType_Score",
                table: "SurveyAnswers",
                columns: new[] { "QuestionType", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_SurveyQuestionId_Score",
                table: "SurveyAnswers",
                columns: new[] { "SurveyQuestionId", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_SurveyResponseId_SurveyQuestionId",
                table: "SurveyAnswers",
                columns: new[] { "SurveyResponseId", "SurveyQuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyQuestions_SurveyId_Order",
                table: "SurveyQuestions",
                columns: new[] { "SurveyId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_CustomerId_SubmittedAt",
                table: "SurveyResponses",
                columns: new[] { "CustomerId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SubmittedAt",
                table: "SurveyResponses",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId_SubmittedAt",
                table: "SurveyResponses",
                columns: new[] { "SurveyId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_Kind",
                table: "Surveys",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_OpensAt",
                table: "Surveys",
                column: "OpensAt");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_Status_OpensAt",
                table: "Surveys",
                columns: new[] { "Status", "OpensAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_Title",
                table: "Surveys",
                column: "Title");

            migrationBuilder.AddForeignKey(
                name: "FK_CommunicationLinks_Communications_CommunicationId",
                table: "CommunicationLinks",
                column: "CommunicationId",
                principalTable: "Communications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Communications_Complaints_ComplaintId",
                table: "Communications",
                column: "ComplaintId",
                principalTable: "Complaints",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Complaints_Communications_OriginatingCommunicationId",
                table: "Complaints");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CommunicationLinks");

            migrationBuilder.DropTable(
                name: "ContingencyInvocations");

            migrationBuilder.DropTable(
                name: "CorrectiveActionSteps");

            migrationBuilder.DropTable(
                name: "CsiMeasurements");

            migrationBuilder.DropTable(
                name: "ManagementReviewOutputs");

            migrationBuilder.DropTable(
                name: "PropertyIssueReports");

            migrationBuilder.DropTable(
                name: "RequirementChangeDocuments");

            migrationBuilder.DropTable(
                name: "RequirementChangeNotifications");

            migrationBuilder.DropTable(
                name: "RequirementReviewItems");

            migrationBuilder.DropTable(
                name: "RiskReviews");

            migrationBuilder.DropTable(
                name: "SurveyAnswers");

            migrationBuilder.DropTable(
                name: "ContingencyPlans");

            migrationBuilder.DropTable(
                name: "CorrectiveActions");

            migrationBuilder.DropTable(
                name: "CsiIndicators");

            migrationBuilder.DropTable(
                name: "ManagementReviews");

            migrationBuilder.DropTable(
                name: "CustomerPropertyItems");

            migrationBuilder.DropTable(
                name: "RequirementChanges");

            migrationBuilder.DropTable(
                name: "RequirementReviews");

            migrationBuilder.DropTable(
                name: "RiskOpportunities");

            migrationBuilder.DropTable(
                name: "SurveyQuestions");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "Requirements");

            migrationBuilder.DropTable(
                name: "Surveys");

            migrationBuilder.DropTable(
                name: "Communications");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "Contacts");

            migrationBuilder.DropTable(
                name: "Customers");
        }
    }
}
