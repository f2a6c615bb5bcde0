"""The readings (pinyin, with tones) of the characters the form's labels use.

Mirror pages gloss characters with their pinyin (`標(biāo)題`) and sometimes lose a character
with its gloss's opening bracket, leaving only the gloss (`字?jǐn)?shù)`: 數). Where the lost
character is one of a label's, its gloss says which: this table gives the label characters'
readings (simplified; a traditional character reads as its simplified one), enough to find
the label again. It is not a dictionary: text outside the labels is never guessed from it.
"""

from __future__ import annotations

LABEL_READINGS: dict[str, str] = dict(
    pair.split(":")
    for pair in (
        "三:sān 上:shàng 下:xià 专:zhuān 为:wèi 主:zhǔ 人:rén 介:jiè 代:dài 以:yǐ 件:jiàn "
        "任:rèn 份:fèn 会:huì 传:chuán 位:wèi 体:tǐ 作:zuò 全:quán 况:kuàng 出:chū 击:jī "
        "刊:kān 创:chuàng 初:chū 别:bié 制:zhì 办:bàn 务:wù 半:bàn 单:dān 原:yuán 参:cān 及:jí "
        "发:fā 台:tái 号:hào 名:míng 否:fǒu 员:yuán 周:zhōu 和:hé 品:pǐn 国:guó 地:dì 址:zhǐ "
        "填:tián 备:bèi 奖:jiǎng 好:hǎo 姓:xìng 委:wěi 媒:méi 子:zǐ 字:zì 实:shí 审:shěn "
        "客:kè 届:jiè 工:gōng 布:bù 平:píng 年:nián 序:xù 度:dù 开:kāi 情:qíng 意:yì 所:suǒ "
        "手:shǒu 报:bào 据:jù 接:jiē 推:tuī 播:bō 政:zhèng 效:xiào 数:shù 文:wén 新:xīn 日:rì "
        "时:shí 是:shì 期:qī 机:jī 果:guǒ 标:biāo 栏:lán 核:hé 次:cì 段:duàn 注:zhù 点:diǎn "
        "版:bǎn 独:dú 率:lǜ 理:lǐ 由:yóu 申:shēn 电:diàn 目:mù 真:zhēn 码:mǎ 社:shè "
        "种:zhǒng 称:chēng 程:chéng 立:lì 站:zhàn 章:zhāng 端:duān 等:děng 简:jiǎn 箱:xiāng "
        "类:lèi 系:xì 级:jí 结:jié 编:biān 网:wǎng 者:zhě 职:zhí 联:lián 自:zì 荐:jiàn "
        "获:huò 表:biǎo 裁:cái 见:jiàn 讯:xùn 访:fǎng 证:zhèng 评:píng 话:huà 语:yǔ 责:zé "
        "账:zhàng 身:shēn 载:zǎi 辑:jí 过:guò 送:sòng 选:xuǎn 通:tōng 道:dào 邮:yóu 采:cǎi "
        "量:liàng 链:liàn 长:cháng 问:wèn 间:jiān 阶:jiē 附:fù 际:jì 面:miàn 页:yè 项:xiàng "
        "频:pín 题:tí 首:shǒu 中:zhōng 内:nèi 容:róng 效:xiào 响:xiǎng 读:dú 转:zhuǎn"
    ).split()
)


def label_characters_read(reading: str) -> list[str]:
    """The label characters (simplified) that read `reading` (`dān` → 单; `jiè` → 介, 届)."""
    return [c for c, r in LABEL_READINGS.items() if r == reading]
