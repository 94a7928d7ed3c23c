namespace Cnap.Domain.Organisations;

public enum CommunityKind
{
    /// <summary>A territorial community (громада): city, settlement or village council.</summary>
    Community,

    /// <summary>A district (район) of an oblast or of a city with districts.</summary>
    District,
}
