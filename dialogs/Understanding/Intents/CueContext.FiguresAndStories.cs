using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Alarm words that report nothing: inside an idiom (火烧眉毛, 城门失火, 火上浇油), a feeling likened to a volcano or a
/// bomb, a film's or a story's plot retold (讲一班人困在电梯里), a joke that makes one "laugh to exploding".
/// </summary>
internal static partial class CueContext
{
    /// <summary>True when the cue at <paramref name="index"/> lies inside an idiom (城门失火殃及池鱼).</summary>
    private static bool InsideIdiom(string text, int index, int length)
    {
        for (var m = Idiom().Match(text); m.Success; m = m.NextMatch())
        {
            if (m.Index < index + length && index < m.Index + m.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "看了部片，讲几个人被困在电梯里", "有套戏讲一班人困咗喺电梯": the clause holding the cue retells a film's or a
    /// story's plot, which the message names.
    /// </summary>
    private static bool TellsAPlot(string text, int index) =>
        PlotOpening().IsMatch(Clause(text, index)) && (Fiction().IsMatch(text) || FilmInOtherWords().IsMatch(text));

    /// <summary>The cue is a haze or a choking air (呛, 雾蒙蒙), which dust, paint, spray or cooking explain as well as a fire.</summary>
    private static bool IsHaze(string cue) => cue.Contains('呛', StringComparison.Ordinal) || cue.Contains("蒙蒙", StringComparison.Ordinal) || cue.Contains("茫茫", StringComparison.Ordinal);

    /// <summary>An idiom or a feeling likened to fire, a volcano or a bomb, in a message that names nothing of the estate.</summary>
    private static bool SpeaksInFigures(string text) =>
        (Idiom().IsMatch(text) || FeelingLikened().IsMatch(text) || FilmInOtherWords().IsMatch(text)) && !NamesEstatePlace(text);

    /// <summary>
    /// An English message (no Chinese) with no word of danger in it: a leak, a lockout, a broken tap. The model's
    /// emergency there is its bias on English, not a report of danger.
    /// </summary>
    public static bool EnglishWithoutDanger(string text) => HasLatin(text) && !HasChinese(text.Replace("电梯", "", StringComparison.Ordinal)) && !DangerInEnglish().IsMatch(text);

    [GeneratedRegex("fire|smok|spark|burn|gas\\b|fumes|trapped|stuck|blood|bleed|hurt|injur|faint|collaps|unconscious|breath|fell\\b|fallen|falling|ambulance|police|burglar|break-?in|broke in|intruder|thie|knife|electrocut|shock|locked in|emergenc|danger|glass|\\b(999|120|119|110)\\b|child|kid|baby|toddler|old (man|woman|lady)|grand|elderly|heart|stroke|chest|seizure|drown|crack|explo|alarm|carbon|poison|not answering|no answer|silent|help!", RegexOptions.IgnoreCase)]
    private static partial Regex DangerInEnglish();

    [GeneratedRegex("火烧眉毛|城门失火|殃及池鱼|火上浇油|火上加油|引火烧身|玩火自焚|趁火打劫|隔岸观火|水深火热|赴汤蹈火|飞蛾扑火|星火燎原|火烧屁股|火烧火燎|心急如焚|如火如荼|洪水猛兽|热锅上的蚂蚁|一触即发|怒火中烧|火冒三丈|煽风点火|惹火上身|抱薪救火|杯水车薪|釜底抽薪|刀山火海|水火不容|电闪雷鸣|晴天霹雳|天崩地裂|血流成河|头破血流|粉身碎骨|一落千丈|坐以待毙|大难临头|祸从天降")]
    private static partial Regex Idiom();

    [GeneratedRegex("(内心|心里|心中|心头|情绪|脾气|怒火|胸中|胸口|整个人)[^，。,.!！?？]{0,8}(像|如|好像|好比|仿佛|就像|似)[^，。,.!！?？]{0,10}(火山|炸弹|火药桶|火球|一团火|着火|着了火|烧起来|燃烧|爆发|喷发)|(快|要)(喷发|爆发)的火山")]
    private static partial Regex FeelingLikened();

    [GeneratedRegex("^(它|那部|这部|那套|这套|电影|片子|戏)?(讲|讲的是|说的是|演的是|讲述|讲了|描述|描写|剧情是|内容是|主要讲)")]
    private static partial Regex PlotOpening();

    /// <summary>Films and shows in the words of Cantonese and Taiwanese speakers, and a title asked for.</summary>
    [GeneratedRegex("套戏|部戏|套片|部片|睇戏|看戏|戏里|戏入面|片入面|片里|片名|戏名|鬼片|恐怖片|惊悚片|灾难片|动作片|叫咩名|叫乜名|咩戏|叫(什么|啥)名(字)?的(电影|片|戏|剧)")]
    private static partial Regex FilmInOtherWords();

    [GeneratedRegex("(笑|哭|气|爽|燃|甜|好吃|好看|好玩|好笑|帅|美|开心|激动|兴奋|感动|尴尬)(到|得)[^，。,.!！?？]{0,3}$")]
    private static partial Regex FeelingToExploding();
}
