"""The ``whm-api`` command line, against the WHM simulator.

The simulator answers as cpsrvd does; injected faults and handlers play what a real
server rarely does on purpose: a stall, replies that echo credentials back, text with
terminal escapes. Each test gets its own simulator, served on a loopback port.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest

from whm_api_client import cli
from whm_api_client._generated.api import FUNCTIONS
from whm_api_client.testing import (
    SimResponse,
    ThreadedSimulatorServer,
    WhmSimulator,
    faults,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
ANSI = "\x1b"
TOKEN = "CLI0TEST0TOKEN00000000000000000X"


# ---------------------------------------------------------------------- helpers


@pytest.fixture(autouse=True)
def _no_whm_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own WHM_* settings must not leak into these tests."""
    for name in list(os.environ):
        if name.startswith("WHM_"):
            monkeypatch.delenv(name)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """main() in-process: exit status, stdout, stderr."""
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def run_subprocess(
    *argv: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("WHM_")}
    return subprocess.run(
        [sys.executable, "-m", "whm_api_client", *argv],
        capture_output=True,
        text=True,
        env={**base, **(env or {})},
        cwd=REPO_ROOT,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def served() -> Iterator[ThreadedSimulatorServer]:
    with ThreadedSimulatorServer() as server:
        yield server


class Served:
    """A simulator of this test's own, on a loopback port; ``target`` is its --target."""

    def __init__(self, server: ThreadedSimulatorServer, sim: WhmSimulator) -> None:
        self.sim = sim
        self.target = f"{server.listen(sim).url}/json-api"


@pytest.fixture
def whm(served: ThreadedSimulatorServer, monkeypatch: pytest.MonkeyPatch) -> Served:
    """A simulator with one suspended account, and root's token in WHM_API_TOKEN."""
    sim = WhmSimulator(
        {"accounts": [{"username": "bob", "domain": "bob.example", "suspended": True}]},
        root_token=TOKEN,
    )
    sim.email.set_forward("bob", ["bob@elsewhere.example"])
    monkeypatch.setenv("WHM_API_TOKEN", TOKEN)
    return Served(served, sim)


def _echo(context: faults.FaultContext) -> str:
    """What a careless server or proxy might echo back: the credentials and the arguments."""
    request = context.request
    arguments = [
        (k, v)
        for k, v in parse_qsl(request.query, keep_blank_values=True)
        + parse_qsl(request.body.decode(), keep_blank_values=True)
        if k != "api.version"
    ]
    return f"auth={request.header('authorization')} args={arguments}"


def _envelope(status: int, document: dict[str, Any]) -> SimResponse:
    return SimResponse(
        status, json.dumps(document).encode(), [("Content-Type", "application/json")]
    )


ECHOES = {
    "echo-fail": lambda c: _envelope(
        200, {"metadata": {"result": 0, "reason": f"refused: {_echo(c)}", "echo": _echo(c)}}
    ),
    "echo-403": lambda c: _envelope(403, {"metadata": {"result": 0, "reason": f"no: {_echo(c)}"}}),
    "echo-warn": lambda c: _envelope(
        200,
        {
            "data": {"auth": c.request.header("authorization")},
            "metadata": {
                "result": 1,
                "reason": "OK",
                "output": {"warnings": [f"careful: {_echo(c)}"]},
            },
        },
    ),
}


def echoing(served: ThreadedSimulatorServer, kind: str) -> Served:
    """A simulator whose every reply echoes the request (see ECHOES)."""
    sim = WhmSimulator(root_token=TOKEN)
    sim.inject(faults.Custom(ECHOES[kind]))
    return Served(served, sim)


def ansi(served: ThreadedSimulatorServer) -> Served:
    """A simulator whose listaccts has terminal escapes in its text."""
    sim = WhmSimulator(root_token=TOKEN)
    sim.define(
        "listaccts",
        lambda call: {"acct": [{"user": "\x1b[31mred\x1b[0m", "note": "two\nlines\x9b"}]},
    )
    return Served(served, sim)


# ---------------------------------------------------------------------- against the simulator


class TestAgainstTheSimulator:
    def test_prints_the_data_as_json(self, capsys: pytest.CaptureFixture[str], whm: Served) -> None:
        status, out, err = run(capsys, "--target", whm.target, "gethostname")
        assert (status, err) == (0, "")
        assert json.loads(out) == {"hostname": "hostname.example.com"}

    def test_target_from_the_environment(
        self, capsys: pytest.CaptureFixture[str], whm: Served, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("WHM_TARGET", whm.target)
        status, out, _ = run(capsys, "get_user_email_forward_destination", "user=bob")
        assert status == 0
        assert json.loads(out) == {"forward_to": ["bob@elsewhere.example"]}

    def test_envelope_includes_metadata(
        self, capsys: pytest.CaptureFixture[str], whm: Served
    ) -> None:
        status, out, _ = run(capsys, "--target", whm.target, "version", "--envelope")
        envelope = json.loads(out)
        assert status == 0
        assert envelope["data"] == {"version": whm.sim.server.version}
        assert envelope["metadata"]["result"] in (1, "1")  # cpsrvd sends either (§1)

    def test_table_of_the_list_inside_data(
        self, capsys: pytest.CaptureFixture[str], whm: Served
    ) -> None:
        status, out, err = run(capsys, "--target", whm.target, "listsuspended", "--table")
        assert (status, err) == (0, "")
        header, rule, *rows = out.splitlines()
        assert header.split() == ["user", "owner", "reason", "time", "unixtime", "is_locked"]
        assert set(rule.replace(" ", "")) == {"-"}
        assert [row.split()[:3] for row in rows] == [["bob", "root", "Unknown"]]
        assert ANSI not in out

    def test_columns_pick_and_order_the_table(
        self, capsys: pytest.CaptureFixture[str], whm: Served
    ) -> None:
        status, out, err = run(capsys, "--target", whm.target, "listaccts", "--columns", "user,ip")
        assert (status, err) == (0, "")
        assert [line.split() for line in out.splitlines()] == [
            ["user", "ip"],
            ["----", "----------"],
            ["bob", "192.0.2.10"],
        ]

    def test_a_flat_dict_becomes_a_key_value_table(
        self, capsys: pytest.CaptureFixture[str], whm: Served
    ) -> None:
        status, out, _ = run(capsys, "--target", whm.target, "--table", "gethostname")
        assert status == 0
        header, _, *rows = (line.split() for line in out.splitlines())
        assert (header, rows) == (["key", "value"], [["hostname", "hostname.example.com"]])

    def test_unknown_function_is_a_usage_error(
        self, capsys: pytest.CaptureFixture[str], whm: Served
    ) -> None:
        status, out, err = run(capsys, "--target", whm.target, "listacct")
        assert (status, out) == (2, "")
        assert "'listacct' is not a function" in err
        assert "listaccts" in err  # suggested

    def test_missing_required_argument_fails_with_a_hint(
        self, capsys: pytest.CaptureFixture[str], whm: Served
    ) -> None:
        # cpsrvd names the missing argument (§2); the CLI adds what the spec requires.
        status, out, err = run(capsys, "--target", whm.target, "get_user_email_forward_destination")
        assert (status, out) == (1, "")
        assert "Provide the \u201cuser\u201d parameter" in err
        assert "required: user" in err

    def test_as_a_subprocess(self, whm: Served) -> None:
        env = {"WHM_API_TOKEN": TOKEN}
        done = run_subprocess("--target", whm.target, "listsuspended", "--table", env=env)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[0].split()[:2] == ["user", "owner"]
        assert ANSI not in done.stdout + done.stderr

        done = run_subprocess(
            "get_user_email_forward_destination", "user=bob", env={**env, "WHM_TARGET": whm.target}
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == {"forward_to": ["bob@elsewhere.example"]}

        done = run_subprocess("--target", whm.target, "no_such_function", env=env)
        assert done.returncode == 2
        assert "not a function" in done.stderr


# ---------------------------------------------------------------------- against Prism


@pytest.mark.mock_server
class TestAgainstPrism:
    """The spec's contract, checked by Prism: it rejects a request the spec doesn't allow."""

    def test_the_readme_batch_example(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str
    ) -> None:
        # README: whm-api batch command=version command=gethostname
        status, out, err = run(
            capsys,
            "--target",
            f"mock:{prism_mock}",
            "batch",
            "command=version",
            "command=gethostname",
        )
        assert (status, err) == (0, "")
        assert isinstance(json.loads(out)["result"], list)

    @pytest.mark.parametrize("name", ["is_ready", "EcosystemFeatures/is_ready"])
    def test_a_namespaced_function_by_either_name(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str, name: str
    ) -> None:
        # The mock serves it only at /EcosystemFeatures/is_ready; elsewhere it would 404.
        status, out, err = run(capsys, "--target", f"mock:{prism_mock}", name, "plugin=cpanel-ai")
        assert (status, err) == (0, "")
        assert "ready" in json.loads(out)

    def test_json_only_functions(self, capsys: pytest.CaptureFixture[str], prism_mock: str) -> None:
        # Prism checks the JSON body against the spec: names must be a list, personalization
        # an object of strings, api.version inside.
        status, _, err = run(
            capsys, "--target", f"mock:{prism_mock}", "personalization_get", "names=theme"
        )
        assert (status, err) == (0, "")
        status, _, err = run(
            capsys,
            "--target",
            f"mock:{prism_mock}",
            "personalization_set",
            'personalization={"theme": "dark"}',  # as in the README
        )
        assert (status, err) == (0, "")
        status, _, err = run(
            capsys, "--target", f"mock:{prism_mock}", "personalization_set", "personalization=dark"
        )
        assert status == 2
        assert "personalization takes a JSON object" in err

    def test_a_rejected_argument_shows_the_mocks_reason(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str
    ) -> None:
        # Prism answers 422 with the body "string"; its reason is in sl-violations.
        status, out, err = run(
            capsys, "--target", f"mock:{prism_mock}", "get_user_email_forward_destination"
        )
        assert (status, out) == (3, "")
        assert "HTTP 422: Request query must have required property 'user'" in err
        assert "string" not in err


# ---------------------------------------------------------------------- the spec's index


def test_list_filters_by_substring(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--list", "email_forward")
    assert status == 0
    assert [line.split() for line in out.splitlines()] == [
        ["get_user_email_forward_destination", "read-only"],
        ["set_user_email_forward_destination", "changes", "state"],
    ]


def test_list_takes_a_glob_and_shows_every_function_without_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "--list", "list*s")
    names = [line.split()[0] for line in out.splitlines()]
    assert "listaccts" in names and "list_pkgs" not in names
    assert names == sorted(name for name in FUNCTIONS if re.search("list.*s", name))
    _, out, _ = run(capsys, "--list")
    lines = out.splitlines()
    assert len(lines) == len(FUNCTIONS)
    for line in lines:
        name, flag = line.split(maxsplit=1)
        info = FUNCTIONS[name.rpartition("/")[2]]
        assert name == (f"{info.namespace}/" if info.namespace else "") + name.rpartition("/")[2]
        assert (flag == "read-only") is info.read_only


def test_namespaced_functions_are_listed_and_helped_by_either_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "--list", "EcosystemFeatures/*")
    assert [line.split()[0] for line in out.splitlines()] == [
        "EcosystemFeatures/is_ready",
        "EcosystemFeatures/local_disable",
        "EcosystemFeatures/local_enable",
    ]
    _, out, _ = run(capsys, "--list", "is_ready")
    assert out.split() == ["EcosystemFeatures/is_ready", "read-only"]
    for name in ("is_ready", "EcosystemFeatures/is_ready"):
        status, out, _ = run(capsys, name, "--help")
        assert status == 0
        assert out.startswith("usage: whm-api EcosystemFeatures/is_ready [KEY=VALUE ...]")
    status, _, err = run(capsys, "360Monitoring/is_ready", "--help")
    assert status == 2 and "not a function" in err


def test_function_help_shows_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "listaccts", "--help")
    assert status == 0
    from whm_api_client._generated.api.accounts import listaccts

    assert listaccts.DOCS_URL in out
    assert "HTTP method:  GET" in out
    assert "read-only:    yes" in out
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith("  search")}
    assert "one of: exact, regex" in rows["searchmethod"]
    assert rows["search"].split()[1:] == ["str", "no"]

    _, out, _ = run(capsys, "--help", "passwd")
    rows = {line.split()[0]: line.split() for line in out.splitlines()[6:] if line.strip()}
    assert rows["user"][-1] == "yes" and rows["password"][-1] == "yes"
    assert "no (changes state on the server)" in out


def test_help_without_a_function_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "exit status" in out and "WHM_API_TOKEN" in out
    status, out, _ = run(capsys, "--version")
    assert (status, out.split()[0]) == (0, "whm-api")


def test_help_for_an_unknown_function(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "nosuchthing", "--help")
    assert (status, out) == (2, "")
    assert "'nosuchthing' is not a function" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "FUNCTION to call is missing"),
        (["listaccts", "search"], "argument 1 after the function is not KEY=VALUE"),
        (["listaccts", "=bob"], "not KEY=VALUE"),
        (["user=bob"], "FUNCTION name comes before"),
        (["listaccts", "--table", "--envelope"], "don't go together"),
        (["listaccts", "--timeout", "0"], "positive number of seconds"),
        (["listaccts", "--nope"], "unrecognized arguments: --nope"),
        (["--list", "x", "listaccts"], "--list takes one PATTERN"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert message in err
    assert err.startswith("usage: whm-api")


def test_no_target_configured_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "gethostname")
    assert status == 2
    assert "set WHM_HOST" in err


def test_rich_is_not_imported_to_start() -> None:
    code = "import sys, whm_api_client.cli; print(sorted({'rich', 'fastapi'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# ---------------------------------------------------------------------- failures, faults, odd replies


def test_whm_failure_is_exit_1_with_the_reason(
    capsys: pytest.CaptureFixture[str], whm: Served
) -> None:
    whm.sim.inject(faults.ResultZero("No user named bob exists."), function="listaccts")
    status, out, err = run(capsys, "--target", whm.target, "listaccts")
    assert (status, out) == (1, "")
    assert "listaccts: No user named bob exists." in err


def test_whm_failure_with_envelope_prints_it(
    capsys: pytest.CaptureFixture[str], whm: Served
) -> None:
    status, out, _ = run(capsys, "--target", whm.target, "--envelope", "suspendacct", "user=ghost")
    assert status == 1
    reason = json.loads(out)["metadata"]["reason"]
    assert reason.endswith("You do not have a user named \u201cghost\u201d.")


def test_http_403_is_exit_3(
    capsys: pytest.CaptureFixture[str], whm: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WHM_API_TOKEN", "not-the-token")
    status, out, err = run(capsys, "--target", whm.target, "listaccts")
    assert (status, out) == (3, "")
    assert "HTTP 403" in err and "Access denied" in err


def test_timeout_is_exit_3(capsys: pytest.CaptureFixture[str], whm: Served) -> None:
    whm.sim.inject(faults.Latency(30), function="listaccts")
    status, _, err = run(capsys, "--target", whm.target, "--timeout", "0.5", "listaccts")
    assert status == 3
    assert "read timeout" in err


def test_a_repeated_key_is_sent_as_a_list(capsys: pytest.CaptureFixture[str], whm: Served) -> None:
    status, out, _ = run(
        capsys,
        "--target",
        whm.target,
        "--allow-unknown",  # for "empty", which batch doesn't take
        "batch",
        "command=version",
        "command=gethostname",
        "abort_on_error=1",
        "empty=",
        "api.filter.a.field=user",
    )
    assert status == 0
    assert [e["metadata"]["command"] for e in json.loads(out)["result"]] == [
        "version",
        "gethostname",
    ]
    (request,) = [r.request for r in whm.sim.requests if r.function == "batch"]
    sent = parse_qsl(request.query + "&" + request.body.decode(), keep_blank_values=True)
    assert [pair for pair in sent if pair[0] != "api.version"] == [
        ("command", "version"),
        ("command", "gethostname"),
        ("abort_on_error", "1"),
        ("empty", ""),
        ("api.filter.a.field", "user"),
    ]


def test_server_warnings_and_verbose_requests_go_to_stderr(
    capsys: pytest.CaptureFixture[str], served: ThreadedSimulatorServer, whm: Served
) -> None:
    echo = echoing(served, "echo-warn")
    status, out, err = run(capsys, "--target", echo.target, "listaccts", "search=bob")
    assert status == 0
    assert json.loads(out) == {"auth": "whm root:[redacted]"}  # the token never shows
    assert "whm-api: listaccts: server warning: careful:" in err
    status, _, err = run(capsys, "-v", "--target", whm.target, "listaccts", "search=bob")
    assert status == 0
    assert f"listaccts: GET {whm.target}/listaccts" in err
    assert "bob" not in err  # the request line names no argument values


@pytest.mark.parametrize("level", ["info", "debug"])
def test_with_whm_log_each_log_line_is_printed_once(whm: Served, level: str) -> None:
    # Before: WHM_LOG's own handler printed every record a second time, unredacted.
    done = run_subprocess(
        "-v", "--target", whm.target, "gethostname", env={"WHM_API_TOKEN": TOKEN, "WHM_LOG": level}
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines.count(f"whm-api: gethostname: GET {whm.target}/gethostname") == 1
    assert len([line for line in lines if "gethostname: HTTP 200, result 1" in line]) == 1


def test_unknown_function_can_be_forced(capsys: pytest.CaptureFixture[str], whm: Served) -> None:
    status, _, _ = run(capsys, "--target", whm.target, "brand_new_function", "a=1")
    assert status == 2
    status, _, err = run(
        capsys, "--target", whm.target, "--allow-unknown", "brand_new_function", "a=1"
    )
    assert status == 1  # sent: the server says it doesn't know it (§2)
    assert 'Unknown app ("brand_new_function")' in err
    assert whm.sim.calls("brand_new_function")[0].text("a") == "1"


def test_data_that_is_not_records_falls_back_to_json(
    capsys: pytest.CaptureFixture[str], whm: Served
) -> None:
    whm.sim.define("listaccts", lambda call: {"a": [1], "b": [2]})
    status, out, err = run(capsys, "--target", whm.target, "listaccts", "--table")
    assert status == 0
    assert json.loads(out) == {"a": [1], "b": [2]}
    assert "not a list of records" in err


def test_terminal_escapes_from_the_server_are_neutralised(
    capsys: pytest.CaptureFixture[str],
    served: ThreadedSimulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WHM_API_TOKEN", TOKEN)
    escapes = ansi(served)
    status, out, _ = run(capsys, "--target", escapes.target, "listaccts", "--table")
    assert status == 0
    assert ANSI not in out and "\x9b" not in out
    assert "\\x1b[31mred\\x1b[0m" in out and "two\\nlines\\x9b" in out
    status, out, _ = run(capsys, "--target", escapes.target, "listaccts")
    assert ANSI not in out and "\x9b" not in out
    assert json.loads(out)["acct"][0]["note"] == "two\nlines\x9b"  # JSON stays exact
    escapes.sim.inject(faults.ResultZero("\x1b[2Jscreen wiped"), function="listaccts")
    status, _, err = run(capsys, "--target", escapes.target, "listaccts")
    assert status == 1
    assert ANSI not in err and "\\x1b[2Jscreen wiped" in err


@pytest.mark.parametrize("variable", ["WHM_API_TOKEN", "WHM_PASSWORD"])
def test_secrets_never_reach_the_output(
    capsys: pytest.CaptureFixture[str],
    served: ThreadedSimulatorServer,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
) -> None:
    credential = "S3cret-credential-8c41f"
    password = "hunter2-argument-77ab"
    monkeypatch.setenv(variable, credential)
    fail, denied, warn = (echoing(served, kind) for kind in ("echo-fail", "echo-403", "echo-warn"))
    commands = [
        # The server echoes the Authorization header and every argument back.
        (["--target", fail.target, "passwd", "user=bob", f"password={password}"], 1),
        (["--target", fail.target, "--envelope", "passwd", "user=bob", f"password={password}"], 1),
        (["--target", denied.target, "passwd", "user=bob", f"password={password}"], 3),
        (["--target", warn.target, "passwd", "user=bob", f"password={password}"], 0),
        # Typing mistakes must not repeat what was typed.
        (["--target", fail.target, "passwd", "user=bob", password], 2),
        (["--target", fail.target, f"password={password}"], 2),
        (["--target", fail.target, "passwd", f"--password={password}"], 2),
        (["--target", "ftp://nowhere", "passwd", f"password={password}"], 2),
    ]
    for argv, expected in commands:
        status, out, err = run(capsys, *argv)
        assert status == expected, (argv, err)
        assert credential not in out + err, argv
        assert password not in out + err, argv
    # ...and the server really was sent (and echoed) both, so the checks above mean something.
    sent = [r.request.body.decode() for r in fail.sim.requests]
    assert any(password in body for body in sent)

    done = run_subprocess(
        "--target",
        fail.target,
        "passwd",
        "user=bob",
        f"password={password}",
        env={variable: credential},
    )
    assert done.returncode == 1
    assert "[redacted]" in done.stderr
    assert credential not in done.stdout + done.stderr
    assert password not in done.stdout + done.stderr


# ---------------------------------------------------------------------- rendering on a terminal


def _pretend_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)


def test_rich_draws_the_table_on_a_terminal(
    capsys: pytest.CaptureFixture[str],
    served: ThreadedSimulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("rich")
    monkeypatch.setenv("WHM_API_TOKEN", TOKEN)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    _pretend_terminal(monkeypatch)
    status, out, _ = run(capsys, "--target", ansi(served).target, "listaccts", "--table")
    assert status == 0
    assert "─" in out  # rich's rule under the header, not the plain table's dashes
    assert "---" not in out
    assert "\\x1b[31mred\\x1b[0m" in out  # cells are text, not rich markup or escapes


def test_rich_tables_are_redacted_too(
    capsys: pytest.CaptureFixture[str],
    served: ThreadedSimulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("rich")
    monkeypatch.setenv("WHM_API_TOKEN", "T0ken-in-a-table-4411")
    _pretend_terminal(monkeypatch)
    status, out, _ = run(
        capsys, "--target", echoing(served, "echo-warn").target, "listaccts", "--table"
    )
    assert status == 0
    assert "[redacted]" in out and "T0ken-in-a-table-4411" not in out


def test_plain_table_on_a_terminal_without_rich(
    capsys: pytest.CaptureFixture[str],
    served: ThreadedSimulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "rich", None)  # import rich -> ImportError
    monkeypatch.setenv("WHM_API_TOKEN", TOKEN)
    _pretend_terminal(monkeypatch)
    status, out, _ = run(capsys, "--target", ansi(served).target, "listaccts", "--table")
    assert status == 0
    assert out.splitlines()[0].split() == ["user", "note"]
    assert set(out.splitlines()[1].replace(" ", "")) == {"-"}


def test_pip_installs_the_console_script() -> None:
    """``pip install`` puts ``whm-api`` next to the interpreter (pyproject's [project.scripts])."""
    script = Path(sys.executable).parent / "whm-api"
    assert script.exists(), "reinstall with pip install -e . --group dev"
    done = subprocess.run(
        [str(script), "--list", "get_user_email_forward"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["get_user_email_forward_destination", "read-only"]


# ---------------------------------------------------------------------- issue 12, items 8 and 9


def test_an_unknown_argument_is_refused_before_anything_is_sent(
    capsys: pytest.CaptureFixture[str], whm: Served
) -> None:
    # WHM ignores an argument it doesn't know: this would list every account.
    status, out, err = run(capsys, "--target", whm.target, "listaccts", "serach=bob")
    assert (status, out) == (2, "")
    assert "unknown argument 'serach' (did you mean search" in err
    assert "--allow-unknown" in err and "listaccts --help" in err
    status, out, err = run(capsys, "--target", whm.target, "listaccts", "searchmethod=fuzzy")
    assert (status, out) == (2, "")
    assert "'searchmethod' takes one of exact, regex" in err
    assert not whm.sim.calls("listaccts")  # nothing reached the server
    # Meta arguments, cpsrvd's spelling of a repeated key and allowed values pass.
    status, out, err = run(
        capsys,
        "--target",
        whm.target,
        "listaccts",
        "searchmethod=exact",
        "search=bob",
        "api.filter.a.field=user",
        "api.filter.a.arg0=bob",
    )
    assert (status, err) == (0, "")
    assert [account["user"] for account in json.loads(out)["acct"]] == ["bob"]


def test_allow_unknown_sends_unknown_names_and_values(
    capsys: pytest.CaptureFixture[str], whm: Served
) -> None:
    status, _, err = run(
        capsys,
        "--target",
        whm.target,
        "--allow-unknown",
        "listaccts",
        "brand_new_option=1",
        "searchmethod=fuzzy",
    )
    assert status == 0, err
    (sent,) = whm.sim.calls("listaccts")
    assert (sent.text("brand_new_option"), sent.text("searchmethod")) == ("1", "fuzzy")


def test_list_finds_the_readmes_pattern_and_fails_when_nothing_matches(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "--list", "ssl*")  # as the README writes it
    names = {line.split()[0] for line in out.splitlines()}
    assert status == 0
    assert names == {name for name in FUNCTIONS if "ssl" in name}
    assert {"installssl", "fetch_ssl_vhosts", "disable_autossl"} <= names
    status, out, err = run(capsys, "--list", "no_such_thing*")
    assert (status, out) == (2, "")
    assert "no function matches 'no_such_thing*'" in err


@pytest.mark.parametrize("option", [["--table"], ["--columns", "user"], ["--envelope"]])
def test_list_refuses_the_output_options_of_a_call(
    capsys: pytest.CaptureFixture[str], option: list[str]
) -> None:
    status, out, err = run(capsys, "--list", "ssl", *option)
    assert (status, out) == (2, "")
    assert "--list prints a table of its own" in err


def test_an_unknown_column_is_reported(capsys: pytest.CaptureFixture[str], whm: Served) -> None:
    status, out, err = run(capsys, "--target", whm.target, "listaccts", "--columns", "user,colour")
    assert (status, out) == (2, "")
    assert "no such column: colour (the records have: user)" in err
    (sent,) = whm.sim.calls("listaccts")  # the server picked the columns (§5)
    assert (sent.text("api.columns.a"), sent.text("api.columns.b")) == ("user", "colour")


def test_plain_http_to_another_host_needs_allow_insecure_http(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WHM_API_TOKEN", TOKEN)
    target = "http://192.0.2.1:2086"  # TEST-NET-1: nothing answers there
    status, out, err = run(capsys, "--target", target, "version")
    assert (status, out) == (2, "")
    assert "--target is plain http://" in err and "--allow-insecure-http" in err
    monkeypatch.setenv("WHM_TARGET", target)
    status, _, err = run(capsys, "version")
    assert status == 2 and "WHM_TARGET is plain http://" in err
    status, _, err = run(capsys, "--allow-insecure-http", "--timeout", "0.2", "version")
    assert status == 3  # let through: it tried to connect
    assert "timeout" in err.lower() or "connect" in err.lower()


def test_missing_credentials_are_named_as_environment_variables(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WHM_HOST", "whm.example.com")
    status, _, err = run(capsys, "version")
    assert status == 2
    assert "set WHM_API_TOKEN or WHM_PASSWORD" in err
    assert "auth=" not in err and "ApiTokenAuth" not in err
