using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Identity;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("identity_memberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.HasIndex(m => new { m.UserId, m.Kind, m.OrganisationId }).IsUnique();
        builder.HasIndex(m => new { m.Kind, m.OrganisationId });
    }
}
