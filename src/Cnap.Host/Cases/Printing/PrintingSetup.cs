using System.Security.Claims;
using Cnap.Host.Cases.Api;
using Cnap.Host.Cases.Reading;
using Cnap.Host.Catalogue.Api;
using Cnap.Host.Access;
using Cnap.Host.Cases.Access;
using Mediator;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Cases.Printing;

/// <summary>
/// <c>/desk/cases/{id}/print/{form}</c> is the HTML print view (the browser prints it); with <c>.pdf</c> the same page
/// comes back as a PDF file. Only the centre's staff print a case; printing the inventory fixes it.
/// </summary>
public static class PrintingSetup
{
    public static void AddCasePrinting(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CasePrints>();
        builder.Services.AddSingleton<PdfRenderer>();
    }

    public static void MapCasePrinting(this WebApplication app)
    {
        var group = app.MapGroup("/desk/cases/{id:guid}/print").RequireAuthorization(CnapPolicies.CentreStaff).ExcludeFromDescription();
        group.MapGet("/{form}", (Guid id, string form, ClaimsPrincipal user, IServiceProvider services, CancellationToken ct) => PrintAsync(id, form, user, services, ct));
    }

    private static async Task<IResult> PrintAsync(Guid id, string form, ClaimsPrincipal user, IServiceProvider services, CancellationToken cancellationToken)
    {
        var pdf = form.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
        if (!Enum.TryParse<PrintForm>((pdf ? form[..^4] : form).Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var kind)
            || !Enum.IsDefined(kind))
            return TypedResults.NotFound();
        var mediator = services.GetRequiredService<IMediator>();
        if (!await services.GetRequiredService<CaseApiAccess>().MayActOnCaseAsync(user, id, "case:print", cancellationToken)
            || await mediator.Send(new GetCase(id), cancellationToken) is not { } view)
            return TypedResults.NotFound();
        if (kind == PrintForm.Inventory && view.Inventory.PrintedAt is null)
            await mediator.Send(new MarkInventoryPrinted(id, CaseApiAccess.ActorOf(user)), cancellationToken);
        var card = kind == PrintForm.RoutingSlip ? (await services.GetRequiredService<ServiceCardReader>().ReadAsync(view.Service.Code, cancellationToken))?.TechnologicalCard : null;
        var trackingUrl = services.GetRequiredService<PublicAddress>().Url + "/t/" + view.TrackingCode;
        var html = services.GetRequiredService<CasePrints>().Render(kind, view, card, trackingUrl);
        if (!pdf)
            return TypedResults.Content(html, "text/html; charset=utf-8");
        var file = await services.GetRequiredService<PdfRenderer>().RenderAsync(html, cancellationToken);
        return TypedResults.File(file, "application/pdf", $"{kind}-{view.Number}.pdf");
    }
}
