namespace ConciergeBot.Tests.Bot.Channels.WeChat;

/// <summary>Push bodies as WeChat writes them (CDATA), addressed to the fake account.</summary>
internal static class WeChatPushes
{
    public const string User = "oUser";

    public static string Text(string content, string msgId, string user = User, string createTime = "1700000000") =>
        $"<xml><ToUserName><![CDATA[{FakeWeChatServer.Account}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>" +
        $"<CreateTime>{createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content>" +
        $"<MsgId>{msgId}</MsgId></xml>";
}
