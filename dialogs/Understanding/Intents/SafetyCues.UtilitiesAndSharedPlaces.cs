using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Water, gas and electricity at home and the shared places (round 21): water risen to the sockets, a gas knob left open
/// with the flat full of the smell, someone drifting out of consciousness, an open well with no cover, a broken paving
/// stone that is tripping people now.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"卫生间进水，水已经到插座那么高了": water up to the sockets — live current in standing water.</summary>
    [GeneratedRegex("(水|积水)[^，。,.!！?？]{0,8}(到|淹到|漫到|没过|快到|碰到|泡到|泡着)[^，。,.!！?？]{0,3}(插座|插排|插线板|排插|电源)")]
    private static partial Regex WaterUpToTheSockets();

    /// <summary>"孩子把燃气灶旋钮拧开了没点着，满屋子都是味": gas left flowing, the flat full of it.</summary>
    [GeneratedRegex("(?<=(燃气|煤气|天然气|瓦斯|液化气|灶)[^。.!！?？]{0,30})(满屋子?|一屋子?|整屋|全屋|屋里全是|家里全是)[^，。,.!！?？]{0,4}(味|气味|臭)")]
    private static partial Regex GasLeftFlowing();

    /// <summary>"浑身冒冷汗，人已经迷迷糊糊的了": someone drifting out of consciousness now.</summary>
    [GeneratedRegex("(人|他|她|老伴|老人|孩子|我妈|我爸|老公|老婆)(已经|开始|有点|都)?(迷迷糊糊|意识模糊|神志不清|昏昏沉沉叫不醒|叫不太醒)")]
    private static partial Regex DriftingOff();

    /// <summary>"3栋后面那个井口盖子不见了，黑乎乎一个洞": an open well on a path.</summary>
    [GeneratedRegex("井口?(的)?盖(子|板)?[^，。,.!！?？]{0,3}(不见|没了|丢了|被偷|掉下去)|黑乎乎[^，。,.!！?？]{0,3}(一个)?(大)?洞")]
    private static partial Regex OpenWellOnAPath();

    /// <summary>"那块砖还翘着，今天又差点绊倒人": a broken paving stone or step tripping people now.</summary>
    [GeneratedRegex("(翘|松动|凸起|塌|破了|裂开|缺了)[^。.!！?？]{0,14}(又|差点|已经|刚才|刚刚)[^。.!！?？]{0,4}(绊倒|摔倒|崴|绊了)")]
    private static partial Regex TrippingPeopleNow();
}
