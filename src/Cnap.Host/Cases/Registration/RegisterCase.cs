using System.Text.Json.Serialization;
using Cnap.Activities.Cases;
using Cnap.Domain;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Host.Cases.Persistence;
using Cnap.Host.Data;
using Cnap.Workflows.Management;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Registration;

/// <summary>
/// Registers an application at the counter (or online) and starts the service's published technological card on it,
/// pinned to that version. A service without a published card is refused before anything is stored.
/// </summary>
public sealed record RegisterCase(
    Guid CentreId,
    ServiceChoice Service,
    string? VariantCode,
    Guid? ProviderId,
    Applicant Applicant,
    ApplicationChannel Channel,
    IReadOnlyList<SubmittedDocument> Documents,
    ResultDelivery ResultDelivery,
    NotificationConsent Notifications,
    Actor RegisteredBy) : ICommand<RegisteredCase>, ICaseCommand
{
    /// <summary>Set when a mandatory document is missing and the administrator accepts the package anyway.</summary>
    public string? IncompletePackageReason { get; init; }
}

/// <summary>The service applied for: by id, or by its catalogue or register code (what an integrator's system knows).</summary>
public sealed record ServiceChoice(Guid? Id, string? Code)
{
    public static implicit operator ServiceChoice(Guid id) => new(id, null);
}

public sealed record RegisteredCase(
    Guid Id, string Number, string TrackingCode, [property: JsonConverter(typeof(JsonStringEnumConverter<CaseStatus>))] CaseStatus Status,
    DateTimeOffset LegalDeadline, string WorkflowInstanceId);

public sealed class RegisterCaseHandler(
    CnapDbContext db, WorkflowDefinitionService definitions, CardRun cards, IWorkingCalendarSource calendars, TimeProvider clock)
    : ICommandHandler<RegisterCase, RegisteredCase>
{
    public async ValueTask<RegisteredCase> Handle(RegisterCase command, CancellationToken cancellationToken)
    {
        var centre = await db.Set<ServiceCentre>().FirstOrDefaultAsync(c => c.Id == command.CentreId, cancellationToken)
            ?? throw new CaseNotFoundException($"Centre {command.CentreId} does not exist.");
        var service = await ServiceAsync(command.Service, cancellationToken);
        var card = await PublishedCardAsync(service, cancellationToken);
        var variant = command.VariantCode is { } code
            ? service.Variants.FirstOrDefault(v => v.Code == code.Trim()) ?? throw new DomainException(
                $"Service {service.Code} has no variant «{code}» ({string.Join(", ", service.Variants.Select(v => v.Code))}).")
            : service.NormalVariant;
        var providerId = command.ProviderId ?? SoleProvider(service, centre);

        var now = clock.Now();
        var deadlines = await calendars.ForProviderAsync(providerId, cancellationToken);
        var deadline = deadlines.Compute(now, variant.Term).EndsAt;
        var number = await db.NextAsync(centre, now, cancellationToken);
        var @case = Case.Register(
            new CaseRegistration(centre, service, variant.Id, providerId, command.Applicant, command.Channel, command.Documents,
                command.ResultDelivery, command.Notifications, command.RegisteredBy, deadline)
            { IncompletePackageReason = command.IncompletePackageReason },
            number, TrackingCode.New(), clock);
        db.Add(@case);
        await db.SaveChangesAsync(cancellationToken);

        var started = await cards.StartAsync(card, @case.Id, cancellationToken);
        @case.AttachWorkflow(started.InstanceId, clock);
        return new RegisteredCase(@case.Id, number.ToString(), @case.TrackingCode.ToString(), @case.Status, @case.LegalDeadline, started.InstanceId);
    }

    private async Task<AdministrativeService> ServiceAsync(ServiceChoice choice, CancellationToken cancellationToken)
    {
        if (choice.Id is { } id)
            return await db.Set<AdministrativeService>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
                ?? throw new CaseNotFoundException($"Service {id} does not exist.");
        var code = choice.Code ?? "";
        return await db.Set<AdministrativeService>().FirstOrDefaultAsync(s => s.Code == code || s.RegisterCode == code, cancellationToken)
            ?? throw new UnknownFieldValueException("serviceCode", $"No service has the code «{choice.Code}».");
    }

    private async Task<string> PublishedCardAsync(AdministrativeService service, CancellationToken cancellationToken)
    {
        var definitionId = service.TechnologicalCardId;
        if (definitionId is null || !await definitions.IsPublishedAsync(definitionId, cancellationToken))
            throw new DomainException(
                $"Service {service.Code} has no published technological card{(definitionId is null ? "" : $" ({definitionId} is not published)")}: " +
                "a case cannot be registered until a methodologist publishes one.");
        return definitionId;
    }

    private static Guid SoleProvider(AdministrativeService service, ServiceCentre centre)
    {
        var providers = service.ProvisionsFor(centre.CommunityId).Select(p => p.ProviderId).Distinct().ToList();
        return providers.Count == 1
            ? providers[0]
            : throw new DomainException(providers.Count == 0
                ? $"No provider provides service {service.Code} for the locality of centre {centre.Code}."
                : $"Service {service.Code} has {providers.Count} providers for centre {centre.Code}: choose one.");
    }
}
