namespace Cnap.Activities.SelectLists;

/// <summary>The action letters of CMU resolution 44 of 2013.</summary>
public sealed class StageActionList() : FixedList("StageAction",
    "В",
    "У",
    "П",
    "З");
