using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ConciergeBot.Channels.WeChat;

/// <summary>Reads WeChat's push XML safely (DTDs prohibited, no resolver: no XXE, no entity expansion) and writes replies.</summary>
internal static class WeChatXml
{
    private const int MaxCharacters = 64 * 1024;

    /// <summary>9999-12-31T23:59:59Z, the last second a <see cref="DateTimeOffset"/> holds.</summary>
    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
    };

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        OmitXmlDeclaration = true,
        Encoding = new UTF8Encoding(false),
        Indent = false,
    };

    /// <summary>Parses a root <c>&lt;xml&gt;</c> element into its child elements' text.</summary>
    public static Dictionary<string, string> ParseFields(string xml)
    {
        XElement root;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), ReaderSettings);
            root = XElement.Load(reader);
        }
        catch (XmlException e)
        {
            throw new WeChatXmlException("Body is not acceptable XML: " + e.Message, e);
        }

        if (root.Name.LocalName != "xml")
        {
            throw new WeChatXmlException("Root element must be <xml>.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in root.Elements())
        {
            fields[element.Name.LocalName] = element.Value;
        }

        return fields;
    }

    public static WeChatMessage ParseMessage(string xml)
    {
        var fields = ParseFields(xml);
        string Required(string name) =>
            fields.TryGetValue(name, out var value) && value.Length > 0
                ? value
                : throw new WeChatXmlException($"Missing <{name}>.");
        string? Optional(string name) => fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        if (!long.TryParse(Required("CreateTime"), NumberStyles.None, CultureInfo.InvariantCulture, out var createTime) || createTime > MaxUnixSeconds)
        {
            throw new WeChatXmlException($"CreateTime must be a Unix time in seconds (0 to {MaxUnixSeconds}).");
        }

        return new WeChatMessage(
            Required("ToUserName"),
            Required("FromUserName"),
            createTime,
            Required("MsgType"),
            Optional("Content"),
            Optional("MsgId"),
            Optional("Event"),
            Optional("EventKey"),
            Optional("PicUrl"),
            Optional("Recognition"));
    }

    /// <summary>The passive text reply: addressed back to the user, from our account.</summary>
    public static string TextReply(WeChatMessage to, string content, long createTime) =>
        Write(w =>
        {
            Cdata(w, "ToUserName", to.FromUserName);
            Cdata(w, "FromUserName", to.ToUserName);
            w.WriteElementString("CreateTime", createTime.ToString(CultureInfo.InvariantCulture));
            Cdata(w, "MsgType", "text");
            Cdata(w, "Content", content);
        });

    /// <summary>The safe-mode envelope around an encrypted reply.</summary>
    public static string EncryptedReply(string encrypt, string signature, string timestamp, string nonce) =>
        Write(w =>
        {
            Cdata(w, "Encrypt", encrypt);
            Cdata(w, "MsgSignature", signature);
            w.WriteElementString("TimeStamp", timestamp);
            Cdata(w, "Nonce", nonce);
        });

    private static void Cdata(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement(name);
        writer.WriteCData(value);
        writer.WriteEndElement();
    }

    private static string Write(Action<XmlWriter> body)
    {
        var sb = new StringBuilder();
        using (var writer = XmlWriter.Create(sb, WriterSettings))
        {
            writer.WriteStartElement("xml");
            body(writer);
            writer.WriteEndElement();
        }

        return sb.ToString();
    }
}
