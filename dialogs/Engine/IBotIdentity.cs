using ConciergeBot.Dialogs.Activities;

namespace ConciergeBot.Dialogs.Engine;

/// <summary>
/// Who is speaking, as the host configures it: the account the bot's replies come from when the channel did not
/// name one, and the apology a failed turn ends with. Read once per turn, so a change of the data behind it reaches
/// the next turn. The engine itself knows no estate.
/// </summary>
public interface IBotIdentity
{
    ChannelAccount Account { get; }

    string Apology { get; }
}
