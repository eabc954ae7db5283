namespace ConciergeBot.Knowledge;

/// <summary>A knowledge data file (JSON or handbook Markdown) is missing or invalid; the message names the file and the fault.</summary>
public sealed class KnowledgeDataException : Exception
{
    public KnowledgeDataException()
    {
    }

    public KnowledgeDataException(string message)
        : base(message)
    {
    }

    public KnowledgeDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
