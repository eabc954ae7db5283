using System.Text;
using ConciergeBot.Channels.WeChat;

namespace ConciergeBot.Tests.Bot.Channels.WeChat;

/// <summary>The official WeChat test vectors from protocols.md.</summary>
public sealed class WeChatVectorTests
{
    internal const string Token = "spamtest";
    internal const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    internal const string AppId = "wx2c2769f8efd9abc2";
    internal const string Timestamp = "1409735669";
    internal const string Nonce = "1320562132";
    internal const string MsgSignature = "5d197aaffba7e9b25a30732f161a50dee96bd5fa";

    internal const string Encrypted =
        "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=";

    [Fact]
    public void Plain_signature_matches_the_official_vector()
    {
        Assert.Equal("16120ec1b8dbb870f510d87ce6bc2463eae6ca1a", WeChatSignature.Compute(Token, Timestamp, Nonce));
        Assert.True(WeChatSignature.Matches("16120ec1b8dbb870f510d87ce6bc2463eae6ca1a", Token, Timestamp, Nonce));
        Assert.False(WeChatSignature.Matches("16120ec1b8dbb870f510d87ce6bc2463eae6ca1b", Token, Timestamp, Nonce));
    }

    [Fact]
    public void Msg_signature_covers_the_encrypt_field()
    {
        Assert.Equal(MsgSignature, WeChatSignature.Compute(Token, Timestamp, Nonce, Encrypted));
    }

    [Fact]
    public void Official_safe_mode_message_decrypts_to_the_documented_text_message()
    {
        var crypto = new WeChatCrypto(AesKey, AppId);

        var message = WeChatXml.ParseMessage(crypto.Decrypt(Encrypted));

        Assert.Equal("oyORnuP8q7ou2gfYjqLzSIWZf0rs", message.FromUserName);
        Assert.Equal("gh_10f6c3c3ac5a", message.ToUserName);
        Assert.Equal(1409735668, message.CreateTime);
        Assert.Equal("text", message.MsgType);
        Assert.Equal("abcdteT", message.Content);
        Assert.Equal("6054768590064713728", message.MsgId);
    }

    [Fact]
    public void Deterministic_encrypt_matches_the_official_vector()
    {
        var crypto = new WeChatCrypto(AesKey, "wxb11529c136998cb6");

        var encrypted = crypto.Encrypt("我是中文abcd123", Encoding.ASCII.GetBytes("aaaabbbbccccdddd"));

        Assert.Equal("jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==", encrypted);
    }

    [Fact]
    public void Decrypt_rejects_a_message_for_another_app()
    {
        var crypto = new WeChatCrypto(AesKey, "wx0000000000000000");

        Assert.Throws<WeChatCryptoException>(() => crypto.Decrypt(Encrypted));
    }

    [Theory]
    [InlineData("")]
    [InlineData("短")]
    [InlineData("exactly-thirty-two-bytes-long!!!")]
    [InlineData("<xml><Content><![CDATA[楼上装修太吵了]]></Content></xml>")]
    public void Encrypt_then_decrypt_round_trips_every_padding_length(string message)
    {
        var crypto = new WeChatCrypto(AesKey, AppId);
        for (var extra = 0; extra < 40; extra++)
        {
            var text = message + new string('x', extra);
            Assert.Equal(text, crypto.Decrypt(crypto.Encrypt(text)));
        }
    }

    [Fact]
    public void Tampered_ciphertext_is_rejected_not_misread()
    {
        var crypto = new WeChatCrypto(AesKey, AppId);
        var bytes = Convert.FromBase64String(Encrypted);
        bytes[^1] ^= 0x5a;

        Assert.Throws<WeChatCryptoException>(() => crypto.Decrypt(Convert.ToBase64String(bytes)));
        Assert.Throws<WeChatCryptoException>(() => crypto.Decrypt("not base64!"));
    }
}
