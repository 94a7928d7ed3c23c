using System.Text.Json.Serialization;
using Cnap.Domain.Cases;

namespace Cnap.Host.Cases;

/// <summary>What a case command answers: where the case stands now.</summary>
public sealed record CaseChanged(
    Guid Id, string Number, [property: JsonConverter(typeof(JsonStringEnumConverter<CaseStatus>))] CaseStatus Status, DateTimeOffset LegalDeadline)
{
    public static CaseChanged Of(Case @case) => new(@case.Id, @case.JournalNumber.ToString(), @case.Status, @case.LegalDeadline);
}
