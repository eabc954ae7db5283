namespace ConciergeBot.Dialogs.Engine;

/// <summary>Durable per-user state: who the user is to the estate.</summary>
public sealed class UserProfile
{
    /// <summary>Room the chat is bound to after identity check, canonical "B-U-R" or "S101".</summary>
    public string? BoundRoom { get; set; }

    /// <summary>Owner's surname from the register, for polite address (王先生/李女士).</summary>
    public string? Surname { get; set; }

    /// <summary>Honorific after the surname: 先生 or 女士, when known.</summary>
    public string? Honorific { get; set; }

    /// <summary>A contact phone an unbound user gave (stored as given; masked in logs).</summary>
    public string? ContactPhone { get; set; }

    /// <summary>Staff member id when the user is bound as staff.</summary>
    public string? StaffId { get; set; }

    /// <summary>The user writes Traditional characters, so the bot answers in Traditional (kept across turns like "是").</summary>
    public bool PrefersTraditional { get; set; }

    /// <summary>The owner writes Cantonese: Traditional replies use Hong Kong forms rather than Taiwan's.</summary>
    public bool WritesCantonese { get; set; }

    /// <summary>The flat the owner said is theirs before asking anything ("你好，我是1栋2单元1801的"), not yet verified.</summary>
    public string? StatedRoom { get; set; }

    /// <summary>
    /// How to open a sentence to the user: "王先生" when the surname is known, otherwise a polite "您好"
    /// (so "{Address}，已为您登记" reads naturally either way).
    /// </summary>
    public string Address => Surname is { Length: > 0 } ? Surname + (Honorific ?? "先生/女士") : "您好";
}
