using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_inbound_requests_connector_id_received_at",
                table: "inbound_requests",
                columns: new[] { "connector_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_events_connector_id_created_at",
                table: "events",
                columns: new[] { "connector_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_inbound_requests_connector_id_received_at",
                table: "inbound_requests");

            migrationBuilder.DropIndex(
                name: "ix_events_connector_id_created_at",
                table: "events");
        }
    }
}
