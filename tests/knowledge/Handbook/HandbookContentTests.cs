using ConciergeBot.Knowledge;
using ConciergeBot.Knowledge.Handbook;

namespace ConciergeBot.Tests.Knowledge.Handbook;

public class HandbookContentTests
{
    // Each fact of the sample estate (shared/domain/sample-estate.md) and the service standard's deadlines,
    // as it must be written somewhere in the handbook, with the entry that must hold it.
    [Theory]
    [InlineData("estate.overview", "翠湖物业服务有限公司")]
    [InlineData("estate.overview", "32层")]
    [InlineData("estate.overview", "S101–S120")]
    [InlineData("estate.areas", "02户128㎡")]
    [InlineData("estate.areas", "04户105㎡")]
    [InlineData("estate.areas", "02户165㎡")]
    [InlineData("estate.areas", "商铺每间60㎡")]
    [InlineData("contact.service-centre", "2栋一楼大堂旁边")]
    [InlineData("contact.service-centre", "8:30–18:00")]
    [InlineData("contact.hotline", "0755-2688 6600")]
    [InlineData("contact.hotline", "24小时受理")]
    [InlineData("contact.assistants", "3–4栋 王磊（分机8102）")]
    [InlineData("contact.assistants", "7–9栋和商铺 赵敏（分机8104）")]
    [InlineData("contact.management", "客服主管是周华")]
    [InlineData("contact.management", "管理中心经理是孙强")]
    [InlineData("contact.technicians", "刘工和张工")]
    [InlineData("fee.property", "洋房3.20元/㎡·月")]
    [InlineData("fee.property", "商铺6.50元/㎡·月")]
    [InlineData("fee.lift", "0.35元/㎡·月")]
    [InlineData("fee.lift", "4,838.40元")]
    [InlineData("fee.utilities.shared", "10日前")]
    [InlineData("fee.household-waste", "每户每月3元")]
    [InlineData("fee.parking.rent", "3,300元")]
    [InlineData("fee.parking.owned", "80元")]
    [InlineData("fee.parking.visitor", "每24小时最多收40元")]
    [InlineData("fee.parking.visitor", "免费停2小时")]
    [InlineData("fee.ebike", "每4小时1元")]
    [InlineData("fee.ebike", "3栋和8栋")]
    [InlineData("fee.renovation.deposit", "15个工作日")]
    [InlineData("fee.renovation.waste", "5元/㎡")]
    [InlineData("fee.repair.paid", "换锁芯50元")]
    [InlineData("fee.repair.paid", "疏通马桶50元")]
    [InlineData("fee.billing", "4月15日")]
    [InlineData("fee.discount.annual", "1月31日前")]
    [InlineData("fee.discount.annual", "电梯运行费、停车费和水电费不参与打折")]
    [InlineData("fee.vacancy", "70%")]
    [InlineData("fee.late", "日万分之三")]
    [InlineData("fee.no-cutoff", "第944条")]
    [InlineData("fee.payment", "工商银行代扣")]
    [InlineData("fee.payment", "不收现金")]
    [InlineData("fee.invoice", "3个工作日内")]
    [InlineData("rule.renovation.apply", "提前3个工作日")]
    [InlineData("rule.renovation.apply", "营业执照")]
    [InlineData("rule.renovation.hours", "周一至周五8:00–12:00、14:00–18:00")]
    [InlineData("rule.renovation.hours", "9:00–12:00、14:00–17:00")]
    [InlineData("rule.renovation.duration", "90天")]
    [InlineData("rule.renovation.waste", "负一层（B1）东侧")]
    [InlineData("rule.quiet-hours", "22:00至次日7:00、12:00–14:00")]
    [InlineData("rule.pets", "1.5米")]
    [InlineData("rule.pets", "儿童游乐场禁止带狗")]
    [InlineData("rule.pets.lift", "避开上下班高峰")]
    [InlineData("rule.moving", "放行条")]
    [InlineData("rule.moving", "8:00–20:00")]
    [InlineData("rule.visitors", "有效期24小时")]
    [InlineData("rule.parcels", "7天")]
    [InlineData("rule.outage-notice", "提前24小时")]
    [InlineData("safety.fire", "119")]
    [InlineData("safety.fire", "不要乘电梯")]
    [InlineData("safety.gas", "96777")]
    [InlineData("safety.gas", "关闭燃气阀门")]
    [InlineData("safety.lift", "不要强行扒门")]
    [InlineData("safety.lift", "10分钟内")]
    [InlineData("service.concierge", "30分钟内")]
    [InlineData("service.complaints", "3天内回访")]
    [InlineData("sla.repair.urgent", "10分钟内到场")]
    [InlineData("sla.repair.simple", "半天（4小时）")]
    [InlineData("sla.repair.general", "7个工作日")]
    [InlineData("sla.public.urgent", "10分钟内到场")]
    [InlineData("sla.public.general", "3个工作日")]
    [InlineData("sla.complaint.neighbor", "15分钟内")]
    [InlineData("sla.complaint.staff", "2天内")]
    [InlineData("sla.complaint.other", "8小时内")]
    [InlineData("sla.inquiry", "30分钟内")]
    [InlineData("service.external", "2个工作日内")]
    [InlineData("service.satisfaction", "90%")]
    [InlineData("service.handbook", "3个工作日内更新")]
    public void Handbook_states_the_fact(string entryId, string fact)
    {
        var entry = KnowledgeFiles.Handbook.Find(entryId);

        Assert.NotNull(entry);
        Assert.Contains(fact, entry.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("safety.fire")]
    [InlineData("safety.gas")]
    [InlineData("safety.lift")]
    [InlineData("rule.quiet-hours")]
    [InlineData("rule.renovation.hours")]
    public void Ids_other_dialogs_rely_on_exist(string id) => Assert.NotNull(KnowledgeFiles.Handbook.Find(id));

    [Fact]
    public void Every_entry_has_keywords_an_effective_date_and_a_short_answer() =>
        Assert.All(KnowledgeFiles.Handbook.Entries, e =>
        {
            Assert.NotEmpty(e.Keywords);
            Assert.Equal(new DateOnly(2026, 1, 1), e.Effective);
            Assert.InRange(e.Summary.Length, 10, 160);
        });

    [Fact]
    public void Front_matter_is_parsed()
    {
        var entry = HandbookParser.Parse("x.md", """
            ---
            id: test.entry
            title: 测试条目
            source: 管理规约
            keywords: [甲, 乙，丙]
            effective: 2026-03-01
            reviewed: 2026-10-31
            ---
            第一段，简短回答。

            ## 小标题
            - 第二段的**要点**。
            """);

        Assert.Equal("test.entry", entry.Id);
        Assert.Equal("管理规约", entry.Source);
        Assert.Equal(["甲", "乙", "丙"], entry.Keywords);
        Assert.Equal(new DateOnly(2026, 3, 1), entry.Effective);
        Assert.Equal(["第一段，简短回答。", "小标题", "第二段的要点。"], entry.Paragraphs);
    }

    [Theory]
    [InlineData("no front matter", "must start with a front matter")]
    [InlineData("---\nid: a\ntitle: b\neffective: 2026-01-01\nreviewed: 2026-01-01\n", "not closed")]
    [InlineData("---\ntitle: b\neffective: 2026-01-01\nreviewed: 2026-01-01\n---\n正文", "lacks 'id'")]
    [InlineData("---\nid: a\ntitle: b\neffective: 2026-13-01\nreviewed: 2026-01-01\n---\n正文", "'effective' must be a date")]
    [InlineData("---\nid: a\ntitle: b\neffective: 2026-01-01\nreviewed: 2026-01-01\n---\n", "no text")]
    [InlineData("---\nid a\n---\n正文", "line 2")]
    public void Malformed_entry_is_rejected_naming_file_and_fault(string text, string fault)
    {
        var error = Assert.Throws<KnowledgeDataException>(() => HandbookParser.Parse("/tmp/bad.md", text));

        Assert.StartsWith("bad.md: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(fault, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Monthly_review_lists_entries_not_reviewed_for_a_month()
    {
        var entries = KnowledgeFiles.Handbook.Entries;
        var content = new HandbookContent([
            entries[0] with { Id = "a", Reviewed = new DateOnly(2026, 10, 21) },
            entries[1] with { Id = "b", Reviewed = new DateOnly(2026, 10, 22) },
            entries[2] with { Id = "c", Reviewed = new DateOnly(2026, 8, 1) },
        ]);

        Assert.Equal(["c", "a"], content.DueForReview(new DateOnly(2026, 11, 22)).Select(e => e.Id));
        Assert.Equal(["c"], content.DueForReview(new DateOnly(2026, 9, 2)).Select(e => e.Id));
    }
}
