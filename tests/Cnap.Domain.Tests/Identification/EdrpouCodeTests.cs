using Cnap.Domain.Identification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cnap.Domain.Tests.Identification;

public sealed class EdrpouCodeTests
{
    [Theory]
    [InlineData("14360570")] // АТ КБ «ПриватБанк»: the classic example, weights 1..7
    [InlineData("00032129")] // АТ «Ощадбанк»: leading zeros
    [InlineData("00015622")] // Міністерство юстиції України
    [InlineData("00022527")] // Київська міська державна адміністрація
    [InlineData("37508470")] // Державна міграційна служба України: between 30 and 60 million, weights 7,1..6
    [InlineData("43005393")] // Державна податкова служба України: between 30 and 60 million
    public void Codes_of_real_bodies_are_valid(string code) => Assert.Equal(code, EdrpouCode.Parse(code).Value);

    [Theory]
    [InlineData("14360571")]
    [InlineData("37508471")]
    [InlineData("1436057")]
    [InlineData("143605700")]
    [InlineData("1436O570")]
    [InlineData(" ")]
    public void A_wrong_control_digit_or_shape_is_rejected(string input)
    {
        Assert.False(EdrpouCode.TryParse(input, out _));
        Assert.Contains("ЄДРПОУ", Assert.Throws<DomainException>(() => EdrpouCode.Parse(input)).Message);
    }

    [Property]
    public Property Exactly_one_last_digit_completes_any_seven_digits() =>
        Prop.ForAll(Gen.Choose(0, 9_999_999).ToArbitrary(), prefix =>
            Enumerable.Range(0, 10).Count(d => EdrpouCode.TryParse(prefix.ToString("D7") + d, out _)) == 1);
}
