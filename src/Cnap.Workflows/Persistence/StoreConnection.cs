using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cnap.Workflows.Persistence;

/// <summary>The context's EF command services and the provider's value conventions, for <see cref="StoreCommand"/>.</summary>
internal sealed class StoreConnection(DbContext context, bool isPostgres)
{
    // SQLite stores DateTimeOffset through EF's binary converter (see WorkflowModel), which encodes the clock reading
    // and the offset: only instants written in UTC compare as instants, so every one is made UTC before it is encoded.
    private static readonly DateTimeOffsetToBinaryConverter SqliteTime = new();

    private DbProviderFactory? factory;
    private IRelationalCommandBuilderFactory? commandBuilders;
    private IRelationalConnection? connection;
    private IRelationalCommandDiagnosticsLogger? logger;

    public bool IsPostgres => isPostgres;

    public DbContext Context => context;

    public DbProviderFactory Factory => factory ??= DbProviderFactories.GetFactory(context.Database.GetDbConnection())
        ?? throw new InvalidOperationException("the database provider has no DbProviderFactory");

    public IRelationalCommandBuilderFactory CommandBuilders => commandBuilders ??= context.GetService<IRelationalCommandBuilderFactory>();

    public StoreCommand Command() => new(this);

    public RelationalCommandParameterObject Parameters() => new(
        connection ??= context.GetService<IRelationalConnection>(), null, null, context,
        logger ??= context.GetService<IRelationalCommandDiagnosticsLogger>());

    public object? ToProvider(object? value) => value switch
    {
        DateTimeOffset time when isPostgres => time.ToUniversalTime(),
        DateTimeOffset time => SqliteTime.ConvertToProvider(time.ToUniversalTime()),
        Enum @enum => @enum.ToString(),
        _ => value,
    };

    public DateTimeOffset Time(DbDataReader reader, int ordinal) =>
        isPostgres ? reader.GetFieldValue<DateTimeOffset>(ordinal) : (DateTimeOffset)SqliteTime.ConvertFromProvider(reader.GetInt64(ordinal))!;

    public DateTimeOffset? NullableTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Time(reader, ordinal);
}
