"""Run Stoplight Prism as a local mock of WHM API 1, for the tests and for humans.

Prism serves every operation in the OpenAPI spec, validates requests against it (missing
required parameters give 422, a missing ``Authorization`` header gives 401) and answers with
schema-shaped JSON, so the client can be exercised without a real WHM host.  Prism is a Node
package pinned in ``package.json``/``package-lock.json``; ``npm ci`` at the repo root installs it.

Prism mounts the spec's paths at ``/``, ignoring the path of the spec's ``servers`` entries, so
function ``NAME`` is served at ``{base_url}/NAME`` (a namespaced one at ``{base_url}/NS/NAME``).

The spec declares ``metadata.result`` as WHM sends it, 0 or 1 as a number or a string, so
even dynamic replies never carry another value. A reply may still be a failure (0);
``--success-only`` serves a copy of the spec whose result is always 1 (or "1"), for runs
that call every function and expect each call to succeed (the contract test).

Prism's output goes to a log file in ``.cache/whm-mock/`` at the repo root (gitignored),
one per start, named ``prism-PORT-TIME.log``; only the newest :data:`KEEP_LOGS` are kept.
The Node.js version the tests run on, and the one the README asks for, is
:data:`NODE_VERSION` (Prism itself accepts 18.20 and later).

Command line (foreground, Ctrl-C stops it)::

    python scripts/mock_server.py [--spec whm.openapi.yaml] [--port N] [--dynamic] [--seed N]
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import deque
from pathlib import Path
from types import FrameType, TracebackType
from typing import IO, Any, Self

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO_ROOT / "whm.openapi.yaml"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_TIMEOUT = 60.0
# Where Prism's logs (and a success-only spec while it is served) go, and how many logs stay.
LOG_DIR = REPO_ROOT / ".cache" / "whm-mock"
KEEP_LOGS = 10
# The Node.js major version the tests are run with (package.json's "engines" says the same).
NODE_VERSION = 20
NODE_NEEDED = f"Node.js {NODE_VERSION} or later"
# A cheap, parameter-free operation: any HTTP answer to it proves Prism has loaded the spec.
READY_PATH = "/accept_eula?api.version=1"
# Prism rejects requests without an Authorization header (401), whatever its value.
MOCK_AUTHORIZATION = "whm root:mock-token"

# What success_only puts in place of the spec's Metadata.result schema (0 or 1, as a number
# or a string): success only, in both of the forms cpsrvd sends it.
SUCCESS_RESULT_SCHEMA: dict[str, Any] = {
    "anyOf": [{"type": "integer", "enum": [1]}, {"type": "string", "enum": ["1"]}],
    "example": 1,
}

_STOP_GRACE_SECONDS = 5.0
_PORT_ATTEMPTS = 3


def find_prism(root: Path = REPO_ROOT) -> Path | None:
    """Return the repo-local Prism executable, or None if node or ``npm ci`` is missing.

    Only the pinned local install is used, never a global ``prism``, so every machine mocks
    with the same Prism version.
    """
    if shutil.which("node") is None:
        return None
    prism = root / "node_modules" / ".bin" / "prism"
    return prism if prism.exists() else None


def ensure_node_modules(root: Path = REPO_ROOT) -> Path | None:
    """Install Prism with ``npm ci`` if needed; return its path, or None without node/npm.

    ``npm ci`` (not ``npm install``) so the committed lock file is honoured exactly.  Raises
    RuntimeError, with npm's output, if npm is present but the install fails.
    """
    prism = find_prism(root)
    if prism is not None:
        return prism
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None
    result = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund"],
        cwd=root,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise RuntimeError(f"`npm ci` failed in {root} (exit {result.returncode}):\n{output}")
    return find_prism(root)


def write_success_only_spec(spec: Path, directory: Path | str | None = None) -> Path:
    """Write a copy of ``spec`` whose ``Metadata.result`` can only be 1 or "1"; return its path.

    The copy is JSON (which Prism reads as well as YAML) in a new temporary file; the caller
    deletes it.  All the spec's ``$ref``s are internal, so the copy's location doesn't matter.
    Raises ValueError if the spec has no ``components.schemas.Metadata.properties.result``.
    """
    import yaml  # dev dependency (pyproject's dev extra); only this option needs it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with spec.open("rb") as source:
        document = yaml.load(source, Loader=loader)
    try:
        properties = document["components"]["schemas"]["Metadata"]["properties"]
    except (KeyError, TypeError):
        properties = None
    if not isinstance(properties, dict) or "result" not in properties:
        raise ValueError(f"{spec} has no components.schemas.Metadata.properties.result")
    properties["result"] = dict(SUCCESS_RESULT_SCHEMA)
    fd, name = tempfile.mkstemp(prefix="whm-success-only-", suffix=".json", dir=directory)
    with os.fdopen(fd, "w", encoding="utf-8") as target:
        json.dump(document, target)
    return Path(name)


def new_log(port: int, directory: Path = LOG_DIR, keep: int = KEEP_LOGS) -> Path:
    """A new, empty log file for a Prism on ``port`` in ``directory``; older logs beyond the
    newest ``keep`` (this one included) are deleted, so they never pile up."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    fd, name = tempfile.mkstemp(prefix=f"prism-{port}-{stamp}-", suffix=".log", dir=directory)
    os.close(fd)
    path = Path(name)
    logs = sorted(directory.glob("prism-*.log"), key=lambda log: log.stat().st_mtime_ns)
    for old in [log for log in logs if log != path][: max(0, len(logs) - keep)]:
        old.unlink(missing_ok=True)
    return path


def free_port(host: str = DEFAULT_HOST) -> int:
    """Ask the OS for a currently unused TCP port (bind to port 0, then release it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


class PrismMockServer:
    """A Prism mock server in a child process; use as ``with PrismMockServer() as server:``.

    Prism runs in its own process group so that stopping it also ends anything it spawned.
    Its output goes to a log file (kept after stop, for post-mortems) rather than a pipe,
    which could fill up and block Prism.
    """

    def __init__(
        self,
        spec: Path | str = DEFAULT_SPEC,
        *,
        port: int | None = None,
        host: str = DEFAULT_HOST,
        dynamic: bool = False,
        seed: int | None = None,
        success_only: bool = False,
        prism: Path | str | None = None,
        log_path: Path | str | None = None,
        startup_timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        """Configure the server; nothing starts until ``start()`` or ``with``.

        ``seed`` implies ``dynamic``: Prism only uses it for generated (``-d``) responses.
        ``success_only`` makes every reply's ``metadata.result`` 1 or "1" (see the module
        docstring).
        ``port=None`` picks a free port.  ``prism=None`` uses the repo-local install.
        """
        self.spec = Path(spec)
        self.success_only = success_only
        self._served_spec: Path | None = None
        self.host = host
        self.dynamic = dynamic or seed is not None
        self.seed = seed
        self.startup_timeout = startup_timeout
        self._requested_port = port
        self._prism = Path(prism) if prism is not None else None
        self._requested_log = Path(log_path) if log_path is not None else None
        self._port: int | None = None
        self._log_path: Path | None = None
        self._log_file: IO[bytes] | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._command: list[str] = []

    @property
    def port(self) -> int:
        """The TCP port Prism listens on (only known once started)."""
        if self._port is None:
            raise RuntimeError("PrismMockServer is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT``; WHM function ``NAME`` is at ``{base_url}/NAME``."""
        return f"http://{self.host}:{self.port}"

    @property
    def pid(self) -> int | None:
        """PID (and process group id) of the Prism process, or None when not running."""
        return self._process.pid if self._process is not None else None

    def is_running(self) -> bool:
        """Whether the Prism process is alive."""
        return self._process is not None and self._process.poll() is None

    @property
    def returncode(self) -> int | None:
        """Prism's exit status once it has exited on its own, else None."""
        return self._process.poll() if self._process is not None else None

    @property
    def log_path(self) -> Path | None:
        """File holding Prism's stdout and stderr."""
        return self._log_path

    def command(self, port: int) -> list[str]:
        """The Prism command line for ``port``."""
        prism = self._prism or find_prism()
        if prism is None:
            raise RuntimeError(
                f"Prism not found: install {NODE_NEEDED} and run `npm ci` in "
                f"{REPO_ROOT} (see package.json)"
            )
        served = self._served_spec or self.spec
        cmd = [str(prism), "mock", str(served), "-h", self.host, "-p", str(port)]
        if self.dynamic:
            cmd.append("-d")
        if self.seed is not None:
            cmd += ["--seed", str(self.seed)]
        return cmd

    def start(self) -> Self:
        """Start Prism and block until it answers HTTP; raise RuntimeError if it does not."""
        if self._process is not None:
            raise RuntimeError("PrismMockServer is already started")
        if not self.spec.is_file():
            raise FileNotFoundError(f"OpenAPI spec not found: {self.spec}")
        if self.success_only:
            LOG_DIR.mkdir(parents=True, exist_ok=True)
            self._served_spec = write_success_only_spec(self.spec, LOG_DIR)
        # A port picked by free_port() can be taken by someone else before Prism binds it;
        # retry with a fresh one in that case rather than fail the whole test session.
        attempts = 1 if self._requested_port is not None else _PORT_ATTEMPTS
        for attempt in range(1, attempts + 1):
            port = self._requested_port or free_port(self.host)
            self._spawn(port)
            try:
                self._wait_ready()
                return self
            except RuntimeError:
                in_use = "EADDRINUSE" in self.log_tail()
                self._stop_process()
                if not (in_use and attempt < attempts):
                    self._remove_served_spec()
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _spawn(self, port: int) -> None:
        cmd = self.command(port)
        if self._requested_log is not None:
            self._log_path = self._requested_log
            self._log_path.parent.mkdir(parents=True, exist_ok=True)
        else:
            self._log_path = new_log(port)
        self._log_file = self._log_path.open("wb")
        self._port = port
        self._command = cmd
        self._process = subprocess.Popen(
            cmd,
            cwd=REPO_ROOT,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: stop() can signal the whole group
        )
        atexit.register(self.stop)

    def _wait_ready(self) -> None:
        """Poll TCP connect then an HTTP request until Prism answers, exits, or times out."""
        process = self._process
        assert process is not None
        deadline = time.monotonic() + self.startup_timeout
        while True:
            code = process.poll()
            if code is not None:
                raise RuntimeError(
                    f"Prism exited with code {code} before becoming ready.\n{self._describe()}"
                )
            if self._answers_http():
                return
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"Prism was not ready within {self.startup_timeout:g} s.\n{self._describe()}"
                )
            time.sleep(0.1)

    def _answers_http(self) -> bool:
        try:
            with socket.create_connection((self.host, self.port), timeout=1.0):
                pass
        except OSError:
            return False
        request = urllib.request.Request(
            self.base_url + READY_PATH, headers={"Authorization": MOCK_AUTHORIZATION}
        )
        try:
            with urllib.request.urlopen(request, timeout=5.0):
                return True
        except urllib.error.HTTPError:
            return True  # any HTTP status means Prism is serving the spec
        except (OSError, ValueError):
            return False

    def _describe(self) -> str:
        cmd = " ".join(self._command)
        return f"command: {cmd}\nlog: {self._log_path}\n--- log tail ---\n{self.log_tail()}"

    def log_tail(self, lines: int = 40) -> str:
        """The last ``lines`` lines of Prism's log (empty if there is none yet)."""
        if self._log_path is None or not self._log_path.exists():
            return ""
        with self._log_path.open(encoding="utf-8", errors="replace") as log:
            return "".join(deque(log, maxlen=lines))

    def stop(self) -> None:
        """Stop Prism and delete a derived spec it served.  Idempotent."""
        self._stop_process()
        self._remove_served_spec()

    def _remove_served_spec(self) -> None:
        served, self._served_spec = self._served_spec, None
        if served is not None:
            served.unlink(missing_ok=True)

    def _stop_process(self) -> None:
        """SIGTERM Prism's process group, then SIGKILL if it lingers."""
        process, self._process = self._process, None
        atexit.unregister(self.stop)
        if process is not None:
            if process.poll() is None:
                self._signal_group(process, signal.SIGTERM)
                try:
                    process.wait(timeout=_STOP_GRACE_SECONDS)
                except subprocess.TimeoutExpired:
                    self._signal_group(process, signal.SIGKILL)
                    process.wait()
            # The leader may be gone while a child it spawned still holds the group.
            self._signal_group(process, signal.SIGKILL)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    @staticmethod
    def _signal_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
        try:
            if sys.platform == "win32":  # no process groups; signal the process itself
                process.send_signal(sig)
            else:
                os.killpg(process.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    """Run Prism in the foreground until Ctrl-C (or SIGTERM); return the exit status."""
    parser = argparse.ArgumentParser(description="Run the Prism mock server for WHM API 1.")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI spec file")
    parser.add_argument("--port", type=int, default=None, help="port (default: a free one)")
    parser.add_argument("--dynamic", action="store_true", help="random schema-valid responses")
    parser.add_argument("--seed", type=int, default=None, help="seed for --dynamic (implies it)")
    parser.add_argument(
        "--success-only",
        action="store_true",
        help='serve a derived spec whose metadata.result is always 1 or "1" (no failures)',
    )
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="startup timeout")
    args = parser.parse_args(argv)

    try:
        prism = ensure_node_modules()
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 1
    if prism is None:
        print(f"node/npm not found: install {NODE_NEEDED}, then `npm ci`.", file=sys.stderr)
        return 1

    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_sigterm)
    server = PrismMockServer(
        args.spec,
        port=args.port,
        dynamic=args.dynamic,
        seed=args.seed,
        success_only=args.success_only,
        prism=prism,
        startup_timeout=args.timeout,
    )
    try:
        with server:
            print(f"Prism mock of {args.spec} at {server.base_url}", flush=True)
            print(
                f"e.g. curl -H 'Authorization: {MOCK_AUTHORIZATION}' "
                f"'{server.base_url}{READY_PATH}'",
                flush=True,
            )
            print(f"log: {server.log_path}  (Ctrl-C to stop)", flush=True)
            while server.is_running():
                time.sleep(0.5)
            print(
                f"Prism exited unexpectedly (exit {server.returncode}).\n{server.log_tail()}",
                file=sys.stderr,
            )
            return 1
    except (RuntimeError, FileNotFoundError) as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("stopped", flush=True)
        return 0


if __name__ == "__main__":
    sys.exit(main())
