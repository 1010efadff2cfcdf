using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Contacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "contact_id",
                table: "messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "held_until",
                table: "messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "purpose",
                table: "messages",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "transactional");

            migrationBuilder.AddColumn<string>(
                name: "skip_reason",
                table: "messages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "consent_policies",
                columns: table => new
                {
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    document_json = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_policies", x => x.workspace_id);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    first_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    last_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    locale = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    erased_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "service_windows",
                columns: table => new
                {
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    last_inbound_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_windows", x => new { x.workspace_id, x.channel, x.address });
                });

            migrationBuilder.CreateTable(
                name: "consent_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    event_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_changes_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_consents",
                columns: table => new
                {
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_consents", x => new { x.contact_id, x.channel, x.purpose });
                    table.ForeignKey(
                        name: "fk_contact_consents_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_identities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_identities", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_identities_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_consent_changes_contact_id_recorded_at",
                table: "consent_changes",
                columns: new[] { "contact_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_identities_contact_id",
                table: "contact_identities",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_identities_workspace_id_kind_value",
                table: "contact_identities",
                columns: new[] { "workspace_id", "kind", "value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contacts_workspace_id_created_at",
                table: "contacts",
                columns: new[] { "workspace_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consent_changes");

            migrationBuilder.DropTable(
                name: "consent_policies");

            migrationBuilder.DropTable(
                name: "contact_consents");

            migrationBuilder.DropTable(
                name: "contact_identities");

            migrationBuilder.DropTable(
                name: "service_windows");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropColumn(
                name: "contact_id",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "held_until",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "purpose",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "skip_reason",
                table: "messages");
        }
    }
}
