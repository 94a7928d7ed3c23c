using Cnap.Domain.Notifications;

namespace Cnap.Host.Notifications.Templates;

/// <summary>The texts a new installation starts with; administrators edit them in the Desk.</summary>
public static class DefaultTemplates
{
    public sealed record Default(NotificationEvent Event, NotificationChannel Channel, string? Subject, string Body);

    private const string Signature = """

        {{ Centre.Name }}
        {{ Centre.Address }}, тел. {{ Centre.Phone }}
        Графік роботи: {{ Centre.Hours }}

        Стан справи: {{ Case.TrackingUrl }} (код {{ Case.TrackingCode }})
        """;

    public static IReadOnlyList<Default> All { get; } =
    [
        new(NotificationEvent.CaseRegistered, NotificationChannel.Sms, null,
            "Заяву №{{ Case.Number }} зареєстровано. Код для перевірки стану: {{ Case.TrackingCode }}. Строк: до {{ Case.Deadline }}."),
        new(NotificationEvent.SentToProvider, NotificationChannel.Sms, null,
            "Заяву №{{ Case.Number }} передано на розгляд. Код для перевірки стану: {{ Case.TrackingCode }}."),
        new(NotificationEvent.ClarificationRequested, NotificationChannel.Sms, null,
            "Заява №{{ Case.Number }}: потрібні уточнення. Тел. ЦНАП: {{ Centre.Phone }}. {{ Case.Reason }}"),
        new(NotificationEvent.ReadyForIssue, NotificationChannel.Sms, null,
            "Результат за заявою №{{ Case.Number }} готовий. Отримати: {{ Centre.Address }}."),
        new(NotificationEvent.Issued, NotificationChannel.Sms, null,
            "Результат за заявою №{{ Case.Number }} видано. Дякуємо, що звернулися до ЦНАП."),
        new(NotificationEvent.Refused, NotificationChannel.Sms, null,
            "За заявою №{{ Case.Number }} прийнято рішення про відмову. Підстави й порядок оскарження: ЦНАП, тел. {{ Centre.Phone }}."),

        new(NotificationEvent.CaseRegistered, NotificationChannel.Email, "Заяву №{{ Case.Number }} зареєстровано",
            "Шановна/ий {{ Applicant.Name }}!\n\nВашу заяву «{{ Service.Name }}» зареєстровано за №{{ Case.Number }}. "
            + "Строк надання послуги: до {{ Case.Deadline }}.\n" + Signature),
        new(NotificationEvent.SentToProvider, NotificationChannel.Email, "Заяву №{{ Case.Number }} передано на розгляд",
            "Шановна/ий {{ Applicant.Name }}!\n\nЗаяву «{{ Service.Name }}» №{{ Case.Number }} передано суб'єкту надання послуги. "
            + "Ми повідомимо, щойно буде результат.\n" + Signature),
        new(NotificationEvent.ClarificationRequested, NotificationChannel.Email, "Заява №{{ Case.Number }}: потрібні уточнення",
            "Шановна/ий {{ Applicant.Name }}!\n\nДля розгляду заяви «{{ Service.Name }}» №{{ Case.Number }} потрібні уточнення:\n"
            + "{{ Case.Reason }}\n\nДо їх надання строк розгляду зупинено.\n" + Signature),
        new(NotificationEvent.ReadyForIssue, NotificationChannel.Email, "Результат за заявою №{{ Case.Number }} готовий",
            "Шановна/ий {{ Applicant.Name }}!\n\nРезультат послуги «{{ Service.Name }}» за заявою №{{ Case.Number }} готовий. "
            + "Отримати його можна в ЦНАП за адресою: {{ Centre.Address }}. Візьміть документ, що посвідчує особу.\n" + Signature),
        new(NotificationEvent.Issued, NotificationChannel.Email, "Результат за заявою №{{ Case.Number }} видано",
            "Шановна/ий {{ Applicant.Name }}!\n\nРезультат послуги «{{ Service.Name }}» за заявою №{{ Case.Number }} видано. "
            + "Дякуємо, що звернулися до ЦНАП.\n" + Signature),
        new(NotificationEvent.Refused, NotificationChannel.Email, "Рішення за заявою №{{ Case.Number }}",
            "Шановна/ий {{ Applicant.Name }}!\n\nЗа заявою «{{ Service.Name }}» №{{ Case.Number }} прийнято рішення про відмову.\n"
            + "Підстава: {{ Case.Reason }}\n\nРішення можна оскаржити в порядку, визначеному законом; письмове рішення з підставами "
            + "та порядком оскарження можна отримати в ЦНАП.\n" + Signature),
    ];
}
