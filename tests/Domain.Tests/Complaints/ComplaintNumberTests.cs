using CustomerComms.Domain.Common;
using CustomerComms.Domain.Complaints;

namespace CustomerComms.Domain.Tests.Complaints;

public sealed class ComplaintNumberTests
{
    [Fact]
    public void ToString_PadsYearAndSequence()
    {
        Assert.Equal("CMP-2026-00042", new ComplaintNumber(2026, 42).ToString());
        Assert.Equal("CMP-2026-99999", new ComplaintNumber(2026, 99_999).ToString());
    }

    [Fact]
    public void Parse_FormattedNumber_RoundTrips()
    {
        var number = ComplaintNumber.Parse("CMP-2025-01234");

        Assert.Equal(2025, number.Year);
        Assert.Equal(1234, number.Sequence);
        Assert.Equal(new ComplaintNumber(2025, 1235), number.Next());
    }

    [Theory]
    [InlineData("CMP-2026-0042")]
    [InlineData("CMP-2026_00042")]
    [InlineData("CMQ-2026-00042")]
    [InlineData("CMP-20A6-00042")]
    [InlineData("CMP-2026-00000")]
    [InlineData("")]
    public void TryParse_Malformed_False(string text)
    {
        Assert.False(ComplaintNumber.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Malformed_NamesNumber()
    {
        Assert.Equal("number", Assert.Throws<DomainValidationException>(() => ComplaintNumber.Parse("42")).Field);
    }

    [Theory]
    [InlineData(2026, 0, "sequence")]
    [InlineData(2026, 100_000, "sequence")]
    [InlineData(1999, 1, "year")]
    public void Constructor_OutOfRange_NamesField(int year, int sequence, string field)
    {
        Assert.Equal(field, Assert.Throws<DomainValidationException>(() => new ComplaintNumber(year, sequence)).Field);
    }
}
