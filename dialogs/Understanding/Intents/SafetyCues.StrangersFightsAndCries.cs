using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 68's classes: a stranger trying doors, handles or a ring of keys now; someone crying that they do not want to
/// live; someone shut in and not let go; a cry for someone heard through a wall; something heavy come down on a foot; a
/// tap or hose broken off with the water running. Round 69's: a crack widening with pieces falling; wire or nails sticking
/// out where children are still playing. (Their violence, a lift said short, a deep cut and the parapet widened the
/// classes that already had them: ViolenceNow, TrappedInLift, BleedingWontStop, UpOnTheParapet.)
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>Family, staff and locksmiths at a door are no stranger.</summary>
    private const string NotAStranger = "(?<!(师傅|物业|锁匠|开锁的|房东|中介|保安|孩子|小孩|儿子|女儿|宝宝|老公|老婆|家人|室友|我妈|我爸|老人)[^。.!！?？]{0,12})";

    /// <summary>"有人拿一串钥匙一户一户试门", "门口有人一直拧我家门把手": a stranger trying doors, handles or keys now.</summary>
    [GeneratedRegex(NotAStranger + "((一户一户|挨家挨户|一家一家|挨个|一扇一扇|每一户|每户|每家)[^。.!！?？]{0,4}(试|拧|拽|扭|撬|捅)[^，。,.!！?？]{0,2}(门|锁|门把手|把手)|(一串|一大串|好几把|几把|一堆)钥匙[^。.!！?？]{0,10}(试|捅|插)[^，。,.!！?？]{0,3}(门|锁)|(有人|陌生人|一个人|一个男的|一个女的|男的|女的|那人)[^。.!！?？]{0,6}(一直|不停(地|的)?|反复|使劲|来回)(拧|转|拽|拉|扭|掰|压)[^，。,.!！?？]{0,3}(我家|我们家|家里|门口|房门|大门)?(的)?(门把手|门把|把手|门锁))")]
    private static partial Regex StrangerTryingDoors();

    /// <summary>"楼上女的一直哭着说不想活了…门敲不开": someone saying they do not want to live, with distress around it.</summary>
    [GeneratedRegex("(说|喊|哭着|哭喊|嚷着|闹着|念叨)[^，。,.!！?？]{0,4}(?<![得的])(不想活了|活不下去了|不活了|想死|要去死|要跳楼|要跳下去|寻死|轻生)(?=[^。]{0,40}(哭|敲不开|不开门|没反应|没动静|玻璃|刀|药|窗|阳台|天台|楼顶|碎))|(?<=(哭|敲不开|不开门|没反应|刀|药|窗|阳台|天台|楼顶)[^。]{0,30})(?<![得的])(不想活了|活不下去了|不活了|要去死|要跳楼|要跳下去|寻死|轻生)")]
    private static partial Regex SaysTheyWantToDie();

    /// <summary>"我妈被人骗到商铺里听课，门关着不让走": someone shut in by sellers or strangers and not let go.</summary>
    [GeneratedRegex("((关着|锁着|反锁|锁上|关上|堵着)(了)?(门)?[^，。,.!！?？]{0,4}不让(我|她|他|我们|他们|人|老人|我妈|我爸)?(走|出来|出去|离开)|不让(我|她|他|我们|老人)?(走|出来|出去|离开)[^，。,.!！?？]{0,4}(门)?(关着|锁着|反锁))(?<=(骗|听课|推销|卖保健品|保健品|传销|陌生人|被人|不认识)[^。]{0,40})")]
    private static partial Regex ShutInAndNotLetGo();

    /// <summary>"墙那边有人一直拍墙喊来人啊，声音很弱": a cry for someone heard, or a knocking that grows weak.</summary>
    [GeneratedRegex("(喊|呼|哭喊|喊着)[“\"「]?(来人|快来人|救我|帮帮我|有没有人)(?![修看弄处理帮收])|叫着?[“\"「]?(快来人|救我|帮帮我)|(拍|敲|砸)(墙|门|地板|暖气管)[^。.!！?？]{0,10}(声音很弱|声音越来越弱|越来越弱|很微弱|有气无力)")]
    private static partial Regex CryThroughTheWall();

    /// <summary>"搬钢琴的师傅被琴压住了脚": something heavy come down on a foot, a leg or a person.</summary>
    [GeneratedRegex("(钢琴|柜子|衣柜|冰箱|洗衣机|石头|石板|铁门|大门|闸门|家具|大理石|台面)[^，。,.!！?？]{0,4}(压住|压到|砸到|压着|砸中)(了)?[^，。,.!！?？]{0,3}(脚|腿|手|人|身子|孩子|小孩|老人)")]
    private static partial Regex PinnedUnderSomethingHeavy();

    /// <summary>"水龙头拧断了！！", "进水软管碰断了，水一直流": a tap or hose broken off, water not yet shut off.</summary>
    [GeneratedRegex("(水龙头|龙头|软管|进水管|(?<![排污下])水管|角阀|三角阀)(?!的?(把手|手柄|把|开关|盖|阀芯))[^，。,.!！?？]{0,3}(拧|掰|弄|碰|扯|拉|踢|撞|摔|敲)?(断|脱落|脱)了(?![^。.!！?？]{0,12}(关了|关掉了|关上了|总阀|已经|换|修好|不漏|没漏|用不了水|没水|不出水|出不了水))")]
    private static partial Regex TapOrHoseBrokenOff();

    /// <summary>"someone keeps trying to open the lock with something": a lock being forced, told in English.</summary>
    [GeneratedRegex(@"\b(keeps?|kept|is|are|was)\s+(trying|attempting)\s+to\s+(open|unlock)\s+(the|my|our)\s+(front\s+)?(lock|door)s?\s+with\b|\b(trying|tries|tried)\s+(every|each|all the)\s+(door|lock|handle)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex LockForcedInEnglish();

    /// <summary>"墙上那条裂缝在变宽，刚才又掉下来一大块墙皮": a crack growing as the owner watches, with pieces coming down.</summary>
    [GeneratedRegex("(裂缝|裂纹|裂口|缝)[^。.!！?？]{0,6}(在|一直|越来越|正在)?(变宽|变大|变长|加宽|扩大|越裂越大|裂开|大|宽|长)(?!小)(?=[^。.!！?？]{0,30}(掉下来|往下掉|掉了一|咔咔|嘎吱|响|跑出去|快跑|塌))")]
    private static partial Regex CrackWideningWithPiecesFalling();

    /// <summary>"蹦床的弹簧断了 铁丝翘起来尖尖的 孩子们还在上面跳": wire, nails or glass sticking out where children still play.</summary>
    [GeneratedRegex("(铁丝|钢丝|弹簧|钉子|螺丝|玻璃|钢筋|铁皮)[^。.!！?？]{0,6}(翘|露|戳|支|冒)(起来|出来|在外面)(?=[^。.!！?？]{0,20}(孩子|小孩|小朋友|宝宝)[^。.!！?？]{0,6}(还在|在上面|正在|都在|在玩|在跳|在爬))")]
    private static partial Regex SharpEdgeWhereChildrenPlay();
}
