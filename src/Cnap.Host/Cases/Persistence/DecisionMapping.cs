using Cnap.Domain.Cases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Cases.Persistence;

internal static class DecisionMapping
{
    public static void Map(ComplexPropertyBuilder<Decision> decision)
    {
        decision.Property(d => d.Reasons).HasMaxLength(4000);
        decision.Property(d => d.AppealInformation).HasMaxLength(2000);
        decision.ComplexProperty(d => d.DecidedBy, a => a.MapActor());
        decision.ComplexProperty(d => d.RefusalGround, g =>
        {
            g.Property(x => x.Code).HasMaxLength(32);
            g.Property(x => x.Text).HasMaxLength(1000);
            g.Property(x => x.LegalReference).HasMaxLength(500);
        });
        decision.ComplexProperty(d => d.ResultDocument, r =>
        {
            r.Property(x => x.Title).HasMaxLength(300);
            r.Property(x => x.Number).HasMaxLength(64);
            r.Property(x => x.FileId).HasMaxLength(128);
        });
    }
}
