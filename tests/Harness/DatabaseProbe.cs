using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Tests.Harness;

/// <summary>Reads the bot's database file from outside, read-only: what a test checks was, or was not, stored.</summary>
public static class DatabaseProbe
{
    /// <summary>The file <c>conciergebot.db</c> in a data directory.</summary>
    public static string FileIn(string dataDirectory) => Path.Combine(dataDirectory, "conciergebot.db");

    /// <summary>The first column of the first row of <paramref name="sql"/>, as a number.</summary>
    public static long Scalar(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The first column of every row of <paramref name="sql"/>, as text.</summary>
    public static IReadOnlyList<string> Texts(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read())
        {
            texts.Add(reader.IsDBNull(0) ? "" : reader.GetString(0));
        }

        return texts;
    }
}
