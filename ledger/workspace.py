"""A workspace: a folder a clerk can see and understand.

    工作区/
      ledger.toml   settings (organ, plan, column names, reporting rules)
      ledger.db     the SQLite database: the single source of truth
      下发/ 回收/ 台账/ 通报/   what goes out, what comes back, ledgers, circulars
      日志/          the log file (tracebacks live here, never on the console)
"""
from __future__ import annotations

import math
import os
import re
import tomllib
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError, WorkspaceError
from .results import CommandResult

CONFIG_NAME = "ledger.toml"
DB_NAME = "ledger.db"
FOLDERS = {"outgoing": "下发", "incoming": "回收", "ledgers": "台账", "circulars": "通报", "logs": "日志"}

CONFIG_TEMPLATE = """\
# ledger 工作区设置。用记事本修改后保存即可（UTF-8 编码）。

[office]
organ = "{organ}"            # 发文机关，如“平罗县食品安全委员会办公室”
plan_title = "{plan_title}"  # 实施方案名称，用于通报标题
# plan_year = 2023           # 方案年份；“6月底”等不写年份的时限按此年份理解

[report]
period = "week"      # 报送周期：week（按周）或 month（按月）
due_weekday = 5      # 每周几报送：1=周一 … 5=周五 … 7=周日
yellow_days = 14     # 距完成时限多少天内亮黄灯

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
"""


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


@dataclass
class Config:
    organ: str = ""
    plan_title: str = ""
    plan_year: int | None = None
    period: str = "week"
    due_weekday: int = 5
    yellow_days: int = 14
    password: str = ""
    lights: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_LIGHTS))
    columns: dict[str, list[str]] = field(default_factory=dict)
    breakdown_columns: dict[str, list[str]] = field(default_factory=dict)
    ranking: RankingRules = field(default_factory=RankingRules)


def parse_config(text: str, source: str = CONFIG_NAME) -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise WorkspaceError(f"设置文件《{source}》格式有误：{exc}。请对照说明修改，或删除后运行 ledger init 重新生成。",
                             path=source) from exc
    office, report, split = data.get("office", {}), data.get("report", {}), data.get("split", {})
    cfg = Config(
        organ=str(office.get("organ", "")), plan_title=str(office.get("plan_title", "")),
        plan_year=office.get("plan_year"), period=str(report.get("period", "week")),
        due_weekday=int(report.get("due_weekday", 5)), yellow_days=int(report.get("yellow_days", 14)),
        password=str(split.get("protect_password", split.get("password", ""))),  # "password": before 0.2
        lights=_lights(data.get("lights", {}), source),
        columns=_word_lists(data.get("columns", {}), source),
        breakdown_columns=_word_lists(data.get("breakdown_columns", {}), source),
        ranking=_ranking(data.get("ranking", {}), source),
    )
    if cfg.period not in ("week", "month"):
        raise WorkspaceError(f"设置文件《{source}》中 period 只能是 week 或 month，现为“{cfg.period}”。", path=source)
    if not 1 <= cfg.due_weekday <= 7:
        raise WorkspaceError(f"设置文件《{source}》中 due_weekday 应为 1～7。", path=source)
    return cfg


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
        return self.root / DB_NAME

    def folder(self, key: str) -> Path:
        return self.root / FOLDERS[key]

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


def init_workspace(path: Path, organ: str = "", plan_title: str = "") -> tuple[Workspace, bool]:
    """Make a workspace (or complete a partial one). Returns (workspace, created)."""
    from .store import Store

    root = Path(path).resolve()
    if root.exists() and not root.is_dir():
        raise WorkspaceError(f"《{root}》是一个文件，不能作为工作区文件夹。", path=str(root))
    root.mkdir(parents=True, exist_ok=True)
    config_path = root / CONFIG_NAME
    created = not config_path.exists()
    if created:
        text = CONFIG_TEMPLATE.format(organ=_toml_str(organ), plan_title=_toml_str(plan_title))
        write_text_atomic(config_path, text)
    for name in FOLDERS.values():
        (root / name).mkdir(exist_ok=True)
    ws = open_workspace(root)
    with Store.open(ws.db_path) as store:
        if store.get_meta("workspace_id") is None:
            store.set_meta("workspace_id", uuid.uuid4().hex)
        store.signing_key()  # the secret that signs the files sent out (docs/SECURITY.md)
    return ws, created


@dataclass
class InitResult(CommandResult):
    workspace: Workspace
    created: bool  # False: it was there; missing folders were added

    command = "init"

    def payload(self) -> dict:
        return {"workspace": str(self.workspace.root), "created": self.created}


def init(directory: Path | None = None, organ: str = "", plan_title: str = "") -> InitResult:
    """`ledger init`: make a workspace in ``directory`` (default: the current folder),
    or complete one that is there."""
    ws, created = init_workspace(directory or Path.cwd(), organ, plan_title)
    return InitResult(ws, created)


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

    with Store.open(ws.db_path) as store, store.transaction():
        key_id, _secret = store.rotate_key()
        revoked = store.revoke_retired_keys() if revoke_old else 0
    return SecretResult(key_id, revoked)


def _toml_str(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def write_text_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
