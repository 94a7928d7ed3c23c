using Cnap.Domain.Notifications;

namespace Cnap.Domain.Tests.Notifications;

public sealed class SmsLimitTests
{
    [Fact]
    public void A_text_over_the_limit_is_not_allowed()
    {
        var limit = new SmsLimit(2);

        Assert.True(limit.Allows(new string('ж', 134)));
        Assert.False(limit.Allows(new string('ж', 135)));
    }

    [Fact]
    public void Fitting_cuts_a_long_Ukrainian_text_to_the_limit_and_marks_the_cut()
    {
        var limit = new SmsLimit(1);
        var text = "Заяву зареєстровано. Послуга: " + new string('ж', 100);

        var fitted = limit.Fit(text);

        Assert.Equal(70, fitted.Length);
        Assert.EndsWith("…", fitted);
        Assert.StartsWith("Заяву зареєстровано.", fitted);
        Assert.Equal(1, SmsLength.Of(fitted).Parts);
    }

    [Fact]
    public void Fitting_leaves_a_text_within_the_limit_untouched()
    {
        Assert.Equal("Готово", new SmsLimit(1).Fit("Готово"));
    }

    [Fact]
    public void Fitting_a_Latin_text_keeps_it_GSM7()
    {
        var fitted = new SmsLimit(1).Fit(new string('a', 200));

        Assert.Equal(SmsEncoding.Gsm7, SmsLength.Of(fitted).Encoding);
        Assert.Equal(160, fitted.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void A_limit_outside_one_to_ten_parts_is_refused(int parts)
    {
        Assert.Throws<DomainException>(() => new SmsLimit(parts));
    }
}
