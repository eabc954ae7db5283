using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Root;

namespace ConciergeBot.Tests.Dialogs.Framework;

/// <summary>Engine tests route by a fixed table so they test the engine, not the classifier.</summary>
internal sealed class ScriptedClassifier : IMessageClassifier
{
    public MessageReading Read(string normalizedText, DateTimeOffset now) => normalizedText switch
    {
        "登记" => new MessageReading(ProfileDialog.Intent, 1, []),
        "崩溃" => new MessageReading(CrashingDialog.Intent, 1, []),
        "模糊" => new MessageReading("inquiry.general", 0.2, [], RunnerUp: "repair.general", NeedsClarification: true),
        _ => new MessageReading("smalltalk", 0.9, []),
    };
}
