namespace ConciergeBot.Tests.Dialogs.Understanding.Specs;

/// <summary>The first result of a model, in the spec's terms: matched text, resolved value, unit if any.</summary>
internal sealed record SpecResult(string Text, double? Value, string? Unit = null);
