using ConciergeBot.Dialogs.Root;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Conversations;

/// <summary>
/// The real service for the conversation scenarios: the repository's test host (<see cref="BotHost"/>: the bot's own
/// Program, a SQLite file in a temporary directory, the shipped sample estate) served by Kestrel on a loopback port,
/// with a manual clock standing still on a working-day morning in Shanghai, so "明天上午十点" is always the same instant.
/// </summary>
internal sealed class ScenarioHost(BotHost host, Uri baseUrl, ManualClock clock) : IAsyncDisposable
{
    /// <summary>Monday 2026-11-23 09:30 in Shanghai: a working day, office hours, no holiday near.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));

    public static TimeZoneInfo Zone => global::ConciergeBot.Knowledge.Calendar.ChinaTime.Zone;

    public ManualClock Clock { get; } = clock;

    public static ScenarioHost Start()
    {
        var morning = new ManualClock(Morning);
        var bot = new BotHost(services: s => s.AddSingleton<TimeProvider>(morning));
        return new ScenarioHost(bot, bot.StartKestrel(), morning);
    }

    public HttpClient CreateClient() => new() { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>
    /// The last four digits of the mobile registered for <paramref name="flat"/> (the owner's, else the tenant's), from the
    /// register the service loaded; null when nobody is registered there (unsold) or the flat is not on the register.
    /// </summary>
    public string? MobileLast4(string flat)
    {
        var register = host.Services.GetRequiredService<KnowledgeStore>().Current.Register;
        return register.TryGetRoom(flat) is { } room ? (room.Owner ?? room.Tenant)?.MobileLast4 : null;
    }

    /// <summary>Every ticket the user opened or that was opened in the conversation, oldest first, cancelled ones included.</summary>
    public IReadOnlyList<ScenarioTicket> TicketsOf(string user, string conversation)
    {
        using var connection = new SqliteConnection($"Data Source={host.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT number, intent, state, building, unit, room, location, contact, appointment_at, description
            FROM tickets WHERE owner_id = $user OR instr(coalesce(conversation, ''), $conversation) > 0
            ORDER BY created_at, id
            """;
        command.Parameters.AddWithValue("$user", user);
        command.Parameters.AddWithValue("$conversation", conversation);
        using var reader = command.ExecuteReader();
        var tickets = new List<ScenarioTicket>();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            long? Number(int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);
            tickets.Add(new ScenarioTicket(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), Number(3), Number(4), Text(5), Text(6), Text(7),
                Number(8) is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null, reader.GetString(9)));
        }

        return tickets;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
