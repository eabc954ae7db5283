using System.Text;
using ConciergeBot.Cli;

if (CliCommands.TryGet(args, out var command))
{
    Console.InputEncoding = Encoding.UTF8;
    Console.OutputEncoding = Encoding.UTF8;
    return await command(args[1..], Console.In, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => "ok");
await app.RunAsync();
return 0;
