namespace Cnap.Domain.Catalogue;

public enum VariantKind
{
    Normal,
    Urgent,
}
