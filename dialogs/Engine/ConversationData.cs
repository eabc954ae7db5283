using ConciergeBot.Dialogs.Framework;

namespace ConciergeBot.Dialogs.Engine;

/// <summary>Durable per-conversation state. <see cref="DialogVersion"/> stamps the dialog tree that wrote the stack.</summary>
public sealed class ConversationData
{
    public string? DialogVersion { get; set; }

    public DialogState Dialogs { get; set; } = new();

    /// <summary>Number of turns processed in this conversation (also makes lost or interleaved turns detectable).</summary>
    public long TurnCount { get; set; }

    public bool Greeted { get; set; }

    /// <summary>The ticket this conversation opened last and when, so "刚才那个帮我取消吧" can cancel it after its dialog ended.</summary>
    public string? LastTicket { get; set; }

    public DateTimeOffset? LastTicketAt { get; set; }

    /// <summary>When the owner last called off a request or ticket here, so a second "取消" is answered as done.</summary>
    public DateTimeOffset? LastCancelledAt { get; set; }

    /// <summary>The request the owner called off last (as its dialog held it) and when, so "哎还是修吧" brings it back.</summary>
    public CancelledRequest? Cancelled { get; set; }

    /// <summary>The message a clarifying question is pending on, and the likeliest request it holds.</summary>
    public PendingRequest? PendingClarify { get; set; }

    /// <summary>The last fee question answered with a computed figure, so "那一次交清全年呢？" is read with it.</summary>
    public string? LastFeeQuestion { get; set; }

    /// <summary>The last flat on the register named here, so "how much is it for that flat?" is asked of it.</summary>
    public string? LastRoomNamed { get; set; }

    /// <summary>The call-back numbers said here (oldest first, at most a few), so "还是打150那个吧" picks one of them.</summary>
    public List<string> PhonesSaid { get; set; } = [];

    /// <summary>The last handbook answers given here (newest last), so "停车费刚才说是多少来着？" gets the same answer again.</summary>
    public List<RememberedAnswer> RecentAnswers { get; set; } = [];

    /// <summary>The pieces of an address the owner has given so far in separate messages ("我是7栋的"), before a request.</summary>
    public AddressPieces? AddressSoFar { get; set; }

    /// <summary>A public place the owner said before saying what is there ("南门进来那条路"), kept until the matter comes.</summary>
    public string? PlaceSoFar { get; set; }

    /// <summary>
    /// The hand-over ticket opened here ("我要找人工") and when: the matter the owner explains right after becomes its
    /// own ticket, which takes the hand-over's place rather than standing beside it.
    /// </summary>
    public HandOverTicket? HandOver { get; set; }
}

/// <summary>A ticket opened to hand the conversation to a person, and when.</summary>
public sealed record HandOverTicket(string Number, DateTimeOffset OpenedAt);

/// <summary>A question the bot answered from the handbook, and the answer it gave.</summary>
public sealed record RememberedAnswer(string Question, string Text);

/// <summary>A building, a unit and a room number, each when said.</summary>
public sealed record AddressPieces(int? Building, int? Unit, int? Room);

/// <summary>A message waiting on a clarifying question: its words as written and normalised, and the likeliest intent.</summary>
public sealed record PendingRequest(string Text, string Normalized, string Intent);

/// <summary>A request called off: its intent, the dialog's state at the time (opaque here), and when.</summary>
public sealed record CancelledRequest(string Intent, System.Text.Json.Nodes.JsonNode State, DateTimeOffset At);
