using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 84's missed emergencies, in sentences of our own: violence by a neighbour happening now — a child or a wife still
/// being beaten, broken glass or a bottle waved at people, a slap just taken from someone still blocking the door, fuel
/// poured out with a lighter in hand, bottles thrown at people below — and what only sounds like it.
/// </summary>
public sealed class RoundEightyFourCueTests
{
    [Theory]
    [InlineData("对门那个男的又在打他老婆，女的一直在喊，你们快派人上来")]
    [InlineData("楼上还在打小孩，打了快半个小时了，孩子嗓子都哭哑了")]
    [InlineData("隔壁的拿着一块碎玻璃在楼道里乱挥，说谁出来就划谁")]
    [InlineData("有个喝醉的拿着酒瓶在大堂里比划，老人孩子都不敢进")]
    [InlineData("我刚在电梯口被楼下那个男的扇了一耳光，他现在还堵在电梯口不让我走")]
    [InlineData("3楼那个人在自己门口泼了好多汽油，手里拿着打火机，说要跟大家同归于尽")]
    [InlineData("那个人扬言要放火，现在就在楼道里转悠")]
    [InlineData("楼上又在对着下面扔啤酒瓶，刚才差点砸到一个小孩")]
    [InlineData("5楼那家又往楼下扔东西了，一个花盆摔碎在门口，楼下还有好几个人在乘凉")]
    public void Violence_by_a_neighbour_happening_now_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("我一直在打他电话，一直没人接")]
    [InlineData("儿子又在打游戏，声音开得老大")]
    [InlineData("昨天晚上楼上还在打孩子，今天总算安静了")]
    [InlineData("电视剧里那个男的拿着酒瓶到处比划，看得我好紧张")]
    [InlineData("汽油又涨价了，加满一箱要三百多")]
    [InlineData("楼上老是往楼下扔烟头，烦死了")]
    [InlineData("楼上孩子往下扔了个纸飞机，掉在我家雨棚上，没砸到人")]
    [InlineData("那个人老说要放火烧了他家，这种情况能找谁管管")]
    public void What_only_sounds_like_violence_now_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
