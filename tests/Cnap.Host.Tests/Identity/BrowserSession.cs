using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cnap.Host.Tests.Identity;

/// <summary>
/// A cookie-keeping client that fills in the static sign-in pages the way a browser without JavaScript would:
/// read the form's hidden fields (antiforgery token, form name), add the visible ones, post.
/// </summary>
public sealed partial class BrowserSession(WebApplicationFactory<Program> host)
{
    public HttpClient Client { get; } = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpResponseMessage> SubmitAsync(string path, params (string Name, string Value)[] fields)
    {
        var page = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var form = HiddenFields(html).Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await Client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public static IEnumerable<KeyValuePair<string, string>> HiddenFields(string html) =>
        Hidden().Matches(html).Select(m => new KeyValuePair<string, string>(
            WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)));

    public async Task<HttpResponseMessage> StaffLoginAsync(string login, string password) =>
        await SubmitAsync("/staff/login", ("Input.Login", login), ("Input.Password", password));

    /// <summary>The redirect target as a local path, whether the server wrote it absolute or relative.</summary>
    public static string? Location(HttpResponseMessage response) => response.Headers.Location switch
    {
        null => null,
        { IsAbsoluteUri: true } absolute => absolute.PathAndQuery,
        var relative => relative.OriginalString,
    };

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();
}
