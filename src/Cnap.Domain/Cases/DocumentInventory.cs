using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cnap.Domain.Cases;

/// <summary>
/// The inventory of the incoming package (опис): formed once at registration and never changed, so the printed copy
/// the applicant keeps is proof of what was filed and when. The hash makes any later edit of the stored record evident.
/// </summary>
public sealed class DocumentInventory
{
    // Not readonly: EF maps these lists by field and sets them when loading.
    private List<InventoryLine> lines = [];

    private DocumentInventory() { }

    internal DocumentInventory(
        string caseNumber, DateTimeOffset receivedAt, string applicantName, string serviceName, ResultDelivery resultDelivery,
        string administratorName, IEnumerable<InventoryLine> lines)
    {
        CaseNumber = caseNumber;
        ReceivedAt = receivedAt;
        ApplicantName = applicantName;
        ServiceName = serviceName;
        ResultDelivery = resultDelivery;
        AdministratorName = administratorName;
        this.lines.AddRange(lines);
        Hash = ComputeHash();
    }

    public string CaseNumber { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }

    public string ApplicantName { get; private set; } = "";

    public string ServiceName { get; private set; } = "";

    public ResultDelivery ResultDelivery { get; private set; }

    public string AdministratorName { get; private set; } = "";

    public IReadOnlyList<InventoryLine> Lines => lines;

    public int TotalSheets => lines.Sum(l => l.Sheets * l.Copies);

    /// <summary>SHA-256 of the content, printed on the applicant's copy.</summary>
    public string Hash { get; private set; } = "";

    /// <summary>When the first copy was printed; reprints show the same content.</summary>
    public DateTimeOffset? PrintedAt { get; private set; }

    public bool IsIntact => Hash == ComputeHash();

    internal void MarkPrinted(DateTimeOffset at) => PrintedAt ??= at;

    private string ComputeHash()
    {
        var text = new StringBuilder()
            .AppendLine(CaseNumber)
            .AppendLine(ReceivedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture))
            .AppendLine(ApplicantName)
            .AppendLine(ServiceName)
            .AppendLine(ResultDelivery.ToString())
            .AppendLine(AdministratorName);
        foreach (var line in lines)
            text.AppendLine(CultureInfo.InvariantCulture, $"{line.Number}|{line.Title}|{line.Form}|{line.Sheets}|{line.Copies}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
