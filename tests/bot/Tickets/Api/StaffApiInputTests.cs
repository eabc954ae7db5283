using System.Net;

namespace ConciergeBot.Tests.Bot.Tickets.Api;

/// <summary>
/// The staff API's bodies and filters (issue 13: the README's <c>{"to":"Accepted"}</c> got an empty 400, <c>99</c> was
/// taken for a state, an extension to 9999-12-31 was a 500): documented names and numbers are accepted, anything
/// else is a 400 that says what is allowed, and records nothing.
/// </summary>
public sealed class StaffApiInputTests : IClassFixture<StaffApiInputTests.OneTicket>
{
    private readonly OneTicket _fixture;

    public StaffApiInputTests(OneTicket fixture) => _fixture = fixture;

    /// <summary>One ordinary repair (a 4-hour resolution deadline) that the refused requests below must leave alone.</summary>
    public sealed class OneTicket : IAsyncLifetime
    {
        internal StaffApiHost Api { get; } = StaffApiHost.Start();

        public string Number { get; private set; } = "";

        public async Task InitializeAsync() => Number = await Api.OpenAsync("repair.simple", "厨房水龙头坏了");

        public async Task DisposeAsync() => await Api.DisposeAsync();
    }

    [Theory]
    [InlineData("state", """{"to":99}""", "Received, Dispatched, Accepted, OnSite, Resolved, Revisited, Closed, Cancelled")]
    [InlineData("state", """{"to":"Bogus"}""", "Received, Dispatched, Accepted, OnSite, Resolved, Revisited, Closed, Cancelled")]
    [InlineData("state", """{"to":"1,2"}""", "Received, Dispatched")]
    [InlineData("state", """{"to":2.5}""", "Received, Dispatched")]
    [InlineData("state", """{"note":"no target"}""", "to")]
    [InlineData("state", """not json""", "JSON")]
    [InlineData("extend", """{"clock":7,"due":"2026-11-24T10:00:00+08:00","reason":"配件"}""", "Arrival, FirstReply, Resolution, FollowUp")]
    [InlineData("extend", """{"clock":"Resolution","due":"9999-12-31T00:00:00+08:00","reason":"配件"}""", "365 days")]
    [InlineData("extend", """{"clock":"Resolution","due":"tomorrow","reason":"配件"}""", "due")]
    [InlineData("extend", """{"clock":"Resolution","reason":"配件"}""", "due")]
    [InlineData("pause", """{"reason":null}""", "reason")]
    public async Task Undefined_or_unreadable_values_are_a_400_that_says_what_is_allowed_and_record_nothing(string act, string json, string named)
    {
        var before = _fixture.Api.Recorded();

        var (status, body) = await _fixture.Api.PostAsync("manager-sunqiang", $"/api/tickets/{_fixture.Number}/{act}", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(named, body.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, _fixture.Api.Recorded());
        Assert.Equal("Dispatched", await _fixture.Api.StateAsync(_fixture.Number));
    }

    [Fact]
    public async Task An_undefined_state_filter_is_a_400_and_a_documented_one_filters()
    {
        var (undefined, error) = await _fixture.Api.GetAsync("assistant-wanglei", "/api/tickets?state=99");
        var (named, list) = await _fixture.Api.GetAsync("assistant-wanglei", "/api/tickets?state=Dispatched");
        var (numbered, same) = await _fixture.Api.GetAsync("assistant-wanglei", "/api/tickets?state=1");

        Assert.Equal(HttpStatusCode.BadRequest, undefined);
        Assert.Contains("Received, Dispatched", error.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (named, numbered));
        Assert.Contains(list.EnumerateArray(), t => t.GetProperty("number").GetString() == _fixture.Number);
        Assert.Equal(list.GetArrayLength(), same.GetArrayLength());
    }
}

/// <summary>The documented names and their numbers, each on a fresh ticket.</summary>
public sealed class StaffApiEnumTests
{
    [Fact]
    public async Task States_and_clocks_are_accepted_as_the_documented_names_or_as_numbers()
    {
        await using var api = StaffApiHost.Start();
        var number = await api.OpenAsync("repair.simple", "厨房水龙头坏了");

        var accepted = await api.PostAsync("assistant-wanglei", $"/api/tickets/{number}/state", """{"to":"Accepted"}""");
        var onSite = await api.PostAsync("assistant-wanglei", $"/api/tickets/{number}/state", """{"to":3}""");
        var byName = await api.PostAsync("manager-sunqiang", $"/api/tickets/{number}/extend",
            """{"clock":"Resolution","due":"2026-11-24T12:00:00+08:00","reason":"配件需厂家寄送"}""");
        var byNumber = await api.PostAsync("manager-sunqiang", $"/api/tickets/{number}/extend",
            """{"clock":2,"due":"2026-11-25T12:00:00+08:00","reason":"厂家延期发货"}""");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK],
            new[] { accepted.Status, onSite.Status, byName.Status, byNumber.Status });
        var ticket = byNumber.Body.GetProperty("ticket");
        Assert.Equal("OnSite", ticket.GetProperty("state").GetString());
        var resolution = ticket.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "Resolution");
        Assert.Equal("2026-11-25T12:00:00+08:00", resolution.GetProperty("dueAt").GetString());
    }
}
