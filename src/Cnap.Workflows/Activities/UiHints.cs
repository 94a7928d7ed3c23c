namespace Cnap.Workflows.Activities;

/// <summary>UI hints Elsa Studio understands.</summary>
public static class UiHints
{
    /// <summary>One-line text.</summary>
    public const string SingleLine = "singleline";
    /// <summary>Multi-line text.</summary>
    public const string MultiLine = "multiline";
    /// <summary>Boolean.</summary>
    public const string Checkbox = "checkbox";
    /// <summary>Several choices.</summary>
    public const string CheckList = "checklist";
    /// <summary>One choice among few.</summary>
    public const string RadioList = "radiolist";
    /// <summary>One choice from a list.</summary>
    public const string Dropdown = "dropdown";
    /// <summary>Script editor.</summary>
    public const string CodeEditor = "code-editor";
    /// <summary>JSON editor.</summary>
    public const string JsonEditor = "json-editor";
    /// <summary>Key/value pairs.</summary>
    public const string Dictionary = "dictionary";
    /// <summary>Date and time.</summary>
    public const string DateTimePicker = "datetime-picker";
    /// <summary>List of strings.</summary>
    public const string MultiText = "multitext";
    /// <summary>Outcomes the author names (fork branches, switch cases).</summary>
    public const string DynamicOutcomes = "dynamic-outcomes";
    /// <summary>Pick a workflow variable.</summary>
    public const string VariablePicker = "variable-picker";
    /// <summary>A duration or term (<c>d.hh:mm:ss</c>).</summary>
    public const string Duration = "duration";
    /// <summary>Flow switch cases editor.</summary>
    public const string FlowSwitchEditor = "flow-switch-editor";
}
