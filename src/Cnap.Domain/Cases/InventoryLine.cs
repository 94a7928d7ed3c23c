using Cnap.Domain.Catalogue;

namespace Cnap.Domain.Cases;

public sealed record InventoryLine(int Number, string Title, DocumentForm Form, int Sheets, int Copies);
