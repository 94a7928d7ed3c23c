using Cnap.Domain.Calendar;
using Cnap.Domain.Catalogue;
using static Cnap.Host.Catalogue.Seed.Texts;

namespace Cnap.Host.Catalogue.Seed;

internal static class ResidenceServices
{
    private static readonly LegalAct FreedomOfMovementLaw =
        new("Закон України «Про свободу пересування та вільний вибір місця проживання в Україні» від 11.12.2003 № 1382-IV");

    private static readonly LegalAct RegistrationProcedure = new(
        "Порядок декларування та реєстрації місця проживання (перебування), затверджений постановою Кабінету Міністрів " +
        "України від 07.02.2022 № 265");

    private const string ProcedureReference = "Порядок декларування та реєстрації місця проживання (перебування) (постанова КМУ від 07.02.2022 № 265)";

    public static IEnumerable<ServiceSeed> All() =>
    [
        new("residence-registration", "00034", "Реєстрація місця проживання особи", Categories.Residence, Audience.Citizens,
            "Внесення відомостей про місце проживання особи до реєстру територіальної громади.",
            [
                Application, IdentityDocument, RepresentativeAuthority,
                new("Документ, що підтверджує право на проживання в житлі (власність, договір найму) або згода власника", DocumentForm.Copy),
                new("Квитанція про сплату адміністративного збору", DocumentForm.Original),
            ],
            "Внесення відомостей до реєстру територіальної громади; за бажанням — витяг з реєстру.",
            [AdministrativeServicesLaw, FreedomOfMovementLaw.At("ст. 6"), RegistrationProcedure],
            [VariantSeed.Normal(DeadlineTerm.SameDay, Subsistence(0.0085m))],
            [
                Incomplete(ProcedureReference),
                FalseData(ProcedureReference),
                new("NO_RIGHT", "Відсутність у особи права на проживання в зазначеному житлі", ProcedureReference),
            ])
        {
            PaymentDetails = "Адміністративний збір — 0,0085 прожиткового мінімуму для працездатних осіб; за реєстрацію з порушенням строку — утричі більше.",
        },
        new("residence-deregistration", "00037", "Зняття з реєстрації місця проживання особи", Categories.Residence, Audience.Citizens,
            "Виключення відомостей про місце проживання особи з реєстру територіальної громади.",
            [Application, IdentityDocument, RepresentativeAuthority, new("Квитанція про сплату адміністративного збору", DocumentForm.Original)],
            "Внесення до реєстру територіальної громади відомостей про зняття з реєстрації.",
            [AdministrativeServicesLaw, FreedomOfMovementLaw.At("ст. 7"), RegistrationProcedure],
            [VariantSeed.Normal(DeadlineTerm.SameDay, Subsistence(0.0085m))],
            [Incomplete(ProcedureReference), FalseData(ProcedureReference)])
        {
            PaymentDetails = "Адміністративний збір — 0,0085 прожиткового мінімуму для працездатних осіб.",
        },
        new("residence-extract", null, "Видача витягу з реєстру територіальної громади", Categories.Residence, Audience.Citizens,
            "Витяг про зареєстроване (задеклароване) місце проживання особи.",
            [Application, IdentityDocument, RepresentativeAuthority],
            "Витяг з реєстру територіальної громади.",
            [AdministrativeServicesLaw, FreedomOfMovementLaw, RegistrationProcedure],
            [VariantSeed.Normal(DeadlineTerm.SameDay)],
            [Incomplete(ProcedureReference), new("NO_RECORD", "Відсутність відомостей про особу в реєстрі територіальної громади", ProcedureReference)])
        {
            Online = true,
        },
        new("registered-persons-certificate", null, "Видача довідки про зареєстрованих у житловому приміщенні осіб",
            Categories.Residence, Audience.Citizens,
            "Відомості про осіб, зареєстрованих за адресою житлового приміщення, для власника або наймача.",
            [
                Application, IdentityDocument, RepresentativeAuthority,
                new("Документ, що підтверджує право власності або користування житлом", DocumentForm.OriginalForInspection),
            ],
            "Довідка про зареєстрованих осіб.",
            [AdministrativeServicesLaw, FreedomOfMovementLaw, RegistrationProcedure],
            [VariantSeed.Normal(DeadlineTerm.SameDay)],
            [Incomplete(ProcedureReference), new("NO_RIGHT", "Заявник не є власником чи наймачем житла", ProcedureReference)]),
    ];
}
