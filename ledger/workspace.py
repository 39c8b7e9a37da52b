"""A workspace: a folder a clerk can see and understand.

    工作区/
      ledger.toml   settings (organ, plan, column names, reporting rules)
      ledger.db     the SQLite database: the single source of truth (or, with
                    [database] url, a PostgreSQL database shared by many workspaces)
      下发/ 回收/ 台账/ 通报/   what goes out, what comes back, ledgers, circulars
      日志/          the log file (tracebacks live here, never on the console)
"""
from __future__ import annotations

import math
import os
import re
import shutil
import tomllib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import LedgerError, UsageError, WorkspaceError
from .results import CommandResult

if TYPE_CHECKING:
    from .periods import Period
    from .store import Store
    from .storage.backends import Location

CONFIG_NAME = "ledger.toml"
DB_NAME = "ledger.db"
FOLDERS = {"outgoing": "下发", "incoming": "回收", "ledgers": "台账", "circulars": "通报", "logs": "日志"}
LEDGER_NAME = "汇总台账.xlsx"  # the 汇总台账, in the ledgers folder

CONFIG_TEMPLATE = """\
# ledger 工作区设置。用记事本修改后保存即可（UTF-8 编码）。

[office]
organ = "{organ}"            # 发文机关，如“平罗县食品安全委员会办公室”
plan_title = "{plan_title}"  # 实施方案名称，用于通报标题
# plan_year = 2023           # 方案年份；“6月底”等不写年份的时限按此年份理解
cc = ""              # 抄送机关，印在通报末尾的版记中，如“县委办公室，县政府办公室”；留空则不印抄送一行
printer = ""         # 印发机关（版记）；留空则与发文机关 organ 相同
addressee = ""       # 通报的主送机关，如“各乡镇人民政府，县直各有关单位”；留空则按单位名录的分组写（无乡镇时为“各有关单位”）
contact = ""         # 联系人，印在通报和督办通知的落款下；留空则留出空白，由经办人手写
phone = ""           # 联系电话；留空同上
remind_code = ""     # 督办通知文号的机关代字，如“平食安办督”，文号即 平食安办督〔2023〕1号（依次编号）；留空则文号处留白

[report]
period = "week"      # 报送周期：week（按周）或 month（按月）
due_weekday = 5      # 每周几报送：1=周一 … 5=周五 … 7=周日
yellow_days = 14     # 距完成时限多少天内亮黄灯
title = ""           # 通报标题；留空则为“关于（方案名称）进展情况的通报”，按词意自动回行；用“|”可自己标出回行处

[split]
protect_password = ""  # 下发表格的工作表保护密码；留空则不设密码（各单位的数据由隐藏的密钥标识保护，见 docs/SECURITY.md）

[lights]
# 汇总台账的状态灯：名称和颜色可改（有的单位用 蓝/黄/红）
red = "红灯"
yellow = "黄灯"
green = "绿灯"
red_color = "#FF4D4D"
yellow_color = "#FFD966"
green_color = "#70AD47"

[ranking]
# 通报中的单位排名：同一分组内比较（按单位名录的“分组”列）；得分 = 各项加权
groups = ["乡镇", "县直部门"]
weights = {{completion = 0.6, overdue = 0.2, on_time = 0.2}}   # 完成率、无逾期任务、按时报送

[columns]
# 补充任务清单的列名（在默认列名之外），例如：
# text = ["重点工作事项"]
# lead = ["主办单位"]
# deadline = ["办结时限"]

[breakdown_columns]
# 补充任务分解表的列名，例如：
# measure = ["工作举措"]
{database}"""

DATABASE_TEMPLATE = """
[database]
# 数据存在哪里：url 留空则用本文件夹中的 ledger.db；几位同事或全市共用时填 PostgreSQL 地址，
# 如 "postgresql://ledger_pingluo@10.1.2.3:5432/ledger"（密码请放在 PGPASSWORD 或 pgpass 文件中，不要写在这里）。
# 环境变量 LEDGER_DATABASE_URL 优先于此处的 url。见 docs/POSTGRES.md。
url = "{url}"
workspace = "{workspace}"   # 本工作区在数据库中的编号，请勿修改
scope = "{scope}"           # county：一个县（区）的台账；city：市级汇总（ledger status --all、ledger export --all）
parent = "{parent}"         # 所属市级工作区的编号（county 工作区填写，可留空）；scope、parent 改动后运行 ledger init 才生效
"""


SCOPES = ("county", "city")
DATABASE_ENV = "LEDGER_DATABASE_URL"
DEFAULT_LIGHTS = {"red": "红灯", "yellow": "黄灯", "green": "绿灯",
                  "red_color": "#FF4D4D", "yellow_color": "#FFD966", "green_color": "#70AD47"}
DEFAULT_RANKING_WEIGHTS = {"completion": 0.6, "overdue": 0.2, "on_time": 0.2}
DEFAULT_RANKING_GROUPS = ("乡镇", "县直部门")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class RankingRules:
    """``[ranking]``: the peer groups the 通报 ranks units in, and the weights of the score."""

    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_RANKING_WEIGHTS))
    groups: tuple[str, ...] = DEFAULT_RANKING_GROUPS


@dataclass(frozen=True)
class DatabaseSettings:
    """``[database]``: where the data is (url; empty: ledger.db here), this
    workspace's id in it, and whether it is a county's or the city's."""

    url: str = ""
    workspace: str = ""
    scope: str = "county"
    parent: str = ""


@dataclass
class Config:
    organ: str = ""
    plan_title: str = ""
    plan_year: int | None = None
    cc: str = ""  # 抄送 in the 通报's 版记 ("" prints no 抄送 line)
    printer: str = ""  # 印发机关 in the 版记 ("" means the organ)
    addressee: str = ""  # the 通报's 主送 ("" derives it from the roster's groups)
    contact: str = ""  # 联系人 under the signature ("" leaves a blank to write in)
    phone: str = ""  # 联系电话, likewise
    remind_code: str = ""  # 机关代字 of the 督办通知's 文号 ("" leaves the 文号 blank)
    title: str = ""  # the 通报's title ("" makes it from plan_title; "|" marks a line break)
    period: str = "week"
    due_weekday: int = 5
    yellow_days: int = 14
    password: str = ""
    lights: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_LIGHTS))
    columns: dict[str, list[str]] = field(default_factory=dict)
    breakdown_columns: dict[str, list[str]] = field(default_factory=dict)
    ranking: RankingRules = field(default_factory=RankingRules)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)


def parse_config(text: str, source: str = CONFIG_NAME) -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise WorkspaceError(f"设置文件《{source}》格式有误：{exc}。请对照说明修改，或删除后运行 ledger init 重新生成。",
                             path=source) from exc
    office, report, split = data.get("office", {}), data.get("report", {}), data.get("split", {})
    cfg = Config(
        organ=str(office.get("organ", "")), plan_title=str(office.get("plan_title", "")),
        plan_year=office.get("plan_year"), cc=_text(office, "cc", source), printer=_text(office, "printer", source),
        addressee=_text(office, "addressee", source),
        contact=_text(office, "contact", source), phone=_text(office, "phone", source),
        remind_code=_text(office, "remind_code", source), period=str(report.get("period", "week")),
        title=_text(report, "title", source, "report"), due_weekday=int(report.get("due_weekday", 5)),
        yellow_days=int(report.get("yellow_days", 14)),
        password=str(split.get("protect_password", split.get("password", ""))),  # "password": before 0.2
        lights=_lights(data.get("lights", {}), source),
        columns=_word_lists(data.get("columns", {}), source),
        breakdown_columns=_word_lists(data.get("breakdown_columns", {}), source),
        ranking=_ranking(data.get("ranking", {}), source),
        database=_database(data.get("database", {}), source),
    )
    if cfg.period not in ("week", "month"):
        raise WorkspaceError(f"设置文件《{source}》中 period 只能是 week 或 month，现为“{cfg.period}”。", path=source)
    if not 1 <= cfg.due_weekday <= 7:
        raise WorkspaceError(f"设置文件《{source}》中 due_weekday 应为 1～7。", path=source)
    return cfg


def _text(section: dict, key: str, source: str, name: str = "office") -> str:
    """A text setting of [office] (or [report]); a list (抄送 several organs) is joined with "，"."""
    value = section.get(key, "")
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "，".join(v.strip() for v in value if v.strip())
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise WorkspaceError(f"设置文件《{source}》[{name}] 中 {key} 应为文字，写在英文双引号中，如 {key} = \"…\"。",
                             path=source)
    return str(value).strip()


def _lights(section: dict, source: str) -> dict[str, str]:
    lights = dict(DEFAULT_LIGHTS)
    for key, value in section.items():
        if key not in lights:
            continue
        if key.endswith("_color") and not _COLOR.match(str(value)):
            raise WorkspaceError(f"设置文件《{source}》中 {key} 应为颜色代码，如 \"#FF0000\"。", path=source)
        lights[key] = str(value)
    return lights


def _word_lists(section: dict, source: str) -> dict[str, list[str]]:
    out = {}
    for key, value in section.items():
        words = [value] if isinstance(value, str) else value
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise WorkspaceError(f"设置文件《{source}》中 {key} 应为列名列表，如 [\"重点工作事项\"]。", path=source)
        out[key] = words
    return out


def _database(section: dict, source: str) -> DatabaseSettings:
    if not isinstance(section, dict) or not all(isinstance(v, str) for v in section.values()):
        raise WorkspaceError(f"设置文件《{source}》[database] 有误：url、workspace、scope、parent 都应写在引号中。",
                             path=source)
    settings = DatabaseSettings(section.get("url", "").strip(), section.get("workspace", "").strip(),
                                section.get("scope", "county").strip() or "county", section.get("parent", "").strip())
    if settings.scope not in SCOPES:
        raise WorkspaceError(f"设置文件《{source}》[database] 中 scope 只能是 county（县区）或 city（市级），"
                             f"现为“{settings.scope}”。", path=source)
    return settings


def _ranking(section: dict, source: str) -> RankingRules:
    """``weights = {completion, overdue, on_time}`` (numbers, not below 0) and ``groups`` (names)."""
    example = "weights = {completion = 0.6, overdue = 0.2, on_time = 0.2}"
    given = section.get("weights", {}) if isinstance(section, dict) else None
    if not isinstance(given, dict):
        raise WorkspaceError(f"设置文件《{source}》[ranking] 有误：weights 应写成 {example}。", path=source)
    weights = dict(DEFAULT_RANKING_WEIGHTS)
    for key, value in given.items():
        number = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        if key not in weights or not number or value < 0:
            raise WorkspaceError(f"设置文件《{source}》[ranking] weights 中的 {key} 有误：只能是 completion、overdue、"
                                 f"on_time，值为不小于 0 的数，如 {example}。", path=source)
        weights[key] = float(value)
    groups = section.get("groups", list(DEFAULT_RANKING_GROUPS))
    groups = [groups] if isinstance(groups, str) else groups
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups) or sum(weights.values()) <= 0:
        raise WorkspaceError(f"设置文件《{source}》[ranking] 有误：groups 应为分组名称列表，如 [\"乡镇\", \"县直部门\"]，"
                             "且权重之和应大于 0。", path=source)
    return RankingRules(weights, tuple(groups))


@dataclass
class Workspace:
    root: Path
    config: Config

    @property
    def db_path(self) -> Path:
        """The SQLite file (used when no PostgreSQL URL is set)."""
        return self.root / DB_NAME

    @property
    def database_url(self) -> str:
        """LEDGER_DATABASE_URL, else [database] url; empty: the SQLite file here."""
        return os.environ.get(DATABASE_ENV, "").strip() or self.config.database.url

    @property
    def location(self) -> "Location":
        """Where this workspace's rows are (what ``Store.open`` takes)."""
        from .storage.backends import Location  # here: `ledger --help` loads no database code

        return Location(self.database_url or None, self.db_path, self.config.database.workspace or None)

    def folder(self, key: str) -> Path:
        return self.root / FOLDERS[key]

    def period_folder(self, key: str, period: "Period") -> Path:
        """A period's folder in 下发/ or 回收/, named as people write the period
        (下发/2023年第10周, 回收/2023年3月). A workspace from before keeps its folder
        named by the period's key (回收/2023-W10) while no folder of the new name exists."""
        named, old = self.folder(key) / period.label, self.folder(key) / period.key
        return old if old.is_dir() and not named.exists() else named

    @property
    def log_path(self) -> Path:
        return self.folder("logs") / "ledger.log"


def find_root(start: Path | None = None) -> Path | None:
    """The folder holding ledger.toml: start, or its nearest parent (as git does)."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    return None


def open_workspace(path: Path | None = None) -> Workspace:
    root = find_root(path)
    if root is None:
        where = path or Path.cwd()
        raise UsageError(
            f"“{where}”及其上级文件夹中没有 ledger 工作区。"
            "请先运行 ledger init 创建工作区，或用 -w 指定工作区文件夹。")
    config_path = root / CONFIG_NAME
    config = parse_config(config_path.read_text(encoding="utf-8-sig"), str(config_path))
    return Workspace(root, config)


def init_workspace(path: Path, organ: str = "", plan_title: str = "", *, database: str = "",
                   scope: str | None = None, parent: str | None = None) -> tuple[Workspace, bool]:
    """Make a workspace (or complete a partial one). Returns (workspace, created).
    ``database``: a PostgreSQL URL to keep the data in (default: ledger.db here);
    ``scope`` county (the default) or city; ``parent`` the id of the city workspace a
    county's belongs to, in the same PostgreSQL database (checked before anything is
    made). On a workspace that is there, a ``scope`` or ``parent`` other than the
    database records (given, else ledger.toml's) is checked the same way, then
    written to both (``_placed``). A run that fails takes back what it made, or says
    what it left (the exception's notes)."""
    from .store import NewWorkspace, Store

    if scope is not None and scope not in SCOPES:
        raise UsageError(f"--scope 只能是 county（县区）或 city（市级），现为“{scope}”。")
    root = Path(path).resolve()
    if root.exists() and not root.is_dir():
        raise WorkspaceError(f"《{root}》是一个文件，不能作为工作区文件夹。", path=str(root))
    config_path = root / CONFIG_NAME
    created = not config_path.exists()
    if created and (parent or "").strip():
        _check_parent(os.environ.get(DATABASE_ENV, "").strip() or database, parent.strip(), scope or "county")
    made = _Made.before(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
        if created:
            settings = DATABASE_TEMPLATE.format(url=_toml_str(database), workspace=uuid.uuid4().hex,
                                                scope=scope or "county", parent=_toml_str((parent or "").strip()))
            text = CONFIG_TEMPLATE.format(organ=_toml_str(organ), plan_title=_toml_str(plan_title), database=settings)
            write_text_atomic(config_path, text)
        for name in FOLDERS.values():
            (root / name).mkdir(exist_ok=True)
        ws = open_workspace(root)
        cfg = ws.config.database
        new = NewWorkspace(ws.config.organ or root.name, cfg.scope, cfg.parent or None)
        with Store.open(ws, create=new) as store:
            made.recorded = ws.location.shared
            store.signing_key()  # the secret that signs the files sent out (docs/SECURITY.md)
            if not created:
                ws = _placed(ws, store, scope, parent)
    except BaseException as exc:
        made.take_back(exc, created)
        raise
    return ws, created


@dataclass
class _Made:
    """What one ``ledger init`` makes, to take back when it fails: the folders and
    files that were not there before it (never the clerk's own)."""

    root: Path
    new_root: Path | None  # the topmost folder this run makes (the workspace or a parent of it)
    before: set[str]
    recorded: bool = False  # the shared database has the workspace: its files are kept, to complete it

    @classmethod
    def before(cls, root: Path) -> "_Made":
        top = next((p for p in (root, *root.parents) if p.parent.exists()), root) if not root.exists() else None
        return cls(root, top, {p.name for p in root.iterdir()} if root.is_dir() else set())

    def take_back(self, exc: BaseException, created: bool) -> None:
        """Remove what this run made and say so on ``exc`` (a note the CLI prints)."""
        if not created and self.new_root is None:
            return
        if self.recorded:
            exc.add_note(f"工作区已在数据库中登记，文件夹《{self.root}》已保留；排除上述问题后，"
                         f"请对同一文件夹再运行一次 ledger init，补齐其余部分。")
            return
        left = []
        if self.new_root is not None:
            shutil.rmtree(self.new_root, ignore_errors=True)
            left = [self.new_root] if self.new_root.exists() else []
        elif self.root.is_dir():
            for item in sorted(self.root.iterdir(), reverse=True):
                if item.name in self.before:
                    continue
                try:
                    shutil.rmtree(item) if item.is_dir() else item.unlink()
                except OSError:
                    left.append(item)
        gone = f"本次新建的文件夹《{self.new_root}》" if self.new_root else f"本次在《{self.root}》中建的设置文件、数据库和文件夹"
        exc.add_note(f"{gone}{'未能全部删除，请手工删除：' + '、'.join(str(p) for p in left) if left else '已删除'}；"
                     "排除上述问题后重新运行 ledger init 即可。")


def _placed(ws: Workspace, store: "Store", scope: str | None, parent: str | None) -> Workspace:
    """An existing workspace moved to the scope and parent asked for (given, else as
    ledger.toml says), checked as a new init checks them, recorded in the database
    and in ledger.toml; unchanged when they agree with the database."""
    cfg, row = ws.config.database, store.workspace()
    want_scope, want_parent = scope or cfg.scope, (cfg.parent if parent is None else parent).strip()
    if (want_scope, want_parent) == (row["scope"], row["parent_id"] or ""):
        if (cfg.scope, cfg.parent) != (want_scope, want_parent):
            set_database_keys(ws.root, scope=want_scope, parent=want_parent)
        return open_workspace(ws.root)
    if want_parent:
        _check_parent(ws.database_url, want_parent, want_scope)
    if want_scope == "county" and row["scope"] == "city" and store.children():
        names = "、".join(c["name"] for c in store.children())
        raise UsageError(f"本工作区是市级工作区，下面已有县（区）工作区（{names}），不能改为县（区）工作区。"
                         "请先在这些县（区）工作区运行 ledger init --parent 新的市级工作区编号，再改本工作区。")
    store.place(want_scope, want_parent or None)
    set_database_keys(ws.root, scope=want_scope, parent=want_parent)
    return open_workspace(ws.root)


@dataclass
class InitResult(CommandResult):
    workspace: Workspace
    created: bool  # False: it was there; missing folders were added
    workspace_id: str = ""
    database: str = ""  # the SQLite file, or the PostgreSQL URL without its password
    dba_sql: str = ""  # PostgreSQL: what the DBA runs once (the workspace's role and grants)
    scope: str = "county"
    parent: str = ""  # the city workspace's id ("" none)
    moved_from: tuple[str, str] | None = None  # (scope, parent) before this init changed them

    command = "init"

    def payload(self) -> dict:
        return {"workspace": str(self.workspace.root), "created": self.created, "workspace_id": self.workspace_id,
                "database": self.database, "dba_sql": self.dba_sql, "scope": self.scope, "parent": self.parent,
                "moved_from": list(self.moved_from) if self.moved_from else None}


def init(directory: Path | None = None, organ: str = "", plan_title: str = "", *, database: str = "",
         scope: str | None = None, parent: str | None = None) -> InitResult:
    """`ledger init`: make a workspace in ``directory`` (default: the current folder),
    or complete one that is there; ``database`` a PostgreSQL URL to keep its data in
    (then the result carries the SQL the DBA runs once: ``dba_sql``). On a workspace
    that is there, ``scope`` and ``parent`` (else ledger.toml's) move it when they
    differ from what the database records, after the checks of a new init."""
    from .store import Store
    from .storage.backends import redact
    from .storage.security import dba_sql

    before = _recorded_place(Path(directory or Path.cwd()))
    ws, created = init_workspace(directory or Path.cwd(), organ, plan_title, database=database, scope=scope,
                                 parent=parent)
    with Store.open(ws) as store:
        info = store.workspace()
        dbname = store.database_name()
    url = ws.database_url
    sql = dba_sql(info["id"], info["name"], info["scope"], dbname) if dbname else ""
    now = (info["scope"], info["parent_id"] or "")
    return InitResult(ws, created, info["id"], redact(url) if url else str(ws.db_path), sql, *now,
                      before if before not in (None, now) else None)


def _recorded_place(root: Path) -> tuple[str, str] | None:
    """(scope, parent) the database records for the workspace at ``root`` (None: none yet)."""
    from .store import Store

    if not (root / CONFIG_NAME).is_file():
        return None
    try:
        with Store.open(open_workspace(root)) as store:
            row = store.workspace()
    except LedgerError:
        return None
    return row["scope"], row["parent_id"] or ""


@dataclass
class SecretResult(CommandResult):
    key_id: str
    revoked: int

    command = "rotate-secret"

    def payload(self) -> dict:
        return {"key_id": self.key_id, "revoked": self.revoked}


def rotate_secret(ws: Workspace, revoke_old: bool = False) -> SecretResult:
    """A new workspace secret for the files sent out from now on. Files signed
    with the old one still verify, unless ``revoke_old`` (after a leak): then
    they are rejected and the period must be split again."""
    from .store import Store

    with Store.open(ws) as store, store.transaction(lock="secret"):
        key_id, _secret = store.rotate_key()
        revoked = store.revoke_retired_keys() if revoke_old else 0
    return SecretResult(key_id, revoked)


def set_database(root: Path, url: str, workspace: str) -> None:
    """Point the workspace at a database: [database] url and workspace in
    ledger.toml, the rest of the file as the clerk left it."""
    set_database_keys(root, url=url, workspace=workspace)


def set_database_keys(root: Path, **values: str) -> None:
    """Write these keys of ledger.toml's [database] (url, workspace, scope, parent),
    the rest of the file as the clerk left it."""
    url, workspace = values.get("url", ""), values.get("workspace", "")
    path = Path(root) / CONFIG_NAME
    text = path.read_text(encoding="utf-8-sig")
    section = re.search(r"(?ms)^\[database\][^\n]*\n(.*?)(?=^\[|\Z)", text)
    if section is None:
        text = text.rstrip("\n") + "\n" + DATABASE_TEMPLATE.format(
            url=_toml_str(url), workspace=workspace, scope=values.get("scope", "county"),
            parent=_toml_str(values.get("parent", "")))
    else:
        body = section.group(1)
        for key, value in values.items():
            line = f'{key} = "{_toml_str(value)}"'
            pattern = re.compile(rf"(?m)^{key}\s*=\s*\"[^\"\n]*\"")
            body = pattern.sub(lambda _m, line=line: line, body, count=1) if pattern.search(body) \
                else body.rstrip("\n") + "\n" + line + "\n"
        text = text[:section.start(1)] + body + text[section.end(1):]
    parse_config(text, str(path))  # never write a file that no longer reads
    write_text_atomic(path, text)


def _check_parent(url: str, parent: str, scope: str) -> None:
    from .storage.backends import is_postgres_url
    from .store import check_parent

    if scope == "city":
        raise UsageError("--parent 只用于县（区）工作区：市级工作区（--scope city）没有上级，请去掉 --parent。")
    if not is_postgres_url(url):
        raise UsageError("--parent 要求本工作区和市级工作区在同一个 PostgreSQL 数据库中：请同时写 --database "
                         "postgresql://用户名@服务器:5432/数据库名（与市级工作区相同）。")
    check_parent(url, parent)


def _toml_str(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def write_text_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
