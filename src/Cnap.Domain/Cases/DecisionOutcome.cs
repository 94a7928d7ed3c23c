namespace Cnap.Domain.Cases;

public enum DecisionOutcome
{
    Granted,
    Refused,
    DeemedGrantedBySilentConsent,
}
