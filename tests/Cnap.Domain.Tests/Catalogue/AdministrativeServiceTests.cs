using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Tests.Cases;

namespace Cnap.Domain.Tests.Catalogue;

public sealed class AdministrativeServiceTests
{
    private readonly AdministrativeService service = CaseWorld.PermitService(Guid.NewGuid());

    [Fact]
    public void Real_estate_registration_has_urgent_variants_priced_in_subsistence_minimums()
    {
        const decimal minimum = 3028m;

        Assert.Equal(300m, Fee.OfSubsistenceMinimum(0.1m, minimum, roundToTens: true).Amount);
        Assert.Equal(3030m, Fee.OfSubsistenceMinimum(1m, minimum, roundToTens: true).Amount);
        Assert.Equal(6060m, Fee.OfSubsistenceMinimum(2m, minimum, roundToTens: true).Amount);
        Assert.Equal(15140m, Fee.OfSubsistenceMinimum(5m, minimum, roundToTens: true).Amount);
        Assert.Equal(25.74m, Fee.OfSubsistenceMinimum(0.0085m, minimum).Amount);
    }

    [Fact]
    public void A_free_service_has_no_multiplier_and_fees_are_not_negative()
    {
        Assert.True(Fee.Free.IsFree);
        Assert.Throws<DomainException>(() => new Fee(0, 0.1m));
        Assert.Throws<DomainException>(() => new Fee(-1));
    }

    [Fact]
    public void A_service_has_one_normal_variant_and_distinct_variant_codes()
    {
        Assert.Throws<DomainException>(() =>
            service.AddVariant(Guid.NewGuid(), "normal-2", "Ще один", VariantKind.Normal, DeadlineTerm.WorkingDays(5), Fee.Free));
        Assert.Throws<DomainException>(() =>
            service.AddVariant(Guid.NewGuid(), "normal", "Терміново", VariantKind.Urgent, DeadlineTerm.WorkingDays(2), Fee.Free));

        var urgent = service.AddVariant(Guid.NewGuid(), "urgent", "Терміново", VariantKind.Urgent, DeadlineTerm.Hours(2), new Fee(1000m));
        Assert.Equal(urgent, service.Variant(urgent.Id));
    }

    [Theory]
    [InlineData(1, CountingUnit.SameDay)]
    [InlineData(0, CountingUnit.WorkingDays)]
    [InlineData(-2, CountingUnit.Hours)]
    public void A_variant_term_is_positive_or_same_day(int value, CountingUnit unit) =>
        Assert.Throws<DomainException>(() =>
            service.AddVariant(Guid.NewGuid(), "odd", "Дивний", VariantKind.Urgent, new DeadlineTerm(value, unit), Fee.Free));

    [Fact]
    public void Refusal_grounds_form_a_closed_list_with_unique_codes()
    {
        Assert.Equal("false-data", service.RefusalGround("false-data").Code);
        Assert.Throws<DomainException>(() => service.AddRefusalGround(new RefusalGround("incomplete", "Інше", "ст. 1")));
        Assert.Throws<DomainException>(() => new RefusalGround("no-law", "Без підстави", " "));
    }

    [Fact]
    public void Providers_are_found_per_locality_with_region_wide_ones_serving_everyone()
    {
        var (cityWide, village, otherVillage) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var local = new ServiceProvision(Guid.NewGuid(), communityId: village);
        service.AssignProvider(local);
        service.AssignProvider(new ServiceProvision(cityWide, communityId: otherVillage));

        var forVillage = service.ProvisionsFor(village).ToList();

        Assert.Contains(local, forVillage);
        Assert.Contains(forVillage, p => p.CommunityId is null);
        Assert.DoesNotContain(forVillage, p => p.ProviderId == cityWide);
        Assert.Throws<DomainException>(() => service.AssignProvider(local));
    }

    [Fact]
    public void A_service_is_in_force_between_its_effective_dates()
    {
        service.Retire(new DateOnly(2025, 12, 31));

        Assert.False(service.IsEffectiveOn(new DateOnly(2023, 12, 31)));
        Assert.True(service.IsEffectiveOn(new DateOnly(2025, 12, 31)));
        Assert.False(service.IsEffectiveOn(new DateOnly(2026, 1, 1)));
        Assert.Throws<DomainException>(() => service.Retire(new DateOnly(2023, 1, 1)));
    }

    [Fact]
    public void A_status_label_replaces_the_previous_one_for_that_status()
    {
        service.SetStatusLabel(CaseStatus.InReview, "На розгляді");
        service.SetStatusLabel(CaseStatus.InReview, "На погодженні");

        Assert.Equal("На погодженні", service.LabelFor(CaseStatus.InReview));
        Assert.Null(service.LabelFor(CaseStatus.Issued));
    }

    [Theory]
    [InlineData("0034")]
    [InlineData("A0034")]
    public void A_register_code_is_five_digits(string code) =>
        Assert.Throws<DomainException>(() => new AdministrativeService(Guid.NewGuid(), "x", code, "Назва", Guid.NewGuid(),
            Audience.Citizens, service.Card, new DateOnly(2024, 1, 1)));

    [Fact]
    public void An_information_card_needs_documents_legal_acts_and_an_appeal_procedure() =>
        Assert.Throws<DomainException>(() => new InformationCard("Опис", [], "Результат", "Особисто",
            [new LegalAct("Закон")], "Оскарження"));

    [Fact]
    public void Publishing_a_technological_card_links_the_workflow_definition()
    {
        service.PublishTechnologicalCard("outdoor-advertising-permit");

        Assert.Equal("outdoor-advertising-permit", service.TechnologicalCardId);
    }
}
