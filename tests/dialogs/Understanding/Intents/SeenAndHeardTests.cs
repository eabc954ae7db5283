using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 13's classes: danger told by what is seen or heard (each with look-alikes that must not fire), and alarm words
/// that tell the writer's own state or happen somewhere else. None of these sentences is an evaluation message.
/// </summary>
public sealed class SeenAndHeardTests
{
    [Theory]
    [InlineData("救救我！")]
    [InlineData("来人啊")]
    [InlineData("快来人！！ 3-1-902")]
    [InlineData("help!! help me")]
    [InlineData("楼下那户出国半个月了，刚才看见一个男的在鼓捣他家门锁")]
    [InlineData("有两个人在撬隔壁的锁，隔壁一家回老家了")]
    [InlineData("Two men are forcing the door of 1806 and the neighbours are away")]
    [InlineData("有个男的踩着空调外机往二楼阳台爬")]
    [InlineData("somebody is climbing the drain pipe up to the 3rd floor")]
    [InlineData("隔壁单元窗口不停往外冒黑的")]
    [InlineData("楼道尽头黑乎乎的东西一直往外涌")]
    [InlineData("书房插座一插上就闪蓝光")]
    [InlineData("电饭煲啪的一声，然后一股胶皮味")]
    [InlineData("水沿着卫生间的筒灯往下滴，灯还亮着")]
    [InlineData("他摔在楼梯口，脸上全是血")]
    [InlineData("电动车冲过来把我爸撞倒了")]
    [InlineData("燃汽味好重 头有点晕")]
    [InlineData("灶台下面的软管裂了，一直在跑气")]
    [InlineData("Melting plastic smell near the kitchen outlet, the cover is scorched")]
    public void Danger_told_by_what_is_seen_or_heard_is_an_emergency(string text) =>
        Assert.Equal(CueKind.Emergency, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("救命 这个剧太虐了")]
    [InlineData("作业写不完了救命")]
    [InlineData("对门出国了，物业的师傅在帮他家换锁")]
    [InlineData("爬山虎顺着外墙往上爬，都到四楼了")]
    [InlineData("外墙清洗的师傅顺着外墙往下降，正在擦玻璃")]
    [InlineData("地漏往外冒黑的水，好臭")]
    [InlineData("晚上车库黑乎乎一片，好几盏灯不亮")]
    [InlineData("墙上那个开关面板有点晃，想换个新的")]
    [InlineData("烤箱里的面包烤焦了，一屋子糊味")]
    [InlineData("楼上漏水顺着吊灯往下滴，我已经把电闸拉了")]
    [InlineData("血常规查出来血小板有点低")]
    [InlineData("这个股票走势跟跳楼机一样")]
    [InlineData("商场在搞跳楼价大甩卖")]
    public void Look_alikes_raise_no_emergency(string text) =>
        Assert.NotEqual(CueKind.Emergency, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("楼下车道被堵死了，真要起火了救火车开不进来")]
    [InlineData("万一真的要是着火，这么多杂物谁跑得掉")]
    public void A_fire_supposed_to_complain_about_a_blocked_fire_lane_is_no_cue(string text) =>
        Assert.Null(SafetyCues.Find(text));

    [Theory]
    [InlineData("消防警铃响了一个多小时还关不掉")]
    [InlineData("住25楼，电梯坏了叫不来")]
    [InlineData("闸总是掉")]
    [InlineData("厨房的龙头一点水也流不出")]
    public void A_public_alarm_that_rings_on_a_lift_dead_high_up_and_a_home_without_power_or_water_are_urgent(string text) =>
        Assert.True(SafetyCues.Find(text)?.Kind is CueKind.UrgentRepair or CueKind.UrgentPublic, text);

    [Theory]
    [InlineData("烟感滴滴叫，应该是没电池了")]
    [InlineData("电梯里按了警铃一直响也没人应")]
    [InlineData("住三楼，电梯坏了走楼梯也行")]
    [InlineData("家在20层，这边一台电梯停了，另一台还能用")]
    [InlineData("厨房排风扇转起来嗡嗡的，有点吵")]
    public void A_detector_chirping_a_lift_that_strands_nobody_and_a_home_fan_are_not_urgent_public(string text) =>
        Assert.NotEqual(CueKind.UrgentPublic, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("今天被老板骂，感觉要原地爆炸")]
    [InlineData("这周忙到爆炸")]
    [InlineData("心里早就着火了，表面还得笑")]
    [InlineData("打球连进五个，我今天 on fire")]
    [InlineData("I'm totally on fire this week, 三个项目都上线了")]
    [InlineData("天边的云红得像着火了一样")]
    [InlineData("被论文逼得喘不过气")]
    [InlineData("英语里说一个人 on fire 是啥意思")]
    [InlineData("我妈在老家摔了一跤，膝盖肿了")]
    [InlineData("在新加坡旅游的时候看到一场火灾")]
    [InlineData("这个水杯漏水，差评")]
    public void The_writers_own_state_a_meaning_asked_or_somewhere_else_opens_no_fast_request(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), text);

    [Theory]
    [InlineData("厨房着火了，我已经跑出来了")]
    [InlineData("对面楼着火了，像是12楼")]
    [InlineData("我身上着火了")]
    [InlineData("老人喘不过气来，嘴唇发紫")]
    [InlineData("煤气罐爆炸了，3栋")]
    public void A_real_fire_or_a_breathless_old_person_still_counts(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("电梯又歇了，反正我家在3层，走楼梯就行，有空来修", IntentCode.PublicGeneral)]
    [InlineData("Toilet in our flat is clogged, could a plumber come now? 5-2-301", IntentCode.RepairUrgent)]
    public void No_hurry_said_keeps_a_repair_ordinary_and_an_English_blocked_toilet_is_urgent(string text, string expected) =>
        Assert.Equal(expected, TrainedClassifier.Classify(text).Intent);

    /// <summary>Whether a broken exhaust fan is a small part or an ordinary repair the model leaves open; "no rush" makes it no urgent one.</summary>
    [Fact]
    public void No_hurry_said_in_English_keeps_a_repair_from_being_urgent() =>
        Assert.Contains(TrainedClassifier.Classify("The exhaust fan in the kitchen is broken, no rush").Intent, new[] { IntentCode.RepairGeneral, IntentCode.RepairSimple });

    [Theory]
    [InlineData("北门的闸机扫码扫不开，最后是门岗大哥帮我按开的", IntentCode.PublicGeneral)]
    [InlineData("保安帮我开了门，嘴里还一直骂骂咧咧", IntentCode.ComplaintStaff)]
    [InlineData("门卫给我开门的时候脸色难看得很", IntentCode.ComplaintStaff)]
    public void Staff_named_only_as_helpers_are_no_staff_complaint(string text, string expected) =>
        Assert.Equal(expected, TrainedClassifier.Classify(text).Intent);
}
