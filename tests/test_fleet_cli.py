"""``whm-api --fleet``: simulated hosts on loopback ports, main() in-process (and once as
a process), every output format, the exit statuses, progress on a terminal only."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fleethosts import TOKEN_ENV, down_host, inventory_text, three_hosts

from whm_api_client import cli
from whm_api_client.testing import Endpoint, faults


@pytest.fixture
def served() -> Iterator[list[Endpoint]]:
    with three_hosts() as endpoints:
        yield endpoints


def write_inventory(path: Path, endpoints: list[Endpoint], *, down: bool = False) -> Path:
    path.write_text(inventory_text(endpoints) + (down_host() if down else ""))
    return path


@pytest.fixture
def inventory(served: list[Endpoint], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(TOKEN_ENV, served[0].simulator.root_token)
    return write_inventory(tmp_path / "fleet.toml", served)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_json_lines_one_per_host_and_exit_0(
    capsys: pytest.CaptureFixture[str], inventory: Path
) -> None:
    status, out, err = run(capsys, "--fleet", str(inventory), "listaccts")
    assert status == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert sorted(line["host"] for line in lines) == ["web1", "web2", "web3"]
    by_host = {line["host"]: line for line in lines}
    assert [a["user"] for a in by_host["web2"]["data"]["acct"]] == ["bob"]
    assert all(line["status"] == "ok" and line["elapsed"] >= 0 for line in lines)
    assert err.strip().endswith(
        "3 hosts: 3 ok, 0 failed, 0 unreachable (" + err.split("(")[-1].strip()
    )
    assert "\r" not in err  # no progress bar when stderr isn't a terminal


def test_some_failures_exit_1(
    capsys: pytest.CaptureFixture[str], served: list[Endpoint], inventory: Path
) -> None:
    served[2].simulator.inject(faults.ResultZero("Quota exceeded."), function="version")
    status, out, err = run(capsys, "--fleet", str(inventory), "version")
    assert status == 1
    failed = [json.loads(line) for line in out.splitlines() if '"failed"' in line]
    assert failed == [
        {
            "host": "web3",
            "status": "failed",
            "elapsed": failed[0]["elapsed"],
            "error": {"type": "WhmApiError", "message": "version: Quota exceeded."},
        }
    ]
    assert "3 hosts: 2 ok, 1 failed, 0 unreachable" in err


def test_an_unreachable_host_exits_3_whatever_the_others_did(
    capsys: pytest.CaptureFixture[str], served: list[Endpoint], tmp_path: Path
) -> None:
    os.environ[TOKEN_ENV] = served[0].simulator.root_token
    try:
        path = write_inventory(tmp_path / "fleet.toml", served, down=True)
        served[0].simulator.inject(faults.ResultZero("No."), function="version")
        status, out, err = run(capsys, "--fleet", str(path), "version")
    finally:
        del os.environ[TOKEN_ENV]
    assert status == 3
    statuses = {json.loads(line)["host"]: json.loads(line)["status"] for line in out.splitlines()}
    assert statuses == {"web1": "failed", "web2": "ok", "web3": "ok", "down": "unreachable"}
    assert "4 hosts: 2 ok, 1 failed, 1 unreachable" in err


def test_table_and_csv_have_a_host_column(
    capsys: pytest.CaptureFixture[str], inventory: Path
) -> None:
    status, out, _ = run(
        capsys, "--fleet", str(inventory), "listaccts", "--table", "--columns", "user,domain"
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["host", "user", "domain"]
    assert [line.split() for line in lines[2:]] == [
        ["web1", "alice", "alice.example"],
        ["web2", "bob", "bob.example"],
        ["web3", "carol", "carol.example"],
    ]
    status, out, _ = run(
        capsys, "--fleet", str(inventory), "--csv", "--columns", "user", "listaccts"
    )
    assert status == 0
    assert list(csv.reader(io.StringIO(out))) == [
        ["host", "user"],
        ["web1", "alice"],
        ["web2", "bob"],
        ["web3", "carol"],
    ]


def test_no_records_on_any_host_still_gives_the_header(
    capsys: pytest.CaptureFixture[str], inventory: Path
) -> None:
    status, out, _ = run(capsys, "--fleet", str(inventory), "--csv", "listaccts", "search=nobody")
    assert status == 0
    assert out == "host\n"


def test_hosts_picks_by_tag_and_name(capsys: pytest.CaptureFixture[str], inventory: Path) -> None:
    _, out, _ = run(capsys, "--fleet", str(inventory), "--hosts", "eu", "version")
    assert sorted(json.loads(line)["host"] for line in out.splitlines()) == ["web1", "web3"]
    _, out, _ = run(capsys, "--fleet", str(inventory), "--hosts", "us,web1", "version")
    assert sorted(json.loads(line)["host"] for line in out.splitlines()) == ["web1", "web2"]
    status, _, err = run(capsys, "--fleet", str(inventory), "--hosts", "asia", "version")
    assert status == 2 and "no host has the name or tag: asia" in err


def test_arguments_are_checked_before_any_host_is_called(
    capsys: pytest.CaptureFixture[str], inventory: Path
) -> None:
    status, out, err = run(capsys, "--fleet", str(inventory), "listaccts", "serach=bob")
    assert (status, out) == (2, "")
    assert "unknown argument 'serach' (did you mean search" in err


def test_changes_need_allow_changes(
    capsys: pytest.CaptureFixture[str], served: list[Endpoint], inventory: Path
) -> None:
    status, _, err = run(capsys, "--fleet", str(inventory), "suspendacct", "user=bob")
    assert status == 2 and "--allow-changes" in err
    assert all(e.simulator.calls("suspendacct") == [] for e in served)
    argv = [
        "--fleet",
        str(inventory),
        "--hosts",
        "web2",
        "--allow-changes",
        "suspendacct",
        "user=bob",
    ]
    status, out, _ = run(capsys, *argv)
    assert status == 0 and json.loads(out)["host"] == "web2"
    assert [len(e.simulator.calls("suspendacct")) for e in served] == [0, 1, 0]


def test_inventory_and_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[hosts]]\nhost = "a.example"\ntoken = "INLINESECRET"\n')
    status, out, err = run(capsys, "--fleet", str(bad), "version")
    assert status == 2 and out == ""
    assert "must not hold secrets" in err and "INLINESECRET" not in err
    status, _, err = run(capsys, "--fleet", str(bad))
    assert status == 2 and "FUNCTION to call is missing" in err
    status, _, err = run(capsys, "--fleet", str(bad), "--table", "--csv", "version")
    assert status == 2 and "not allowed with" in err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--fleet", "any.toml", "--help")
    assert status == 0
    assert "--hosts TAG_OR_NAME" in out and "exit status:" in out
    status, out, _ = run(capsys, "--help")
    assert status == 0 and "--fleet fleet.toml" in out  # the main help points to it


def test_the_token_never_reaches_the_output(
    capsys: pytest.CaptureFixture[str], served: list[Endpoint], inventory: Path
) -> None:
    token = served[0].simulator.root_token
    served[0].simulator.inject(faults.ResultZero(f"Bad token {token}"), function="version")
    status, out, err = run(capsys, "--fleet", str(inventory), "-v", "version")
    assert status == 1
    assert token not in out + err and "[redacted]" in out


def _terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)


def test_plain_progress_on_a_terminal_without_rich(
    capsys: pytest.CaptureFixture[str], inventory: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "rich", None)
    _terminal(monkeypatch)
    status, out, err = run(capsys, "--fleet", str(inventory), "version")
    assert status == 0 and len(out.splitlines()) == 3
    assert "] 0/3 hosts" in err and "] 3/3 hosts" in err
    status, _, err = run(capsys, "--fleet", str(inventory), "--no-progress", "version")
    assert "hosts]" not in err and "/3 hosts" not in err


def test_rich_progress_on_a_terminal(
    capsys: pytest.CaptureFixture[str], inventory: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("rich")
    _terminal(monkeypatch)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich draws live only on what it takes for a terminal
    status, out, err = run(capsys, "--fleet", str(inventory), "version")
    assert status == 0
    assert "━" in err or "3/3" in err  # rich's bar or its M/N column
    assert len([line for line in out.splitlines() if line.startswith("{")]) == 3


def test_as_a_process_with_the_console_script(inventory: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WHM_")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "whm_api_client",
            "--fleet",
            str(inventory),
            "--backend",
            "trio",
            "version",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 3
    assert "3 hosts: 3 ok" in done.stderr


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_ctrl_c_stops_a_run_with_exit_130_and_no_traceback(
    served: list[Endpoint], inventory: Path, backend: str
) -> None:
    served[2].simulator.inject(faults.Latency(60), function="version")
    env = {k: v for k, v in os.environ.items() if not k.startswith("WHM_")}
    command = [sys.executable, "-m", "whm_api_client", "--fleet", str(inventory)]
    process = subprocess.Popen(
        [*command, "--backend", backend, "--concurrency", "1", "version"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        # As from a terminal: a test runner may have started this one with SIGINT ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert process.stdout is not None
        answered = [process.stdout.readline(), process.stdout.readline()]  # web1, web2
        assert all('"status": "ok"' in line for line in answered)
        process.send_signal(signal.SIGINT)  # web3 is still answering
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130, err
    assert err.strip() == "whm-api: interrupted"
    assert out == ""


def test_a_transport_that_cant_run_is_a_usage_error_before_any_call(
    capsys: pytest.CaptureFixture[str],
    served: list[Endpoint],
    inventory: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fleet = ("--fleet", str(inventory))
    monkeypatch.setenv("WHM_HTTP_BACKEND", "curl")
    status, out, err = run(capsys, *fleet, "version")
    assert (status, out) == (2, "")
    assert "WHM_HTTP_BACKEND must be 'httpx' or 'aiohttp', got 'curl'" in err
    monkeypatch.delenv("WHM_HTTP_BACKEND")
    monkeypatch.setitem(sys.modules, "trio", None)  # as if trio weren't installed
    status, out, err = run(capsys, *fleet, "--backend", "trio", "version")
    assert (status, out) == (2, "")
    assert "pip install trio" in err
    assert [len(e.simulator.requests) for e in served] == [0, 0, 0]
    monkeypatch.delitem(sys.modules, "trio")
    # trio keeps httpx's own transport, whatever --http-backend says
    status, out, _ = run(
        capsys, *fleet, "--backend", "trio", "--http-backend", "aiohttp", "version"
    )
    assert status == 0 and len(out.splitlines()) == 3
