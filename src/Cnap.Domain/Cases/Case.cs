using Cnap.Domain.Calendar;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;

namespace Cnap.Domain.Cases;

/// <summary>
/// A case (справа): one application for one service at one centre, from registration to the handing over of the result.
/// Its status changes only through its methods, each guarded by <see cref="CaseTransitions"/>.
/// </summary>
public sealed partial class Case
{
    private readonly List<CaseDocument> documents = [];
    // Not readonly: EF maps these lists by field and sets them when loading.
    private List<Suspension> suspensions = [];
    private List<TimelineEntry> timeline = [];

    private Case() { }

    public Guid Id { get; private set; }

    public Guid CentreId { get; private set; }

    public JournalNumber JournalNumber { get; private set; } = null!;

    public TrackingCode TrackingCode { get; private set; } = null!;

    public Applicant Applicant { get; private set; } = null!;

    public Guid ServiceId { get; private set; }

    public Guid VariantId { get; private set; }

    /// <summary>The variant's term when the case was registered; later changes of the catalogue do not move it.</summary>
    public DeadlineTerm Term { get; private set; } = null!;

    public Guid ProviderId { get; private set; }

    public ApplicationChannel Channel { get; private set; }

    public CaseStatus Status { get; private set; }

    /// <summary>Set by the technological card to say more than the status ("На погодженні в управлінні архітектури").</summary>
    public string? StatusText { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public Actor RegisteredBy { get; private set; } = null!;

    public DateTimeOffset LegalDeadline { get; private set; }

    /// <summary>When the case first went to the provider: the law allows no later than the next working day.</summary>
    public DateTimeOffset? SentToProviderAt { get; private set; }

    public DocumentInventory Inventory { get; private set; } = null!;

    public Decision? Decision { get; private set; }

    public Issuance? Issuance { get; private set; }

    public Payment Payment { get; private set; } = null!;

    public NotificationConsent Notifications { get; private set; } = null!;

    public string? WorkflowInstanceId { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Optimistic concurrency: two officers acting on one case at once must not both succeed.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<CaseDocument> Documents => documents;

    public IReadOnlyList<Suspension> Suspensions => suspensions;

    public IReadOnlyList<TimelineEntry> Timeline => timeline;

    public bool IsClosed => CaseTransitions.IsFinal(Status);

    public bool IsSuspended => suspensions.Any(s => s.IsOpen);

    /// <summary>For the calendar's suspended clock: when the term stood still.</summary>
    public IEnumerable<SuspensionInterval> SuspensionIntervals => suspensions.Select(s => new SuspensionInterval(s.StartedAt, s.EndedAt));

    /// <summary>Overdue while the provider still owes an answer; a suspended clock does not run out.</summary>
    public bool IsOverdueAt(DateTimeOffset now) =>
        Status == CaseStatus.InReview && Decision is null && now > LegalDeadline;

    public string? DisplayStatus(AdministrativeService service) => StatusText ?? service.LabelFor(Status);

    public static Case Register(CaseRegistration registration, JournalNumber number, TrackingCode trackingCode, TimeProvider clock)
    {
        var now = clock.Now();
        var (centre, service) = (registration.Centre, registration.Service);
        CheckRegistration(registration, number, now);
        var variant = service.Variant(registration.VariantId);

        var @case = new Case
        {
            Id = Guid.CreateVersion7(now),
            CentreId = centre.Id,
            JournalNumber = number,
            TrackingCode = trackingCode,
            Applicant = registration.Applicant,
            ServiceId = service.Id,
            VariantId = variant.Id,
            Term = variant.Term,
            ProviderId = registration.ProviderId,
            Channel = registration.Channel,
            Status = CaseStatus.Registered,
            RegisteredAt = now,
            RegisteredBy = registration.RegisteredBy,
            LegalDeadline = TimeProviderExtensions.ToStored(registration.LegalDeadline),
            Payment = new Payment(variant.Fee.Amount),
            Notifications = registration.Notifications,
        };
        foreach (var document in registration.Documents)
            @case.documents.Add(new CaseDocument(
                Guid.CreateVersion7(now), document.Title, document.Form, document.Sheets, document.Copies,
                DocumentOrigin.IncomingPackage, now, document.ScanFileId));
        @case.Inventory = new DocumentInventory(
            number.ToString(), now, registration.Applicant.DisplayName, service.Name, registration.ResultDelivery,
            registration.RegisteredBy.Name,
            @case.documents.Select((d, i) => new InventoryLine(i + 1, d.Title, d.Form, d.Sheets, d.Copies)));
        @case.Record(now, CaseEvent.Registered, registration.RegisteredBy, registration.IncompletePackageReason is { } reason
            ? $"{number} — прийнято неповний пакет: {reason.Trim()}"
            : number.ToString());
        return @case;
    }

    private static void CheckRegistration(CaseRegistration registration, JournalNumber number, DateTimeOffset now)
    {
        var (centre, service, applicant) = (registration.Centre, registration.Service, registration.Applicant);
        var today = UkraineTime.LocalDate(now);
        if (!service.IsEffectiveOn(today))
            throw new DomainException($"Service {service.Code} is not in force on {today:yyyy-MM-dd}.");
        if (!service.ProvisionsFor(centre.CommunityId).Any(p => p.ProviderId == registration.ProviderId))
            throw new DomainException($"The chosen provider does not provide service {service.Code} for the locality of centre {centre.Code}.");
        if (registration.Channel == ApplicationChannel.Online && !service.OnlineApplicationAllowed)
            throw new DomainException($"Service {service.Code} is not a quick service: it cannot be applied for online.");
        if (registration.Documents.Count == 0)
            throw new DomainException("A case is registered with at least the application among its documents.");
        if (number.CentreCode != centre.Code || number.Year != today.Year)
            throw new DomainException($"Journal number {number} does not belong to centre {centre.Code} in {today.Year}.");
        if (registration.Notifications.Sms && applicant.Phone is null)
            throw new DomainException("SMS notices need the applicant's phone number.");
        if (registration.Notifications.Email && applicant.Email is null)
            throw new DomainException("E-mail notices need the applicant's e-mail address.");
        if (registration.ResultDelivery == ResultDelivery.ByPost && applicant.Address is null)
            throw new DomainException("Delivery by post needs the applicant's postal address.");
        if (registration.LegalDeadline < now)
            throw new DomainException($"The legal deadline {registration.LegalDeadline:u} is before the registration.");
    }

    private void Guard(CaseAction action)
    {
        if (!CaseTransitions.IsAllowed(Status, action))
            throw new IllegalCaseTransitionException(JournalNumber.ToString(), Status, action);
    }

    private void MoveTo(CaseStatus status, DateTimeOffset at)
    {
        Status = status;
        if (CaseTransitions.IsFinal(status))
            ClosedAt = at;
    }

    private void Record(DateTimeOffset at, CaseEvent @event, Actor actor, string? details = null)
    {
        timeline.Add(new TimelineEntry(Guid.CreateVersion7(at), at, @event, Status, actor, details));
        Version++;
    }

    private void EndOpenSuspension(DateTimeOffset at, string? resolution)
    {
        foreach (var open in suspensions.Where(s => s.IsOpen))
            open.End(at, resolution);
    }
}
