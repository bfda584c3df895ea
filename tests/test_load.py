"""benchmarks/load.py keeps working: a small run completes with no errors on both backends."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from faultserver import refused_url

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "load.py"


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_small_load_run(backend: str) -> None:
    command = [sys.executable, str(SCRIPT), "--calls", "300", "--concurrency", "50"]
    command += ["--backend", backend, "--time-limit", "120", "--json"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert report["ok"] and report["errors"] == 0
    assert report["completed"] == 300
    assert report["pool"]["busy_at_end"] == 0
    assert report["pool"]["requests_waiting_at_end"] == 0
    assert report["peak_rss_mib"] > 0


def test_load_run_fails_on_errors() -> None:
    """The exit code is what CI would look at, so it must turn red when calls fail."""
    url, holder = refused_url()
    command = [sys.executable, str(SCRIPT), "--calls", "5", "--concurrency", "2", "--json"]
    command += ["--target", url]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    finally:
        holder.close()
    assert run.returncode == 1, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert report["errors"] == 5 and report["error_kinds"] == {"WhmConnectError": 5}
