"""Findings of ``ledger report`` and ``ledger remind``: what the 通报 or a 督办通知 came out without
(the chart, the PDF, the ranking groups asked for)."""
from __future__ import annotations

from .base import ERROR, EXIT_FILE, WARNING, FindingType

TITLE = "生成通报"

CHART_WITHOUT_FONT = FindingType(
    "chart-without-font", WARNING,
    "本机没有可用的中文字体，通报中未插入完成率图表。",
    "请安装仿宋、黑体或思源黑体等中文字体后重新生成。")
PDF_WITHOUT_LIBREOFFICE = FindingType(
    "pdf-without-libreoffice", WARNING,
    "未找到 LibreOffice（soffice），没有生成 PDF。",
    "请安装 LibreOffice（https://zh-cn.libreoffice.org/）后重试，或用 Word/WPS 打开 Word 文件后“另存为 PDF”。")
PDF_STALE = FindingType(
    "pdf-stale", WARNING,
    "《{file}》是上次生成的 PDF，与刚生成的 Word 文件不一致，但无法删除（{reason}）。",
    "请关闭打开它的程序，删除它或重新运行（加 --pdf 重新生成）；发出前以 Word 文件为准。")
RANKING_GROUPS_UNMATCHED = FindingType(
    "ranking-groups-unmatched", WARNING,
    "ledger.toml [ranking] 的排名分组（{configured}）在单位名录中没有一个单位，通报{fallback}。",
    "如要按其他分组排名，请在 ledger.toml 的 [ranking] 中把 groups 改为单位名录“分组”列中的名称，如 groups = [{example}]；"
    "或在单位名录中填写分组后重新导入（ledger import --units 单位名录.xlsx）。")
PDF_FAILED = FindingType(
    "pdf-failed", ERROR,
    "{reason}",
    "Word 文件已生成，可以照常使用。", exit_code=EXIT_FILE,
    doc="LibreOffice 没能把通报或督办通知转换为 PDF（出错、超时或没有生成文件），消息写明原因和怎样另存为 PDF。")
