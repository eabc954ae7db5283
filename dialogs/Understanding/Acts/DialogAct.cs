namespace ConciergeBot.Dialogs.Understanding.Acts;

/// <summary>
/// What a short conversational reply does in a dialog, apart from any request it carries: the everyday answers
/// owners give to a prompt ("对", "不对，是3栋", "算了", "没有了", "谢谢").
/// </summary>
public enum DialogAct
{
    /// <summary>No conversational act: an ordinary message.</summary>
    None,

    /// <summary>Yes: 对, 是的, 嗯, 好, 没问题, ok.</summary>
    Affirm,

    /// <summary>No: 不是, 不对, 没有, 不要.</summary>
    Deny,

    /// <summary>Drop the request under way: 算了, 不用了, 取消吧, 我自己修好了.</summary>
    Cancel,

    /// <summary>Nothing more: 没有了, 就这些, 没事了.</summary>
    Done,

    /// <summary>Thanks: 谢谢, 辛苦了, 唔该.</summary>
    Thanks,

    /// <summary>A correction of something already said: 不对，是3栋 / 改成后天上午十点 / 1202打错了是1203.</summary>
    Correction,
}
