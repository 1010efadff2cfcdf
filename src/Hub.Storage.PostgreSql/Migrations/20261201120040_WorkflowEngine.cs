using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hub.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class WorkflowEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "current_step_id",
                table: "workflow_instances",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "correlation_key",
                table: "workflow_instances",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "end_reason",
                table: "workflow_instances",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ended_at",
                table: "workflow_instances",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "revision",
                table: "workflow_instances",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "state_json",
                table: "workflow_instances",
                type: "text",
                nullable: false,
                defaultValue: "{\"vars\":{},\"steps\":{}}");

            migrationBuilder.AddColumn<string>(
                name: "wait_event_type",
                table: "workflow_instances",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "wake_at",
                table: "workflow_instances",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "number",
                table: "workflow_definitions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "published_at",
                table: "workflow_definitions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "workflow_journal",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workspace_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    detail = table.Column<string>(type: "text", nullable: true),
                    data_json = table.Column<string>(type: "text", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_journal", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_status_created_at",
                table: "workflow_instances",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_waiting",
                table: "workflow_instances",
                columns: new[] { "wait_event_type", "correlation_key" },
                filter: "status = 'Waiting'");

            migrationBuilder.Sql("UPDATE workflow_instances SET status = 'Faulted' WHERE status = 'Failed'");

            // Versions stored before numbering: 1, 2, 3 in the order they were stored, each published when stored.
            migrationBuilder.Sql("""
                UPDATE workflow_definitions SET number = (
                    SELECT COUNT(*) FROM workflow_definitions AS earlier
                    WHERE earlier.workspace_id = workflow_definitions.workspace_id
                      AND earlier.workflow_id = workflow_definitions.workflow_id
                      AND (earlier.created_at < workflow_definitions.created_at
                           OR (earlier.created_at = workflow_definitions.created_at AND earlier.version <= workflow_definitions.version))),
                  published_at = created_at
                WHERE number = 0
                """);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_definitions_workspace_id_workflow_id_number",
                table: "workflow_definitions",
                columns: new[] { "workspace_id", "workflow_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_journal_instance_id_id",
                table: "workflow_journal",
                columns: new[] { "instance_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workflow_journal");

            migrationBuilder.DropIndex(
                name: "ix_workflow_instances_status_created_at",
                table: "workflow_instances");

            migrationBuilder.DropIndex(
                name: "ix_workflow_instances_waiting",
                table: "workflow_instances");

            migrationBuilder.DropIndex(
                name: "ix_workflow_definitions_workspace_id_workflow_id_number",
                table: "workflow_definitions");

            migrationBuilder.DropColumn(
                name: "end_reason",
                table: "workflow_instances");

            migrationBuilder.DropColumn(
                name: "ended_at",
                table: "workflow_instances");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "workflow_instances");

            migrationBuilder.DropColumn(
                name: "state_json",
                table: "workflow_instances");

            migrationBuilder.DropColumn(
                name: "wait_event_type",
                table: "workflow_instances");

            migrationBuilder.DropColumn(
                name: "wake_at",
                table: "workflow_instances");

            migrationBuilder.DropColumn(
                name: "number",
                table: "workflow_definitions");

            migrationBuilder.DropColumn(
                name: "published_at",
                table: "workflow_definitions");

            migrationBuilder.AlterColumn<string>(
                name: "current_step_id",
                table: "workflow_instances",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "correlation_key",
                table: "workflow_instances",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);
        }
    }
}
