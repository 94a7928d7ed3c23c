using Cnap.Workflows.Expressions;
using Microsoft.EntityFrameworkCore;
using Cnap.Host.Data;
using Cnap.Domain.Cases;

namespace Cnap.Host.Cases.Workflow;

/// <summary>
/// What a card's JavaScript and Liquid see of its case (<c>{{ Case.Number }}</c>): the same model the notices print.
/// Instances not correlated with a case see nothing extra.
/// </summary>
internal sealed class CaseExpressionContext(CnapDbContext db, CaseViewSource views) : IExpressionContextProvider
{
    public async ValueTask<IReadOnlyDictionary<string, object?>> GetContextAsync(ExpressionContextRequest request, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(request.CorrelationId, out var caseId))
            return new Dictionary<string, object?>();
        var @case = db.Set<Case>().Local.FirstOrDefault(c => c.Id == caseId)
            ?? await db.Set<Case>().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return @case is null ? new Dictionary<string, object?>() : (await views.ModelAsync(@case, cancellationToken)).Root;
    }
}
