using System.Globalization;

namespace ConciergeBot.Knowledge.Fees;

/// <summary>Money arithmetic and display: amounts are rounded to the fen (half away from zero) and shown Chinese-style.</summary>
public static class Yuan
{
    public static decimal RoundToFen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>An amount: "4,838.40", "525", "1,170" (whole yuan without decimals).</summary>
    public static string Format(decimal amount)
    {
        amount = RoundToFen(amount);
        return amount == decimal.Truncate(amount)
            ? amount.ToString("#,0", CultureInfo.InvariantCulture)
            : amount.ToString("#,0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>A unit price: always two decimals ("2.80", "0.35", "5.00" is shown "5").</summary>
    public static string FormatPrice(decimal price) =>
        price == decimal.Truncate(price)
            ? price.ToString("0", CultureInfo.InvariantCulture)
            : price.ToString("0.00##", CultureInfo.InvariantCulture);

    /// <summary>A quantity such as an area or a count of hours: "128", "88.5".</summary>
    public static string FormatQuantity(decimal quantity) => quantity.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A rate as a percentage: 0.05 → "5%", 0.0003 → "0.03%".</summary>
    public static string FormatPercent(decimal rate) => (rate * 100m).ToString("0.####", CultureInfo.InvariantCulture) + "%";
}
