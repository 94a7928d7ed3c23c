using Cnap.Domain.Notifications;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cnap.Domain.Tests.Notifications;

public sealed class SmsLengthTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    [InlineData(201, 3)]
    [InlineData(202, 4)]
    public void Ukrainian_text_is_UCS2_with_70_characters_in_one_part_and_67_per_part_beyond(int length, int parts)
    {
        var measured = SmsLength.Of(new string('ї', length));

        Assert.Equal(SmsEncoding.Ucs2, measured.Encoding);
        Assert.Equal(length, measured.Units);
        Assert.Equal(parts, measured.Parts);
    }

    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Latin_text_is_GSM7_with_160_characters_in_one_part_and_153_per_part_beyond(int length, int parts)
    {
        var measured = SmsLength.Of(new string('a', length));

        Assert.Equal(SmsEncoding.Gsm7, measured.Encoding);
        Assert.Equal(parts, measured.Parts);
    }

    [Fact]
    public void One_Cyrillic_letter_turns_a_Latin_text_into_UCS2()
    {
        var measured = SmsLength.Of(new string('a', 100) + "ї");

        Assert.Equal(SmsEncoding.Ucs2, measured.Encoding);
        Assert.Equal(2, measured.Parts);
    }

    [Fact]
    public void Characters_of_the_GSM7_extension_table_cost_two_septets()
    {
        Assert.Equal(new SmsLength(SmsEncoding.Gsm7, 160, 1), SmsLength.Of(new string('€', 80)));
        Assert.Equal(2, SmsLength.Of(new string('€', 81)).Parts);
        Assert.Equal(SmsEncoding.Gsm7, SmsLength.Of("{[|]}~^\\").Encoding);
    }

    [Fact]
    public void An_escape_pair_is_not_split_across_parts()
    {
        // 152 septets, then "€" (2) cannot finish part one and moves whole to part two.
        var text = new string('a', 152) + "€" + new string('a', 152);

        Assert.Equal(2 * 153, SmsLength.Of(text).Units);
        Assert.Equal(3, SmsLength.Of(text).Parts);
    }

    [Fact]
    public void An_emoji_takes_two_UCS2_units_and_is_not_split_across_parts()
    {
        Assert.Equal(new SmsLength(SmsEncoding.Ucs2, 70, 1), SmsLength.Of(new string('а', 68) + "🙂"));
        var text = new string('а', 66) + "🙂" + new string('а', 66);

        Assert.Equal(134, SmsLength.Of(text).Units);
        Assert.Equal(3, SmsLength.Of(text).Parts);
    }

    [Fact]
    public void Empty_text_takes_no_parts()
    {
        Assert.Equal(0, SmsLength.Of("").Parts);
    }

    private static readonly Gen<string> Pieces = Gen.Elements("a", " ", "7", "€", "{", "ї", "Ж", "🙂", "\n");

    private static readonly Arbitrary<(string Text, string Extra)> TextAndExtra =
        Pieces.ListOf().Select(p => string.Concat(p)).SelectMany(t => Pieces.Select(e => (t, e))).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Adding_a_character_never_takes_fewer_parts() =>
        Prop.ForAll(TextAndExtra, x => SmsLength.Of(x.Text + x.Extra).Parts >= SmsLength.Of(x.Text).Parts);

    [Property(MaxTest = 500)]
    public Property Parts_hold_all_units_and_waste_at_most_one_unit_each() =>
        Prop.ForAll(TextAndExtra, x =>
        {
            var m = SmsLength.Of(x.Text + x.Extra);
            return m.Parts == 1
                ? m.Units <= m.SinglePartCapacity
                : m.Units > m.SinglePartCapacity && m.Units <= m.Parts * m.PerPartCapacity && m.Units > (m.Parts - 1) * (m.PerPartCapacity - 1);
        });
}
