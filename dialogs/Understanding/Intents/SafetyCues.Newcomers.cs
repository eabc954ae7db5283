using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 31's classes, from owners new to the estate and to China and from the night: a smell "像坏的鸡蛋" in a learner's
/// Chinese, gas told in Japanese or Korean, someone lying still told as "does not move", tiles falling "off the wall
/// onto the walkway", a burglar still in the flat.
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(像|好像|一股|有)[^，。,.!！?？]{0,4}(坏|臭|烂)的鸡蛋|(ガス|瓦斯|가스)[^。.!！?？]{0,6}(の)?(匂い|臭い|におい|漏れ|냄새|새)|ガス漏れ")]
    private static partial Regex GasToldByANewcomer();

    [GeneratedRegex("\\b(man|woman|person|someone|somebody|old (man|lady|woman)|child|kid|he|she)\\b[^.!?]{0,40}\\b(lying|lies|collapsed|fell)\\b(?=[^.!?]{0,60}[.!?,]?\\s*(he|she|they|it)?\\s*(does not|doesn't|did not|didn't|is not|isn't|won't) (move|moving|respond|responding|answer|wake))", RegexOptions.IgnoreCase)]
    private static partial Regex LyingStillToldPlainlyInEnglish();

    [GeneratedRegex("\\b(tiles?|glass|bricks?|panels?|pieces|concrete)\\b[^.!?]{0,20}\\bfalling (off|from|down)\\b[^.!?]{0,60}\\b(walkway|path|footpath|people|kids|children|entrance|below)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex FallingOffAWallInEnglish();

    [GeneratedRegex("(进(了)?贼|有(个)?小偷|来了小偷|遭贼)(?=[^。.!！?？]{0,10}(还没走|还在|没走|在里面|在屋里|还在家))")]
    private static partial Regex BurglarStillInside();
}
