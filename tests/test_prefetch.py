"""ledger.io.grid.prefetch: a task list's sheets parsed on another thread before
load_grids asks for them give the grids (and the errors) load_grids gives alone."""
from __future__ import annotations

import os
import threading
import zipfile

import pytest

from conftest import SAMPLES, write_xlsx
from ledger.errors import FileProblem
from ledger.io import grid
from ledger.io.grid import load_grids, prefetch


@pytest.fixture(autouse=True)
def _nothing_left_waiting():
    yield
    for waiting in grid._prefetched.values():
        waiting.discard()
    grid._prefetched.clear()


def _book(path, rows):
    return write_xlsx(path, rows, merges=["A2:A3"], hidden_rows=(3,), hidden_cols=("C",))


ROWS = [["序号", "工作任务", "牵头单位", "完成时限"], [1, "任务一", "县财政局", "2023年6月底"],
        ["", "任务二", "县教育局", "长期坚持"], [2, "任务三", "县卫健局", "2023年12月底"]]


@pytest.mark.parametrize("name", ["平罗县任务清单.xlsx", "平罗县任务清单.xls", "五原县任务清单.xlsx"])
def test_prefetched_grids_are_the_ones_read(name):
    plain = load_grids(SAMPLES / name)
    prefetch(SAMPLES / name)
    assert str(SAMPLES / name) in grid._prefetched
    assert load_grids(SAMPLES / name) == plain
    assert not grid._prefetched  # taken once


def test_merges_and_hidden_rows_and_columns(tmp_path):
    path = _book(tmp_path / "清单.xlsx", ROWS)
    plain = load_grids(path)
    assert plain[0].hidden_rows == {3} and plain[0].hidden_cols == {2} and plain[0].origin
    prefetch(path)
    assert load_grids(path) == plain


def test_a_file_changed_since_is_read_as_it_is_now(tmp_path):
    path = _book(tmp_path / "清单.xlsx", ROWS)
    prefetch(path)
    _book(path, ROWS + [[3, "任务四", "县民政局", "2023年9月底"]])
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    grids = load_grids(path)
    assert grids[0].rows[-1][1] == "任务四"


def test_errors_are_the_ones_load_grids_gives(tmp_path):
    missing = tmp_path / "没有.xlsx"
    prefetch(missing)
    assert not grid._prefetched
    with pytest.raises(FileProblem, match="找不到文件"):
        load_grids(missing)

    good = _book(tmp_path / "好.xlsx", ROWS)
    damaged = tmp_path / "坏.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[: len(data) // 2] if item.filename == "xl/worksheets/sheet1.xml" else data)
    with pytest.raises(FileProblem) as alone:
        load_grids(damaged)
    prefetch(damaged)
    with pytest.raises(FileProblem) as after:
        load_grids(damaged)
    assert (type(after.value), str(after.value)) == (type(alone.value), str(alone.value))


def test_one_waiting_at_a_time(tmp_path):
    first = _book(tmp_path / "一.xlsx", ROWS)
    second = _book(tmp_path / "二.xlsx", ROWS[:2])
    plain = load_grids(first), load_grids(second)
    prefetch(first)
    prefetch(first)  # already waiting: kept
    prefetch(second)  # the first is let go
    assert list(grid._prefetched) == [str(second)]
    assert (load_grids(first), load_grids(second)) == plain
    assert not grid._prefetched


def test_imports_on_several_threads_take_only_their_own(tmp_path):
    """A prefetch lets go of another thread's waiting workbook, never of one being read."""
    books = [_book(tmp_path / f"{i}.xlsx", ROWS[: 2 + i % 3]) for i in range(4)]
    plain = {b: load_grids(b) for b in books}
    errors = []

    def work(book):
        try:
            for _ in range(15):
                prefetch(book)
                assert load_grids(book) == plain[book]
        except BaseException as exc:  # reported below, with the thread's book
            errors.append((book.name, exc))

    threads = [threading.Thread(target=work, args=(b,)) for b in books]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
