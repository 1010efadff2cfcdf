using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Storage.PostgreSql.Migrations
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
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "http_status",
                table: "send_attempts",
                type: "integer",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "provider_message_id",
                table: "messages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "moved_on_reason",
                table: "messages",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "possible_duplicates",
                table: "messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "previous_message_id",
                table: "messages",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "receipt_timeout_seconds",
                table: "channel_routes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "message_receipts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    workspace_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    provider = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    provider_message_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    provider_status = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    error_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    segment = table.Column<int>(type: "integer", nullable: true),
                    segment_count = table.Column<int>(type: "integer", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    tokens = table.Column<double>(type: "double precision", nullable: false),
                    refilled_at = table.Column<long>(type: "bigint", nullable: false)
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

            migrationBuilder.AlterColumn<string>(
                name: "provider_message_id",
                table: "messages",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);
        }
    }
}
