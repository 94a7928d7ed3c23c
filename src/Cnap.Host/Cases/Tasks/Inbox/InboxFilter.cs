using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Cnap.Host.Cases.Tasks.Inbox;

public enum InboxStatus
{
    Open,
    Decided,
    All,
}

/// <summary>The inbox's filters and their round trip through the page's query string.</summary>
public sealed record InboxFilter
{
    public InboxStatus Status { get; init; } = InboxStatus.Open;
    public bool Overdue { get; init; }
    public string? Text { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;

    public string ToQueryString() => QueryHelpers.AddQueryString("", new Dictionary<string, string?>
    {
        ["status"] = Status == InboxStatus.Open ? null : Status.ToString(),
        ["overdue"] = Overdue ? "true" : null,
        ["q"] = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        ["page"] = Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null,
    }.Where(p => p.Value is not null)!);

    public static InboxFilter Parse(string? queryString)
    {
        var q = QueryHelpers.ParseQuery(queryString);
        string? Get(string key) => q.TryGetValue(key, out var v) ? v.ToString() : null;
        return new InboxFilter
        {
            Status = Enum.TryParse<InboxStatus>(Get("status"), true, out var status) ? status : InboxStatus.Open,
            Overdue = Get("overdue") == "true",
            Text = Get("q"),
            Page = int.TryParse(Get("page"), out var page) && page > 0 ? page : 1,
        };
    }
}
