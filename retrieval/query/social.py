"""Input that asks nothing of the reports: greetings, thanks, farewells, questions about the
bot itself, and noise (digits, punctuation, markers, emoji)."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.query.introductions import introduces
from retrieval.tuning import SMALL_TALK_LONGEST, SMALL_TALK_NAMED

__all__ = ["DOUBT", "GREETING", "LATER", "is_noise", "is_social", "named_share", "says_nothing"]

# No ideograph and no Latin word: digits, punctuation, citation markers, emoji.
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Lower-case Latin runs this long that the reports never use are keys mashed ("asdkj"); upper
# case may be a name a report writes ("GDP"). One short word beside them asks nothing.
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")
_MASHED = 4
_ONE_WORD = 2
# "啊啊", "哈哈哈", "嗯": sounds, no words ("额" is left: it begins 额敏).
_INTERJECTIONS = re.compile(r"[啊呀哈嗯呃哦噢唉诶哎嘿喂咦]+")
# "那个那个 就是 啥来着 算了": words of speech that stand for nothing said.
_SPEECH_FILLERS = re.compile(r"那个啥|啥来着|来着|那个|就是|算了|这个|然后")
# The bot, named: "本系统", "这个平台", "你".
_BOT = (
    r"(?:(?:本|该|此|这个|这套|你们的?|您的?)?(?:问答)?(?:系统|平台|工具|程序|软件|机器人|小助手|助手)"
    r"|这玩意儿?|[你您]们?)"
)
_ABOUT_BOT = (
    r"(?:请问|烦请|麻烦|请)?(?:简要|简单)?(?:介绍|说明)?(?:一下|下)?(?:"
    rf"{_BOT}(?:的|有|都有|具备)?(?:哪些|什么|啥)?(?:主要)?"
    r"(?:功能|用法|使用方法|使用说明|怎么用|如何使用|怎么使用|咋用)(?:是什么|有哪些|是啥)?"
    rf"|{_BOT}?(?:可|可以|能|能够)(?:提供|支持)(?:哪些|什么|啥)(?:方面的?)?(?:查询|咨询|服务|功能|内容)+"
    r"|(?:能不能|能否|可否|可以|请)?(?:给|举)(?:个|几个|一些)?(?:提问|问题|查询)?(?:的)?(?:示例|例子|样例)"
    r"|怎么(?:提问|问)(?:比较|才)?(?:好|合适|准确)|(?:提问|查询)(?:有)?(?:什么)?(?:技巧|格式|方法)"
    # "需要按什么格式输入", "这个咋个用嘛，搞不来": how to use it, in everyday words.
    r"|(?:需要|要|应该|该)?(?:按|用)?(?:什么|啥|哪种)(?:格式|方式)(?:输入|提问|问)"
    r"|(?:这个?|这玩意儿?)?(?:咋个?|怎么|怎样|如何)(?:用|使用|操作)|搞不来|不会用|用不来"
    rf"|{_BOT}的?(?:资料|数据|材料|内容|报告)(?:都)?(?:是)?(?:从哪|从哪里|从哪儿|哪里|哪儿)(?:来|来的|找的)"
    # "能做对标表吗", "会出统计表不": whether the bot makes tables at all, nothing named.
    r"|(?:[你您])?(?:能|会|可以)(?:直接)?(?:帮我|给我)?(?:做|弄|出|生成|列|整|导出|下载)(?:个|一个|张|成)?"
    r"(?:(?:对标|对比|统计|汇总|数据)?表(?:格)?|excel|word|pdf)(?:吗|么|不|嘛)?)"
)
_HOLDINGS = (
    r"(?:请问|请|烦请)?(?:简要|简单)?(?:说明|介绍)?(?:一下)?(?:本系统|系统|平台|里面|这里|库里)?"
    r"(?:(?:都)?(?:有|收录了?|包含|包括|覆盖|能查|可以查|支持查)?(?:的)?"
    r"(?:哪几个|哪些|什么|几个|多少)(?:县|地方|地区|年份|年度|年|内容)(?:的)?(?:报告|材料|数据)?"
    r"|(?:覆盖|收录)的?(?:地区|地方)?(?:范围)?(?:和|及|与)?(?:报告)?(?:年度|年份)?)"
)
# "明天再聊", "回头再问": the asker will come back later.
LATER = r"(?:明天|回头|改天|下次|晚点|过会儿?|等会儿?)再(?:聊|问|说|来|请教)"
# "你刚才说的对吗", "你确定吗": doubt about an answer, which its citations settle.
DOUBT = (
    r"(?:[你您])?(?:这|刚才|上面|之前|前面)?(?:说|讲|回答|答)(?:得|的)(?:不太|不|挺|很)?"
    r"(?:准确|对|准|靠谱|没错)(?:吗|不|么|啊)?|(?:[你您])?确定(?:吗|么)|真的(?:吗|假的)|靠谱(?:吗|不)"
)
# "太厉害了", "真好用": praise of the bot, taken as thanks are.
_PRAISE = r"(?:太|真|好|挺|很|非常)?(?:厉害|牛|棒|赞|好用|给力)(?:了|啊|呀)?"
# Greetings, thanks, farewells, questions about the bot itself.
_SOCIAL = re.compile(
    r"^(?:你好|您好|嗨|哈喽|喂|hi|hello|hey|早上好|上午好|中午好|下午好|晚上好|早安|晚安|"
    r"谢谢|谢了|谢啦|多谢|感谢|辛苦了?|麻烦了?|再见|拜拜|好的|收到|明白了?|知道了|ok|okay|在吗|在不在|在不(?=[\s，,。？?！!]|$)|有人吗|"
    # "第一次用这个系统": the asker is new to the bot, with nothing asked yet.
    r"(?:第一次|头一回|初次|刚开始|刚)(?:用|使用|接触)(?:这个)?(?:系统|机器人|小助手|助手|工具|平台)?|"
    # "好嘞，先问到这儿": the asker is done for now.
    r"好嘞|好啦|好吧|好了|行|可以|嗯+|哦|(?:今天)?就?先(?:问|聊)?到这(?:儿|里)?|先这样|就这些|"
    # "先问一下，…": a lead-in to what is asked.
    r"(?:先|想)?问一下|(?:先)?打个?招呼|"
    r"没(?:有)?(?:别的|其他)(?:问题|事)?了?|"
    r"你是谁(?:(?:做|开发|研发|搞|弄|写)的)?|你叫什么(?:名字)?|"
    # "你是谁做的", "谁开发的你": who made the bot.
    r"[你您]是(?:谁|哪里|哪家|哪个(?:单位|公司|部门))(?:做|开发|研发|搞|弄|写)的|谁(?:开发|做|研发|搞|写)的[你您]|"
    # "老师好，打扰您了", "晚安，明天再聊", "最近咋样": courtesy and small talk.
    rf"打扰(?:[你您])?(?:了|一下|下)?|{LATER}|"
    r"最近(?:咋样|怎么样|好吗|还好吗|忙吗|忙不忙)|泥嚎|你嚎|"
    # "太厉害了", "牛": praise of the bot; "懂了", "下次见", "算了不问了": the asker is done.
    rf"{_PRAISE}|懂了|了解了|清楚了|(?:下次|回头|明天|改天)见|算了(?:不问了)?|不问了|"
    # "稍等我记一下", "等一下，我去翻翻文件": the asker is busy, with nothing asked.
    r"(?:请)?(?:稍等|等一下|等下|等等)(?:一下|下)?|我(?:去|先)?(?:记|翻|找|查)(?:一下|下|翻|一翻)?(?:文件|材料|资料)?|"
    # "你能干嘛": what the bot can do, its particle gone.
    r"[你您](?:这个|这边|这里)?(?:都)?(?:能|会|可以)(?:干|做)(?:点|些)?(?:嘛|啥|什么)?(?=$|[\s，,。？?！!])|"
    # "领导让我来问问": who sent the asker, with nothing asked yet.
    r"(?:领导|上级|主任|科长|局长|书记)(?:让|叫|派|安排)我(?:来)?(?:问问|问一下|了解一下|查查|看看)|"
    # "俺就是来瞅瞅，没啥事儿": looking in, with nothing to ask.
    r"(?:我|俺)?(?:就是|只是)?(?:来|随便)(?:瞅瞅|看看|逛逛|转转)|没(?:啥|什么)事儿?|"
    # "你刚才说的对吗", "你确定吗": doubt about an answer, which its citations settle.
    rf"{DOUBT}|"
    r"[你您]是(?:干|做)(?:啥|什么|嘛)的|你能做什么|你会什么|你会做什么|你可以做什么|能做什么|怎么用|如何使用|"
    # "你能干嘛", "您都可以帮我查些什么": what the bot can do, asked in any words.
    r"(?:(?:烦请|请|麻烦)?(?:简要|简单)?(?:介绍|说)(?:一下|下)?)?"
    r"(?:请问)?(?:[你您](?:这个|这边|这里)?|这个|这套)(?:机器人|小助手|助手|东西|系统|工具|软件|程序)?(?:主要)?(?:都|还)?"
    r"(?:能|会|可以)(?:帮我|帮忙|为我|给我|协助|帮助)?(?:我们|我)?"
    r"(?:做|干|帮|回答|查|问|答|提供)?(?:些|点)?(?:什么|啥|嘛|哪些|哪方面|哪类)(?:方面的?|的)?"
    r"(?:事情|事|问题|东西|工作|服务|内容|查询|咨询|信息|帮助|报告|材料|资料)?(?:的|呢)?|"
    # "…，比如能不能帮忙查数据之类的": examples of what the bot may do, asked with it.
    r"(?:比如|例如)[^。？?！!]{0,40}(?:之类|等等)的?(?:吗|呢)?|"
    r"(?:比如|例如)(?:说)?(?:能不能|能否|可不可以|可否)[^。？?！!]{0,40}(?:吗|呢)?|"
    # "你是谁？能帮我干啥": what the bot can do, asked with no 你 before it.
    r"(?:请问)?(?:能|可以|会)(?:帮我|帮忙|为我|给我)(?:做|干|查|问|答|回答|提供)?(?:些|点)?(?:什么|啥|嘛|哪些)(?:事|问题|东西)?|"
    # "请问可以提供哪些方面的查询": what can be looked up, asked of no one named.
    r"(?:请问)?(?:能|可以)(?:提供|查询|查)(?:些|点)?(?:什么|哪些)(?:方面的?)(?:查询|咨询|信息|服务|内容)?|"
    # "能查哪些地方的报告", "收录了哪些报告": which reports the bot holds.
    r"(?:能|可以)?查(?:哪些|哪几个|什么)(?:地方|县|地区)的?报告|(?:都)?(?:有|收录了?)(?:哪些|哪几份|什么)报告|"
    # "你这里收了哪些县的报告", "库里有多少份报告": what the bot holds.
    # "你都知道哪些东西": what the bot knows.
    r"[你您](?:都|还)?(?:知道|懂|了解)(?:些|点)?(?:什么|啥|哪些)(?:东西|内容|事情?)?|"
    r"(?:那)?(?:请问)?(?:[你您]们?(?:这边|这里|手上|手里)?|库里|(?:这个)?系统里?|这里)(?:都|一共|总共)?(?:有|收录了?|收了|存了?)"
    r"(?:哪些|哪几份?|什么|几份|多少份?)(?:地方|县|地区)?的?(?:法治政府建设)?(?:工作|年度)?(?:报告|材料|文件)|"
    # "想核对下数据": what the asker means to do, before asking anything.
    r"(?:想|要|准备)先?(?:核对|核实|了解|咨询|问问|查查|问|查)(?:一下|下)?(?:数据|情况|信息|几个问题|点事)?|"
    # "能帮我画个饼图吗": a chart asked of the bot, which draws none.
    r"(?:能|可以|能不能|可不可以)?(?:直接)?(?:帮我|给我|帮忙)?(?:画|出|做|生成)(?:个|张|一张|一个)?"
    r"(?:[柱条饼]状|[柱饼]|折线|统计)?图(?:表)?(?:吗|不|么|嘛)?|"
    # "能问问题不": whether the asker may ask, nothing asked yet.
    r"(?:我)?(?:能|可以)(?:问|提)(?:个|几个|点)?(?:问题)?(?:吗|不|么|嘛)|"
    # "今天能帮我查点数据吗": whether the bot looks things up, nothing named.
    r"(?:今天|现在)?(?:能|可以)(?:帮我|帮忙)?(?:查|找)(?:点|些|一下|下)?(?:数据|资料|东西|材料)?(?:吗|么|不)|"
    # "我刚来政法委上班，啥都不懂": the asker new to the work, with nothing asked yet.
    r"(?:我|俺)?(?:刚|才)(?:来|到|调到|调来|分到)[^，,。？?！!吗呢]{0,12}(?:上班|工作|报到|任职)|"
    # "先谢谢啦": thanks in advance, the thanks read as any other.
    r"(?:我|俺)?(?:啥|什么)都不(?:懂|会|知道|了解)|先(?=谢|多谢|感谢)|"
    # "头一回用，还不会": the asker new to the bot, nothing asked yet.
    r"(?:我|俺)?(?:是)?(?:第一次|头一回|初次|刚开始)(?:用|使用)(?:这个|这套)?(?:系统|机器人|小助手|助手|工具|软件)?|"
    r"(?:我|俺)?(?:还|也)?不(?:太|大|是很)?(?:懂|会用|熟悉)|"
    # "我是刚来乡里工作的干部": who the asker is, with nothing asked yet.
    r"我是[^，,。？?！!吗呢]{0,20}(?:的|干部|人员|同志|书记|主任|所长|科长|局长|县长|镇长|乡长|"
    r"学生|实习生|代表|老师|委员)|"
    # "测试一下，看看能不能用": trying the bot out.
    r"\d*(?:测试|试)(?:一下|下|试)?|(?:请)?回复(?:一下)?|看看?(?:能不能|可不可以|好不好)用|能(?:不能)?用(?:吗|不)?|"
    r"帮助|help|使用说明|"
    # "各位好", "张科长好", "老师您好": a greeting to whoever is addressed.
    r"(?:在座)?(?:各位|大家|领导|老师|同志们?|[\u4e00-\u9fff]{1,2}(?:科长|主任|局长|书记|县长|镇长|部长|处长|老师|同志))"
    r"(?:们)?(?:[你您])?(?:早上|上午|中午|下午|晚上)?好|"
    # "非常感谢", "先这样吧，下班了": thanks and leaving, in more words.
    r"(?:非常|十分|万分|太)(?:感谢|谢谢)|先这样吧?|下班了|(?:已)?(?:收悉|知悉)|"
    # "不好意思打错了", "请忽略上一条消息", "撤回": a message taken back.
    r"(?:不好意思|抱歉|对不起|sorry)|(?:刚才|上一?条)?(?:打错了|发错了|手滑了|发错|打错)|"
    r"(?:我)?重新问|(?:请)?忽略(?:上一条|刚才|前面)(?:的)?(?:消息|那条|问题)?|(?:刚才|上一?条)那?条?不算|撤回|"
    r"收到请回复|(?:在线|在)(?:吗|不)|(?:你|您)是(?:机器人|真人|人工|AI|ai)(?:吗|还是[^，,。？?！!]{1,6})?|"
    # "请问本系统可提供哪些方面的查询服务", "烦请介绍一下本平台的功能", "你有什么功能",
    # "这玩意儿怎么用", "能不能给个提问示例", "你的资料都是从哪来的": the bot itself.
    rf"{_ABOUT_BOT}|"
    # "里面有哪几个县的材料", "能查哪些年份的", "支持查哪些内容", "本系统覆盖的地区范围和报告年度":
    # what the bot holds.
    rf"{_HOLDINGS})",
    re.IGNORECASE,
)
# "你好", "早上好" greet; the 好 of "好的", "好嘞" agrees.
GREETING = re.compile(
    r"[你您]好|大家好|[早晚]上好|[上中下]午好|嗨|哈喽|hi|hello|hey", re.IGNORECASE
)
_MASHED_LEAD = re.compile(rf"^[a-z]{{{_MASHED},}}(?![A-Za-z])\s*")
_THANKS = re.compile(rf"谢谢|谢[了啦]|多谢|感谢|辛苦|{_PRAISE}")
# What asks something of the reports: a question word or mark, or a figure.
_ASKS_SOMETHING = re.compile(
    r"多少|几|哪|什么|啥|吗|呢|怎么|怎样|咋|如何|谁|何时|是否|有没有|[？?\d]"
)
_FILLER = re.compile(r"[\s\W_]|[你您我们的了呢吗吧啊呀哦嗯哈啦]|老师|同志|小助手|机器人|老铁|朋友")


_REPEATED = re.compile(r"([\u4e00-\u9fff])\1{2,}")


def is_noise(question: str, knows: Callable[[str], bool] = lambda word: False) -> bool:
    """True when ``question`` holds no words: digits, punctuation, markers, emoji, sounds
    ("啊啊"), or Latin letters that are no word of the reports (``knows``)."""
    # "请请请", "啊啊啊": one character typed over and over names nothing.
    said = _REPEATED.sub("", _SPEECH_FILLERS.sub("", _INTERJECTIONS.sub("", question)))
    words = _IDEOGRAPH.findall(said)
    # "asdkj 法制 嗯嗯？？": keyboard mashing or sounds around one short word ask nothing.
    mashed = said != question or any(
        not knows(word) for word in _LOWER_WORD.findall(said) if len(word) >= _MASHED
    )
    if words and not (mashed and len(words) <= _ONE_WORD):
        return False
    return not any(knows(word.lower()) for word in _LATIN_WORD.findall(question))


def is_social(question: str, named: Callable[[str], float] = lambda text: 1.0) -> bool:
    """Greetings, thanks and questions about the bot, with nothing else asked.

    Args:
        question: the question as typed.
        named: the share of a text's characters that words of the reports cover; a greeting
            followed by words the reports hardly use ("早上好，今天天气不错") is small talk.
    """
    # "asdfg 测试一下": keys mashed before the words say nothing either.
    text = _MASHED_LEAD.sub("", question.strip()).lstrip("，,。 ")
    match = _social_match(text)
    while match:
        # "谢谢啦，辛苦": a particle ends one social phrase as punctuation does.
        text = text[match.end() :].lstrip("，,。.!！?？~～ 了啦呀啊哈嘛呢哦喔吧")
        # "谢谢你的帮助": the one thanked, between two social phrases.
        bare = text.lstrip("你您的")
        match = _social_match(text) or _social_match(bare)
        if match and match.string is bare:
            text = bare
    if text == question.strip():
        return introduces(text, _whole_social)
    said = question.strip()[: len(question.strip()) - len(text)]
    if (_BOT_ASKED.search(said) or _WHAT_IT_DOES.search(said)) and _CAN_LOOK_UP.match(text):
        # "你会做什么？可以帮忙查资料吗": after asking what the bot does, whether it looks such
        # things up asks the same.
        return True
    # "你好呀，上回查的材料挺管用，谢谢": greetings or thanks around words that ask nothing.
    thanked = _THANKS.search(question) is not None
    # "谢谢上次的回复。再问一下额敏县…的情况": a request after the thanks asks.
    asks = _ASKS_SOMETHING.search(text) or _REQUEST.search(text)
    if not _FILLER.sub("", text) or introduces(text, _whole_social):
        return True
    if asks:
        return False
    # "麻烦整理个表 …": a request's courtesy is no greeting; the words after it are read.
    greeted = GREETING.match(question.strip()) is not None
    # Small talk is short: a long statement after a greeting says what the asker is at.
    brief = len(_IDEOGRAPH.findall(text)) <= SMALL_TALK_LONGEST
    # "谢谢。同一份报告里…的数据也需要：…": a long statement in the reports' words after the
    # thanks says what is wanted next.
    if thanked:
        return brief or named(text) < SMALL_TALK_NAMED
    return greeted and brief and named(text) < SMALL_TALK_NAMED


# "再问一下X的情况", "说说X": a request naming what it asks.
_REQUEST = re.compile(
    r"(?:问|说|讲|介绍|查|列)(?:一下|下|说|讲|讲讲)[^，,。！!？?]{2,}|"
    # "我想了解一下普法", "看看复议": a wish to know of something named.
    r"(?:了解|咨询|请教|看看)(?:一下|下)?[^，,。！!？?]{2,}|"
    # "麻烦把…列个表", "请按件数排个序": a request to set something out.
    r"(?:麻烦|烦请|请|帮我|帮忙)(?:把|将|给|按)[^，,。！!？?]{2,}|(?:列|弄|做|整|搞)(?:个|一|张)?表|排(?:个)?序|汇总|统计|"
    # "请分条列出": a request to set out what was named before it.
    r"(?:请|烦请|麻烦)(?:分条|逐条|逐项|分别|一一|逐一)?(?:列出|列明|给出|提供|梳理|整理)"
)


def says_nothing(text: str, named: Callable[[str], float]) -> bool:
    """True when ``text`` asks nothing (no question word or mark, figure or request) in a few
    words the reports never use: keys mashed around characters ("sdf 啊发 个的")."""
    # Chinese words alone may be a follow-up's instruction ("再简短点，每条一句话").
    if not _LOWER_WORD.search(text) or _ASKS_SOMETHING.search(text) or _REQUEST.search(text):
        return False
    said = _IDEOGRAPH.findall(_FILLER.sub("", text))
    return 0 < len(said) <= SMALL_TALK_LONGEST and not named(text)


def _whole_social(clause: str) -> bool:
    """True when ``clause`` is one social phrase, up to particles ("可以帮我导出表格吗" is one
    question about the bot, not "可以" and more)."""
    return any(
        found is not None and not _FILLER.sub("", clause[found.end() :])
        for found in (_SOCIAL.match(clause), _BOT_ASKED.match(clause))
    )


_BOT_ASKED = re.compile(_ABOUT_BOT, re.IGNORECASE)
# "你能干啥", "您都可以帮我做些什么": what the bot does, asked.
_WHAT_IT_DOES = re.compile(r"[你您][^，,。？?！!]{0,4}?(?:能|会|可以)(?:干|做|帮)")
# "能查我们的数据不": whether the bot looks such things up.
_CAN_LOOK_UP = re.compile(
    r"^(?:那)?(?:能不能|能|可以|可不可以|会)?(?:帮我|帮忙|给我|替我|为我)?(?:查|找|搜|看|读)(?:一?[查找搜看读]|一下|下|到)?"
    r"[^，,。？?！!]{0,10}?(?:数据|资料|材料|信息|东西|报告|文件)(?:吗|么|不|没有?|嘛)?[？?。！!\s]*$"
)


def _social_match(text: str) -> re.Match[str] | None:
    """The longer of the social phrase and the question about the bot ``text`` opens with
    ("可以帮我导出表格吗" is one ask, not "可以")."""
    found = [m for m in (_SOCIAL.match(text), _BOT_ASKED.match(text)) if m is not None]
    return max(found, key=lambda m: m.end(), default=None)


def named_share(
    text: str, words: Callable[[str], list[str]], knows: Callable[[str], bool]
) -> float:
    """The share of ``text``'s ideographs inside words of two or more characters the reports
    use (``words`` cuts, ``knows`` tells a word of the reports)."""
    # Pronouns and particles ("我想…的") name nothing either way.
    ideographs = {m.start() for m in _IDEOGRAPH.finditer(text)} - {
        m.start() for m in _FILLER.finditer(text)
    }
    if not ideographs:
        return 1.0
    covered: set[int] = set()
    for word in words(text):
        if len(word) >= 2 and knows(word):
            # "行政复议" and its "行政": a character is covered once.
            for found in re.finditer(re.escape(word), text):
                covered.update(range(found.start(), found.end()))
    return len(covered & ideographs) / len(ideographs)
