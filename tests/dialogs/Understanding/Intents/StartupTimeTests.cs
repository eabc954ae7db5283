using ConciergeBot.Dialogs.Understanding;
using ConciergeBot.Dialogs.Understanding.Normalization;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>The classifier trains at start: loading the corpus, normalising it and training must stay well under a second.</summary>
[Collection(TimingTests.Name)]
public sealed class StartupTimeTests(ITestOutputHelper output)
{
    [Fact]
    public void Building_the_understanding_pipeline_takes_well_under_a_second_of_processor_time()
    {
        var normalizer = TextNormalizer.Shared;
        MessageUnderstanding? built = null;
        var cpu = ProcessorTime.BestOf(3, () => built = MessageUnderstanding.Create(normalizer));
        output.WriteLine($"startup: {cpu.TotalMilliseconds:F0} ms processor time, {built!.StartupTime.TotalMilliseconds:F0} ms wall (last run)");
        Assert.True(cpu < TimeSpan.FromMilliseconds(800), $"startup took {cpu.TotalMilliseconds:F0} ms of processor time");
    }
}
