using ConciergeBot.Dialogs.Requests;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>"How soon will someone come?" in the ways owners ask it, and questions that only look like it.</summary>
public sealed class RequestWordsTests
{
    [Theory]
    [InlineData("要多久才有人来看")]
    [InlineData("你哋啲人几耐到？")]
    [InlineData("师傅几耐先到")]
    [InlineData("How soon can someone come and look at it?")]
    public void Asking_how_soon_someone_comes_is_recognised(string normalized) =>
        Assert.True(RequestWords.AsksWhenSomeoneComes(normalized));

    [Theory]
    [InlineData("停车费多少钱一个月")]
    [InlineData("燃气公司的电话是多少")]
    public void Other_questions_are_not(string normalized) =>
        Assert.False(RequestWords.AsksWhenSomeoneComes(normalized));

    [Theory]
    [InlineData("栋单元 家", true)]
    [InlineData("我家就在", true)]
    [InlineData("门口的灯一闪一闪", false)]
    public void What_is_left_of_an_address_is_no_note(string leftover, bool residue) =>
        Assert.Equal(residue, RequestWords.IsAddressResidue(leftover));
}
