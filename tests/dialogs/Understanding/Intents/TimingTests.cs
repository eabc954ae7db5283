namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>Timing tests run alone (no other test in parallel) and measure processor time, so a busy machine does not fail them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingTests
{
    public const string Name = "Timing";
}
