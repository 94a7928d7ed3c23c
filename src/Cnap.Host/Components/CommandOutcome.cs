using Cnap.Domain;
using Cnap.Domain.Cases;
using Cnap.Host.Cases;
using Cnap.Host.Cases.Tasks;
using Cnap.Host.Cases.Tasks.Deciding;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Components;

/// <summary>
/// A command refused by the rules or overtaken by a colleague comes back to the page as a message, not a broken circuit;
/// <see cref="IsConflict"/> marks the second of two people acting on the same thing.
/// </summary>
public sealed record CommandOutcome(string? Problem, bool IsConflict)
{
    public static readonly CommandOutcome Done = new(null, false);

    public bool Succeeded => Problem is null;

    public static async Task<CommandOutcome> RunAsync(Func<Task> command)
    {
        try
        {
            await command();
            return Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new("", true);
        }
        catch (IllegalCaseTransitionException e)
        {
            return new(e.Message, true);
        }
        catch (TaskStateException e)
        {
            return new(e.Message, true);
        }
        catch (Exception e) when (e is DomainException or CaseNotFoundException)
        {
            return new(e.Message, false);
        }
    }
}
