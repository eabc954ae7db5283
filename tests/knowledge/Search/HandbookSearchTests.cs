namespace ConciergeBot.Tests.Knowledge.Search;

public class HandbookSearchTests
{
    // Colloquial questions written for these tests (not the evaluation set), with the entry that answers them.
    [Theory]
    [InlineData("物管费怎么算的", "fee.property")]
    [InlineData("管理费一平米多少钱", "fee.property")]
    [InlineData("停车位包年多少钱", "fee.parking.rent")]
    [InlineData("车位管理费一个月多少", "fee.parking.owned")]
    [InlineData("小孩游乐区可以遛狗吗", "rule.pets")]
    [InlineData("狗绳多长", "rule.pets")]
    [InlineData("带狗坐电梯要注意什么", "rule.pets.lift")]
    [InlineData("晚上几点以后不能吵", "rule.quiet-hours")]
    [InlineData("电梯里困住了怎么办", "safety.lift")]
    [InlineData("燃气味很重怎么办", "safety.gas")]
    [InlineData("家里漏水了怎么办", "safety.flood")]
    [InlineData("快递柜放不下的大件去哪拿", "rule.parcels")]
    [InlineData("搬家要提前登记吗", "rule.moving")]
    [InlineData("物业办公室在哪", "contact.service-centre")]
    [InlineData("马桶堵了多久能来人", "sla.repair.urgent")]
    [InlineData("投诉保安态度不好多久给答复", "sla.complaint.staff")]
    [InlineData("楼上装修太吵了你们多久来处理", "sla.complaint.neighbor")]
    [InlineData("路灯坏了多久修", "sla.public.general")]
    [InlineData("公摊电费在哪里看", "fee.utilities.shared")]
    [InlineData("发票怎么开", "fee.invoice")]
    [InlineData("支付宝能交物业费吗", "fee.payment")]
    [InlineData("装修押金什么时候退", "fee.renovation.deposit")]
    [InlineData("可以叫管家帮忙订餐吗", "service.concierge")]
    [InlineData("维修师傅有哪几位", "contact.technicians")]
    [InlineData("交房后没住能少交吗", "fee.vacancy")]
    [InlineData("物业费最晚什么时候交", "fee.billing")]
    [InlineData("停水前会通知吗", "rule.outage-notice")]
    [InlineData("换水龙头收费吗", "fee.repair.paid")]
    [InlineData("电动车在哪充电", "fee.ebike")]
    [InlineData("访客码怎么弄", "rule.visitors")]
    [InlineData("垃圾费怎么收", "fee.household-waste")]
    [InlineData("小区有几栋楼", "estate.overview")]
    [InlineData("宽带怎么装", "service.external")]
    [InlineData("逾期一天罚多少", "fee.late")]
    public void Colloquial_question_finds_its_entry(string question, string expectedId)
    {
        var result = KnowledgeFiles.Search.Search(question);

        Assert.True(result.Known, $"score {result.Score} below threshold for '{question}'");
        Assert.Equal(expectedId, result.Best?.Id);
    }

    [Theory]
    [InlineData("物管费一平米多少")]
    [InlineData("管理费一平米多少")]
    [InlineData("物业服务费一平米多少")]
    public void Synonyms_of_the_property_fee_meet_on_one_entry(string question) =>
        Assert.Equal("fee.property", KnowledgeFiles.Search.Search(question).Best?.Id);

    [Fact]
    public void Owned_space_management_fee_is_not_mistaken_for_the_property_fee() =>
        Assert.Equal("fee.parking.owned", KnowledgeFiles.Search.Search("产权车位管理费多少").Best?.Id);

    [Theory]
    [InlineData("今天天气怎么样")]
    [InlineData("附近有什么好吃的")]
    [InlineData("股票怎么买")]
    [InlineData("我想学英语")]
    [InlineData("")]
    [InlineData("？？？")]
    public void Unrelated_question_is_dont_know(string question) => Assert.False(KnowledgeFiles.Search.Search(question).Known);

    [Fact]
    public void Every_entry_is_found_by_its_own_title()
    {
        var misses = KnowledgeFiles.Handbook.Entries
            .Where(e => KnowledgeFiles.Search.Search(e.Title).Best?.Id != e.Id)
            .Select(e => $"{e.Id} ('{e.Title}' → {KnowledgeFiles.Search.Search(e.Title).Best?.Id})")
            .ToList();

        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    [Fact]
    public void Search_is_safe_from_many_threads()
    {
        var questions = new[] { "物业费多少", "电梯困人", "装修时间", "快递放几天" };
        var ids = questions.Select(q => KnowledgeFiles.Search.Search(q).Best?.Id).ToArray();

        Parallel.For(0, 400, i =>
            Assert.Equal(ids[i % 4], KnowledgeFiles.Search.Search(questions[i % 4]).Best?.Id));
    }
}
