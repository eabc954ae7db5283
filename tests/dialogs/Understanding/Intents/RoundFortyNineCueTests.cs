using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes round 49's first run led to (young families, fire-safety equipment, the water supply), in sentences of
/// our own. None of these sentences is an evaluation message. A snake bite and a stranger trying the lock now are here too
/// (older sets' misses that this round's retraining showed), and round 50's: a stroke told as unclear speech and a weak
/// hand, crushing chest pain the pills do not ease, someone kicking the door and threatening, a confused old man shivering
/// outside, bottles thrown from a balcony smashing beside a child, in English.
/// </summary>
public sealed class RoundFortyNineCueTests
{
    [Theory]
    [InlineData("我家老爷子好像不呼吸了，叫他也不应")]
    [InlineData("女儿吃葡萄噎住了，小脸都憋紫了，拍背也没用")]
    [InlineData("孙子烧到39度突然抽筋了，牙咬得紧紧的")]
    [InlineData("我一转身两岁的儿子把奶奶的降压药吞了好几片")]
    [InlineData("我老公把饮料瓶里装的通渠剂当水喝了一口，喉咙火辣辣的")]
    [InlineData("楼里火警铃一直在响，我奶奶腿不好在18楼下不来")]
    [InlineData("走廊警铃响了，我摸了下门把手好烫，门缝还在进烟，6栋1单元2201")]
    [InlineData("外墙刷漆的师傅从架子上摔下来了，躺在花坛里一动不动")]
    [InlineData("楼上的水顺着墙流进我家电表箱了，现在一股糊味")]
    [InlineData("草丛里钻出一条蛇把我女儿脚踝咬了一口，7栋旁边")]
    [InlineData("手机上的门铃监控看到一个不认识的人正在拧我家门把手，我在公司")]
    public void Danger_now_without_the_usual_alarm_words_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("游泳的时候怎么换气才不会呛水，总是憋不住不呼吸")]
    [InlineData("我半夜腿抽筋了，疼醒了，是不是缺钙")]
    [InlineData("孩子不小心吃了一颗维生素软糖要紧吗，就是普通的糖")]
    [InlineData("宝宝的药是饭前吃还是饭后吃")]
    [InlineData("上个月消防演练的时候警铃响了，老人下不来楼，物业能不能安排人专门帮忙")]
    [InlineData("保安对我翻白眼，态度太差了")]
    [InlineData("84消毒液和洁厕灵能不能一起用")]
    [InlineData("对门天天烧香，烟从门缝钻进来，熏得头疼")]
    [InlineData("婴儿高烧惊厥是什么原因引起的")]
    [InlineData("上周监控拍到有个陌生人试过我家的门锁，能不能调一下录像")]
    public void The_same_words_without_danger_now_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("卧室空调一开冷凝水就顺着墙往下流水，墙纸都湿了")]
    public void Air_conditioner_water_down_the_wall_is_no_urgent_leak(string text) =>
        Assert.Equal(IntentCode.RepairGeneral, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我外公突然讲话不清楚，左手也没力气了，9栋1单元201")]
    [InlineData("爷爷倒在卫生间，好像没气了")]
    [InlineData("老公说胸口像压着一块大石头，吃了硝酸甘油也没用")]
    [InlineData("有个醉汉一直在踹我家门，还喊着要弄死我们，我和孩子在家")]
    [InlineData("小区门口有个老奶奶穿着拖鞋冻得发抖，问她家在哪说不清")]
    [InlineData("someone keeps dropping glass bottles off a balcony in building 6, one just smashed right next to a pram")]
    public void Round_fifty_dangers_are_emergencies(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("物业通知讲话不清楚，到底哪天停水")]
    [InlineData("楼上小孩一直踢门玩，咚咚的，吵死了")]
    [InlineData("电动车轮胎没气了，附近哪里能打气")]
    [InlineData("我家老人冬天在阳台晒太阳冻得发抖，想问下阳台能不能封")]
    public void The_same_words_without_danger_now_are_no_round_fifty_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
