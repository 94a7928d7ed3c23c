namespace Cnap.Domain.Catalogue;

public enum DocumentForm
{
    Original,
    Copy,

    /// <summary>Shown to the administrator and handed back; only its details go into the case.</summary>
    OriginalForInspection,
}
