namespace Cnap.Domain.Catalogue;

public enum Audience
{
    Citizens,
    Business,
    CitizensAndBusiness,
}
