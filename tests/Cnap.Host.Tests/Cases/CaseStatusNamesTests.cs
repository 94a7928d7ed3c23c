using System.Globalization;
using Cnap.Domain.Cases;
using Cnap.Host.Cases.Workflow;

namespace Cnap.Host.Tests.Cases;

public sealed class CaseStatusNamesTests
{
    [Fact]
    public void Every_status_has_a_Ukrainian_and_an_English_name_and_applicants_always_get_the_Ukrainian_one()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            foreach (var status in Enum.GetValues<CaseStatus>())
            {
                Assert.NotEqual(status.ToString(), CaseStatusNames.Uk(status));
                Assert.NotEqual(CaseStatusNames.Uk(status), CaseStatusNames.Of(status));
            }
            Assert.Equal(("На розгляді", "In review"), (CaseStatusNames.Uk(CaseStatus.InReview), CaseStatusNames.Of(CaseStatus.InReview)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
