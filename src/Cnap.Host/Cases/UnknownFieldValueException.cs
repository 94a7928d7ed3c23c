using Cnap.Domain;

namespace Cnap.Host.Cases;

/// <summary>A command names something by a value the caller typed (a service code) that matches nothing: a field error, not a missing resource.</summary>
public sealed class UnknownFieldValueException(string field, string message) : DomainException(message)
{
    public string Field { get; } = field;
}
