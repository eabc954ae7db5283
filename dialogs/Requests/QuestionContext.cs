using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// "我这个铺子物业费一个月多少钱？" from an owner whose flat or shop is known: the question is read with that address,
/// so the fee is computed for it.
/// </summary>
public static partial class QuestionContext
{
    public static string WithHome(string normalized, string? home, IReadOnlyList<RecognizedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(entities);
        if (home is null || entities.Any(e => e.Type is EntityTypes.Room or EntityTypes.Area) || !SelfReference().IsMatch(normalized)
            || PlaceReader.FromKey(home) is not { } place)
        {
            return normalized;
        }

        return $"{place.Describe()}，{normalized}";
    }

    [GeneratedRegex("我家|我这|我的房|我们家|我屋|我住的|我这个铺|我的铺|我店|我们(的)?(商铺|铺子|店|这套|房子)|本户|我那套|咱家|my (flat|shop|home|apartment)", RegexOptions.IgnoreCase)]
    private static partial Regex SelfReference();
}
