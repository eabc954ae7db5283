using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>A caller going from door to door: a matter for security, not a neighbour's noise.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "他现在还在楼道里一家一家敲门，你们能不能叫保安上来看一下？", "有个陌生人挨家挨户敲门说是查燃气表的": someone knocking on
    /// every door (or a stranger at the doors) is a caller for security to check, not a neighbour disturbing the owner's
    /// rest; "楼上小孩一直敲门敲墙" is the neighbour.
    /// </summary>
    public static bool CallerGoingDoorToDoor(string text) => DoorToDoor().IsMatch(text);

    /// <summary>
    /// "上门的人说是物业派来登记身份证的，你们真有这回事吗", "怎么核实来修水管的是不是你们的人": whether a caller, a card or a
    /// notice that claims the estate's name is genuine — a question for the handbook, not a complaint about staff (unless
    /// the owner complains outright).
    /// </summary>
    public static bool AsksWhetherAClaimIsGenuine(string text) =>
        ClaimChecked().IsMatch(text) && ClaimsTheEstatesName().IsMatch(text) && !ComplainsOutright().IsMatch(text) && !SupposesOrTellsOfElsewhere(text);

    [GeneratedRegex("你们|物业|管理处|上门|敲门|工作人员|保安|礼宾|师傅")]
    private static partial Regex ClaimsTheEstatesName();

    [GeneratedRegex("(是不是|是否|是真的|真的是|真有|真的有|有没有|会不会)[^。!?！？]{0,14}(你们|物业|管理处)[^。!?！？]{0,6}(的人|的员工|的师傅|的工作人员|派的|派来|安排的|合作|在做|在搞|在登记|有这个|发的|通知的)|(怎么|如何|咋|怎样)(才能)?(核实|辨别|分辨|确认|知道|判断|验证|辨认)[^。!?！？]{0,16}(是不是|真假|真的|身份)|(你们|物业|管理处)[^。!?！？]{0,4}(是不是|是否|真的|真有|有没有)(真的)?(有)?(在做|在搞|在登记|派|安排|有这)|(上门|来的|工作人员|师傅)[^。!?！？]{0,8}(会|要|都|是否|有没有)(穿|带|戴|出示)(工服|工牌|胸牌|工作证)[^。!?！？]{0,6}[吗?？]|有这回事吗|有这事吗|是真的吗|是官方的吗|是不是真的[?？]|是你们(发|贴|派|安排)的吗|(你们|物业|管理处)[^。!?！？]{0,6}(知道|知不知道|清楚)[^。!?！？]{0,12}(这回事|这件事|这个事|这事)")]
    private static partial Regex ClaimChecked();

    [GeneratedRegex("投诉|态度(太|很|极|真)?差|骂人|骂我|太过分|什么态度|举报|到底|就这(服务|水平|态度)|交(那么|这么)多")]
    private static partial Regex ComplainsOutright();

    /// <summary>
    /// "有个人打她电话，说是燃气公司的…让她先转300块到一个账户上，不转就停气": a caller in a company's name asking for money
    /// — a scam to be told about, not a danger to send someone to.
    /// </summary>
    public static bool TellsOfAScamCall(string text) => ScamCall().IsMatch(text);

    [GeneratedRegex("(说是|自称|冒充|假装是?|声称是?)[^，,。.!！?？]{0,6}(燃气公司|煤气公司|供电局|电力公司|自来水公司|水务|物业|银行|公安|派出所|客服)[^。!?！？]{0,40}(转账|转钱|转[0-9一二三四五六七八九十两百千几]+|打钱|汇款|交钱|扫码|加微信|验证码)")]
    private static partial Regex ScamCall();

    /// <summary>"能不能派保安来看看", "叫保安上来": the guards asked to come.</summary>
    public static bool AsksForSecurity(string text) => SecurityAskedFor().IsMatch(text);

    [GeneratedRegex("(叫|派|让|喊|请)[^，,。.!！?？]{0,3}(保安|安保|巡逻)|保安[^，,。.!！?？]{0,4}(来|上来|过来)|\\b(send|call) (security|a guard)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecurityAskedFor();

    [GeneratedRegex("(一家一家|一家家|挨家挨户|一户一户|一户户|逐户|每家每户|每一户)[^，,。.!！?？]{0,4}(敲|按门铃|推销|查|问)|(陌生人|不认识的(人|男的|女的)|陌生男子|陌生男人|陌生女人)[^，,。.!！?？]{0,10}(敲门|按门铃|拍门)|(冒充|假冒|自称是?)[^，,。.!！?？]{0,10}(燃气|煤气|物业|查表|抄表|维修|工作人员)|\\bdoor to door\\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoorToDoor();
}
