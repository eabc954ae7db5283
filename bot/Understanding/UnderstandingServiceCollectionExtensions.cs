using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding;

namespace ConciergeBot.Understanding;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// Reading a message: the intent classifier (trained once per process) and the entity recognizer bound to the
    /// estate register of the current knowledge (needs <c>AddKnowledge</c>). Text normalisation runs as turn middleware.
    /// </summary>
    public static IHostApplicationBuilder AddUnderstanding(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<EstateEntities>();
        services.AddSingleton<EntityExtractor>(sp => sp.GetRequiredService<EstateEntities>().Recognize);
        services.AddSingleton(_ => MessageUnderstanding.Shared.Classifier);
        services.AddSingleton<IMessageClassifier, TrainedClassifier>();
        return builder;
    }
}
