using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace Cnap.Workflows.Descriptors;

/// <summary>The designer's words from an activity's resource files (<see cref="Activities.ActivityAttribute.Texts"/>), in the request's language.</summary>
internal static class ActivityTexts
{
    private static readonly ConcurrentDictionary<Type, ResourceManager> Managers = new();

    public static string? Find(Type? texts, string key) =>
        texts is null ? null : Managers.GetOrAdd(texts, t => new ResourceManager(t)).GetString(key, CultureInfo.CurrentUICulture);
}
