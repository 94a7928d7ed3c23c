using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Identity;

internal sealed class CnapUserConfiguration : IEntityTypeConfiguration<CnapUser>
{
    public void Configure(EntityTypeBuilder<CnapUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.VerifiedTaxNumber).HasMaxLength(10);
        builder.HasIndex(u => u.VerifiedTaxNumber);
        builder.HasIndex(u => u.PhoneNumber);
        builder.HasMany(u => u.Memberships).WithOne().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
