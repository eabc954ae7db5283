using System.Text.Json;
using System.Text.Json.Serialization;
using ConciergeBot.Tests.Dialogs.Understanding;

namespace ConciergeBot.Tests.Conversations;

/// <summary>
/// One owner conversation of <c>tests/conversations/scenarios/*.json</c>: who the owner is (the flat whose registered
/// mobile they can prove), what they write turn by turn (<c>{last4}</c> stands for the last four digits of that flat's
/// registered mobile) and what should be in the database and in the last replies afterwards.
/// </summary>
internal sealed record Scenario(string Id, string Title, ScenarioOwner? Owner, IReadOnlyList<string> Turns, ScenarioExpectation Expect)
{
    public const string Last4Placeholder = "{last4}";

    public static string Folder { get; } = Path.Combine(RepoFiles.RepoRoot, "tests", "conversations", "scenarios");

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The scenario files' names without <c>.json</c>, in order: what the theory's cases are named by.</summary>
    public static IReadOnlyList<string> FileNames() =>
        Directory.Exists(Folder)
            ? [.. Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Reads and checks one scenario file; a file the suite cannot run as written throws <see cref="InvalidDataException"/>.</summary>
    public static Scenario Load(string fileName)
    {
        var path = Path.Combine(Folder, fileName + ".json");
        Scenario? scenario;
        try
        {
            scenario = JsonSerializer.Deserialize<Scenario>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }

        var problems = scenario is null ? ["the file is empty"] : scenario.Problems();
        return problems.Count == 0
            ? scenario!
            : throw new InvalidDataException($"{path}: {string.Join("; ", problems)}");
    }

    private List<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Id))
        {
            problems.Add("no id");
        }

        if (Turns is null || Turns.Count == 0 || Turns.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("turns must be a list of non-empty messages");
        }

        if (Expect is null)
        {
            problems.Add("no expect");
        }
        else
        {
            problems.AddRange(Expect.Problems());
        }

        return problems;
    }
}

/// <summary>The owner: the flat on the register whose mobile's last four digits they know.</summary>
internal sealed record ScenarioOwner(string? Flat);

/// <summary>
/// What the conversation should leave behind; null (or an empty list) means "not checked". The ticket fields
/// (<see cref="Intent"/> … <see cref="Contact"/>) hold when at least one ticket that is not cancelled has all of them;
/// <see cref="PlaceContains"/> is one fragment or a list, all of which the ticket's place must contain.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record ScenarioExpectation(
    int? Tickets,
    string? Intent,
    string? Flat,
    [property: JsonConverter(typeof(OneOrManyConverter))] IReadOnlyList<string>? PlaceContains,
    string? ComplainedFlat,
    string? Appointment,
    string? Contact,
    IReadOnlyList<string>? ReplyContainsAny)
{
    public bool ChecksTicketFields =>
        Intent is not null || Flat is not null || PlaceContains is { Count: > 0 } || ComplainedFlat is not null || Appointment is not null || Contact is not null;

    public IEnumerable<string> Problems()
    {
        if (Tickets is < 0)
        {
            yield return "expect.tickets must not be negative";
        }

        if (Appointment is not null && !RelativeAppointment.TryParse(Appointment, out _, out _))
        {
            yield return $"expect.appointment \"{Appointment}\" is not \"+Nd HH:mm\"";
        }

        foreach (var (name, flat) in new[] { ("flat", Flat), ("complained_flat", ComplainedFlat) })
        {
            if (flat is not null && !FlatKey.IsWellFormed(flat))
            {
                yield return $"expect.{name} \"{flat}\" is not building-unit-room (3-2-1202)";
            }
        }
    }
}

/// <summary>A string or a list of strings, read as a list.</summary>
internal sealed class OneOrManyConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? [reader.GetString()!]
            : JsonSerializer.Deserialize<List<string>>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
