"""Findings of checking a 通报/督办通知 template (reporting/template_check.py,
template_syntax.py). A tag's finding names its paragraph: 工作表 is the part
(正文, 页眉, 页脚), 单元格 the paragraph's number, ``{paragraph}`` its opening words.
Literal braces are doubled in the templates ({{ → {)."""
from __future__ import annotations

from .base import ERROR, WARNING, FindingType

TITLE = "检查通报和督办通知模板"

_AT = "（所在段落：“{paragraph}”）"

TAG_UNCLOSED = FindingType(
    "tag-unclosed", ERROR,
    "标记“{value}”没有在本段内结束（缺少结尾的 }}}} 或 %}}，或被拆到了下一段）。" + _AT,
    "把整个标记写在同一段内，检查结尾括号是否完整。")
TAG_FULLWIDTH = FindingType(
    "tag-fullwidth", WARNING,
    "“{value}”用了全角括号或百分号，不会被当作标记，将原样印出。" + _AT,
    "标记请用英文半角符号输入：{{{{ }}}} 和 {{% %}}。")
TAG_SPLIT = FindingType(
    "tag-split", ERROR,
    "标记 {value} 被 Word 拆成了几段，且{why}，无法自动修补。" + _AT,
    "删除整个标记，再一次性重新输入（中途不要改格式），或以“只保留文本”方式粘贴。")
TAG_CURLY_QUOTES = FindingType(
    "tag-curly-quotes", WARNING,
    "标记 {value} 中有中文弯引号（“ ” ‘ ’），多为 Word 自动替换所致。" + _AT,
    "改成英文直引号 \" 或 '；并在 Word“自动更正选项—键入时自动套用格式”中取消“直引号替换为弯引号”。")
TEMPLATE_SYNTAX = FindingType(
    "template-syntax", ERROR,
    "标记 {value} 写法有误（jinja2：{error}）。" + _AT,
    "检查括号和引号是否成对、关键字是否拼对（for…endfor，if…endif），过滤器名是否存在。")
TEMPLATE_SOURCE_SYNTAX = FindingType(
    "template-source-syntax", ERROR,
    "“{value}”附近的标记写法有误（jinja2：{error}）。",
    "检查 for/endfor、if/endif 是否成对，标记是否完整。")
TEMPLATE_BLOCK = FindingType(
    "template-block", ERROR,
    "{value} 没有对应的 {{% {end} %}}。" + _AT,
    "在循环或条件结束处加上 {{% {end} %}}（表格行中用 {{%tr {end} %}}）。")
TEMPLATE_BLOCK_STRAY = FindingType(
    "template-block-stray", ERROR,
    "{value} 前面没有对应的 {{% {opener} %}}。" + _AT,
    "检查条件或循环的开头。")
TEMPLATE_BLOCK_MISMATCH = FindingType(
    "template-block-mismatch", ERROR,
    "{value} 与前面的块不对应（此处应为 {expected}）。" + _AT,
    "检查 for/endfor、if/endif 是否成对、是否交叉嵌套。")
UNKNOWN_VARIABLE = FindingType(
    "unknown-variable", ERROR,
    "标记 {tag} 用到了不存在的变量“{value}”。" + _AT,
    "{guess}可用的变量见 docs/templates.md。")
UNKNOWN_FIELD = FindingType(
    "unknown-field", ERROR,
    "标记 {tag} 中的“{value}”不存在（没有“{key}”这一项）。" + _AT,
    "{guess}可用的有：{keys}。")
UNKNOWN_FIELD_UNPLACED = FindingType(
    "unknown-field-unplaced", ERROR,
    "模板中的“{value}”不存在（没有“{key}”这一项）。",
    "{guess}可用的有：{keys}。")
TEMPLATE_RENDER = FindingType(
    "template-render", ERROR,
    "{reason}",
    "对照 docs/templates.md 修改该标记。",
    doc="试生成文档时发现的模板问题（如用到了不存在的变量），消息写明标记和所在位置。")
TEMPLATE_RENDER_FAILED = FindingType(
    "template-render-failed", ERROR,
    "试生成文档失败：{error}。",
    "检查模板中的表格行标记（{{%tr %}}）和段落标记（{{%p %}}）。")
