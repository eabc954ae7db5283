using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-41 tuning added, from rubbish and cleaning, smart homes and broadband, and welfare worries:
/// harm from chemicals, poisons and machines told without alarm words (a poison swallowed in a 把 sentence, a chemical
/// in an eye, fumes leaving people breathless or several sick, lips gone blue, a hand pulled into a machine, smoke rising
/// out of a shaft, a scream for help in English); home broadband and cable TV are the carriers'; a neighbour's nuisance
/// told again is a new complaint, not a status question; and, as context, disasters asked about as house-buying or
/// general knowledge report nothing. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundFortyOneCueTests
{
    [Theory]
    [InlineData("我家老二把洗衣凝珠咬破吃了")]
    [InlineData("老公修水管的时候除垢剂崩到眼睛里了，一直在流泪")]
    [InlineData("物业在地库喷了杀虫的药，好几个人都在吐了")]
    [InlineData("奶奶坐在椅子上喘得厉害，嘴唇发青了")]
    [InlineData("电动卷帘门把那个小孩的衣服卷进去了")]
    [InlineData("3栋的管道井里一直往外冒黑烟")]
    [InlineData("a woman is screaming for help next door in 6-2-1101")]
    public void Harm_now_told_without_alarm_words_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("地震的时候应该躲桌子下面还是往外跑")]
    [InlineData("火灾逃生正确的做法有哪些")]
    [InlineData("泡过水的车还能开吗，泡过水的房子还能住吗")]
    [InlineData("朋友买的二手房卫生间漏水，卖家隐瞒了，能追责吗")]
    [InlineData("is it safe to buy a flat in a flood zone")]
    public void Disasters_asked_about_as_knowledge_are_no_fast_class(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Theory]
    [InlineData("家里的宽带又断了，光猫红灯一直闪")]
    [InlineData("我们楼是不是断网了，路由器没信号")]
    [InlineData("有线电视没信号了，这个归你们管吗")]
    public void Home_broadband_and_cable_tv_are_the_carriers(string text) =>
        Assert.Equal(IntentCode.InquiryExternal, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_neighbours_nuisance_told_again_is_a_new_complaint_not_a_status_question() =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify("又是楼上！昨晚一点多还在拖桌子，我都投诉好几次了到底有没有人管").Intent);

    [Fact]
    public void The_earlier_complaint_asked_after_stays_a_status_question() =>
        Assert.Equal(IntentCode.TicketStatus, TrainedClassifier.Classify("上次投诉楼上天天拖桌子的那件事，有结果了吗").Intent);
}
