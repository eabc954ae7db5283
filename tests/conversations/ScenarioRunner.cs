using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Normalization;
using ConciergeBot.Tests.Harness;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Tests.Conversations;

/// <summary>A ticket of the scenario's owner, as the database holds it.</summary>
internal sealed partial record ScenarioTicket(
    string Number, string Intent, string State, long? Building, long? Unit, string? Room, string? Location,
    string? ContactField, DateTimeOffset? AppointmentAt, string Description)
{
    /// <summary>
    /// The contact field, else the phone the bot added to the description as "联系电话 …" (what the urgent dialogs do with
    /// the phone asked after opening): either way staff find it on the ticket. A phone merely mentioned in the owner's
    /// words does not count.
    /// </summary>
    public string? Contact => ContactField ?? ContactNote().Matches(Description).LastOrDefault()?.Groups[1].Value;

    public bool Cancelled => State == "Cancelled";

    /// <summary>
    /// A neighbour complaint's complainant, as the bot notes it ("投诉人住址：3栋1单元1601" → 3-1-1601), or null; a later
    /// "投诉人住址更正为：…" supersedes it.
    /// </summary>
    public string? ComplainantFlat => Complainant().Matches(Description) is { Count: > 0 } all && all[^1] is var m
        ? m.Groups["shop"].Success ? m.Groups["shop"].Value : $"{m.Groups["b"].Value}-{m.Groups["u"].Value}-{m.Groups["r"].Value}"
        : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"投诉人住址(?:更正为)?：(?:(?<b>\d)栋(?<u>\d)单元(?<r>\d+)|商铺(?<shop>S\d+))")]
    private static partial System.Text.RegularExpressions.Regex Complainant();

    public string? Flat => FlatKey.Of(Building, Unit, Room);

    /// <summary>The place as staff read it (3栋2单元1202, 南门停车场), as the bot writes it.</summary>
    public string Place => new TicketPlace((int?)Building, (int?)Unit, Room, Location).Describe();

    [System.Text.RegularExpressions.GeneratedRegex("联系电话 ([0-9-]+)")]
    private static partial System.Text.RegularExpressions.Regex ContactNote();
}

/// <summary>One turn: what the owner wrote (placeholders filled in) and what the bot replied.</summary>
internal sealed record ScenarioTurn(string Owner, IReadOnlyList<string> Replies);

/// <summary>What a scenario run produced and which of its expectations failed (none: it passes).</summary>
internal sealed record ScenarioResult(Scenario Scenario, IReadOnlyList<ScenarioTurn> Transcript, IReadOnlyList<ScenarioTicket> Tickets, IReadOnlyList<string> Failures, DateTimeOffset Now)
{
    public bool Passed => Failures.Count == 0;

    /// <summary>The failures, the whole transcript and the tickets found: what a developer needs to see what broke.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Scenario {Scenario.Id} — {Scenario.Title}{(Scenario.Owner?.Flat is { } flat ? $" (owner of {flat})" : "")}: {(Passed ? "passes" : "FAILS")}");
        foreach (var failure in Failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  ✗ {failure}");
        }

        text.AppendLine("Transcript:");
        foreach (var turn in Transcript)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  owner: {turn.Owner}");
            foreach (var reply in turn.Replies)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  bot:   {reply.ReplaceLineEndings("\n         ")}");
            }
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Tickets ({Tickets.Count}):");
        foreach (var t in Tickets)
        {
            var appointment = t.AppointmentAt is { } at ? RelativeAppointment.Describe(at, Now, ScenarioHost.Zone) : "-";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {t.Number} {t.State} intent={t.Intent} flat={t.Flat ?? "-"} place={t.Place} contact={t.Contact ?? "-"} appointment={appointment} description={t.Description}");
        }

        return text.ToString();
    }
}

/// <summary>Plays a scenario against the running service over HTTP and judges it by the database and the last replies.</summary>
internal static class ScenarioRunner
{
    public static async Task<ScenarioResult> RunAsync(ScenarioHost host, Scenario scenario)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var conversation = $"scenario-{scenario.Id}-{run}";
        var user = $"owner-{scenario.Id}-{run}";
        var last4 = scenario.Owner?.Flat is { } flat ? host.MobileLast4(flat) : null;
        if (last4 is null && scenario.Turns.Any(t => t.Contains(Scenario.Last4Placeholder, StringComparison.Ordinal)))
        {
            // The writer never saw the register: a flat that is unsold there, or not on it, has no mobile to prove, so the scenario cannot be played as written.
            // A writer may also use the placeholder while naming no owner flat at all (a relative's flat): counted as a failure too.
            var why = scenario.Owner?.Flat is { } named ? $"owner.flat {named} has no registered mobile (unsold, or not on the register)" : "the scenario names no owner.flat";
            return new ScenarioResult(scenario, [], [], [$"cannot be played: {why}, so {Scenario.Last4Placeholder} has no value"], host.Clock.GetUtcNow());
        }

        using var http = host.CreateClient();
        var transcript = new List<ScenarioTurn>();
        foreach (var turn in scenario.Turns)
        {
            var text = last4 is null ? turn : turn.Replace(Scenario.Last4Placeholder, last4, StringComparison.Ordinal);
            transcript.Add(new ScenarioTurn(text, await SayAsync(http, conversation, user, text)));
        }

        var tickets = host.TicketsOf(user, conversation);
        var now = host.Clock.GetUtcNow();
        return new ScenarioResult(scenario, transcript, tickets, Judge(scenario.Expect, transcript[^1].Replies, tickets, now), now);
    }

    /// <summary>Every expectation the run does not meet, in words.</summary>
    public static IReadOnlyList<string> Judge(ScenarioExpectation expect, IReadOnlyList<string> lastReplies, IReadOnlyList<ScenarioTicket> tickets, DateTimeOffset now)
    {
        var failures = new List<string>();
        var open = tickets.Where(t => !t.Cancelled).ToList();
        if (expect.Tickets is { } count && open.Count != count)
        {
            failures.Add($"expected {count} ticket(s) not cancelled, found {open.Count}");
        }

        if (expect.ChecksTicketFields)
        {
            var misses = open.Select(t => TicketMisses(expect, t, now)).ToList();
            if (!misses.Any(m => m.Count == 0))
            {
                failures.Add(open.Count == 0
                    ? "expected a ticket with " + string.Join(", ", Wanted(expect)) + ", found none"
                    : "no ticket has " + string.Join(", ", Wanted(expect)) + ": " + string.Join(" | ", open.Select((t, i) => $"{t.Number} {string.Join(", ", misses[i])}")));
            }
        }

        // A fact is the same fact in either script: the bot answers a Traditional writer in Traditional (10分鐘), while
        // the writer may have put the expected fragment in Simplified (10分钟).
        if (expect.ReplyContainsAny is { Count: > 0 } fragments
            && !fragments.Any(f => lastReplies.Any(r => r.Contains(f, StringComparison.Ordinal)
                || TextNormalizer.Shared.NormalizeCharacters(r).Contains(TextNormalizer.Shared.NormalizeCharacters(f), StringComparison.Ordinal))))
        {
            failures.Add($"the replies to the last turn contain none of: {string.Join(" / ", fragments)}");
        }

        return failures;
    }

    private static List<string> TicketMisses(ScenarioExpectation expect, ScenarioTicket ticket, DateTimeOffset now)
    {
        var misses = new List<string>();
        if (expect.Intent is { } intent && ticket.Intent != intent)
        {
            misses.Add($"intent is {ticket.Intent}");
        }

        // A neighbour complaint is placed at the flat complained about; the complainant's own flat is the one noted on it.
        if (expect.Flat is { } flat && !SameFlat(ticket.Flat, flat) && !(ticket.Intent == "complaint.neighbor" && SameFlat(ticket.ComplainantFlat, flat)))
        {
            misses.Add($"flat is {ticket.Flat ?? "none"}");
        }

        if (expect.ComplainedFlat is { } complained && !SameFlat(ticket.Flat, complained))
        {
            misses.Add($"complained flat (the ticket's place) is {ticket.Flat ?? "none"}");
        }

        if (expect.PlaceContains is { } place && !place.All(p => ticket.Place.Contains(p, StringComparison.Ordinal)))
        {
            misses.Add($"place is {ticket.Place}");
        }

        if (expect.Appointment is { } appointment
            && ticket.AppointmentAt != RelativeAppointment.Resolve(appointment, now, ScenarioHost.Zone))
        {
            misses.Add($"appointment is {(ticket.AppointmentAt is { } at ? RelativeAppointment.Describe(at, now, ScenarioHost.Zone) : "none")}");
        }

        if (expect.Contact is { } contact && !SameContact(ticket.Contact, contact))
        {
            misses.Add($"contact is {ticket.Contact ?? "none"}");
        }

        return misses;
    }

    private static IEnumerable<string> Wanted(ScenarioExpectation e) =>
        new[]
        {
            e.Intent is { } i ? $"intent {i}" : null,
            e.Flat is { } f ? $"flat {f}" : null,
            e.ComplainedFlat is { } c ? $"complained flat {c}" : null,
            e.PlaceContains is { Count: > 0 } p ? $"place containing {string.Join(" and ", p)}" : null,
            e.Appointment is { } a ? $"appointment {a}" : null,
            e.Contact is { } n ? $"contact {n}" : null,
        }.OfType<string>();

    private static bool SameFlat(string? actual, string expected) => string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>Phones compare by their digits (138-1234-5678 is 13812345678); anything else as written.</summary>
    private static bool SameContact(string? actual, string expected)
    {
        static string Digits(string s) => new([.. s.Where(char.IsAsciiDigit)]);
        return actual is not null && (Digits(expected).Length >= 5
            ? Digits(actual) == Digits(expected)
            : actual.Contains(expected, StringComparison.Ordinal));
    }

    /// <summary>One message activity to <c>/api/messages</c> with expectReplies; the replies' texts, each with its buttons.</summary>
    private static async Task<IReadOnlyList<string>> SayAsync(HttpClient http, string conversation, string user, string text)
    {
        var activity = new
        {
            type = "message",
            channelId = "scenario",
            from = new { id = user, name = "业主" },
            recipient = new { id = "bot" },
            conversation = new { id = conversation },
            locale = "zh-CN",
            text,
            deliveryMode = "expectReplies",
        };
        using var response = await http.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), activity);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            return [$"[HTTP {(int)response.StatusCode}] {body}"];
        }

        var replies = new List<string>();
        foreach (var reply in JsonDocument.Parse(body).RootElement.GetProperty("activities").EnumerateArray())
        {
            var said = reply.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            if (reply.TryGetProperty("suggestedActions", out var suggested))
            {
                said += " [" + string.Join(" | ", suggested.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString())) + "]";
            }

            replies.Add(said);
        }

        return replies;
    }
}
