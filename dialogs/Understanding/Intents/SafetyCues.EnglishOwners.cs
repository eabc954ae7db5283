using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger and urgent faults as English-speaking owners write them (round 28, a set wholly in English): someone armed
/// among people, a bottled-gas smell, a stopped lift "with five of us inside", water running onto sockets that are
/// still live, glass or fragments coming down where people walk, someone climbing in at a window; and the terse texts
/// of a hurry ("no elec", "WC choke!", "sewage B2", water in a car park getting deeper, a branch hanging over a path,
/// "Upstairs again!!! bang bang bang").
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex(NotSupposed + "\\b(man|men|guy|guys|someone|somebody|person|stranger|woman|people|drunk)\\b[^.!?]{0,20}\\bwith an? (knife|machete|gun|axe|blade|weapon|cleaver)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneArmedInEnglish();

    [GeneratedRegex(NotSupposed + "\\b(lpg|propane|butane|bottled gas|gas cylinder|gas tank|rotten[- ]eggs?)\\b[^.!?]{0,25}\\b(smell|smells|smelling|stink|stinks|leak|leaking|hiss|hissing)|\\b(smell|smells|stink|reek)s?( strongly)? (of|like) (lpg|propane|butane|bottled gas|rotten eggs?)\\b|(?<!\\b(if|when|what|whenever|in case)\\b[^.!?]{0,20})\\b(smell|smells|smelt|smelled|smelling|reeks?|stinks?)( strongly| strong| really strongly)?( of| like)? (natural )?gas\\b(?! (bill|fee|price|station|company|meter reading))(?![\\s\\S]{0,40}\\b(no,? sorry|sorry,? no|just kidding|jk|haha|lol|false alarm|my bad|never ?mind|it'?s (just )?(my|the|a) (durian|cooking|food|dinner))\\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BottledGasInEnglish();

    [GeneratedRegex("(?<=\\b(lift|elevator)\\b[^.!?]{0,60})\\bwith (\\d+|two|three|four|five|six|seven|eight) (of us|people|persons|kids|children|residents|passengers)( still)? (inside|in it|in there|trapped|stuck)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeveralInsideAStoppedLiftInEnglish();

    [GeneratedRegex(NotSupposed + "\\b(water|leak|leaking)\\b[^.!?]{0,25}\\b(pouring|running|dripping|spraying|gushing|coming|getting|going)?\\s*(onto|into|over|on|in) (the |my |our |a )?(sockets?|outlets?|power (board|strip|points?)|extension (lead|cord|board)|fuse ?box|switchboard|plugs?)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex WaterOntoSocketsInEnglish();

    [GeneratedRegex(NotSupposed + "\\b(glass|fragments?|shards?|pieces|tiles?|debris|bricks?|panels?|frame)\\b[^.!?]{0,40}\\b(falling|dropping|coming down|detaching|about to fall|hanging loose|smashed down|crashed down|fell down|came down)\\b[^.!?]{0,80}\\b(people|residents|kids|children|pedestrians|walkway|footpath|passing|below|playground|entrance)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComingDownOnPeopleInEnglish();

    [GeneratedRegex(NotSupposed + "\\b(man|guy|someone|somebody|stranger|person|men|people|thief|burglar)\\b[^.!?]{0,15}\\b(is |are )?(climbing|breaking|getting|sneaking|crawling) (in|into)( through)? (a |the |my |our |their )?(window|balcony|flat|unit|home)", RegexOptions.IgnoreCase)]
    private static partial Regex ClimbingInInEnglish();

    [GeneratedRegex("^\\W*(no|zero) (elec|electric|electricity|power|lights?|water)\\b|\\b(wc|toilet|loo)\\b[^.!?]{0,10}\\b(choke|choked|chokd|blokd|blocked|clogged|overflowing)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex TerseUrgentRepairInEnglish();

    [GeneratedRegex("^\\W*sewage\\b|\\bsewage\\b[^.!?]{0,30}\\b(overflowing|flooding|everywhere|coming up|backing up|leaking)|\\b(water|puddle|flood(ing)?)\\b[^.!?]{0,60}\\b(car ?park|garage|basement|lobby|b[1-3])\\b[^.!?]{0,40}\\b(getting deeper|rising|keeps rising|spreading)|\\b(branch|tree)\\b[^.!?]{0,30}\\b(half broken|cracked|snapped|hanging|about to fall)\\b[^.!?]{0,40}\\b(over|above|across) (the )?(footpath|path|walkway|road|playground|entrance)", RegexOptions.IgnoreCase)]
    private static partial Regex SharedPlaceUrgentInEnglish();

    [GeneratedRegex("\\b(upstairs|downstairs|next door|neighbou?rs?)\\b[^.?]{0,15}\\b(again)?\\W*(bang|banging|thump|thumping|stomping|boom|drilling)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex NeighbourBangingInEnglish();
}
