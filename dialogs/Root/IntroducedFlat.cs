using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Binding;
using ConciergeBot.Dialogs.Requests.Steps;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Root;

/// <summary>
/// "你好，我是5栋1单元1803的业主" then "2564": an owner who introduced themselves sends the last four digits of the
/// registered mobile before being asked. They are taken as the binding for the flat they named.
/// </summary>
internal static partial class IntroducedFlat
{
    public static async Task<bool> TryBindAsync(TurnContext turn, EstateRegister register, IBindingGuard guard, CancellationToken cancellationToken)
    {
        if (turn.User.BoundRoom is not null || turn.User.StatedRoom is not { } stated
            || LastFour().Match(turn.NormalizedText.Trim()) is not { Success: true } digits || !BindingStep.CanBind(register, stated))
        {
            return false;
        }

        var bound = await BindingStep.BindAsync(turn, register, guard, stated, digits.Groups[1].Value, cancellationToken);
        await turn.SendActivityAsync(bound is null ? "不影响办理，请问有什么可以帮您？" : "请问有什么可以帮您？", cancellationToken);
        return true;
    }

    [GeneratedRegex(@"^(?:我的?)?(?:手机|电话)?(?:号码?)?(?:尾号|后四位|後四位)?(?:是|係)?[:：]?\s*(\d{4})[。.!！]?$")]
    private static partial Regex LastFour();
}
