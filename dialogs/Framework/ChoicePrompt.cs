using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Framework;

/// <summary>
/// A choice among buttons. Accepts the button text, an unambiguous part of it, or its number (1, 2, 第一个 ...).
/// The result is the chosen choice's text.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

    protected override (bool Succeeded, string? Value) Recognize(TurnContext turn, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        var bare = AnswerText.Bare(turn.NormalizedText);
        if (bare.Length == 0 || choices.Count == 0)
        {
            return (false, null);
        }
        foreach (var choice in choices)
        {
            if (AnswerText.Bare(choice) == bare)
            {
                return (true, choice);
            }
        }
        if (options.YesNo && choices.Count >= 2 && Understanding.Acts.DialogActs.Read(bare) is { IsWholeMessage: true } act)
        {
            if (act.Act is Understanding.Acts.DialogAct.Affirm)
            {
                return (true, choices[0]);
            }

            if (act.Act is Understanding.Acts.DialogAct.Deny or Understanding.Acts.DialogAct.Cancel)
            {
                return (true, choices[1]);
            }
        }

        var index = IndexOf(bare);
        if (index >= 0 && index < choices.Count)
        {
            return (true, choices[index]);
        }
        var partial = choices.Where(c => AnswerText.Bare(c).Contains(bare, StringComparison.Ordinal) || bare.Contains(AnswerText.Bare(c), StringComparison.Ordinal)).ToList();
        return partial.Count == 1 ? (true, partial[0]) : (false, null);
    }

    private static int IndexOf(string bare)
    {
        var core = bare.Replace("第", "", StringComparison.Ordinal).Replace("个", "", StringComparison.Ordinal).Replace("项", "", StringComparison.Ordinal);
        if (int.TryParse(core, out var n))
        {
            return n - 1;
        }
        return core.Length == 1 ? Array.IndexOf(Ordinals, core) : -1;
    }
}
