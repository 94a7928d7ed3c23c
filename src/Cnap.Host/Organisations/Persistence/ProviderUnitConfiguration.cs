using Cnap.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Organisations.Persistence;

internal sealed class ProviderUnitConfiguration : IEntityTypeConfiguration<ProviderUnit>
{
    public void Configure(EntityTypeBuilder<ProviderUnit> builder)
    {
        builder.ToTable("ProviderUnits");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Name).HasMaxLength(400);
        builder.Property(u => u.Code).HasMaxLength(32);
        builder.HasOne<Provider>().WithMany().HasForeignKey(u => u.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.ProviderId, u.Name }).IsUnique();
    }
}
