namespace Cnap.Host.Identity.SignUp;

/// <summary>
/// Used until a real gateway is registered: in Development the text (with its code) goes to the log so a developer
/// can finish a sign-up; elsewhere only the fact that nothing was delivered is logged, never the code.
/// </summary>
internal sealed class LoggedAccountMessages(IHostEnvironment environment, ILogger<LoggedAccountMessages> logger) : IAccountMessages
{
    public Task SendAsync(AccountChannel channel, string to, string subject, string text, CancellationToken cancellationToken)
    {
        if (environment.IsDevelopment())
            logger.LogInformation("Account {Channel} message to {To}: {Subject} — {Text}", channel, to, subject, text);
        else
            logger.LogWarning("No {Channel} gateway is registered: an account message to {To} was not delivered", channel, to);
        return Task.CompletedTask;
    }
}
