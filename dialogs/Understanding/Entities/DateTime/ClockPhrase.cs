namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>A clock time as written (hour not yet adjusted by a part of the day).</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Hour">Hour as written (0–24).</param>
/// <param name="Minute">Minute.</param>
/// <param name="Second">Second.</param>
/// <param name="HasMinute">Minutes were written (7:00, 三点半, 8点十五分).</param>
/// <param name="HasSecond">Seconds were written.</param>
/// <param name="Meridiem">0 none, 1 a.m. (written after a colon time, or a leading zero as in 05:30), 2 p.m.</param>
internal readonly record struct ClockPhrase(
    int Start, int End, int Hour, int Minute, int Second, bool HasMinute, bool HasSecond, int Meridiem);
