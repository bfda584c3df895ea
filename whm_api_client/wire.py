"""WHM API 1's wire format: arguments out, envelopes in.

Out: WHM reads flags as ``1``/``0`` and lists as repeated keys. In: every reply
should be ``{"data": ..., "metadata": {"result": 1, ...}}``, but servers also
send login pages, API2-style errors, API 0 replies, ``result`` as a string and
worse (see ``CPSRVD-BEHAVIOR.md``); each case becomes one exception from
:mod:`whm_api_client.errors`. The ``metadata`` readers here (``output_lines``,
``metadata_lines``, ``error_count``, ``proxied_from``, ``namespace``) turn the
shapes cpsrvd sends into one each.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from http import HTTPStatus
from typing import Any

from .errors import (
    WhmApiError,
    WhmAuthError,
    WhmConfigError,
    WhmHttpError,
    WhmLoginPageError,
    WhmResponseError,
    WhmServerError,
    WhmUnknownFunctionError,
)

__all__ = [
    "FUNCTION_NAME",
    "MOCK_DIAGNOSTICS_HEADER",
    "SENSITIVE_ARGUMENT",
    "QueryPairs",
    "check_envelope",
    "check_result",
    "encode_arguments",
    "encode_json_body",
    "error_count",
    "json_decoder",
    "loads",
    "log_notes",
    "metadata_lines",
    "mock_diagnostics",
    "namespace",
    "output_lines",
    "proxied_from",
    "redact",
    "redact_payload",
    "sensitive_values",
    "server_warnings",
    "since_version",
]

_decode: Callable[[bytes], Any] | None = None
logger = logging.getLogger("whm_api_client")


def json_decoder() -> Callable[[bytes], Any]:
    """orjson's ``loads`` when the [fast] extra is installed, else the stdlib's.

    orjson decodes large replies faster and gives the same results, except that it reads
    an integer beyond 64 bits as a float (the stdlib keeps it exact); WHM's numbers stay
    far below that. It is looked up on first use, not at import.
    """
    global _decode
    if _decode is None:
        try:
            import orjson

            _decode = orjson.loads
        except ImportError:  # pragma: no cover - depends on the environment
            _decode = json.loads
    return _decode


def loads(body: bytes) -> Any:
    return json_decoder()(body)


# Argument names whose values are secrets: kept out of URLs where possible, and out of messages.
SENSITIVE_ARGUMENT = re.compile(
    r"pass(word|wd)?|token|secret|api[_-]?key|private[_-]?key|accesshash|otp|tfa|hash$|^key$",
    re.IGNORECASE,
)
# What a WHM function name looks like, with an optional namespace in front
# (EcosystemFeatures/is_ready, 360Monitoring/...); anything else could reshape the URL.
FUNCTION_NAME = re.compile(r"^(?:[A-Za-z0-9_]+/)?[A-Za-z_][A-Za-z0-9_]*$")
_EXCERPT = 200


def _text(value: object, convert: Callable[[object], str] = str) -> str:
    """``str()`` (or ``repr()``) of a decoded JSON value. A decoder accepts nesting deeper
    than ``str()`` can walk, so the RecursionError becomes a placeholder, not a crash."""
    try:
        return convert(value)
    except RecursionError:
        return f"<{type(value).__name__} nested too deeply to show>"


def _check_utf8(name: str, text: str) -> None:
    """A lone surrogate can't be sent; without this check httpx fails with UnicodeEncodeError."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise WhmConfigError(
            f"argument {name!r}: its name or value isn't valid Unicode text (a lone surrogate)"
        ) from None


def _scalar(name: str, value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, str):
        if not value.isascii():
            _check_utf8(name, value)
        return value
    if isinstance(value, int | float):
        return str(value)
    raise WhmConfigError(
        f"argument {name!r}: WHM takes strings, numbers, booleans or lists of them, "
        f"not {type(value).__name__}"
    )


# What httpx takes as query pairs; encode_arguments only ever produces str values.
QueryPairs = list[tuple[str, str | int | float | bool | None]]


def _check_name(name: object) -> None:
    if not isinstance(name, str) or not name:
        raise WhmConfigError(f"argument names must be non-empty strings, got {name!r}")
    if not name.isascii():
        _check_utf8(name, name)
    if name == "api.version":
        raise WhmConfigError("api.version is always 1 and sent by the client; don't pass it")


def encode_arguments(arguments: Mapping[str, Any]) -> QueryPairs:
    """Arguments as WHM expects them: ``True`` as ``1``, lists as repeated keys, None left out."""
    pairs: QueryPairs = []
    for name, value in arguments.items():
        _check_name(name)
        if value is None:
            continue
        if isinstance(value, list | tuple):
            pairs.extend((name, _scalar(name, item)) for item in value)
        else:
            pairs.append((name, _scalar(name, value)))
    return pairs


def encode_json_body(arguments: Mapping[str, Any]) -> tuple[bytes, QueryPairs]:
    """Arguments as the JSON object a JSON-only function takes, with ``"api.version": 1``
    in it: cpsrvd reads such a request only from its body and ignores the query string.

    Values stay JSON (lists, objects, numbers, booleans, strings); None at the top is left
    out. Returns the body and every ``(name, scalar)`` in it, to find sensitive values.
    """
    document: dict[str, Any] = {"api.version": 1}
    pairs: QueryPairs = []
    for name, value in arguments.items():
        _check_name(name)
        if value is not None:
            document[name] = _json_value(name, name, value, pairs)
    try:
        body = json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return body.encode("utf-8"), pairs
    except UnicodeEncodeError:  # before ValueError, its base class
        raise WhmConfigError(
            "a JSON argument isn't valid Unicode text (a lone surrogate)"
        ) from None
    except ValueError:
        raise WhmConfigError("a JSON body can't carry NaN or infinity") from None


def _json_value(argument: str, key: str, value: object, pairs: QueryPairs, depth: int = 0) -> Any:
    """``value`` checked to be plain JSON; its scalars are collected under their keys."""
    if depth > 100:  # deeper than any WHM argument; and recursion stays bounded
        raise WhmConfigError(f"argument {argument!r} is nested too deeply for a JSON body")
    if value is None or isinstance(value, str | bool | int | float):
        if value is not None:
            pairs.append((key, str(value)))
        return value
    if isinstance(value, Mapping):
        if not all(isinstance(name, str) for name in value):
            raise WhmConfigError(f"argument {argument!r}: JSON object keys must be strings")
        return {
            name: _json_value(argument, name, item, pairs, depth + 1)
            for name, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [_json_value(argument, key, item, pairs, depth + 1) for item in value]
    raise WhmConfigError(
        f"argument {argument!r}: a JSON body takes strings, numbers, booleans, lists and "
        f"mappings, not {type(value).__name__}"
    )


def sensitive_values(pairs: QueryPairs) -> tuple[str, ...]:
    """The values of the sensitive arguments among encoded ``pairs``."""
    return tuple(str(value) for name, value in pairs if SENSITIVE_ARGUMENT.search(name))


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each secret (of 3+ characters) in ``text``."""
    for secret in secrets:
        if len(secret) >= 3 and secret in text:
            text = text.replace(secret, "[redacted]")
    return text


def redact_payload(value: Any, secrets: Sequence[str], _depth: int = 0) -> Any:
    """Decoded JSON with every secret replaced in its strings (keys too), at any depth:
    what an error carries (``metadata``, ``data``) from a server that echoed a credential
    or a password back. Unchanged parts are shared, not copied; a part nested deeper than
    any reply needs becomes a placeholder (it can't be checked)."""
    secrets = [secret for secret in secrets if len(secret) >= 3]
    if not secrets:
        return value
    return _redact_value(value, secrets, 0)


def _redact_value(value: Any, secrets: Sequence[str], depth: int) -> Any:
    if isinstance(value, str):
        return redact(value, secrets)
    if not isinstance(value, dict | list):
        return value
    if depth > 200:
        return "[nested too deeply to show]"
    if isinstance(value, list):
        items = [_redact_value(item, secrets, depth + 1) for item in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    pairs = [
        (_redact_value(key, secrets, depth), _redact_value(item, secrets, depth + 1))
        for key, item in value.items()
    ]
    unchanged = all(
        k is old_k and v is old_v
        for (k, v), (old_k, old_v) in zip(pairs, value.items(), strict=True)
    )
    return value if unchanged else dict(pairs)


def _lines(value: object, depth: int = 0) -> list[str]:
    """Messages as cpsrvd sends them, one string each: a list of them, one string joined
    with newlines, or (for ``errors``) an object holding lists; empty ones left out.
    Anything nested deeper is shown as it is."""
    if value is None:
        return []
    if isinstance(value, str):
        return [line.rstrip("\r") for line in value.split("\n") if line.strip()]
    if depth < 2 and isinstance(value, list):
        return [line for item in value for line in _lines(item, depth + 1)]
    if depth < 2 and isinstance(value, Mapping):
        return [line for item in value.values() for line in _lines(item, depth + 1)]
    return [_text(value)]


def output_lines(metadata: Mapping[str, Any], key: str) -> list[str]:
    """``metadata.output.<key>`` (``messages`` or ``warnings``) as a list of strings: cpsrvd
    sends a list, or one string joined with newlines (sethostname does)."""
    output = metadata.get("output")
    return _lines(output.get(key)) if isinstance(output, Mapping) else []


def metadata_lines(metadata: Mapping[str, Any], key: str) -> list[str]:
    """A top-level ``metadata.<key>`` (``warnings`` or ``errors``) as a list of strings:
    a list, a string, or ``{"error": [...]}``."""
    return _lines(metadata.get(key))


def error_count(metadata: Mapping[str, Any]) -> int | None:
    """``metadata.error_count`` as a number, if the function set one."""
    value = metadata.get("error_count")
    if isinstance(value, bool):
        return None
    try:
        return int(value) if isinstance(value, int | str) else None
    except ValueError:
        return None


def proxied_from(metadata: Mapping[str, Any]) -> list[str]:
    """``metadata.proxied_from``: the linked nodes that answered, when one did."""
    value = metadata.get("proxied_from")
    if isinstance(value, list):
        return [item if isinstance(item, str) else _text(item) for item in value]
    return [value] if isinstance(value, str) and value else []


def namespace(metadata: Mapping[str, Any]) -> str | None:
    """``metadata.namespace`` of a namespaced function (``360Monitoring``), else None."""
    value = metadata.get("namespace")
    return value if isinstance(value, str) and value else None


def server_warnings(metadata: Mapping[str, Any]) -> list[str]:
    """The warnings of a reply (``metadata.output.warnings``, then ``metadata.warnings``),
    each once."""
    return list(
        dict.fromkeys(output_lines(metadata, "warnings") + metadata_lines(metadata, "warnings"))
    )


def log_notes(function: str, metadata: Mapping[str, Any], secrets: Sequence[str] = ()) -> None:
    """Log a reply's warnings (each once, WARNING) and messages (INFO), with the function's
    name, on the ``whm_api_client`` logger; secrets redacted."""
    for warning in server_warnings(metadata):
        logger.warning("%s: server warning: %s", function, redact(warning, secrets))
    if logger.isEnabledFor(logging.INFO):
        for message in output_lines(metadata, "messages"):
            logger.info("%s: server message: %s", function, redact(message, secrets))


def _excerpt(body: bytes) -> str:
    text = body[:_EXCERPT].decode("utf-8", errors="replace")
    return " ".join(text.split())


def _looks_like_html(content_type: str, body: bytes) -> bool:
    return "html" in content_type or body.lstrip()[:1] == b"<"


def _is_login_page(body: bytes) -> bool:
    head = body[:65536].lower()
    return any(marker in head for marker in (b"login", b"two-factor", b"security code", b"tfa"))


_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def _page_text(body: bytes) -> str:
    """The readable text of an HTML page, e.g. ``Internal Error (ID 12345)``."""
    import html  # ~2 ms, for error pages only

    text = html.unescape(_TAG.sub(" ", body[:65536].decode("utf-8", errors="replace")))
    return " ".join(text.split())[:_EXCERPT]


def _reason_in(document: object) -> str:
    """The server's own words in a JSON refusal: WHM API 1's ``metadata.reason``, an
    API 2 ``cpanelresult``, or the top-level ``error``/``message``/``data.reason`` of
    cpsrvd's other error bodies."""
    if not isinstance(document, dict):
        return ""
    metadata = document.get("metadata")
    if isinstance(metadata, dict) and metadata.get("reason"):
        return _text(metadata["reason"])
    api2 = document.get("cpanelresult")
    if isinstance(api2, dict):
        return _reason_in(api2)
    data = document.get("data")
    for reason in (
        document.get("error"),
        document.get("message"),
        data.get("reason") if isinstance(data, dict) else None,
        document.get("statusmsg"),
    ):
        if reason and isinstance(reason, str | int | float):
            return _text(reason)
    return ""


# A mock server's account of why it refused a request. Prism (the spec's mock, used by the
# contract test) names each way the request broke the spec in this header as JSON:
# [{"location": [...], "code": "required", "message": "Request query must have ..."}],
# with a placeholder body. cpsrvd never sends it.
MOCK_DIAGNOSTICS_HEADER = "sl-violations"


def mock_diagnostics(header: str) -> str:
    """The messages of a ``sl-violations`` header, joined with "; " (at most 500
    characters); empty when the header is absent or isn't the JSON list Prism sends."""
    try:
        violations = json.loads(header) if header else None
    except (ValueError, RecursionError):
        return ""
    if not isinstance(violations, list):
        return ""
    messages = [
        item["message"]
        for item in violations
        if isinstance(item, dict) and isinstance(item.get("message"), str)
    ]
    text = "; ".join(" ".join(message.split()) for message in messages)
    return text if len(text) <= 500 else text[:499] + "…"


def _reason_from(
    body: bytes,
    content_type: str = "",
    phrase: str = "",
    status_code: int = 0,
    diagnostics: str = "",
) -> str:
    """The server's own words for a refusal: a mock's diagnostics header, its JSON, its
    page or text, or else the status line's phrase when that isn't the standard one
    (``401 Token Denied``)."""
    mock_reason = mock_diagnostics(diagnostics)
    if mock_reason:
        return mock_reason
    try:
        standard = HTTPStatus(status_code).phrase
    except ValueError:
        standard = ""
    telling = phrase if phrase and phrase.lower() != standard.lower() else ""
    try:
        reason = _reason_in(json.loads(body))
    except (ValueError, RecursionError):
        reason = ""
    if reason:
        return reason
    if _looks_like_html(content_type.lower(), body):
        return telling or _page_text(body)
    return _excerpt(body) or telling


def _api0_reason(document: Mapping[str, Any]) -> str | None:
    """What an API 0 reply says, if the reply looks like WHM API 0 (no ``metadata``; a
    ``statusmsg`` beside ``status``, or an ``error`` naming version 0); else None."""
    error = document.get("error")
    if isinstance(error, str) and "version (0)" in error:
        return error
    result = document.get("result")
    first = result[0] if isinstance(result, list) and result else None
    for holder in (document, first):
        if isinstance(holder, dict) and "statusmsg" in holder and "status" in holder:
            return _text(holder.get("statusmsg") or "")
    return None


# cpsrvd's reason for a function it doesn't have, in API 1 (quoted) and API 0 (not).
_UNKNOWN_APP = re.compile(r"^Unknown app \([\"“]?(?P<name>[^\"”)]*)[\"”]?\) requested")


def since_version(function: str) -> str | None:
    """The WHM version the bundled spec says added ``function``, or None if it doesn't know."""
    from ._generated.api import FUNCTIONS

    info = FUNCTIONS.get(function.rpartition("/")[2])
    return info.since_version if info is not None else None


def check_envelope(
    function: str,
    status_code: int,
    content_type: str,
    body: bytes,
    secrets: Sequence[str] = (),
    phrase: str = "",
    diagnostics: str = "",
) -> dict[str, Any]:
    """Return the reply's envelope if WHM reports success; otherwise raise the fitting error.

    ``phrase`` is the status line's text, which cpsrvd uses for some refusals
    (``401 Token Denied``); ``diagnostics`` the value of a mock's
    :data:`MOCK_DIAGNOSTICS_HEADER`, whose messages become the reason of a refusal.
    """

    def clean(text: str) -> str:
        return redact(text, secrets)

    body = body.removeprefix(codecs.BOM_UTF8)  # a byte-order mark before the JSON is fine
    if not 200 <= status_code < 300:
        reason = clean(_reason_from(body, content_type, phrase, status_code, diagnostics))
        kind, text = WhmHttpError, f"unexpected HTTP {status_code}: {reason or 'empty body'}"
        if status_code in (401, 403):
            kind, text = (
                WhmAuthError,
                f"HTTP {status_code}, access denied: {reason or 'no reason given'}",
            )
        elif status_code >= 500:
            kind, text = (
                WhmServerError,
                f"HTTP {status_code} from the server: {reason or 'empty body'}",
            )
        raise kind(
            text,
            function=function,
            status_code=status_code,
            body_excerpt=clean(_excerpt(body)),
            reason=reason,
        )
    if not body.strip():
        raise WhmResponseError("the reply body is empty", function=function)
    if _looks_like_html(content_type.lower(), body):
        if _is_login_page(body):
            raise WhmLoginPageError(
                "the server sent its HTML login page instead of JSON: the session expired, "
                "a two-factor code is needed, or the credentials were not accepted",
                function=function,
            )
        raise WhmResponseError(
            f"the server sent HTML instead of JSON (Content-Type {content_type!r})",
            function=function,
        )
    try:
        document = loads(body)
    except (ValueError, RecursionError) as exc:
        raise WhmResponseError(
            f"the reply is not valid JSON ({type(exc).__name__}: {clean(str(exc))[:120]})",
            function=function,
        ) from None
    if not isinstance(document, dict):
        raise WhmResponseError(
            f"the reply is JSON {type(document).__name__}, not a WHM envelope", function=function
        )
    metadata = document.get("metadata")
    if not isinstance(metadata, dict):
        reason = clean(_reason_in(document))
        if isinstance(document.get("cpanelresult"), dict):
            if "denied" in reason.lower():
                raise WhmAuthError(
                    f"access denied: {reason}",
                    function=function,
                    status_code=status_code,
                    reason=reason,
                )
            raise WhmResponseError(
                f"the server answered in API2 format, not WHM API 1: {reason}", function=function
            )
        api0 = _api0_reason(document)
        if api0 is not None:
            raise WhmResponseError(
                "the server answered in WHM API 0 (no 'metadata'): api.version=1 did not reach "
                "it, e.g. a proxy or redirect dropped the query string"
                + (f"; it said: {clean(api0)}" if api0 else ""),
                function=function,
            )
        raise WhmResponseError(
            "the reply has no 'metadata' object" + (f"; it said: {reason}" if reason else ""),
            function=function,
        )
    return check_result(function, document, secrets, status_code)


def check_result(
    function: str,
    document: dict[str, Any],
    secrets: Sequence[str] = (),
    status_code: int = 200,
) -> dict[str, Any]:
    """Return an envelope whose ``metadata.result`` says success; raise WhmApiError on failure."""
    metadata = document.get("metadata")
    if not isinstance(metadata, dict):
        raise WhmResponseError("the reply has no 'metadata' object", function=function)
    result = metadata.get("result")
    if result in (1, "1", True):
        return document
    if result in (0, "0", False):
        reason = redact(_text(metadata.get("reason") or ""), secrets)
        details: dict[str, Any] = {
            "function": function,
            "command": redact(_text(metadata.get("command") or function), secrets),
            "metadata": redact_payload(metadata, secrets),
            "data": redact_payload(document.get("data"), secrets),
            "status_code": status_code,
        }
        unknown = _UNKNOWN_APP.match(reason)
        if unknown:
            name = unknown["name"] or function
            raise WhmUnknownFunctionError(
                reason, name=name, since_version=since_version(name), **details
            )
        raise WhmApiError(reason, **details)
    raise WhmResponseError(
        f"metadata.result is {redact(_text(result, repr), secrets)[:40]}, "
        "neither 1 (success) nor 0 (failure)",
        function=function,
    )
