using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>A fault in the writer's own home told in English: a repair, however unsure the model is of the words.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "The wooden floor in our living room has started lifting up near the balcony door": something of the writer's own
    /// home (our floor, my wardrobe door) that has given way — the standard's in-home repair.
    /// </summary>
    public static bool HomeFaultInEnglish(string text) => HasLatin(text) && HomeFault().IsMatch(text) && !SharedPartInEnglish().IsMatch(text);

    /// <summary>"The access door of our lobby won't open": a part of a shared place, however "our" it is.</summary>
    [GeneratedRegex(@"\b(doors?|lights?|lamps?|windows?|tiles?|ceiling|walls?|floor|switch(es)?|sockets?|(video )?intercom|door ?bell|card reader|lock)\b[^.!?,]{0,25}\b(lobby|lobbies|corridor|hallway|stair(s|well|case)?|lifts?|elevators?|garage|car ?park|gate|entrance|main door|ground floor|unit door|building door|club ?house|gym|pool|playground|podium|rooftop)\b|\b(lobby|lobbies|corridor|hallway|stair(s|well|case)?|lifts?|elevators?|garage|car ?park|gate|entrance|main door|ground floor|unit door|building door|club ?house|gym|pool|playground|podium|rooftop)\b[^.!?,]{0,25}\b(doors?|lights?|lamps?|windows?|tiles?|ceiling|walls?|floor|switch(es)?|sockets?|(video )?intercom|door ?bell|card reader|lock)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SharedPartInEnglish();

    /// <summary>"There's no smoke, the range hood just makes a rattling noise": an appliance at home that only makes a noise.</summary>
    public static bool ApplianceNoiseInEnglish(string text) => HasLatin(text) && ApplianceNoise().IsMatch(text) && !SharedPartInEnglish().IsMatch(text);

    [GeneratedRegex(@"\b(range hood|cooker hood|extractor fan|exhaust fan|fridge|refrigerator|freezer|washing machine|washer|dryer|water heater|boiler|oven|dishwasher|air ?con(ditioner)?|aircon|ac unit)\b[^.!?]{0,30}\b(rattl(e|es|ing)|buzz(es|ing)?|squeak(s|ing)?|hum(s|ming)?|click(s|ing)|grind(s|ing)|noise|noisy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ApplianceNoise();

    /// <summary>"Our upstairs neighbour's dog barks all night": a nuisance from others, in English, not a fault of the home.</summary>
    public static bool NuisanceInEnglish(string text) => EnglishNuisance().IsMatch(text);

    [GeneratedRegex(@"\b(noise|noisy|loud|banging|stomping|thumping|music|party|barking|dogs?|smok(e|es|ing)|smell(s|y)?|stink(s|ing)?|drilling|parking|parked|blocking|rubbish|trash|cigarettes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNuisance();

    /// <summary>"The guard was rude to my mother": the estate's staff named in English.</summary>
    public static bool NamesStaffInEnglish(string text) => EnglishStaff().IsMatch(text);

    [GeneratedRegex(@"\b(guards?|security|cleaners?|staff|manager|supervisor|concierge|reception(ist)?|front desk|management|property (company|office)|technician|repair ?man|handyman|engineer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishStaff();

    [GeneratedRegex(@"\b(our|my)\b[^.!?]{0,40}\b(floor|floorboards?|parquet|laminate|walls?|ceiling|doors?|windows?|tiles?|cabinets?|wardrobe|sink|tap|faucet|shower|toilet|boiler|water heater|fridge|oven|range hood|extractor fan|lights?|sockets?|switch(es)?|blinds?|curtain rail|(video )?intercom|door ?bell|entry ?phone)\b[^.!?]{0,40}\b(lifting|lifted|bulging|bulges|buckl(ing|ed)|warp(ed|ing)|cracked|cracking|broken|broke|peeling|came off|coming off|loose|stuck|jammed|not working|stopped working|stopped ringing|not ringing|won'?t ring|(doesn'?t|does not) ring|won'?t (open|close|shut|turn on|work|lock)|(doesn'?t|does not) (work|close|open|lock))\b|\b(floor|floorboards?|parquet|laminate|walls?|ceiling|doors?|windows?|tiles?|cabinets?|wardrobe|sink|tap|faucet|shower|toilet|boiler|water heater|fridge|oven|range hood|extractor fan|lights?|sockets?|switch(es)?|blinds?|curtain rail|(video )?intercom|door ?bell|entry ?phone)\b[^.!?]{0,30}\b(our|my)\b[^.!?]{0,40}\b(lifting|lifted|bulging|bulges|buckl(ing|ed)|warp(ed|ing)|cracked|cracking|broken|broke|peeling|came off|coming off|loose|stuck|jammed|not working|stopped working|stopped ringing|not ringing|won'?t ring|(doesn'?t|does not) ring|won'?t (open|close|shut|turn on|work|lock)|(doesn'?t|does not) (work|close|open|lock))\b", RegexOptions.IgnoreCase)]
    private static partial Regex HomeFault();
}
