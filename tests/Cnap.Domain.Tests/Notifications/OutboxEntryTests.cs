using Cnap.Domain.Calendar;
using Cnap.Domain.Notifications;

namespace Cnap.Domain.Tests.Notifications;

public sealed class OutboxEntryTests
{
    // 10:00 Kyiv time on a winter weekday.
    private static readonly DateTimeOffset Morning = DateTimeOffset.Parse("2026-02-02T08:00:00Z");

    private static readonly DispatchRules Rules = new(
        QuietHours.KyivNights(UkraineTimeZone.Find()),
        new RetrySchedule([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)]),
        TimeSpan.FromMinutes(2));

    private static OutboxEntry Sms(bool consent = true, DateTimeOffset? at = null) =>
        OutboxEntry.Create(NotificationChannel.Sms, "+380501234567", null, "Заяву зареєстровано", consent, at ?? Morning, NotificationEvent.CaseRegistered);

    [Fact]
    public void An_sms_accepted_by_the_gateway_waits_for_its_receipt_and_then_is_delivered()
    {
        var entry = Sms();

        Assert.Equal(ClaimDecision.Claimed, entry.TryClaim("host-a", Morning, Rules));
        Assert.True(entry.RecordAccepted("host-a", "http", "gw-1", awaitsReceipt: true, Morning.AddSeconds(1)));
        Assert.Equal(OutboxStatus.Sent, entry.Status);
        entry.RecordReceipt(delivered: true, "DELIVRD", Morning.AddSeconds(30));

        Assert.Equal(OutboxStatus.Delivered, entry.Status);
        Assert.Equal("gw-1", entry.GatewayMessageId);
        Assert.Equal(Morning.AddSeconds(30), entry.DeliveredAt);
        Assert.Equal([OutboxStatus.Created, OutboxStatus.Sending, OutboxStatus.Sent, OutboxStatus.Delivered], entry.Steps.Select(s => s.Status));
    }

    [Fact]
    public void An_email_handed_to_the_mail_server_is_delivered()
    {
        var entry = OutboxEntry.Create(NotificationChannel.Email, "olena@example.com", "Заява", "Текст", true, Morning);
        entry.TryClaim("host-a", Morning, Rules);

        entry.RecordAccepted("host-a", "smtp", null, awaitsReceipt: false, Morning);

        Assert.Equal(OutboxStatus.Delivered, entry.Status);
        Assert.Null(entry.LeaseOwner);
    }

    [Fact]
    public void A_temporary_failure_waits_out_the_back_off_and_the_last_one_fails_for_good()
    {
        var entry = Sms();
        entry.TryClaim("host-a", Morning, Rules);

        entry.RecordTemporaryFailure("host-a", "http", "503", Morning, Rules);
        Assert.Equal((OutboxStatus.TemporaryFailure, Morning.AddMinutes(1)), (entry.Status, entry.DueAt));
        Assert.Equal(ClaimDecision.NotDue, entry.TryClaim("host-a", Morning.AddSeconds(59), Rules));

        Assert.Equal(ClaimDecision.Claimed, entry.TryClaim("host-a", Morning.AddMinutes(1), Rules));
        entry.RecordTemporaryFailure("host-a", "http", "503", Morning.AddMinutes(1), Rules);
        Assert.Equal(Morning.AddMinutes(11), entry.DueAt);

        entry.TryClaim("host-a", Morning.AddMinutes(11), Rules);
        entry.RecordTemporaryFailure("host-a", "http", "503", Morning.AddMinutes(11), Rules);

        Assert.Equal((OutboxStatus.PermanentFailure, 3), (entry.Status, entry.Attempts));
        Assert.Contains("Gave up after 3 attempts", entry.LastError);
        Assert.False(entry.IsDue(Morning.AddDays(1)));
    }

    [Fact]
    public void A_permanent_failure_stops_the_entry()
    {
        var entry = Sms();
        entry.TryClaim("host-a", Morning, Rules);

        entry.RecordPermanentFailure("host-a", "http", "invalid_recipient", Morning);

        Assert.Equal(OutboxStatus.PermanentFailure, entry.Status);
        Assert.Equal(ClaimDecision.NotDue, entry.TryClaim("host-a", Morning.AddDays(1), Rules));
    }

    [Fact]
    public void Without_consent_the_entry_is_skipped_and_the_reason_recorded()
    {
        var entry = Sms(consent: false);

        Assert.Equal(ClaimDecision.Skipped, entry.TryClaim("host-a", Morning, Rules));

        Assert.Equal((OutboxStatus.Skipped, 0), (entry.Status, entry.Attempts));
        Assert.Contains("did not consent", entry.Steps[^1].Detail);
    }

    [Fact]
    public void An_sms_due_at_night_is_deferred_to_8_oclock_without_an_attempt()
    {
        var night = DateTimeOffset.Parse("2026-02-02T21:30:00Z"); // 23:30 Kyiv
        var entry = Sms(at: night);

        Assert.Equal(ClaimDecision.Deferred, entry.TryClaim("host-a", night, Rules));

        Assert.Equal(DateTimeOffset.Parse("2026-02-03T06:00:00Z"), entry.DueAt);
        Assert.Equal((OutboxStatus.Created, 0), (entry.Status, entry.Attempts));
        Assert.Equal(ClaimDecision.Claimed, entry.TryClaim("host-a", entry.DueAt, Rules));
    }

    [Fact]
    public void An_email_is_sent_at_night()
    {
        var night = DateTimeOffset.Parse("2026-02-02T21:30:00Z");
        var entry = OutboxEntry.Create(NotificationChannel.Email, "olena@example.com", "Заява", "Текст", true, night);

        Assert.Equal(ClaimDecision.Claimed, entry.TryClaim("host-a", night, Rules));
    }

    [Fact]
    public void A_retry_that_would_fall_into_the_night_waits_for_the_morning()
    {
        var evening = DateTimeOffset.Parse("2026-02-02T18:55:00Z"); // 20:55 Kyiv
        var entry = Sms(at: evening);
        entry.TryClaim("host-a", evening, Rules);

        entry.RecordTemporaryFailure("host-a", "http", "503", evening.AddMinutes(4).AddSeconds(30), Rules);

        Assert.Equal(DateTimeOffset.Parse("2026-02-03T06:00:00Z"), entry.DueAt);
    }

    [Fact]
    public void A_live_lease_keeps_other_dispatchers_away()
    {
        var entry = Sms();
        entry.TryClaim("host-a", Morning, Rules);

        Assert.Equal(ClaimDecision.NotDue, entry.TryClaim("host-b", Morning.AddMinutes(1), Rules));
    }

    [Fact]
    public void An_interrupted_send_is_retried_once_and_the_interruption_recorded()
    {
        var entry = Sms();
        entry.TryClaim("host-a", Morning, Rules);

        Assert.Equal(ClaimDecision.Claimed, entry.TryClaim("host-b", Morning.AddMinutes(2), Rules));
        Assert.Equal((2, 1, "host-b"), (entry.Attempts, entry.Interruptions, entry.LeaseOwner));
        Assert.Contains(entry.Steps, s => s.Detail.StartsWith("Interrupted: host-a", StringComparison.Ordinal));

        Assert.Equal(ClaimDecision.GaveUp, entry.TryClaim("host-c", Morning.AddMinutes(4), Rules));
        Assert.Equal(OutboxStatus.PermanentFailure, entry.Status);
        Assert.Contains("Delivery uncertain", entry.LastError);
    }

    [Fact]
    public void An_outcome_from_a_dispatcher_that_lost_its_lease_is_ignored()
    {
        var entry = Sms();
        entry.TryClaim("host-a", Morning, Rules);
        entry.TryClaim("host-b", Morning.AddMinutes(3), Rules);

        Assert.False(entry.RecordAccepted("host-a", "http", "late", true, Morning.AddMinutes(3)));
        Assert.True(entry.RecordAccepted("host-b", "http", "gw-2", true, Morning.AddMinutes(3)));
        Assert.Equal("gw-2", entry.GatewayMessageId);
    }

    [Fact]
    public void A_negative_receipt_fails_the_entry_and_repeated_receipts_change_nothing()
    {
        var entry = Sms();
        entry.TryClaim("host-a", Morning, Rules);
        entry.RecordAccepted("host-a", "http", "gw-1", true, Morning);

        entry.RecordReceipt(delivered: false, "EXPIRED", Morning.AddHours(1));
        var steps = entry.Steps.Count;
        entry.RecordReceipt(delivered: true, "DELIVRD", Morning.AddHours(2));

        Assert.Equal(OutboxStatus.PermanentFailure, entry.Status);
        Assert.Equal(steps, entry.Steps.Count);
    }

    [Fact]
    public void Every_change_bumps_the_version()
    {
        var entry = Sms();
        var created = entry.Version;

        entry.TryClaim("host-a", Morning, Rules);

        Assert.True(entry.Version > created);
    }

    [Fact]
    public void An_unreachable_recipient_is_kept_as_a_permanent_failure()
    {
        var entry = OutboxEntry.Unreachable(NotificationChannel.Sms, "12345", null, "Текст", "«12345» is not a Ukrainian phone number", Morning);

        Assert.Equal(OutboxStatus.PermanentFailure, entry.Status);
        Assert.Equal(ClaimDecision.NotDue, entry.TryClaim("host-a", Morning, Rules));
    }
}
