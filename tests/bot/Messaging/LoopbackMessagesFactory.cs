using System.Net;
using ConciergeBot.Tests.Harness;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ConciergeBot.Tests.Bot.Messaging;

/// <summary>The whole service in memory on its own data directory, taking <c>/api/messages</c> from loopback without credentials.</summary>
internal sealed class LoopbackMessagesFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = TempDirectory.Create();

    public long Count(string sql) => DatabaseProbe.Scalar(DatabaseProbe.FileIn(_directory), sql);

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", _directory);
        builder.UseSetting("Messages:AllowLoopbackWithoutAuth", "true");
        builder.ConfigureServices(services => CallerAddress.Use(services, IPAddress.Loopback));
    }
}
