using Cnap.Domain.Cases;

namespace Cnap.Activities.SelectLists;

public sealed class DecisionList() : FixedList("Decision",
    nameof(DecisionOutcome.Granted),
    nameof(DecisionOutcome.Refused),
    nameof(DecisionOutcome.DeemedGrantedBySilentConsent));
