namespace Cnap.Host.Organisations.Centres;

/// <summary>Phones are stored as +380XXXXXXXXX and read aloud in groups: +380 56 000 01 01.</summary>
public static class CentrePhones
{
    public static string Display(string phone) =>
        phone is { Length: 13 } && phone.StartsWith("+380", StringComparison.Ordinal)
            ? $"+380 {phone[4..6]} {phone[6..9]} {phone[9..11]} {phone[11..]}"
            : phone;
}
