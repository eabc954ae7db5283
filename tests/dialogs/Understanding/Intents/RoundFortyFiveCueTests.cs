using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes rounds 45 to 47's first runs and their decontamination led to, in sentences of our own. None of these
/// sentences is an evaluation message.
/// </summary>
public sealed class RoundFortyFiveCueTests
{
    /// <summary>A lift that starts moving before its doors have shut; 管上 typed for 关上 by pinyin input.</summary>
    [Theory]
    [InlineData("坐电梯的时候 门还没关上就开始往上走了")]
    [InlineData("5栋电梯门还没管上就往下走 太危险了")]
    public void A_lift_moving_with_its_doors_open_is_urgent(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    /// <summary>Something that swayed and has been tied down: no longer about to fall.</summary>
    [Theory]
    [InlineData("用绳子把窗框绑在防盗网上了 现在不怎么晃了")]
    [InlineData("拿铁丝捆了一圈，空调外机不太晃了")]
    public void A_loose_thing_made_fast_is_not_urgent(string text) =>
        Assert.NotEqual(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("5栋外面那块广告牌上面又掉了一块，下面全是排队的老人，还在掉")]
    [InlineData("楼梯间好浓的烟，不知道哪家的，我腿不好走不下去")]
    [InlineData("我爸一下吃了好几片降压药，现在说头好晕站不稳")]
    [InlineData("有个醉汉拿着酒瓶在北门追着保安打")]
    [InlineData("泳池边有人在给一个小孩做心肺复苏，快拿AED过来")]
    [InlineData("4栋电梯突然停了，门也打不开，按了对讲没人理")]
    [InlineData("厨房插座泡了水，还在滋滋响")]
    public void Danger_now_in_these_words_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("晾衣杆断了一头，挂在那晃，下面就是小区的人行道")]
    [InlineData("大风把门岗的铁皮顶棚快掀飞了")]
    public void Something_hanging_loose_over_a_path_is_urgent(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("春节的灯笼挂在树上，下面好多人在拍照，挺好看的")]
    [InlineData("你是不是吃错药了，说话这么冲，我听着心里难受")]
    [InlineData("周六物业在会所给保安做心肺复苏培训，欢迎业主来听")]
    [InlineData("师傅来修水管的时候在我屋里抽烟，弄得到处都是烟味")]
    [InlineData("昨晚那场球赛，赛后更衣室里吵翻了，听说还差点着火")]
    public void The_same_words_without_danger_now_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void The_clubhouse_changing_room_is_in_the_estate() =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify("会所更衣室有个阿姨摔倒了，后脑勺一直在流血").Intent);

    /// <summary>Sichuanese 没得电 / 没得水 is no power / no water.</summary>
    [Theory]
    [InlineData("我是9栋的 屋头没得电了 整个黑的")]
    [InlineData("家里没得水了 水龙头一滴都莫得")]
    public void No_power_or_water_in_Sichuanese_is_urgent(string text) =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify(text).Intent);

    /// <summary>Danger raised after the writer drops another matter: the dropped matter's past and grievance are not its context.</summary>
    [Theory]
    [InlineData("上个月报的墙皮脱落到现在也没人管 算了不说这个 我现在被关在3栋1号电梯里面了 灯也灭了")]
    [InlineData("物业费涨价我有意见改天再说 我要说的是5栋楼道里好大一股煤气味")]
    [InlineData("停车的事等会再说 我爸刚才在厕所里摔倒了 叫他半天都没反应")]
    [InlineData("上周报修的热水器到现在还没人来看 不过这个不着急等会再说 我现在5栋1单元电梯里出不来了")]
    public void Danger_after_a_dropped_matter_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("北门门卫被几个人打了，快来人")]
    [InlineData("电梯门突然关上，我手被夹了，好痛")]
    [InlineData("卫生间顶上的水流到灯上了，灯一直在闪")]
    [InlineData("地库有辆车倒车撞到人了")]
    [InlineData("楼上的水漫过地插了，还通着电")]
    [InlineData("厨房着伙了")]
    public void Danger_now_from_rounds_46_and_47_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我们组的项目整个被砍了，好烦")]
    [InlineData("电动车在小区里骑那么快，差点撞到人")]
    [InlineData("去年保安被人打了那次，后来怎么处理的")]
    public void The_same_words_without_danger_now_stay_out_of_the_emergency_class(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    /// <summary>An English "if" in a Chinese sentence supposes, as 如果 does; an "if" in an English request does not.</summary>
    [Theory]
    [InlineData("想问一下 if 以后半夜水管爆了，能马上有人来吗")]
    [InlineData("just asking, in case 电梯困人了找谁")]
    public void A_code_mixed_what_if_opens_nothing(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));
}
