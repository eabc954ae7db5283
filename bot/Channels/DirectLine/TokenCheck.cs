namespace ConciergeBot.Channels.DirectLine;

/// <summary>The outcome of reading a bearer credential.</summary>
internal enum TokenCheck
{
    Valid,
    Invalid,
    Expired,
}
