using Cnap.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Calendar.Persistence;

internal sealed class CalendarRegimeConfiguration : IEntityTypeConfiguration<CalendarRegime>
{
    public void Configure(EntityTypeBuilder<CalendarRegime> builder)
    {
        builder.ToTable("CalendarRegimes");
        builder.HasKey(r => new { r.Code, r.EffectiveFrom });
        builder.Property(r => r.Code).HasMaxLength(64);
        builder.Property(r => r.NameUk).HasMaxLength(200);
        builder.Property(r => r.NameEn).HasMaxLength(200);
        builder.Property(r => r.NoteUk).HasMaxLength(1000);
        builder.Property(r => r.NoteEn).HasMaxLength(1000);
        builder.Property(r => r.LegalReference).HasMaxLength(500);
    }
}
