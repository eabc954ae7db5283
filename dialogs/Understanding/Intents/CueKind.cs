namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>What an explicit cue in a message demands, fastest first.</summary>
internal enum CueKind
{
    /// <summary>Life safety: fire, smoke, gas, someone trapped in a lift, injury, collapse, break-in.</summary>
    Emergency,

    /// <summary>A 10-minute in-home repair: water coming in, power or water cut, blocked toilet.</summary>
    UrgentRepair,

    /// <summary>A 10-minute public-area problem: manhole, sewage, standing water, blocked roof drain, plant noise, all lifts down.</summary>
    UrgentPublic,

    /// <summary>A 15-minute neighbour complaint: another household's noise, renovation, pets.</summary>
    Neighbor,
}
