using System.Text;

namespace ConciergeBot.Knowledge.Estate;

/// <summary>FNV-1a 64-bit: a hash that is the same on every run and platform (unlike <see cref="string.GetHashCode()"/>).</summary>
internal static class StableHash
{
    public static ulong Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        // Final avalanche (splitmix64) so that neighbouring keys spread evenly.
        hash ^= hash >> 30;
        hash *= 0xbf58476d1ce4e5b9UL;
        hash ^= hash >> 27;
        hash *= 0x94d049bb133111ebUL;
        return hash ^ (hash >> 31);
    }

    /// <summary>A number in [0, modulus) derived from the seed, a key and a salt naming the attribute.</summary>
    public static int Pick(int seed, string key, string salt, int modulus) =>
        (int)(Of($"{seed}:{key}:{salt}") % (ulong)modulus);
}
