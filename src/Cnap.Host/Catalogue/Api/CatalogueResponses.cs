namespace Cnap.Host.Catalogue.Api;

/// <param name="Services">Services in force in the category.</param>
public sealed record CategoryResponse(string Code, string Name, int Services);

/// <summary>A line of the catalogue: enough to choose a service; the normal variant's term and fee.</summary>
/// <param name="Audience"><c>citizens</c>, <c>business</c> or <c>citizensAndBusiness</c>.</param>
public sealed record ServiceSummaryResponse(
    string Code,
    string? RegisterCode,
    string Name,
    string Category,
    string Audience,
    TermResponse Term,
    FeeResponse Fee,
    bool HasUrgentVariant,
    bool SilentConsent,
    bool OnlineApplication);

/// <param name="Unit"><c>workingDays</c>, <c>calendarDays</c>, <c>days</c>, <c>sameDay</c>, <c>hours</c> or <c>hoursExcludingDaysOff</c>.</param>
/// <param name="Text">The term in words, in the language of the request.</param>
public sealed record TermResponse(int Value, string Unit, string Text);

/// <param name="SubsistenceMinimumMultiplier">The share of the subsistence minimum the law states the fee in, when it does.</param>
public sealed record FeeResponse(decimal Amount, decimal? SubsistenceMinimumMultiplier, bool IsFree, string Text);
