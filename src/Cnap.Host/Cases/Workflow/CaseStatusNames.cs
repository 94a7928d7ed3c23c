using Cnap.Domain.Cases;

namespace Cnap.Host.Cases.Workflow;

/// <summary>How a status reads to an applicant when the service gives it no label of its own.</summary>
internal static class CaseStatusNames
{
    public static string Uk(CaseStatus status) => status switch
    {
        CaseStatus.Registered => "Зареєстровано",
        CaseStatus.InReview => "На розгляді",
        CaseStatus.AwaitingClarification => "Очікує уточнення",
        CaseStatus.ReadyForIssue => "Готово до видачі",
        CaseStatus.Issued => "Видано",
        CaseStatus.Unclaimed => "Не отримано",
        CaseStatus.DeemedGranted => "Дозвіл вважається отриманим (мовчазна згода)",
        CaseStatus.Withdrawn => "Відкликано заявником",
        CaseStatus.Cancelled => "Анульовано",
        _ => status.ToString(),
    };
}
