namespace Cnap.Domain.Notifications;

public enum SmsEncoding
{
    /// <summary>The GSM 03.38 alphabet: Latin only, 160 septets in one part, 153 per part when split.</summary>
    Gsm7,

    /// <summary>Everything else, Cyrillic included: 70 UTF-16 units in one part, 67 per part when split.</summary>
    Ucs2,
}
