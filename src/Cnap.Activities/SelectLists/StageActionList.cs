namespace Cnap.Activities.SelectLists;

/// <summary>The action letters of CMU resolution 44 of 2013.</summary>
public sealed class StageActionList() : FixedList(
    ("В", "В — виконує"),
    ("У", "У — бере участь"),
    ("П", "П — погоджує"),
    ("З", "З — затверджує"));
