using Cnap.Host.Access;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Cnap.Host.Queue;

/// <summary>
/// What the queue's Desk pages share: the signed-in caller, the centres they may work (or set up), the chosen centre,
/// and sending a command with its refusal shown as a message instead of an error page.
/// </summary>
public abstract class QueueDeskPage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource closing = new();

    [Inject] protected IMediator Mediator { get; set; } = default!;
    [Inject] protected QueueAccess Access { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected IStringLocalizer<QueueText> T { get; set; } = default!;
    [Inject] private QueueSignal Signal { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? Authentication { get; set; }

    protected Caller Caller { get; private set; } = Caller.Anonymous;

    protected IReadOnlyList<(Guid Id, string Name, string Code)> Centres { get; private set; } = [];

    protected Guid? CentreId { get; set; }

    protected string CentreCode => Centres.FirstOrDefault(c => c.Id == CentreId).Code ?? "";

    protected virtual bool SetsUp => false;

    /// <summary>Pages that watch the queue (the window, the live board) reload on every change at the centre, and at least every 5 seconds.</summary>
    protected virtual bool Live => false;

    protected override async Task OnInitializedAsync()
    {
        if (Authentication is not null)
            Caller = Caller.From((await Authentication).User);
        Centres = await Access.CentresAsync(Caller, SetsUp, CancellationToken.None);
        CentreId = Centres.Count > 0 ? Centres[0].Id : null;
        if (CentreId is not null)
            await LoadAsync();
        if (Live)
            _ = WatchAsync();
    }

    private async Task WatchAsync()
    {
        while (!closing.IsCancellationRequested)
        {
            await Signal.NextChangeAsync(CentreId ?? Guid.Empty, TimeSpan.FromSeconds(5), closing.Token);
            if (closing.IsCancellationRequested || CentreId is null)
                continue;
            await InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            });
        }
    }

    public void Dispose()
    {
        closing.Cancel();
        closing.Dispose();
        GC.SuppressFinalize(this);
    }

    protected async Task ChooseCentreAsync(Guid? centreId)
    {
        CentreId = centreId;
        if (CentreId is not null)
            await LoadAsync();
    }

    protected abstract Task LoadAsync();

    protected async Task<bool> TryAsync(Func<Task> action, string? done = null)
    {
        try
        {
            await action();
            if (done is not null)
                Snackbar.Add(done, Severity.Success);
            await LoadAsync();
            return true;
        }
        catch (QueueRefusal refusal)
        {
            Snackbar.Add($"{T[$"Refusal_{refusal.Reason}"]} {(refusal.Reason == RefusalReason.InvalidSetup ? refusal.Message : "")}", Severity.Error);
            return false;
        }
    }
}
