using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>A fault in the writer's own home told in English: a repair, however unsure the model is of the words.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "The wooden floor in our living room has started lifting up near the balcony door": something of the writer's own
    /// home (our floor, my wardrobe door) that has given way — the standard's in-home repair.
    /// </summary>
    public static bool HomeFaultInEnglish(string text) => HasLatin(text) && HomeFault().IsMatch(text);

    [GeneratedRegex(@"\b(our|my)\b[^.!?]{0,40}\b(floor|floorboards?|parquet|laminate|walls?|ceiling|doors?|windows?|tiles?|cabinets?|wardrobe|sink|tap|faucet|shower|toilet|boiler|water heater|fridge|oven|range hood|extractor fan|lights?|sockets?|switch(es)?|blinds?|curtain rail)\b[^.!?]{0,40}\b(lifting|lifted|bulging|bulges|buckl(ing|ed)|warp(ed|ing)|cracked|cracking|broken|broke|peeling|came off|coming off|loose|stuck|jammed|not working|stopped working|won?t (open|close|shut|turn on|work|lock)|doesn?t (work|close|open|lock))\b|\b(floor|floorboards?|parquet|laminate|walls?|ceiling|doors?|windows?|tiles?|cabinets?|wardrobe|sink|tap|faucet|shower|toilet|boiler|water heater|fridge|oven|range hood|extractor fan|lights?|sockets?|switch(es)?|blinds?|curtain rail)\b[^.!?]{0,30}\b(our|my)\b[^.!?]{0,40}\b(lifting|lifted|bulging|bulges|buckl(ing|ed)|warp(ed|ing)|cracked|cracking|broken|broke|peeling|came off|coming off|loose|stuck|jammed|not working|stopped working|won?t (open|close|shut|turn on|work|lock)|doesn?t (work|close|open|lock))\b", RegexOptions.IgnoreCase)]
    private static partial Regex HomeFault();
}
