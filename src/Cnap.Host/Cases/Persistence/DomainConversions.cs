using Cnap.Domain.Cases;
using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cnap.Host.Cases.Persistence;

/// <summary>How the domain's value objects become columns.</summary>
internal static class DomainConversions
{
    public static readonly ValueConverter Phone = new ValueConverter<PhoneNumber, string>(v => v.Value, v => PhoneNumber.Parse(v));
    public static readonly ValueConverter Email = new ValueConverter<EmailAddress, string>(v => v.Value, v => EmailAddress.Parse(v));
    public static readonly ValueConverter Tax = new ValueConverter<TaxNumber, string>(v => v.Value, v => TaxNumber.Parse(v));
    public static readonly ValueConverter Edrpou = new ValueConverter<EdrpouCode, string>(v => v.Value, v => EdrpouCode.Parse(v));
    public static readonly ValueConverter Tracking = new ValueConverter<TrackingCode, string>(v => v.Value, v => TrackingCode.Parse(v));

    /// <summary>
    /// Instants as UTC DateTime: PostgreSQL keeps timestamptz, and SQLite, which cannot compare DateTimeOffset,
    /// stores sortable text that it compares and orders correctly.
    /// </summary>
    public static readonly ValueConverter Utc =
        new ValueConverter<DateTimeOffset, DateTime>(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    /// <summary>Applies <see cref="Utc"/> to every instant of the entity, its owned types and column-mapped complex types.</summary>
    public static void StoreInstantsAsUtc<T>(this EntityTypeBuilder<T> builder) where T : class => Apply(builder.Metadata);

    private static void Apply(IMutableTypeBase type)
    {
        foreach (var property in type.GetDeclaredProperties())
            if (property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?))
                property.SetValueConverter(Utc);
        foreach (var complex in type.GetDeclaredComplexProperties())
            if (!complex.ComplexType.IsMappedToJson())
                Apply(complex.ComplexType);
        if (type is IMutableEntityType entity)
            foreach (var owned in entity.GetDeclaredNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.TargetEntityType.IsMappedToJson()))
                Apply(owned.TargetEntityType);
    }

    public static void MapActor<T>(this ComplexPropertyBuilder<T> actor) where T : notnull
    {
        actor.Property<string>(nameof(Actor.Id)).HasMaxLength(128);
        actor.Property<string>(nameof(Actor.Name)).HasMaxLength(200);
    }

    public static void MapPersonName<T>(this ComplexPropertyBuilder<T> name) where T : notnull
    {
        name.Property<string>(nameof(PersonName.LastName)).HasMaxLength(100);
        name.Property<string>(nameof(PersonName.FirstName)).HasMaxLength(100);
        name.Property<string?>(nameof(PersonName.Patronymic)).HasMaxLength(100);
    }

    public static void MapAddress<T>(this ComplexPropertyBuilder<T> address) where T : notnull
    {
        address.Property<string>(nameof(PostalAddress.PostalCode)).HasMaxLength(5);
        address.Property<string>(nameof(PostalAddress.Settlement)).HasMaxLength(200);
        address.Property<string>(nameof(PostalAddress.Street)).HasMaxLength(300);
        address.Property<string?>(nameof(PostalAddress.Region)).HasMaxLength(200);
    }
}
