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
        (Idiom().IsMatch(text) || FeelingLikened().IsMatch(text) || FilmInOtherWords().IsMatch(text) || FeelingInAlarmWords().IsMatch(text) || AbstractInAlarmWords().IsMatch(text)) && !NamesEstatePlace(text);

    /// <summary>
    /// "我的待办清单爆炸了", "钱包大出血", "看到账单我直接晕倒", "练完腿像被车撞了一样", "晒到快冒烟": a list, a wallet, a bill, sore
    /// legs or the sun told in alarm words — nobody and nothing is in danger.
    /// </summary>
    [GeneratedRegex("(清单|预算|待办|工作量|消息|群聊|群里|脑子|流量|热度|评论区|邮箱|行程|日程|作业|ddl|deadline|kpi|特效|宇宙)[^，。,.!！?？]{0,3}大?爆炸|(钱包|荷包|余额|存款|信用卡)[^，。,.!！?？]{0,2}大出血|(像|跟|好像)被(车|卡车|火车|大卡车)(撞|碾|压)(了|过)一样|看到(账单|成绩|分数|价格|工资|房租|余额|价钱)[^，。,.!！?？]{0,4}(晕倒|晕了|昏倒|晕过去)|(晒|热)(到|得)(快|要)?冒烟", RegexOptions.IgnoreCase)]
    private static partial Regex AbstractInAlarmWords();

    /// <summary>
    /// "如果失火只能救一个人，救陌生的小孩还是自己家的老人", "电梯里只能再进一个人，你让孕妇还是老人", "the trolley problem": a
    /// moral dilemma or a thought experiment posed to the reader — a choice asked about, nobody in danger now, and nothing
    /// said of the writer's home or the estate.
    /// </summary>
    public static bool PosesADilemma(string text) => Dilemma().IsMatch(text) && !DilemmaAtHome().IsMatch(text);

    [GeneratedRegex("只能(救|选|带|保住|保|让|进)[^。？?]{0,24}(还是|或者|或是|选哪|救谁|选谁|哪个|哪一)|(你|您)(会|该|应该|要)?(先)?救(谁|哪个|哪一个)|该救谁|先救谁|(你|您)(会不会|会为了|愿不愿意|肯不肯)[^。？?]{0,12}救|(你|您)(让|选|救)[^。，,？?]{0,12}还是|你路过[^。？?]{0,16}(会|该|要不要)|电车难题|道德困境|道德两难|思想实验|洞穴奇案|\b(dilemma|trolley problem|thought experiment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dilemma();

    [GeneratedRegex("我家|我们家|家里|小区|物业|楼上|楼下|隔壁|现在|正在|快来|赶紧|马上|[0-9]栋|单元")]
    private static partial Regex DilemmaAtHome();

    /// <summary>"模拟人生里厨房着火", "Among Us 里反应堆爆炸", "着火了！——我说游戏里的 发错窗口了": inside a video game, not the estate.</summary>
    private static bool InAGame(string text) => InsideAGame().IsMatch(text) || (GameNamed().IsMatch(text) && !NamesEstatePlace(text));

    /// <summary>"这款充电宝评论说用了半年鼓包冒烟": a product's reviews, with nothing of the estate named.</summary>
    private static bool ReviewsAProduct(string text) => ProductReview().IsMatch(text) && !NamesEstatePlace(text);

    /// <summary>"隔壁电视里一直在喊救命": the cue comes out of a television, a film or a radio in the clause before it.</summary>
    private static bool OnAScreen(string text, int index)
    {
        var start = ClauseStart(text, index);
        return Screen().IsMatch(text.AsSpan(start, index - start));
    }

    [GeneratedRegex("(游戏|模拟人生|我的世界|minecraft|among us|王者荣耀|原神|塞尔达|动森|和平精英|英雄联盟)\\s*(里|中|里面|里的)", RegexOptions.IgnoreCase)]
    private static partial Regex InsideAGame();

    [GeneratedRegex("评论说|评论区|评价说|差评|好评|测评|买家秀|这款|那款|这个牌子|review", RegexOptions.IgnoreCase)]
    private static partial Regex ProductReview();

    [GeneratedRegex("(电视|电视剧|电影|收音机|广播|直播|手机)(机)?(里|上|中)(?!的?(门铃|监控|摄像头|可视|猫眼|智能锁|门锁))|(春晚|晚会)?(小品|相声)(里|中|那段|那个)?|(?<!我在|家里的|监控|摄像头|客户在|同事在|老板在|领导在|对方在|老师在|开会|会议)视频(里|上|中)(?!我(爸|妈|家|老|奶|爷|孩|儿|女)|看到|给我|让我|问我|说我|听到|听见)")]
    private static partial Regex Screen();

    /// <summary>"基金跌得我心都在流血", "加班加到头都要冒烟了", "火药味越来越重", "把人笑晕倒": a feeling in alarm words.</summary>
    private static bool SpeaksOfFeelingsInAlarmWords(string text) => (FeelingInAlarmWords().IsMatch(text) && !NamesEstatePlace(text)) || Temper().IsMatch(text);

    /// <summary>"老婆发火哒，屋里要着火哒哈哈": a temper as a fire, wherever it is.</summary>
    [GeneratedRegex("(发火|发脾气|吵架)[^。.!！?？]{0,8}(要|快)?(着火|起火|爆炸)")]
    private static partial Regex Temper();

    /// <summary>"汽车被雨水淹过后保险赔不赔": a question about an insurance policy, with nothing of the estate named.</summary>
    private static bool AsksAboutInsurance(string text) => Insurance().IsMatch(text) && !NamesEstatePlace(text);

    /// <summary>"what happened with the Baltimore bridge collapse": an English question naming no one and nothing of the estate.</summary>
    private static bool AsksAboutTheWorldInEnglish(string text) =>
        HasLatin(text) && !HasChinese(text) && QuestionAboutTheWorld().IsMatch(text) && !PersonalInEnglish().IsMatch(text)
        && !EstateAnchorInEnglish().IsMatch(text) && !IsUrgent(text);

    [GeneratedRegex("游戏里|游戏中|打游戏|玩游戏|游戏角色|模拟人生|我的世界|minecraft|among us|王者荣耀|原神|塞尔达|动物森友会|动森|和平精英|吃鸡|英雄联盟|\\blol\\b|steam|switch上|ps5|xbox|剧本杀|狼人杀|副本|\\bnpc\\b|\\bcs(go|2)?\\b|\\bc4\\b|深海迷航|艾尔登法环|老头环|黑神话|宝可梦|pok[eé]mon|炉石|魔兽|永劫无间|\\bapex\\b|瓦洛兰特|无畏契约|第五人格|蛋仔派对|光遇|星穹铁道|明日方舟|泰拉瑞亚|terraria|\\bdota\\b|堡垒之夜|fortnite|roblox|\\bmy (character|avatar|team|squad)\\b|发错(窗口|群|对话)", RegexOptions.IgnoreCase)]
    private static partial Regex GameNamed();

    [GeneratedRegex("(心|心里|心头)(都)?(在)?(流血|滴血)|(心|个心)(都)?(焗|急|气|烦|热)(到|得)(冒烟|冒煙)|(?i:电脑|手机|cpu|内存|显卡)[^。.!！?？]{0,6}(要|快)?(爆炸|炸了)|(头|脑袋|脑子)(都)?(要|快)?(冒烟|炸了|要炸)|(脑子|脑袋)[^，。,.!！?？]{0,8}停电|像停电了?一样|火药味|火气(很|好|太|特别|越来越)?大|(笑|乐)(到|得)?(晕|昏)(倒|过去)|笑晕|把人笑|(热情|斗志|激情|希望)[^，。,.!！?？]{0,10}(燃|浇灭)|重新燃(起来|烧)|(压力|感觉|觉得|心态|整个人)[^，。,.!！?？]{0,6}(快|要|快要)(爆炸|炸了)|(忙|饿|累|热|气|急|渴|困|馋|烦|卷)(到|得)(都)?(要|快|快要)?(冒烟|冒火|爆炸|炸了)|(嗓子|喉咙)(都)?(要|快)?冒烟|^(我|我人|我整个人|我真的|我真)(要|快|快要)(爆炸|炸)了|(项目|工作|作业|论文|deadline|ddl|群|群聊|朋友圈|评论区|热搜|服务器|邮箱|瓜)[^，。,.!！?？]{0,4}(快|要|快要|都)(爆炸|炸了)|我要爆炸了")]
    private static partial Regex FeelingInAlarmWords();

    [GeneratedRegex("保险|理赔|赔不赔|条款|车险|险种|意外险|医保|报销|险[^，。,.!！?？]{0,4}(能|可以)报|insurance", RegexOptions.IgnoreCase)]
    private static partial Regex Insurance();

    [GeneratedRegex("^\\s*((what|why|how|when|where|who|which|is|are|was|were|did|does|do|can)\\b|(first aid|treatment|symptoms|signs) (for|of)\\b)", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionAboutTheWorld();

    /// <summary>
    /// An English message (no Chinese) with no word of danger in it: a leak, a lockout, a broken tap. The model's
    /// emergency there is its bias on English, not a report of danger.
    /// </summary>
    public static bool EnglishWithoutDanger(string text) => HasLatin(text) && !HasChinese(text.Replace("电梯", "", StringComparison.Ordinal)) && !DangerInEnglish().IsMatch(text);

    [GeneratedRegex("fire(?! ?(extinguisher|door|exit|escape|drill|hydrant|hose))|smok|spark|burn|gas\\b|dizzy|vomit|throwing up|slurred|not moving|fumes|trapped|stuck|blood|bleed|hurt|injur|faint|collaps|unconscious|breath|fell\\b|fallen|falling|ambulance|police|burglar|break-?in|broke in|intruder|thie|knife|electrocut|shock|locked in|emergenc|danger|glass|\\b(999|120|119|110)\\b|child|kid|baby|toddler|old (man|woman|lady)|grand|elderly|heart|stroke|chest|seizure|drown|crack|explo|alarm|carbon|poison|not answering|no answer|silent|help!", RegexOptions.IgnoreCase)]
    private static partial Regex DangerInEnglish();

    [GeneratedRegex("火烧眉毛|城门失火|殃及池鱼|火上浇油|火上加油|引火烧身|玩火自焚|趁火打劫|隔岸观火|水深火热|赴汤蹈火|飞蛾扑火|星火燎原|火烧屁股|火烧火燎|心急如焚|如火如荼|洪水猛兽|热锅上的蚂蚁|一触即发|怒火中烧|火冒三丈|煽风点火|惹火上身|抱薪救火|杯水车薪|釜底抽薪|刀山火海|水火不容|电闪雷鸣|晴天霹雳|天崩地裂|血流成河|头破血流|粉身碎骨|一落千丈|坐以待毙|大难临头|祸从天降|水淹七军|(?<!(厨房|卫生间|厕所|家里|屋里|地上|楼道|车库|地库|客厅|阳台|房间|卧室)[^，。,.!！?？]{0,2})水漫金山|火烧赤壁|火烧连营|火烧圆明园|水滴石穿|覆水难收|望梅止渴|雪中送炭")]
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
