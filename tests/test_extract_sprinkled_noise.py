"""Characters a mirror site sprinkles inside a page's words to spoil copying (issue 15, blind w357: '县【级以上?人民政府
应当加强】对河道管《理工作'): taken out when a text has enough of them inside its words, so that the units they split are
names again, and reported (text-noise); a plan's own 《》, ——, 【打印】 and ? are left alone. Texts written for the class,
with other units and other characters sprinkled than the page's."""
from __future__ import annotations

from pathlib import Path

import docx

from ledger.extraction.noise import has_noise, without_noise
from ledger.extraction.tasks import extract_tasks

SPOILED = """某县燃气安全专项整治方案
一、职责分工
(一)县住【房和城乡建》设局负责全县燃—气行业安全监!管工作，牵头组织开展燃气?安全隐患排查整治。
(二)县市场监【督管理局负责燃气》器具产品质—量监督抽查，依法查处生产销售不合格!燃气器具行为。
(三)县应急管《理局负责统筹协调燃—气安全事故应急救援工【作。
(四)各乡镇人民政【府负责本辖区燃气安全—隐患排查和群众宣传?教育工作。
"""


def test_sprinkled_characters_are_taken_out_and_the_units_read(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(SPOILED, encoding="utf-8")
    result = extract_tasks(plan)
    assert [t.responsible for t in result.tasks] == [["县住房和城乡建设局"], ["县市场监督管理局"], ["县应急管理局"],
                                                     ["各乡镇人民政府"]]
    assert result.tasks[0].text.startswith("县住房和城乡建设局负责全县燃气行业安全监管工作")
    assert any(f.code == "text-noise" for f in result.findings)


def docx_of(tmp_path: Path, text: str) -> Path:
    """``text`` saved as a Word document, one paragraph a line."""
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "plan.docx"
    document.save(path)
    return path


def test_a_word_document_with_sprinkled_characters_is_mended_too(tmp_path):
    assert [t.responsible for t in extract_tasks(docx_of(tmp_path, SPOILED)).tasks][0] == ["县住房和城乡建设局"]


PLAIN = """某县关于印发《燃气安全专项整治方案》的通知
【打印】【关闭】
根据《中华人民共和国安全生产法》《城镇燃气管理条例》和《某省燃气管理条例》——特别是其中关于经营者责任的规定——制定本方案。
你知道燃气泄漏怎么办吗?请拨打119!
(一)县住房和城乡建设局负责全县燃气行业安全监管工作。
"""


def test_a_plans_own_punctuation_is_no_noise():
    assert not has_noise(PLAIN)
    assert without_noise(PLAIN) == (PLAIN, 0)


def test_a_few_stray_characters_do_not_make_a_text_spoiled():
    text = "县住【房和城乡建设局负责全县燃气行业安全监管工作，牵头组织开展燃气安全隐患排查整治。" * 3
    assert not has_noise(text)
