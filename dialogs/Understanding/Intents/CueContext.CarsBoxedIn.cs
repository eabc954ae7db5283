using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// "my car is blocked in the garage", "有辆车堵在我车位后面，开不出去": a car boxed in is a parking matter for the order
/// of the estate, not a person in danger — unless someone is inside the car.
/// </summary>
internal static partial class CueContext
{
    public static bool CarBoxedIn(string text) => CarBlocked().IsMatch(text) && !SomeoneInTheCar().IsMatch(text);

    [GeneratedRegex("(my car|our car|the car|车位|我的车|我车|我家车)[^。.!！?？]{0,40}(blocked|boxed in|can'?t get out|cannot get out|can'?t drive out|开不出去|开不出来|出不去|堵住|堵着|挡住|挡着)|(blocked|堵住|堵着|挡住|挡着|堵在|挡在)[^。.!！?？]{0,12}(my car|车位|我的车|我车|车屁股|车头)", RegexOptions.IgnoreCase)]
    private static partial Regex CarBlocked();

    [GeneratedRegex("(人|孩子|小孩|老人|宝宝|狗|猫)[^，。,.!！?？]{0,4}(在|困在|关在|锁在)?(车里|车内)|(someone|child|kid|baby|dog|person|people) (is |are )?(inside|in (the|my|our) car)|车里(有人|有孩子|有小孩|有狗)", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneInTheCar();
}
