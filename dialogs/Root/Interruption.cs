using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Dialogs.Root;

/// <summary>
/// Interruptions any dialog yields to: cancel (取消/退出/算了, and every whole-message cancel act: 算了不用了,
/// 那取消吧, 不需要了, 我自己修好了), help (帮助), a person (转人工). Only a message that is
/// clearly just that request counts — "取消" does, "我想取消上次的预约" does not (that is a request of its own).
/// </summary>
public enum Interruption
{
    None,
    Cancel,
    Help,
    Human,
}

public static partial class Interruptions
{
    /// <summary>A message asking for a person may also say why (机器人听不懂); longer ones are requests of their own.</summary>
    private const int MaxPersonRequest = 30;

    private static readonly HashSet<string> Cancel = new(StringComparer.Ordinal)
    {
        "取消", "退出", "算了", "不用了", "不要了", "不办了", "结束", "停止", "取消吧", "算了吧", "退出吧", "取消了", "cancel", "quit", "exit", "stop",
    };

    private static readonly HashSet<string> Help = new(StringComparer.Ordinal)
    {
        "帮助", "help", "怎么用", "你能做什么", "你会什么", "你可以做什么", "菜单", "功能", "使用帮助", "?", "？",
    };

    private static readonly HashSet<string> Human = new(StringComparer.Ordinal)
    {
        "转人工", "人工", "人工客服", "人工服务", "找人工", "真人", "客服", "转客服", "找客服", "我要人工", "要人工", "我要找人工", "接人工", "人工台",
    };

    /// <summary>The interruption in a message, reading its dialog acts the way the classifier does (regional words folded first).</summary>
    public static Interruption Detect(string normalizedText)
    {
        var acts = DialogActs.Read(DialectFolding.Fold(normalizedText ?? ""));
        return Detect(normalizedText ?? "", acts.Act, acts.IsWholeMessage);
    }

    /// <summary>The interruption in a message whose dialog act the turn's reading already holds.</summary>
    public static Interruption Detect(string normalizedText, DialogAct act, bool isOnlyAct)
    {
        if (act == DialogAct.Cancel && isOnlyAct)
        {
            return Interruption.Cancel;
        }

        if (AsksForAPerson().IsMatch(normalizedText ?? "") && (normalizedText ?? "").Length <= MaxPersonRequest)
        {
            return Interruption.Human;
        }

        var bare = AnswerText.Bare(normalizedText ?? "");
        if (bare.Length is 0 or > 8)
        {
            return normalizedText?.Trim() is "?" or "？" ? Interruption.Help : Interruption.None;
        }
        bare = bare.TrimEnd('吧', '啊', '呀', '了', '的', '哦', '吗');
        return Cancel.Contains(bare) || Cancel.Contains(bare + "了") ? Interruption.Cancel
            : Help.Contains(bare) ? Interruption.Help
            : Human.Contains(bare) || Human.Contains(bare.Replace("请", "", StringComparison.Ordinal).Replace("帮我", "", StringComparison.Ordinal)) ? Interruption.Human
            : Interruption.None;
    }

    [System.Text.RegularExpressions.GeneratedRegex("(找|要|转|接|搵|换)(个)?(真人|人工|客服|真人客服|人工客服|活人)|人工客服|真人客服|不想跟机器人|机器人听不懂|听不懂我|跟真人说|real person|human agent|talk to a (person|human)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsksForAPerson();
}
