using Microsoft.EntityFrameworkCore;
using Sermo.Api.Auth;
using Sermo.Api.Schemas.Conventions;
using Sermo.Domain.Persistence;
using Sermo.Domain.Physicians;
using Sermo.GraphQL.EntityFrameworkCore;
using Sermo.GraphQL.Execution;
using Sermo.GraphQL.Relay;
using Sermo.GraphQL.Types;

namespace Sermo.Api.Schemas.Partner.Physicians;

/// <summary>The physicians area: profiles (as node and through <c>viewer.physician</c>), the staff's queue of
/// applicants and their membership mutations. There is deliberately no searchable member directory: a list filtered by
/// specialty and country would tell which small groups an anonymous member belongs to.</summary>
public sealed class PhysiciansSchemaContributor : IPartnerSchemaContributor
{
    private static readonly SortDefinition<Physician> ApplicantOrder = SortDefinition<Physician>.WithKey("Applicant", p => p.Id)
        .Field("joinedAt", p => p.JoinedAt)
        .DefaultOrder(new SortField("joinedAt", SortDirection.Ascending));

    public void Contribute(SchemaComposition schema)
    {
        schema.Types
            .AddType<PhysicianType>()
            .AddType<PhysicianStatus>()
            .AddType<CredentialStage>()
            .AddType<ShownPracticeType>()
            .AddType<SpecialtyType>()
            .AddType<SpecialtyGroupType>()
            .AddType<RegionType>()
            .AddType<PrivateDetailsType>()
            .AddType<CredentialCheckType>()
            .ExtendObjectType<Viewer>(viewer => viewer.Field("physician").Type("Physician")
                .Description("The member a physician token acts for, whatever their membership state (an applicant sees their own progress); null for other callers.")
                .ResolveWith((Caller caller, PhysicianById physicians) =>
                    caller.PhysicianId is { } id ? physicians.LoadAsync(id) : Task.FromResult<Physician?>(null)));
        RelayTypes.AddConnection<Physician>(schema.Types, "Physician", withTotalCount: true);
        MutationConventions.AddPayload<Physician>(schema.Types, "PhysicianPayload", "physician", "Physician");

        schema.Node<Physician, Guid>("Physician", p => p.Id, LoadVisibleAsync);

        schema.Query(query => query.Field("applicants").Type("PhysicianConnection!")
            .AuthorizeRoles(SermoRoles.Staff)
            .Description("Members whose credential check is under way, oldest application first. Staff only.")
            .PagingArguments()
            .Resolve(ApplicantsAsync));

        schema.Mutation(mutation =>
        {
            mutation.Field("recordCredentialCheck").Type("PhysicianPayload!").AuthorizeRoles(SermoRoles.Staff)
                .Description("Records one stage's outcome of a member's credential check; passing the last stage verifies the member. Staff only.")
                .ResolveWith(([Service] PhysicianCommands commands, RecordCredentialCheckInput input, Caller caller, CancellationToken cancellationToken) =>
                    commands.RecordCredentialCheckAsync(input, caller, cancellationToken));
            mutation.Field("suspendPhysician").Type("PhysicianPayload!").AuthorizeRoles(SermoRoles.Staff)
                .Description("Takes a verified member out of the community: they can no longer post, answer, vote or rate. Staff only.")
                .ResolveWith(([Service] PhysicianCommands commands, MembershipChangeInput input, CancellationToken cancellationToken) =>
                    commands.SuspendAsync(input, cancellationToken));
            mutation.Field("reinstatePhysician").Type("PhysicianPayload!").AuthorizeRoles(SermoRoles.Staff)
                .Description("Brings a suspended member back. Staff only.")
                .ResolveWith(([Service] PhysicianCommands commands, MembershipChangeInput input, CancellationToken cancellationToken) =>
                    commands.ReinstateAsync(input, cancellationToken));
        });
    }

    /// <summary>A profile by id for <c>node</c>: to staff and verified members, and to a member their own; null to
    /// anyone else, exactly as for an id that names nobody.</summary>
    private static async Task<Physician?> LoadVisibleAsync(Guid id, IResolverContext context)
    {
        var caller = new Caller(context.User);
        if (caller.PhysicianId != id && !await context.Services.GetRequiredService<CallerMembership>().MayReadCommunityAsync(caller, context.CancellationToken))
            return null;
        return await context.DataLoader<PhysicianById>().LoadAsync(id);
    }

    private static ValueTask<object?> ApplicantsAsync(IResolverContext context) =>
        ConnectionQuery.PageAsync(context, db => db.Physicians.Where(p => p.Status == PhysicianStatus.Applicant), filter: null, ApplicantOrder);
}
