using System.Text.Encodings.Web;
using System.Text.Json;
using ConciergeBot.Dialogs.Handbook;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Understanding;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConciergeBot.Cli;

/// <summary>
/// <c>ask</c>: reads questions on stdin, one per line (plain text, or <c>{"question": "..."}</c>), and writes one JSON
/// object per question: <c>{"question", "answer", "source", "sourceId", "score"}</c> — the answer a staff member
/// would get in chat and the handbook entry it came from (source null when the handbook has no answer).
/// Blank lines are skipped. Starts without the web host: only configuration and the knowledge folder are loaded.
/// </summary>
internal static class AskCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var options = configuration.GetSection(EstateOptions.SectionName).Get<EstateOptions>() ?? new EstateOptions();
        using var store = new KnowledgeStore(options, NullLogger<KnowledgeStore>.Instance, TimeProvider.System, watch: false);
        var answerer = new HandbookAnswerer(store, new EstateEntities(store).Recognize, TimeProvider.System);

        using var buffer = new MemoryStream();
        while (await input.ReadLineAsync() is { } line)
        {
            var question = QuestionOf(line);
            if (question.Length == 0)
            {
                continue;
            }

            var answer = answerer.Answer(question);
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, WriterOptions))
            {
                json.WriteStartObject();
                json.WriteString("question", question);
                json.WriteString("answer", answer.Text);
                WriteNullable(json, "source", answer.Known ? answer.SourceTitle : null);
                WriteNullable(json, "sourceId", answer.Known ? answer.SourceId : null);
                json.WriteNumber("score", Math.Round(answer.Score, 3));
                json.WriteEndObject();
            }

            await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            await output.FlushAsync();
        }

        return 0;
    }

    /// <summary>The question on a line: the line itself, or the "question" (or "text") of a JSON object.</summary>
    private static string QuestionOf(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var doc = JsonDocument.Parse(trimmed);
                if (doc.RootElement.ValueKind == JsonValueKind.Object
                    && (doc.RootElement.TryGetProperty("question", out var q) || doc.RootElement.TryGetProperty("text", out q))
                    && q.ValueKind == JsonValueKind.String)
                {
                    return q.GetString()!.Trim();
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: treat the line as the question.
            }
        }

        return trimmed;
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
