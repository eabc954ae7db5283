namespace ConciergeBot.Tests.Dialogs.Handbook;

public sealed class HandbookAnswererTests(HandbookAnswererFixture fixture) : IClassFixture<HandbookAnswererFixture>
{
    // Questions written for these tests (not the evaluation set) with a fact the answer must contain.
    [Theory]
    [InlineData("3栋1202一年物业费加电梯费多少", "4,838.40")]
    [InlineData("3栋2单元1202每个月物业费多少", "358.40")]
    [InlineData("9栋102半年物业费多少", "3,168")]
    [InlineData("128平米的高层一个季度物业费和电梯费", "1,209.60")]
    [InlineData("100平方的洋房一年物业费", "3,840")]
    [InlineData("S110一年物业费", "4,680")]
    [InlineData("S110全年一次性在1月底前交清打折后多少", "4,446")]
    [InlineData("1栋2单元0304 一年的电梯费", "441")]
    [InlineData("5栋2单元1803空置房每月物业费", "250.88")]
    [InlineData("三栋一单元一二零二，一年物业费多少", "4,300.80")]
    [InlineData("欠物业费2000元 逾期15天 滞纳金多少", "9 元")]
    [InlineData("拖了1200物业费没交，晚了10天滞纳金多少", "3.60 元")]
    [InlineData("访客停了3个小时要交多少停车费", "10 元")]
    [InlineData("外面的车停4小时收多少", "15 元")]
    [InlineData("电瓶车充一晚上10小时要几钱", "3 元")]
    [InlineData("我登记过的访客车停了5个小时多少钱", "15 元")]
    [InlineData("2栋0803装修垃圾清运费多少", "640")]
    [InlineData("120平米装修垃圾清运费多少", "600")]
    [InlineData("电动车充电8小时多少钱", "2 元")]
    [InlineData("车位租半年多少钱", "1,800")]
    [InlineData("产权车位一年管理费多少", "960")]
    public void Fee_is_computed_with_its_working(string question, string expected)
    {
        var answer = fixture.Answerer.Answer(question);

        Assert.True(answer.Known);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains("依据《收费标准》（2026-01-01起执行）", answer.Text, StringComparison.Ordinal);
    }

    // Questions in English an owner asks in chat, with the fact the answer must carry.
    [Theory]
    [InlineData("Do I get a discount if I settle the full year all at once?", "5%")]
    [InlineData("any discounts for paying in one go?", "5%")]
    [InlineData("what's the gas company's number again?", "96777")]
    [InlineData("who do I ring at night, what number should I call?", "0755-2688 6600")]
    public void English_questions_are_answered_from_the_handbook(string question, string expected)
    {
        var answer = fixture.Answerer.Answer(question);

        Assert.True(answer.Known);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    // A car "停进来" and money asked as "收钱": the parking charges, with the visitor's daily cap.
    [Theory]
    [InlineData("朋友开车过来，车停进来要收钱吗？")]
    [InlineData("我岳父岳母开车来，车停小区里要收费吗")]
    public void A_car_parked_in_the_estate_and_money_asked_in_other_words_gets_the_parking_charges(string question)
    {
        var answer = fixture.Answerer.Answer(question);

        Assert.True(answer.Known);
        Assert.Contains("40元", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Room_fee_answer_shows_price_times_area_times_months()
    {
        var answer = fixture.Answerer.Answer("3栋1202一年物业费加电梯费多少");

        Assert.Contains("2.80 元/㎡·月 × 128 ㎡ × 12 个月 = 4,300.80 元", answer.Text, StringComparison.Ordinal);
        Assert.Contains("0.35 元/㎡·月 × 128 ㎡ × 12 个月 = 537.60 元", answer.Text, StringComparison.Ordinal);
        Assert.Equal("fee.property", answer.SourceId);
        Assert.Equal(new DateOnly(2026, 1, 1), answer.EffectiveDate);
    }

    [Fact]
    public void Garden_flat_pays_no_lift_fee() =>
        Assert.Contains("洋房不收电梯运行费", fixture.Answerer.Answer("7栋101电梯费多少").Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("9栋0602多大", "165㎡")]
    [InlineData("S101面积多少", "60㎡")]
    [InlineData("王磊管哪几栋", "3–4栋")]
    [InlineData("5栋的管家是谁", "陈晓")]
    [InlineData("8号楼管家电话", "8104")]
    [InlineData("张工是谁", "维修")]
    [InlineData("孙强是做什么的", "管理中心经理")]
    public void Register_and_roster_answer_who_and_how_big(string question, string expected) =>
        Assert.Contains(expected, fixture.Answerer.Answer(question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("電梯困人怎麼辦", "10分鐘")]
    [InlineData("物業費可以用支付寶交嗎", "支付寶")]
    public void Traditional_question_is_answered_in_traditional(string question, string expected)
    {
        var answer = fixture.Answerer.Answer(question);

        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains("依據", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handbook_answer_cites_source_and_effective_date()
    {
        var answer = fixture.Answerer.Answer("晚上几点以后不能吵");

        Assert.Equal("rule.quiet-hours", answer.SourceId);
        Assert.Equal("管理规约·休息时间（安静时段）", answer.SourceTitle);
        Assert.StartsWith("每天22:00至次日7:00、12:00–14:00是休息时间", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("依据《管理规约》（2026-01-01起执行）", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("小区附近有地铁站吗")]
    [InlineData("帮我推荐一部电影")]
    [InlineData("%%%###")]
    [InlineData("")]
    public void Unknown_question_promises_a_person_within_30_minutes(string question)
    {
        var answer = fixture.Answerer.Answer(question);

        Assert.False(answer.Known);
        Assert.Contains("30 分钟内", answer.Text, StringComparison.Ordinal);
        Assert.Contains("0755-2688 6600", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("不知道", answer.Text, StringComparison.Ordinal);
    }
}
