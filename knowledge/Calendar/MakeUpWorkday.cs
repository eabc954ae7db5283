namespace ConciergeBot.Knowledge.Calendar;

/// <summary>An announced make-up working day (调休补班) on a weekend, with the holiday it pays for.</summary>
public sealed record MakeUpWorkday(DateOnly Date, string For);
