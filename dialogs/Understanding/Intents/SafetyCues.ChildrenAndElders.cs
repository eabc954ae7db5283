using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger told by children and by older owners (round 27): a fall and then no moving or speaking, a spouse collapsed in
/// the toilet, an old person alone whose sight goes black and whose heart races.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"弟弟从上下铺摔下来了 不动也不说话": a fall, and the one who fell does not move, speak or answer.</summary>
    [GeneratedRegex("((摔|跌|滚)(下来|下去|倒|在地上)|从[^，。,.!！?？]{1,8}(掉|摔)下来)了?(?=[^。.!！?？]{0,10}((?<![拧推转拉扭打搬关开按])不动|不说话|没反应|叫不醒|不出声|没声音|没动静))")]
    private static partial Regex FallThenStill();

    /// <summary>"老伴倒厕所了", "我老头倒在卫生间": a spouse or parent down in the toilet or on the floor.</summary>
    [GeneratedRegex("(老伴|老头|老头子|老太|老太婆|老婆|老公|我妈|我爸|我婆婆|我公公|奶奶|爷爷|外婆|外公)(子)?倒(在)?(厕所|卫生间|洗手间|浴室|地上|地下)")]
    private static partial Regex DownInTheToilet();

    /// <summary>"头一阵阵晕 眼前发黑 心慌得不行…我一个人在屋": sight going black or the heart racing, told by someone alone.</summary>
    [GeneratedRegex("(眼前发黑|眼前一黑|心慌得(不行|厉害)|胸口(闷|疼|痛)得(不行|厉害)|喘不上气)(?=[^。.!！?？]{0,40}(一个人|就我一个|没人在|家里没人|独自))|(?<=(一个人|就我一个|家里没人)[^。.!！?？]{0,30})(眼前发黑|眼前一黑|心慌得(不行|厉害)|胸口(闷|疼|痛)得(不行|厉害)|喘不上气)")]
    private static partial Regex AloneAndFailing();
}
