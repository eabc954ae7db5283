using System.Globalization;
using ConciergeBot.Dialogs.Understanding.Entities.Temporal;
using Definitions = Microsoft.Recognizers.Definitions.Chinese.DateTimeDefinitions;

namespace ConciergeBot.Tests.Dialogs.Understanding.Temporal;

/// <summary>
/// The tables read from Microsoft.Recognizers.Definitions at start-up: every festival the package names resolves
/// to a date, every part of the day it names is read, and its quarter-hour forms are times.
/// </summary>
public class MicrosoftTablesTests
{
    private const string Sunday = "2026-11-22T10:00:00+08:00";

    private static IReadOnlyList<ConciergeBot.Dialogs.Understanding.Entities.RecognizedEntity> Recognize(string text) =>
        new DateTimeRecognizer().Recognize(text, DateTimeOffset.Parse(Sunday, CultureInfo.InvariantCulture));

    [Fact]
    public void TheFestivalNamesComeFromThePackage()
    {
        Assert.Contains("母亲节", MicrosoftTables.HolidayNames);
        Assert.Contains("中秋节", MicrosoftTables.HolidayNames);
        Assert.Contains("万圣节", MicrosoftTables.HolidayNames);
        Assert.True(MicrosoftTables.HolidayNames.Count >= 30, string.Join(",", MicrosoftTables.HolidayNames));
        Assert.Equal((5, 7, 2), MicrosoftTables.FloatingHolidays["母亲节"]);
    }

    [Fact]
    public void EveryFestivalThePackageNamesHasADate()
    {
        Assert.Empty(HolidayParser.PackageNamesWithoutDate);
        foreach (var name in MicrosoftTables.HolidayNames)
        {
            var entity = Assert.Single(Recognize(name + "那天"));
            Assert.Equal("date", entity.Type);
            Assert.StartsWith(name, entity.Text, StringComparison.Ordinal);
            var date = DateOnly.ParseExact(entity.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.InRange(date, new DateOnly(2026, 11, 22), new DateOnly(2027, 11, 21)); // the next one, within a year
        }
    }

    [Fact]
    public void EveryPartOfTheDayThePackageNamesIsRead()
    {
        var words = MicrosoftTables.DayPeriodWords.Concat(Definitions.DaytimeTermList).Where(w => w.Length >= 2).ToList();
        Assert.Contains("傍晚", words);
        Assert.Contains("日间", words);
        foreach (var word in words)
        {
            var entity = Assert.Single(Recognize("明天" + word + "8点"));
            Assert.Equal("datetime", entity.Type);
            Assert.Equal("明天" + word + "8点", entity.Text);
        }
    }

    [Theory]
    [InlineData("一刻", 15)]
    [InlineData("1刻", 15)]
    [InlineData("两刻钟", 30)]
    [InlineData("三刻", 45)]
    [InlineData("3 刻", 45)]
    public void QuarterHoursFollowThePackagesRegex(string text, int minutes)
    {
        Assert.True(MicrosoftTables.TryQuarter(text, 0, out var read, out var length));
        Assert.Equal(minutes, read);
        Assert.Equal(text.Length, length);
        Assert.False(MicrosoftTables.TryQuarter("四刻", 0, out _, out _));
    }
}
