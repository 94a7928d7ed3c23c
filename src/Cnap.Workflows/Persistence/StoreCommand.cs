using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cnap.Workflows.Persistence;

/// <summary>
/// Hand-written SQL, one statement or several (one round trip either way), on the context's connection and
/// transaction; the change tracker and the query compiler never see it, which is the point on the transition path.
/// On PostgreSQL, inside the context's open transaction, the statements go straight to the provider as a
/// <see cref="DbBatch"/> with positional parameters: no EF command wrapper, and nothing for the provider to parse or
/// rewrite, so each statement is prepared once per connection and then only bound. Elsewhere (SQLite, or no open
/// connection) they go through EF's command pipeline as one command with named parameters.
/// </summary>
internal sealed class StoreCommand(StoreConnection store)
{
    private readonly List<Statement> statements = [new()];

    private Statement Current => statements[^1];

    public bool IsPostgres => store.IsPostgres;

    public StoreCommand Append(string text)
    {
        Current.Sql.Append(text);
        return this;
    }

    /// <summary>Ends the current statement; what follows is the next one.</summary>
    public StoreCommand EndStatement()
    {
        if (Current.Sql.Length > 0)
            statements.Add(new Statement());
        return this;
    }

    /// <summary>Appends a parameter holding <paramref name="value"/> (converted for the provider).</summary>
    public StoreCommand Value(object? value)
    {
        var statement = Current;
        statement.Values.Add(store.ToProvider(value) ?? DBNull.Value);
        // The placeholder is written when the command is sent: positional ($n, per statement) or named (@pn, per command).
        statement.Marks.Add(statement.Sql.Length);
        return this;
    }

    /// <summary>Appends <c>(@a, @b, …)</c>.</summary>
    public StoreCommand Values(params ReadOnlySpan<object?> values)
    {
        Current.Sql.Append('(');
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
                Current.Sql.Append(", ");
            Value(values[i]);
        }
        Current.Sql.Append(')');
        return this;
    }

    /// <summary>
    /// Appends a membership test against these ids: <c> = ANY($n)</c> with one array parameter on PostgreSQL (one
    /// statement shape however many), <c> IN (@a, @b, …)</c> elsewhere.
    /// </summary>
    public StoreCommand InList(IReadOnlyList<string> ids)
    {
        if (store.IsPostgres)
            return Append(" = ANY(").Value(ids.ToArray()).Append("::text[])");
        Append(" IN (");
        for (var i = 0; i < ids.Count; i++)
            (i == 0 ? this : Append(", ")).Value(ids[i]);
        return Append(")");
    }

    /// <summary>A parameter of a JSON column (jsonb on PostgreSQL).</summary>
    public StoreCommand Json(string value) =>
        store.IsPostgres ? Append("CAST(").Value(value).Append(" AS jsonb)") : Value(value);

    public async Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken)
    {
        if (DirectBatch() is not { } batch)
            return await BuildRelational().ExecuteNonQueryAsync(store.Parameters(), cancellationToken);
        await using (batch)
            return await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs the statements; the reader is positioned before the first result.</summary>
    public async Task<StoreReader> ExecuteReaderAsync(CancellationToken cancellationToken)
    {
        if (DirectBatch() is { } batch)
        {
            try
            {
                return new StoreReader(await batch.ExecuteReaderAsync(cancellationToken), batch, ownsReader: true);
            }
            catch
            {
                await batch.DisposeAsync();
                throw;
            }
        }
        var relational = await BuildRelational().ExecuteReaderAsync(store.Parameters(), cancellationToken);
        return new StoreReader(relational.DbDataReader, relational, ownsReader: false);
    }

    private DbBatch? DirectBatch()
    {
        if (!store.IsPostgres)
            return null;
        var database = store.Context.Database;
        var connection = database.GetDbConnection();
        if (database.CurrentTransaction is not { } transaction || connection.State != System.Data.ConnectionState.Open || !connection.CanCreateBatch)
            return null;
        var batch = connection.CreateBatch();
        batch.Transaction = transaction.GetDbTransaction();
        foreach (var statement in statements)
        {
            if (statement.Sql.Length == 0)
                continue;
            var command = batch.CreateBatchCommand();
            command.CommandText = statement.Render(n => "$" + (n + 1).ToString(CultureInfo.InvariantCulture));
            foreach (var value in statement.Values)
            {
                var parameter = command.CreateParameter();
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            batch.BatchCommands.Add(command);
        }
        return batch;
    }

    private IRelationalCommand BuildRelational()
    {
        var sql = new StringBuilder(512);
        var builder = store.CommandBuilders.Create();
        var offset = 0;
        foreach (var statement in statements)
        {
            if (statement.Sql.Length == 0)
                continue;
            var first = offset;
            sql.Append(statement.Render(n => "@p" + (first + n).ToString(CultureInfo.InvariantCulture))).Append(";\n");
            foreach (var value in statement.Values)
            {
                var parameter = store.Factory.CreateParameter()!;
                parameter.ParameterName = "p" + offset++.ToString(CultureInfo.InvariantCulture);
                parameter.Value = value;
                builder.AddRawParameter(parameter.ParameterName, parameter);
            }
        }
        return builder.Append(sql.ToString()).Build();
    }

    private sealed class Statement
    {
        public StringBuilder Sql { get; } = new(256);
        public List<object> Values { get; } = [];
        public List<int> Marks { get; } = [];

        public string Render(Func<int, string> placeholder)
        {
            if (Marks.Count == 0)
                return Sql.ToString();
            var text = new StringBuilder(Sql.Length + Marks.Count * 4);
            var at = 0;
            for (var i = 0; i < Marks.Count; i++)
            {
                text.Append(Sql, at, Marks[i] - at).Append(placeholder(i));
                at = Marks[i];
            }
            return text.Append(Sql, at, Sql.Length - at).ToString();
        }
    }
}

/// <summary>The reader of a <see cref="StoreCommand"/>, disposed with what produced it (which may dispose the reader itself).</summary>
internal sealed class StoreReader(DbDataReader reader, IAsyncDisposable owner, bool ownsReader) : IAsyncDisposable
{
    public DbDataReader Reader => reader;

    public Task<bool> ReadAsync(CancellationToken cancellationToken) => reader.ReadAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (ownsReader)
            await reader.DisposeAsync();
        await owner.DisposeAsync();
    }
}
