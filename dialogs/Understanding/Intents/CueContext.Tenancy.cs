using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A landlord writing about the tenancy ("Hi, I own 5-2-1201 but it's rented out. My tenant is moving out this Saturday",
/// "我是1503的房东，租客这周六要搬走"): a tenant moving in or out, with no fault named, sends nobody anywhere.
/// </summary>
internal static partial class CueContext
{
    /// <summary>The message speaks of a let flat and a tenant moving, and names no fault.</summary>
    public static bool TenantMovingOnly(string text) =>
        (Tenancy().IsMatch(text) || (HasLatin(text) && TenancyInEnglish().IsMatch(text)))
        && (MovingWords().IsMatch(text) || (HasLatin(text) && MovingInEnglish().IsMatch(text)))
        && !Fault().IsMatch(text) && !(HasLatin(text) && FaultInEnglish().IsMatch(text));

    [GeneratedRegex("房东|租出去|出租|租给|租客|租户|退租|房客")]
    private static partial Regex Tenancy();

    [GeneratedRegex(@"\b(rent(ed|s|ing)? (it |the flat |the apartment )?out|let (it )?out|tenants?|landlord|lease)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TenancyInEnglish();

    [GeneratedRegex("搬走|搬出|搬家|搬进|搬来|入住|退租|到期")]
    private static partial Regex MovingWords();

    [GeneratedRegex(@"\b(mov(e|es|ed|ing) (out|in|away)|leav(e|es|ing)|lease (ends|is up)|new tenants?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MovingInEnglish();

    [GeneratedRegex(@"\b(broken|leak\w*|block\w*|no (water|power|electricity)|not working|noise|noisy|loud|smell\w*|fire|smoke|flood\w*|burst|stuck|trapped|damage\w*|crack\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FaultInEnglish();
}
