using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>Behaviour of the classifier on the decision notes of the service standard and on messy input.</summary>
public sealed class IntentClassifierTests
{
    [Theory]
    [InlineData("配电房的噪音吵得整晚睡不着", IntentCode.PublicUrgent)]
    [InlineData("隔壁天天半夜开派对 吵得睡不着", IntentCode.ComplaintNeighbor)]
    [InlineData("楼上的水滴到我家客厅了 一直在滴", IntentCode.RepairUrgent)]
    [InlineData("卧室天花板有一块发黄的旧印子 一直是干的", IntentCode.RepairGeneral)]
    [InlineData("电梯卡住了 我儿子在里面", IntentCode.Emergency)]
    [InlineData("电梯坏了一台 另一台还能坐", IntentCode.PublicGeneral)]
    [InlineData("整栋楼都停电了", IntentCode.RepairUrgent)]
    [InlineData("物业费一平米多少", IntentCode.InquiryFee)]
    [InlineData("装修要提前几天申请", IntentCode.InquiryGeneral)]
    [InlineData("燃气开户去哪里办", IntentCode.InquiryExternal)]
    [InlineData("我报的维修什么时候来", IntentCode.TicketStatus)]
    [InlineData("換燈泡", IntentCode.RepairSimple)]
    [InlineData("在吗", IntentCode.Smalltalk)]
    [InlineData("馬桶堵了", IntentCode.RepairUrgent)]
    [InlineData("pls help book a cab tomorrow morning", IntentCode.ServiceConcierge)]
    [InlineData("後門個沙井冇咗蓋", IntentCode.PublicUrgent)]
    [InlineData("升降機壞咗，我阿爺落唔到樓", IntentCode.PublicUrgent)]
    public void Reads_the_hard_cases_of_the_service_standard(string text, string expected) =>
        Assert.Equal(expected, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("保安动手打了我", IntentCode.SeveritySerious)]
    [InlineData("这个管家我投诉过三次了 还是不回消息", IntentCode.SeveritySerious)]
    [InlineData("保安态度不太好", IntentCode.SeverityNormal)]
    public void Staff_complaints_carry_a_severity(string text, string severity)
    {
        var prediction = TrainedClassifier.Classify(text);
        Assert.Equal(IntentCode.ComplaintStaff, prediction.Intent);
        Assert.Equal(severity, prediction.Severity);
    }

    [Theory]
    [InlineData("楼道灯坏了")]
    [InlineData("地下车库B1有个井盖没了，车开过去很危险")]
    [InlineData("卫生间灯泡坏了，想换一个")]
    [InlineData("楼上装修电钻太吵了")]
    public void A_phone_number_beside_the_words_does_not_change_what_they_ask_for(string words) =>
        Assert.Equal(TrainedClassifier.Classify(words).Intent, TrainedClassifier.Classify($"{words}，我电话18923456789").Intent);

    [Fact]
    public void Only_staff_complaints_carry_a_severity() =>
        Assert.Null(TrainedClassifier.Classify("楼上装修太吵").Severity);

    [Fact]
    public void Two_requests_in_one_message_are_flagged_and_the_more_urgent_wins()
    {
        var prediction = TrainedClassifier.Classify("卫生间水管爆了 到处是水 另外想问下物业费怎么交");
        Assert.Equal(IntentCode.RepairUrgent, prediction.Intent);
        Assert.True(prediction.MultipleRequests);
        Assert.True(prediction.NeedsClarification);
    }

    [Fact]
    public void A_plain_request_is_not_flagged()
    {
        var prediction = TrainedClassifier.Classify("楼道灯坏了 麻烦派人修一下");
        Assert.Equal(IntentCode.PublicGeneral, prediction.Intent);
        Assert.False(prediction.MultipleRequests);
        Assert.False(prediction.NeedsClarification);
        Assert.InRange(prediction.Confidence, 0.45, 1.0);
        Assert.NotEqual(prediction.Intent, prediction.RunnerUp);
    }

    [Theory]
    [InlineData("呃 我想问个事")]
    [InlineData("你好，有个问题想咨询")]
    [InlineData("我要投诉")]
    public void An_opener_with_nothing_asked_yet_is_about_the_estate_and_asks_which_request(string text)
    {
        var prediction = TrainedClassifier.Classify(text);
        Assert.False(prediction.OutOfDomain);
        Assert.True(prediction.NeedsClarification, $"{prediction.Intent} {prediction.Confidence:F2}");
        Assert.False(IntentCode.IsTimeCritical(prediction.Intent));
    }

    [Fact]
    public void Gibberish_asks_for_clarification_or_is_small_talk_never_a_request()
    {
        var prediction = TrainedClassifier.Classify("qwzx 啊吧啊吧 7788");
        Assert.True(prediction.NeedsClarification || prediction.Intent == IntentCode.Smalltalk, $"{prediction.Intent} {prediction.Confidence:F2}");
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var corpus = IntentCorpus.Load();
        static string Same(string s) => s;
        var a = IntentClassifier.Train(corpus, Same);
        var b = IntentClassifier.Train(corpus, Same);
        foreach (var text in new[] { "楼上漏水", "物业费多少", "保安骂人", "在吗" })
        {
            Assert.Equal(a.Classify(text), b.Classify(text));
        }
    }

    [Fact]
    public void Every_intent_code_has_corpus_messages()
    {
        var counts = IntentCorpus.Load().GroupBy(m => m.Intent).ToDictionary(g => g.Key, g => g.Count());
        foreach (var code in IntentCode.All)
        {
            Assert.True(counts.GetValueOrDefault(code) >= 500, $"{code}: {counts.GetValueOrDefault(code)} messages");
        }
    }
}
