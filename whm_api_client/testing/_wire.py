"""The simulator's HTTP exchange without any I/O: requests in, responses out, cpsrvd's words.

Section numbers (§N) refer to ``CPSRVD-BEHAVIOR.md``, the facts about what a real cpsrvd
sends, which every simulated behaviour follows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import parse_qsl, unquote

import attrs

__all__ = [
    "Arguments",
    "SimRequest",
    "SimResponse",
    "api_failure",
    "json_response",
    "quoted",
    "text_response",
]

# §1: the reply's text quotes names with curly quotes, U+201C and U+201D.
LEFT_QUOTE, RIGHT_QUOTE = "\u201c", "\u201d"
# §2: the reason of an unknown function, with and without the API version.
UNKNOWN_APP = 'Unknown app ("{name}") requested for this version ({version}) of the API.'
UNKNOWN_APP_V0 = "Unknown app ({name}) requested for this version (0) of the API."
# §1: what the dispatcher puts in metadata before the function runs.
UNKNOWN_ERROR = "Unknown error."
# §1: a function that returned a list or a string instead of a hash.
INVALID_DATA_FORMAT = "Invalid API data format."
# §3: bad or missing credentials on /json-api/*; the API 2 style body even for API 1.
ACCESS_DENIED = {
    "cpanelresult": {
        "apiversion": "2",
        "error": "Access denied",
        "data": {"reason": "Access denied", "result": "0"},
        "type": "text",
    }
}
TEXT_PLAIN_UTF8 = 'text/plain; charset="utf-8"'  # §3, as the captures show it
_NUMBERED = re.compile(r"^(.+)-(\d+)$")


def quoted(name: object) -> str:
    """``“name”`` (§1)."""
    return f"{LEFT_QUOTE}{name}{RIGHT_QUOTE}"


def api_failure(xid: str, message: str) -> str:
    """A function that died: ``API failure: (XID ab12cd) <message>`` (§1)."""
    return f"API failure: (XID {xid}) {message}"


@attrs.frozen
class SimRequest:
    """One HTTP request as the simulator sees it, whichever way it arrived."""

    method: str
    path: str  # as sent, percent-encoded, without the query string
    query: str = ""
    headers: Mapping[str, str] = attrs.field(factory=dict)  # lower-case names
    body: bytes = b""
    client: str = "127.0.0.1"  # the peer's address

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)

    @property
    def cookies(self) -> dict[str, str]:
        found = {}
        for part in self.header("cookie").split(";"):
            name, sep, value = part.strip().partition("=")
            if sep:
                found[name] = value
        return found


@attrs.define
class SimResponse:
    """One HTTP response, plus how to deliver it (``delay``, ``cut_after``)."""

    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = attrs.Factory(list)
    reason: str = ""  # the status line's reason phrase; empty for the standard one
    delay: float = 0.0  # seconds to wait before answering
    cut_after: int | None = None  # send this many body bytes, then drop the connection

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    def set_header(self, name: str, value: str) -> None:
        self.headers = [(k, v) for k, v in self.headers if k.lower() != name.lower()]
        self.headers.append((name, value))


def dump_json(document: Any) -> bytes:
    """Compact UTF-8 JSON, as a Perl JSON encoder writes it (curly quotes stay characters)."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def json_response(document: Any, status: int = 200, reason: str = "") -> SimResponse:
    return SimResponse(
        status, dump_json(document), [("Content-Type", "application/json")], reason=reason
    )


def text_response(
    status: int, text: str, content_type: str = TEXT_PLAIN_UTF8, reason: str = ""
) -> SimResponse:
    return SimResponse(status, text.encode(), [("Content-Type", content_type)], reason=reason)


class Arguments(Mapping[str, Any]):
    """A request's arguments as cpsrvd reads them.

    A name's first value is its value (§7: the query string comes before a form body, so
    its value wins). Repeated names are lists: the server's form parser turns
    ``a=1&a=2&a=3`` into ``a``, ``a-0``, ``a-1`` and folds those back into one list in that
    order, so both spellings give the same list (§4).
    """

    json_body = False  # read from a JSON body (§7)

    def __init__(self, pairs: Iterable[tuple[str, Any]] = ()) -> None:
        plain: dict[str, list[Any]] = {}
        numbered: dict[str, dict[int, Any]] = {}
        for key, value in pairs:
            match = _NUMBERED.match(key)
            if match:
                numbered.setdefault(match[1], {})[int(match[2])] = value
            else:
                plain.setdefault(key, []).append(value)
        for base, items in numbered.items():
            plain.setdefault(base, []).extend(items[index] for index in sorted(items))
        self._values = plain

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> Arguments:
        """A JSON object's members as arguments (§7); lists stay lists, objects stay objects."""
        arguments = cls()
        arguments.json_body = True
        arguments._values = {
            key: list(value) if isinstance(value, list) else [value]
            for key, value in document.items()
        }
        return arguments

    def __getitem__(self, name: str) -> Any:
        return self._values[name][0]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Arguments({self._values!r})"

    def getlist(self, name: str) -> list[Any]:
        """Every value of ``name`` (folded ``name-N`` included), in order."""
        return list(self._values.get(name, []))

    def text(self, name: str, default: str = "") -> str:
        """The value as text; a missing argument gives ``default``."""
        value = self._values.get(name)
        if not value:
            return default
        first = value[0]
        return first if isinstance(first, str) else json.dumps(first)

    def flag(self, name: str, default: bool = False) -> bool:
        """A 0/1 argument (anything but empty and ``0`` is true, as in Perl)."""
        if name not in self._values:
            return default
        return self.text(name) not in ("", "0")

    def without(self, *names: str) -> Arguments:
        copy = Arguments()
        copy.json_body = self.json_body
        copy._values = {k: v for k, v in self._values.items() if k not in names}
        return copy


def form_pairs(text: str) -> list[tuple[str, str]]:
    return parse_qsl(text, keep_blank_values=True)


def decoded_path(path: str) -> str:
    """The path URL-decoded, as the server does before it routes (§6)."""
    return unquote(path)
