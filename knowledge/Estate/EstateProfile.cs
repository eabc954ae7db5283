namespace ConciergeBot.Knowledge.Estate;

/// <summary>
/// Who the bot speaks for, from <c>estate.json</c>: the estate's name, the management company, the name the bot
/// shows on every channel, the greeting it opens a conversation with (after "您好！") and the service centre with
/// its office hours and 24-hour hotline. Nothing of this is written in the code.
/// </summary>
public sealed record EstateProfile(string Name, string Company, string BotName, string Greeting, ServiceCentre ServiceCentre);
