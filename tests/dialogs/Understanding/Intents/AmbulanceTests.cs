using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>Someone here needs an ambulance now: an emergency whatever the injury is called; a supposed or past ambulance is not.</summary>
public sealed class AmbulanceTests
{
    [Theory]
    [InlineData("孩子从床上摔下来一直吐，麻烦帮忙叫辆救护车，2栋1单元803")]
    [InlineData("我婆婆手被热油溅到了，大片起水泡，帮我叫个救护车")]
    [InlineData("已经打了120，麻烦保安到北门接一下救护车")]
    [InlineData("My husband fainted in the lobby, please call an ambulance")]
    public void A_call_for_an_ambulance_is_an_emergency(string text)
    {
        Assert.Equal(CueKind.Emergency, SafetyCues.Find(text)?.Kind);
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("要是有人在小区里晕倒了，是打120还是先找物业？")]
    [InlineData("上个月我爸住院，叫了救护车，谢谢保安帮忙开门")]
    [InlineData("客厅120平方的房子物业费多少")]
    [InlineData("救护车的鸣笛声太吵了，医院就在隔壁")]
    public void A_supposed_past_or_unrelated_ambulance_raises_no_emergency(string text) =>
        Assert.NotEqual(CueKind.Emergency, SafetyCues.Find(text)?.Kind);
}
