"""Where a work or its maker comes from, written beside the maker's name (`(张三,中国)`,
`(甲/乙,南非/荷兰)`, `(李四,伊朗 / 韩国)`, `甲(安徽省)`): a country or region, never a
person's name and not mapped. Matched in the readers' simplified copy."""

from __future__ import annotations

import re

_COUNTRIES = frozenset(
    (
        "中国 美国 英国 法国 德国 日本 韩国 朝鲜 俄罗斯 加拿大 墨西哥 巴西 阿根廷 "
        "智利 秘鲁 哥伦比亚 古巴 意大利 西班牙 葡萄牙 荷兰 比利时 卢森堡 瑞士 "
        "奥地利 波兰 捷克 斯洛伐克 匈牙利 罗马尼亚 保加利亚 塞尔维亚 克罗地亚 希腊 "
        "土耳其 乌克兰 白俄罗斯 立陶宛 拉脱维亚 爱沙尼亚 芬兰 瑞典 挪威 丹麦 冰岛 "
        "爱尔兰 以色列 伊朗 伊拉克 叙利亚 黎巴嫩 约旦 沙特 卡塔尔 阿联酋 埃及 "
        "摩洛哥 突尼斯 阿尔及利亚 南非 尼日利亚 肯尼亚 埃塞俄比亚 印度 巴基斯坦 "
        "孟加拉 阿富汗 尼泊尔 斯里兰卡 缅甸 泰国 越南 老挝 柬埔寨 马来西亚 新加坡 "
        "印尼 印度尼西亚 菲律宾 蒙古 哈萨克斯坦 澳大利亚 新西兰 中国香港 中国澳门 "
        "中国台湾 香港 澳门 台湾"
    ).split()
)
# `南非/荷兰`, `伊朗 / 韩国`, `中国、美国`: places joined.
_JOINED = re.compile(r"\s*[/／、，,]\s*|\s+")

# A place by its own word, as a name may start with one: `江西省`, `于都县`, `内蒙古自治区`,
# `全国` (the page's own `我县`, `本市` is none).
PLACE = r"(?![我本])[\u4e00-\u9fff]{1,6}?[省市县縣区區州]|全[国國省市区區军軍]"


def is_place(text: str) -> bool:
    """A country or region (`中国`, `荷兰`, `安徽省`), or several joined (`南非/荷兰`)."""
    parts = [p for p in _JOINED.split(text.strip()) if p]
    return bool(parts) and all(p in _COUNTRIES or re.fullmatch(PLACE, p) for p in parts)
