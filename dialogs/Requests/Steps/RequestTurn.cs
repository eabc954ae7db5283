using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>One turn of a request as its steps see it: the owner's message read for slots, the request so far, the intent's profile.</summary>
public sealed class RequestTurn(TurnContext turn, RequestState state, SlotReading slots, RequestServices services)
{
    public TurnContext Turn { get; } = turn;

    public RequestState State { get; } = state;

    public SlotReading Slots { get; } = slots;

    public RequestServices Services { get; } = services;

    public IntentProfile Profile => IntentProfiles.For(State.Intent);

    public EstateRegister Register => Services.Knowledge.Current.Register;

    public UserProfile User => Turn.User;

    public DateTimeOffset Now => Turn.Now;

    /// <summary>
    /// The visit or service time agreed, for a request that books one; a time told in any other request ("上周五报修…说周六
    /// 上午派师傅过来" in a complaint) is no appointment — it is kept only for a request queued behind it — unless the owner
    /// asked for someone to come then (<see cref="RequestState.VisitRequested"/>).
    /// </summary>
    public DateTimeOffset? Appointment => Profile.AsksTime || State.VisitRequested ? State.VisitAt : null;

    /// <summary>The owner's home as far as this chat knows it: the flat named in this request, the bound flat, or the one they introduced themselves with.</summary>
    public string? Home => State.HomeKey ?? User.BoundRoom ?? User.StatedRoom;

    /// <summary>The owner is reachable: a phone given in this request or earlier, or a chat bound to a flat on the register.</summary>
    public bool HasContact => State.Contact is not null || User.ContactPhone is not null;

    /// <summary>The owner's question in this message has been answered: it is not answered a second time further on.</summary>
    public bool QuestionAnswered { get; set; }

    public Task SendAsync(string text, CancellationToken cancellationToken) => Turn.SendActivityAsync(text, cancellationToken);
}
