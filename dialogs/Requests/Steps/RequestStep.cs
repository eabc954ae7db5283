namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>
/// One thing a request gathers — where, whose flat, identity, what exactly, when, a contact, the owner's yes —
/// in the Bot Framework's slot-filling way: every message is read for every slot first (answers come in any order
/// and correct earlier ones), then the first step still pending asks its question. A step may also take an answer
/// no slot recognised (a free description of a public place, the details).
/// </summary>
public abstract class RequestStep
{
    public abstract string Name { get; }

    /// <summary>True when the step still needs the owner: the dialog asks its question.</summary>
    public abstract bool IsPending(RequestTurn turn);

    public abstract string Question(RequestTurn turn);

    /// <summary>Asked again after an answer the step could not use.</summary>
    public abstract string Retry(RequestTurn turn);

    /// <summary>Suggested replies shown with the question.</summary>
    public virtual IReadOnlyList<string> Choices(RequestTurn turn) => [];

    /// <summary>Takes an answer to this step's question that no slot recognised; true when it was used.</summary>
    public virtual Task<bool> TakeAnswerAsync(RequestTurn turn, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>Called when the question is asked, to remember it was (a step asked once, such as the visit time).</summary>
    public virtual void OnAsked(RequestTurn turn)
    {
    }
}
