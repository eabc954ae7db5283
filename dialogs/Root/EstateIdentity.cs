using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Knowledge.Store;

namespace ConciergeBot.Dialogs.Root;

/// <summary>
/// The bot as the estate's data names it: the display name of its account and the hotline in its apology come from
/// the current knowledge (estate.json, hot-reloaded).
/// </summary>
public sealed class EstateIdentity(KnowledgeStore knowledge) : IBotIdentity
{
    /// <summary>The bot's account id on every channel that does not assign one.</summary>
    public const string AccountId = "conciergebot";

    public ChannelAccount Account => new(AccountId, knowledge.Current.Register.Profile.BotName, "bot");

    public string Apology => BotReplies.Apology(knowledge.Current.Register.Profile.ServiceCentre.Hotline);
}
