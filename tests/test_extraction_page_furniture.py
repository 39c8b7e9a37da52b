"""A scraped page's furniture is no owner annotation (issue 15). A web page's font
selector "字体：【大 中 小】" or its "【打印】【关闭】" bar often reaches the text with its
bracket's contents lost ("字体：【"); the bracket never closes, and the notice's addressees
on the next line ("各县市区教育局，各直属学校，机关各科室：") are not the units of a task
made of the preamble. A bracket of a real annotation broken over lines closes a line or
two later and is still joined.
"""
from __future__ import annotations

import pytest

from ledger.extraction import extract_tasks

ADDRESSEES = ["各县市区教育局(社会事业局),各直属学校、高校附校,机关各科室:",
              "各乡镇人民政府，县直各部门，县属各单位：",
              "各街道办事处、区政府各工作部门："]
FURNITURE = ["发布时间:2024-03-28 09:33 信息来源: 某市教育局 字体:【  ",
             "发布日期：2023-05-06  【字体：",
             "来源：县政府办  【打印】【关闭"]


def extract(tmp_path, text: str):
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return extract_tasks(plan)


@pytest.mark.parametrize("furniture", FURNITURE)
@pytest.mark.parametrize("addressees", ADDRESSEES)
def test_unclosed_furniture_bracket_does_not_make_the_addressees_owners(tmp_path, furniture, addressees):
    text = (f"关于印发《2024年工作要点》的通知\n\n{furniture}\n\n{addressees}\n\n"
            "现将《2024年工作要点》印发给你们，请结合实际认真贯彻落实。\n\n2024年工作要点\n\n"
            "一、加强组织领导\n\n1.加强思想理论武装。深入推进学习培训。（责任单位：组干科、机关党委）\n\n"
            "2.完善督查制度。每季度开展一次督查。（责任单位：办公室）\n")
    result = extract(tmp_path, text)
    owned = {t.text[:8]: t.responsible for t in result.tasks if t.responsible}
    assert owned == {"加强思想理论武装": ["组干科", "机关党委"], "完善督查制度。每": ["办公室"]}, owned


@pytest.mark.parametrize("break_", ["\n\n", "\n\n- 3 -\n\n", "\n"])
def test_an_annotation_bracket_broken_over_lines_is_still_joined(tmp_path, break_):
    text = ("某县工作方案\n\n一、重点任务\n\n1.开展农村人居环境整治，完成村庄规划编制。（牵头单位：县自然资源"
            f"{break_}和规划局；配合单位：县农业农村局、各乡镇人民政府）\n\n"
            "2.推进污水管网建设。（牵头单位：县住建局）\n")
    tasks = extract(tmp_path, text).tasks
    assert [(t.lead, t.cooperating) for t in tasks] == [
        (["县自然资源和规划局"], ["县农业农村局", "各乡镇人民政府"]), (["县住建局"], [])]
