using ConciergeBot.Dialogs.Understanding.Entities.Temporal;

namespace ConciergeBot.Tests.Dialogs.Understanding.Temporal;

/// <summary>Every prefix and random mixes of temporal fragments: the recognizer never throws and stays in bounds.</summary>
public class DateTimeRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "明天下午三点到五点", "下周三上午10点", "3月5号", "12-01", "2018/1/10-2018/7/10", "还剩8天20小时", "一年多三个月又20天",
        "从一月十日到十二日", "2019年6月1日或之后", "截止到2018年", "自2018年以来", "1995 - 1997年", "今年的最后 3 周",
        "十九世纪七十年代", "康熙二十年9月", "农历2015年十月初一", "大年三十", "每周一下午八点", "之后5分钟", "上个小时",
        "下午2-4点", "10:30-11:30", "11:30:10 p.m.", "快一点", "八十九点五平", "3栋2单元1202", "0755-26886600", "S101",
        "周末", "下下周", "上半年", "九十年代", "半个钟头", "两个多小时", "一点", "点", "到", "从", "-", "年", "月", "号", "周",
        "下午", "12:", "1/", "2010 01", "第", "的第", "前", "后", "之间", "和", " ", "，", "..", "~", "早", "晚",
    ];

    [Fact]
    public void EveryPrefixOfEveryFragmentIsSafe()
    {
        var recognizer = new DateTimeRecognizer();
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
        foreach (var f in Fragments)
        {
            for (var k = 0; k <= f.Length; k++)
            {
                AssertInBounds(f[..k], recognizer.Recognize(f[..k], now));
            }
        }
    }

    [Fact]
    public void RandomMixesAreSafe()
    {
        var recognizer = new DateTimeRecognizer();
        var random = new Random(20261122);
        for (var n = 0; n < 3000; n++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Fragments[random.Next(Fragments.Length)]);
            var text = string.Concat(parts);
            var now = new DateTimeOffset(2020 + random.Next(10), random.Next(1, 13), random.Next(1, 29), random.Next(24), 0, 0, TimeSpan.FromHours(8));
            AssertInBounds(text, recognizer.Recognize(text, now));
            _ = DateTimeRecognizer.RecognizeDetailed(text, now.DateTime);
        }
    }

    private static void AssertInBounds(string text, IReadOnlyList<ConciergeBot.Dialogs.Understanding.Entities.RecognizedEntity> entities)
    {
        foreach (var e in entities)
        {
            Assert.InRange(e.Start, 0, text.Length);
            Assert.InRange(e.End, e.Start, text.Length);
            Assert.Equal(text.Substring(e.Start, e.Length), e.Text);
            Assert.False(string.IsNullOrEmpty(e.Value));
        }
    }
}
