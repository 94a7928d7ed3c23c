using Cnap.Domain.Cases;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cnap.Domain.Tests.Cases;

public sealed class TrackingCodeTests
{
    [Fact]
    public void The_check_digit_follows_the_Damm_algorithm() => Assert.Equal(4, TrackingCode.CheckDigit("572"));

    [Fact]
    public void A_new_code_is_twelve_digits_printed_in_groups_and_parses_back()
    {
        var code = TrackingCode.New();

        Assert.Matches("^[1-9][0-9]{11}$", code.Value);
        Assert.Matches("^[0-9]{4}-[0-9]{4}-[0-9]{4}$", code.ToString());
        Assert.Equal(code, TrackingCode.Parse(code.ToString()));
        Assert.Equal(code, TrackingCode.Parse(code.Value));
    }

    [Fact]
    public void New_codes_do_not_follow_one_another()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => TrackingCode.New().Value).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Property(MaxTest = 200)]
    public Property Any_single_mistyped_digit_is_detected() =>
        Prop.ForAll(Gen.Choose(0, 10).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (position, shift) =>
        {
            var code = TrackingCode.New().Value.ToCharArray();
            code[position] = (char)('0' + (code[position] - '0' + shift) % 10);
            return !TrackingCode.TryParse(new string(code), out _);
        });

    [Property(MaxTest = 200)]
    public Property Any_swap_of_neighbouring_different_digits_is_detected() =>
        Prop.ForAll(Gen.Choose(0, 10).ToArbitrary(), position =>
        {
            var code = TrackingCode.New().Value.ToCharArray();
            if (code[position] == code[position + 1] || (position == 0 && code[1] == '0'))
                return true;
            (code[position], code[position + 1]) = (code[position + 1], code[position]);
            return !TrackingCode.TryParse(new string(code), out _);
        });

    [Theory]
    [InlineData("1234-5678-901")]
    [InlineData("0123-4567-8901")]
    [InlineData("1234-5678-90AB")]
    [InlineData("")]
    public void Malformed_codes_are_rejected(string input) => Assert.Throws<DomainException>(() => TrackingCode.Parse(input));
}
