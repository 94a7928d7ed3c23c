using Cnap.Domain.Cases;
using Cnap.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Cabinet.Rating;

internal sealed class CaseRatingConfiguration : IEntityTypeConfiguration<CaseRating>
{
    public void Configure(EntityTypeBuilder<CaseRating> builder)
    {
        builder.ToTable("CaseRatings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Comment).HasMaxLength(CaseRating.MaxComment);
        // Once per case, also when two submissions race.
        builder.HasIndex(r => r.CaseId).IsUnique();
        builder.HasIndex(r => new { r.CentreId, r.RatedAt });
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ServiceCentre>().WithMany().HasForeignKey(r => r.CentreId).OnDelete(DeleteBehavior.Restrict);
    }
}
