using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>A wild animal or a wasps' nest about the estate that has hurt no one: someone there in 10 minutes, not a supervisor paged.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "4栋单元门上方有个马蜂窝好大，进出的人都从下面过，还没人被蛰", "野猪在9栋后面绿化带拱土，离步道很近": wasps, a snake
    /// or a wild animal where people pass, nobody stung, bitten, chased or cornered — the standard's urgent public matter
    /// (it endangers people), not an emergency; "马蜂把孩子蛰了，脸肿了" and "野猪往人堆那边冲" are.
    /// </summary>
    public static bool AnimalAroundNobodyHurt(string text) =>
        (Nest().IsMatch(text) || (WildAnimalOutside().IsMatch(text) && CommonPlace().IsMatch(text)) || (HasLatin(text) && AroundInEnglish().IsMatch(text)))
        && !InsideAHome().IsMatch(text) && !HurtOrAttacked().IsMatch(text);

    [GeneratedRegex("马蜂窝|蜂窝|蜂巢|蜂竇|蜂窦|(马蜂|黄蜂|胡蜂|野蜂|黃蜂|馬蜂)[^，。,.!！?？]{0,8}(筑|做|搭)(了)?(个|一个)?窝")]
    private static partial Regex Nest();

    [GeneratedRegex("蛇|野猪|野豬|猴子|猴群|流浪狗|野狗|狗群|一群狗")]
    private static partial Regex WildAnimalOutside();

    [GeneratedRegex("绿化带|停车场|停車場|车库|車庫|入口|出口|大堂|门口|門口|路上|路边|步道|篮球场|球场|广场|花园|后山|山坡|车棚|充电棚|雨棚|围墙|小区里")]
    private static partial Regex CommonPlace();

    /// <summary>Inside a home, where the animal is beside whoever lives there: "婴儿房有蛇", "马蜂从窗户飞进来了".</summary>
    [GeneratedRegex("卧室|房间|婴儿房|床|卫生间|洗手间|厕所|浴室|厨房|客厅|家里|我家|屋里|屋子里|飞进|钻进|爬进|\\b(bedroom|my (flat|home|room)|inside)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex InsideAHome();

    [GeneratedRegex("\\b(hornets?|wasps?|bees?|snakes?|boars?|monkeys?|stray dogs?)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex AroundInEnglish();

    [GeneratedRegex("(?<!没人|没有人|还没人|还没有人|没|差点|差一点|险些)(被[^，。,.!！?？]{0,4})?(蛰|蜇|叮|咬|抓伤|抓破|抓了|挠)(了|伤|到|得|着|住)|(?<!叫|冲人叫|冲着人叫)(往|朝|向)[^，。,.!！?？]{0,6}(人|孩子|小孩|老人|学生)[^，。,.!！?？]{0,4}(冲|扑|追|撞)|扑(人|向|倒)|追|撞|顶倒|被(它|它们|围|困|堵)|在(蛰|蜇|叮|咬|抓|扑|顶)|摔|磕|迷糊|受伤|流血|出血|肿|晕|喘|呼吸|过敏|休克|抽搐|哭|在玩|不敢动|躲不开|锁|\\b(stung|bitten|bit|attack(ed|ing)?|chas(ed|ing)|swell(ing)?|bleeding)\\b|\\b(kids|children)\\b[^.!?]{0,12}\\b(everywhere|playing|all around)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex HurtOrAttacked();
}
