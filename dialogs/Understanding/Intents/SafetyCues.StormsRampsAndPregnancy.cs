using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A typhoon or a storm at the windows (round 94): a window pane about to burst or shatter in the wind, told with a cry
/// for help or the wind — not a phone screen, a glass, or a "glass heart"; and (round 95) a car rolling down a ramp or a
/// slope on its own with people below; a pregnant woman who fell and now has pain or bleeds. Read in its context by
/// <see cref="CueContext"/>.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"救命 玻璃要爆了", "台风太大了，阳台的玻璃鼓起来快要碎了": a pane about to give way now.</summary>
    [GeneratedRegex("(窗户玻璃|窗玻璃|玻璃窗|落地窗|阳台(的)?玻璃|玻璃门|窗户|(?<=(救命|台风|大风|风太大|风好大|风很大|风吹)[^。.!！?？]{0,12})玻璃(?!心|杯|瓶|碗|屏|膜))[^。.!！?？]{0,12}(要|快要|马上(就)?要|随时(会|要)|眼看(就)?要)(爆|碎|炸|裂开|被吹爆|被吹碎|被吹飞|被吹掉)(了|啦|开)?")]
    private static partial Regex PaneAboutToBurst();

    /// <summary>
    /// "有辆车自己从车库坡道溜下来了！！里面没人！下面有人在走": a car rolling away on its own towards people (the match starts at
    /// 自己, so "没拉手刹" before it does not read as a denial).
    /// </summary>
    [GeneratedRegex("(?<=(车|汽车|轿车|货车|面包车|小车)[^。.!！?？]{0,12})(自己|自个儿)[^。.!！?？]{0,8}(溜|滑|冲|往下跑)(下来|下去|过去|了)(?=[^。]{0,24}(下面|前面|底下|坡下|路上|那边)[^。]{0,6}(有人|有小孩|有孩子|有老人|人在走|在走|在玩|在等))")]
    private static partial Regex CarRollingTowardsPeople();

    /// <summary>"老婆怀孕七个月，下楼的时候在楼梯上滑了一下，现在肚子疼": a fall in pregnancy followed by pain or bleeding.</summary>
    [GeneratedRegex("(怀孕|孕妇|怀着孕|大肚子|孕[0-9一二三四五六七八九十]+(个月|周))[^。.!！?？]{0,20}(摔|滑倒|跌倒|跌了|滑了一下|绊了一下|撞到肚子)[^。.!！?？]{0,16}(肚子(疼|痛)|腹痛|见红|流血|出血|下面流)")]
    private static partial Regex FallInPregnancy();
}
