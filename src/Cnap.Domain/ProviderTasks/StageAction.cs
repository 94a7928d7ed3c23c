namespace Cnap.Domain.ProviderTasks;

/// <summary>The action letter of a technological card stage (CMU resolution 44 of 2013).</summary>
public enum StageAction
{
    /// <summary>В — виконує.</summary>
    Performs,

    /// <summary>У — бере участь.</summary>
    TakesPart,

    /// <summary>П — погоджує.</summary>
    Agrees,

    /// <summary>З — затверджує.</summary>
    Approves,
}

public static class StageActionLetters
{
    public static char Letter(this StageAction action) => action switch
    {
        StageAction.Performs => 'В',
        StageAction.TakesPart => 'У',
        StageAction.Agrees => 'П',
        StageAction.Approves => 'З',
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static StageAction FromLetter(char letter) =>
        TryFromLetter(letter) ?? throw new DomainException($"«{letter}» is not a stage action letter (В, У, П, З).");

    public static StageAction? TryFromLetter(char letter) => char.ToUpperInvariant(letter) switch
    {
        'В' => StageAction.Performs,
        'У' => StageAction.TakesPart,
        'П' => StageAction.Agrees,
        'З' => StageAction.Approves,
        _ => null,
    };
}
