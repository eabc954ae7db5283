using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 61's classes: workers stuck or swinging in a gondola or hanging from a rope that fails them, a child up on the
/// scaffold, someone living alone who has not been seen or answered for days, someone held under or gone under in the
/// pool and not come up.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"吊篮卡在半空，里面两个工人下不来", "安全绳磨得就剩几根丝了，人还挂在上面", "绳上工人不动了": a worker in the air in trouble.</summary>
    [GeneratedRegex("(蜘蛛人|绳上的工人|绳上工人|外墙上的工人)(?=[^。.!！?？]{0,10}(不动了|一动不动|没反应|下不来|喊救命))|(吊篮|吊籃|吊船|蜘蛛人|安全绳|吊绳|绳子|绳上|绳上的)[^。.!！?？]{0,20}(工人|师傅|人)(?=[^。.!！?？]{0,16}(下不来|出不来|不动了|一动不动|没反应|快抓不住|抓不住|甩出来|掉下来|还挂在|挂在上面|卡在半空))|(工人|师傅)[^。.!！?？]{0,6}(挂在|吊在)(半空|外墙|绳上)[^。.!！?？]{0,10}(不动了|一动不动|没反应|下不来)|(安全绳|吊绳)[^。.!！?？]{0,10}(磨得|快断|要断|就剩)(?=[^。.!！?？]{0,20}(人|工人|师傅)[^。.!！?？]{0,6}(还)?(挂|吊|在上面))")]
    private static partial Regex WorkerInTroubleInTheAir();

    /// <summary>"小孩在架子上！！", "有个小朋友爬到脚手架上去了": a child up on the scaffold.</summary>
    [GeneratedRegex("(小孩|孩子|小朋友|男孩|女孩|小学生)[^。.!！?？，,]{0,6}(爬)?(在|到|上)(了)?(脚手架|架子|施工架|吊篮)(上)?")]
    private static partial Regex ChildOnTheScaffold();

    /// <summary>"张伯自从老伴出殡后三天没出门了，敲门不应，电话也不接": someone alone, not seen or answering for days.</summary>
    [GeneratedRegex("(独居|一个人住|老伴|老人|阿婆|阿公|伯伯|张伯|婆婆|爷爷|奶奶|老太太|老爷子|大爷|大妈|阿姨)(?=[^。.!！?？]{0,30}((两|三|四|几|好几)天(都)?没(出门|出来|见人|见到|见着|见过|看到|看见|见(她|他)|动静|露面|开门|下楼)|一直没动静)[^。.!！?？]{0,40}(敲门|拍门|电话|不应|没人应|不接|没人接|没拿|没动))")]
    private static partial Regex NotSeenForDays();

    /// <summary>"把一个小的按在水里…呛了好几口了还不放", "沉下去半天没上来": held under or gone under in the water.</summary>
    [GeneratedRegex("(按在水里|按进水里|按到水里|压在水里)(?=[^。.!！?？]{0,20}(呛|不放|挣扎|没上来))|沉下去(?=[^。.!！?？]{0,6}(没|没有)(上来|浮上来|冒头))|(泳池|水池|池子|水里)(?=[^。.!！?？]{0,12}(半天|好久|一直)(都)?没(有)?(上来|浮上来|冒头))")]
    private static partial Regex HeldOrGoneUnderWater();
}
