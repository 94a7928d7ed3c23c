using Cnap.Workflows.Activities;

namespace Cnap.Activities.SelectLists;

/// <summary>A dropdown whose options are fixed by law or by the model (action letters, term units, decisions).</summary>
public abstract class FixedList(params (string Value, string Text)[] items) : ISelectListProvider
{
    public IReadOnlyList<string> Values { get; } = items.Select(i => i.Value).ToArray();

    public ValueTask<IReadOnlyList<SelectListItem>> GetItemsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<SelectListItem>>(items.Select(i => new SelectListItem(i.Text, i.Value)).ToArray());
}
