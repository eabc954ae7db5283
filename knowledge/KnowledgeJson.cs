using System.Text.Json;
using System.Text.Json.Serialization;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Knowledge;

/// <summary>Source-generated JSON contracts of the data files (strict: required members and nullability are checked).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(EstateLayoutFile))]
[JsonSerializable(typeof(RegisterRulesFile))]
[JsonSerializable(typeof(RosterFile))]
[JsonSerializable(typeof(ConciergeBot.Knowledge.Fees.FeeTable))]
[JsonSerializable(typeof(ConciergeBot.Knowledge.Search.SynonymFile))]
internal sealed partial class KnowledgeJson : JsonSerializerContext
{
    /// <summary>Reads and deserializes one data file, turning every failure into a <see cref="KnowledgeDataException"/> naming the file.</summary>
    public static T Read<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, type)
                ?? throw new KnowledgeDataException($"{Path.GetFileName(path)}: the file is empty (null).");
        }
        catch (JsonException e)
        {
            throw new KnowledgeDataException($"{Path.GetFileName(path)}: invalid JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new KnowledgeDataException($"{Path.GetFileName(path)}: cannot be read: {e.Message}", e);
        }
    }
}
