using System.Globalization;
using ConciergeBot.Knowledge;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Fees;

namespace ConciergeBot.Tests.Knowledge.Fees;

public class FeeCalculatorTests
{
    private static readonly FeeCalculator Calculator = new(FeeTable.Load(Path.Combine(AppContext.BaseDirectory, "Data")));

    // area, kind, months, property, lift, annual, vacant, expected total
    [Theory]
    [InlineData("128", BuildingKind.HighRise, 12, true, true, false, false, "4838.40")]
    [InlineData("128", BuildingKind.HighRise, 1, true, false, false, false, "358.40")]
    [InlineData("128", BuildingKind.HighRise, 1, false, true, false, false, "44.80")]
    [InlineData("89", BuildingKind.HighRise, 3, true, true, false, false, "841.05")]
    [InlineData("105", BuildingKind.HighRise, 6, true, true, false, false, "1984.50")]
    [InlineData("143", BuildingKind.Garden, 12, true, false, false, false, "5491.20")]
    [InlineData("165", BuildingKind.Garden, 12, true, true, false, false, "6336")] // no lift fee for garden flats
    [InlineData("60", BuildingKind.Shop, 3, true, false, false, false, "1170")]
    [InlineData("128", BuildingKind.HighRise, 12, true, true, true, false, "4623.36")] // 5% off the property fee only
    [InlineData("143", BuildingKind.Garden, 12, true, false, true, false, "5216.64")]
    [InlineData("128", BuildingKind.HighRise, 3, true, false, true, false, "1075.20")] // discount needs the whole year
    [InlineData("89", BuildingKind.HighRise, 1, true, false, false, true, "174.44")] // vacancy: 70%
    [InlineData("89", BuildingKind.HighRise, 12, true, true, false, true, "2467.08")] // 2093.28 + 373.80
    [InlineData("88.5", BuildingKind.HighRise, 1, true, false, false, false, "247.80")]
    [InlineData("77.77", BuildingKind.HighRise, 1, true, false, false, true, "152.43")] // 152.4292 → .43
    public void Property_and_lift_fees(string area, BuildingKind kind, int months, bool property, bool lift, bool annual, bool vacant, string expected)
    {
        var result = Calculator.PropertyFees(new PropertyFeeQuery(
            decimal.Parse(area, CultureInfo.InvariantCulture), kind, months, property, lift, annual, vacant));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), result.Total);
    }

    [Fact]
    public void Working_shows_price_times_area_times_months()
    {
        var result = Calculator.PropertyFees(new PropertyFeeQuery(128m, BuildingKind.HighRise, 12, IncludeLift: true));

        Assert.Equal(
            "物业服务费：2.80 元/㎡·月 × 128 ㎡ × 12 个月 = 4,300.80 元；电梯运行费：0.35 元/㎡·月 × 128 ㎡ × 12 个月 = 537.60 元；合计 4,838.40 元",
            result.Working);
    }

    [Fact]
    public void Annual_discount_working_and_note_say_it_covers_the_property_fee_only()
    {
        var result = Calculator.PropertyFees(new PropertyFeeQuery(128m, BuildingKind.HighRise, 12, IncludeLift: true, AnnualPrepayment: true));

        Assert.Contains("× 95% = 4,085.76 元", result.Working, StringComparison.Ordinal);
        Assert.Contains("电梯运行费：0.35 元/㎡·月 × 128 ㎡ × 12 个月 = 537.60 元", result.Working, StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.Contains("不打折", StringComparison.Ordinal));
    }

    [Fact]
    public void Garden_flat_lift_fee_request_explains_there_is_none()
    {
        var result = Calculator.PropertyFees(new PropertyFeeQuery(165m, BuildingKind.Garden, 1, IncludeProperty: false, IncludeLift: true));

        Assert.Equal(0m, result.Total);
        Assert.Contains(result.Notes, n => n.Contains("洋房不收电梯运行费", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("5000", 60, "90")]
    [InlineData("4838.40", 10, "14.52")] // 14.5152
    [InlineData("1170", 1, "0.35")] // 0.351
    [InlineData("1000", 0, "0")]
    public void Late_fee_is_three_in_ten_thousand_per_day(string amount, int days, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture),
            Calculator.LateFee(decimal.Parse(amount, CultureInfo.InvariantCulture), days).Total);

    [Fact]
    public void Late_fee_working() =>
        Assert.Equal("滞纳金：5,000 元 × 0.03% × 60 天 = 90 元", Calculator.LateFee(5000m, 60).Working);

    [Theory]
    [InlineData(0, 30, false, 0)]
    [InlineData(1, 0, false, 0)]
    [InlineData(1, 10, false, 5)] // 2 h, part hours count as whole
    [InlineData(3, 0, false, 10)]
    [InlineData(9, 0, false, 40)] // 8 × 5 = 40
    [InlineData(10, 0, false, 40)] // 45 capped at 40
    [InlineData(24, 0, false, 40)]
    [InlineData(26, 0, false, 50)] // one day capped + 2 more hours
    [InlineData(2, 0, true, 0)] // registered visitor: 2 h free
    [InlineData(3, 0, true, 5)]
    public void Visitor_parking_has_a_free_hour_an_hourly_price_and_a_daily_cap(int hours, int minutes, bool registered, int expected) =>
        Assert.Equal(expected, Calculator.VisitorParking(new TimeSpan(hours, minutes, 0), registered).Total);

    [Theory]
    [InlineData("105", "525")]
    [InlineData("128", "640")]
    [InlineData("60", "300")]
    public void Renovation_waste_is_five_yuan_per_square_metre(string area, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture),
            Calculator.RenovationWaste(decimal.Parse(area, CultureInfo.InvariantCulture)).Total);

    [Theory]
    [InlineData(1, 300)]
    [InlineData(3, 900)]
    [InlineData(12, 3300)]
    public void Parking_rent_has_a_cheaper_year_price(int months, int expected) =>
        Assert.Equal(expected, Calculator.ParkingRent(months).Total);

    [Fact]
    public void Owned_space_household_waste_ebike_and_repairs()
    {
        Assert.Equal(960m, Calculator.OwnedParking(12).Total);
        Assert.Equal(36m, Calculator.HouseholdWaste(12).Total);
        Assert.Equal(2m, Calculator.EbikeCharging(TimeSpan.FromHours(6)).Total);
        Assert.Equal(1m, Calculator.EbikeCharging(TimeSpan.FromHours(4)).Total);
        Assert.Equal(10m, Calculator.Repair("repair.bulb").Total);
        Assert.Equal(30m, Calculator.Repair("repair.tap").Total);
        Assert.Equal(50m, Calculator.Repair("repair.lock").Total);
        Assert.Equal(50m, Calculator.Repair("repair.toilet").Total);
    }

    [Fact]
    public void Fee_table_rejects_a_file_missing_an_item()
    {
        var dir = Directory.CreateTempSubdirectory("fees");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "fees.json"),
                """{ "title": "收费标准", "effective": "2026-01-01", "items": [], "adjustments": [] }""");

            var error = Assert.Throws<KnowledgeDataException>(() => FeeTable.Load(dir.FullName));
            Assert.Contains("missing property", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
