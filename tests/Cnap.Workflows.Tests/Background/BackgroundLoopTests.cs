using Cnap.Workflows.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Cnap.Workflows.Tests.Background;

public sealed class BackgroundLoopTests
{
    [Fact]
    public async Task A_wait_longer_than_the_runtime_allows_ends_when_the_clock_gets_there()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

        var wait = CappedDelay.WaitAsync(TimeSpan.FromDays(365), clock, CancellationToken.None);

        Assert.False(wait.IsCompleted);
        clock.Advance(TimeSpan.FromDays(200));
        Assert.False(wait.IsCompleted);
        clock.Advance(TimeSpan.FromDays(165));
        await wait.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_loop_that_throws_is_logged_and_started_again()
    {
        var logger = new Recorder();
        using var service = new FailsOnce(logger);

        await service.StartAsync(CancellationToken.None);

        Assert.Equal(2, await service.SecondRun.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains(logger.Errors, e => e is InvalidOperationException { Message: "first run" });
        await service.StopAsync(CancellationToken.None);
    }

    private sealed class FailsOnce(ILogger logger) : ResilientBackgroundService(logger)
    {
        private int runs;

        public TaskCompletionSource<int> SecondRun { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override TimeSpan PauseAfter(int failures) => TimeSpan.Zero;

        protected override async Task RunAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            if (++runs == 1)
                throw new InvalidOperationException("first run");
            SecondRun.TrySetResult(runs);
            await Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken);
        }
    }

    private sealed class Recorder : ILogger
    {
        public List<Exception> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Error && exception is not null)
                lock (Errors)
                    Errors.Add(exception);
        }
    }
}
