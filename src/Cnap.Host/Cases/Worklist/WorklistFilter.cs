using System.Globalization;
using Cnap.Domain.Cases;
using Microsoft.AspNetCore.WebUtilities;

namespace Cnap.Host.Cases.Worklist;

public enum WorklistView
{
    Centre,
    Mine,
    Overdue,
    AwaitingIssue,
}

public enum WorklistSort
{
    Registered,
    Deadline,
    Number,
    Status,
}

/// <summary>
/// What a worklist shows, and its round trip through the page's query string: a view's URL, reopened or sent to a
/// colleague, shows the same cases.
/// </summary>
public sealed record WorklistFilter
{
    public WorklistView View { get; init; } = WorklistView.Centre;
    public CaseStatus? Status { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? ProviderId { get; init; }
    public bool? Overdue { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Text { get; init; }
    public WorklistSort Sort { get; init; } = WorklistSort.Registered;
    public bool Descending { get; init; } = true;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;

    public string ToQueryString()
    {
        var pairs = new Dictionary<string, string?>
        {
            ["view"] = View == WorklistView.Centre ? null : View.ToString(),
            ["status"] = Status?.ToString(),
            ["service"] = ServiceId?.ToString(),
            ["provider"] = ProviderId?.ToString(),
            ["overdue"] = Overdue is { } o ? (o ? "true" : "false") : null,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["q"] = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
            ["sort"] = Sort == WorklistSort.Registered && Descending ? null : Sort.ToString(),
            ["dir"] = Sort == WorklistSort.Registered && Descending ? null : Descending ? "desc" : "asc",
            ["page"] = Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null,
            ["size"] = PageSize != 25 ? PageSize.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("", pairs.Where(p => p.Value is not null)!);
    }

    /// <summary>Unknown or malformed values are dropped rather than failing the page: a hand-edited URL still opens.</summary>
    public static WorklistFilter Parse(string? queryString)
    {
        var q = QueryHelpers.ParseQuery(queryString);
        string? Get(string key) => q.TryGetValue(key, out var v) ? v.ToString() : null;
        return new WorklistFilter
        {
            View = Enum.TryParse<WorklistView>(Get("view"), true, out var view) ? view : WorklistView.Centre,
            Status = Enum.TryParse<CaseStatus>(Get("status"), true, out var status) ? status : null,
            ServiceId = Guid.TryParse(Get("service"), out var service) ? service : null,
            ProviderId = Guid.TryParse(Get("provider"), out var provider) ? provider : null,
            Overdue = bool.TryParse(Get("overdue"), out var overdue) ? overdue : null,
            From = DateOnly.TryParseExact(Get("from"), "yyyy-MM-dd", out var from) ? from : null,
            To = DateOnly.TryParseExact(Get("to"), "yyyy-MM-dd", out var to) ? to : null,
            Text = Get("q"),
            Sort = Enum.TryParse<WorklistSort>(Get("sort"), true, out var sort) ? sort : WorklistSort.Registered,
            Descending = Get("dir") is not "asc",
            Page = int.TryParse(Get("page"), out var page) && page > 0 ? page : 1,
            PageSize = int.TryParse(Get("size"), out var size) && size is > 0 and <= 100 ? size : 25,
        };
    }
}
