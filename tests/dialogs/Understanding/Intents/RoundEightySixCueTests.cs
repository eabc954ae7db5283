using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 86's misses and the seventy-ninth conversation set's, in sentences of our own: an alarm word denied in English
/// ("not a flood, just a drip") raises nothing; smoke whose everyday source the owner cannot tell ("不确定是不是在做饭") is
/// still smoke; electricity where people touch it wet — a tingle from a machine, a button or a switch plate with water
/// about, cars still plugged in to chargers standing in water, a power room smelling burnt — and someone on a roof ledge
/// about to jump, told in English, are emergencies; static, 麻烦 and an online shop (电商) are not. Electrical danger the
/// owner already made safe and calmly asks to have checked is a repair to book — not when someone was hurt or it is urgent.
/// A complaint lodged in so many words is a complaint, however unsure the model leans to an inquiry.
/// </summary>
public sealed class RoundEightySixCueTests
{
    [Theory]
    [InlineData("The AC in the kids' room drips onto the carpet. Not a flood, just a slow drip. Could someone check it this week?")]
    [InlineData("There's no smoke or anything, the range hood just makes a rattling noise. Can you send someone?")]
    [InlineData("The socket cover in the study is loose, no sparks, it just wobbles. Please fix when convenient.")]
    public void An_alarm_word_denied_in_English_raises_nothing(string text)
    {
        var prediction = TrainedClassifier.Classify(text);
        Assert.Null(prediction.Cue);
        Assert.DoesNotContain(prediction.Intent, new[] { IntentCode.Emergency, IntentCode.RepairUrgent, IntentCode.PublicUrgent });
    }

    [Theory]
    [InlineData("The bathroom is flooded, water everywhere, please send someone now", IntentCode.RepairUrgent)]
    [InlineData("There is smoke coming from the socket in my kitchen!", IntentCode.Emergency)]
    public void An_alarm_word_said_in_English_still_raises_its_class(string text, string intent) =>
        TrainedClassifier.AssertRaisedByACue(text, intent);

    [Theory]
    [InlineData("楼下那户的阳台一直在往外冒烟，我也不确定是不是他们在烧烤")]
    [InlineData("7栋有个窗户冒烟冒了十几分钟了，不知道是不是在做饭，你们看一下吧")]
    public void Smoke_whose_everyday_source_the_owner_cannot_tell_is_still_smoke(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("楼下那户的阳台一直在往外冒烟，应该是他们在烧烤")]
    [InlineData("隔壁厨房窗户冒烟，在做饭呢，油烟好大")]
    public void Smoke_from_an_everyday_source_the_owner_names_raises_no_emergency_by_a_cue(string text)
    {
        // At most the model's candidate, which the dialogs confirm with one tap before sending anyone.
        var prediction = TrainedClassifier.Classify(text);
        Assert.False(prediction.Intent == IntentCode.Emergency && prediction.Cue is not null, $"raised by the cue '{prediction.Cue}'");
    }

    [Theory]
    [InlineData("烘干机外壳一碰就发麻，阳台地上都是水")]
    [InlineData("单元门的门禁按键上都是雨水，按下去手有点电麻")]
    [InlineData("厨房墙上的开关湿漉漉的，摸着有点麻，刚才还闪了一下")]
    [InlineData("停车场那边水都漫上来了，还有两台车插着充电枪在充电")]
    [InlineData("配电室里嗡嗡响，走近了能闻到一股焦糊味")]
    [InlineData("There's a guy standing on the roof ledge of building 2 and he looks like he's going to jump")]
    public void Electricity_touched_wet_and_someone_about_to_jump_raise_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("冬天太干了，摸门把手老是被电了一下，是静电吧")]
    [InlineData("买的电热水壶漏电商家不给退，能投诉吗")]
    [InlineData("洗衣机排水管有点麻烦，水排得很慢，能约个师傅吗")]
    [InlineData("配电房上个月冒烟那次后来查出来是什么原因")]
    [InlineData("Is it true people jump off the roof in that movie?")]
    public void What_only_sounds_like_electricity_touched_wet_raises_no_emergency_by_a_cue(string text)
    {
        var prediction = TrainedClassifier.Classify(text);
        Assert.False(prediction.Intent == IntentCode.Emergency && prediction.Cue is not null, $"raised by the cue '{prediction.Cue}'");
    }

    [Theory]
    [InlineData("厨房插座刚才冒了一下火花，我已经把总闸关了，想约个电工明天来检查一下线路")]
    [InlineData("充电器插头烧黑了一块，我及时拔了，麻烦找个师傅来看看是不是插座的问题")]
    public void Electrical_danger_made_safe_and_asked_to_be_checked_is_a_repair_to_book(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Theory]
    [InlineData("厨房插座刚才冒了一下火花，我把总闸关了，但是还有焦味，你们赶紧来看看")]
    [InlineData("我老公刚才被插座电到了，手还在发抖，我已经把电闸拉了，赶紧派人来看看")]
    public void Electrical_danger_still_going_on_or_that_hurt_someone_stays_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("上周停水停了一整天，一点通知都没有，家里老人孩子连饭都做不了，你们物业到底怎么管的？我要投诉，要求给个说法")]
    public void A_complaint_lodged_in_so_many_words_is_a_complaint(string text) =>
        Assert.StartsWith("complaint.", TrainedClassifier.Classify(text).Intent, StringComparison.Ordinal);

    [Theory]
    [InlineData("我要投诉物业的话应该找哪个部门？")]
    public void Asking_whom_to_complain_to_is_no_complaint(string text) =>
        Assert.DoesNotContain("complaint.", TrainedClassifier.Classify(text).Intent, StringComparison.Ordinal);
}
