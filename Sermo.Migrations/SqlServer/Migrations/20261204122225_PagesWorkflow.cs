using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sermo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PagesWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PagePosts_Pages_PageId",
                table: "PagePosts");

            migrationBuilder.DropForeignKey(
                name: "FK_PageRevisions_Pages_PageId",
                table: "PageRevisions");

            migrationBuilder.DropForeignKey(
                name: "FK_ReviewDecisions_Pages_PageId",
                table: "ReviewDecisions");

            migrationBuilder.DropColumn(
                name: "CoverImageUrl",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "LogoUrl",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "ImageUrl",
                table: "PagePosts");

            migrationBuilder.RenameColumn(
                name: "Reviewer",
                table: "ReviewDecisions",
                newName: "ReviewerId");

            migrationBuilder.RenameColumn(
                name: "EditedBy",
                table: "PageRevisions",
                newName: "EditorPerson");

            migrationBuilder.RenameColumn(
                name: "EditedBy",
                table: "PagePosts",
                newName: "EditorPerson");

            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "ReviewDecisions",
                type: "nchar(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "ReviewerOrganisationId",
                table: "ReviewDecisions",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "SuspendedAt",
                table: "Pages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuspendedBy",
                table: "Pages",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuspensionReason",
                table: "Pages",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccentColour",
                table: "PageRevisions",
                type: "nvarchar(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BrandName",
                table: "PageRevisions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompanyInformation",
                table: "PageRevisions",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "PageRevisions",
                type: "nchar(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "CoverImageId",
                table: "PageRevisions",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EditorAgencyId",
                table: "PageRevisions",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "EditorOrganisationId",
                table: "PageRevisions",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "LogoImageId",
                table: "PageRevisions",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "State",
                table: "PageRevisions",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "PageRevisions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BrandName",
                table: "PagePosts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "PagePosts",
                type: "nchar(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "EditorAgencyId",
                table: "PagePosts",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "EditorOrganisationId",
                table: "PagePosts",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "ImageId",
                table: "PagePosts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "PagePosts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "PagePosts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PageFollows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PhysicianId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FollowedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UnfollowedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConcurrencyVersion = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageFollows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PageFollows_Pages_PageId",
                        column: x => x.PageId,
                        principalTable: "Pages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PageFollows_Physicians_PhysicianId",
                        column: x => x.PhysicianId,
                        principalTable: "Physicians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PageViews",
                columns: table => new
                {
                    PageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PhysicianId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageViews", x => new { x.PageId, x.Day, x.PhysicianId });
                    table.ForeignKey(
                        name: "FK_PageViews_Pages_PageId",
                        column: x => x.PageId,
                        principalTable: "Pages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PageViews_Physicians_PhysicianId",
                        column: x => x.PhysicianId,
                        principalTable: "Physicians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PostReactions",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PhysicianId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    ReactedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostReactions", x => new { x.PostId, x.PhysicianId });
                    table.ForeignKey(
                        name: "FK_PostReactions_PagePosts_PostId",
                        column: x => x.PostId,
                        principalTable: "PagePosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PostReactions_Pages_PageId",
                        column: x => x.PageId,
                        principalTable: "Pages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PostReactions_Physicians_PhysicianId",
                        column: x => x.PhysicianId,
                        principalTable: "Physicians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PageRevisions_State_SubmittedAt",
                table: "PageRevisions",
                columns: new[] { "State", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PageFollows_PageId_FollowedAt",
                table: "PageFollows",
                columns: new[] { "PageId", "FollowedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PageFollows_PhysicianId_PageId",
                table: "PageFollows",
                columns: new[] { "PhysicianId", "PageId" });

            migrationBuilder.CreateIndex(
                name: "IX_PageViews_PhysicianId",
                table: "PageViews",
                column: "PhysicianId");

            migrationBuilder.CreateIndex(
                name: "IX_PostReactions_PageId_ReactedAt",
                table: "PostReactions",
                columns: new[] { "PageId", "ReactedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PostReactions_PhysicianId",
                table: "PostReactions",
                column: "PhysicianId");

            migrationBuilder.AddForeignKey(
                name: "FK_PagePosts_Pages_PageId",
                table: "PagePosts",
                column: "PageId",
                principalTable: "Pages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_PageRevisions_Pages_PageId",
                table: "PageRevisions",
                column: "PageId",
                principalTable: "Pages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReviewDecisions_Pages_PageId",
                table: "ReviewDecisions",
                column: "PageId",
                principalTable: "Pages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PagePosts_Pages_PageId",
                table: "PagePosts");

            migrationBuilder.DropForeignKey(
                name: "FK_PageRevisions_Pages_PageId",
                table: "PageRevisions");

            migrationBuilder.DropForeignKey(
                name: "FK_ReviewDecisions_Pages_PageId",
                table: "ReviewDecisions");

            migrationBuilder.DropTable(
                name: "PageFollows");

            migrationBuilder.DropTable(
                name: "PageViews");

            migrationBuilder.DropTable(
                name: "PostReactions");

            migrationBuilder.DropIndex(
                name: "IX_PageRevisions_State_SubmittedAt",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "ReviewDecisions");

            migrationBuilder.DropColumn(
                name: "ReviewerOrganisationId",
                table: "ReviewDecisions");

            migrationBuilder.DropColumn(
                name: "SuspendedAt",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "SuspendedBy",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "SuspensionReason",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "AccentColour",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "BrandName",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "CompanyInformation",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "CoverImageId",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "EditorAgencyId",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "EditorOrganisationId",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "LogoImageId",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "State",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "BrandName",
                table: "PagePosts");

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "PagePosts");

            migrationBuilder.DropColumn(
                name: "EditorAgencyId",
                table: "PagePosts");

            migrationBuilder.DropColumn(
                name: "EditorOrganisationId",
                table: "PagePosts");

            migrationBuilder.DropColumn(
                name: "ImageId",
                table: "PagePosts");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "PagePosts");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "PagePosts");

            migrationBuilder.RenameColumn(
                name: "ReviewerId",
                table: "ReviewDecisions",
                newName: "Reviewer");

            migrationBuilder.RenameColumn(
                name: "EditorPerson",
                table: "PageRevisions",
                newName: "EditedBy");

            migrationBuilder.RenameColumn(
                name: "EditorPerson",
                table: "PagePosts",
                newName: "EditedBy");

            migrationBuilder.AddColumn<string>(
                name: "CoverImageUrl",
                table: "PageRevisions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LogoUrl",
                table: "PageRevisions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImageUrl",
                table: "PagePosts",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddForeignKey(
                name: "FK_PagePosts_Pages_PageId",
                table: "PagePosts",
                column: "PageId",
                principalTable: "Pages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PageRevisions_Pages_PageId",
                table: "PageRevisions",
                column: "PageId",
                principalTable: "Pages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ReviewDecisions_Pages_PageId",
                table: "ReviewDecisions",
                column: "PageId",
                principalTable: "Pages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
