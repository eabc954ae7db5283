namespace ConciergeBot.Tests.Bot.Channels.Browser;

/// <summary>Browser tests run one at a time: each Chromium takes most of a core on this 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserTestGroup
{
    public const string Name = "Browser";
}
