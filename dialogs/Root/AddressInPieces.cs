using System.Globalization;
using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Root;

/// <summary>
/// "我是7栋的" then "1单元302": an owner who gives their address in pieces, one message each, before saying what they
/// need. The pieces are kept on the conversation until they make a flat of the register, which becomes the flat the
/// owner stated (verified later, when a request needs it). Only a message that is nothing but address pieces is taken.
/// </summary>
internal static partial class AddressInPieces
{
    /// <summary>The reply to a message made only of address pieces, or null when the message is something else.</summary>
    public static string? TryTake(TurnContext turn, EstateRegister register)
    {
        var text = turn.NormalizedText.Trim();
        if (turn.User.BoundRoom is not null || Pieces().Match(text) is not { Success: true } m || m.Length == 0
            || !(m.Groups["building"].Success || m.Groups["unit"].Success || m.Groups["room"].Success))
        {
            return null;
        }

        var before = turn.Conversation.AddressSoFar ?? new AddressPieces(null, null, null);
        var pieces = new AddressPieces(
            Number(m.Groups["building"]) ?? before.Building,
            Number(m.Groups["unit"]) ?? before.Unit,
            Number(m.Groups["room"]) ?? before.Room);
        var units = pieces is { Building: { } b, Unit: null, Room: { } r } ? register.Candidates(b, r) : [];
        if (pieces is { Building: { } building, Room: { } room } && units.Count <= 1)
        {
            turn.Conversation.AddressSoFar = null;
            var flat = pieces.Unit is { } unit ? register.TryGetRoom(building, unit, room) : units.Count == 1 ? units[0] : null;
            if (flat is null || PlaceReader.FromKey(flat.Key) is not { } place)
            {
                return $"抱歉，我没有在登记信息里找到{Said(pieces)}，麻烦再核对一下楼栋、单元和房号，例如“{register.ExampleFlat.DisplayName}”。";
            }

            turn.User.StatedRoom = flat.Key;
            return BotReplies.Introduced(place.Describe(), tenant: false);
        }

        turn.Conversation.AddressSoFar = pieces;
        return pieces.Building is null ? $"好的，{Said(pieces)}。请问是几栋？"
            : pieces.Room is null ? $"好的，{Said(pieces)}。请问是几单元几号？"
            : $"好的，{Said(pieces)}。请问是几单元？";
    }

    private static string Said(AddressPieces p) =>
        $"{(p.Building is { } b ? $"{b}栋" : "")}{(p.Unit is { } u ? $"{u}单元" : "")}{(p.Room is { } r ? r.ToString(CultureInfo.InvariantCulture) : "")}";

    private static int? Number(Group group)
    {
        if (!group.Success)
        {
            return null;
        }

        var value = group.Value;
        var digit = "一二三四五六七八九".IndexOf(value[0], StringComparison.Ordinal);
        return value.Length == 1 && digit >= 0 ? digit + 1 : int.Parse(value, CultureInfo.InvariantCulture);
    }

    /// <summary>The whole message: greeting and "我是/我住" fillers around a building (7栋), a unit (1单元) and a room (302), in that order.</summary>
    [GeneratedRegex(@"^(?:你好|您好|喂)?[，,\s]*(?:我|我们|我家|俺家)?(?:是|住|住在|家在|在)?[\s]*(?:(?<building>\d{1,2}|[一二三四五六七八九])\s*(?:栋|幢|号楼|座)\s*)?(?:(?<unit>\d|[一二三四五六七八九])\s*单元\s*)?(?:(?<room>\d{3,4})\s*(?:室|号|房)?)?[\s]*(?:的)?(?:业主|住户)?[。.!！～~]*$")]
    private static partial Regex Pieces();
}
