namespace Cnap.Domain.Cases;

/// <summary>How the result reaches the applicant; chosen at filing and printed on the inventory.</summary>
public enum ResultDelivery
{
    InPerson,
    ByPost,
    Electronically,
}
