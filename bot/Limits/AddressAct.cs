namespace ConciergeBot.Limits;

/// <summary>What is limited per caller address.</summary>
public enum AddressAct
{
    /// <summary>Minting a Direct Line token (<c>/v3/directline/tokens/*</c>, <c>/chat/token</c>).</summary>
    Tokens,

    /// <summary>Starting a Direct Line conversation.</summary>
    Conversations,

    /// <summary>A call to <c>/api/messages</c> let in without credentials because it came from loopback.</summary>
    LoopbackMessages,
}
