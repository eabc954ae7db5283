using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes round 51's first run led to (electric bikes and charging; kitchens; walls, ceilings and cracks; health talk
/// in the general domain), in sentences of our own. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundFiftyOneCueTests
{
    [Theory]
    [InlineData("the scooter battery outside 1502 is smoking and popping, 3栋, come quick")]
    [InlineData("smoke alarm is going off on our floor and there is smoke coming out of a charger in the corridor")]
    [InlineData("赶紧帮我叫消防，地库B2冒黑烟了")]
    [InlineData("快打119 充电棚那边")]
    [InlineData("6栋楼顶的广告牌掉了一块砸在路边，上面还有一块吊着在晃，下面好多放学的小孩")]
    [InlineData("Our kitchen ceiling fell in and my mum is hurt, 2栋1单元602")]
    [InlineData("卫生间顶上漏水渗进灯座里了，灯一直闪还有股烧焦的味道")]
    public void Danger_now_in_this_rounds_words_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("my neighbour keeps smoking on his balcony and it drifts into my bedroom")]
    [InlineData("快打119我的心被你点燃了")]
    [InlineData("女儿退烧药吃了两天，今天下午又烧起来了，38度5，是不是要去医院")]
    [InlineData("以前被热油烫伤的疤痕能用什么药膏淡化")]
    [InlineData("以前在学校见过同学晕倒，现在想学一下正确的急救方法")]
    [InlineData("刷牙的时候牙龈出血了要紧吗")]
    [InlineData("下班路上看到一个老人摔倒了到底该不该扶")]
    [InlineData("中毒性休克是怎么回事")]
    [InlineData("lift dropped a floor and stopped, we are all out now, please check it before someone gets hurt")]
    public void The_same_words_without_danger_here_now_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("菊花泡水天天喝有没有副作用")]
    [InlineData("胖大海泡水喝能治嗓子疼吗")]
    public void A_herb_soaked_to_drink_is_no_flood(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Theory]
    [InlineData("厨房的水管接头崩开了，水柱直喷，阀门拧了也关不住")]
    public void Water_shooting_out_that_will_not_shut_off_is_an_urgent_repair(string text) =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("马桶水箱一直哗哗地流，按钮按了也停不下来")]
    [InlineData("Hi, the bathroom tap won't close all the way and keeps dripping, can someone replace it")]
    public void A_cistern_that_keeps_running_or_a_dripping_tap_is_no_urgent_repair(string text) =>
        Assert.NotEqual(IntentCode.RepairUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("马桶水箱一直在流，卫生间地上全是水了")]
    [InlineData("厨房水龙头打开一滴水都没有，物业是不是停水了")]
    public void A_cistern_flooding_the_floor_or_no_water_at_the_tap_stays_urgent(string text) =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("2栋电梯里有人打翻了一碗粥，满地都是，油乎乎的特别滑")]
    [InlineData("大堂门口不知道谁洒了一地油，很滑，老人差点摔了")]
    public void A_slippery_spill_in_a_lift_or_lobby_is_an_urgent_public_repair(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("家里的抽油烟机按了开关没反应，风扇不转，灯也不亮了")]
    [InlineData("排气扇突然不转了，开关按了好几次都没动静")]
    [InlineData("厨房那台抽油烟机彻底罢工了，风机不转，上面的小灯也不亮")]
    public void One_appliance_dead_is_a_general_repair_not_a_power_cut(string text) =>
        Assert.Equal(IntentCode.RepairGeneral, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("家里突然没电了，冰箱也不转了")]
    [InlineData("电停了，洗衣机和冰箱都没反应")]
    [InlineData("早上起来没水了，热水器洗衣机都用不了")]
    public void A_home_without_power_or_water_stays_an_urgent_repair(string text) =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我爸刚洗完澡出来说头晕想吐。浴室是燃气热水器，窗户都关著。这样正常吗？")]
    public void Sickness_after_a_shower_with_a_gas_heater_in_the_next_sentence_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("The parquet in the bedroom is lifting along one wall. No water anywhere that I can see.")]
    public void No_water_anywhere_in_English_raises_no_water_cut(string text) =>
        Assert.Null(TrainedClassifier.Classify(text).Cue);

    [Theory]
    [InlineData("4栋门口抬头看见七楼阳台栏杆上有个花盆被风吹得晃来晃去")]
    public void A_loose_thing_up_high_not_yet_fallen_is_an_urgent_public_repair(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);
}
