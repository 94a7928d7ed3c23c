namespace Cnap.Domain.Catalogue;

/// <summary>A legal term: "10 working days", "24 hours", "same day". How it lands on a date is the calendar's job.</summary>
public sealed record Term
{
    public Term(int value, TermUnit unit)
    {
        if (unit == TermUnit.SameDay ? value != 0 : value <= 0)
            throw new DomainException(unit == TermUnit.SameDay
                ? "A same-day term has no length."
                : $"A term in {unit} must be positive, not {value}.");
        Value = value;
        Unit = unit;
    }

    public static Term SameDay { get; } = new(0, TermUnit.SameDay);

    public int Value { get; private init; }

    public TermUnit Unit { get; private init; }

    public static Term WorkingDays(int value) => new(value, TermUnit.WorkingDays);

    public static Term CalendarDays(int value) => new(value, TermUnit.CalendarDays);

    public static Term Hours(int value) => new(value, TermUnit.Hours);

    public override string ToString() => Unit == TermUnit.SameDay ? "SameDay" : $"{Value} {Unit}";
}
