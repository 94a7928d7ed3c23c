using Cnap.Domain.Cases;
using Cnap.Host.Audit;
using Cnap.Host.Data;
using Cnap.Testing;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Audit;

public sealed class AuditedCommandsTests
{
    public sealed record Withdraw(Guid CaseId, Actor By) : ICommand<int>;

    [Fact]
    public async Task A_command_leaves_an_entry_naming_it_its_case_and_the_actor_it_carries_and_a_failure_is_recorded_as_failed()
    {
        await using var audit = await AuditHost.StartAsync(DatabaseKind.Sqlite);
        var behaviour = new AuditedCommands<Withdraw, int>(audit.Trail, new HttpContextAccessor());
        var caseId = Guid.NewGuid();
        var command = new Withdraw(caseId, new Actor("officer-7", "Ірина Коваль"));

        Assert.Equal(42, await behaviour.Handle(command, (_, _) => ValueTask.FromResult(42), CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behaviour.Handle(command, (_, _) => throw new InvalidOperationException("refused"), CancellationToken.None));

        await using var scope = audit.Host.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<CnapDbContext>().Set<AuditEntry>()
            .Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["command:Withdraw", "command:Withdraw:failed"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("officer-7", "Ірина Коваль"), (e.UserId, e.UserName)));
        Assert.True((await audit.Verifier.VerifyAsync(CancellationToken.None)).IsIntact);
    }
}
