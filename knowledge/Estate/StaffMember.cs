namespace ConciergeBot.Knowledge.Estate;

/// <summary>One member of staff on the roster.</summary>
/// <param name="Id">Stable id used by tickets and notifications ("assistant-lijing").</param>
/// <param name="Name">Name as owners know it (李静, 刘工).</param>
/// <param name="Mobile">Fictional mobile; never logged in full.</param>
/// <param name="Extension">Internal extension (assistants: 8101–8104).</param>
/// <param name="ChatUserId">The staff member's chat user id, when they use the bot.</param>
/// <param name="WeComMobile">Mobile used for @mentions in the WeCom group robot.</param>
/// <param name="Buildings">Buildings an assistant looks after.</param>
/// <param name="Shops">True for the assistant who looks after the shops.</param>
public sealed record StaffMember(
    string Id,
    string Name,
    StaffRole Role,
    string Mobile,
    string? Extension = null,
    string? ChatUserId = null,
    string? WeComMobile = null,
    IReadOnlyList<int>? Buildings = null,
    bool Shops = false)
{
    /// <summary>Mobile with the middle digits masked, safe for logs.</summary>
    public string MaskedMobile => Mobile.Length >= 11 ? $"{Mobile[..3]}****{Mobile[^4..]}" : "****";

    /// <summary>What an assistant covers, in Chinese: "1–2栋", "7–9栋及商铺".</summary>
    public string CoverageText
    {
        get
        {
            var buildings = Buildings is { Count: > 0 } b
                ? b.Count == 1 ? $"{b[0]}栋" : $"{b.Min()}–{b.Max()}栋"
                : "";
            return Shops ? (buildings.Length > 0 ? buildings + "及商铺" : "商铺") : buildings;
        }
    }
}
