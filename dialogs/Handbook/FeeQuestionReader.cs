using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Fees;

namespace ConciergeBot.Dialogs.Handbook;

/// <summary>
/// Turns a fee question with figures in it into a computation: property and lift fees for a room or an area over a
/// period (with the annual discount or the vacancy rate), late fees, visitor parking, renovation waste, parking
/// rent, owned-space and household-waste fees, e-bike charging. Questions without figures are left to the handbook.
/// </summary>
internal static partial class FeeQuestionReader
{
    public static ComputedFee? TryCompute(ParsedQuestion question, FeeCalculator calculator, EstateRegister register) =>
        LateFee(question, calculator)
        ?? RenovationWaste(question, calculator, register)
        ?? VisitorParking(question, calculator)
        ?? EbikeCharging(question, calculator)
        ?? OwnedParking(question, calculator)
        ?? ParkingRent(question, calculator)
        ?? HouseholdWaste(question, calculator)
        ?? PropertyFees(question, calculator, register);

    /// <summary>
    /// Of several rooms named, the last one before the fee is named ("我是3栋1单元801的业主。我爸住8栋2单元501…物业费一直是我帮他交":
    /// his flat, not the writer's introduction); the first room when the fee comes before them all.
    /// </summary>
    private static RecognizedEntity? RoomTheFeeIsOf(ParsedQuestion question)
    {
        var rooms = question.All(EntityTypes.Room).ToList();
        if (rooms.Count < 2)
        {
            return rooms.FirstOrDefault();
        }

        var feeAt = FeeCues.PropertyFee.Concat(FeeCues.LiftFee.Where(word => word.Contains('费', StringComparison.Ordinal))).Select(word => question.Text.IndexOf(word, StringComparison.OrdinalIgnoreCase))
            .Where(at => at >= 0).DefaultIfEmpty(-1).Min();
        return rooms.LastOrDefault(room => room.End <= feeAt) ?? rooms[0];
    }

    /// <summary>
    /// The room or area a question is about: a room on the register, a unit type of a building (1栋的01户型: the
    /// area of that position in that building), or an explicit area with the kind named.
    /// </summary>
    public static Premises? FindPremises(ParsedQuestion question, EstateRegister register)
    {
        if (RoomTheFeeIsOf(question) is { } roomEntity && register.TryGetRoom(roomEntity.Value) is { } room)
        {
            return new Premises(room, room.AreaSqm, room.Kind, KindAssumed: false);
        }

        if (FeeCues.UnitType(question) is { } type && register.TryGetRoom(type.Building, null, 100 + type.Position) is { } first)
        {
            return new Premises(null, first.AreaSqm, first.Kind, KindAssumed: false, $"{type.Building}栋 {type.Position:00} 户型");
        }

        if (question.FirstNumber(EntityTypes.Area) is { } area && area > 0)
        {
            var kind = FeeCues.KindNamed(question);
            return new Premises(null, area, kind ?? BuildingKind.HighRise, kind is null);
        }

        return null;
    }

    private static ComputedFee? PropertyFees(ParsedQuestion question, FeeCalculator calculator, EstateRegister register)
    {
        // "两个季度没交，滞纳金是怎么算的": a late fee asked about without the amount owed is answered by its rule, not the fee.
        if (question.Mentions("滞纳金", "滯納金", "late fee"))
        {
            return null;
        }

        var mentionsProperty = (question.Mentions(FeeCues.PropertyFee) || FeeCues.PropertyBesideLift(question)) && !question.Mentions(FeeCues.OwnedParking);
        var mentionsLift = question.Mentions(FeeCues.LiftFee);
        if (!mentionsProperty && !mentionsLift && !question.Mentions(FeeCues.AskingAmount))
        {
            return null;
        }

        // "要是停电了老人被关在电梯里，该怎么办": the lift named with no word of money is no fee question.
        if (!mentionsProperty && !question.Mentions(FeeCues.AskingAmount) && !question.Mentions(FeeCues.Paying) && !question.Mentions(FeeCues.Price) && !question.Mentions("费", "fee"))
        {
            return null;
        }

        if (FindPremises(question, register) is not { } premises)
        {
            return mentionsProperty && mentionsLift && !FeeCues.LiftExcluded(question) ? HighRiseUnitTypes(question, calculator, register) : null;
        }

        if (!mentionsProperty && !mentionsLift && question.Mentions(FeeCues.Area) && !question.Mentions(FeeCues.Paying))
        {
            return null; // "4栋0702多大面积" is a register question
        }

        var liftExcluded = FeeCues.LiftExcluded(question);
        var includeLift = premises.Kind == BuildingKind.HighRise
            ? mentionsLift ? !liftExcluded : !mentionsProperty
            : mentionsLift && !liftExcluded;
        var includeProperty = mentionsProperty || !mentionsLift || liftExcluded;
        var discount = question.Mentions(FeeCues.AnnualDiscount);
        var months = FeeCues.Months(question);
        string? assumption = null;
        if (months is null)
        {
            months = discount ? 12 : 1;
            assumption = discount ? null : "您没有说期限，先按一个月算";
        }

        if (premises.KindAssumed)
        {
            assumption = (assumption is null ? "" : assumption + "；") + "没有说明房屋类型，按高层住宅计算";
        }

        var vacant = question.Mentions(FeeCues.Vacancy);
        var result = calculator.PropertyFees(new PropertyFeeQuery(
            premises.Area, premises.Kind, months.Value, includeProperty, includeLift, discount, vacant));
        var items = (includeProperty, result.Lines.Count > (includeProperty ? 1 : 0)) switch
        {
            (true, true) => "物业服务费和电梯运行费",
            (true, false) => "物业服务费",
            _ => "电梯运行费",
        };
        // A high-rise asked only its property fee is told the lift fee and both together beside it.
        var liftNoted = premises.Kind == BuildingKind.HighRise && includeProperty && !includeLift && !liftExcluded;
        if (liftNoted)
        {
            var withLift = calculator.PropertyFees(new PropertyFeeQuery(
                premises.Area, premises.Kind, months.Value, IncludeProperty: true, IncludeLift: true, discount, vacant));
            result = result with
            {
                Notes = [.. result.Notes, $"高层住宅还需交电梯运行费 {Yuan.Format(withLift.Total - result.Total)} 元，两项合计 {Yuan.Format(withLift.Total)} 元。"],
            };
        }

        if (question.Mentions(FeeCues.ParkingRent) && !question.Mentions(FeeCues.OwnedParking) && question.Mentions(FeeCues.Summed))
        {
            // "物业费和车位两个加起来一个月一共多少": a rented underground space added to the same period's fees.
            // Beside the lift note there are two totals already; the space is not added to either.
            if (!liftNoted)
            {
                var rent = calculator.ParkingRent(months.Value).Total;
                result = result with { Notes = [.. result.Notes, $"加上地下固定车位租金 {Yuan.Format(rent)} 元，两项合计 {Yuan.Format(result.Total + rent)} 元。"] };
            }
        }

        var source = vacant ? "fee.vacancy" : discount && months == 12 ? "fee.discount.annual" : includeProperty ? "fee.property" : "fee.lift";
        return new ComputedFee($"{Describe(premises)}{FeeCues.PeriodName(months.Value)}的{items}", result, source, assumption);
    }

    private static ComputedFee? LateFee(ParsedQuestion question, FeeCalculator calculator)
    {
        if (!question.Mentions(FeeCues.LateFee) || (question.FirstNumber(EntityTypes.Money) ?? BareAmount(question)) is not { } amount)
        {
            return null;
        }

        foreach (var duration in question.All(EntityTypes.Duration))
        {
            if (IsoDuration.TryParse(duration.Value, out var months, out var days, out _) && (months > 0 || days > 0))
            {
                var totalDays = (int)Math.Round(days + months * 30);
                var assumption = months > 0 ? "按每月 30 天计算" : null;
                return new ComputedFee($"欠费 {Yuan.Format(amount)} 元、逾期 {totalDays} 天的滞纳金", calculator.LateFee(amount, totalDays), "fee.late", assumption);
            }
        }

        return null;
    }

    private static ComputedFee? VisitorParking(ParsedQuestion question, FeeCalculator calculator)
    {
        // "停了两个多小时的水" is a water cut, not parking: without a car, 停 about water, power or gas is not parking.
        var utilityCut = !question.Text.Contains('车', StringComparison.Ordinal) && UtilityCut().IsMatch(question.Text);
        if (utilityCut || !(question.Mentions(FeeCues.VisitorParking) || FeeCues.DurationRightAfter(question, "停")) || question.Mentions(FeeCues.ParkingRent) || HoursSaid(question) is not { } hours)
        {
            return null;
        }

        var registered = FeeCues.MentionsAffirmed(question, FeeCues.Registered);
        var who = registered ? "业主登记过的访客车辆" : "未登记的访客车辆";
        return new ComputedFee($"{who}停 {Yuan.FormatQuantity(hours)} 小时的停车费",
            calculator.VisitorParking(TimeSpan.FromHours((double)hours), registered), "fee.parking.visitor");
    }

    private static ComputedFee? EbikeCharging(ParsedQuestion question, FeeCalculator calculator) =>
        (question.Mentions(FeeCues.EbikeCharging) || FeeCues.DurationRightAfter(question, "充")
            || (question.Mentions("充") && question.Mentions(FeeCues.Ebike))) && HoursSaid(question) is { } hours
            ? new ComputedFee($"电动车充电 {Yuan.FormatQuantity(hours)} 小时", calculator.EbikeCharging(TimeSpan.FromHours((double)hours)), "fee.ebike")
            : null;

    private static ComputedFee? RenovationWaste(ParsedQuestion question, FeeCalculator calculator, EstateRegister register) =>
        question.Mentions(FeeCues.RenovationWaste) && FindPremises(question, register) is { } premises
            ? new ComputedFee($"{Describe(premises)}的装修垃圾清运费", calculator.RenovationWaste(premises.Area), "fee.renovation.waste")
            : null;

    private static ComputedFee? OwnedParking(ParsedQuestion question, FeeCalculator calculator) =>
        question.Mentions(FeeCues.OwnedParking) && FeeCues.Months(question) is { } months and > 1
            ? new ComputedFee($"产权车位{FeeCues.PeriodName(months)}的管理费", calculator.OwnedParking(months), "fee.parking.owned")
            : null;

    private static ComputedFee? ParkingRent(ParsedQuestion question, FeeCalculator calculator) =>
        question.Mentions(FeeCues.ParkingRent) && question.Mentions("租") && FeeCues.Months(question) is { } months and > 1
            ? new ComputedFee($"地下固定车位租{FeeCues.PeriodName(months)}", calculator.ParkingRent(months), "fee.parking.rent")
            : null;

    private static ComputedFee? HouseholdWaste(ParsedQuestion question, FeeCalculator calculator) =>
        question.Mentions(FeeCues.HouseholdWaste) && FeeCues.Months(question) is { } months and > 1
            ? new ComputedFee($"生活垃圾处理费{FeeCues.PeriodName(months)}", calculator.HouseholdWaste(months), "fee.household-waste")
            : null;

    /// <summary>"欠了3000物业费": an amount said without 元 — a number that is not part of a length of time, a room or a date.</summary>
    private static decimal? BareAmount(ParsedQuestion question)
    {
        var taken = question.Entities.Where(e => e.Type != EntityTypes.Number).ToList();
        foreach (var number in question.All(EntityTypes.Number))
        {
            if (!taken.Any(e => e.Start < number.End && number.Start < e.End)
                && decimal.TryParse(number.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && value >= 10)
            {
                return value;
            }
        }

        return null;
    }

    private static decimal? HoursSaid(ParsedQuestion question)
    {
        foreach (var duration in question.All(EntityTypes.Duration))
        {
            if (IsoDuration.TotalHours(duration.Value) is { } hours and > 0)
            {
                return hours;
            }
        }

        return null;
    }

    private static string Describe(Premises premises) =>
        premises.Room is { } room
            ? $"{room.DisplayName}（{room.Kind.ChineseName()}，建筑面积 {Yuan.FormatQuantity(room.AreaSqm)}㎡）"
            : premises.UnitType is { } type
                ? $"{type}（{premises.Kind.ChineseName()}，建筑面积 {Yuan.FormatQuantity(premises.Area)}㎡）"
                : $"建筑面积 {Yuan.FormatQuantity(premises.Area)}㎡ 的{premises.Kind.ChineseName()}";

    /// <summary>
    /// "物业加电梯费多少" with no room or area: the property and lift fees of every high-rise unit type (only the
    /// high-rise pays the lift fee), each with its working, over the period said (a month when none is).
    /// </summary>
    private static ComputedFee? HighRiseUnitTypes(ParsedQuestion question, FeeCalculator calculator, EstateRegister register)
    {
        var months = FeeCues.Months(question);
        var discount = question.Mentions(FeeCues.AnnualDiscount);
        var period = months ?? (discount ? 12 : 1);
        var types = register.Rooms
            .Where(r => r.Kind == BuildingKind.HighRise && r.Floor == 1)
            .GroupBy(r => r.Room[^2..], StringComparer.Ordinal)
            .Select(g => (Position: g.Key, g.First().AreaSqm))
            .OrderBy(t => t.Position, StringComparer.Ordinal)
            .ToList();
        if (types.Count == 0)
        {
            return null;
        }

        var lines = new List<FeeLine>();
        var notes = new List<string>();
        var totals = new List<string>();
        foreach (var (position, area) in types)
        {
            var fee = calculator.PropertyFees(new PropertyFeeQuery(area, BuildingKind.HighRise, period, IncludeProperty: true, IncludeLift: true, discount, Vacant: false));
            var label = $"{position} 户型（{Yuan.FormatQuantity(area)}㎡）";
            lines.Add(new FeeLine(label, fee.Working, fee.Total));
            totals.Add($"{label}{Yuan.Format(fee.Total)} 元");
            notes.AddRange(fee.Notes.Where(n => !notes.Contains(n)));
        }

        var byType = string.Join("，", totals);
        var result = new FeeResult("高层住宅各户型", lines[0].Amount, lines, notes);
        var assumption = (months is null && !discount ? "您没有说期限，先按一个月算；" : "") + "告诉我楼栋和房号，可以按您家的面积算";
        return new ComputedFee($"高层住宅{FeeCues.PeriodName(period)}的物业服务费和电梯运行费按户型分别为：{byType}", result, "fee.lift", assumption)
        {
            ByUnitType = true,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex("停[了过]?[^，,。]{0,10}?[水电气]|[水电气][^，,。]{0,4}停")]
    private static partial System.Text.RegularExpressions.Regex UtilityCut();
}

/// <summary>What a fee is computed for: a room, a unit type (1栋 01 户型) or an area of a kind of premises.</summary>
internal sealed record Premises(RoomInfo? Room, decimal Area, BuildingKind Kind, bool KindAssumed, string? UnitType = null);
