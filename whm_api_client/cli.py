"""``whm-api``: call any WHM API 1 function from a shell, like ``whmapi1`` but remotely.

    whm-api listaccts searchtype=user search=bob       # JSON of the reply's data
    whm-api listsuspended --table                      # records as a text table
    whm-api --list 'ssl*'                              # which functions exist
    whm-api simulate --port 2087                       # serve a simulated WHM for tests
    whm-api --fleet fleet.toml --hosts eu version      # every host of an inventory
    whm-api doctor                                     # check the target step by step
    whm-api trust whm.example.com                      # trust its own certificate
    whm-api createacct --help                          # one function's arguments

Arguments go through :meth:`WhmClient.call` under their WHM names; a repeated key
becomes a list. Names and allowed values are checked against the bundled spec first
(``--allow-unknown`` sends what it doesn't list, for a newer server). The target and
credentials come from the ``WHM_*`` environment variables (``--target`` overrides the
target), never from the command line, so secrets stay out of shell history and process
listings.

Exit status: 0 success, 1 WHM reported failure, 2 usage or configuration error,
3 transport, HTTP or reply error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn, TextIO

import anyio

from .client import WhmClient, __version__
from .errors import WhmApiError, WhmConfigError, WhmError
from .functions import index, lookup, module_of, url_name
from .targets import Target
from .wire import FUNCTION_NAME, SENSITIVE_ARGUMENT, redact

__all__ = ["EXIT_API_FAILURE", "EXIT_OK", "EXIT_TRANSPORT", "EXIT_USAGE", "main"]

PROG = "whm-api"
EXIT_OK = 0
EXIT_API_FAILURE = 1
EXIT_USAGE = 2
EXIT_TRANSPORT = 3

# C0/C1 control characters (ESC starts ANSI sequences): server text must not drive the terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_C1 = re.compile(r"[\x7f-\x9f]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

_EPILOG = """\
arguments:
  KEY=VALUE      a WHM argument by its WHM name; repeat a key for a list
                 (command=a command=b); api.filter.* / api.sort.* work too.
                 Names and values the bundled spec doesn't allow are refused
                 (--allow-unknown sends them, for a newer server)

environment:
  WHM_TARGET     a WHM server's URL (/json-api is added), docs-mock, or
                 mock:URL for a mock server of the spec
  WHM_HOST, WHM_PORT
                 a WHM server (port 2087 by default), when WHM_TARGET is unset
  WHM_USER       default root
  WHM_API_TOKEN  API token (preferred), or WHM_PASSWORD
  WHM_CA_BUNDLE  PEM file to trust, e.g. the server's self-signed certificate
  WHM_PIN_SHA256 the server certificate's SHA-256 fingerprint, to pin it

exit status:
  0 success, 1 WHM reported failure, 2 usage or configuration error,
  3 transport, HTTP or reply error

examples:
  whm-api listaccts searchtype=user search=bob
  whm-api listsuspended --table
  whm-api listaccts --columns user,domain,plan
  whm-api --list 'ssl*'      functions with ssl in their name
  whm-api get_user_email_forward_destination --help
  whm-api simulate --help     a simulated WHM server for tests
  whm-api --fleet fleet.toml --help
                              one call on many servers (docs/guide/fleet.md)
  whm-api doctor --help       check the target: name, port, TLS, credentials, version
  whm-api trust --help        fetch a server's certificate to trust or pin it
"""


class _UsageError(Exception):
    """A command line we can't run; exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _build_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        usage=f"{PROG} [options] FUNCTION [KEY=VALUE ...]\n"
        f"       {PROG} --list [PATTERN]\n"
        f"       {PROG} FUNCTION --help",
        description="Call a WHM API 1 function on a WHM server (or a mock) and print the reply.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=False,
        allow_abbrev=False,
    )
    parser.add_argument("words", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument(
        "-h", "--help", action="store_true", help="this help, or FUNCTION's arguments"
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--list",
        nargs="?",
        const="",
        default=None,
        metavar="PATTERN",
        dest="list_pattern",
        help="list functions whose name contains PATTERN (* and ? are wildcards)",
    )
    parser.add_argument(
        "--target",
        metavar="TARGET",
        help="a server's URL, docs-mock or mock:URL (default: from WHM_* variables)",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="connect/read/write timeout (default: 10s to connect, 300s to read)",
    )
    output = parser.add_argument_group("output (JSON of the reply's data by default)")
    output.add_argument(
        "--envelope", action="store_true", help="print the whole envelope, metadata included"
    )
    output.add_argument("--table", action="store_true", help="print a list of records as a table")
    output.add_argument(
        "--columns", metavar="A,B,...", help="table columns to show, in order (implies --table)"
    )
    parser.add_argument(
        "--allow-unknown",
        action="store_true",
        help="send a function, argument or value the bundled spec doesn't list "
        "(e.g. for a newer server)",
    )
    parser.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow a plain http:// target that isn't on this machine "
        "(credentials cross the network unencrypted)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log each request (method and URL)"
    )
    return parser


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value


# ---------------------------------------------------------------------- output helpers


def _printable(text: str) -> str:
    """Text with control characters shown as escapes, so replies can't drive the terminal."""
    return _CONTROL.sub(lambda m: _ESCAPES.get(m.group(), f"\\x{ord(m.group()):02x}"), text)


def _to_json(value: Any) -> str:
    # json.dumps escapes C0 controls itself; C1 ones (0x9b is a one-byte CSI) only appear
    # inside strings, where a \\u escape is equally valid JSON.
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _Output:
    """Where the CLI writes; every line passes through redaction of the known secrets."""

    def __init__(self, secrets: Iterable[str]) -> None:
        self.secrets = tuple(secrets)

    def out(self, text: str) -> None:
        sys.stdout.write(redact(text, self.secrets) + "\n")

    def err(self, text: str) -> None:
        sys.stderr.write(f"{PROG}: {_printable(redact(text, self.secrets))}\n")


class _LogHandler(logging.Handler):
    """Library log records (server warnings, -v request lines) to stderr, redacted, for
    the time of one command: ``attach`` it, ``detach`` it at the end. Each record is
    printed once: a ``WHM_LOG`` handler is set aside meanwhile (its level is kept)."""

    def __init__(self, output: _Output) -> None:
        from .observe import EnvLogHandler

        super().__init__()
        self._output = output
        self._logger = logging.getLogger("whm_api_client")
        self._saved_level = self._logger.level
        self._aside = [h for h in self._logger.handlers if isinstance(h, EnvLogHandler)]

    @classmethod
    def attach(cls, output: _Output) -> _LogHandler:
        handler = cls(output)
        for other in handler._aside:
            handler._logger.removeHandler(other)
        handler._logger.addHandler(handler)
        return handler

    def verbose(self) -> None:
        self._logger.setLevel(logging.DEBUG)

    def detach(self) -> None:
        self._logger.removeHandler(self)
        for other in self._aside:
            self._logger.addHandler(other)
        self._logger.setLevel(self._saved_level)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._output.err(record.getMessage())
        except Exception:  # pragma: no cover - logging must never break the call
            self.handleError(record)


def _argv_secrets(argv: Sequence[str]) -> list[str]:
    """Values of sensitive names anywhere on the command line (``password=x``, ``--token=x``)."""
    found = []
    for word in argv:
        name, sep, value = word.partition("=")
        if sep and value and SENSITIVE_ARGUMENT.search(name.lstrip("-")):
            found.append(value)
    return found


def _env_secrets() -> list[str]:
    return [os.environ[name] for name in ("WHM_API_TOKEN", "WHM_PASSWORD") if os.environ.get(name)]


# ---------------------------------------------------------------------- the spec's index


def _known(function: str) -> bool:
    """Whether the bundled spec has ``function`` (``is_ready`` or ``EcosystemFeatures/is_ready``)."""
    return FUNCTION_NAME.match(function) is not None and lookup(function)[1] is not None


def _operation(function: str) -> Any:
    info = lookup(function)[1]
    assert info is not None  # callers check _known first
    return module_of(info)


def _listed_names() -> dict[str, str]:
    """Each function's plain name -> the name to show: ``NAMESPACE/FUNCTION`` if namespaced."""
    return {name: url_name(name, info.namespace) for name, info in sorted(index().items())}


def _unknown_function(function: str, *, callable_anyway: bool) -> str:
    import difflib

    message = f"{function!r} is not a function in the bundled WHM spec"
    close = difflib.get_close_matches(function, list(_listed_names().values()), n=3, cutoff=0.7)
    if close:
        message += f" (did you mean {', '.join(close)}?)"
    message += f"; `{PROG} --list PATTERN` searches"
    return message + (", --allow-unknown calls it anyway" if callable_anyway else "")


def _list_functions(pattern: str, output: _Output) -> int:
    """The functions whose name holds ``pattern`` anywhere (like grep), where ``*`` and
    ``?`` are wildcards: ``ssl*`` finds installssl and fetch_ssl_vhosts alike."""
    from fnmatch import fnmatchcase

    needle = f"*{pattern.lower()}*"
    names = [
        (name, shown)
        for name, shown in _listed_names().items()
        if fnmatchcase(shown.lower(), needle)
    ]
    if not names:
        output.err(f"no function matches {pattern!r}")
        return EXIT_USAGE
    width = max(len(shown) for _, shown in names)
    for name, shown in names:
        read_only = index()[name].read_only
        output.out(f"{shown:<{width}}  {'read-only' if read_only else 'changes state'}")
    return EXIT_OK


def _describe_type(python_type: str) -> str:
    """The spec's type of an argument; generated Literal aliases become their choices."""
    if python_type == "Any":
        return "any"
    if python_type.startswith("list["):
        return f"{python_type} (repeat the key)"
    if not python_type[:1].isupper():
        return python_type
    try:
        import typing

        from ._generated import models

        choices = typing.get_args(getattr(models, python_type))
    except Exception:  # a model this version can't resolve: show its name
        return python_type
    if not choices:
        return python_type
    return "one of: " + ", ".join(str(choice) for choice in choices)


def _function_help(function: str, output: _Output) -> int:
    operation = _operation(function)
    arguments: dict[str, tuple[str, str, bool]] = getattr(operation, "ARGUMENTS", {})
    lines = [
        f"usage: {PROG} {lookup(function)[0]} [KEY=VALUE ...]",
        "",
        f"  read-only:    {'yes' if operation.READ_ONLY else 'no (changes state on the server)'}",
        f"  HTTP method:  {operation.HTTP_METHOD}",
        f"  docs:         {operation.DOCS_URL}",
        "",
    ]
    if not arguments:
        lines.append("arguments: none")
    else:
        rows = [
            (name, _describe_type(python_type), "yes" if required else "no")
            for name, (_, python_type, required) in sorted(
                arguments.items(), key=lambda item: (not item[1][2], item[0])
            )
        ]
        name_width = max(len("NAME"), *(len(row[0]) for row in rows))
        type_width = max(len("TYPE"), *(len(row[1]) for row in rows))
        lines.append("arguments (WHM names):")
        lines.append(f"  {'NAME':<{name_width}}  {'TYPE':<{type_width}}  REQUIRED")
        lines.extend(f"  {n:<{name_width}}  {t:<{type_width}}  {r}" for n, t, r in rows)
    output.out("\n".join(lines))
    return EXIT_OK


# ---------------------------------------------------------------------- a call


def _parse_arguments(words: Sequence[str]) -> dict[str, str | list[str]]:
    """KEY=VALUE words into call() keywords; a repeated key collects a list."""
    arguments: dict[str, str | list[str]] = {}
    for position, word in enumerate(words, start=1):
        name, sep, value = word.partition("=")
        # The word itself is never echoed: it may be a secret typed without its key.
        if not sep or not name:
            raise _UsageError(
                f"argument {position} after the function is not KEY=VALUE "
                "(repeat a key for a list: command=a command=b)"
            )
        if any(c.isspace() or _CONTROL.match(c) for c in name):
            raise _UsageError(
                f"argument {position}: its name holds whitespace or control characters"
            )
        previous = arguments.get(name)
        if previous is None:
            arguments[name] = value
        elif isinstance(previous, list):
            previous.append(value)
        else:
            arguments[name] = [previous, value]
    return arguments


def _read_json_arguments(function: str, arguments: dict[str, Any]) -> None:
    """For a function that takes a JSON body: a list argument given once is still a list,
    and an object argument (``personalization``) is written as JSON on the command line,
    ``personalization='{"theme": "dark"}'``."""
    operation = _operation(function)
    if getattr(operation, "BODY", "query") != "json":
        return
    for name, (_, python_type, _) in getattr(operation, "ARGUMENTS", {}).items():
        value = arguments.get(name)
        if python_type.startswith("list[") and isinstance(value, str):
            arguments[name] = [value]
        if not python_type.startswith("dict[") or not isinstance(value, str):
            continue
        try:
            arguments[name] = json.loads(value)
        except ValueError:
            arguments[name] = None
        if not isinstance(arguments[name], dict):
            raise _UsageError(f'{name} takes a JSON object, e.g. {name}=\'{{"key": "value"}}\'')


def _make_client(options: argparse.Namespace) -> WhmClient:
    """From the WHM_* variables; ``--target`` overrides the one they name."""
    settings: dict[str, Any] = {}
    if options.timeout is not None:
        settings["timeout"] = options.timeout
    text = options.target or os.environ.get("WHM_TARGET")  # WHM_HOST is always https
    if text and not options.allow_insecure_http:
        target = Target.parse(text)
        if target.is_plain_http and not target.is_loopback:
            where = "--target" if options.target else "WHM_TARGET"
            raise _UsageError(
                f"{where} is plain http:// to a host that isn't this machine: the credentials "
                "would cross the network unencrypted (--allow-insecure-http to insist)"
            )
    return WhmClient.from_env(
        options.target, allow_insecure_http=options.allow_insecure_http, **settings
    )


async def _call(client: WhmClient, function: str, arguments: dict[str, Any]) -> dict[str, Any]:
    async with client:
        return await client.call(function, **arguments)


def _records(data: Any) -> list[Any] | None:
    """The list a table shows: the data itself, the one list inside a dict, or a flat
    dict's items as key/value rows; None when none of these fits."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list)]
        if len(lists) == 1:
            return lists[0]
        if not lists and all(not isinstance(v, dict) for v in data.values()):
            return [{"key": key, "value": value} for key, value in data.items()]
    return None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _printable(value)
    return _printable(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _plain_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))

    out = [line(header), line(["-" * width for width in widths])]
    out.extend(line(row) for row in rows)
    return "\n".join(text.rstrip() for text in out)


def _rich_table(header: list[str], rows: list[list[str]], file: TextIO) -> bool:
    """Draw with rich when it is installed (it is optional); False if it isn't."""
    try:
        from rich import box
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text
    except ImportError:
        return False
    table = Table(box=box.SIMPLE_HEAD, show_edge=False)
    for name in header:
        table.add_column(Text(name), overflow="fold")
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))  # Text: cells are data, not markup
    Console(file=file, soft_wrap=False).print(table)
    return True


def _invalid_columns(metadata: Any) -> list[str]:
    """The column names cpsrvd reports as unknown (``metadata.columns.invalid``, §5)."""
    report = metadata.get("columns") if isinstance(metadata, dict) else None
    invalid = report.get("invalid") if isinstance(report, dict) else None
    return [str(name) for name in invalid] if isinstance(invalid, list) else []


def _print_table(envelope: dict[str, Any], columns: list[str] | None, output: _Output) -> int:
    data = envelope.get("data")
    records = _records(data)
    if records is None:
        output.err("the reply's data is not a list of records; printing it as JSON")
        output.out(_to_json(data))
        return EXIT_OK
    if not records:
        output.err("no records")
        return EXIT_OK
    rows = [record if isinstance(record, dict) else {"value": record} for record in records]
    present = list(dict.fromkeys(key for row in rows for key in row))
    header = columns or present
    # The server's report, and names no record has (a server that ignores api.columns).
    unknown = _invalid_columns(envelope.get("metadata"))
    unknown += [name for name in header if name not in present and name not in unknown]
    if unknown:
        output.err(f"no such column: {', '.join(unknown)} (the records have: {', '.join(present)})")
        return EXIT_USAGE
    # Redacted here as well: rich writes to stdout itself, not through output.out.
    cells = [[redact(_cell(row.get(name)), output.secrets) for name in header] for row in rows]
    header = [_printable(name) for name in header]
    # rich fits tables to the terminal; piped output stays plain, greppable and uncut.
    if not (sys.stdout.isatty() and _rich_table(header, cells, sys.stdout)):
        output.out(_plain_table(header, cells))
    return EXIT_OK


def _hint_missing(function: str, arguments: dict[str, Any], output: _Output) -> None:
    """After a failure, name the required arguments the call left out (a common cause)."""
    if not _known(function):
        return
    spec: dict[str, tuple[str, str, bool]] = getattr(_operation(function), "ARGUMENTS", {})
    missing = [
        name for name, (_, _, required) in spec.items() if required and name not in arguments
    ]
    if missing:
        output.err(
            f"hint: the spec marks as required: {', '.join(missing)} "
            f"(`{PROG} {function} --help` lists the arguments)"
        )


def _check_arguments(function: str, arguments: dict[str, Any]) -> None:
    """Names and values the bundled spec doesn't allow are a usage error, before sending."""
    from .arguments import check_arguments

    try:
        check_arguments(function, arguments)
    except WhmConfigError as exc:
        raise _UsageError(
            f"{exc}; `{PROG} {lookup(function)[0]} --help` lists the arguments, "
            "--allow-unknown sends it anyway (for a newer server)"
        ) from None


def _run_call(options: argparse.Namespace, output: _Output) -> int:
    function, *words = options.words
    if not FUNCTION_NAME.match(function):
        if "=" in function:
            raise _UsageError("the FUNCTION name comes before its KEY=VALUE arguments")
        raise _UsageError(f"not a WHM function name: {function!r}")
    if not _known(function) and not options.allow_unknown:
        raise _UsageError(_unknown_function(function, callable_anyway=True))
    arguments = _parse_arguments(words)
    if _known(function):
        _read_json_arguments(function, arguments)
        if not options.allow_unknown:
            _check_arguments(function, arguments)
    if options.columns:  # the server picks them, and reports unknown ones (§5)
        from .meta import Meta

        arguments.update(Meta(columns=options.columns).arguments())
    try:
        client = _make_client(options)
        envelope = anyio.run(_call, client, function, arguments)
    except WhmApiError as exc:
        output.err(str(exc))
        _hint_missing(function, arguments, output)
        if options.envelope:
            output.out(_to_json({"data": exc.data, "metadata": exc.metadata}))
        return EXIT_API_FAILURE
    except WhmConfigError as exc:
        output.err(str(exc))
        return EXIT_USAGE
    except WhmError as exc:
        output.err(str(exc))
        _hint_missing(function, arguments, output)
        return EXIT_TRANSPORT
    if options.envelope:
        output.out(_to_json(envelope))
    elif options.table:
        return _print_table(envelope, options.columns, output)
    else:
        output.out(_to_json(envelope.get("data")))
    return EXIT_OK


# ---------------------------------------------------------------------- entry point


def _reader_gone() -> int:
    """The reader went away (| head): say nothing more, and don't let the interpreter
    complain while flushing stdout at exit."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the console script exits with it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["simulate"]:  # no WHM function has these names
        from .testing._cli import main as simulate

        return simulate(argv[1:])
    if any(word == "--fleet" or word.startswith("--fleet=") for word in argv):
        from .fleet._cli import main as fleet

        return fleet(argv)
    if argv[:1] == ["doctor"]:
        from .doctor import main as doctor

        return doctor(argv[1:])
    if argv[:1] == ["trust"]:
        from .trust import main as trust

        return trust(argv[1:])
    output = _Output([*_argv_secrets(argv), *_env_secrets()])
    parser = _build_parser()
    logs = _LogHandler.attach(output)
    try:
        options = parser.parse_intermixed_args(argv)
        if options.columns is not None:
            options.table = True
            options.columns = [name.strip() for name in options.columns.split(",") if name.strip()]
        if options.envelope and options.table:
            raise _UsageError("--envelope and --table don't go together")
        if options.verbose:
            logs.verbose()
        if options.version:
            output.out(f"{PROG} {__version__}")
            return EXIT_OK
        if options.list_pattern is not None:
            if options.words:
                raise _UsageError("--list takes one PATTERN and no function")
            if options.table or options.envelope:
                raise _UsageError(
                    "--list prints a table of its own; --table, --columns and --envelope "
                    "are for a call"
                )
            return _list_functions(options.list_pattern, output)
        if options.help:
            if not options.words:
                output.out(parser.format_help().rstrip())
                return EXIT_OK
            function = options.words[0]
            if not _known(function):
                shown = function if FUNCTION_NAME.match(function) else "FUNCTION"
                raise _UsageError(_unknown_function(shown, callable_anyway=False))
            return _function_help(function, output)
        if not options.words:
            raise _UsageError("a FUNCTION to call is missing")
        return _run_call(options, output)
    except _UsageError as exc:
        sys.stderr.write(redact(parser.format_usage(), output.secrets))
        output.err(f"error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        output.err("interrupted")
        return 130
    except BrokenPipeError:
        return _reader_gone()
    finally:
        logs.detach()


if __name__ == "__main__":  # pragma: no cover - `python -m whm_api_client` uses __main__.py
    sys.exit(main())
