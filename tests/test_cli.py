"""The ``whm-api`` command line, against the local Prism mock and a tiny local server.

Prism answers as the spec says (success, 422 for a missing argument); the tiny
server, a real HTTP server on 127.0.0.1, plays what Prism can't: WHM saying no,
403, a stall, replies that echo credentials back, text with terminal escapes.
The first path segment of the target URL picks its scenario.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from whm_api_client import cli
from whm_api_client._generated.api import FUNCTIONS

REPO_ROOT = Path(__file__).resolve().parent.parent
ANSI = "\x1b"


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


class TinyServer(ThreadingHTTPServer):
    daemon_threads = True
    seen: list[dict[str, Any]]
    release: threading.Event


class Handler(BaseHTTPRequestHandler):
    server: TinyServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def _answer(self) -> None:
        url = urlsplit(self.path)
        scenario, function = url.path.strip("/").split("/")[0], url.path.rsplit("/", 1)[-1]
        arguments = parse_qsl(url.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            arguments += parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True)
        arguments = [(k, v) for k, v in arguments if k != "api.version"]
        authorization = self.headers.get("Authorization", "")
        self.server.seen.append(
            {"method": self.command, "function": function, "arguments": arguments}
        )
        echo = f"auth={authorization} args={arguments}"
        status, body = 200, self._body(scenario, function, arguments, authorization, echo)
        if scenario == "denied":
            status, body = 403, "Access denied"
        elif scenario == "echo-403":
            status, body = 403, json.dumps({"metadata": {"result": 0, "reason": f"no: {echo}"}})
        elif scenario == "stall":
            self.server.release.wait(30)
        payload = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if status == 200 else "text/plain")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    @staticmethod
    def _body(
        scenario: str, function: str, arguments: Any, authorization: str, echo: str
    ) -> dict[str, Any]:
        def ok(data: Any, **metadata: Any) -> dict[str, Any]:
            return {
                "data": data,
                "metadata": {"result": 1, "reason": "OK", "version": 1, **metadata},
            }

        def failed(reason: str, **metadata: Any) -> dict[str, Any]:
            return {
                "data": None,
                "metadata": {"result": 0, "reason": reason, "command": function, **metadata},
            }

        bodies = {
            "fail": failed("No user named bob exists."),
            "echo": ok({"arguments": arguments}),
            "echo-fail": failed(f"refused: {echo}", echo=echo),
            "echo-warn": ok({"auth": authorization}, output={"warnings": [f"careful: {echo}"]}),
            "ansi": ok({"acct": [{"user": "\x1b[31mred\x1b[0m", "note": "two\nlines\x9b"}]}),
            "ansi-fail": failed("\x1b[2Jscreen wiped"),
            "two-lists": ok({"a": [1], "b": [2]}),
        }
        return bodies.get(scenario, ok({}))


@pytest.fixture(scope="module")
def tiny() -> Iterator[TinyServer]:
    """A WHM-like HTTP server on 127.0.0.1 in a background thread; yields it (``.url``)."""
    server = TinyServer(("127.0.0.1", 0), Handler)
    server.seen = []
    server.release = threading.Event()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join(10)


def url(server: TinyServer, scenario: str) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}/{scenario}"


# ---------------------------------------------------------------------- against Prism


@pytest.mark.mock_server
class TestAgainstPrism:
    def test_prints_the_data_as_json(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str
    ) -> None:
        status, out, err = run(capsys, "--target", prism_mock, "gethostname")
        assert (status, err) == (0, "")
        assert json.loads(out) == {"hostname": "string"}

    def test_target_from_the_environment(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("WHM_TARGET", prism_mock)
        status, out, _ = run(capsys, "get_user_email_forward_destination", "user=bob")
        assert status == 0
        assert json.loads(out) == {"forward_to": ["string"]}

    def test_envelope_includes_metadata(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str
    ) -> None:
        status, out, _ = run(capsys, "--target", prism_mock, "version", "--envelope")
        envelope = json.loads(out)
        assert status == 0
        assert envelope["data"] == {"version": "string"}
        assert envelope["metadata"]["result"] == 1

    def test_table_of_the_list_inside_data(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str
    ) -> None:
        status, out, err = run(capsys, "--target", prism_mock, "listsuspended", "--table")
        assert (status, err) == (0, "")
        header, rule, *rows = out.splitlines()
        assert header.split() == ["is_locked", "owner", "reason", "time", "unixtime", "user"]
        assert set(rule.replace(" ", "")) == {"-"}
        assert [row.split() for row in rows] == [["0", "string", "string", "string", "0", "string"]]
        assert ANSI not in out

    def test_columns_pick_and_order_the_table(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str
    ) -> None:
        status, out, err = run(capsys, "--target", prism_mock, "listaccts", "--columns", "user,ip")
        assert (status, err) == (0, "")
        assert [line.split() for line in out.splitlines()] == [
            ["user", "ip"],
            ["------", "------"],
            ["string", "string"],
        ]

    def test_a_flat_dict_becomes_a_key_value_table(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str
    ) -> None:
        status, out, _ = run(capsys, "--target", prism_mock, "--table", "gethostname")
        assert status == 0
        header, _, *rows = (line.split() for line in out.splitlines())
        assert (header, rows) == (["key", "value"], [["hostname", "string"]])

    def test_unknown_function_is_a_usage_error(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str
    ) -> None:
        status, out, err = run(capsys, "--target", prism_mock, "listacct")
        assert (status, out) == (2, "")
        assert "'listacct' is not a function" in err
        assert "listaccts" in err  # suggested

    def test_missing_required_argument_fails_with_a_hint(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str
    ) -> None:
        # Prism answers 422; the CLI adds which required argument was left out.
        status, out, err = run(capsys, "--target", prism_mock, "get_user_email_forward_destination")
        assert (status, out) == (3, "")
        assert "HTTP 422" in err
        assert "required: user" in err

    def test_the_readme_batch_example(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str
    ) -> None:
        # README: whm-api batch command=version command=gethostname
        status, out, err = run(
            capsys, "--target", prism_mock, "batch", "command=version", "command=gethostname"
        )
        assert (status, err) == (0, "")
        assert isinstance(json.loads(out)["result"], list)

    @pytest.mark.parametrize("name", ["is_ready", "EcosystemFeatures/is_ready"])
    def test_a_namespaced_function_by_either_name(
        self, capsys: pytest.CaptureFixture[str], prism_mock: str, name: str
    ) -> None:
        # The mock serves it only at /EcosystemFeatures/is_ready; elsewhere it would 404.
        status, out, err = run(capsys, "--target", prism_mock, name, "plugin=cpanel-ai")
        assert (status, err) == (0, "")
        assert "ready" in json.loads(out)

    def test_json_only_functions(self, capsys: pytest.CaptureFixture[str], prism_mock: str) -> None:
        # Prism checks the JSON body against the spec: names must be a list, personalization
        # an object of strings, api.version inside.
        status, _, err = run(capsys, "--target", prism_mock, "personalization_get", "names=theme")
        assert (status, err) == (0, "")
        status, _, err = run(
            capsys,
            "--target",
            prism_mock,
            "personalization_set",
            'personalization={"theme": "dark"}',  # as in the README
        )
        assert (status, err) == (0, "")
        status, _, err = run(
            capsys, "--target", prism_mock, "personalization_set", "personalization=dark"
        )
        assert status == 2
        assert "personalization takes a JSON object" in err

    def test_as_a_subprocess(self, prism_mock: str) -> None:
        done = run_subprocess("--target", prism_mock, "listsuspended", "--table")
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[0].split()[:2] == ["is_locked", "owner"]
        assert ANSI not in done.stdout + done.stderr

        done = run_subprocess(
            "get_user_email_forward_destination", "user=bob", env={"WHM_TARGET": prism_mock}
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == {"forward_to": ["string"]}

        done = run_subprocess("--target", prism_mock, "no_such_function")
        assert done.returncode == 2
        assert "not a function" in done.stderr


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
    _, out, _ = run(capsys, "--list", "list*")
    names = [line.split()[0] for line in out.splitlines()]
    assert names == sorted(name for name in FUNCTIONS if name.startswith("list"))
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


# ---------------------------------------------------------------------- against the tiny server


def test_whm_failure_is_exit_1_with_the_reason(
    capsys: pytest.CaptureFixture[str], tiny: TinyServer
) -> None:
    status, out, err = run(capsys, "--target", url(tiny, "fail"), "listaccts")
    assert (status, out) == (1, "")
    assert "listaccts: No user named bob exists." in err


def test_whm_failure_with_envelope_prints_it(
    capsys: pytest.CaptureFixture[str], tiny: TinyServer
) -> None:
    status, out, _ = run(capsys, "--target", url(tiny, "fail"), "--envelope", "listaccts")
    assert status == 1
    assert json.loads(out)["metadata"]["reason"] == "No user named bob exists."


def test_http_403_is_exit_3(capsys: pytest.CaptureFixture[str], tiny: TinyServer) -> None:
    status, out, err = run(capsys, "--target", url(tiny, "denied"), "listaccts")
    assert (status, out) == (3, "")
    assert "HTTP 403" in err and "Access denied" in err


def test_timeout_is_exit_3(capsys: pytest.CaptureFixture[str], tiny: TinyServer) -> None:
    status, _, err = run(capsys, "--target", url(tiny, "stall"), "--timeout", "0.5", "listaccts")
    assert status == 3
    assert "read timeout" in err


def test_a_repeated_key_is_sent_as_a_list(
    capsys: pytest.CaptureFixture[str], tiny: TinyServer
) -> None:
    status, out, _ = run(
        capsys,
        "--target",
        url(tiny, "echo"),
        "batch",
        "command=version",
        "command=gethostname",
        "abort_on_error=1",
        "empty=",
        "api.filter.a.field=user",
    )
    assert status == 0
    assert json.loads(out)["arguments"] == [
        ["command", "version"],
        ["command", "gethostname"],
        ["abort_on_error", "1"],
        ["empty", ""],
        ["api.filter.a.field", "user"],
    ]


def test_server_warnings_and_verbose_requests_go_to_stderr(
    capsys: pytest.CaptureFixture[str], tiny: TinyServer
) -> None:
    status, out, err = run(capsys, "--target", url(tiny, "echo-warn"), "listaccts", "search=bob")
    assert status == 0
    assert json.loads(out) == {"auth": "whm mock:mock-token"}  # mocks get a placeholder
    assert "whm-api: listaccts: server warning: careful:" in err
    status, _, err = run(capsys, "-v", "--target", url(tiny, "echo"), "listaccts", "search=bob")
    assert status == 0
    assert f"listaccts: GET {url(tiny, 'echo')}/listaccts" in err
    assert "bob" not in err  # the request line names no argument values


def test_unknown_function_can_be_forced(
    capsys: pytest.CaptureFixture[str], tiny: TinyServer
) -> None:
    status, _, _ = run(capsys, "--target", url(tiny, "echo"), "brand_new_function", "a=1")
    assert status == 2
    status, _, _ = run(
        capsys, "--target", url(tiny, "echo"), "--allow-unknown", "brand_new_function", "a=1"
    )
    assert status == 0
    assert tiny.seen[-1]["function"] == "brand_new_function"


def test_data_that_is_not_records_falls_back_to_json(
    capsys: pytest.CaptureFixture[str], tiny: TinyServer
) -> None:
    status, out, err = run(capsys, "--target", url(tiny, "two-lists"), "listaccts", "--table")
    assert status == 0
    assert json.loads(out) == {"a": [1], "b": [2]}
    assert "not a list of records" in err


def test_terminal_escapes_from_the_server_are_neutralised(
    capsys: pytest.CaptureFixture[str], tiny: TinyServer
) -> None:
    status, out, _ = run(capsys, "--target", url(tiny, "ansi"), "listaccts", "--table")
    assert status == 0
    assert ANSI not in out and "\x9b" not in out
    assert "\\x1b[31mred\\x1b[0m" in out and "two\\nlines\\x9b" in out
    status, out, _ = run(capsys, "--target", url(tiny, "ansi"), "listaccts")
    assert ANSI not in out and "\x9b" not in out
    assert json.loads(out)["acct"][0]["note"] == "two\nlines\x9b"  # JSON stays exact
    status, _, err = run(capsys, "--target", url(tiny, "ansi-fail"), "listaccts")
    assert status == 1
    assert ANSI not in err and "\\x1b[2Jscreen wiped" in err


@pytest.mark.parametrize("variable", ["WHM_API_TOKEN", "WHM_PASSWORD"])
def test_secrets_never_reach_the_output(
    capsys: pytest.CaptureFixture[str],
    tiny: TinyServer,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
) -> None:
    credential = "S3cret-credential-8c41f"
    password = "hunter2-argument-77ab"
    monkeypatch.setenv(variable, credential)
    commands = [
        # The server echoes the Authorization header and every argument back.
        (["--target", url(tiny, "echo-fail"), "passwd", "user=bob", f"password={password}"], 1),
        (
            [
                "--target",
                url(tiny, "echo-fail"),
                "--envelope",
                "passwd",
                "user=bob",
                f"password={password}",
            ],
            1,
        ),
        (["--target", url(tiny, "echo-403"), "passwd", "user=bob", f"password={password}"], 3),
        (["--target", url(tiny, "echo-warn"), "passwd", "user=bob", f"password={password}"], 0),
        # Typing mistakes must not repeat what was typed.
        (["--target", url(tiny, "echo"), "passwd", "user=bob", password], 2),
        (["--target", url(tiny, "echo"), f"password={password}"], 2),
        (["--target", url(tiny, "echo"), "passwd", f"--password={password}"], 2),
        (["--target", "ftp://nowhere", "passwd", f"password={password}"], 2),
    ]
    for argv, expected in commands:
        status, out, err = run(capsys, *argv)
        assert status == expected, (argv, err)
        assert credential not in out + err, argv
        assert password not in out + err, argv
    # ...and the server really was sent (and echoed) both, so the checks above mean something.
    assert any(password in str(seen["arguments"]) for seen in tiny.seen)

    done = run_subprocess(
        "--target",
        url(tiny, "echo-fail"),
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
    capsys: pytest.CaptureFixture[str], tiny: TinyServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("rich")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    _pretend_terminal(monkeypatch)
    status, out, _ = run(capsys, "--target", url(tiny, "ansi"), "listaccts", "--table")
    assert status == 0
    assert "─" in out  # rich's rule under the header, not the plain table's dashes
    assert "---" not in out
    assert "\\x1b[31mred\\x1b[0m" in out  # cells are text, not rich markup or escapes


def test_rich_tables_are_redacted_too(
    capsys: pytest.CaptureFixture[str], tiny: TinyServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("rich")
    monkeypatch.setenv("WHM_API_TOKEN", "T0ken-in-a-table-4411")
    _pretend_terminal(monkeypatch)
    status, out, _ = run(capsys, "--target", url(tiny, "echo-warn"), "listaccts", "--table")
    assert status == 0
    assert "[redacted]" in out and "T0ken-in-a-table-4411" not in out


def test_plain_table_on_a_terminal_without_rich(
    capsys: pytest.CaptureFixture[str], tiny: TinyServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "rich", None)  # import rich -> ImportError
    _pretend_terminal(monkeypatch)
    status, out, _ = run(capsys, "--target", url(tiny, "ansi"), "listaccts", "--table")
    assert status == 0
    assert out.splitlines()[0].split() == ["user", "note"]
    assert set(out.splitlines()[1].replace(" ", "")) == {"-"}


def test_pip_installs_the_console_script() -> None:
    """``pip install`` puts ``whm-api`` next to the interpreter (pyproject's [project.scripts])."""
    script = Path(sys.executable).parent / "whm-api"
    assert script.exists(), "reinstall with pip install -e '.[dev]'"
    done = subprocess.run(
        [str(script), "--list", "get_user_email_forward"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["get_user_email_forward_destination", "read-only"]
