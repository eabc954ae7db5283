using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Knowledge.Fees;

/// <summary>
/// Computes fees from the fee table in <see cref="decimal"/>, each line rounded to the fen (half away from zero),
/// and shows the working (单价 × 面积 × 月数 = 金额).
/// </summary>
public sealed class FeeCalculator(FeeTable table)
{
    public FeeTable Table => table;

    /// <summary>Property service fee and/or lift fee for an area over a number of months.</summary>
    public FeeResult PropertyFees(PropertyFeeQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Months);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.AreaSqm);
        var lines = new List<FeeLine>();
        var notes = new List<string>();
        var area = Yuan.FormatQuantity(query.AreaSqm);
        var months = $"{query.Months} 个月";

        if (query.IncludeProperty)
        {
            var item = table.Item(FeeIds.Property);
            var price = item.PriceFor(query.Kind) ?? throw new KnowledgeDataException($"fees.json: no property fee for {query.Kind}.");
            var factor = 1m;
            var label = item.Name;
            var working = $"{Yuan.FormatPrice(price)} {item.Unit} × {area} ㎡ × {months}";
            if (query.Vacant)
            {
                var vacancy = table.Adjustment(FeeIds.Vacancy);
                factor *= vacancy.Rate;
                label += $"（空置房按{Yuan.FormatPercent(vacancy.Rate)}）";
                working += $" × {Yuan.FormatPercent(vacancy.Rate)}";
                notes.Add($"空置房减收条件：{vacancy.Condition}。");
            }

            var annual = table.Adjustment(FeeIds.AnnualPrepayment);
            if (query.AnnualPrepayment && query.Months == 12)
            {
                factor *= 1m - annual.Rate;
                label += $"（全年预交优惠{Yuan.FormatPercent(annual.Rate)}）";
                working += $" × {Yuan.FormatPercent(1m - annual.Rate)}";
                notes.Add($"全年预交优惠需{annual.Condition}，只优惠物业服务费，电梯运行费、停车费和水电费不打折。");
            }
            else if (query.AnnualPrepayment)
            {
                notes.Add($"全年预交优惠只适用于{annual.Condition}。");
            }

            var amount = Yuan.RoundToFen(price * query.AreaSqm * query.Months * factor);
            lines.Add(new FeeLine(label, $"{working} = {Yuan.Format(amount)} 元", amount));
        }

        if (query.IncludeLift)
        {
            var item = table.Item(FeeIds.Lift);
            if (item.PriceFor(query.Kind) is { } price)
            {
                var amount = Yuan.RoundToFen(price * query.AreaSqm * query.Months);
                lines.Add(new FeeLine(item.Name, $"{Yuan.FormatPrice(price)} {item.Unit} × {area} ㎡ × {months} = {Yuan.Format(amount)} 元", amount));
            }
            else
            {
                notes.Add($"{query.Kind.ChineseName()}不收{item.Name}（只有高层住宅收取）。");
            }
        }

        return Result($"{query.Kind.ChineseName()} {area}㎡ {months}", lines, notes);
    }

    /// <summary>Late fee: the overdue amount × 0.03% × days overdue.</summary>
    public FeeResult LateFee(decimal overdueAmount, int daysLate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(overdueAmount);
        ArgumentOutOfRangeException.ThrowIfNegative(daysLate);
        var late = table.Adjustment(FeeIds.Late);
        var amount = Yuan.RoundToFen(overdueAmount * late.Rate * daysLate);
        var working = $"{Yuan.Format(overdueAmount)} 元 × {Yuan.FormatPercent(late.Rate)} × {daysLate} 天 = {Yuan.Format(amount)} 元";
        return Result("滞纳金", [new FeeLine(late.Name, working, amount)], [$"{late.Condition}。"]);
    }

    /// <summary>
    /// Visitor parking: part hours count as whole hours; the first hour (two when the owner registered the car) is free,
    /// then the hourly price, at most the daily cap for each 24 hours.
    /// </summary>
    public FeeResult VisitorParking(TimeSpan stay, bool registered = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stay, TimeSpan.Zero);
        var item = table.Item(FeeIds.ParkingVisitor);
        var price = item.Price ?? 0m;
        var cap = item.Limit("dailyCap");
        var free = registered ? item.Limit("registeredFreeHours") : item.Limit("freeHours");
        var hours = (int)Math.Ceiling(stay.TotalHours - 1e-9);
        var days = hours / 24;
        var rest = hours % 24;
        var restHours = Math.Max(0, rest - (days == 0 ? (int)free : 0));
        var restCharge = Math.Min(restHours * price, cap);
        var amount = Yuan.RoundToFen(days * cap + restCharge);

        var freeText = registered ? $"业主登记的访客车辆前 {free} 小时免费" : $"首 {free} 小时免费";
        string working;
        if (days == 0)
        {
            working = $"停 {hours} 小时，{freeText}，计费 {restHours} 小时 × {Yuan.FormatPrice(price)} 元/小时 = {Yuan.Format(restHours * price)} 元";
            working += restHours * price > cap ? $"，超过每24小时封顶 {Yuan.Format(cap)} 元，按 {Yuan.Format(amount)} 元收" : "";
        }
        else
        {
            working = $"停 {hours} 小时：满 {days} 个24小时 × 封顶 {Yuan.Format(cap)} 元 = {Yuan.Format(days * cap)} 元，"
                + $"其余 {rest} 小时计 {Yuan.Format(restCharge)} 元，共 {Yuan.Format(amount)} 元";
        }

        return Result("访客停车", [new FeeLine(item.Name, working, amount)], ["不足1小时按1小时计。"]);
    }

    /// <summary>Renovation waste removal by the management: price per ㎡ of floor area, one-off.</summary>
    public FeeResult RenovationWaste(decimal areaSqm) => PerQuantity(FeeIds.RenovationWaste, areaSqm, "㎡");

    /// <summary>Household waste fee for a number of months (per household).</summary>
    public FeeResult HouseholdWaste(int months) => PerQuantity(FeeIds.HouseholdWaste, months, "个月");

    /// <summary>Management fee of an owned parking space for a number of months.</summary>
    public FeeResult OwnedParking(int months) => PerQuantity(FeeIds.ParkingOwned, months, "个月");

    /// <summary>Underground fixed-space rent; a whole year paid in advance has its own price.</summary>
    public FeeResult ParkingRent(int months)
    {
        var item = table.Item(FeeIds.ParkingRent);
        if (months != 12)
        {
            return PerQuantity(FeeIds.ParkingRent, months, "个月");
        }

        var year = item.Limit("yearPrice");
        var monthly = Yuan.RoundToFen((item.Price ?? 0m) * 12);
        var working = $"一次预付全年 {Yuan.Format(year)} 元（按月交为 {Yuan.FormatPrice(item.Price ?? 0m)} 元 × 12 个月 = {Yuan.Format(monthly)} 元，"
            + $"年付省 {Yuan.Format(monthly - year)} 元）";
        return Result(item.Name, [new FeeLine(item.Name, working, year)], []);
    }

    /// <summary>E-bike charging: part blocks count as whole blocks of four hours.</summary>
    public FeeResult EbikeCharging(TimeSpan duration)
    {
        var item = table.Item(FeeIds.EbikeCharging);
        var block = item.Limit("blockHours");
        var blocks = Math.Max(1, (int)Math.Ceiling((decimal)duration.TotalHours / block));
        var amount = Yuan.RoundToFen(blocks * (item.Price ?? 0m));
        var working = $"{Yuan.FormatQuantity((decimal)duration.TotalHours)} 小时按 {blocks} 个{Yuan.FormatQuantity(block)}小时计 × "
            + $"{Yuan.FormatPrice(item.Price ?? 0m)} 元 = {Yuan.Format(amount)} 元";
        return Result(item.Name, [new FeeLine(item.Name, working, amount)], []);
    }

    /// <summary>A paid in-home repair (labour only; parts at cost): "repair.bulb", "repair.lock", ...</summary>
    public FeeResult Repair(string itemId)
    {
        var item = table.Item(itemId);
        var amount = item.Price ?? 0m;
        return Result(item.Name, [new FeeLine(item.Name, $"{Yuan.Format(amount)} 元（{item.Unit}）", amount)], ["公共区域维修免费。"]);
    }

    private FeeResult PerQuantity(string itemId, decimal quantity, string unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        var item = table.Item(itemId);
        var price = item.Price ?? 0m;
        var amount = Yuan.RoundToFen(price * quantity);
        var working = $"{Yuan.FormatPrice(price)} {item.Unit} × {Yuan.FormatQuantity(quantity)} {unit} = {Yuan.Format(amount)} 元";
        return Result(item.Name, [new FeeLine(item.Name, working, amount)], []);
    }

    private static FeeResult Result(string subject, List<FeeLine> lines, List<string> notes) =>
        new(subject, lines.Sum(l => l.Amount), lines, notes);
}
