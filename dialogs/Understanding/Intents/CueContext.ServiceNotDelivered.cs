using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A service promised and not delivered with nobody identifiable to blame ("说好周六上午派师傅过来…等了一上午也没人来…电话也没人接")
/// is the standard's "other" complaint (service-standard.md: "a service not delivered with nobody identifiable … is
/// complaint.other"); a named member of staff or their conduct keeps it a staff complaint.
/// </summary>
internal static partial class CueContext
{
    /// <summary>A visit promised that never came, with no member of staff named or described and no conduct complained of.</summary>
    public static bool VisitPromisedNeverCame(string text) =>
        PromisedVisit().IsMatch(text) && NoShow().IsMatch(text) && !StaffIdentified().IsMatch(text) && !StaffMisconduct().IsMatch(text)
        && !StaffGrievance().IsMatch(text.Replace("投诉", "", StringComparison.Ordinal));

    /// <summary>"张工说周六上午来换，我在家干等了一上午，人没来": a visit promised by a member of staff named, who never came.</summary>
    public static bool NamedStaffNeverCame(string text) => PromisedVisit().IsMatch(text) && NoShow().IsMatch(text) && StaffIdentified().IsMatch(text);

    /// <summary>"上周说好周三上午派人来修": a visit promised earlier is told of — not one asked for now.</summary>
    public static bool TellsOfAPromisedVisit(string text) => PromisedVisit().IsMatch(text);

    /// <summary>"我要投诉维修部的刘师傅", "投诉3栋的保安": a member of staff is identified by role or by name.</summary>
    public static bool IdentifiesStaff(string text) => StaffIdentified().IsMatch(text);

    /// <summary>"…等了一天人没来，电话也不接，我要投诉王工": a complaint lodged against a named member of staff, anywhere in the message.</summary>
    public static bool LodgesAComplaintAgainstStaff(string text) => ComplaintAgainstStaff().IsMatch(text);

    [GeneratedRegex("(要|想|必须|一定要|我)投诉(你们)?(的)?(那个|这个)?(保安|门卫|保洁|前台|客服|管家|礼宾|助理|经理|主管|管理员|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余](工|师傅|经理|主管|助理|管家))")]
    private static partial Regex ComplaintAgainstStaff();

    /// <summary>"请了一天假在家等", "这叫什么服务", "我要投诉", "你们效率真高啊": the owner lodges a grievance, not only asks where things stand.</summary>
    public static bool LodgesAGrievance(string text) => ServiceGrievance().IsMatch(text);

    /// <summary>
    /// "上周报修空调，说周六来人结果没来…我就是要投诉": a grievance about a repair or a visit to the owner's own home — the home
    /// is its place, nobody needs to ask where.
    /// </summary>
    public static bool AboutAServiceAtHome(string text) => ServiceAtHome().IsMatch(text);

    [GeneratedRegex("报修|报的修|维修|修理|师傅|上门|来修|修好|放鸽子|爽约")]
    private static partial Regex ServiceAtHome();

    [GeneratedRegex("说好|约好|约了|答应|说[^。.!！?？]{0,10}(派|来|上门)|说[^。.!！?？，,]{0,18}(上门|过来)|安排[^。.!！?？]{0,4}(来|上门)|promised", RegexOptions.IgnoreCase)]
    private static partial Regex PromisedVisit();

    [GeneratedRegex("人影都没|连个人影|鬼影都没|没见到人|没来|没人来|一个人都没来|没有来|没上门|没派人|又不来|不来了|放鸽子|爽约|白等|没见人|没人上门|never (came|showed)|no ?one came|nobody came", RegexOptions.IgnoreCase)]
    private static partial Regex NoShow();

    /// <summary>
    /// A role, a titled surname or a surname-and-name followed by what they did ("王磊到底", "赵敏已经三次"); the hotline's
    /// 客服 who "said Saturday" is nobody identifiable unless the owner singles one out ("那个客服").
    /// </summary>
    [GeneratedRegex("保安|门卫|保洁|前台|(那个|这个|那位|这位|接电话的)客服|管家|礼宾|助理|经理|主管|管理员|阿姨|姓.|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余](工|师傅|经理|主管|助理|姐|哥)|[王李张刘陈杨黄赵吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余][\u4e00-\u9fff](?=到底|已经|连续|又|每次|说|答应|上次|这个人|三次|第.次)")]
    private static partial Regex StaffIdentified();

    [GeneratedRegex("投诉|效率(可)?真(是)?高|(真|好|可真)准时(啊|呀)|服务真(好|到位)(啊|呀)|请了[^。.!！?？]{0,4}假|专门[^。.!！?？]{0,8}等|白等|等了一(整)?(天|上午|下午)|一整个(上午|下午|白天)|没敢出门|(电话|打过去)[^。.!！?？]{0,6}没人(回|接|理)|这叫什么|什么服务|说话不算话|给(我)?个说法|不像话|太过分|打了[^。.!！?？]{0,4}(次|遍|个)[^。.!！?？]{0,8}没人接|(电话|手机)[^。.!！?？]{0,3}(也|都|还)不接|人影(都|也)?没(见|看)|从早等到晚|这就是你们(说的|的|所谓的)")]
    private static partial Regex ServiceGrievance();
}
