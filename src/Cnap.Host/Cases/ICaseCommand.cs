namespace Cnap.Host.Cases;

/// <summary>
/// A command that changes cases: <see cref="CaseTransaction{TMessage, TResponse}"/> runs it, the workflow burst it
/// causes and the notices they write in one database transaction.
/// </summary>
public interface ICaseCommand;
