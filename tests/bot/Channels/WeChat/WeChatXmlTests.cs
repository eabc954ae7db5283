using ConciergeBot.Channels.WeChat;

namespace ConciergeBot.Tests.Bot.Channels.WeChat;

public sealed class WeChatXmlTests
{
    [Fact]
    public void Text_push_parses_cdata_fields()
    {
        var message = WeChatXml.ParseMessage(
            "<xml><ToUserName><![CDATA[gh_acct]]></ToUserName><FromUserName><![CDATA[oUser]]></FromUserName>" +
            "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>" +
            "<Content><![CDATA[楼上装修太吵了]]></Content><MsgId>1234567890123456</MsgId></xml>");

        Assert.Equal("楼上装修太吵了", message.Content);
        Assert.Equal("msg:oUser:1234567890123456", message.DedupKey);
        Assert.False(message.IsEvent);
    }

    [Fact]
    public void Event_push_is_deduplicated_by_sender_and_time()
    {
        var message = WeChatXml.ParseMessage(
            "<xml><ToUserName>gh</ToUserName><FromUserName>oUser</FromUserName><CreateTime>42</CreateTime>" +
            "<MsgType>event</MsgType><Event>subscribe</Event></xml>");

        Assert.True(message.IsEvent);
        Assert.Equal("evt:oUser:42:subscribe", message.DedupKey);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xml><ToUserName>gh</ToUserName><FromUserName>u</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&xxe;</Content></xml>")]
    [InlineData("<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><xml><Content>&b;</Content></xml>")]
    [InlineData("<xml><ToUserName>gh</ToUserName>")]
    [InlineData("<notxml/>")]
    [InlineData("<xml><ToUserName>gh</ToUserName><FromUserName>u</FromUserName><CreateTime>soon</CreateTime><MsgType>text</MsgType></xml>")]
    public void Hostile_or_malformed_xml_is_rejected(string xml)
    {
        Assert.Throws<WeChatXmlException>(() => WeChatXml.ParseMessage(xml));
    }

    [Fact]
    public void Text_reply_swaps_the_addresses_and_survives_a_cdata_terminator_in_the_content()
    {
        var push = new WeChatMessage("gh_acct", "oUser", 1, "text", "hi", "9", null, null);

        var xml = WeChatXml.TextReply(push, "a]]>b 您好", 1700000000);
        var fields = WeChatXml.ParseFields(xml);

        Assert.Equal("oUser", fields["ToUserName"]);
        Assert.Equal("gh_acct", fields["FromUserName"]);
        Assert.Equal("1700000000", fields["CreateTime"]);
        Assert.Equal("text", fields["MsgType"]);
        Assert.Equal("a]]>b 您好", fields["Content"]);
    }
}
