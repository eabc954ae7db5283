namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Kinds of temporal expressions, named after Microsoft.Recognizers.Text's datetimeV2 sub-types.</summary>
internal enum DateTimeKind
{
    Date,
    Time,
    DateTime,
    Duration,
    DateRange,
    TimeRange,
    DateTimeRange,
    Set,
}
