using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A typhoon or a storm at the windows (round 94): a window pane about to burst or shatter in the wind, told with a cry
/// for help or the wind — not a phone screen, a glass, or a "glass heart". Read in its context by <see cref="CueContext"/>.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"救命 玻璃要爆了", "台风太大了，阳台的玻璃鼓起来快要碎了": a pane about to give way now.</summary>
    [GeneratedRegex("(窗户玻璃|窗玻璃|玻璃窗|落地窗|阳台(的)?玻璃|玻璃门|窗户|(?<=(救命|台风|大风|风太大|风好大|风很大|风吹)[^。.!！?？]{0,12})玻璃(?!心|杯|瓶|碗|屏|膜))[^。.!！?？]{0,12}(要|快要|马上(就)?要|随时(会|要)|眼看(就)?要)(爆|碎|炸|裂开|被吹爆|被吹碎|被吹飞|被吹掉)(了|啦|开)?")]
    private static partial Regex PaneAboutToBurst();
}
