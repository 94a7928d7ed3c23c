using System.Globalization;
using System.Resources;
using Cnap.Domain.Cases;

namespace Cnap.Host.Cases.Workflow;

/// <summary>
/// How a status reads when the service gives it no label of its own: CaseStatusNames.resx (Ukrainian) and
/// CaseStatusNames.en.resx, keyed by the status.
/// </summary>
public sealed class CaseStatusNames
{
    private static readonly ResourceManager Resources = new(typeof(CaseStatusNames));
    private static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk");

    /// <summary>In the reader's language (the Desk, the API).</summary>
    public static string Of(CaseStatus status) => Resources.GetString(status.ToString(), CultureInfo.CurrentUICulture) ?? status.ToString();

    /// <summary>In Ukrainian: what the applicant is sent (notices, the tracking page) does not follow a staff member's language.</summary>
    public static string Uk(CaseStatus status) => Resources.GetString(status.ToString(), Ukrainian) ?? status.ToString();
}
