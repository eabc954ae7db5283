namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>What a date phrase names.</summary>
internal enum DateGranularity
{
    /// <summary>One day.</summary>
    Day,

    /// <summary>A Monday-to-Sunday week (下周).</summary>
    Week,

    /// <summary>Saturday and Sunday (周末).</summary>
    Weekend,

    /// <summary>A calendar month (2018年12月, 下个月).</summary>
    Month,

    /// <summary>A calendar year (2009年, 明年).</summary>
    Year,
}
