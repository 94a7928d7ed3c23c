namespace Cnap.Domain.Identification;

/// <summary>Прізвище, ім'я, по батькові; the patronymic is optional (foreigners have none).</summary>
public sealed record PersonName
{
    public PersonName(string lastName, string firstName, string? patronymic = null)
    {
        if (string.IsNullOrWhiteSpace(lastName) || string.IsNullOrWhiteSpace(firstName))
            throw new DomainException("A person's name needs a last name and a first name.");
        LastName = lastName.Trim();
        FirstName = firstName.Trim();
        Patronymic = string.IsNullOrWhiteSpace(patronymic) ? null : patronymic.Trim();
    }

    public string LastName { get; private init; }

    public string FirstName { get; private init; }

    public string? Patronymic { get; private init; }

    /// <summary>"Шевченко Т. Г.": the form lists use so that they show no more personal data than needed.</summary>
    public string Initials => $"{LastName} {FirstName[0]}.{(Patronymic is null ? "" : $" {Patronymic[0]}.")}";

    public override string ToString() => Patronymic is null ? $"{LastName} {FirstName}" : $"{LastName} {FirstName} {Patronymic}";
}
