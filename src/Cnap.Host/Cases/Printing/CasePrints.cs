using System.Net;
using System.Text;
using Cnap.Host.Cases.Reading;
using Cnap.Host.Catalogue.Api;
using Cnap.Host.Components;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Cnap.Host.Cases.Printing;

/// <summary>
/// The printed forms as self-contained HTML (inline CSS for paper, the QR code as inline SVG): the same text is the
/// browser's print view and the input of the PDF renderer, so the two can never differ.
/// </summary>
public sealed class CasePrints(IStringLocalizer<PrintText> text)
{
    public string Render(PrintForm form, CaseDetailsView view, TechnologicalCardResponse? card, string trackingUrl) => Page(text[$"Title_{form}"], form switch
    {
        PrintForm.Application => Application(view),
        PrintForm.Inventory => Inventory(view, trackingUrl),
        PrintForm.RoutingSlip => RoutingSlip(view, card),
        _ => Receipt(view),
    });

    private string Application(CaseDetailsView c) =>
        Head(c) + $"<p>{E(text["ApplicationBody", c.Service.Name])}</p>" + Applicant(c)
        + $"<p>{E(text["Variant"])}: {E(c.Variant)}. {E(text["Delivery"])}: {E(text[$"Delivery_{c.Inventory.ResultDelivery}"])}.</p>"
        + Signatures(text["SignApplicant"], text["SignAdministrator"]);

    private string Inventory(CaseDetailsView c, string trackingUrl)
    {
        var rows = new StringBuilder();
        var n = 0;
        foreach (var d in c.Documents.Where(d => d.Origin == "IncomingPackage"))
            rows.Append($"<tr><td>{++n}</td><td>{E(d.Title)}</td><td>{E(text[$"Form_{d.Form}"])}</td><td>{d.Sheets}</td><td>{d.Copies}</td></tr>");
        return Head(c)
            + $"<div class=\"qr\">{Qr(trackingUrl)}<div>{E(text["TrackAt"])}<br><b>{E(trackingUrl)}</b></div></div>"
            + Applicant(c)
            + $"<p>{E(text["ReceivedAt"])}: <b>{DeskTime.Format(c.Inventory.ReceivedAt)}</b></p>"
            + $"<table><thead><tr><th>№</th><th>{E(text["Document"])}</th><th>{E(text["Form"])}</th><th>{E(text["Sheets"])}</th><th>{E(text["Copies"])}</th></tr></thead><tbody>{rows}</tbody></table>"
            + $"<p>{E(text["TotalSheets", c.Inventory.TotalSheets])}. {E(text["Delivery"])}: {E(text[$"Delivery_{c.Inventory.ResultDelivery}"])}.</p>"
            + $"<p class=\"small\">{E(text["Hash"])}: {E(c.Inventory.Hash)}</p>"
            + Signatures(text["SignAdministrator"], text["SignApplicantCopy"]);
    }

    private string RoutingSlip(CaseDetailsView c, TechnologicalCardResponse? card)
    {
        var rows = new StringBuilder();
        var stages = card?.Stages ?? [];
        var n = 0;
        foreach (var stage in stages)
        {
            var task = c.Tasks.LastOrDefault(t => t.Stage == stage.Name);
            rows.Append($"<tr><td>{++n}</td><td>{E(stage.Name)}</td><td>{E(stage.Action)}</td><td>{E(stage.Term?.Text ?? "")}</td>"
                + $"<td>{(task is null ? "" : DeskTime.Format(task.AssignedAt))}</td><td>{(task is null ? "" : DeskTime.Deadline(task.DueAt))}</td>"
                + $"<td>{(task?.Decision is { } d ? DeskTime.Format(d.DecidedAt) + " " + E(d.DecidedBy) : "")}</td><td></td></tr>");
        }
        foreach (var task in c.Tasks.Where(t => stages.All(s => s.Name != t.Stage)))
            rows.Append($"<tr><td>{++n}</td><td>{E(task.Stage)}</td><td>{E(task.Action)}</td><td></td><td>{DeskTime.Format(task.AssignedAt)}</td>"
                + $"<td>{DeskTime.Deadline(task.DueAt)}</td><td>{(task.Decision is { } d ? DeskTime.Format(d.DecidedAt) + " " + E(d.DecidedBy) : "")}</td><td></td></tr>");
        return Head(c)
            + $"<p>{E(text["Deadline"])}: <b>{DeskTime.Deadline(c.LegalDeadline)}</b></p>"
            + $"<table><thead><tr><th>№</th><th>{E(text["Stage"])}</th><th>{E(text["Action"])}</th><th>{E(text["Term"])}</th><th>{E(text["Received"])}</th>"
            + $"<th>{E(text["Due"])}</th><th>{E(text["Done"])}</th><th>{E(text["Signature"])}</th></tr></thead><tbody>{rows}</tbody></table>";
    }

    private string Receipt(CaseDetailsView c) =>
        Head(c) + $"<p>{E(text["ReceiptBody", c.Service.Name])}</p>"
        + (c.Issuance is { } i
            ? $"<p>{E(text["IssuedAt"])}: <b>{DeskTime.Format(i.IssuedAt)}</b>. {E(text["ReceivedBy"])}: <b>{E(i.ReceivedBy)}</b>. {E(text["Delivery"])}: {E(text[$"Delivery_{i.Method}"])}.</p>"
            : "")
        + (c.Decision is { } d ? $"<p>{E(text["Result"])}: {E(d.ResultDocument ?? d.Outcome)} {E(d.ResultNumber ?? "")}</p>" : "")
        + Signatures(text["SignReceived"], text["SignAdministrator"]);

    private string Head(CaseDetailsView c) =>
        $"<p class=\"centre\">{E(c.Centre.Name)}</p><p>{E(text["CaseNumber"])}: <b>{E(c.Number)}</b> · {E(text["TrackingCode"])}: <b>{E(c.TrackingCode)}</b></p>"
        + $"<p>{E(text["Service"])}: {E(c.Service.Name)}<br>{E(text["Provider"])}: {E(c.Provider.Name)}</p>";

    private string Applicant(CaseDetailsView c) =>
        $"<p>{E(text["Applicant"])}: <b>{E(c.Applicant.Name)}</b>"
        + (c.Applicant.TaxNumber is { } tax ? $", {E(text["TaxNumber"])} {E(tax)}" : "")
        + (c.Applicant.Edrpou is { } edrpou ? $", {E(text["Edrpou"])} {E(edrpou)}" : "")
        + (c.Applicant.Representative is { } r ? $"<br>{E(text["Representative"])}: {E(r)}" : "")
        + (c.Applicant.Address is { } a ? $"<br>{E(text["Address"])}: {E(a)}" : "")
        + (c.Applicant.Phone is { } p ? $"<br>{E(text["Phone"])}: {E(p)}" : "") + "</p>";

    private string Signatures(string left, string right) =>
        $"<div class=\"sign\"><div>{E(left)}<br><br>____________________</div><div>{E(right)}<br><br>____________________</div></div>";

    private static string Page(string title, string body) =>
        "<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"><title>" + E(title) + "</title><style>"
        + "@page{size:A4;margin:18mm}body{font-family:'DejaVu Serif','Times New Roman',serif;font-size:12pt;color:#000;max-width:180mm;margin:0 auto}"
        + "h1{font-size:15pt;text-align:center}table{width:100%;border-collapse:collapse;margin:8pt 0}th,td{border:1px solid #000;padding:3pt 5pt;text-align:left;vertical-align:top}"
        + ".centre{text-align:center;font-weight:bold}.small{font-size:8pt;word-break:break-all}.qr{display:flex;gap:10pt;align-items:center;float:right;width:70mm}"
        + ".qr svg{width:28mm;height:28mm}.sign{display:flex;justify-content:space-between;margin-top:24pt}"
        + "@media screen{body{padding:12pt}}</style></head><body><h1>" + E(title) + "</h1>" + body + "</body></html>";

    private static string Qr(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }

    private static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
}
