namespace Cnap.Host.Tests.Timers;

/// <summary>Background work (Quartz, the timer worker) finishes on its own time; poll until it shows or time is up.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan within, string? because = null)
    {
        var until = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
                Assert.Fail(because ?? $"The condition did not hold within {within}.");
            await Task.Delay(200);
        }
    }
}
