using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Conversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    assignee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    last_message_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_inbound_at = table.Column<long>(type: "INTEGER", nullable: true),
                    read_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbound_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    workspace_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    conversation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    to = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    event_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    in_reply_to_message_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    keyword = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbound_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_inbound_messages_conversations_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_conversations_workspace_id_channel_address",
                table: "conversations",
                columns: new[] { "workspace_id", "channel", "address" });

            migrationBuilder.CreateIndex(
                name: "ix_conversations_workspace_id_contact_id_channel",
                table: "conversations",
                columns: new[] { "workspace_id", "contact_id", "channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_conversations_workspace_id_last_message_at",
                table: "conversations",
                columns: new[] { "workspace_id", "last_message_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_conversation_id_created_at",
                table: "inbound_messages",
                columns: new[] { "conversation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbound_messages_workspace_id_event_id",
                table: "inbound_messages",
                columns: new[] { "workspace_id", "event_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbound_messages");

            migrationBuilder.DropTable(
                name: "conversations");
        }
    }
}
