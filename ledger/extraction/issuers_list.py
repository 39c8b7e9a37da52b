"""A department's own list of duties, published by it: each item is a task of the issuer.

A 厅/局/委 publishes its 责任清单 / 权责清单 / 职责清单 / 任务清单 as a notice: the page's head names it
(a notice title '县农业农村局关于公布…清单的通告', its name on a line of its own above the title, or a
field '发布机构：市生态环境局'), a lead-in refers to it as 我厅/我局/我委/本局/本单位 ('我厅全面梳理了…
具体牵头事项,现予以公布。', '本局职责清单如下：'), then numbered items with no subject
('一、牵头组织改善农村人居环境。'; blind w323). Each item is the issuer's (responsible; cooperating
when it opens with 协助/配合 another body), and a unit it names after 会同/配合 stays its partner.

Only when the head names exactly one body, a lead-in before the first item refers to it as a
department (我县/我市/我区 is a place, no department), and no item names a lead or responsible
owner of its own (a notice handing a plan to 各乡镇、各部门 keeps the owners its items name). A body's
own page under a duties heading is ``.own_page``'s.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .own_page import (OwnDuties, duties_part, give_duty, names_a_body, names_other_owners, one_body, opens_helping,
                       without_lead_ins)
from .outline import SIGNATURE_DATE, PlanParagraph, item_mark
from .prose import LEADING_ROLES, opens_with_duty, partners_after_with

# The lead-in's reference to the issuer as a department: 我厅, 我局, 本局, 本单位 ('基本局面' is no 本局).
SELF_REFERENCE = re.compile(r"(?<![自敌你])我(?:厅|局|委|办|院|部)|(?<![基根成资样文版原日])本(?:厅|局|委|院|单位|部门)")
# A notice title naming its issuer: '县农业农村局关于公布生态环境保护责任清单的通告'.
NOTICE_TITLE = re.compile(r"(.{2,40}?)关于.{2,80}")
# A short line that is a title: it begins with 关于 or ends with a kind of document.
TITLE_LINE = re.compile(r"关于|(?:清单|通知|通告|公告|决定|方案|意见|计划|要点)$")
# A title naming the issuer before its list: '县发展和改革委员会权责清单'.
LIST_TITLE = re.compile(r"(.{2,60}?)(?:的)?[\u4e00-\u9fff]{0,16}清单")
# A field label before a title line: '标题：…'.
TITLE_FIELD = re.compile(r"^(?:标题|题目|名称)\s*[：:]\s*")
# A field naming the page's publisher: '发布机构：市生态环境局', '发文机关: 县应急管理局'.
ISSUER_FIELD = re.compile(r"(?:发布机构|发布单位|发布部门|发文机关|发文单位|发文机构)\s*[：:]\s*([^\s：:|]{2,40})")
# A lead-in handing a plan to others: no department's own list.
HANDED_OUT = re.compile(r"印发给你们|印发给各|现印发|请认真贯彻|请结合实际")


def issuers_list(paras: list[PlanParagraph], lines: Sequence[tuple[int, str]],
                 unit_like: Callable[[str], bool]) -> OwnDuties | None:
    """The issuer and the items of its own list (``paras`` the plan's paragraphs, ``lines`` its lines as
    written, with their numbers: the head is those before the first item), or None."""
    start = _lead_in(paras)
    if start is None:
        return None
    first = next((k for k in range(start + 1, len(paras)) if item_mark(paras[k].text) is not None), None)
    if first is None:
        return None
    issuer = _issuer([text for n, text in lines if n < paras[first].line], unit_like)
    items = without_lead_ins(duties_part(paras, first, None)) if issuer else []
    if sum(item_mark(p.text) is not None for p in items) < 2:
        return None
    if names_other_owners(items, issuer, unit_like, LEADING_ROLES):
        return None
    return OwnDuties(issuer, items, items[0].line, items[-1].line)


def signed_list(paras: list[PlanParagraph], unit_like: Callable[[str], bool]) -> OwnDuties | None:
    """A list of duties with no subject signed by its body on the line after it ('一、负责…⏎…⏎八、履行…⏎二道江区
    人民政府教育督导室', unseen w647): each item is the signer's, as an issuer's own list's is; None unless the
    page ends with that one body's name (a date line after it or not) under three items or more, most opening
    with a duty, none naming an owner of its own."""
    body = [p for p in paras if p.text.strip()]
    while body and SIGNATURE_DATE.match(body[-1].text):
        body = body[:-1]
    signer = body[-1].text.strip() if len(body) > 3 else ""
    if not signer or item_mark(signer) is not None or len(signer) > 30 or not names_a_body(signer, unit_like):
        return None
    first = next((k for k, p in enumerate(body) if item_mark(p.text) is not None), None)
    items = body[first:-1] if first is not None else []
    marks = [m for p in items if (m := item_mark(p.text)) is not None]
    if len(marks) < 3 or 2 * sum(opens_with_duty(m.rest) for m in marks) < len(marks):
        return None
    if names_other_owners(items, signer, unit_like, LEADING_ROLES):
        return None
    return OwnDuties(signer, items, items[0].line, body[-1].line)


def give_item(roles: dict[str, list[str]], text: str, issuer: str, unit_like: Callable[[str], bool]) -> None:
    """The issuer in an item's ``roles``: cooperating when the item opens with 协助/配合 another body
    (that body is only the one helped), else responsible, with the partners the item names
    ('…，会同省生态环境厅开展…') cooperating."""
    if opens_helping(text):
        give_duty(roles, text, issuer)  # the issuer helps: cooperating, the body helped no owner
        return
    if not any(roles.get(r) for r in LEADING_ROLES):
        roles["responsible"] = [issuer]
    named = roles.get("cooperating", [])
    partners = [u for u in partners_after_with(text, unit_like) if u != issuer and u not in named]
    if partners:
        roles["cooperating"] = named + partners


def _lead_in(paras: list[PlanParagraph]) -> int | None:
    """The first paragraph (no title: '…关于公布本局职责清单的通知') referring to the issuer as a
    department, if it comes before any item and hands nothing out."""
    for k, p in enumerate(paras):
        if item_mark(p.text) is not None:
            return None
        if SELF_REFERENCE.search(p.text) and not _title(p.text.strip()):
            return None if HANDED_OUT.search(p.text) else k
    return None


def _issuer(head: Sequence[str], unit_like: Callable[[str], bool]) -> str:
    """The one body the head names as issuer (notice title, a name line above a title, a publisher
    field), "" when none or several."""
    lines = [TITLE_FIELD.sub("", line.strip()) for line in head if line.strip()]
    names = [m.group(1).strip() for line in lines for m in ISSUER_FIELD.finditer(line)]
    for k, line in enumerate(lines):
        if not _title(line):
            continue
        titled = _titled_issuer(line, unit_like)
        if titled:
            names.append(titled)
        if k and names_a_body(lines[k - 1], unit_like):
            names.append(lines[k - 1])
    named = [n for n in names if names_a_body(n, unit_like)]
    return (one_body(named) or "") if named and len(named) == len(names) else ""


def _titled_issuer(line: str, unit_like: Callable[[str], bool]) -> str:
    """The body a title line opens with: '县农业农村局关于…的通告', '县发展和改革委员会权责清单' (the
    longest start of a list's title that names one body), else ""."""
    notice = NOTICE_TITLE.fullmatch(line)
    if notice is not None:
        return notice.group(1) if names_a_body(notice.group(1), unit_like) else ""
    listed = LIST_TITLE.fullmatch(line)
    if listed is None:
        return ""
    before = line[:listed.end(1)]
    return next((before[:n] for n in range(len(before), 1, -1) if names_a_body(before[:n], unit_like)), "")


def _title(line: str) -> bool:
    """A short title line: no sentence in it, 关于… or …清单/通知/通告."""
    return (len(line) <= 80 and ">" not in line and item_mark(line) is None and not re.search(r"[。；;，,]", line)
            and bool(TITLE_LINE.search(line)))
