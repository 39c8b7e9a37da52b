"""Re-importing a renumbered list: the any-number pass of ``match_tasks`` looks up
the stored texts that share a long piece with a new one (``TextIndex``) instead
of scoring every stored text against every new one, and must match exactly as
that did. The scoring it replaced is kept here as the reference."""
from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from ledger.imports import ANY_NUMBER_SIMILARITY, SAME_NUMBER_SIMILARITY, match_tasks
from ledger.model import Deadline, Source, Task
from ledger.store import StoredTask
from ledger.tasklist import content_id
from ledger.text_index import TextIndex

PHRASES = ["强化粮食质量安全监测", "健全食品安全应急处置预案", "加强食品相关产品质量监督", "落实举报奖励制度",
           "推进食品安全责任保险试点", "督促企业落实主体责任", "每年抽检不少于4批次每千人", "配齐快检设备和专业人员",
           "形成可复制可推广的经验做法", "严查食品安全违法犯罪案件", "加快建设智慧监管平台", "保障工作经费列入财政预算"]


def _reference(new: list[Task], old: list[StoredTask]) -> dict[int, str]:
    """match_tasks as it was before TextIndex: every free stored text scored for each new task."""
    free = {t.id: t for t in old}
    result: dict[int, str] = {}
    for i, t in enumerate(new):
        if t.id in free:
            result[i] = t.id
            del free[t.id]
    texts = {t.id: t.text for t in free.values()}
    by_number: dict[str, dict[str, str]] = {}
    for t in free.values():
        if t.number:
            by_number.setdefault(t.number, {})[t.id] = t.text
    for same_number in (True, False):
        for i, t in enumerate(new):
            if i in result or not texts or (same_number and not t.label):
                continue
            choices = by_number.get(t.label, {}) if same_number else texts
            found = process.extractOne(t.text, choices, scorer=fuzz.ratio,
                                       score_cutoff=SAME_NUMBER_SIMILARITY if same_number else ANY_NUMBER_SIMILARITY)
            if found is not None:
                result[i] = found[2]
                del texts[found[2]]
                by_number.get(free[found[2]].number, {}).pop(found[2], None)
    return result


def _task(number: str, text: str, row: int) -> Task:
    return Task(id=content_id(text, number), number=number, category=(), text=text, lead=["市场监管局"],
                responsible=[], cooperating=[], deadline=Deadline("长期坚持"), source=Source("清单.xlsx", "任务清单", row))


def _text(rng: random.Random) -> str:
    return "，".join(rng.choice(PHRASES) for _ in range(rng.randint(1, 14))) + "。"


def _reword(rng: random.Random, text: str) -> str:
    """One of the edits people make, from a few characters to a fifth of the text."""
    kind = rng.randrange(6)
    at = rng.randrange(len(text) + 1)
    if kind == 0:  # replaced in the middle, as bench/bench_import.py does
        half = len(text) // 2
        return text[:half] + "进一步" + text[half + 3:]
    if kind == 1:
        return text[:at] + "，并长期坚持" + text[at:]
    if kind == 2:
        return text[:at] + text[at + rng.randint(1, 8):]
    if kind == 3:
        cut = len(text) // 5
        return text[:at] + "全面" * (cut // 2) + text[at + cut:]
    if kind == 4:
        return "".join(c if rng.random() > 0.08 else "严" for c in text)
    return text[: len(text) // 3] + "加强" + text[len(text) // 3:] + "确保取得实效"


def test_a_renumbered_and_reworded_list_matches_as_scoring_every_text_did():
    """3,000 stored tasks; the revision rewords and renumbers 2,000 of them (edits of
    every size, some past the 85 threshold), keeps 600, drops 400, and adds 300 new
    ones and 100 copies of stored texts with one character changed (ties)."""
    rng = random.Random(17)
    old_texts = list(dict.fromkeys(_text(rng) for _ in range(3400)))[:3000]
    old = [StoredTask(content_id(text), f"{i + 1}", text, {}) for i, text in enumerate(old_texts)]
    picked = rng.sample(range(len(old)), 2600)
    rows = []
    for k, i in enumerate(picked[:2000]):
        rows.append((f"9{i + 1}" if k % 3 else f"{i + 1}", _reword(rng, old_texts[i])))
    rows += [(f"{i + 1}", old_texts[i]) for i in picked[2000:2600]]
    rows += [(f"{5000 + k}", _text(rng) + "新增") for k in range(300)]
    rows += [(f"{6000 + k}", old_texts[i][:-1] + "！") for k, i in enumerate(rng.sample(range(len(old)), 100))]
    rows += [("", ""), ("7000", "短"), ("7001", old_texts[0][:3])]
    rng.shuffle(rows)
    new = [_task(number, text, row) for row, (number, text) in enumerate(rows, 2)]
    expected = _reference(new, old)
    assert match_tasks(new, old) == expected
    assert len(expected) > 2300  # most reworded tasks are still found


def _mutate(rng: random.Random, text: str, edits: int) -> str:
    for _ in range(edits):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(["", rng.choice("abcdefghij")]) + text[at + rng.randint(0, 1):]
    return text


def test_the_index_gives_extract_ones_answer_as_texts_are_taken():
    """Texts that are a few random edits apart, of every length, many near the
    threshold and many of equal score: each answer is extractOne's over the texts
    left (the first of equals included), and is taken before the next question."""
    rng = random.Random(3)
    for _ in range(40):
        base = ["".join(rng.choice("abcdefghij") for _ in range(rng.randint(0, 90))) for _ in range(rng.randint(1, 8))]
        stored = {f"k{i}": _mutate(rng, rng.choice(base), rng.randint(0, 12)) for i in range(60)}
        index, reference = TextIndex(stored), dict(stored)
        for _ in range(50):
            text = _mutate(rng, rng.choice(base), rng.randint(0, 12))
            answers = {}
            for threshold in (ANY_NUMBER_SIMILARITY, 95, 99):
                found = process.extractOne(text, reference, scorer=fuzz.ratio, score_cutoff=threshold)
                answers[threshold] = found[2] if found else None
                assert index.best(text, threshold) == answers[threshold], (text, threshold)
            if answers[ANY_NUMBER_SIMILARITY] is not None:
                index.remove(answers[ANY_NUMBER_SIMILARITY])
                del reference[answers[ANY_NUMBER_SIMILARITY]]
