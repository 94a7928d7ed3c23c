using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Cnap.Host.Catalogue.Api;

public static class CatalogueApi
{
    public static RouteGroupBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        // What a citizen must know before applying is public by law (Law 5203-VI, Art. 8): the Portal, kiosks and
        // integrators read it without signing in, whatever the access switch says.
        var group = app.MapGroup("/api/catalogue").WithTags("Catalogue").AllowAnonymous();
        group.MapGet("/categories", CategoriesAsync)
            .WithName("GetCatalogueCategories")
            .WithSummary("The catalogue's headings in display order, with the number of services in force under each");
        group.MapGet("/services", SearchAsync)
            .WithName("SearchCatalogueServices")
            .WithSummary("Services in force, by category then name; every word of `q` must appear in the name or a code")
            .WithDescription("`category` is a category code; `audience` is `citizens` or `business` (services for both count for each). Terms and fees in words follow the request's language (`?culture=en`).");
        group.MapGet("/services/{code}", ServiceAsync)
            .WithName("GetCatalogueService")
            .WithSummary("A service's information card whole: documents, result, legal acts, variants with term and fee, refusal grounds, providers, technological card");
        return group;
    }

    internal static async Task<Ok<IReadOnlyList<CategoryResponse>>> CategoriesAsync(CatalogueReader catalogue, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalogue.CategoriesAsync(cancellationToken));

    internal static async Task<Results<Ok<IReadOnlyList<ServiceSummaryResponse>>, ProblemHttpResult>> SearchAsync(
        string? q, string? category, string? audience, CatalogueReader catalogue, IStringLocalizer<CatalogueText> text, CancellationToken cancellationToken)
    {
        if (q?.Length > ServiceSearch.MaxLength)
            return Invalid(text, text["QueryTooLong", ServiceSearch.MaxLength]);
        var who = CatalogueWording.ParseAudience(audience);
        if (who is null && !string.IsNullOrWhiteSpace(audience))
            return Invalid(text, text["AudienceInvalid", audience]);
        return TypedResults.Ok(await catalogue.SearchAsync(new ServiceSearch(q), category, who, cancellationToken));
    }

    internal static async Task<Results<Ok<ServiceCardResponse>, ProblemHttpResult>> ServiceAsync(
        string code, ServiceCardReader cards, IStringLocalizer<CatalogueText> text, CancellationToken cancellationToken) =>
        await cards.ReadAsync(code, cancellationToken) is { } card
            ? TypedResults.Ok(card)
            : TypedResults.Problem(
                title: text["ServiceNotFoundTitle"],
                detail: text["ServiceNotFoundDetail", code],
                statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["code"] = code });

    private static ProblemHttpResult Invalid(IStringLocalizer<CatalogueText> text, string detail) =>
        TypedResults.Problem(title: text["InvalidRequestTitle"], detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
