using ConciergeBot.Dialogs.Requests.Slots;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>Public places written in English are read like their Chinese words.</summary>
public sealed class EnglishPlacesTests
{
    [Theory]
    [InlineData("Hi, the lift in building 5, unit 2 is out of order.", "5栋2单元电梯")]
    [InlineData("The lights in the car park are off", "地下车库")]
    [InlineData("someone left rubbish at the north gate", "北门")]
    public void An_English_public_place_is_found(string text, string expected) =>
        Assert.Equal(expected, PublicPlaceReader.Find(text)?.Describe());

    [Theory]
    [InlineData("I live in building 3, unit 2, room 1202 and my tap leaks")]
    [InlineData("我家水管爆了")]
    public void A_flat_or_Chinese_text_is_left_to_the_other_readers(string text) =>
        Assert.Equal(text, EnglishPlaces.ToChinese(text));
}
