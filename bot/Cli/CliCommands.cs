namespace ConciergeBot.Cli;

/// <summary>
/// The subcommands of the program (<c>dotnet run --project bot -- NAME ...</c>). Without one, the program serves HTTP.
/// Each command reads stdin and writes stdout so it can be scripted.
/// </summary>
internal static class CliCommands
{
    public delegate Task<int> Command(string[] args, TextReader input, TextWriter output);

    private static readonly Dictionary<string, Command> Commands = new(StringComparer.Ordinal)
    {
        // One line per subcommand; each lives in its own file in this folder.
        ["chat"] = ChatCommand.RunAsync,
        ["ask"] = AskCommand.RunAsync,
        ["triage"] = TriageCommand.RunAsync,
    };

    public static bool TryGet(string[] args, out Command command)
    {
        command = null!;
        return args.Length > 0 && Commands.TryGetValue(args[0], out command!);
    }
}
