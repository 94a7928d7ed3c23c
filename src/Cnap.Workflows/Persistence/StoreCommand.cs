using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cnap.Workflows.Persistence;

/// <summary>
/// Hand-written SQL (one statement or several, separated by semicolons: one round trip either way) sent through EF's
/// command pipeline on the context's connection and transaction. Interceptors and logging see it; the change tracker
/// and the query compiler do not, which is the point on the transition path.
/// </summary>
internal sealed class StoreCommand(StoreConnection store)
{
    private readonly StringBuilder sql = new(512);
    private readonly List<DbParameter> parameters = [];

    public StoreCommand Append(string text)
    {
        sql.Append(text);
        return this;
    }

    /// <summary>Appends a parameter holding <paramref name="value"/> (converted for the provider).</summary>
    public StoreCommand Value(object? value)
    {
        var parameter = store.Factory.CreateParameter()!;
        parameter.ParameterName = "p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameter.Value = store.ToProvider(value) ?? DBNull.Value;
        parameters.Add(parameter);
        sql.Append('@').Append(parameter.ParameterName);
        return this;
    }

    /// <summary>Appends <c>(@a, @b, …)</c>.</summary>
    public StoreCommand Values(params ReadOnlySpan<object?> values)
    {
        sql.Append('(');
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
                sql.Append(", ");
            Value(values[i]);
        }
        sql.Append(')');
        return this;
    }

    /// <summary>A parameter of a JSON column (jsonb on PostgreSQL).</summary>
    public StoreCommand Json(string value) =>
        store.IsPostgres ? Append("CAST(").Value(value).Append(" AS jsonb)") : Value(value);

    public bool IsEmpty => sql.Length == 0;

    public Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) =>
        Build().ExecuteNonQueryAsync(store.Parameters(), cancellationToken);

    public Task<RelationalDataReader> ExecuteReaderAsync(CancellationToken cancellationToken) =>
        Build().ExecuteReaderAsync(store.Parameters(), cancellationToken);

    private IRelationalCommand Build()
    {
        var builder = store.CommandBuilders.Create().Append(sql.ToString());
        foreach (var parameter in parameters)
            builder.AddRawParameter(parameter.ParameterName, parameter);
        return builder.Build();
    }
}
