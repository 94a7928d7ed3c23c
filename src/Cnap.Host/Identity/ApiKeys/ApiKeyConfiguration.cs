using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Identity.ApiKeys;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("identity_api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.UserId).HasMaxLength(450);
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.Scopes).HasMaxLength(1000);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.HasOne<CnapUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
