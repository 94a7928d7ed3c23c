using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;
using Cnap.Domain.Organisations;
using Microsoft.Extensions.Time.Testing;

namespace Cnap.Domain.Tests.Cases;

/// <summary>A centre, a permit service with every rule switched on, and a clock: enough to drive a case anywhere.</summary>
public sealed class CaseWorld
{
    public static readonly DateTimeOffset Monday = new(2025, 3, 3, 8, 15, 0, TimeSpan.Zero);

    private int sequence;

    public CaseWorld()
    {
        Region = new Region(Guid.NewGuid(), "DP", "Дніпропетровська область");
        Community = new Community(Guid.NewGuid(), Region.Id, "Дніпровська міська територіальна громада", CommunityKind.Community);
        Centre = new ServiceCentre(Guid.NewGuid(), Region.Id, Community.Id, "DNP01", "ЦНАП «Центральний»",
            new PostalAddress("49000", "м. Дніпро", "просп. Дмитра Яворницького, 75"));
        ProviderId = Guid.NewGuid();
        Service = PermitService(ProviderId);
    }

    public FakeTimeProvider Clock { get; } = new(Monday);

    public Region Region { get; }

    public Community Community { get; }

    public ServiceCentre Centre { get; }

    public Guid ProviderId { get; }

    public AdministrativeService Service { get; }

    public Actor Administrator { get; } = new("user:admin", "Коваленко Олена");

    public Actor Officer { get; } = new("user:officer", "Бондар Ігор");

    public static AdministrativeService PermitService(Guid providerId)
    {
        var card = new InformationCard(
            "Дозвіл на розміщення зовнішньої реклами",
            [new RequiredDocument("Заява", DocumentForm.Original), new RequiredDocument("Ескіз рекламного засобу", DocumentForm.Original)],
            "Дозвіл або письмова відмова",
            "Особисто або через представника в ЦНАП",
            [new LegalAct("Закон України «Про рекламу»", "ст. 16")],
            "Відмову може бути оскаржено до суду в порядку, встановленому КАС України.");
        var service = new AdministrativeService(Guid.NewGuid(), "ad-permit", "01117", "Дозвіл на розміщення зовнішньої реклами",
            Guid.NewGuid(), Audience.Business, card, new DateOnly(2024, 1, 1));
        service.SetRules(silentConsentApplies: true, suspensionAllowed: true, onlineApplicationAllowed: false);
        service.AddVariant(Guid.NewGuid(), "normal", "Звичайний", VariantKind.Normal, DeadlineTerm.WorkingDays(10), new Fee(170m));
        service.AddRefusalGround(new RefusalGround("incomplete", "Подання неповного пакета документів",
            "ч. 7 ст. 4-1 Закону України «Про дозвільну систему у сфері господарської діяльності»"));
        service.AddRefusalGround(new RefusalGround("false-data", "Виявлення недостовірних відомостей",
            "ч. 7 ст. 4-1 Закону України «Про дозвільну систему у сфері господарської діяльності»"));
        service.AssignProvider(new ServiceProvision(providerId));
        return service;
    }

    public static Applicant Person() => Applicant.Person(
        new PersonName("Шевченко", "Тарас", "Григорович"), TaxNumber.Parse("3184710691"),
        PhoneNumber.Parse("050 123 45 67"), EmailAddress.Parse("taras@example.com"),
        new PostalAddress("49044", "м. Дніпро", "вул. Січеславська Набережна, 5, кв. 7"));

    public CaseRegistration Registration(Applicant? applicant = null, ApplicationChannel channel = ApplicationChannel.Counter) => new(
        Centre, Service, Service.NormalVariant.Id, ProviderId, applicant ?? Person(), channel,
        [new SubmittedDocument("Заява", DocumentForm.Original, 1), new SubmittedDocument("Ескіз рекламного засобу", DocumentForm.Original, 3, 2)],
        ResultDelivery.InPerson, new NotificationConsent(Sms: true, Email: false), Administrator,
        Clock.GetUtcNow().AddDays(14));

    public JournalNumber NextNumber() => new(Centre.Code, UkraineTime.LocalDate(Clock.GetUtcNow()).Year, ++sequence);

    public Case Register(CaseRegistration? registration = null) =>
        Case.Register(registration ?? Registration(), NextNumber(), TrackingCode.New(), Clock);

    /// <summary>Brings a new case to the status through the legal path, as the card would.</summary>
    public Case CaseIn(CaseStatus status)
    {
        var @case = Register();
        switch (status)
        {
            case CaseStatus.Registered:
                break;
            case CaseStatus.Cancelled:
                @case.Cancel("Зареєстровано помилково", Clock, Administrator);
                break;
            case CaseStatus.Withdrawn:
                @case.Withdraw("Заява заявника про відкликання", Clock, Administrator);
                break;
            default:
                @case.SendToProvider("Розгляд", Clock, Administrator);
                Continue(@case, status);
                break;
        }
        Assert.Equal(status, @case.Status);
        return @case;
    }

    public ResultDocument Permit() => new("Дозвіл на розміщення зовнішньої реклами", "17/25", new DateOnly(2025, 3, 10));

    public void AdvanceBeyondSilentConsent(Case @case) => Clock.SetUtcNow(SilentConsentFrom(@case).AddDays(1));

    public DateTimeOffset SilentConsentFrom(Case @case) => @case.LegalDeadline.AddDays(14);

    private void Continue(Case @case, CaseStatus status)
    {
        switch (status)
        {
            case CaseStatus.InReview:
                break;
            case CaseStatus.AwaitingClarification:
                @case.RequestClarification(Service, "Додати фотокартку місця розташування", Clock, Officer);
                break;
            case CaseStatus.ReadyForIssue:
                @case.RecordGrant(Permit(), Clock, Officer);
                break;
            case CaseStatus.Issued:
                @case.RecordGrant(Permit(), Clock, Officer);
                @case.Issue(ResultDelivery.InPerson, "Шевченко Тарас Григорович", Clock, Administrator);
                break;
            case CaseStatus.Unclaimed:
                @case.RecordGrant(Permit(), Clock, Officer);
                @case.MarkUnclaimed(Clock, Administrator);
                break;
            case CaseStatus.DeemedGranted:
                AdvanceBeyondSilentConsent(@case);
                @case.ApplySilentConsent(Service, SilentConsentFrom(@case), Clock);
                break;
            case CaseStatus.Withdrawn:
                @case.Withdraw("Заява заявника про відкликання", Clock, Administrator);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, null);
        }
    }
}
