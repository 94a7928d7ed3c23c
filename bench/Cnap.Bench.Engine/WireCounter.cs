using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Cnap.Bench.Engine;

/// <summary>
/// Counts round trips on the wire: a loopback proxy in front of PostgreSQL. A round trip is the client speaking again
/// after the server has answered; what the client sends in one go (Npgsql pipelines a prepended BEGIN with its own
/// Sync and the command after it in one write) counts once, as the one wait it costs. It sees everything the process
/// sends (EF commands, raw ADO.NET, savepoints, commits), unlike an EF interceptor.
/// </summary>
public sealed class WireCounter : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly string host;
    private readonly int port;
    private long roundTrips;

    public WireCounter(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        host = builder.Host!;
        port = builder.Port;
        listener.Start();
        ConnectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Host = "127.0.0.1", Port = ((IPEndPoint)listener.LocalEndpoint).Port, SslMode = SslMode.Disable, GssEncryptionMode = GssEncryptionMode.Disable,
        }.ConnectionString;
        _ = AcceptAsync();
    }

    /// <summary>Connect through this to be counted.</summary>
    public string ConnectionString { get; }

    public long RoundTrips => Interlocked.Read(ref roundTrips);

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            client.NoDelay = true;
            server.NoDelay = true;
            await server.ConnectAsync(host, port, stop.Token);
            var exchange = new Exchange();
            try
            {
                await Task.WhenAny(
                    RelayAsync(server.GetStream(), client.GetStream(), exchange, fromClient: false),
                    RelayAsync(client.GetStream(), server.GetStream(), exchange, fromClient: true));
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
            }
        }
    }

    private async Task RelayAsync(Stream from, Stream to, Exchange exchange, bool fromClient)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var read = await from.ReadAsync(buffer, stop.Token);
            if (read == 0)
                return;
            if (!fromClient)
                Volatile.Write(ref exchange.ServerAnswered, 1);
            else if (Interlocked.Exchange(ref exchange.ServerAnswered, 0) == 1)
                Interlocked.Increment(ref roundTrips);
            await to.WriteAsync(buffer.AsMemory(0, read), stop.Token);
        }
    }

    private sealed class Exchange
    {
        public int ServerAnswered;
    }

    public ValueTask DisposeAsync()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
