using System.Globalization;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Notifications;
using Cnap.Domain.Organisations;
using Cnap.Domain.ProviderTasks;

namespace Cnap.Host.Cases.Workflow;

/// <summary>
/// The case as notices and card texts print it (<see cref="TemplateVariables"/> names the paths). One model serves
/// the notification outbox and the engine's Liquid, so a text reads the same wherever it is written.
/// </summary>
internal static class CaseView
{
    private static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk-UA");

    public static TemplateModel Model(
        Case @case, AdministrativeService service, ServiceCentre centre, IReadOnlyList<ProviderTask> tasks,
        DeadlineCalculator deadlines, string publicUrl)
    {
        var lastDay = deadlines.LocalDate(@case.LegalDeadline.AddTicks(-1));
        var clarification = tasks.Where(t => t.Decision?.Outcome == TaskOutcome.Clarification).MaxBy(t => t.Decision!.DecidedAt)?.Decision?.Comment;
        var model = new TemplateModel()
            .Set("Case.Number", @case.JournalNumber.ToString())
            .Set("Case.TrackingCode", @case.TrackingCode.ToString())
            .Set("Case.TrackingUrl", $"{publicUrl.TrimEnd('/')}/t/{@case.TrackingCode.Value}")
            .Set("Case.Status", @case.DisplayStatus(service) ?? CaseStatusNames.Uk(@case.Status))
            .Set("Case.Deadline", Date(lastDay))
            .Set("Case.Reason", Reason(@case))
            .Set("Case.ClarificationRequest", clarification ?? "")
            .Set("Applicant.Name", @case.Applicant.DisplayName)
            .Set("Service.Name", service.Name)
            .Set("Centre.Name", centre.Name)
            .Set("Centre.Address", centre.Address.ToString())
            .Set("Centre.Phone", centre.Phones.FirstOrDefault()?.Value ?? "")
            .Set("Centre.Hours", Hours(centre));
        if (service.SilentConsentApplies)
            model.Set("Case.SilentConsentFrom", Date(deadlines.SilentConsentFrom(lastDay)));
        return model;
    }

    private static string Reason(Case @case) =>
        @case.Decision is { Outcome: DecisionOutcome.Refused } refusal
            ? $"{refusal.RefusalGround!.Text} ({refusal.RefusalGround.LegalReference}). {refusal.Reasons}"
            : @case.Suspensions.LastOrDefault(s => s.IsOpen)?.Request ?? "";

    private static string Date(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Hours(ServiceCentre centre) =>
        string.Join(", ", centre.OpeningHours.Select(h =>
            $"{Ukrainian.DateTimeFormat.GetAbbreviatedDayName(h.Day)} {h.Opens:HH\\:mm}–{h.Closes:HH\\:mm}"));
}
