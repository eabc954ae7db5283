using System.Net;
using System.Net.Sockets;

namespace ConciergeBot.Tests.Bot.Channels;

/// <summary>Hands out free loopback ports from the channel tests' range (5400–5499) so parallel engineers don't clash.</summary>
internal static class TestPorts
{
    private const int First = 5400;
    private const int Count = 100;
    private static int _next = Random.Shared.Next(Count);

    public static int Next()
    {
        for (var i = 0; i < Count; i++)
        {
            var port = First + (Interlocked.Increment(ref _next) % Count);
            try
            {
                using var probe = new TcpListener(IPAddress.Loopback, port);
                probe.Start();
                probe.Stop();
                return port;
            }
            catch (SocketException)
            {
                // Taken; try the next one.
            }
        }

        throw new InvalidOperationException("No free port in 5400-5499.");
    }
}
