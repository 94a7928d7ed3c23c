namespace Cnap.Domain.Cases;

public enum ApplicantKind
{
    Person,
    LegalEntity,
}
