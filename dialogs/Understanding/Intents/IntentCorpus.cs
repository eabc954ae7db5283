using System.Reflection;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// The training corpus embedded in this assembly, in two parts:
/// <list type="bullet">
/// <item><c>Corpus/written/*.tsv</c> — messages written by hand by several independent writers, each briefed on a
/// different voice (dialects and regional usage, phone typing, personas, hard negatives, everyday chat), one
/// <c>label&lt;TAB&gt;text</c> per line. Labels are intent codes, <c>complaint.staff.serious|normal</c>,
/// <c>ood</c> (not about the estate) and <c>act.*</c> (short replies: affirm, deny, cancel, done, thanks,
/// correction — trained as small talk).</item>
/// <item><c>Corpus/&lt;intent code&gt;.tsv</c> — the older template-generated corpus (<c>generate_corpus.py</c>),
/// kept as a minority.</item>
/// </list>
/// None of it comes from an evaluation set.
/// </summary>
internal static class IntentCorpus
{
    /// <summary>The model's extra class: messages that are not about the estate at all (reported as small talk).</summary>
    public const string OutOfDomain = "ood";

    private const string TemplatePrefix = "ConciergeBot.Dialogs.Intents.Corpus.";
    private const string WrittenPrefix = "ConciergeBot.Dialogs.Intents.Written.";
    private const string ActPrefix = "act.";

    /// <summary>
    /// The training set: every hand-written line and every second template line (cross-writer validation,
    /// <c>intent-crossval</c>, scored the same with all templates and better than with none; half keeps them a minority).
    /// </summary>
    public static IReadOnlyList<LabeledMessage> Load() => [.. LoadWritten(), .. LoadTemplates().Where(m => InKeptHalf(m.Text))];

    /// <summary>
    /// Which half of the templates is kept depends on each line's own text (FNV-1a), not on its position: removing a
    /// line (decontamination) removes that line only, instead of swapping the kept half of everything after it.
    /// </summary>
    private static bool InKeptHalf(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (hash & 1) == 0;
    }

    /// <summary>The hand-written part only.</summary>
    public static IReadOnlyList<LabeledMessage> LoadWritten()
    {
        var messages = new List<LabeledMessage>(12_000);
        foreach (var (name, reader) in Resources(WrittenPrefix))
        {
            using (reader)
            {
                var source = name[WrittenPrefix.Length..^".tsv".Length];
                var number = 0;
                while (reader.ReadLine() is { } line)
                {
                    number++;
                    if (line.Length == 0)
                    {
                        continue;
                    }

                    var tab = line.IndexOf('\t', StringComparison.Ordinal);
                    if (tab <= 0 || tab == line.Length - 1)
                    {
                        throw new InvalidOperationException($"{name} line {number}: expected label<TAB>text.");
                    }

                    var label = line[..tab].Trim();
                    var text = line[(tab + 1)..].Trim();
                    if (label.StartsWith(ActPrefix, StringComparison.Ordinal))
                    {
                        messages.Add(new LabeledMessage(text, IntentCode.Smalltalk, null, source, label[ActPrefix.Length..]));
                        continue;
                    }

                    var (intent, severity) = SplitLabel(label, $"{name} line {number}");
                    messages.Add(new LabeledMessage(text, intent, severity, source));
                }
            }
        }

        return messages;
    }

    /// <summary>The template-generated part only.</summary>
    public static IReadOnlyList<LabeledMessage> LoadTemplates()
    {
        var messages = new List<LabeledMessage>(12_000);
        foreach (var (name, reader) in Resources(TemplatePrefix))
        {
            using (reader)
            {
                var (intent, severity) = SplitLabel(name[TemplatePrefix.Length..^".tsv".Length], name);
                while (reader.ReadLine() is { } line)
                {
                    if (line.Length > 0)
                    {
                        messages.Add(new LabeledMessage(line, intent, severity));
                    }
                }
            }
        }

        if (messages.Count == 0)
        {
            throw new InvalidOperationException($"No intent corpus embedded in {typeof(IntentCorpus).Assembly.GetName().Name}.");
        }

        return messages;
    }

    private static IEnumerable<(string Name, StreamReader Reader)> Resources(string prefix)
    {
        var assembly = typeof(IntentCorpus).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing corpus resource {name}.");
            yield return (name, new StreamReader(stream));
        }
    }

    private static (string Intent, string? Severity) SplitLabel(string label, string where)
    {
        if (label.StartsWith(IntentCode.ComplaintStaff + ".", StringComparison.Ordinal))
        {
            var severity = label[(IntentCode.ComplaintStaff.Length + 1)..];
            return severity is IntentCode.SeveritySerious or IntentCode.SeverityNormal
                ? (IntentCode.ComplaintStaff, severity)
                : throw new InvalidOperationException($"{where}: unknown staff-complaint severity '{severity}'.");
        }

        return label == OutOfDomain || IntentCode.IsKnown(label) ? (label, null)
            : throw new InvalidOperationException($"{where}: unknown intent '{label}'.");
    }
}
