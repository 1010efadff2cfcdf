using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WorkflowEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "end_reason",
                table: "workflow_instances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ended_at",
                table: "workflow_instances",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "revision",
                table: "workflow_instances",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "state_json",
                table: "workflow_instances",
                type: "TEXT",
                nullable: false,
                defaultValue: "{\"vars\":{},\"steps\":{}}");

            migrationBuilder.AddColumn<string>(
                name: "wait_event_type",
                table: "workflow_instances",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "wake_at",
                table: "workflow_instances",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "number",
                table: "workflow_definitions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "published_at",
                table: "workflow_definitions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "workflow_journal",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    step_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    detail = table.Column<string>(type: "TEXT", nullable: true),
                    data_json = table.Column<string>(type: "TEXT", nullable: true),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
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
        }
    }
}
