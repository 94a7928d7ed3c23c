namespace Cnap.Workflows.Activities;

/// <summary>Supplies dropdown options at request time (e.g. the list of providers). Registered in DI by the application.</summary>
public interface ISelectListProvider
{
    /// <summary>The options to offer.</summary>
    ValueTask<IReadOnlyList<SelectListItem>> GetItemsAsync(CancellationToken cancellationToken);
}

/// <summary>A dropdown option.</summary>
public sealed record SelectListItem(string Text, string Value);
