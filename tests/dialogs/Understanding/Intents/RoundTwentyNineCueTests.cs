using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-29 tuning added: Cantonese bleeding "流緊血" and a child called 细路, a burning smell told in
/// English, a tap that gives only air, mahjong at midnight, a pet's mess in the lift from a known household, a drip from
/// the air-conditioner upstairs onto the washing (a neighbour's, not standing water). None of these sentences is an
/// evaluation message.
/// </summary>
public sealed class RoundTwentyNineCueTests
{
    [Theory]
    [InlineData("隔籬嗰隻狗咬咗個細路，腳度流緊血")]
    [InlineData("Hi, there's a burning smell coming from the meter room on 8F, 2栋")]
    [InlineData("smells like something is burning in the stairwell of 6栋")]
    public void Bleeding_now_in_cantonese_and_a_burning_smell_in_english_are_emergencies(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("厨房水龙头打开只出气不出水", IntentCode.RepairUrgent)]
    [InlineData("凌晨一点了隔壁还在搓麻将，哗啦哗啦的", IntentCode.ComplaintNeighbor)]
    [InlineData("楼道里又有狗屎，就是12楼那只金毛的", IntentCode.ComplaintNeighbor)]
    [InlineData("阳台晒的被子全是水，楼上空调外机一直在滴", IntentCode.ComplaintNeighbor)]
    public void Quick_reports_of_faults_and_nuisances_keep_their_clock(string text, string intent) =>
        Assert.Equal(intent, TrainedClassifier.Classify(text).Intent);
}
