using Cnap.Domain.Calendar;

namespace Cnap.Domain.Catalogue;

/// <summary>A way to get the service: the normal term, or an urgent one at a higher fee.</summary>
public sealed class ServiceVariant
{
    private ServiceVariant() { }

    internal ServiceVariant(Guid id, string code, string name, VariantKind kind, DeadlineTerm term, Fee fee)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name))
            throw new DomainException("A service variant needs a code and a name.");
        if (term.Unit == CountingUnit.SameDay ? term.Value != 0 : term.Value <= 0)
            throw new DomainException($"«{term}» is not a term: a same-day term has no length, any other must be positive.");
        Id = id;
        Code = code.Trim();
        Name = name.Trim();
        Kind = kind;
        Term = term;
        Fee = fee;
    }

    public Guid Id { get; private set; }

    /// <summary>Stable within the service ("normal", "urgent-2h"): cards and API refer to variants by it.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public VariantKind Kind { get; private set; }

    public DeadlineTerm Term { get; private set; } = null!;

    public Fee Fee { get; private set; } = null!;
}
