using Cnap.Workflows.Activities;

namespace Cnap.Activities.SelectLists;

/// <summary>
/// A dropdown whose options are fixed by law or by the model (action letters, term units, decisions). Each option's
/// text is <c>{List}_{Value}</c> in <see cref="CnapActivityTexts"/>, in the designer's language.
/// </summary>
public abstract class FixedList(string list, params string[] values) : ISelectListProvider
{
    public IReadOnlyList<string> Values { get; } = values;

    public ValueTask<IReadOnlyList<SelectListItem>> GetItemsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<SelectListItem>>(values.Select(v => new SelectListItem(CnapActivityTexts.Get($"{list}_{v}"), v)).ToArray());
}
