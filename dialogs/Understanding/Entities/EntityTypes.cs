namespace ConciergeBot.Dialogs.Understanding.Entities;

/// <summary>The entity type names used by the recognizer, <c>triage</c> output and the evaluation files.</summary>
public static class EntityTypes
{
    public const string Room = "room";
    public const string Date = "date";
    public const string Time = "time";
    public const string DateTime = "datetime";
    public const string Duration = "duration";
    public const string Money = "money";
    public const string Area = "area";
    public const string Phone = "phone";
    public const string Number = "number";
    public const string Percent = "percent";
}
