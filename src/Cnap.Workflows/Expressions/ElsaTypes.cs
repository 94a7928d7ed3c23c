namespace Cnap.Workflows.Expressions;

/// <summary>Maps Elsa's type aliases (and CLR names) used in <c>typeName</c> to CLR types.</summary>
public static class ElsaTypes
{
    private static readonly Dictionary<string, Type> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["String"] = typeof(string), ["Int32"] = typeof(int), ["Int64"] = typeof(long), ["Int16"] = typeof(short),
        ["Boolean"] = typeof(bool), ["Double"] = typeof(double), ["Single"] = typeof(float), ["Decimal"] = typeof(decimal),
        ["DateTime"] = typeof(DateTimeOffset), ["DateTimeOffset"] = typeof(DateTimeOffset), ["DateOnly"] = typeof(DateOnly),
        ["TimeSpan"] = typeof(TimeSpan), ["Guid"] = typeof(Guid), ["Object"] = typeof(object),
    };

    /// <summary>The CLR type for an alias; <see cref="object"/> for anything unknown.</summary>
    public static Type Resolve(string? typeName)
    {
        if (string.IsNullOrEmpty(typeName))
            return typeof(object);
        var name = typeName.Split(',')[0].Trim();
        if (Aliases.TryGetValue(name, out var type))
            return type;
        var shortName = name[(name.LastIndexOf('.') + 1)..];
        return Aliases.GetValueOrDefault(shortName) ?? typeof(object);
    }

    /// <summary>The Elsa alias for a CLR type (<c>String</c>, <c>Int32</c>, <c>Object</c> ...).</summary>
    public static string AliasOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(DateTimeOffset))
            return "DateTime";
        var match = Aliases.FirstOrDefault(a => a.Value == type);
        if (match.Key is not null)
            return match.Key;
        if (type.IsArray || (type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)))
            return AliasOf(type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0]) + "[]";
        return type.IsEnum ? "String" : "Object";
    }
}
