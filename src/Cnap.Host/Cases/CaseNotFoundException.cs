namespace Cnap.Host.Cases;

/// <summary>The case, task, centre or service named by a command does not exist (or is out of the caller's reach).</summary>
public sealed class CaseNotFoundException(string message) : Exception(message);
