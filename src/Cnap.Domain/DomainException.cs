namespace Cnap.Domain;

/// <summary>A rule of the domain refused an operation; the message says which rule, in terms a user understands.</summary>
public class DomainException(string message) : Exception(message);
