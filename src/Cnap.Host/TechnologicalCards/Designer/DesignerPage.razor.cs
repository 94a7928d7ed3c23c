using System.Text.Json.Nodes;
using Cnap.Host.TechnologicalCards.Designer.Problems;
using Cnap.Host.TechnologicalCards.Library;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Descriptors;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>
/// The visual designer of one card. The page owns the card (its JSON, undo history, problems); the canvas module
/// renders <see cref="CanvasModel"/> and calls back here with the user's gestures.
/// </summary>
public sealed partial class DesignerPage
{
    private readonly DotNetObjectReference<DesignerPage> self;
    private IJSObjectReference? module;
    private IJSObjectReference? canvas;
    private ElementReference canvasHost;
    private ElementReference minimapHost;
    private IReadOnlyList<ActivityDescriptor> descriptors = [];
    private Dictionary<string, ActivityDescriptor> descriptorsByType = [];
    private CardDocument? card;
    private OpenedCard? opened;
    private OpenedCard? conflict;
    private IReadOnlyList<CardProblem> problems = [];
    private IReadOnlyList<string> selected = [];
    private CanvasModel? shown;
    private bool notFound;
    private bool dirty;
    private int sideTab;
    private string? message;
    private Severity messageSeverity = Severity.Info;

    public DesignerPage() => self = DotNetObjectReference.Create(this);

    [Parameter] public string DefinitionId { get; set; } = "";

    [CascadingParameter] private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject] private StudioSender Sender { get; set; } = default!;
    [Inject] private CardProblems Checker { get; set; } = default!;
    [Inject] private IStringLocalizer<CardsText> T { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    public static string PathOf(string definitionId) => "/studio/cards/" + Uri.EscapeDataString(definitionId);

    private ActivityNode? SelectedActivity => selected.Count == 1 ? card?.Definition.Root.Find(selected[0]) : null;

    protected override async Task OnInitializedAsync()
    {
        descriptors = await Sender.QueryAsync(new DescribeActivities());
        descriptorsByType = descriptors.ToDictionary(d => d.TypeName, StringComparer.Ordinal);
        opened = await Sender.QueryAsync(new OpenCard(DefinitionId));
        if (opened is null)
        {
            notFound = true;
            return;
        }
        card = new CardDocument(opened.Json);
        Recheck();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || card is null)
            return;
        module = await DesignerScript.ImportAsync(JS);
        canvas = await module.InvokeAsync<IJSObjectReference>("create", canvasHost, minimapHost, self);
        await RenderCanvasAsync();
        await canvas.InvokeVoidAsync("fit");
    }

    // ---- callbacks from the canvas ----

    [JSInvokable]
    public async Task OnMoved(NodeMove[] moves) => await EditAsync(c => c.Move(moves), render: false);

    [JSInvokable]
    public async Task OnConnected(string source, string port, string target, string? replaces) =>
        await EditAsync(c => c.Connect(source, port, target, replaces));

    [JSInvokable]
    public async Task OnDeleteRequested(string[] activityIds, string[] connectionKeys)
    {
        await EditAsync(c => c.Delete(activityIds, connectionKeys));
        selected = [];
    }

    [JSInvokable]
    public async Task OnSelectionChanged(string[] ids)
    {
        selected = ids;
        if (ids.Length == 1)
            sideTab = 0;
        await InvokeAsync(StateHasChanged);
    }

    [JSInvokable]
    public async Task OnOpenProperties(string id) => await OpenPropertiesAsync(id);

    [JSInvokable]
    public Task OnUndo() => UndoAsync();

    [JSInvokable]
    public Task OnRedo() => RedoAsync();

    [JSInvokable]
    public string? OnCopyRequested(string[] ids) =>
        card?.Copy(ids, shown?.Nodes.ToDictionary(n => n.Id, n => (n.X, n.Y)) ?? []);

    [JSInvokable]
    public async Task OnPasteRequested(string fragment, CanvasPoint at)
    {
        IReadOnlyList<string> added = [];
        await EditAsync(c => (added = c.Paste(fragment, at.X, at.Y)).Count > 0);
        await SelectAsync(added);
    }

    [JSInvokable]
    public async Task OnDropped(string type, int x, int y) => await AddAsync(type, x, y);

    // ---- toolbar and panels ----

    private async Task AddFromPickerAsync(ActivityDescriptor descriptor)
    {
        var centre = canvas is null ? new CanvasPoint(0, 0) : await canvas.InvokeAsync<CanvasPoint>("viewCentre");
        await AddAsync(descriptor.TypeName, centre.X - CanvasProjection.NodeWidth / 2, centre.Y - CanvasProjection.NodeHeight / 2);
    }

    private async Task AddAsync(string type, int x, int y)
    {
        if (!descriptorsByType.TryGetValue(type, out var descriptor))
            return;
        string? id = null;
        await EditAsync(c => (id = c.AddActivity(descriptor, x, y)) is not null);
        if (id is not null)
            await SelectAsync([id]);
    }

    private async Task OnPropertyEditAsync(Func<CardDocument, bool> edit) => await EditAsync(edit);

    private async Task UndoAsync()
    {
        if (card?.Undo() == true)
            await AfterChangeAsync(render: true);
    }

    private async Task RedoAsync()
    {
        if (card?.Redo() == true)
            await AfterChangeAsync(render: true);
    }

    private async Task ZoomAsync(double factor)
    {
        if (canvas is not null)
            await canvas.InvokeVoidAsync("zoom", factor);
    }

    private async Task FitAsync()
    {
        if (canvas is not null)
            await canvas.InvokeVoidAsync("fit");
    }

    /// <summary>Lays the whole card out afresh (positions become part of the card, undoably).</summary>
    private async Task LayoutAsync()
    {
        if (card is null)
            return;
        var arranged = AutoLayout.Arrange(card.Definition.Root);
        await EditAsync(c => c.Move([.. arranged.Select(p => new NodeMove(p.Key, p.Value.X, p.Value.Y))]));
        await FitAsync();
    }

    private async Task SelectProblemAsync(CardProblem problem)
    {
        if (problem.ActivityId is not null)
            await SelectAsync([problem.ActivityId]);
    }

    private async Task SelectFromOutlineAsync(string id) => await SelectAsync([id]);

    private async Task DeleteFromOutlineAsync(string id) => await OnDeleteRequested([id], []);

    private async Task OpenPropertiesAsync(string id)
    {
        await SelectAsync([id]);
        sideTab = 0;
    }

    private async Task SelectAsync(IReadOnlyList<string> ids)
    {
        selected = ids;
        if (canvas is not null)
            await canvas.InvokeVoidAsync("select", ids);
        await InvokeAsync(StateHasChanged);
    }

    // ---- the edit loop ----

    private async Task EditAsync(Func<CardDocument, bool> edit, bool render = true)
    {
        if (card is null || !edit(card))
            return;
        await AfterChangeAsync(render);
    }

    private async Task AfterChangeAsync(bool render)
    {
        dirty = true;
        Recheck();
        if (render)
            await RenderCanvasAsync();
        else
            shown = Project();
        await InvokeAsync(StateHasChanged);
    }

    private void Recheck() => problems = card is null ? [] : Checker.Check(card.Definition, descriptorsByType);

    private CanvasModel Project() => CanvasProjection.Project(card!.Definition, descriptorsByType,
        badges: problems.Where(p => p.Severity == ProblemSeverity.Error && p.ActivityId is not null)
            .GroupBy(p => p.ActivityId!).ToDictionary(g => g.Key, g => new NodeBadge("problem", "!")));

    private async Task RenderCanvasAsync()
    {
        shown = Project();
        if (canvas is not null)
            await canvas.InvokeVoidAsync("sync", shown);
    }

    // ---- saving ----

    private async Task<bool> SaveAsync()
    {
        if (card is null || opened is null)
            return false;
        try
        {
            var saved = await Sender.CommandAsync(new SaveCard(DefinitionId, card.Json, opened.Stamp, (await Authentication).User));
            Loaded(saved, keepHistory: true);
            Say(T["Saved", saved.Summary.Version], Severity.Success);
            return true;
        }
        catch (CardConflictException e)
        {
            conflict = e.Theirs;
        }
        catch (DefinitionFormatException e)
        {
            Say(T["SaveFailed", $"{e.Message} ({e.JsonPath})"], Severity.Error);
        }
        return false;
    }

    private async Task PublishAsync()
    {
        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        if (errors > 0)
        {
            Say(T["PublishBlocked", errors], Severity.Error);
            sideTab = 1;
            return;
        }
        var warnings = problems.Count(p => p.Severity == ProblemSeverity.Warning);
        if (warnings > 0 && await Dialogs.ShowMessageBoxAsync(T["PublishWarningsTitle"], T["PublishWarnings", warnings], yesText: T["Publish"], cancelText: T["Cancel"]) != true)
            return;
        if (dirty && !await SaveAsync())
            return;
        var result = await Sender.CommandAsync(new PublishCard(DefinitionId, (await Authentication).User));
        if (!result.Succeeded)
        {
            Say(T["PublishRefused", string.Join(" ", result.Errors.Select(e => e.Message))], Severity.Error);
            return;
        }
        await ReloadAsync();
        Say(T["Published", result.Published!.Version], Severity.Success);
    }

    private async Task RetractAsync()
    {
        var retracted = await Sender.CommandAsync(new RetractCard(DefinitionId, (await Authentication).User));
        await ReloadAsync();
        Say(retracted is null ? T["NothingToRetract"] : T["Retracted", retracted.Version], retracted is null ? Severity.Warning : Severity.Success);
    }

    private async Task ExportAsync()
    {
        if (dirty && !await SaveAsync())
            return;
        var file = await Sender.QueryAsync(new ExportCard(DefinitionId));
        if (file is not null)
            await DesignerScript.DownloadAsync(JS, file);
    }

    /// <summary>Someone saved in between: their card becomes the base, and this session's edits are replayed on it.</summary>
    private async Task MergeAsync()
    {
        if (card is null || opened is null || conflict is null)
            return;
        var merged = CardMerge.Merge(opened.Json, card.Json, conflict.Json);
        opened = conflict;
        conflict = null;
        card.Replace(merged.Card);
        await AfterChangeAsync(render: true);
        Say(merged.Overlaps.Count == 0 ? T["Merged"] : T["MergedOverlaps", string.Join(", ", merged.Overlaps)], merged.Overlaps.Count == 0 ? Severity.Success : Severity.Warning);
    }

    private async Task SaveAsCopyAsync()
    {
        if (card is null)
            return;
        var copy = (JsonObject)card.Json.DeepClone();
        foreach (var stamped in new[] { "id", "isLatest", "isPublished", "createdAt" })
            copy.Remove(stamped);
        copy["definitionId"] = "card-" + Guid.NewGuid().ToString("N")[..12];
        copy["name"] = T["CopyName", copy["name"]?.ToString() ?? DefinitionId].Value;
        copy["version"] = 1;
        var saved = await Sender.CommandAsync(new ImportCard(copy.ToJsonString(), (await Authentication).User));
        dirty = false;
        Navigation.NavigateTo(PathOf(saved.DefinitionId), forceLoad: true);
    }

    private async Task ReloadAsync()
    {
        var fresh = await Sender.QueryAsync(new OpenCard(DefinitionId));
        if (fresh is not null)
            Loaded(fresh, keepHistory: true);
    }

    private void Loaded(OpenedCard fresh, bool keepHistory)
    {
        opened = fresh;
        dirty = false;
        conflict = null;
        if (!keepHistory || card is null)
            card = new CardDocument(fresh.Json);
    }

    private void Say(string text, Severity severity)
    {
        message = text;
        messageSeverity = severity;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (canvas is not null)
            {
                await canvas.InvokeVoidAsync("dispose");
                await canvas.DisposeAsync();
            }
            if (module is not null)
                await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone with the browser tab; there is nothing left to clean up there.
        }
        self.Dispose();
    }
}

public sealed record CanvasPoint(int X, int Y);
