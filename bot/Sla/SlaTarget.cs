using ConciergeBot.Knowledge.Sla;

namespace ConciergeBot.Sla;

/// <summary>The deadline a request gets: which clock runs and for how long.</summary>
internal sealed record SlaTarget(string Key, ClockKind Clock, SlaDuration Duration);
