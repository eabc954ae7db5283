using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>The explicit cue lexicon and its negation handling, and how it raises (never lowers) predictions.</summary>
public sealed class SafetyLayerTests
{
    [Theory]
    [InlineData("厨房着火了", nameof(CueKind.Emergency))]
    [InlineData("楼道里好大的煤气味", nameof(CueKind.Emergency))]
    [InlineData("我被困在电梯里了", nameof(CueKind.Emergency))]
    [InlineData("电梯停了 我妈还在里面", nameof(CueKind.Emergency))]
    [InlineData("有人在撬我家门", nameof(CueKind.Emergency))]
    [InlineData("老人晕倒了", nameof(CueKind.Emergency))]
    [InlineData("楼上漏水漏到我家", nameof(CueKind.UrgentRepair))]
    [InlineData("家里跳闸了", nameof(CueKind.UrgentRepair))]
    [InlineData("马桶堵了", nameof(CueKind.UrgentRepair))]
    [InlineData("整栋楼停水", nameof(CueKind.UrgentRepair))]
    [InlineData("东门井盖不见了", nameof(CueKind.UrgentPublic))]
    [InlineData("车库积水", nameof(CueKind.UrgentPublic))]
    [InlineData("水泵房半夜一直轰轰响", nameof(CueKind.UrgentPublic))]
    [InlineData("两台电梯都坏了", nameof(CueKind.UrgentPublic))]
    [InlineData("楼上装修电钻吵死了", nameof(CueKind.Neighbor))]
    [InlineData("孙女被反锁在房间里了 门打不开", nameof(CueKind.Emergency))]
    [InlineData("有人从楼上往下扔瓶子 楼下好几个小孩在跳绳", nameof(CueKind.Emergency))]
    [InlineData("小区后门那个沙井的盖子不见了", nameof(CueKind.UrgentPublic))]
    [InlineData("东门井盖没有了 小孩掉下去怎么办", nameof(CueKind.UrgentPublic))]
    [InlineData("电梯门开着就往上跑了", nameof(CueKind.UrgentPublic))]
    [InlineData("电梯停在两层中间 里面没人", nameof(CueKind.UrgentPublic))]
    [InlineData("电梯困住了 不过里面没人", nameof(CueKind.UrgentPublic))]
    [InlineData("楼上空调水一直滴到我家窗台", nameof(CueKind.Neighbor))]
    public void Explicit_cues_are_found(string text, string kind) =>
        Assert.Equal(kind, SafetyCues.Find(text)?.Kind.ToString());

    [Theory]
    [InlineData("没有着火 是烧烤的烟")]
    [InlineData("不是漏水 就是墙有点潮")]
    [InlineData("差点摔倒 还好没事")]
    [InlineData("如果着火了怎么办")]
    [InlineData("停电已经恢复了")]
    [InlineData("电梯坏了 里面没人")]
    [InlineData("天花板有水印 没漏水")]
    [InlineData("空调内机漏水")]
    [InlineData("喷泉不喷水了")]
    [InlineData("我困了 想睡觉")]
    public void Negated_hypothetical_or_resolved_cues_do_not_count(string text) =>
        Assert.Null(SafetyCues.Find(text));

    [Theory]
    [InlineData("我想听Smoke from a Distant Fire")]
    [InlineData("放一下Bleeding Love")]
    [InlineData("how does a gas leak detector work")]
    [InlineData("what are the signs of a stroke")]
    [InlineData("给孩子买防烫伤的水杯 哪个牌子好")]
    [InlineData("帮我写一篇描写火灾逃生的作文")]
    [InlineData("历史上最大的一场火灾是哪次")]
    [InlineData("楼上小孩打游戏一直喊着火了")]
    public void Titles_knowledge_history_and_writing_tasks_raise_no_cue(string text) =>
        Assert.Null(SafetyCues.Find(text));

    [Theory]
    [InlineData("东门井盖没有了 小孩掉下去了怎么办")]
    [InlineData("电梯停了 我爸在里面 人都快急哭了")]
    [InlineData("厨房着火了 还好没人受伤 火还没灭")]
    [InlineData("厨房 on fire 快来")]
    public void A_fall_that_happened_someone_inside_or_a_fire_still_burning_counts(string text) =>
        Assert.Equal(CueKind.Emergency, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("是不是漏水了 天花板湿了")]
    [InlineData("有没有人 电梯困人了")]
    public void A_question_about_a_cue_still_counts(string text) =>
        Assert.NotNull(SafetyCues.Find(text));

    [Theory]
    [InlineData("保安态度很差 刚才楼道里冒烟了", IntentCode.Emergency)]
    [InlineData("物业费怎么交 家里马桶堵了", IntentCode.RepairUrgent)]
    public void A_cue_raises_a_slower_prediction(string text, string expected) =>
        Assert.Equal(expected, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("如果闻到煤气味 应该先做什么 just asking", IntentCode.InquiryGeneral)]
    [InlineData("万一有人困电梯 应该点做", IntentCode.InquiryGeneral)]
    [InlineData("上周车库进水的事现在已经处理好了 想问排水泵多久保养一次", IntentCode.InquiryGeneral)]
    [InlineData("在不在", IntentCode.Smalltalk)]
    public void Hypotheticals_resolved_reports_and_greetings_are_read_for_what_they_say(string text, string expected) =>
        Assert.Equal(expected, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("电梯困住了 不过里面没人 别的电梯也坏了", IntentCode.PublicUrgent)]
    [InlineData("我外孙把自己反锁在车里了 车停在地库", IntentCode.Emergency)]
    public void A_lift_with_nobody_inside_is_public_and_a_child_locked_in_an_emergency(string text, string expected) =>
        Assert.Equal(expected, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("不是燃气泄漏 是隔壁在熏腊肉")]
    [InlineData("家里没着火 就是插座面板松了")]
    [InlineData("不是有人困在里面 是电梯一直停在顶楼不下来")]
    public void An_alarm_the_owner_rules_out_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我报的漏水师傅什么时候到", IntentCode.TicketStatus)]
    [InlineData("下周二是不是要停水检修", IntentCode.InquiryGeneral)]
    [InlineData("我投诉隔壁狗叫的那件事 你们处理了没", IntentCode.TicketStatus)]
    public void A_confident_follow_up_or_question_that_mentions_a_cue_keeps_its_class(string text, string expected) =>
        Assert.Equal(expected, TrainedClassifier.Classify(text).Intent);
}
