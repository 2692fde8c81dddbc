"""Generate a synthetic corpus of 法治政府建设工作报告 for scale work, deterministic by seed.

Every report is derived from one of the sample reports in data/reports: other region names
(counties and townships that are not the sample regions, some reports naming no region at all,
"我县"-style), other years (2019–2025, dates shifted along), other figures, shuffled and
renumbered subsections. The sample region names never appear, so questions about the samples
stay unambiguous with the generated reports in the store.

    .venv/bin/python bench/make_corpus.py --n 1000 --out /tmp/c1k [--seed 7]
        [--formats txt=8,docx=1,html=1] [--manifest /tmp/c1k.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import math
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("额敏", "克孜勒陶", "阿克陶", "普兰", "叶城")
YEARS = tuple(range(2019, 2026))
_H1 = re.compile(r"^[一二三四五六七八九十]{1,3}、")
_H2 = re.compile(r"^([（(])([一二三四五六七八九十]{1,3})([）)])")
_NUMERALS = "一二三四五六七八九十"
_META = re.compile(r"^(?:\||- |来源[:：])")
_UNITS = "%％个次件人场份项名万家条期批户元篇起天所支类套台张部本册位处座亿千"
# Name forms in the samples, longest first; each maps to a slot of the generated region.
_NAMES = {
    "阿克陶县克孜勒陶镇": "full",
    "克孜勒陶镇": "town",
    "克孜勒陶": "town_short",
    "阿克陶县": "county",
    "阿克陶": "county_short",
    "额敏县": "county",
    "额敏": "county_short",
    "普兰县": "county",
    "普兰": "county_short",
    "叶城县": "county",
    "叶城": "county_short",
    "塔城地区": "prefecture",
    "塔城": "prefecture_short",
    "克州": "prefecture_short",
    "吐古其乡": "township",
    "巴仁乡": "township",
}
# What a report rewrites: index codes, region names, years (not year ranges such as the
# 纲要's 2021-2025), and figures with a unit (not hotlines, dates or "1+4+X").
_TOKEN = re.compile(
    r"(?P<index>索\s*引\s*号\s*[|:：]\s*)[A-Za-z0-9]+(?=/)"
    r"|(?P<name>" + "|".join(sorted(_NAMES, key=len, reverse=True)) + r")(?P<inst>人民|委|司法局)?"
    r"|(?P<range>20\d\d\s*[-—–至]\s*20\d\d)"
    r"|(?<!\d)(?P<year>20[0-3]\d)(?!\d)"
    rf"|(?<![\d.·/A-Za-z+\-])(?P<n>\d+(?:\.\d+)?)(?P<u>(?:余|多)?[{_UNITS}])"
)
_TITLES = (
    "{region}{year}年法治政府建设工作报告",
    "{region}{year}年度法治政府建设工作报告",
    "{region}{year}年法治政府建设年度报告",
    "{region}关于{year}年度法治政府建设情况的报告",
)
_HAN_A = (
    "清永泰丰昌隆溧濮沁岚岱岑崇嵩汶洮浠涟淇渭湄滦漳潢琼璧瑞盱睢"
    "磁祁秭稷繁翼莒蓟藁虞衡赣辉遂郓郯鄄酉钟铅闽阜陇雩霍黎"
)
_HAN_B = "阳川源宁安城江山水河台泉林丰平化武昌远和乐定德谷溪州陵峪原"
_TRANSLIT = "托喀吐巴乌尼库麦伽布尔苏拉木什勒特塔孜依玛纳沙雅墨玉策且末若羌温宿硕焉耆察昭精吉乃"


# A line cut into literal text and the tokens a report rewrites: ("name", form, suffix),
# ("year", "2025"), ("fig", "300", "余人"), ("index", label) and ("title",).
Part = str | tuple[str, ...]
Line = list[Part]


@dataclass(frozen=True)
class Template:
    """One sample report cut into the parts the generator recombines, lines pre-tokenised."""

    source: str
    title: str | None
    head: list[Line]  # metadata and introduction lines before the first 一、 heading
    sections: list[tuple[list[Line], list[list[Line]]]]  # (heading + lead lines, subsections)
    tail: list[Line]  # sign-off lines after the last paragraph
    year: int
    town: bool


@dataclass(frozen=True)
class Report:
    """One generated report."""

    text: str
    title: str | None
    region: str | None
    year: int
    template: int


def load_templates(src: Path) -> list[Template]:
    """Cut every sample report in ``src`` into a template."""
    return [_template(p.read_text(encoding="utf-8")) for p in sorted(src.glob("*.txt"))]


def _template(text: str) -> Template:
    lines = text.split("\n")
    first = lines[0].strip()
    title = first if "报告" in first and not _H1.match(first) else None
    body = lines[1:] if title else lines
    cut = next((i for i, line in enumerate(body) if _H1.match(line)), len(body))
    head, rest = body[:cut], body[cut:]
    tail: list[str] = []
    while rest and (len(rest[-1].strip()) < 30 and not rest[-1].strip().endswith("。")):
        tail.insert(0, rest.pop())
    sections: list[tuple[list[Line], list[list[Line]]]] = []
    for line in rest:
        tokens = _tokens(line)
        if _H1.match(line):
            sections.append(([tokens], []))
        elif _H2.match(line):
            sections[-1][1].append([tokens])
        elif sections[-1][1]:
            sections[-1][1][-1].append(tokens)
        else:
            sections[-1][0].append(tokens)
    found = re.search(r"(20\d\d)年", title or "") or re.search(r"(20\d\d)", text)
    year = int(found.group(1)) if found else YEARS[-1]
    town = "镇" in (title or "") or "乡" in (title or "")
    head_lines = [_tokens(line, title) for line in head]
    return Template(text, title, head_lines, sections, [_tokens(t) for t in tail], year, town)


def _tokens(line: str, title: str | None = None) -> Line:
    if title and title in line:  # the title repeated in the head becomes the new title
        before, _, after = line.partition(title)
        return [*_tokens(before), ("title",), *_tokens(after, title)]
    parts: Line = []
    pos = 0
    for m in _TOKEN.finditer(line):
        parts.append(line[pos : m.start()])
        if m["index"]:
            parts.append(("index", m["index"]))
        elif m["name"]:
            parts.append(("name", m["name"], m["inst"] or ""))
        elif m["year"]:
            parts.append(("year", m["year"]))
        elif m["n"]:
            parts.append(("fig", m["n"], m["u"]))
        else:
            parts.append(m[0])
        pos = m.end()
    parts.append(line[pos:])
    return [p for p in parts if p]


def region_pool(seed: int, size: int, exclude: str) -> list[str]:
    """``size`` distinct plausible place names (short form, no 县/镇), none occurring in
    ``exclude`` (the sample texts), so a name never collides with ordinary report wording."""
    rng = random.Random(f"regions:{seed}")
    names: list[str] = []
    for _ in range(100 * size):
        if len(names) == size:
            return names
        if rng.random() < 0.7:
            name = rng.choice(_HAN_A) + rng.choice(_HAN_B)
        else:
            name = "".join(rng.sample(_TRANSLIT, 3))
        if name in exclude or any(name in n or n in name for n in names):
            continue
        if not any(f in name for f in FORBIDDEN):
            names.append(name)
    raise SystemExit(f"cannot make {size} distinct region names: ask for fewer reports")


def generate(templates: list[Template], n: int, seed: int) -> list[Report]:
    """The ``n`` reports for ``seed`` (report i does not depend on anything but n and seed)."""
    town_tpls = [i for i, t in enumerate(templates) if t.town]
    n_town = sum(1 for i in range(n) if i % len(templates) in town_tpls)
    n_county = max(1, math.ceil((n - n_town) / 5))
    n_towns = max(1, math.ceil(n_town / 5))
    exclude = "\n".join(t.source for t in templates)
    pool = region_pool(seed, n_county + 2 * n_towns + 40, exclude)
    counties, town_counties = pool[:n_county], pool[n_county : n_county + n_towns]
    towns, prefectures = pool[n_county + n_towns : n_county + 2 * n_towns], pool[-40:]
    reports = []
    seen = {"county": 0, "town": 0}
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        k = i % len(templates)
        kind = "town" if k in town_tpls else "county"
        j = seen[kind]
        seen[kind] += 1
        size = n_towns if kind == "town" else n_county
        slot = j % size
        year = YEARS[(j // size + slot) % len(YEARS)]
        names = {
            "county_short": (town_counties if kind == "town" else counties)[slot],
            "town_short": towns[slot] if kind == "town" else "",
            "prefecture_short": rng.choice(prefectures),
        }
        reports.append(_report(templates[k], k, names, year, rng))
    return reports


def _report(tpl: Template, k: int, short: dict[str, str], year: int, rng: random.Random) -> Report:
    names = _forms(short, rng.random() < 0.12, rng)
    region = names["full"] if tpl.town else names["county"]
    unnamed = region in ("我镇", "我县")
    pattern = rng.choice(_TITLES[:3] if unnamed else _TITLES)
    title: str | None = pattern.format(region="" if unnamed else region, year=year)
    if (tpl.title is None and rng.random() < 0.3) or (unnamed and rng.random() < 0.5):
        title = None
    render = _Renderer(names, year - tpl.year, title or "", rng)
    lines = [title] if title else []
    head = [render(line) for line in tpl.head]
    # A report that never names its region has no metadata block naming the issuing organ.
    lines += [line for line in head if not (unnamed and _META.match(line))]
    for heading, subs in tpl.sections:
        subs = list(subs)
        if len(subs) >= 4 and rng.random() < 0.3:
            subs.pop(rng.randrange(len(subs)))
        if rng.random() < 0.7:
            rng.shuffle(subs)
        lines += [render(line) for line in heading]
        for n, sub in enumerate(subs):
            first = render(sub[0])
            lines += [_H2.sub(rf"\g<1>{_NUMERALS[n]}\g<3>", first, count=1)]
            lines += [render(line) for line in sub[1:]]
    lines += [render(line) for line in tpl.tail]
    text = "\n".join(lines)
    bad = [f for f in FORBIDDEN if f in text]
    if bad:
        raise RuntimeError(f"sample region names {bad} survived generation: extend _NAMES")
    # Region as a reader can tell it: unknown when the text never names it (like sample 003).
    return Report(text, title, region if not unnamed and region in text else None, year, k)


def _forms(short: dict[str, str], unnamed: bool, rng: random.Random) -> dict[str, str]:
    county, town = short["county_short"] + "县", short["town_short"] + rng.choice("镇乡")
    if unnamed:
        return {
            "full": "我镇",
            "town": "我镇",
            "town_short": "我镇",
            "county": "我县",
            "county_short": "本县",
            "prefecture": "地区",
            "prefecture_short": "地区",
            "township": rng.choice(("某乡", "城关镇")),
        }
    return {
        "full": county + town,
        "town": town,
        "town_short": short["town_short"],
        "county": county,
        "county_short": short["county_short"],
        "prefecture": short["prefecture_short"] + "地区",
        "prefecture_short": short["prefecture_short"],
        "township": town,
    }


class _Renderer:
    """Renders template lines for one report: names, shifted years, redrawn figures."""

    def __init__(self, names: dict[str, str], shift: int, title: str, rng: random.Random):
        self.names, self.shift, self.title, self.rng = names, shift, title, rng
        letters = "".join(rng.choices("ABCDEFGHJKLMNPQRSTWXYZ", k=2))
        self.code = letters + str(rng.randrange(10**6, 10**7))

    def __call__(self, line: Line) -> str:
        return "".join(part if isinstance(part, str) else self._token(part) for part in line)

    def _token(self, token: tuple[str, ...]) -> str:
        kind = token[0]
        if kind == "name":
            new = self.names[_NAMES[token[1]]]
            if token[2] and new == "我县":
                new = "县"  # 我县人民法院 reads wrong; 县人民法院 is what such reports write
            return new + token[2]
        if kind == "year":
            return str(int(token[1]) + self.shift)
        if kind == "fig":
            return self._figure(token[1], token[2])
        if kind == "index":
            return token[1] + self.code
        return self.title

    def _figure(self, number: str, unit: str) -> str:
        decimals = len(number.split(".")[1]) if "." in number else 0
        value = float(number)
        if unit in "%％":
            keep = value == 100 and self.rng.random() < 0.6
            value = 100.0 if keep else min(99.9, value * self.rng.uniform(0.85, 1.1))
        else:
            value = max(1.0, value * self.rng.uniform(0.5, 1.6))
        return f"{value:.{decimals}f}{unit}"


_PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{page_title}</title>{article_title}
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
<style>body {{ font-size: 14px; }}</style></head>
<body><div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zmhd/">政民互动</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt;
<a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>
<div class="article">{h1}{meta}<div class="TRS_Editor">
{body}
</div><div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div></div>
<div class="footer"><p>主办单位：{site}办公室 联系电话：0000-0000000</p>
<p>网站标识码：0000000000</p></div>
</body></html>
"""


def _split(text: str, title: str | None) -> tuple[list[str], list[str]]:
    lines = text.split("\n")
    if title and lines and lines[0] == title:
        lines = lines[1:]
    cut = next((i for i, line in enumerate(lines) if _H1.match(line)), len(lines))
    meta = [line for line in lines[:cut] if _META.match(line)]
    body = [line for line in lines if line.strip() and line not in meta]
    return meta, body


def render_html(text: str, title: str | None, region: str | None, gbk: bool) -> bytes:
    """A county web page: navigation, metadata block, the report in a TRS_Editor div, footer."""
    meta, body = _split(text, title)
    site = f"{region}人民政府" if region else "政府门户网站"
    rows = [
        "<tr>"
        + "".join(f"<td>{html.escape(c.strip())}</td>" for c in line.strip("|").split("|"))
        + "</tr>"
        for line in meta
        if line.startswith("|")
    ]
    items = [
        f"<li>{html.escape(line[2:] if line.startswith('- ') else line)}</li>"
        for line in meta
        if not line.startswith("|")
    ]
    block = (f'<table class="xxgk">{"".join(rows)}</table>' if rows else "") + (
        f'<ul class="info">{"".join(items)}</ul>' if items else ""
    )
    page = _PAGE.format(
        charset="gbk" if gbk else "utf-8",
        page_title=html.escape(f"{title}_{site}" if title else site),
        article_title=f'<meta name="ArticleTitle" content="{html.escape(title)}">' if title else "",
        h1=f"<h1>{html.escape(title)}</h1>" if title else "",
        meta=block,
        body="\n".join(f"<p>{html.escape(line.strip())}</p>" for line in body),
        site=html.escape(site),
    )
    return page.encode("gb18030" if gbk else "utf-8")


def render_docx(text: str, title: str | None, path: Path) -> None:
    """A Word file: title, metadata table, headings and paragraphs."""
    import docx

    meta, body = _split(text, title)
    document = docx.Document()
    if title:
        document.add_heading(title, 0)
    rows = [
        [c.strip() for c in line.strip("|").split("|")] for line in meta if line.startswith("|")
    ]
    if rows:
        table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                table.cell(r, c).text = value
    for line in [line for line in meta if not line.startswith("|")] + body:
        if _H1.match(line):
            document.add_heading(line.strip(), 1)
        else:
            document.add_paragraph(line.strip())
    document.save(str(path))


def _formats(spec: str) -> list[tuple[str, float]]:
    pairs = [part.split("=") if "=" in part else (part, "1") for part in spec.split(",") if part]
    weights = [(fmt.strip(), float(w)) for fmt, w in pairs]
    unknown = {fmt for fmt, _ in weights} - {"txt", "docx", "html"}
    if unknown:
        raise SystemExit(f"--formats: unknown format(s) {sorted(unknown)}; use txt, docx, html")
    return weights


def write(
    reports: list[Report], out: Path, formats: list[tuple[str, float]], seed: int
) -> list[dict[str, object]]:
    """Write the reports to ``out``; returns one manifest row per file."""
    out.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, object]] = []
    for i, report in enumerate(reports):
        rng = random.Random(f"format:{seed}:{i}")
        fmt = rng.choices([f for f, _ in formats], [w for _, w in formats])[0]
        digest = hashlib.sha1(report.text.encode("utf-8")).hexdigest()[:16]
        path = out / f"gen_{i:06d}_{digest}.{fmt}"
        if fmt == "txt":
            path.write_text(report.text, encoding="utf-8")
        elif fmt == "docx":
            render_docx(report.text, report.title, path)
        else:
            gbk = rng.random() < 0.5
            path.write_bytes(render_html(report.text, report.title, report.region, gbk=gbk))
        rows.append(
            {
                "file": path.name,
                "title": report.title,
                "region": report.region,
                "year": report.year,
                "template": report.template,
                "format": fmt,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True, help="number of reports")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--formats", default="txt", help="weights, e.g. txt=8,docx=1,html=1")
    parser.add_argument("--src", type=Path, default=ROOT / "data" / "reports")
    parser.add_argument("--manifest", type=Path, help="also write a JSONL manifest here")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    reports = generate(load_templates(args.src), args.n, args.seed)
    rows = write(reports, args.out, _formats(args.formats), args.seed)
    if args.manifest:
        args.manifest.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
    took = time.perf_counter() - started
    print(f"wrote {len(rows)} reports to {args.out} in {took:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
