using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-19 tuning and the twelfth conversation set added. None of these sentences is an evaluation
/// message.
/// </summary>
public sealed class RoundNineteenCueTests
{
    [Theory]
    [InlineData("我要投诉，上周说好周三上午派人来修空调，结果一直没人来，电话也没人接")]
    [InlineData("约好昨天下午来通下水道，我请了半天假在家等，一个人都没来，这叫什么服务")]
    public void A_visit_promised_and_never_made_with_nobody_named_is_an_other_complaint(string text) =>
        Assert.Equal(IntentCode.ComplaintOther, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("孙强第三次答应上门又放我鸽子，我要投诉他")]
    [InlineData("那个姓黄的师傅说好来又不来，打他电话还凶我")]
    public void A_named_member_of_staff_who_did_not_come_stays_a_staff_complaint(string text) =>
        Assert.Equal(IntentCode.ComplaintStaff, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我奶奶突然没反应了，嘴唇发白")]
    [InlineData("地库里那个车主趴在座位上不动，车窗关着")]
    [InlineData("我妈从床上摔下来，人卡在床和柜子中间下面起不来")]
    [InlineData("外公吃完降压药一直胡言乱语，认不出人了")]
    [InlineData("停电了，我婆婆靠制氧机，现在制氧机停了她离不开氧气")]
    [InlineData("刨木头把手划了，血一直往外涌出来")]
    [InlineData("有个醉汉一路跟着我闺女进了单元门")]
    [InlineData("楼下两个人打架，一个拿酒瓶砸人")]
    [InlineData("隔壁女人尖叫着喊救命，还有摔东西的声音")]
    [InlineData("顶楼天台有两个小朋友在栏杆边上爬")]
    [InlineData("有人正在撬我家隔壁的门锁，我躲在屋里")]
    [InlineData("我爸怎么喊都叫不醒")]
    public void Danger_told_by_what_is_seen_is_an_emergency(string text) =>
        Assert.Equal(CueKind.Emergency, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("地库出口的道闸杆子乱砸，刚砸到前面那辆车")]
    [InlineData("电梯厅地上一大滩水，特别滑，老人孩子进进出出")]
    public void A_striking_barrier_or_a_wet_floor_where_people_walk_needs_someone_at_once(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("开锁师傅正在钻我家的锁芯，要换新的")]
    [InlineData("我儿子一直跟着我，怎么都不肯去上学")]
    [InlineData("孩子按门铃没反应过来")]
    public void Words_that_look_like_those_but_report_no_danger_raise_nothing(string text) =>
        Assert.NotEqual(CueKind.Emergency, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("公司厕所又堵了，行政群里怎么说比较好")]
    [InlineData("宿舍楼停电了，晚上怎么充电")]
    [InlineData("我们部门这周简直着火了，天天加班到半夜")]
    [InlineData("高架上堵死了，一动不能动，帮我跟客户说晚点到")]
    public void A_problem_at_work_or_school_is_not_about_the_estate(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));
}
