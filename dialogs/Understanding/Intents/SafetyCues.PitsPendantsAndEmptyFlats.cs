using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 73's classes: a cover that gave way under someone, a worker below ground who does not come up, an alarm pendant
/// pressed with no answer, someone with dementia missing told before the dementia, strangers carrying things out of a flat
/// whose owners are away. (Its fall into a pit told fall first widened SomeoneFallenIntoAPit; round 72's heater "着了！"
/// widened SomethingCaughtAlight, and its battery swelling and hissing stands beside SmokingBatteryInEnglish.)
/// </summary>
internal static partial class SafetyCues
{
    private const string Pit = "(化粪池|粪池|沙井|窨井|下水井|污水井|雨水井|集水井|检查井|井里|井下|坑里|井)";

    private const string Someone = "(有个|有人|一个|儿子|女儿|孩子|小孩|小朋友|宝宝|老人家|老人|老太太|老大爷|大爷|阿姨|阿婆|阿公|婆婆|奶奶|爷爷|外婆|外公|我妈|我爸|工人|师傅|人)";

    /// <summary>"井盖塌了，人卡在里面半截": a cover that gave way under someone.</summary>
    [GeneratedRegex("(井盖|井口|盖板|沙井盖)[^。.!！?？]{0,6}(塌了|塌下去|碎了|断了|翻了|陷下去)[^。.!！?？]{0,12}" + Someone + "[^。.!！?？]{0,6}(卡在|掉进|掉下去|陷进|陷在|掉在)")]
    private static partial Regex CoverGaveWayUnderSomeone();

    /// <summary>"井下作业的师傅没上来，绳子拉不动，喊也没反应": a worker below ground who does not come up.</summary>
    [GeneratedRegex("(井下|井里|管道里|化粪池里|池子里|下面)(作业|干活|施工|清淤|疏通|清理)?(的)?(工人|师傅|人)(?=[^。.!！?？]{0,6}(没上来|没有上来|上不来|还没上来)[^。.!！?？]{0,30}(拉不动|喊|叫|没反应|没动静|没声音|不应))")]
    private static partial Regex WorkerNotBackUp();

    /// <summary>"老头子按了求救器，手机也不接", "我爸那个呼叫器刚才响了…打他手机一直没人接": an alarm pendant pressed, no answer.</summary>
    [GeneratedRegex("(?:(按了|按下了?|按响了?)[^，。,.!！?？]{0,4}(呼叫器|求救器|求救按钮|紧急按钮|一键呼叫|紧急呼叫|呼叫铃|报警手环|SOS)|(呼叫器|求救器|求救按钮|紧急按钮|一键呼叫|紧急呼叫器|呼叫铃|报警手环|SOS)[^，。,.!！?？]{0,8}(响了|报警了|在响|按了求救|报了警))(?=[^。.!！?？]{0,60}?(不接|没人接|没接|联系不上|打不通|没反应|没回应|没人应|不应))", RegexOptions.IgnoreCase)]
    private static partial Regex PendantPressedNoAnswer();

    /// <summary>"我奶奶出门散步一直没回来，她有老年痴呆": missing, with the dementia told after.</summary>
    [GeneratedRegex("(?<=(一直没回来|还没回来|没回家|找不到了?|不见了|走丢了?|联系不上)[^。.!！?？]{0,20})(老年痴呆|痴呆|失智|认知障碍|阿尔茨海默)")]
    private static partial Regex MissingThenDementiaTold();

    /// <summary>"7栋102门开着，里面有两个人在往外搬东西，那家人去旅游了…不是他们家人": a flat emptied while its owners are away.</summary>
    [GeneratedRegex("(里面|屋里|家里|房子里)(有)?(两个|几个|一个|个)?(陌生)?(人|男的)[^。.!！?？]{0,6}(往外搬|在搬东西|搬东西|翻东西|在翻)(?=[^。.!！?？]{0,40}(不在家|去旅游|旅游了|出国|出差|回老家|不是他们|不是那家|不认识|陌生))")]
    private static partial Regex FlatEmptiedWhileAway();
}
