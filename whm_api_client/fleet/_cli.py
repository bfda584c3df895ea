"""``whm-api --fleet INVENTORY [--hosts TAG_OR_NAME] FUNCTION [KEY=VALUE ...]``: one call on
every host of an inventory.

Output on stdout: one JSON line per host as it answers (by default), or a table (``--table``)
or CSV (``--csv``) of every host's records, with a ``host`` column first. A progress bar
goes to stderr when stderr is a terminal (rich's when installed, plain text otherwise),
then one summary line.

Exit status: 0 every host ok; 1 some hosts answered with a failure (WHM's, HTTP's or an
unusable reply); 3 some hosts couldn't be reached or called (connect, TLS, timeout, an
unreadable credential), whatever the others did; 2 usage or inventory error.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO

import anyio

from ..cli import (
    EXIT_API_FAILURE,
    EXIT_OK,
    EXIT_TRANSPORT,
    EXIT_USAGE,
    PROG,
    _argv_secrets,
    _cell,
    _check_arguments,
    _env_secrets,
    _known,
    _LogHandler,
    _Output,
    _parse_arguments,
    _Parser,
    _plain_table,
    _printable,
    _reader_gone,
    _records,
    _rich_table,
    _seconds,
    _unknown_function,
    _UsageError,
)
from ..errors import WhmConfigError, WhmError
from ..wire import FUNCTION_NAME, redact
from ._fleet import HostResult, WhmFleet, _read_only
from ._inventory import FleetHost

__all__ = ["main"]

_EPILOG = """\
inventory (TOML; docs/guide/fleet.md has every key):
  [[hosts]]
  name = "web1"
  host = "web1.example.com"
  token_env = "WEB1_TOKEN"      # or token_file, password_env, password_file
  tags = ["eu"]

output:
  JSON lines by default, one per host as it answers:
    {"host": "web1", "status": "ok", "elapsed": 0.042, "data": {...}}
    {"host": "web2", "status": "unreachable", "elapsed": 10.0, "error": {"type": ..., "message": ...}}
  --table / --csv: every host's records (the list in the reply's data), host first

exit status:
  0 every host ok, 1 some hosts reported a failure, 3 some hosts unreachable,
  2 usage or inventory error

examples:
  whm-api --fleet fleet.toml version
  whm-api --fleet fleet.toml --hosts eu --table listaccts --columns user,domain
  whm-api --fleet fleet.toml --hosts web3 --allow-changes suspendacct user=bob
"""


def _build_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        usage=f"{PROG} --fleet INVENTORY [--hosts TAG_OR_NAME] [options] FUNCTION [KEY=VALUE ...]",
        description="Call a WHM API 1 function on every host of an inventory.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=False,
        allow_abbrev=False,
    )
    parser.add_argument("words", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("-h", "--help", action="store_true", help="this help")
    parser.add_argument("--fleet", required=True, metavar="INVENTORY", help="the inventory file")
    parser.add_argument(
        "--hosts",
        action="append",
        default=[],
        metavar="TAG_OR_NAME",
        help="only these hosts, by name or tag (repeat, or separate with commas)",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--table", action="store_true", help="a table of every host's records")
    output.add_argument("--csv", action="store_true", help="CSV of every host's records")
    parser.add_argument(
        "--columns", metavar="A,B,...", help="columns for --table/--csv (host comes first)"
    )
    parser.add_argument(
        "--concurrency", type=_count, default=100, metavar="N", help="calls in flight (100)"
    )
    parser.add_argument(
        "--per-host", type=_count, default=2, metavar="N", help="calls in flight per host (2)"
    )
    parser.add_argument(
        "--host-timeout", type=_seconds, metavar="SECONDS", help="time each host gets"
    )
    parser.add_argument(
        "--allow-changes",
        action="store_true",
        help="allow a function that changes state (run one at a time per host)",
    )
    parser.add_argument(
        "--allow-unknown", action="store_true", help="call a function the bundled spec lacks"
    )
    parser.add_argument(
        "--http-backend",
        choices=("httpx", "aiohttp"),
        help="the transport (default: WHM_HTTP_BACKEND, else httpx); on trio, httpx's own",
    )
    parser.add_argument("--backend", choices=("asyncio", "trio"), default="asyncio")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("-v", "--verbose", action="store_true", help="log each request")
    return parser


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, got {text!r}")
    return int(text)


# ---------------------------------------------------------------------- progress


class _Progress:
    """Hosts done out of all, on stderr; rich's bar when installed, else a plain line."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self._rich: Any = None
        self._task: Any = None
        self._plain = False
        if not enabled:
            return
        try:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
        except ImportError:
            self._plain = True
            return
        self._rich = Progress(
            "hosts",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(file=sys.stderr),
            transient=True,
            # Output lines go where they were meant to: through the bar's console only when
            # stdout is the same terminal; to the pipe or file otherwise.
            redirect_stdout=sys.stdout.isatty(),
            redirect_stderr=False,
        )
        self._task = self._rich.add_task("hosts", total=total)

    def __enter__(self) -> _Progress:
        if self._rich is not None:
            self._rich.start()
        self._draw()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._rich is not None:
            self._rich.stop()
        elif self._plain:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()

    def advance(self) -> None:
        self.done += 1
        if self._rich is not None:
            self._rich.update(self._task, completed=self.done)
        self._draw()

    def write(self, out: TextIO, line: str) -> None:
        """A line of output, kept clear of the plain bar (rich moves its own)."""
        if self._plain:
            sys.stderr.write("\r\x1b[K")
        out.write(line + "\n")
        out.flush()
        self._draw()

    def _draw(self) -> None:
        if not self._plain:
            return
        width = 30
        filled = width * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r[{bar}] {self.done}/{self.total} hosts")
        sys.stderr.flush()


# ---------------------------------------------------------------------- output


def _json_line(result: HostResult) -> dict[str, Any]:
    line: dict[str, Any] = {
        "host": result.host,
        "status": result.status,
        "elapsed": round(result.elapsed, 4),
    }
    if result.error is None:
        line["data"] = result.data
    else:
        line["error"] = {"type": type(result.error).__name__, "message": str(result.error)}
    return line


def _rows(results: Sequence[HostResult]) -> list[dict[str, Any]]:
    """One row per record of each host's data (host first); a failed host gets one row."""
    rows: list[dict[str, Any]] = []
    for result in results:
        if result.error is not None:
            rows.append(
                {"host": result.host, "error": f"{type(result.error).__name__}: {result.error}"}
            )
            continue
        records = _records(result.data)
        if records is None:
            rows.append({"host": result.host, "data": result.data})
            continue
        for record in records:
            fields = record if isinstance(record, dict) else {"value": record}
            rows.append({"host": result.host, **{k: v for k, v in fields.items() if k != "host"}})
    return rows


def _header(rows: list[dict[str, Any]], columns: list[str] | None) -> list[str]:
    if columns:
        failed = ["error"] if any("error" in row for row in rows) else []
        return ["host", *(name for name in columns if name not in ("host", "error")), *failed]
    return list(dict.fromkeys(["host", *(key for row in rows for key in row)]))


def _print_records(
    results: Sequence[HostResult], options: argparse.Namespace, output: _Output
) -> None:
    rows = _rows(results)
    header = _header(rows, options.columns)
    cells = [[redact(_cell(row.get(name)), output.secrets) for name in header] for row in rows]
    if options.csv:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(cells)
        output.out(buffer.getvalue().rstrip("\n"))
        return
    header = [_printable(name) for name in header]
    if sys.stdout.isatty() and _rich_table(header, cells, sys.stdout):
        return
    output.out(_plain_table(header, cells))


def _summary(results: Sequence[HostResult], seconds: float) -> tuple[str, int]:
    counts = {status: 0 for status in ("ok", "failed", "unreachable")}
    for result in results:
        counts[result.status] += 1
    text = (
        f"{len(results)} hosts: {counts['ok']} ok, {counts['failed']} failed, "
        f"{counts['unreachable']} unreachable ({seconds:.2f}s)"
    )
    if counts["unreachable"]:
        return text, EXIT_TRANSPORT
    return text, EXIT_API_FAILURE if counts["failed"] else EXIT_OK


# ---------------------------------------------------------------------- the run


def _host_secrets(hosts: Sequence[FleetHost]) -> list[str]:
    """Every readable credential, to redact from what is printed."""
    secrets: list[str] = []
    for host in hosts:
        try:
            auth = host.credential.auth(host.user)
        except WhmConfigError:
            continue  # that host's call will report it
        secrets.extend(auth._secrets)
    return secrets


async def _run(
    fleet: WhmFleet,
    function: str,
    arguments: dict[str, Any],
    options: argparse.Namespace,
    output: _Output,
    progress: _Progress,
) -> list[HostResult]:
    results: list[HostResult] = []
    async with (
        fleet,
        fleet.stream(
            function,
            concurrency=options.concurrency,
            per_host=options.per_host,
            host_timeout=options.host_timeout,
            allow_changes=options.allow_changes,
            **arguments,
        ) as stream,
    ):
        async for result in stream:
            results.append(result)
            progress.advance()
            if not (options.table or options.csv):
                progress.write(
                    sys.stdout,
                    redact(
                        json.dumps(_json_line(result), ensure_ascii=False, default=str),
                        output.secrets,
                    ),
                )
    order = {host.name: n for n, host in enumerate(fleet.hosts)}
    return sorted(results, key=lambda result: order[result.host])


def main(argv: Sequence[str]) -> int:
    """``whm-api --fleet ...``; returns the exit status."""
    output = _Output([*_argv_secrets(argv), *_env_secrets()])
    parser = _build_parser()
    logs = _LogHandler.attach(output)
    try:
        options = parser.parse_intermixed_args(argv)
        if options.help:
            output.out(parser.format_help().rstrip())
            return EXIT_OK
        if options.verbose:
            logs.verbose()
        if options.columns is not None:
            if not (options.table or options.csv):
                options.table = True
            options.columns = [name.strip() for name in options.columns.split(",") if name.strip()]
        if not options.words:
            raise _UsageError("a FUNCTION to call is missing")
        function, *words = options.words
        if not FUNCTION_NAME.match(function):
            raise _UsageError(f"not a WHM function name: {function!r}")
        if not _known(function) and not options.allow_unknown:
            raise _UsageError(_unknown_function(function, callable_anyway=True))
        if not _read_only(function) and not options.allow_changes:
            raise _UsageError(
                f"{function} may change state on every selected host: add --allow-changes "
                "to mean it (it then runs one call at a time per host)"
            )
        if options.backend == "trio":
            try:
                import trio  # noqa: F401
            except ImportError:
                raise _UsageError("--backend trio needs trio: pip install trio") from None
        arguments = _parse_arguments(words)
        if _known(function) and not options.allow_unknown:
            _check_arguments(function, arguments)  # as for one server: before anything is sent
        selectors = [s.strip() for group in options.hosts for s in group.split(",") if s.strip()]
        try:
            fleet = WhmFleet.from_inventory(
                options.fleet, hosts=selectors, http_backend=options.http_backend
            )
        except WhmConfigError as exc:
            output.err(str(exc))
            return EXIT_USAGE
        hosts = fleet.hosts
        output.secrets += tuple(_host_secrets(hosts))
        show = sys.stderr.isatty() and not options.no_progress
        started = time.perf_counter()
        try:
            with _Progress(len(hosts), show) as progress:
                results = anyio.run(
                    _run,
                    fleet,
                    function,
                    arguments,
                    options,
                    output,
                    progress,
                    backend=options.backend,
                )
        except WhmConfigError as exc:  # arguments no host could take
            output.err(str(exc))
            return EXIT_USAGE
        if options.table or options.csv:
            _print_records(results, options, output)
        for result in results:
            if result.error is not None and (options.table or options.csv):
                output.err(f"{result.host}: {result.error}")
        text, status = _summary(results, time.perf_counter() - started)
        output.err(text)
        return status
    except _UsageError as exc:
        sys.stderr.write(redact(parser.format_usage(), output.secrets))
        output.err(f"error: {exc}")
        return EXIT_USAGE
    except WhmError as exc:  # pragma: no cover - every host's error is in its result
        output.err(str(exc))
        return EXIT_TRANSPORT
    except KeyboardInterrupt:
        output.err("interrupted")
        return 130
    except BaseExceptionGroup as group:
        # On trio, Ctrl-C can land in any task: one host's call inside the fleet's groups.
        if group.subgroup(KeyboardInterrupt) is None:
            raise
        output.err("interrupted")
        return 130
    except BrokenPipeError:
        return _reader_gone()
    finally:
        logs.detach()
