namespace Cnap.Domain.Identification;

/// <summary>Прізвище, ім'я, по батькові; the patronymic is optional (foreigners have none).</summary>
public sealed record PersonName
{
    /// <summary>Each part; the stored columns hold this much.</summary>
    public const int MaxPartLength = 100;

    public PersonName(string lastName, string firstName, string? patronymic = null)
    {
        if (string.IsNullOrWhiteSpace(lastName) || string.IsNullOrWhiteSpace(firstName))
            throw new DomainException("A person's name needs a last name and a first name.");
        LastName = Checked("last name", lastName);
        FirstName = Checked("first name", firstName);
        Patronymic = string.IsNullOrWhiteSpace(patronymic) ? null : Checked("patronymic", patronymic);
    }

    /// <summary>
    /// Letters (of any script), combining marks, apostrophes, hyphens, dots and spaces, starting with a letter: what
    /// names are written with. Emoji, digits, invisible and direction-control characters are refused, and the initials
    /// on forms and lists are always whole letters.
    /// </summary>
    private static string Checked(string part, string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > MaxPartLength)
            throw new DomainException($"The {part} is longer than {MaxPartLength} characters.");
        if (PlainText.Problem(trimmed) is { } problem)
            throw new DomainException($"The {part} {problem}");
        if (!System.Text.Rune.IsLetter(trimmed.EnumerateRunes().First()) || !trimmed.EnumerateRunes().All(PlainText.IsNameCharacter))
            throw new DomainException($"The {part} must start with a letter and hold only letters, apostrophes, hyphens, dots and spaces.");
        return trimmed;
    }

    public string LastName { get; private init; }

    public string FirstName { get; private init; }

    public string? Patronymic { get; private init; }

    /// <summary>"Шевченко Т. Г.": the form lists use so that they show no more personal data than needed.</summary>
    public string Initials => $"{LastName} {First(FirstName)}.{(Patronymic is null ? "" : $" {First(Patronymic)}.")}";

    private static string First(string part) => part.EnumerateRunes().First().ToString();

    public override string ToString() => Patronymic is null ? $"{LastName} {FirstName}" : $"{LastName} {FirstName} {Patronymic}";
}
