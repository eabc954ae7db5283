using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Framework;

/// <summary>A yes/no question with 是/否 buttons, understanding the usual Chinese (and a little English) answers.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    private static readonly string[] Yes =
        ["是", "是的", "对", "对的", "对啊", "对呀", "好", "好的", "好啊", "可以", "行", "行的", "嗯", "嗯嗯", "恩", "确认", "确定", "没错", "没问题", "要", "需要", "ok", "okay", "yes", "y", "好滴", "可以的", "就这样", "提交", "是滴", "👌", "1"];

    private static readonly string[] No =
        ["否", "不", "不是", "不对", "不要", "不用", "不需要", "不行", "不可以", "no", "n", "错了", "不确认", "有误", "2"];

    protected override (bool Succeeded, bool Value) Recognize(TurnContext turn, PromptOptions options)
    {
        var bare = AnswerText.Bare(turn.NormalizedText);
        if (bare.Length == 0)
        {
            return (false, false);
        }
        if (Array.IndexOf(No, bare) >= 0 || (bare.Length <= 6 && (bare.StartsWith("不对", StringComparison.Ordinal) || bare.StartsWith("不是", StringComparison.Ordinal) || bare.StartsWith("不用", StringComparison.Ordinal))))
        {
            return (true, false);
        }
        if (Array.IndexOf(Yes, bare) >= 0 || (bare.Length <= 6 && (bare.StartsWith("是的", StringComparison.Ordinal) || bare.StartsWith("对的", StringComparison.Ordinal) || bare.StartsWith("好的", StringComparison.Ordinal) || bare.StartsWith("没错", StringComparison.Ordinal))))
        {
            return (true, true);
        }
        return (false, false);
    }

    protected override Activity Render(PromptOptions options, string text) =>
        MessageFactory.SuggestedActions(options.Choices is { Count: 2 } c ? c : ["是", "否"], text);
}
