namespace Cnap.Domain.Notifications;

/// <summary>
/// The values a caller is expected to supply, with long but real samples: a template is checked against the SMS limit
/// with these, so a text that fits here fits nearly every real case.
/// </summary>
public static class TemplateVariables
{
    public static IReadOnlyList<(string Path, string Sample)> All { get; } =
    [
        ("Case.Number", "ЦНАП-0001/2026/012345"),
        ("Case.TrackingCode", "4821-0937-5562"),
        ("Case.Status", "Очікує уточнення"),
        ("Case.Deadline", "17.03.2026"),
        ("Case.Reason", "Неповний пакет документів: відсутня копія технічного паспорта"),
        ("Case.TrackingUrl", "https://cnap.example.gov.ua/t/482109375562"),
        ("Applicant.Name", "Олександра Костянтинівна Шевченко-Дорошенко"),
        ("Service.Name", "Видача дозволу на розміщення зовнішньої реклами"),
        ("Centre.Name", "ЦНАП Шевченківської районної в місті Києві державної адміністрації"),
        ("Centre.Address", "м. Київ, бульвар Тараса Шевченка, 26/4"),
        ("Centre.Phone", "+380442345678"),
        ("Centre.Hours", "пн–пт 08:00–20:00, сб 09:00–16:00"),
    ];

    public static TemplateModel Sample()
    {
        var model = new TemplateModel();
        foreach (var (path, sample) in All)
            model.Set(path, sample);
        return model;
    }
}
