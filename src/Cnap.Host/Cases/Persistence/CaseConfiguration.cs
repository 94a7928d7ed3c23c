using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Cases.Persistence;

/// <summary>
/// A case is one row with its value parts as columns (applicant, decision, issuance: the journals and lists filter on
/// them); the inventory, suspensions and timeline are JSON read whole with the case; documents are rows.
/// </summary>
internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.SuspensionIntervals);
        builder.Property(c => c.TrackingCode).HasConversion(DomainConversions.Tracking).HasMaxLength(TrackingCode.Length);
        builder.Property(c => c.StatusText).HasMaxLength(300);
        builder.Property(c => c.WorkflowInstanceId).HasMaxLength(64);
        builder.HasIndex(c => c.TrackingCode).IsUnique();
        builder.HasIndex(c => new { c.CentreId, c.Status });
        builder.HasIndex(c => new { c.Status, c.LegalDeadline });
        builder.HasIndex(c => c.RegisteredAt);
        builder.HasIndex(c => c.WorkflowInstanceId);

        builder.OwnsOne(c => c.JournalNumber, j =>
        {
            j.Property(x => x.CentreCode).HasColumnName("JournalCentreCode").HasMaxLength(16);
            j.Property(x => x.Year).HasColumnName("JournalYear");
            j.Property(x => x.Sequence).HasColumnName("JournalSequence");
            j.HasIndex(x => new { x.CentreCode, x.Year, x.Sequence }).IsUnique();
        });
        builder.Navigation(c => c.JournalNumber).IsRequired();

        builder.ComplexProperty(c => c.Applicant, ApplicantMapping.Map);
        builder.ComplexProperty(c => c.Term);
        builder.ComplexProperty(c => c.RegisteredBy, a => a.MapActor());
        builder.ComplexProperty(c => c.Payment, p =>
        {
            p.Property(x => x.FeeDue).HasPrecision(12, 2);
            p.Property(x => x.PaidAmount).HasPrecision(12, 2);
            p.Property(x => x.Reference).HasMaxLength(100);
        });
        builder.ComplexProperty(c => c.Notifications);
        builder.ComplexProperty(c => c.Decision, DecisionMapping.Map);
        builder.ComplexProperty(c => c.Issuance, i =>
        {
            i.Property(x => x.ReceivedBy).HasMaxLength(300);
            i.ComplexProperty(x => x.IssuedBy, a => a.MapActor());
        });
        builder.ComplexProperty(c => c.Inventory, i =>
        {
            i.ToJson();
            i.Ignore(x => x.Lines);
            i.ComplexCollection<List<InventoryLine>, InventoryLine>("lines", l => l.HasJsonPropertyName("Lines"));
        });
        builder.Ignore(c => c.Suspensions);
        builder.ComplexCollection<List<Suspension>, Suspension>("suspensions", s =>
        {
            s.ToJson("Suspensions");
            s.ComplexProperty(x => x.RequestedBy);
        });
        builder.Ignore(c => c.Timeline);
        builder.ComplexCollection<List<TimelineEntry>, TimelineEntry>("timeline", t =>
        {
            t.ToJson("Timeline");
            t.ComplexProperty(x => x.Actor);
        });

        builder.OwnsMany(c => c.Documents, d =>
        {
            d.ToTable("CaseDocuments");
            d.WithOwner().HasForeignKey("CaseId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.Title).HasMaxLength(500);
            d.Property(x => x.ScanFileId).HasMaxLength(128);
        });

        builder.HasOne<ServiceCentre>().WithMany().HasForeignKey(c => c.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdministrativeService>().WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceVariant>().WithMany().HasForeignKey(c => c.VariantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(c => c.ProviderId).OnDelete(DeleteBehavior.Restrict);

        builder.StoreInstantsAsUtc();
    }
}
