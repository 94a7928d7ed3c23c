using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Identification;

namespace Cnap.Domain.Tests.Cases;

public sealed class CaseRegistrationTests
{
    private readonly CaseWorld world = new();

    [Fact]
    public void Registration_takes_its_time_from_the_clock_and_fixes_the_term_and_fee_of_the_day()
    {
        world.Clock.SetUtcNow(new DateTimeOffset(2025, 3, 3, 9, 30, 15, 123, TimeSpan.Zero).AddTicks(4567));

        var @case = world.Register();

        Assert.Equal(new DateTimeOffset(2025, 3, 3, 9, 30, 15, 123, TimeSpan.Zero), @case.RegisteredAt);
        Assert.Equal(CaseStatus.Registered, @case.Status);
        Assert.Equal(world.Service.NormalVariant.Term, @case.Term);
        Assert.Equal(170m, @case.Payment.FeeDue);
        Assert.False(@case.Payment.IsSettled);
        Assert.Equal(CaseEvent.Registered, Assert.Single(@case.Timeline).Event);
    }

    [Fact]
    public void The_inventory_lists_the_package_with_sheets_and_copies()
    {
        var @case = world.Register();

        var inventory = @case.Inventory;
        Assert.Equal(@case.JournalNumber.ToString(), inventory.CaseNumber);
        Assert.Equal(@case.RegisteredAt, inventory.ReceivedAt);
        Assert.Equal("Шевченко Тарас Григорович", inventory.ApplicantName);
        Assert.Equal([1, 2], inventory.Lines.Select(l => l.Number));
        Assert.Equal(7, inventory.TotalSheets);
        Assert.Equal(world.Administrator.Name, inventory.AdministratorName);
        Assert.True(inventory.IsIntact);
        Assert.Matches("^[0-9a-f]{64}$", inventory.Hash);
    }

    [Fact]
    public void Reprinting_the_inventory_keeps_the_first_print_time()
    {
        var @case = world.Register();
        @case.MarkInventoryPrinted(world.Clock, world.Administrator);
        var first = @case.Inventory.PrintedAt;
        world.Clock.Advance(TimeSpan.FromMinutes(5));

        @case.MarkInventoryPrinted(world.Clock, world.Administrator);

        Assert.Equal(first, @case.Inventory.PrintedAt);
        Assert.Single(@case.Timeline, e => e.Event == CaseEvent.InventoryPrinted);
    }

    [Fact]
    public void Two_inventories_with_the_same_content_have_the_same_hash_and_different_content_differs()
    {
        var a = world.Register();
        var b = world.Register();

        Assert.NotEqual(a.Inventory.Hash, b.Inventory.Hash);
    }

    [Fact]
    public void A_service_not_in_force_cannot_be_applied_for()
    {
        world.Service.Retire(new DateOnly(2025, 2, 28));

        var error = Assert.Throws<DomainException>(() => world.Register());
        Assert.Contains("not in force on 2025-03-03", error.Message);
    }

    [Fact]
    public void A_provider_that_does_not_provide_the_service_there_cannot_be_chosen()
    {
        var registration = world.Registration() with { ProviderId = Guid.NewGuid() };

        Assert.Throws<DomainException>(() => world.Register(registration));
    }

    [Fact]
    public void Only_a_quick_service_can_be_applied_for_online()
    {
        Assert.Throws<DomainException>(() => world.Register(world.Registration(channel: ApplicationChannel.Online)));

        world.Service.SetRules(true, true, onlineApplicationAllowed: true);
        Assert.Equal(ApplicationChannel.Online, world.Register(world.Registration(channel: ApplicationChannel.Online)).Channel);
    }

    [Fact]
    public void A_case_without_documents_is_not_registered() =>
        Assert.Throws<DomainException>(() => world.Register(world.Registration() with { Documents = [] }));

    [Fact]
    public void A_document_without_sheets_is_not_accepted() =>
        Assert.Throws<DomainException>(() => world.Register(world.Registration() with
        {
            Documents = [new SubmittedDocument("Заява", DocumentForm.Original, 0)],
        }));

    [Fact]
    public void The_journal_number_must_be_of_this_centre()
    {
        var error = Assert.Throws<DomainException>(() =>
            Case.Register(world.Registration(), new JournalNumber("KAM01", 2025, 1), TrackingCode.New(), world.Clock));
        Assert.Contains("KAM01-2025-000001", error.Message);
    }

    [Fact]
    public void The_journal_year_is_the_year_in_Kyiv_not_in_UTC()
    {
        // 22:30 UTC on 31 December is already half past midnight of 1 January in Kyiv.
        world.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 31, 22, 30, 0, TimeSpan.Zero));
        var registration = world.Registration() with { LegalDeadline = world.Clock.GetUtcNow().AddDays(10) };

        Assert.Throws<DomainException>(() => Case.Register(registration, new JournalNumber("DNP01", 2025, 7), TrackingCode.New(), world.Clock));
        Assert.Equal(2026, Case.Register(registration, new JournalNumber("DNP01", 2026, 1), TrackingCode.New(), world.Clock).JournalNumber.Year);
    }

    [Fact]
    public void SMS_consent_needs_a_phone_and_post_delivery_needs_an_address()
    {
        var noPhone = Applicant.Person(new PersonName("Шевченко", "Тарас"), null);

        Assert.Contains("phone", Assert.Throws<DomainException>(() => world.Register(world.Registration(noPhone))).Message);
        Assert.Contains("postal address", Assert.Throws<DomainException>(() => world.Register(world.Registration(noPhone) with
        {
            Notifications = NotificationConsent.None,
            ResultDelivery = ResultDelivery.ByPost,
        })).Message);
    }

    [Fact]
    public void A_deadline_before_registration_is_refused() =>
        Assert.Throws<DomainException>(() => world.Register(world.Registration() with { LegalDeadline = CaseWorld.Monday.AddHours(-1) }));

    [Fact]
    public void A_legal_entity_is_represented_by_a_person()
    {
        var company = Applicant.LegalEntity(EdrpouCode.Parse("14360570"), "АТ КБ «ПриватБанк»",
            new Representative(new PersonName("Іваненко", "Петро"), "Довіреність № 12 від 02.01.2025"));

        var @case = world.Register(world.Registration(company) with { Notifications = NotificationConsent.None });

        Assert.Equal("АТ КБ «ПриватБанк»", @case.Applicant.DisplayName);
        Assert.Equal("АТ КБ «ПриватБанк»", @case.Inventory.ApplicantName);
        Assert.Equal(ApplicantKind.LegalEntity, @case.Applicant.Kind);
    }

    [Fact]
    public void A_person_is_listed_by_initials_only() => Assert.Equal("Шевченко Т. Г.", world.Register().Applicant.MaskedName);
}
