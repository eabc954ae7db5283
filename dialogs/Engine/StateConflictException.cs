namespace ConciergeBot.Dialogs.Engine;

/// <summary>A state record was changed by someone else since this turn read it.</summary>
public sealed class StateConflictException(string key) : Exception($"State '{key}' was changed concurrently.")
{
    public string Key { get; } = key;
}
