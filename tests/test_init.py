"""`ledger init` that fails: its log goes where the clerk looks (the workspace's 日志
folder, else beside the folder it was making, else the user's home; the message says
which), never to the system's temporary folder, and what it made is taken back (or
kept, and said so)."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from ledger import store as store_module
from ledger.workspace import init_workspace


@pytest.fixture
def elsewhere(tmp_path, monkeypatch) -> Path:
    """A home and a temporary folder of the test's own, and a current folder that is no workspace."""
    monkeypatch.delenv("LEDGER_DATABASE_URL", raising=False)
    for name in ("home", "temp", "别处"):
        (tmp_path / name).mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    return tmp_path / "别处"


def broken_schema(monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("permission denied for schema public")
    monkeypatch.setattr(store_module, "ensure_schema", fail)


def test_an_init_that_cannot_reach_the_database_takes_back_its_folder(tmp_path, elsewhere, run_cli):
    target = tmp_path / "新台账"
    r = run_cli("init", target, "--database", "postgresql://nobody@127.0.0.1:1/ledger", "--json", cwd=elsewhere)
    assert r.code == 3, r.err
    message = r.json["error"]["message"]
    assert "无法连接数据库" in message
    assert message.endswith(f"本次新建的文件夹《{target}》已删除；排除上述问题后重新运行 ledger init 即可。")
    assert not target.exists()  # old code: the folder and its ledger.toml stayed, and a second init took it as made


def test_a_failed_init_logs_beside_the_folder_it_was_making(tmp_path, elsewhere, run_cli, monkeypatch):
    broken_schema(monkeypatch)
    target = tmp_path / "新台账"
    r = run_cli("init", target, "--json", cwd=elsewhere)
    assert r.code == 4
    log = tmp_path / "ledger-新台账.log"
    message = r.json["error"]["message"]
    assert f"详细信息已写入日志《{log}》（工作区没有建成，日志放在它旁边）" in message
    assert f"本次新建的文件夹《{target}》已删除" in message
    assert "permission denied for schema public" in log.read_text(encoding="utf-8")
    assert not target.exists() and not (tmp_path / "temp" / "ledger.log").exists()  # old code: the temp folder's


def test_a_failed_init_in_a_folder_there_keeps_what_was_there(tmp_path, elsewhere, run_cli, monkeypatch):
    target = tmp_path / "已有文件夹"
    target.mkdir()
    (target / "说明.txt").write_text("经办人自己的文件", encoding="utf-8")
    broken_schema(monkeypatch)
    r = run_cli("init", target, "--json", cwd=elsewhere)
    assert r.code == 4
    assert "本次在" in r.json["error"]["message"] and "已删除" in r.json["error"]["message"]
    assert [p.name for p in target.iterdir()] == ["说明.txt"]
    assert (tmp_path / "ledger-已有文件夹.log").is_file()


def test_a_failed_init_of_a_workspace_there_logs_in_its_log_folder(tmp_path, elsewhere, run_cli, monkeypatch):
    ws, _ = init_workspace(tmp_path / "台账")
    monkeypatch.setattr(store_module.Store, "signing_key", lambda self: 1 / 0)
    r = run_cli("init", ws.root, "--json", cwd=elsewhere)
    assert r.code == 4
    assert f"《{ws.root / '日志' / 'ledger.log'}》（工作区的日志文件夹）" in r.json["error"]["message"]
    assert "ZeroDivisionError" in (ws.root / "日志" / "ledger.log").read_text(encoding="utf-8")
    assert (ws.root / "ledger.toml").is_file()  # a workspace that was there stays


def test_with_no_folder_beside_the_log_goes_home(tmp_path, elsewhere, run_cli, monkeypatch):
    broken_schema(monkeypatch)
    target = tmp_path / "新建" / "二级" / "新台账"
    r = run_cli("init", target, "--json", cwd=elsewhere)
    assert r.code == 4
    assert f"《{tmp_path / 'home' / 'ledger.log'}》（您的用户文件夹）" in r.json["error"]["message"]
    assert f"本次新建的文件夹《{tmp_path / '新建'}》已删除" in r.json["error"]["message"]
    assert not (tmp_path / "新建").exists()


def test_another_command_without_a_workspace_logs_home_not_in_temp(tmp_path, elsewhere, run_cli, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("boom")
    monkeypatch.setattr("ledger.cli._maybe_workspace", fail)
    r = run_cli("units", "--suggest", tmp_path / "x.xlsx", "--json", cwd=elsewhere)
    assert r.code == 4 and "（您的用户文件夹）" in r.json["error"]["message"]
    assert (tmp_path / "home" / "ledger.log").is_file() and not (tmp_path / "temp" / "ledger.log").exists()
