using Cnap.Domain;

namespace Cnap.Host.Queue;

/// <summary>Why the queue refused a request; pages word it from QueueText (<c>Refusal_{Reason}</c>), the API sends the code.</summary>
public enum RefusalReason
{
    NoSuchSlot,
    Past,
    ClosedDay,
    InBreak,
    OutsideHours,
    SlotTaken,
    TooFarAhead,
    NotFound,
    AlreadyCancelled,
    NotToday,
    NoStaffedCounter,
    OtherCentre,
    InvalidPhone,
    InvalidName,
    ServiceNotInGroup,
    NothingWaiting,
    InvalidSetup,
}

/// <summary>A queue rule refused the request. The message is for logs and the API; users read the reason's text.</summary>
public sealed class QueueRefusal(RefusalReason reason, string message) : DomainException(message)
{
    public RefusalReason Reason { get; } = reason;
}
