using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Tickets;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// "好，我现在就打120" after the ticket for a fall was opened: the owner calls the emergency services themselves — the same
/// incident, noted on the ticket just opened, never a second emergency.
/// </summary>
public sealed partial class RequestDialog
{
    private async Task<bool> TakeLateOwnCallAsync(TurnContext turn, string number, CancellationToken cancellationToken)
    {
        if (OwnEmergencyCall().Match(turn.NormalizedText) is not { Success: true } call
            || !await services.Tickets.AddDetailsAsync(number, OwnerIdentity.Of(turn.Activity), null, turn.Activity.Text?.Trim(), cancellationToken))
        {
            return false;
        }

        var service = call.Groups["service"].Value;
        var dialled = service.Length > 0 && char.IsDigit(service[0]) ? service : "120";
        await turn.SendActivityAsync(
            $"好的，请您先拨打{dialled}，保持电话畅通。工单 {number} 已记下这一情况，我们的工作人员仍在赶往现场，会配合急救人员。还有其他需要帮忙的吗？", cancellationToken);
        return true;
    }

    /// <summary>
    /// The whole message says the owner calls, or has called, 120/119/110 or an ambulance themselves: "好，我现在就打120",
    /// "我已经打了120了", "OK, I'm calling an ambulance now".
    /// </summary>
    [GeneratedRegex(@"^(?:(?:好的?|嗯+|行|ok|okay|那|那我)[,，\s]*)?(?:我|我们)?(?:现在|马上|这就|立刻|已经|刚|刚刚|先)?(?:就)?(?:去)?(?:打|拨|叫)(?:了)?(?:个)?(?<service>120|119|110|救护车|急救)(?:了)?(?:电话)?(?:了)?[。.!！~]*$|^(?:ok(?:ay)?[,\s]*)?(?:i'?m|i am|we'?re|we are) (?:calling|ringing|phoning) (?<service>120|119|110|an ambulance|the ambulance|the police|the fire brigade)(?: now)?[.!]*$|^(?:ok(?:ay)?[,\s]*)?(?:i|we) (?:have |'ve )?(?:already )?(?:called|rang|phoned) (?<service>120|119|110|an ambulance|the ambulance|the police|the fire brigade)[.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnEmergencyCall();
}
