using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;
using Cnap.Domain.Organisations;
using Cnap.Domain.Providers;
using Cnap.Host.Cases.Persistence;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Cnap.Host.Tests.Domain;

/// <summary>A region with two centres, a provider with a unit and an officer, and a permit service, stored in the test database.</summary>
internal sealed class StoredWorld(IDbContextFactory<CnapDbContext> contexts)
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 3, 8, 15, 0, TimeSpan.Zero));

    public Actor Administrator { get; } = new("user:admin", "Коваленко Олена");

    public Actor Officer { get; } = new("user:officer", "Бондар Ігор");

    public ServiceCentre Centre { get; private set; } = null!;

    public ServiceCentre OtherCentre { get; private set; } = null!;

    public Provider Provider { get; private set; } = null!;

    public ProviderUnit Unit { get; private set; } = null!;

    public AdministrativeService Service { get; private set; } = null!;

    public static async Task<StoredWorld> CreateAsync(IDbContextFactory<CnapDbContext> contexts)
    {
        var world = new StoredWorld(contexts);
        await world.StoreAsync();
        return world;
    }

    public CnapDbContext Context() => contexts.CreateDbContext();

    private async Task StoreAsync()
    {
        var region = new Region(Guid.NewGuid(), "T1", "Тестова область");
        var community = new Community(Guid.NewGuid(), region.Id, "Тестова громада", CommunityKind.Community);
        Centre = new ServiceCentre(Guid.NewGuid(), region.Id, community.Id, "TST01", "ЦНАП тестовий",
            new PostalAddress("49000", "м. Дніпро", "вул. Тестова, 1"));
        OtherCentre = new ServiceCentre(Guid.NewGuid(), region.Id, community.Id, "TST02", "ЦНАП другий",
            new PostalAddress("49000", "м. Дніпро", "вул. Тестова, 2"));
        Provider = new Provider(Guid.NewGuid(), EdrpouCode.Parse("14360570"), "Тестовий суб'єкт надання", ProviderKind.LocalGovernment, region.Id);
        Unit = new ProviderUnit(Guid.NewGuid(), Provider.Id, "Управління архітектури", "ARCHITECTURE");
        var category = new ServiceCategory(Guid.NewGuid(), "TEST", "Тестові послуги", 999);
        Service = new AdministrativeService(Guid.NewGuid(), "test-permit", null, "Тестовий дозвіл", category.Id, Audience.Business,
            new InformationCard("Опис", [new RequiredDocument("Заява", DocumentForm.Original)], "Дозвіл", "Особисто",
                [new LegalAct("Закон України «Про дозвільну систему у сфері господарської діяльності»", "ст. 4-1")], "Оскарження до суду"),
            new DateOnly(2024, 1, 1));
        Service.SetRules(silentConsentApplies: true, suspensionAllowed: true, onlineApplicationAllowed: false);
        Service.AddVariant(Guid.NewGuid(), "normal", "Звичайний", VariantKind.Normal, DeadlineTerm.WorkingDays(10), new Fee(170m));
        Service.AddVariant(Guid.NewGuid(), "urgent", "Терміново", VariantKind.Urgent, DeadlineTerm.Hours(2), Fee.OfSubsistenceMinimum(5m, 3028m, true));
        Service.AddRefusalGround(new RefusalGround("INCOMPLETE", "Неповний пакет документів", "ч. 7 ст. 4-1 Закону № 2806-IV"));
        Service.AssignProvider(new ServiceProvision(Provider.Id, Unit.Id, community.Id));

        await using var db = Context();
        db.AddRange(region, community, Centre, OtherCentre, Provider, Unit, category, Service);
        await db.SaveChangesAsync();
    }

    public CaseRegistration Registration(ServiceCentre centre) => new(
        centre, Service, Service.NormalVariant.Id, Provider.Id,
        Applicant.Person(new PersonName("Шевченко", "Тарас", "Григорович"), TaxNumber.Parse("3184710691"), PhoneNumber.Parse("050 123 45 67"),
            EmailAddress.Parse("taras@example.com"), new PostalAddress("49044", "м. Дніпро", "вул. Січеславська Набережна, 5"),
            new Representative(new PersonName("Іваненко", "Петро"), "Довіреність № 12 від 02.01.2025")),
        ApplicationChannel.Counter,
        [new SubmittedDocument("Заява", DocumentForm.Original, 1), new SubmittedDocument("Ескіз", DocumentForm.Original, 3, 2)],
        ResultDelivery.InPerson, new NotificationConsent(Sms: true, Email: true), Administrator, Clock.GetUtcNow().AddDays(14));

    /// <summary>Registers as the counter does: the journal number is taken in the transaction that stores the case.</summary>
    public async Task<Case> RegisterAsync(ServiceCentre? at = null, CancellationToken cancellationToken = default)
    {
        await using var db = Context();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var centre = await db.Set<ServiceCentre>().SingleAsync(c => c.Id == (at ?? Centre).Id, cancellationToken);
        var service = await db.Set<AdministrativeService>().SingleAsync(s => s.Id == Service.Id, cancellationToken);
        var number = await db.NextAsync(centre, Clock.GetUtcNow(), cancellationToken);
        var @case = Case.Register(Registration(centre) with { Service = service }, number, TrackingCode.New(), Clock);
        db.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return @case;
    }

    /// <summary>Loads the case in a fresh context, applies the change and saves: every step goes through the database.</summary>
    public async Task<Case> UpdateAsync(Guid caseId, Action<Case, AdministrativeService> change)
    {
        await using var db = Context();
        var @case = await db.Set<Case>().SingleAsync(c => c.Id == caseId);
        var service = await db.Set<AdministrativeService>().SingleAsync(s => s.Id == @case.ServiceId);
        change(@case, service);
        await db.SaveChangesAsync();
        return @case;
    }

    public async Task<Case> LoadAsync(Guid caseId)
    {
        await using var db = Context();
        return await db.Set<Case>().AsNoTracking().SingleAsync(c => c.Id == caseId);
    }
}
