using System.Text;
using ConciergeBot.Sla;

namespace ConciergeBot.Tickets;

/// <summary>
/// Chooses the resolved tickets that get a revisit (回访): every major complaint (serious staff complaint,
/// breached, reopened, escalated to the manager) and a configurable share of the rest. With a seed the draw for
/// a ticket number is reproducible (FNV-1a of seed and number); without one it is random.
/// </summary>
internal static class RevisitSelector
{
    public static (bool Selected, string Why) Select(Ticket ticket, SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(policy);
        if (ticket.IsMajor)
        {
            return (true, "major");
        }

        var draw = policy.RevisitSeed is { } seed ? Draw(seed, ticket.Number) : Random.Shared.NextDouble();
        return (draw < policy.RevisitShare, FormattableString.Invariant($"sampled {draw:0.000} against share {policy.RevisitShare:0.00}"));
    }

    /// <summary>A number in [0, 1) fixed by the seed and the ticket number.</summary>
    public static double Draw(int seed, string number)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(FormattableString.Invariant($"{seed}:{number}")))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        hash ^= hash >> 29;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 32;
        return (hash >> 11) * (1.0 / (1UL << 53));
    }
}
