using Cnap.Domain.Cases;
using Cnap.Domain.Providers;
using Cnap.Domain.ProviderTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Cases.Persistence;

internal sealed class ProviderTaskConfiguration : IEntityTypeConfiguration<ProviderTask>
{
    public void Configure(EntityTypeBuilder<ProviderTask> builder)
    {
        builder.ToTable("ProviderTasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.Stage).HasMaxLength(300);
        builder.Property(t => t.CancellationReason).HasMaxLength(500);
        builder.ComplexProperty(t => t.Decision, d =>
        {
            d.ToJson();
            d.ComplexProperty(x => x.DecidedBy);
            d.Ignore(x => x.Attachments);
            d.ComplexCollection<List<TaskAttachment>, TaskAttachment>("attachments", a => a.HasJsonPropertyName("Attachments"));
            d.ComplexProperty(x => x.ResultDocument);
        });
        builder.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Provider>().WithMany().HasForeignKey(t => t.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProviderUnit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProviderOfficer>().WithMany().HasForeignKey(t => t.OfficerId).OnDelete(DeleteBehavior.SetNull);
        // Inboxes: open tasks of a provider or unit by due date.
        builder.HasIndex(t => new { t.ProviderId, t.Status, t.DueAt });
        builder.HasIndex(t => new { t.UnitId, t.Status });
        builder.HasIndex(t => t.CaseId);
        builder.StoreInstantsAsUtc();
    }
}
