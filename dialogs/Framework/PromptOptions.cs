namespace ConciergeBot.Dialogs.Framework;

/// <summary>
/// What a prompt asks. After <see cref="MaxAttempts"/> unusable answers the prompt stops asking and hands the
/// conversation to a human instead of looping.
/// </summary>
public sealed record PromptOptions
{
    public required string Prompt { get; init; }

    public string? RetryPrompt { get; init; }

    /// <summary>Choices for choice prompts, shown as buttons.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    public int MaxAttempts { get; init; } = 3;

    /// <summary>A yes/no question put as two choices: 是/对/好 picks the first, 不是/不用 the second.</summary>
    public bool YesNo { get; init; }
}
