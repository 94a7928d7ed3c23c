using Cnap.Domain.Cases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Cases.Persistence;

internal static class ApplicantMapping
{
    public static void Map(ComplexPropertyBuilder<Applicant> applicant)
    {
        applicant.Property(a => a.TaxNumber).HasConversion(DomainConversions.Tax).HasMaxLength(10);
        applicant.Property(a => a.Edrpou).HasConversion(DomainConversions.Edrpou).HasMaxLength(8);
        applicant.Property(a => a.OrganisationName).HasMaxLength(400);
        applicant.Property(a => a.Phone).HasConversion(DomainConversions.Phone).HasMaxLength(13);
        applicant.Property(a => a.Email).HasConversion(DomainConversions.Email).HasMaxLength(254);
        applicant.ComplexProperty(a => a.PersonName, n => n.MapPersonName());
        applicant.ComplexProperty(a => a.Representative, r =>
        {
            r.Property(x => x.Authority).HasMaxLength(300);
            r.ComplexProperty(x => x.Name, n => n.MapPersonName());
        });
        applicant.ComplexProperty(a => a.Address, a => a.MapAddress());
    }
}
