using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Binding;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>
/// Binds the chat to the owner's flat with the last four digits of the registered mobile — offered once, skippable;
/// the digits are taken whenever they come (<see cref="TryBindAsync"/>). The owner is then addressed by surname.
/// </summary>
public sealed class BindingStep : RequestStep
{
    public const string StepName = "binding";

    public override string Name => StepName;

    public override bool IsPending(RequestTurn turn) =>
        turn.User.BoundRoom is null && !turn.State.BindingOffered && HomeToBind(turn) is { } home && CanBind(turn.Register, home);

    public override string Question(RequestTurn turn) =>
        $"为了核实身份并绑定{PlaceReader.FromKey(HomeToBind(turn)!)?.Describe()}，请回复该房屋登记手机号的后四位（不方便可回复“跳过”）。";

    public override string Retry(RequestTurn turn) => "请回复登记手机号的后四位数字，或回复“跳过”。";

    public override void OnAsked(RequestTurn turn) => turn.State.BindingOffered = true;

    /// <summary>The flat the owner says is theirs in this request.</summary>
    public static string? HomeToBind(RequestTurn turn) =>
        turn.State.HomeKey ?? (turn.Profile.Place is Understanding.Intents.PlaceNeed.Home ? turn.State.RoomKey : null);

    /// <summary>
    /// The flat four digits may verify: the owner's home, or — when the owner sends the digits unasked — the flat a
    /// complaint or a request was placed at ("8栋1单元601" at "在哪个位置？", then "2518"), unless it is the other party's.
    /// </summary>
    public static string? FlatToVerify(RequestTurn turn) =>
        HomeToBind(turn) ?? (turn.Profile.Place is Understanding.Intents.PlaceNeed.OtherParty ? null : turn.State.RoomKey);

    /// <summary>"3栋2单元2604，尾号6580": the digits said in this message with the flat, bound once the flat is taken.</summary>
    public static Task<bool> TryBindDigitsSaidAsync(RequestTurn turn, CancellationToken cancellationToken) =>
        turn.Slots.LastFour is { } lastFour ? TryBindAsync(turn, lastFour, cancellationToken) : Task.FromResult(false);

    /// <summary>Binds when the digits match someone on the register for the owner's flat; says so either way.</summary>
    public static async Task<bool> TryBindAsync(RequestTurn turn, string lastFour, CancellationToken cancellationToken)
    {
        if (turn.User.BoundRoom is not null || FlatToVerify(turn) is not { } home)
        {
            return false;
        }

        turn.State.BindingOffered = true;
        var bound = await BindAsync(turn.Turn, turn.Register, turn.Services.Bindings, home, lastFour, cancellationToken);
        if (bound is null)
        {
            await turn.SendAsync("不影响这次办理，我们继续为您处理。", cancellationToken);
            return true;
        }

        if (turn.State.RoomKey == home)
        {
            // A complaint about a public place keeps the place beside the flat it came from.
            turn.State.SetPlace(PlaceReader.FromKey(bound.Key)! with { Location = turn.State.Location }, bound.Key);
        }

        turn.State.HomeKey ??= bound.Key;
        return true;
    }

    /// <summary>
    /// The one place a chat is bound to a flat: the digits are checked against the owner and the tenant on the register,
    /// and the owner is then addressed by surname; never whose flat it is before the digits are right. Wrong answers
    /// count towards a lock-out (<see cref="IBindingGuard"/>); while one is in force nothing is compared, so guessing on
    /// gains nothing. Returns the flat bound, or null.
    /// </summary>
    public static async Task<RoomInfo?> BindAsync(
        TurnContext turn, EstateRegister register, IBindingGuard guard, string home, string lastFour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(guard);
        var occupants = Occupants(register, home);
        var flats = occupants.Select(r => r.Key).ToList();
        var user = $"{turn.Activity.ChannelId}/{turn.Activity.From?.Id}";
        if (flats.Count > 0 && await guard.LockedUntilAsync(user, flats, cancellationToken) is { } locked)
        {
            await turn.SendActivityAsync(LockedOut(register, locked, turn.Now), cancellationToken);
            return null;
        }

        var match = occupants.FirstOrDefault(r => r.IsRegisteredMobile(lastFour));
        if (match is null)
        {
            var lockedNow = flats.Count > 0 ? await guard.FailedAsync(user, flats, cancellationToken) : null;
            await turn.SendActivityAsync(lockedNow is { } until
                ? LockedOut(register, until, turn.Now)
                : "抱歉，手机号后四位与登记信息不一致，暂时无法绑定。", cancellationToken);
            return null;
        }

        var resident = match.Owner?.MatchesMobile(lastFour) == true ? match.Owner : match.Tenant!;
        turn.User.BoundRoom = match.Key;
        turn.User.Surname = resident.Surname;
        turn.User.Honorific = resident.Honorific;
        await turn.SendActivityAsync($"{turn.User.Address}您好，已为您绑定{match.DisplayName}，以后报修无需再提供房号。", cancellationToken);
        return match;
    }

    /// <summary>Someone lives in or owns the flat (an unsold flat cannot be bound).</summary>
    public static bool CanBind(EstateRegister register, string key) => Occupants(register, key).Count > 0;

    private static string LockedOut(EstateRegister register, DateTimeOffset until, DateTimeOffset now) =>
        $"为保障业主信息安全，该房屋的身份核验尝试次数过多，在线绑定已暂停，约{ChineseTimeText.Length(until - now)}后恢复。" +
        $"如需尽快绑定，请拨打服务热线 {register.Profile.ServiceCentre.Hotline}，由工作人员为您核实。";

    private static IReadOnlyList<RoomInfo> Occupants(EstateRegister register, string key)
    {
        if (!RoomKey.TryParse(key, out var k))
        {
            return [];
        }

        var rooms = k.Shop is null && k.Unit is null
            ? register.Candidates(k.Building, k.Room)
            : register.TryGetRoom(key) is { } room ? [room] : [];
        return [.. rooms.Where(r => r.Owner is not null || r.Tenant is not null)];
    }
}
