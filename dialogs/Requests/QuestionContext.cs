using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// "我这个铺子物业费一个月多少钱？" from an owner whose flat or shop is known: the question is read with that address,
/// so the fee is computed for it.
/// </summary>
public static partial class QuestionContext
{
    public static string WithHome(string normalized, string? home, IReadOnlyList<RecognizedEntity> entities, string? named = null, decimal? namedArea = null)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(entities);
        // "那个户型是165平的，物业费怎么算" just after the parents' 165㎡ garden flat was named: the area is that flat's, so the
        // fee is computed for it (its kind and all), not for a high-rise of that size.
        if (named is not null && namedArea is { } size && !entities.Any(e => e.Type is EntityTypes.Room)
            && entities.Where(e => e.Type is EntityTypes.Area).ToList() is [var said]
            && decimal.TryParse(said.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var area) && area == size
            && !KindNamed().IsMatch(normalized) && PlaceReader.FromKey(named) is { } sameFlat)
        {
            return $"{sameFlat.Describe()}，{normalized}";
        }

        // "how much is it per quarter for that flat?", "他那套一年多少": the flat named earlier in the conversation.
        // "想问一下一个季度要交多少钱" just after "我爸妈住在7栋1单元302，想帮他们交物业费": an amount asked with no flat of its own
        // is asked of the flat just named (by a writer whose own home is not known, or is that flat).
        if (named is not null && !entities.Any(e => e.Type is EntityTypes.Room or EntityTypes.Area)
            && (ThatFlat().IsMatch(normalized) || ((home is null || home == named) && (AsksAnAmount().IsMatch(normalized) || AsksTheDiscountedAmount().IsMatch(normalized)) && !SelfReference().IsMatch(normalized)))
            && PlaceReader.FromKey(named) is { } earlier)
        {
            return $"{earlier.Describe()}，{normalized}";
        }

        if (home is null || entities.Any(e => e.Type is EntityTypes.Room or EntityTypes.Area) || !SelfReference().IsMatch(normalized)
            || PlaceReader.FromKey(home) is not { } place)
        {
            return normalized;
        }

        return $"{place.Describe()}，{normalized}";
    }

    /// <summary>"一个季度要交多少钱", "半年要交多少", "一年總共要繳多少", "一个季度物业费多少": what a period costs for the flat itself (no other fee named).</summary>
    [GeneratedRegex(@"^[^，,。？?]{0,8}(一个季度|一季度|每季度|一年|全年|半年|一个月|每月|每个月)[^，,。？?]{0,3}((要|得|需要)?(交|缴|付)|(物业|管理|物管)费(用)?(是|要|得)?)(多少|几多)(钱)?[^，,。]{0,3}$")]
    private static partial Regex AsksAnAmount();

    /// <summary>"那如果1月31日前一次繳清一整年，打完折是多少？": what the year costs after the early-payment discount.</summary>
    [GeneratedRegex(@"(打完折|打折后|折后|优惠后|优惠完|减完)[^，,。]{0,4}(是|要)?(多少|几多)|一次(交|缴|付)(清|完)[^。？?]{0,12}(多少|几多)")]
    private static partial Regex AsksTheDiscountedAmount();

    [GeneratedRegex("那套|那个房子|那间房|那户|(他|她|他们|她们|老人|父母|爸妈|我爸|我妈)(的)?那(套|边|个房子)|\\b(that|the|their|his|her) (flat|apartment|unit|house)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThatFlat();

    [GeneratedRegex("高层|洋房|商铺|铺面|别墅|high-rise|garden (flat|house)|shop", RegexOptions.IgnoreCase)]
    private static partial Regex KindNamed();

    [GeneratedRegex("我家|我这|我的房|我们家|我屋|我住的|我这个铺|我的铺|我店|我们(的)?(商铺|铺子|店|这套|房子)|本户|我那套|咱家|my (flat|shop|home|apartment)", RegexOptions.IgnoreCase)]
    private static partial Regex SelfReference();
}
