using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-18 tuning added: animals and children — a bite or a sting now, a dog attacking someone, a
/// seizure, a child at an open window, a fire a pet started; a snake or wasps in the common parts; a command to a home
/// device said to the wrong assistant. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundEighteenCueTests
{
    [Theory]
    [InlineData("我老公在花园里被蛇咬了，脚踝肿起来了")]
    [InlineData("孩子在楼下被黄蜂蜇了好几下，哭得厉害")]
    [InlineData("有条大狼狗在儿童乐园咬人，快来人")]
    [InlineData("那只哈士奇把一个老人扑倒了，主人拉不住")]
    [InlineData("羽毛球场上一个大叔倒地抽搐，口吐白沫")]
    [InlineData("我女儿爬到飘窗外面的护栏上了，我够不着她")]
    [InlineData("猫把取暖器碰倒了，地毯烧起来了")]
    [InlineData("我闺女一个人坐电梯上楼，打电话说电梯不动了门也打不开")]
    [InlineData("电梯门夹住了奶奶的胳膊，她抽不出来")]
    public void Bites_attacks_seizures_a_child_at_a_window_and_a_fire_a_pet_started_are_emergencies(string text) =>
        Assert.Equal(CueKind.Emergency, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("地下车库B2入口看到一条蛇")]
    [InlineData("6栋单元门上方有个马蜂窝，好多人进出")]
    [InlineData("3栋的电梯门老是夹人，关得太快")]
    public void A_snake_wasps_or_lift_doors_that_catch_people_need_someone_at_once(string text) =>
        Assert.Equal("UrgentPublic", SafetyCues.Find(text)?.Kind.ToString());

    [Theory]
    [InlineData("小爱同学，把客厅的灯关掉")]
    [InlineData("打开卧室空调")]
    [InlineData("扫地机器人开始")]
    public void A_command_to_a_home_device_is_not_about_the_estate(string text) =>
        Assert.True(TrainedClassifier.Classify(text).OutOfDomain);

    [Fact]
    public void A_device_that_will_not_obey_is_a_repair() =>
        Assert.False(TrainedClassifier.Classify("客厅的灯打开了也不亮，开关按了没反应").OutOfDomain);
}
