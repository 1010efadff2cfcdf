using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProviderReceipts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "error_code",
                table: "send_attempts",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "http_status",
                table: "send_attempts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "moved_on_reason",
                table: "messages",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "possible_duplicates",
                table: "messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "previous_message_id",
                table: "messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "receipt_timeout_seconds",
                table: "channel_routes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "message_receipts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    message_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    provider = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    provider_message_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    provider_status = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    error_code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    segment = table.Column<int>(type: "INTEGER", nullable: true),
                    segment_count = table.Column<int>(type: "INTEGER", nullable: true),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_message_receipts", x => x.id);
                    table.ForeignKey(
                        name: "fk_message_receipts_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rate_limit_buckets",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    tokens = table.Column<double>(type: "REAL", nullable: false),
                    refilled_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rate_limit_buckets", x => x.name);
                });

            migrationBuilder.CreateIndex(
                name: "ix_messages_provider_provider_message_id",
                table: "messages",
                columns: new[] { "provider", "provider_message_id" });

            migrationBuilder.CreateIndex(
                name: "ix_message_receipts_message_id",
                table: "message_receipts",
                column: "message_id");

            migrationBuilder.CreateIndex(
                name: "ix_message_receipts_provider_provider_message_id",
                table: "message_receipts",
                columns: new[] { "provider", "provider_message_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "message_receipts");

            migrationBuilder.DropTable(
                name: "rate_limit_buckets");

            migrationBuilder.DropIndex(
                name: "ix_messages_provider_provider_message_id",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "error_code",
                table: "send_attempts");

            migrationBuilder.DropColumn(
                name: "http_status",
                table: "send_attempts");

            migrationBuilder.DropColumn(
                name: "moved_on_reason",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "possible_duplicates",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "previous_message_id",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "receipt_timeout_seconds",
                table: "channel_routes");
        }
    }
}
