"""benchmarks/run.py --smoke runs end to end: server, workers, every case, the table.

No timing is asserted: figures depend on the machine. What must hold is that the
benchmark still works (a broken case fails the run) and prints every row.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROWS = [
    "per call, sequential",
    "large reply typed [orjson]",
    "large reply dict [orjson]",
    "large reply typed [stdlib json]",
    "large reply dict [stdlib json]",
    "concurrency",
    "peak RSS, large reply typed",
    "peak RSS, large reply dict",
    "import whm_api_client",
    "import + first call",
    "regenerate --check",
]


def smoke_run(script: str) -> tuple[str, list[str]]:
    """``benchmarks/SCRIPT --smoke``: its output, and the lines of its table."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), "--smoke"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout, [line for line in done.stdout.splitlines() if line.startswith("| ")]


def test_smoke_run_prints_every_row() -> None:
    stdout, table = smoke_run("run.py")
    assert table[0].split("|")[1].strip() == "case"
    cases = [line.split("|")[1].strip() for line in table[1:]]
    for row in ROWS:
        assert any(case.startswith(row) for case in cases), f"no row {row!r} in:\n{stdout}"
    # Measured rows carry figures, not blanks: client and raw columns hold numbers.
    for line in table[1:]:
        case, client, raw = (cell.strip() for cell in line.split("|")[1:4])
        if case.startswith(("per call", "large reply", "concurrency", "peak RSS")):
            assert re.search(r"\d", client) and re.search(r"\d", raw), line
    assert "all goals met" in stdout or "goals missed:" in stdout


def test_simulator_benchmark_smoke_run_prints_every_row() -> None:
    stdout, table = smoke_run("simulator.py")
    cases = [line.split("|")[1].strip() for line in table[1:]]
    for row in ("simulate: start", "listaccts", "sequential calls", "raw httpx", "memory for"):
        assert any(case.startswith(row) for case in cases), f"no row {row!r} in:\n{stdout}"
    assert "all goals met" in stdout or "goals missed:" in stdout


def test_fleet_benchmark_smoke_run_prints_every_row() -> None:
    stdout, table = smoke_run("fleet.py")
    cases = [line.split("|")[1].strip() for line in table[1:]]
    for row in (
        "per call [aiohttp transport]",
        "per call [httpx transport]",
        "in flight [aiohttp transport]",
        "in flight [httpx transport]",
        "fleet asyncio+httpx",
        "fleet asyncio+aiohttp",
        "fleet trio+httpx",
        "raw httpx",
        "raw aiohttp",
        "fast path / raw aiohttp",
        "default path / raw httpx",
        "peak RSS, fleet sides",
    ):
        assert any(row in case for case in cases), f"no row {row!r} in:\n{stdout}"
    assert "errors" in stdout and ", 0 errors" in stdout
    assert "all goals met" in stdout or "goals missed:" in stdout
