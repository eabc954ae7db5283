using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-28 tuning added (a set written wholly in English): someone armed among people, bottled gas,
/// several people in a stopped lift, water onto live sockets, glass coming down where people walk, someone climbing in;
/// terse urgent faults; and alarm words that report nothing now (a "what should I do if", a smell gone now, a drill, a
/// joke, a heart attack at a bill, cigarette smoke, a missing extinguisher, plant noise that is "not urgent"). Also a
/// person at a roof's edge, a Cantonese lift with people inside and fire emoji beside a building. None of these
/// sentences is an evaluation message.
/// </summary>
public sealed class RoundTwentyEightCueTests
{
    [Theory]
    [InlineData("a drunk guy with a knife is yelling at people by the south gate now")]
    [InlineData("strong smell of LPG in my shop S112 kitchen")]
    [InlineData("lift stuck at 12F with 4 of us inside, kids crying")]
    [InlineData("water is pouring onto the power strip behind the tv and it's still plugged in")]
    [InlineData("glass pieces from the 20F window are falling onto the walkway where kids walk")]
    [InlineData("someone is climbing into the balcony of 702 in 3栋, owners are away")]
    [InlineData("天台边上坐着一个人，看着情绪不太对")]
    [InlineData("架lift停咗喺半路，我哋三个人喺入面出唔到")]
    [InlineData("🔥🔥🔥 5栋2单元")]
    public void Danger_now_in_english_at_an_edge_in_a_cantonese_lift_or_in_fire_emoji_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我家狗把邻居小孩手抓破了，一直在流血")]
    [InlineData("奶奶在厕所摔倒了，叫她也不应")]
    [InlineData("3栋外墙的瓷砖在往下掉，下面就是小区大门，好多人进出")]
    [InlineData("我屋企煤气味好重啊 6栋1203")]
    [InlineData("烟感一直在响，我不在家，4栋1单元902")]
    [InlineData("厨房有一股没气味道 是不是漏了")]
    [InlineData("厨房里有股味，说不上来是啥，开了窗也没散，反而越来越冲")]
    [InlineData("my 3yo locked himself inside the bathroom and isn't answering")]
    [InlineData("Grandpa slipped in the kitchen and can't get up, 5栋2单元1101")]
    [InlineData("help fire")]
    public void Bleeding_that_goes_on_a_fall_with_no_answer_tiles_over_people_and_smells_that_grow_are_emergencies(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("wo bei suo zai men wai le, 钥匙丢了，想叫个师傅来开下门")]
    [InlineData("locked myself out, lost my keys, can someone open the door")]
    public void An_adult_locked_out_is_a_simple_repair(string text) =>
        Assert.Equal(IntentCode.RepairSimple, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("no power", IntentCode.RepairUrgent)]
    [InlineData("toilet choked and overflowing", IntentCode.RepairUrgent)]
    [InlineData("sewage coming up in the B1 car park", IntentCode.PublicUrgent)]
    [InlineData("tree branch cracked hanging over the footpath by the school bus stop", IntentCode.PublicUrgent)]
    [InlineData("upstairs again bang bang bang at 1am", IntentCode.ComplaintNeighbor)]
    public void Terse_urgent_faults_in_english_keep_their_clock(string text, string intent) =>
        Assert.Equal(intent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("what should I do if my kid gets locked in the bathroom?")]
    [InlineData("yesterday there was a burning smell in the lobby, it's gone now, what was that?")]
    [InlineData("Is there a fire drill this afternoon? heard the alarm")]
    [InlineData("our kitchen's on fire lol jk, just burnt the rice")]
    [InlineData("I almost had a heart attack when I saw the water bill")]
    [InlineData("cigarette smoke from downstairs comes up through our window every night")]
    [InlineData("the fire extinguisher by the 7F lift is missing")]
    public void Alarm_words_that_report_no_danger_now_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void Plant_noise_the_owner_calls_not_urgent_waits() =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify("the water pump room hums a bit in the mornings, not urgent, pls check sometime").Intent));
}
