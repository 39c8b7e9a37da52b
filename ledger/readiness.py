"""`ledger doctor`: is this machine and workspace ready, and what to fix if not."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import LedgerError
from .reporting.figures import ranking_finding
from .reporting.pdf import find_soffice
from .findings import Finding
from .findings.readiness import NICETY_MISSING, NOT_READY
from .results import FindingsResult
from .storage import migrations
from .storage.backends import connect
from .store import Store
from .workspace import CONFIG_NAME, FOLDERS, Workspace, find_root, open_workspace

# Fonts of the 通报 (GB/T 9704) and what Windows / Linux call them.
DOCUMENT_FONTS = {
    "仿宋_GB2312（正文）": ("仿宋_GB2312", "仿宋", "FangSong", "simfang.ttf", "fangsong_gb2312.ttf"),
    "方正小标宋简体（标题）": ("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXBSJW.TTF"),
    "黑体（一级标题）": ("黑体", "SimHei", "simhei.ttf", "Noto Sans CJK SC"),
    "楷体_GB2312（二级标题）": ("楷体_GB2312", "楷体", "KaiTi", "simkai.ttf"),
}
CHART_FONTS = ("Microsoft YaHei", "SimHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Source Han Sans SC")


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    essential: bool = True
    found: Finding | None = None  # the finding of a failed check when it has one of its own

    def to_dict(self) -> dict:
        return {"name": self.name, "ok": self.ok, "detail": self.detail, "fix": self.fix,
                "essential": self.essential}

    def finding(self) -> Finding:
        """A failed check as a registered finding: an error if essential, else a warning."""
        if self.found is not None:
            return self.found
        kind = NOT_READY if self.essential else NICETY_MISSING
        return kind(value=self.name, detail=self.detail, fix=self.fix)


def installed_font_names() -> set[str]:
    """Family and file names of the fonts on this machine (Windows folder or fontconfig)."""
    names: set[str] = set()
    windir = os.environ.get("WINDIR")
    folders = [Path(windir) / "Fonts"] if windir else []
    folders.append(Path(os.environ.get("LOCALAPPDATA", "~")).expanduser() / "Microsoft" / "Windows" / "Fonts")
    for folder in folders:
        if folder.is_dir():
            names |= {p.name.lower() for p in folder.iterdir()}
    if shutil.which("fc-list"):
        out = subprocess.run(["fc-list", ":", "family", "file"], capture_output=True, text=True).stdout
        for line in out.splitlines():
            path, _, families = line.partition(":")
            names.add(Path(path.strip()).name.lower())
            names |= {f.strip().lower() for f in families.split(",") if f.strip()}
    return names


def _font_checks(names: set[str]) -> list[Check]:
    out = []
    for label, aliases in DOCUMENT_FONTS.items():
        hit = next((a for a in aliases if a.lower() in names), None)
        out.append(Check(f"字体 {label}", hit is not None, f"已安装：{hit}" if hit else "未找到",
                         "Word/WPS 打开通报时会用其他字体代替，版式可能走样。请安装缺少的字体（常见于 WPS 或公文字体包）。",
                         essential=False))
    chart = next((f for f in CHART_FONTS if f.lower() in names), None)
    out.append(Check("图表中文字体", chart is not None, f"将使用：{chart}" if chart else "未找到",
                     "通报中的图表会出现方框。Windows 自带“微软雅黑”；Linux 请安装 fonts-noto-cjk。"))
    return out


def _workspace_checks(path: Path | None) -> list[Check]:
    root = find_root(path)
    if root is None:
        return [Check("工作区", False, "当前文件夹及上级中没有工作区", "运行 ledger init 创建工作区，或用 -w 指定。")]
    out = []
    try:
        ws = open_workspace(root)
        out.append(Check("工作区设置", True, str(root / "ledger.toml")))
    except LedgerError as exc:
        return [Check("工作区设置", False, exc.message, "按提示修改 ledger.toml。")]
    out += _database_checks(ws)
    out += _ranking_checks(ws) if all(c.ok for c in out) else []
    for key, name in FOLDERS.items():
        folder = ws.folder(key)
        ok = folder.is_dir() and os.access(folder, os.W_OK)
        out.append(Check(f"文件夹 {name}", ok, str(folder), "运行 ledger init 补齐文件夹，并检查写入权限。"))
    return out


def _database_checks(ws: Workspace) -> list[Check]:
    """The database: reachable, intact, its schema version and the migrations pending."""
    if not ws.database_url and not ws.db_path.exists():
        return [Check("数据库", False, f"{ws.db_path}：文件不存在", "运行 ledger init 重新建立，或从备份恢复 ledger.db。")]
    fix = "从备份恢复 ledger.db。" if not ws.database_url else "请数据库管理员检查服务器和账号（见 docs/POSTGRES.md）。"
    try:
        db = connect(ws.database_url or None, ws.db_path)
    except LedgerError as exc:
        return [Check("数据库", False, exc.message, fix)]
    try:
        if db.dialect == "sqlite":
            db.execute("PRAGMA quick_check").fetchone()
        schema = migrations.state(db)
        out = [Check("数据库", True, db.target)]
        if schema.version > migrations.LATEST:
            out.append(Check("数据库结构", False, f"第 {schema.version} 版，由更新版本的 ledger 写成（本程序只认识到第 "
                             f"{migrations.LATEST} 版）", "请先把本机的 ledger 更新到最新版本，再使用这个工作区。"))
            return out
        pending = [f"第 {m.version} 版：{m.name}" for m in schema.pending]
        legacy = "（旧版工作区，首次使用时自动升级并备份）" if schema.legacy else ""
        out.append(Check("数据库结构", not pending or db.dialect == "sqlite",
                         f"第 {schema.version} 版{legacy}" + (f"，待升级：{'；'.join(pending)}" if pending else "，已是最新"),
                         "运行 ledger upgrade 升级数据库结构（共用数据库由管理员执行一次即可）。"))
        return out
    except LedgerError as exc:  # a version record it cannot read (migrations.state): the structure, not the file
        return [Check("数据库", True, db.target),
                Check("数据库结构", False, exc.message, "请把这个工作区交给技术支持人员检查，不要直接从备份覆盖。")]
    except Exception as exc:  # a damaged file or a refused query: say so, do not crash the doctor
        return [Check("数据库", False, f"{db.target}：{exc}", fix)]
    finally:
        db.close()


def _ranking_checks(ws: Workspace) -> list[Check]:
    """The 通报's peer groups against the roster's: a warning when no unit is in any of them.
    Only on a database at the latest schema: doctor changes nothing, and opening an
    old workspace's store would upgrade it."""
    if not _schema_current(ws):
        return []
    with Store.open(ws) as store:
        groups = [u.group for u in store.units()]
    found = ranking_finding(groups, ws.config.ranking.groups, CONFIG_NAME)
    if found is None:
        return [Check("通报排名分组", True, "、".join(ws.config.ranking.groups) if groups else "单位名录尚未导入")]
    return [Check("通报排名分组", False, found.message, found.suggestion, essential=False, found=found)]


def _schema_current(ws: Workspace) -> bool:
    db = connect(ws.database_url or None, ws.db_path)
    try:
        return migrations.state(db).version == migrations.LATEST  # nothing pending, nothing newer
    except LedgerError:  # a version record it cannot read: the database check says so
        return False
    finally:
        db.close()


def _template_checks() -> list[Check]:
    from .reporting import TEMPLATES, check_template

    out = []
    for name, kind in (("通报.docx", "report"), ("督办通知.docx", "remind")):
        template = TEMPLATES / name
        if not template.exists():
            out.append(Check(f"模板 {name}", False, f"找不到 {template}", "请从 ledger 的 templates 文件夹复制该模板。"))
            continue
        problems = [f.message for f in check_template(template, kind).findings if f.is_error]
        out.append(Check(f"模板 {template.name}", not problems,
                         "可以使用" if not problems else f"{len(problems)} 处问题：{problems[0]}",
                         "用 ledger report --check-template 查看并修改模板。"))
    return out


@dataclass
class DoctorResult(FindingsResult):
    """The checks in order; every failed one is also a finding, and the exit
    code comes from those findings alone (1 when an essential check failed)."""

    checks: list[Check] = field(default_factory=list)

    command = "doctor"

    @property
    def failed(self) -> list[Check]:
        """The essential checks that failed (the others only lose a nicety, e.g. the PDF)."""
        return [c for c in self.checks if not c.ok and c.essential]

    @property
    def findings(self) -> list[Finding]:  # type: ignore[override]
        return [c.finding() for c in self.checks if not c.ok]

    def payload(self) -> dict:
        return {"checks": [c.to_dict() for c in self.checks],
                "findings": [f.to_dict() for f in self.findings]}


def doctor(workspace: Path | None = None) -> DoctorResult:
    """`ledger doctor`: Python, the workspace (found from ``workspace`` or the current
    folder), fonts, LibreOffice and the templates, each with how to fix it."""
    checks = [Check("Python", sys.version_info >= (3, 11), sys.version.split()[0], "请安装 Python 3.11 或更新版本。")]
    checks += _workspace_checks(workspace)
    checks += _font_checks(installed_font_names())
    soffice = find_soffice()
    checks.append(Check("LibreOffice（生成 PDF）", soffice is not None, soffice or "未安装",
                        "不影响 Word 通报；如需 PDF，请安装 LibreOffice（免费）。", essential=False))
    checks += _template_checks()
    return DoctorResult(checks)
