using ConciergeBot.Dialogs.Root;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Dialogs.Framework;

/// <summary>The real host with the engine-test dialogs and scripted routing.</summary>
internal static class EngineHost
{
    public static Task<BotTestHost> StartAsync(string? dataDirectory = null, ManualClock? clock = null) =>
        BotTestHost.StartAsync(dataDirectory, clock, services =>
        {
            services.AddSingleton<IMessageClassifier, ScriptedClassifier>();
            services.AddSingleton<IRequestDialog, ProfileDialog>();
            services.AddSingleton<IRequestDialog, CrashingDialog>();
        });
}
