"""The 通报 and the 督办通知 in Word: `ledger report`, `ledger remind`, `--check-template`.

One module per step, in the order a run takes them:

    template_check.py  the template's tags, checked before anything is written
      template_tags.py   paragraphs and tags of a template, with their places
      template_syntax.py jinja2 syntax and for/if blocks, tag by tag
    figures.py         a period's status as the 通报's figures (categories, rankings, problems)
    context.py         the templates' contexts: plain dicts, testable without Word
    chart.py           the completion-rate chart (PNG, CJK font)
    render.py          docxtpl rendering, errors named by their place
    issues.py          the 通报's issue number
    pdf.py             LibreOffice PDF
    example.py         a made-up period, for --check-template and the docs
    circulars.py       report() and remind(): the steps in order, and their results
"""
from .circulars import TEMPLATES, RemindResult, ReportResult, remind, report
from .template_check import TemplateCheckResult, check_template

__all__ = ["TEMPLATES", "RemindResult", "ReportResult", "TemplateCheckResult", "check_template", "remind", "report"]
