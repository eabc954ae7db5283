using System.Globalization;
using ConciergeBot.Dialogs.Understanding.Entities.Temporal;

namespace ConciergeBot.Tests.Dialogs.Understanding.Temporal;

/// <summary>
/// Known misses of the recogniser (issue 10): half units after the unit (三个月半), days named by their place in a
/// month (最后一个周三, 下个月第一个周一, 本月最后一天, 月底), quarter-hours (11点3刻, 差一刻十点) and festivals.
/// </summary>
public class DateTimeMissesTests
{
    // Sunday 22 November 2026, 10:00 in Shanghai.
    private const string Sunday = "2026-11-22T10:00:00+08:00";

    private static string Run(string text, string now = Sunday) =>
        string.Join(" | ", new DateTimeRecognizer().Recognize(text, DateTimeOffset.Parse(now, CultureInfo.InvariantCulture))
            .Select(e => $"{e.Type}={e.Value}"));

    private static string Spans(string text, string now = Sunday) =>
        string.Join(" | ", new DateTimeRecognizer().Recognize(text, DateTimeOffset.Parse(now, CultureInfo.InvariantCulture))
            .Select(e => e.Text));

    [Theory]
    [InlineData("三个月半", "duration=P3M15D")]
    [InlineData("三个半月", "duration=P3M15D")]
    [InlineData("装修要三个月半才完", "duration=P3M15D")]
    [InlineData("一个月半", "duration=P1M15D")]
    [InlineData("一年半", "duration=P1Y6M")]
    [InlineData("两个钟头半", "duration=PT2H30M")]
    [InlineData("三个月半天", "duration=P3M")]
    public void HalfAfterTheUnit(string text, string expected) => Assert.Equal(expected, Run(text));

    [Theory]
    [InlineData("最后一个周三", "date=2026-11-25")]
    [InlineData("这个月最后一个周三来修", "date=2026-11-25")]
    [InlineData("下个月最后一个星期五", "date=2026-12-25")]
    [InlineData("本月最后一天", "date=2026-11-30")]
    [InlineData("这个月倒数第二天", "date=2026-11-29")]
    [InlineData("下个月第一天", "date=2026-12-01")]
    [InlineData("第一个周一", "date=2026-12-07")]
    [InlineData("下个月第一个周一上午", "date=2026-12-07")]
    [InlineData("下个月第二个礼拜二下午3点", "datetime=2026-12-08T15:00")]
    [InlineData("这个月倒数第二个周五", "date=2026-11-20")]
    [InlineData("3月最后一个周五", "date=2027-03-26")]
    [InlineData("明年3月的第一个周六", "date=2027-03-06")]
    [InlineData("上个月最后一天", "date=2026-10-31")]
    public void DaysByTheirPlaceInAMonth(string text, string expected) => Assert.Equal(expected, Run(text));

    [Theory]
    [InlineData("明天05:30", "datetime=2026-11-23T05:30")]
    [InlineData("明早05:30来接", "datetime=2026-11-23T05:30")]
    [InlineData("明天下午05:30", "datetime=2026-11-23T17:30")]
    [InlineData("明天5:30", "datetime=2026-11-23T17:30")]
    public void ALeadingZeroIsATwentyFourHourClock(string text, string expected) => Assert.Equal(expected, Run(text));

    [Fact]
    public void AnUnnamedMonthMovesOnOnceItsDayHasPassed()
    {
        const string thursday = "2026-11-26T10:00:00+08:00";
        Assert.Equal("date=2026-12-30", Run("最后一个周三", thursday));
        Assert.Equal("date=2026-11-25", Run("这个月最后一个周三", thursday)); // the month was said: taken as said
        Assert.Equal("date=2026-12-07", Run("第一个周一", thursday));
    }

    [Theory]
    [InlineData("月底", "date=2026-11-30")]
    [InlineData("月底前交物业费", "date=2026-11-30")]
    [InlineData("月末", "date=2026-11-30")]
    [InlineData("下个月底", "date=2026-12-31")]
    [InlineData("下个月月底", "date=2026-12-31")]
    [InlineData("本月底之前", "date=2026-11-30")]
    [InlineData("2月底", "date=2027-02-28")]
    [InlineData("12月底", "date=2026-12-31")]
    [InlineData("年底", "date=2026-12-31")]
    [InlineData("今年年底前装完", "date=2026-12-31")]
    [InlineData("明年底", "date=2027-12-31")]
    public void EndsOfMonthsAndYears(string text, string expected) => Assert.Equal(expected, Run(text));

    [Theory]
    [InlineData("每年年底")]
    [InlineData("第3天了")]
    [InlineData("最后一天")]
    [InlineData("倒数第二天")]
    [InlineData("这是第二个周期")]
    [InlineData("最后一个人走")]
    public void NoDateWithoutAMonthToCountIn(string text) => Assert.Equal(string.Empty, Run(text));

    [Theory]
    [InlineData("11点3刻", "time=11:45")]
    [InlineData("十一点三刻", "time=11:45")]
    [InlineData("8点1刻到", "time=08:15")]
    [InlineData("明早8点1刻", "datetime=2026-11-23T08:15")]
    [InlineData("两点两刻钟", "time=14:30")]
    [InlineData("三点过半", "time=15:30")]
    [InlineData("差一刻十点", "time=09:45")]
    [InlineData("差5分10点", "time=09:55")]
    [InlineData("差十分钟九点到", "time=08:50")]
    [InlineData("十点差一刻到", "time=09:45")]
    [InlineData("晚上差一刻八点", "time=19:45")]
    [InlineData("明天上午差一刻十一点", "datetime=2026-11-23T10:45")]
    public void QuarterHoursAndShortOfTheHour(string text, string expected) => Assert.Equal(expected, Run(text));

    [Theory]
    [InlineData("差5分钟就到了", "duration=PT5M")]
    [InlineData("差不多三点", "time=15:00")]
    [InlineData("差点摔倒", "")]
    [InlineData("3点4刻", "")]
    public void ShortOfOnlyBeforeAnHour(string text, string expected) => Assert.Equal(expected, Run(text));

    [Theory]
    [InlineData("国庆节后第一天", "date=2027-10-02")]
    [InlineData("中秋节那天晚上", "date=2027-09-15")]
    [InlineData("中秋节那天晚上8点", "datetime=2027-09-15T20:00")]
    [InlineData("元旦", "date=2027-01-01")]
    [InlineData("春节前一天", "date=2027-02-05")]
    [InlineData("母亲节", "date=2027-05-09")]
    [InlineData("父亲节那天", "date=2027-06-20")]
    [InlineData("感恩节", "date=2026-11-26")]
    [InlineData("光棍节", "date=2027-11-11")]
    [InlineData("万圣节", "date=2027-10-31")]
    [InlineData("愚人节", "date=2027-04-01")]
    [InlineData("新年前能修好吗", "date=2027-01-01")]
    [InlineData("新年快乐", "")]
    public void Festivals(string text, string expected) => Assert.Equal(expected, Run(text));

    [Fact]
    public void FestivalsResolveToTheYearOfTheNextOne()
    {
        const string october = "2026-10-05T09:00:00+08:00";
        Assert.Equal("date=2027-10-02", Run("国庆节后第一天", october)); // this year's festival and the day after it have passed
        Assert.Equal("date=2027-01-01", Run("元旦", october));
        Assert.Equal("date=2027-09-15", Run("中秋节那天晚上", october)); // 2026's was 25 September
        const string september = "2026-09-01T09:00:00+08:00";
        Assert.Equal("date=2026-09-25", Run("中秋节那天晚上", september));
        Assert.Equal("date=2026-10-02", Run("国庆节后第一天", september));
    }

    [Fact]
    public void SpansCoverTheWholeExpression()
    {
        Assert.Equal("差一刻十点", Spans("差一刻十点来"));
        Assert.Equal("中秋节那天晚上", Spans("中秋节那天晚上放烟花"));
        Assert.Equal("这个月最后一个周三", Spans("这个月最后一个周三来修"));
        Assert.Equal("三个月半", Spans("装修要三个月半才完"));
    }
}
