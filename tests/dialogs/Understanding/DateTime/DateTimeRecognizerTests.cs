using ConciergeBot.Dialogs.Understanding.Entities.Temporal;

namespace ConciergeBot.Tests.Dialogs.Understanding.Temporal;

public class DateTimeRecognizerTests
{
    // Sunday 22 November 2026, 10:00 in Shanghai.
    private const string Sunday = "2026-11-22T10:00:00+08:00";

    private static string Run(string text, string now = Sunday) =>
        string.Join(" | ", new DateTimeRecognizer().Recognize(text, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => $"{e.Type}={e.Value}"));

    [Theory]
    [InlineData("今天能来吗", "date=2026-11-22")]
    [InlineData("明天有人在家", "date=2026-11-23")]
    [InlineData("后天过来", "date=2026-11-24")]
    [InlineData("大后天吧", "date=2026-11-25")]
    [InlineData("昨天报修的", "date=2026-11-21")]
    [InlineData("前天就坏了", "date=2026-11-20")]
    [InlineData("明早过来看看", "date=2026-11-23")]
    [InlineData("明晚在家", "date=2026-11-23")]
    [InlineData("明天下午有空", "date=2026-11-23")]
    [InlineData("今天晚上能修吗", "date=2026-11-22")]
    public void RelativeDays(string text, string expected) => Assert.Equal(expected, Run(text));

    [Theory]
    [InlineData("下周三过来", "date=2026-11-25")]
    [InlineData("这周五", "date=2026-11-20")]
    [InlineData("周五能来吗", "date=2026-11-27")]
    [InlineData("星期天可以", "date=2026-11-22")]
    [InlineData("礼拜天", "date=2026-11-22")]
    [InlineData("礼拜一上午", "date=2026-11-23")]
    [InlineData("下下周二", "date=2026-12-01")]
    [InlineData("上周四来过", "date=2026-11-12")]
    [InlineData("周末能来吗", "date=2026-11-22")]
    [InlineData("下周末", "date=2026-11-28")]
    public void Weeks(string text, string expected) => Assert.Equal(expected, Run(text));

    [Fact]
    public void BareWeekdayAfterAResolvedDayStaysInItsWeek()
    {
        const string wednesday = "2026-12-09T11:20:00+08:00";
        Assert.Equal("date=2026-12-14 | date=2026-12-16", Run("下周一到周三", wednesday));
        Assert.Equal("date=2026-12-15 | date=2026-12-16", Run("下周二或周三", wednesday));
        Assert.Equal("date=2026-12-10 | date=2026-12-11", Run("明天到周五", wednesday));
    }

    [Fact]
    public void WeekdaysResolveFromMidWeek()
    {
        const string wednesday = "2026-12-09T11:20:00+08:00";
        Assert.Equal("date=2026-12-11", Run("周五下午师傅能来吗", wednesday));
        Assert.Equal("date=2026-12-09", Run("周三", wednesday));
        Assert.Equal("date=2026-12-14", Run("周一", wednesday));
        Assert.Equal("date=2026-12-16", Run("下周三", wednesday));
        Assert.Equal("date=2026-12-12", Run("这周末", wednesday));
    }

    [Theory]
    [InlineData("3月5号要搬家", "date=2027-03-05")]
    [InlineData("3月5日", "date=2027-03-05")]
    [InlineData("12号来", "date=2026-12-12")]
    [InlineData("25号来", "date=2026-11-25")]
    [InlineData("下个月5号", "date=2026-12-05")]
    [InlineData("2026年12月1日", "date=2026-12-01")]
    [InlineData("12-01", "date=2026-12-01")]
    [InlineData("12/1之前", "date=2026-12-01")]
    [InlineData("十二月一号", "date=2026-12-01")]
    [InlineData("元月2号", "date=2027-01-02")]
    [InlineData("11月22号", "date=2026-11-22")]
    [InlineData("11月21号", "date=2027-11-21")]
    [InlineData("2027-01-05", "date=2027-01-05")]
    public void CalendarDates(string text, string expected) => Assert.Equal(expected, Run(text));

    [Theory]
    [InlineData("下午三点", "time=15:00")]
    [InlineData("晚上8点", "time=20:00")]
    [InlineData("凌晨2点", "time=02:00")]
    [InlineData("早上7点", "time=07:00")]
    [InlineData("中午12点", "time=12:00")]
    [InlineData("中午1点", "time=13:00")]
    [InlineData("傍晚6点", "time=18:00")]
    [InlineData("半夜12点还在吵", "time=00:00")]
    [InlineData("三点半", "time=15:30")]
    [InlineData("十点一刻", "time=10:15")]
    [InlineData("三点三刻", "time=15:45")]
    [InlineData("7点40", "time=07:40")]
    [InlineData("15:30", "time=15:30")]
    [InlineData("15点30分", "time=15:30")]
    [InlineData("九点二十", "time=09:20")]
    [InlineData("八点零五分", "time=08:05")]
    [InlineData("十二点整", "time=12:00")]
    [InlineData("12点半了还在敲", "time=12:30")]
    public void ClockTimes(string text, string expected) => Assert.Equal(expected, Run(text));

    [Theory]
    [InlineData("明天下午三点有人在家", "datetime=2026-11-23T15:00")]
    [InlineData("后天晚上8点", "datetime=2026-11-24T20:00")]
    [InlineData("今晚七点半之前", "datetime=2026-11-22T19:30")]
    [InlineData("周五晚上七点", "datetime=2026-11-27T19:00")]
    [InlineData("下周三中午12点", "datetime=2026-11-25T12:00")]
    [InlineData("3月5号上午10点", "datetime=2027-03-05T10:00")]
    [InlineData("明天 下午 3点", "datetime=2026-11-23T15:00")]
    [InlineData("今晚12点", "datetime=2026-11-23T00:00")]
    [InlineData("明天2点", "datetime=2026-11-23T14:00")]
    [InlineData("明天9点", "datetime=2026-11-23T09:00")]
    public void DayWithClock(string text, string expected) => Assert.Equal(expected, Run(text));

    [Theory]
    [InlineData("10点到12点", "time=10:00 | time=12:00")]
    [InlineData("下午2-4点", "time=14:00 | time=16:00")]
    [InlineData("下午三点到五点家里有人", "time=15:00 | time=17:00")]
    [InlineData("早上7点到8点之间", "time=07:00 | time=08:00")]
    [InlineData("明天上午9点到11点", "datetime=2026-11-23T09:00 | datetime=2026-11-23T11:00")]
    [InlineData("12月3号到12月5号", "date=2026-12-03 | date=2026-12-05")]
    [InlineData("12月3号到5号", "date=2026-12-03 | date=2026-12-05")]
    [InlineData("周一到周五", "date=2026-11-23 | date=2026-11-27")]
    public void Ranges(string text, string expected) => Assert.Equal(expected, Run(text));

    [Theory]
    [InlineData("两个小时", "duration=PT2H")]
    [InlineData("半小时", "duration=PT30M")]
    [InlineData("半个钟头", "duration=PT30M")]
    [InlineData("一个半小时", "duration=PT1H30M")]
    [InlineData("3天", "duration=P3D")]
    [InlineData("一周", "duration=P1W")]
    [InlineData("两个星期", "duration=P2W")]
    [InlineData("20分钟", "duration=PT20M")]
    [InlineData("两个多小时", "duration=PT2H")]
    [InlineData("三个月", "duration=P3M")]
    [InlineData("半年", "duration=P6M")]
    [InlineData("三年半", "duration=P3Y6M")]
    [InlineData("1.5小时", "duration=PT1H30M")]
    [InlineData("24小时", "duration=PT24H")]
    [InlineData("1小时20分钟", "duration=PT1H20M")]
    [InlineData("十多天", "duration=P10D")]
    public void Durations(string text, string expected) => Assert.Equal(expected, Run(text));

    [Theory]
    [InlineData("元旦那天开门吗", "2026-12-31T16:00:00+08:00", "date=2027-01-01")]
    [InlineData("国庆放假吗", Sunday, "date=2027-10-01")]
    [InlineData("春节前能修好吗", Sunday, "date=2027-02-06")]
    [InlineData("中秋节", Sunday, "date=2027-09-15")]
    [InlineData("五一劳动节", Sunday, "date=2027-05-01")]
    public void Holidays(string text, string now, string expected) => Assert.Equal(expected, Run(text, now));

    [Theory]
    [InlineData("我家3栋1202漏水")]
    [InlineData("我住5-1-1801")]
    [InlineData("6-1-1203 没水了")]
    [InlineData("我家住28楼")]
    [InlineData("四个人被困")]
    [InlineData("快一点好吗")]
    [InlineData("声音小一点")]
    [InlineData("能不能早一点来")]
    [InlineData("有一点点漏水")]
    [InlineData("一点儿都不管用")]
    [InlineData("一会儿就到")]
    [InlineData("这个地点在哪")]
    [InlineData("师傅几点来")]
    [InlineData("八十九点五平的房子")]
    [InlineData("3点5万的装修款")]
    [InlineData("我有两点建议")]
    [InlineData("电话0755-26886600")]
    [InlineData("手机13812345678")]
    [InlineData("3号楼的电梯")]
    [InlineData("坐5号线过来")]
    [InlineData("收了200日元")]
    [InlineData("物业费4838.4元")]
    [InlineData("以后天天这样吗")]
    [InlineData("最近电梯老坏")]
    [InlineData("每天早上都吵")]
    [InlineData("今晚已经吵了")]
    [InlineData("一年级的小孩")]
    [InlineData("S101商铺")]
    [InlineData("第3天了")]
    [InlineData("三天两头停水")]
    [InlineData("一天到晚吵")]
    [InlineData("12-1-1203")]
    [InlineData("物业费的1/3")]
    [InlineData("周1次")]
    [InlineData("三四天了")]
    [InlineData("这两天有点忙")]
    [InlineData("周末愉快")]
    [InlineData("晚上七八点")]
    [InlineData("十几分钟")]
    [InlineData("今年的物业费")]
    [InlineData("上个月的水费")]
    [InlineData("谢谢 辛苦了")]
    [InlineData("现在马上过来")]
    public void NoFalsePositives(string text) => Assert.Equal(string.Empty, Run(text));

    [Theory]
    [InlineData("今晚九点以后", "datetime=2026-11-22T21:00")]
    [InlineData("2点之后再来", "time=14:00")]
    [InlineData("3号前交费", "date=2026-12-03")]
    [InlineData("从上周五开始一直没热水", "date=2026-11-13")]
    [InlineData("两小时后到", "duration=PT2H")]
    [InlineData("还剩5分钟", "duration=PT5M")]
    [InlineData("1502天天半夜十二点以后洗衣服", "time=00:00")]
    [InlineData("楼上周末一大早就在敲墙", "date=2026-11-22")]
    [InlineData("10:30-11:30", "time=10:30 | time=11:30")]
    [InlineData("服务时间8:30–18:00", "time=08:30 | time=18:00")]
    public void OpenRangesAndContext(string text, string expected) => Assert.Equal(expected, Run(text));

    [Fact]
    public void BareSmallHoursFollowTheNightAroundThem()
    {
        Assert.Equal("time=01:00", Run("隔壁半夜还在唱K 都一点了"));
        Assert.Equal("time=01:00", Run("都一点了还在吵", "2026-11-23T01:10:00+08:00"));
        Assert.Equal("time=13:30", Run("一点半来", "2026-11-23T10:10:00+08:00"));
        Assert.Equal("time=16:00", Run("下午说好的 都四点了"));
        Assert.Equal("time=09:00", Run("9点了师傅还没来"));
        Assert.Equal("time=23:00", Run("楼上都十一点了还在吵"));
        Assert.Equal("time=22:30", Run("楼上吹萨克斯 十点半了 天天这样"));
        Assert.Equal("time=22:30", Run("十点半了 天天这样", "2026-11-22T22:40:00+08:00"));
    }

    [Theory]
    [InlineData("3pm来修", "time=15:00")]
    [InlineData("明天10 am", "datetime=2026-11-23T10:00")]
    [InlineData("周6上午", "date=2026-11-28")]
    [InlineData("仨小时", "duration=PT3H")]
    [InlineData("俩小时", "duration=PT2H")]
    [InlineData("半个多小时", "duration=PT30M")]
    [InlineData("一整天没水", "duration=P1D")]
    [InlineData("3/5号", "date=2027-03-05")]
    [InlineData("11月30", "date=2026-11-30")]
    [InlineData("十来天", "duration=P10D")]
    [InlineData("二十来分钟", "duration=PT20M")]
    [InlineData("3个工作日", "duration=P3D")]
    public void ColloquialForms(string text, string expected) => Assert.Equal(expected, Run(text));

    [Fact]
    public void TraditionalAndFullWidthSurviveWithoutNormalisation()
    {
        Assert.Equal("datetime=2026-11-24T14:30", Run("後天下午兩點半"));
        Assert.Equal("time=15:30", Run("１５：３０"));
    }

    [Fact]
    public void ReportsTextAndOffsets()
    {
        var e = Assert.Single(new DateTimeRecognizer().Recognize("5栋1801 今晚七点半之前能修好吗", DateTimeOffset.Parse(Sunday, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("datetime", e.Type);
        Assert.Equal("今晚七点半", e.Text[..5]);
        Assert.Equal(7, e.Start);
    }

    [Fact]
    public void ResolvesInShanghaiTimeWhateverTheOffsetOfNow()
    {
        // 2026-11-22T18:30Z is 2026-11-23 02:30 in Shanghai: 明天 is the 24th.
        Assert.Equal("date=2026-11-24", Run("明天", "2026-11-22T18:30:00+00:00"));
    }
}
