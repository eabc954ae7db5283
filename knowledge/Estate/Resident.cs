namespace ConciergeBot.Knowledge.Estate;

/// <summary>
/// An owner or tenant on the register. Only the masked mobile (138****5678) and its last four digits are held,
/// enough to bind a chat user to a flat without keeping the full number.
/// </summary>
/// <param name="Surname">Family name, used to address the person (王先生).</param>
/// <param name="Honorific">先生 or 女士.</param>
/// <param name="MaskedMobile">Mobile with the middle four digits masked, e.g. 138****5678.</param>
/// <param name="Since">Move-in date for an owner (null when never moved in); lease start for a tenant.</param>
public sealed record Resident(string Surname, string Honorific, string MaskedMobile, DateOnly? Since)
{
    /// <summary>Last four digits of the registered mobile, checked when a chat user binds a flat.</summary>
    public string MobileLast4 => MaskedMobile[^4..];

    /// <summary>How the bot addresses the person: 王先生, 李女士.</summary>
    public string FormalName => Surname + Honorific;

    public bool MatchesMobile(string lastFour) => string.Equals(MobileLast4, lastFour?.Trim(), StringComparison.Ordinal);
}
