using Cnap.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Catalogue.Persistence;

internal sealed class ServiceVariantConfiguration : IEntityTypeConfiguration<ServiceVariant>
{
    public void Configure(EntityTypeBuilder<ServiceVariant> builder)
    {
        builder.ToTable("ServiceVariants");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Code).HasMaxLength(32);
        builder.Property(v => v.Name).HasMaxLength(200);
        builder.ComplexProperty(v => v.Term);
        builder.ComplexProperty(v => v.Fee, f =>
        {
            f.Property(x => x.Amount).HasPrecision(12, 2);
            f.Property(x => x.SubsistenceMinimumMultiplier).HasPrecision(8, 4);
        });
        builder.HasIndex("ServiceId", nameof(ServiceVariant.Code)).IsUnique();
    }
}
