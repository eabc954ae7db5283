using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ConciergeBot.Channels.WeChat;

/// <summary>
/// WeChat safe mode (<c>encrypt_type=aes</c>): AES-256-CBC with the key Base64Decode(EncodingAESKey + "="), IV = the
/// key's first 16 bytes; plaintext = random(16) + big-endian length(4) + message + AppId, padded PKCS#7-style to a
/// multiple of <b>32</b> bytes. .NET's PKCS7 mode assumes the 16-byte AES block (pad values 1–16 only), so padding
/// is done by hand around <see cref="PaddingMode.None"/>.
/// </summary>
internal sealed class WeChatCrypto
{
    private const int PadBlock = 32;
    private const int RandomLength = 16;
    private readonly byte[] _key;
    private readonly byte[] _iv;
    private readonly string _appId;

    public WeChatCrypto(string encodingAesKey, string appId)
    {
        ArgumentException.ThrowIfNullOrEmpty(encodingAesKey);
        ArgumentException.ThrowIfNullOrEmpty(appId);
        if (encodingAesKey.Length != 43)
        {
            throw new ArgumentException("EncodingAESKey must be 43 characters.", nameof(encodingAesKey));
        }

        _key = Convert.FromBase64String(encodingAesKey + "=");
        _iv = _key[..16];
        _appId = appId;
    }

    public string Encrypt(string message)
    {
        Span<byte> random = stackalloc byte[RandomLength];
        RandomNumberGenerator.Fill(random);
        return Encrypt(message, random);
    }

    /// <summary>Encrypts with the given 16 random bytes (deterministic; used by the official test vector).</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> random)
    {
        if (random.Length != RandomLength)
        {
            throw new ArgumentException("WeChat's random prefix is 16 bytes.", nameof(random));
        }

        var body = Encoding.UTF8.GetBytes(message);
        var appId = Encoding.UTF8.GetBytes(_appId);
        var length = RandomLength + 4 + body.Length + appId.Length;
        var pad = PadBlock - (length % PadBlock);
        var plain = new byte[length + pad];
        random.CopyTo(plain);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(RandomLength), body.Length);
        body.CopyTo(plain, RandomLength + 4);
        appId.CopyTo(plain, RandomLength + 4 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);

        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _iv, PaddingMode.None));
    }

    /// <summary>Decrypts an <c>Encrypt</c> field and checks that it was meant for our AppId.</summary>
    public string Decrypt(string encrypted)
    {
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypted);
        }
        catch (FormatException e)
        {
            throw new WeChatCryptoException("Encrypt is not base64.", e);
        }

        if (cipher.Length == 0 || cipher.Length % 16 != 0)
        {
            throw new WeChatCryptoException("Encrypt is not a whole number of AES blocks.");
        }

        byte[] plain;
        using (var aes = Aes.Create())
        {
            aes.Key = _key;
            plain = aes.DecryptCbc(cipher, _iv, PaddingMode.None);
        }

        var unpadded = Unpad(plain);
        if (unpadded.Length < RandomLength + 4)
        {
            throw new WeChatCryptoException("Decrypted payload is too short.");
        }

        var bodyLength = BinaryPrimitives.ReadInt32BigEndian(unpadded[RandomLength..]);
        var bodyStart = RandomLength + 4;
        if (bodyLength < 0 || bodyLength > unpadded.Length - bodyStart)
        {
            throw new WeChatCryptoException("Decrypted length prefix is out of range.");
        }

        var appId = Encoding.UTF8.GetString(unpadded[(bodyStart + bodyLength)..]);
        if (!string.Equals(appId, _appId, StringComparison.Ordinal))
        {
            throw new WeChatCryptoException("Message was encrypted for another AppId.");
        }

        return Encoding.UTF8.GetString(unpadded.Slice(bodyStart, bodyLength));
    }

    private static ReadOnlySpan<byte> Unpad(byte[] plain)
    {
        var pad = plain[^1];
        if (pad is < 1 or > PadBlock || pad > plain.Length)
        {
            throw new WeChatCryptoException("Bad padding.");
        }

        var tail = plain.AsSpan(plain.Length - pad);
        if (tail.IndexOfAnyExcept(pad) >= 0)
        {
            throw new WeChatCryptoException("Bad padding.");
        }

        return plain.AsSpan(0, plain.Length - pad);
    }
}
