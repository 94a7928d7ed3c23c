using Cnap.Domain.Providers;
using Cnap.Host.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Organisations.Persistence;

internal sealed class ProviderOfficerConfiguration : IEntityTypeConfiguration<ProviderOfficer>
{
    public void Configure(EntityTypeBuilder<ProviderOfficer> builder)
    {
        builder.ToTable("ProviderOfficers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.ComplexProperty(o => o.Name, n => n.MapPersonName());
        builder.Property(o => o.Position).HasMaxLength(300);
        builder.Property(o => o.Phone).HasConversion(DomainConversions.Phone).HasMaxLength(13);
        builder.Property(o => o.Email).HasConversion(DomainConversions.Email).HasMaxLength(254);
        builder.Property(o => o.UserId).HasMaxLength(450);
        builder.HasOne<Provider>().WithMany().HasForeignKey(o => o.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProviderUnit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => o.UserId);
    }
}
