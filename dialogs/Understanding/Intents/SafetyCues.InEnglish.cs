using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger told in English (round 25): a small child shut in or at a window, a body that fails now (chest pain, no
/// breath, a fit), a weapon, thick smoke, things falling where people are, water on live sockets, an ambulance on its
/// way; and the urgent repairs English speakers name (a blocked loo, a ceiling dripping now, a drain left open).
/// A supposition ("what should I do if…", "in case…") is not danger now.
/// </summary>
internal static partial class SafetyCues
{
    private const string NotSupposed = "(?<!\\b(if|in case|what if|suppose|supposing|when)\\b[^.!?]{0,60})";

    [GeneratedRegex(NotSupposed + "\\b(child|kid|baby|toddler|son|daughter|boy|girl|\\d{1,2} ?(yr|yrs|year|years)[ -]?old|\\d{1,2} ?(yo|y/o))\\b[^.!?]{0,40}((locked|shut) (him|her|them)sel(f|ves) in|(is |got |has been )?(locked|stuck|shut) in (the |a )?(bathroom|toilet|room|bedroom|car)|gone quiet|went quiet|on the (outside |open )?(window ?)?(ledge|sill)|on (a|an|the) (open )?windowsill|outside (the|a) window|hanging (out|from|over)|swallowed|choking|not breathing)", RegexOptions.IgnoreCase)]
    private static partial Regex ChildInDangerInEnglish();

    [GeneratedRegex(NotSupposed + "\\b(chest pains?|heart attack|can'?t breathe|cannot breathe|not breathing|struggling to breathe|trouble breathing|having a (stroke|seizure|fit)|unconscious|passed out|collapsed|fainted|won'?t stop bleeding|bleeding (heavily|badly|a lot|everywhere)|lots of blood|overdosed?)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex BodyFailingInEnglish();

    /// <summary>"Ibu fall down in bathroom, not waking up": a fall, then no waking or moving (the cue is the fall: the "not" after it is no denial).</summary>
    [GeneratedRegex(NotSupposed + "\\b(fell|fall|fallen|fainted|collapsed)( down| over)?\\b(?=[^.!?]{0,40}\\b(not|won'?t|can'?t|cannot) (waking|wake|moving|move|responding|respond|answering))", RegexOptions.IgnoreCase)]
    private static partial Regex FallThenNoWakingInEnglish();

    [GeneratedRegex(NotSupposed + "\\b(knife|knives|machete|gun|axe|weapon)\\b[^.!?]{0,40}\\b(threaten|attack|stab|waving|chasing|swinging|pointing)|\\b(threaten|attack|stab|waving|chasing|swinging)[a-z]*\\b[^.!?]{0,30}\\b(knife|machete|gun|axe|weapon)\\b|\\b(trying to|tried to|is trying to) (pry|prise|force|kick|break)( open)? (my|our|the) (front )?(door|lock)", RegexOptions.IgnoreCase)]
    private static partial Regex WeaponOrForcedDoorInEnglish();

    [GeneratedRegex("(?<=\\b(lift|elevator)\\b[^.!?]{0,60})\\b(we are|we're|there are|there's) (\\d+|two|three|four|five) (person|persons|people|of us)( still)? (inside|in it|in there)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleInsideAStoppedLiftInEnglish();

    [GeneratedRegex(NotSupposed + "\\b(thick|black|heavy|lots of|a lot of|so much) smoke\\b[^.!?]{0,30}\\b(pouring|coming|billowing|filling|out of|from)|\\bsmoke (is )?(pouring|billowing|filling)|\\bflames? (coming|shooting|out of|from)", RegexOptions.IgnoreCase)]
    private static partial Regex ThickSmokeInEnglish();

    [GeneratedRegex(NotSupposed + "\\b(fell|fallen|falling|crashed|came|dropped) (down )?[^.!?]{0,40}\\b(nearly|almost|just missed) (hit|hitting)|\\b(crashed|fell|came) down\\b[^.!?]{0,50}\\b(kids|children|people|playground|someone)\\b|\\b(more|bits|pieces|panels|tiles)[^.!?]{0,10}still falling", RegexOptions.IgnoreCase)]
    private static partial Regex FallingNearPeopleInEnglish();

    [GeneratedRegex("\\b(water|leak|leaking|dripping)\\b[^.!?]{0,50}\\b(sockets?|outlets?|plugs?|switch(es)?|wiring)\\b[^.!?]{0,30}\\b(crackl|spark|buzz|smok)|\\b(sockets?|outlets?)\\b[^.!?]{0,20}\\b(sparking|crackling|smoking)", RegexOptions.IgnoreCase)]
    private static partial Regex WaterOnSocketsInEnglish();

    [GeneratedRegex(NotSupposed + "\\b(called|calling|waiting for|guide) (an? |the )?(120|ambulance|paramedics)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmbulanceOnItsWayInEnglish();

    [GeneratedRegex("\\b(loo|toilet|wc)('s| is| has)? (completely |totally )?(blocked|clogged|overflowing|backed up)|\\bceiling\\b[^.!?]{0,20}\\b(dripping|leaking|pouring)\\b[^.!?]{0,30}\\b(now|rn|onto|on my|into)|\\b(leaking|pouring|gushing|dripping) (a lot|badly|everywhere)\\b|\\bwater (is )?all over the (bathroom |kitchen )?floor\\b|\\bno water (coming out|at all|in the (flat|whole flat|house))|\\b(water )?pipes? (has |have |just )?(burst|split|exploded)\\b|\\bburst (water )?pipe\\b|\\bwater everywhere\\b", RegexOptions.IgnoreCase)]
    private static partial Regex UrgentRepairInEnglish();

    [GeneratedRegex("\\b(drain|manhole)\\b[^.!?]{0,20}\\b(cover|grate|lid)\\b[^.!?]{0,20}\\b(gone|missing|open|off)|\\bbig open hole\\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpenHoleInEnglish();
}
