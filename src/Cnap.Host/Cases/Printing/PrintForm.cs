namespace Cnap.Host.Cases.Printing;

/// <summary>The papers printed from a case at the counter.</summary>
public enum PrintForm
{
    /// <summary>Заява.</summary>
    Application,

    /// <summary>Опис вхідного пакета документів, with the tracking QR code.</summary>
    Inventory,

    /// <summary>Лист проходження справи: the card's stages with terms and due dates.</summary>
    RoutingSlip,

    /// <summary>Розписка про отримання результату.</summary>
    Receipt,
}
