#!/usr/bin/env bash
# The main job on samples/: a fresh workspace, import, check with a report.
# Usage: bash scripts/demo.sh [WORKSPACE_DIR]   (default: ./demo-workspace)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
L=.venv/bin/ledger
WS=${1:-demo-workspace}
rm -rf "$WS"
$L init "$WS" --organ "平罗县食品安全委员会办公室" --plan-title "平罗县深化改革加强食品安全工作实施方案"
$L import -w "$WS" samples/平罗县任务清单.xlsx --breakdown samples/平罗县任务分解表.xlsx --units samples/平罗县单位名录.xlsx || [ $? -eq 1 ]
$L check -w "$WS" samples/平罗县任务清单.xlsx --breakdown samples/平罗县任务分解表.xlsx --report "$WS/台账/检查报告.xlsx" || [ $? -eq 1 ]
$L import -w "$WS" "samples/平罗县任务清单-修订.xlsx" || [ $? -eq 1 ]
$L units -w "$WS" --suggest samples/五原县任务清单.xlsx -o "$WS/单位名录草稿.xlsx"
echo "完成。输出在：$WS"
