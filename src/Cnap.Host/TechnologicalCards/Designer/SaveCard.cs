using System.Security.Claims;
using System.Text.Json.Nodes;
using Cnap.Host.Audit;
using Cnap.Workflows.Management;
using Mediator;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>
/// Saves the designer's card as its draft, unless someone saved the card after <see cref="BasedOn"/> was read: then
/// nothing is stored and <see cref="CardConflictException"/> brings the newer card back, for the methodologist to
/// merge or keep as a copy. A structural error throws <see cref="DefinitionFormatException"/>. Either failure is
/// audited as failed, so the card list never names someone whose save did not land.
/// </summary>
public sealed record SaveCard(string DefinitionId, JsonObject Json, string BasedOn, ClaimsPrincipal Actor) : ICommand<OpenedCard>, IAuditedCommand
{
    public AuditRecord Audit => CardAudit.Of("save", DefinitionId);
}

public sealed class CardConflictException(OpenedCard theirs)
    : Exception($"Card '{theirs.Summary.DefinitionId}' was saved by someone else in the meantime (version {theirs.Summary.Version}).")
{
    public OpenedCard Theirs { get; } = theirs;
}

public sealed class SaveCardHandler(WorkflowDefinitionService definitions) : ICommandHandler<SaveCard, OpenedCard>
{
    public async ValueTask<OpenedCard> Handle(SaveCard command, CancellationToken cancellationToken)
    {
        var current = await OpenCardHandler.ReadAsync(definitions, command.DefinitionId, null, cancellationToken);
        if (current is not null && current.Stamp != command.BasedOn)
            throw new CardConflictException(current);
        await definitions.SaveDraftAsync(command.Json.ToJsonString(), cancellationToken);
        return (await OpenCardHandler.ReadAsync(definitions, command.DefinitionId, null, cancellationToken))!;
    }
}
