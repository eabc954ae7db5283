using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Tickets.Api;

/// <summary>
/// The service with a staff token for everyone on the sample roster, on a real SQLite file and a manual clock
/// (Monday 2026-11-23 10:00 Beijing time); tickets are opened as the dialogs open them, staff act over HTTP.
/// </summary>
internal sealed class StaffApiHost : IAsyncDisposable
{
    public static readonly string[] Staff =
        ["assistant-wanglei", "assistant-lijing", "tech-liu", "tech-zhang", "supervisor-zhouhua", "manager-sunqiang"];

    private readonly BotHost _host;
    private readonly HttpClient _http;

    private StaffApiHost(BotHost host, ManualClock clock)
    {
        _host = host;
        _http = host.CreateClient();
        Clock = clock;
    }

    public ManualClock Clock { get; }

    public static StaffApiHost Start()
    {
        var clock = new ManualClock(TicketHarness.DefaultStart);
        var settings = Staff.ToDictionary(id => $"Staff:Tokens:{id}", id => (string?)Token(id));
        return new StaffApiHost(new BotHost(settings: settings, services: s => s.AddSingleton<TimeProvider>(clock)), clock);
    }

    public static string Token(string staffId) => $"staff-api-test-token-{staffId}";

    /// <summary>Opens a ticket as the dialogs do (the owner's words, the place) and returns its number.</summary>
    public async Task<string> OpenAsync(string intent, string description, int building = 3, string? severity = null)
    {
        var desk = _host.Services.GetRequiredService<ITicketDesk>();
        var opened = await desk.OpenAsync(new TicketDraft(intent, severity, new TicketOwner("owner-api", "王先生", Channel: "api"),
            TicketPlace.Flat(building, 2, "1202"), description), CancellationToken.None);
        return opened.Number;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string staffId, string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        return await SendAsync(staffId, request);
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string staffId, string path) =>
        await SendAsync(staffId, new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)));

    /// <summary>The ticket's state as the API shows it.</summary>
    public async Task<string> StateAsync(string number) =>
        (await GetAsync("manager-sunqiang", $"/api/tickets/{number}")).Body.GetProperty("ticket").GetProperty("state").GetString()!;

    /// <summary>What every staff act writes: timeline events (each act records at least one) and pings. Unchanged when an act was refused.</summary>
    public long Recorded() => _host.Count("SELECT (SELECT COUNT(*) FROM ticket_events) + (SELECT COUNT(*) FROM outbox)");

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(string staffId, HttpRequestMessage request)
    {
        using (request)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(staffId));
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }
}
