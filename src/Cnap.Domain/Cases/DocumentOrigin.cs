namespace Cnap.Domain.Cases;

public enum DocumentOrigin
{
    /// <summary>Filed with the application and listed on the inventory.</summary>
    IncomingPackage,

    /// <summary>Brought later, in answer to a request for clarification.</summary>
    Clarification,

    /// <summary>Produced by the provider: the result or the refusal letter.</summary>
    Result,
}
