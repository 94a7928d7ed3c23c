using Cnap.Domain.Cases;
using Cnap.Domain.Identification;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Registration;

/// <summary>
/// An applicant who came before, by РНОКПП or ЄДРПОУ, from the newest case of the caller's centres: their details
/// are offered for reuse instead of being typed again. <see cref="Centres"/> null means every centre.
/// </summary>
public sealed record FindApplicant(IReadOnlyCollection<Guid>? Centres, string Number) : IQuery<Applicant?>;

public sealed class FindApplicantHandler(CnapDbContext db) : IQueryHandler<FindApplicant, Applicant?>
{
    public async ValueTask<Applicant?> Handle(FindApplicant query, CancellationToken cancellationToken)
    {
        var cases = db.Set<Case>().AsNoTracking();
        if (query.Centres is { } centres)
            cases = cases.Where(c => centres.Contains(c.CentreId));
        if (TaxNumber.TryParse(query.Number, out var tax))
            cases = cases.Where(c => c.Applicant.TaxNumber == tax);
        else if (EdrpouCode.TryParse(query.Number, out var edrpou))
            cases = cases.Where(c => c.Applicant.Edrpou == edrpou);
        else
            return null;
        return await cases.OrderByDescending(c => c.RegisteredAt).Select(c => c.Applicant).FirstOrDefaultAsync(cancellationToken);
    }
}
