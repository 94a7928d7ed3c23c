using Cnap.Domain.Cases;

namespace Cnap.Activities.SelectLists;

public sealed class DecisionList() : FixedList(
    (nameof(DecisionOutcome.Granted), "надано (позитивне рішення)"),
    (nameof(DecisionOutcome.Refused), "відмовлено"),
    (nameof(DecisionOutcome.DeemedGrantedBySilentConsent), "вважається наданим (мовчазна згода)"));
