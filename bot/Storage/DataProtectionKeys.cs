using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Storage;

/// <summary>
/// ASP.NET Core Data Protection with its key ring in the data directory (<c>{Storage:DataDirectory}/keys</c>): the
/// key is created once, on first use, and read again by every later start, so what it protected — Direct Line tokens
/// and the web chat's user cookie, unless <c>DirectLine:TokenSigningKey</c> is configured — survives a restart.
/// Data Protection rolls its keys every 90 days and keeps the old ones for reading. The folder is the owner's only
/// (0700 on Unix); it is not in the database, so a database backup does not carry it: copy it with the backups
/// (the README's "Data kept safe" says how).
/// </summary>
internal static class DataProtectionKeys
{
    public const string ApplicationName = "ConciergeBot";

    public static string Folder(StorageOptions storage) => Path.GetFullPath(Path.Combine(storage.DataDirectory, "keys"));

    public static IServiceCollection AddPersistedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StorageOptions>, ILoggerFactory>((o, storage, logs) =>
        {
            var folder = Folder(storage.Value);
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), logs);
        });
        return services;
    }
}
