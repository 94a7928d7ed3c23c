using Cnap.Domain.Organisations;
using Cnap.Host.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Organisations.Persistence;

internal sealed class ServiceCentreConfiguration : IEntityTypeConfiguration<ServiceCentre>
{
    public void Configure(EntityTypeBuilder<ServiceCentre> builder)
    {
        builder.ToTable("ServiceCentres");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Code).HasMaxLength(16);
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.Email).HasConversion(DomainConversions.Email).HasMaxLength(254);
        builder.Property(c => c.Website).HasMaxLength(300);
        builder.Property(c => c.AccessibilityNotes).HasMaxLength(2000);
        builder.ComplexProperty(c => c.Address, a => a.MapAddress());
        builder.PrimitiveCollection(c => c.Phones).ElementType(e => e.HasConversion(DomainConversions.Phone).HasMaxLength(13));
        builder.Ignore(c => c.OpeningHours);
        builder.ComplexCollection<List<OpeningHours>, OpeningHours>("openingHours", h => h.ToJson("OpeningHours"));
        builder.Ignore(c => c.RemoteWorkplaces);
        builder.ComplexCollection<List<RemoteWorkplace>, RemoteWorkplace>("remoteWorkplaces", w =>
        {
            w.ToJson("RemoteWorkplaces");
            w.ComplexProperty(x => x.Address);
        });
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Community>().WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.Code).IsUnique();
    }
}
