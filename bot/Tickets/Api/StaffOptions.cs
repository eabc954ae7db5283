namespace ConciergeBot.Tickets.Api;

/// <summary>
/// The <c>Staff</c> section: the bearer token of each member of staff who uses the ticket API, keyed by roster id
/// (<c>Staff__Tokens__manager-sunqiang=...</c>). The roster gives the role, so the manager's token is what
/// allows extensions. Tokens are secrets: set them in the environment, not in appsettings.json.
/// </summary>
internal sealed class StaffOptions
{
    public const string Section = "Staff";

    public Dictionary<string, string> Tokens { get; } = new(StringComparer.Ordinal);
}
