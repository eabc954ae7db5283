using System.Text;
using ConciergeBot.Cli;
using ConciergeBot.Hosting;

if (CliCommands.TryGet(args, out var command))
{
    Console.InputEncoding = Encoding.UTF8;
    Console.OutputEncoding = Encoding.UTF8;
    return await command(args[1..], Console.In, Console.Out);
}

var app = ConciergeBotApp.CreateBuilder(args).Build();
app.MapEndpoints();
await app.RunAsync();
return 0;

/// <summary>The entry point (top-level statements); public for WebApplicationFactory in the tests.</summary>
public partial class Program;
