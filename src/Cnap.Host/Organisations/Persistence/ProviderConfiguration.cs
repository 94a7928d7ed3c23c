using Cnap.Domain.Organisations;
using Cnap.Domain.Providers;
using Cnap.Host.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Organisations.Persistence;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.ToTable("Providers");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Edrpou).HasConversion(DomainConversions.Edrpou).HasMaxLength(8);
        builder.Property(p => p.Name).HasMaxLength(400);
        builder.Property(p => p.ShortName).HasMaxLength(100);
        builder.Property(p => p.Phone).HasConversion(DomainConversions.Phone).HasMaxLength(13);
        builder.Property(p => p.Email).HasConversion(DomainConversions.Email).HasMaxLength(254);
        builder.ComplexProperty(p => p.Address, a => a.MapAddress());
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        // One legal body, one code; its territorial offices have codes of their own.
        builder.HasIndex(p => p.Edrpou).IsUnique();
    }
}
