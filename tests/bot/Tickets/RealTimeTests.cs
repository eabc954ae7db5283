namespace ConciergeBot.Tests.Bot.Tickets;

/// <summary>
/// Tests that measure lateness on the real clock run alone, after the parallel tests, so a busy test run on two
/// cores does not make them miss their tolerance.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealTimeTests
{
    public const string Name = "real time";
}
