using ConciergeBot.Dialogs.Requests;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Understanding.Entities;

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

    [Theory]
    [InlineData("换一个多少钱啊", true)]
    [InlineData("修一下要收费吗？", true)]
    [InlineData("那这个要多少钱", true)]
    [InlineData("车位一个月多少钱", false)]
    [InlineData("物业费多少钱一平", false)]
    public void A_price_asked_with_no_subject_of_its_own_is_about_the_request(string normalized, bool aboutTheRequest) =>
        Assert.Equal(aboutTheRequest, RequestWords.AsksAboutTheRequestItself(normalized));

    [Theory]
    [InlineData("我叫钱芳 电话13926581473 你们到了打我电话", true)]
    [InlineData("不好意思号码打错了 是13926581437", true)]
    [InlineData("哎呀电话说错了 是13612345687 最后两位是87", true)]
    [InlineData("13926581437", true)]
    [InlineData("保安态度太差了，我电话13926581437，给我个说法", false)]
    [InlineData("楼上又在漏水了，电话13926581437", false)]
    [InlineData("我叫李强，座机021-64738291", true)]
    [InlineData("我已经打了120", false)]
    [InlineData("我叫王明", false)]
    [InlineData("this is Li, call me on 13926581437", true)]
    [InlineData("我一直在家里等着师傅到了打我电话就行我电话是13612907753", true)]
    [InlineData("哎呀电话说错了最后两位是87不是78是13812345687", true)]
    [InlineData("不好意思号码输错了，应该是13812345687，不是78结尾", true)]
    public void A_name_and_a_number_alone_are_contact_details(string normalized, bool contactOnly)
    {
        var slots = SlotReader.Read(normalized, Now, new EntityRecognizer().Recognize);
        Assert.True(contactOnly == RequestWords.GivesContactOnly(slots), $"leftover: {slots.Leftover}, phone: {slots.Phone}");
    }

    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
}
