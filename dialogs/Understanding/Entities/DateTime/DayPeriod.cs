namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>A part of the day named in a message (上午, 下午, 晚上, 凌晨…).</summary>
internal enum DayPeriod
{
    None,

    /// <summary>凌晨, 清晨: the small hours; hours are taken as written.</summary>
    EarlyMorning,

    /// <summary>早上, 上午, 早晨, 早: morning; hours as written.</summary>
    Morning,

    /// <summary>中午, 正午: around noon; 1–2 o'clock become 13–14.</summary>
    Noon,

    /// <summary>下午, 午后: afternoon; hours before 12 shift by 12.</summary>
    Afternoon,

    /// <summary>傍晚, 晚上, 晚间, 晚: evening; hours before 12 shift by 12, except the small hours.</summary>
    Evening,

    /// <summary>夜里, 深夜, 夜间: night.</summary>
    Night,

    /// <summary>半夜, 午夜: midnight; 12 becomes 0.</summary>
    Midnight,

    /// <summary>白天: daytime.</summary>
    Daytime,
}
