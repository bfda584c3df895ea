"""WHM API 1's wire format: arguments out, envelopes in.

Out: WHM reads flags as ``1``/``0`` and lists as repeated keys. In: every reply
should be ``{"data": ..., "metadata": {"result": 1, ...}}``, but servers also
send login pages, API2-style errors, ``result`` as a string and worse; each
case becomes one exception from :mod:`whm_api_client.errors`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .errors import (
    WhmApiError,
    WhmAuthError,
    WhmConfigError,
    WhmHttpError,
    WhmLoginPageError,
    WhmResponseError,
    WhmServerError,
)

__all__ = [
    "FUNCTION_NAME",
    "SENSITIVE_ARGUMENT",
    "QueryPairs",
    "check_envelope",
    "check_result",
    "encode_arguments",
    "encode_json_body",
    "json_decoder",
    "loads",
    "redact",
    "sensitive_values",
    "server_warnings",
]

_decode: Callable[[bytes], Any] | None = None


def json_decoder() -> Callable[[bytes], Any]:
    """orjson's ``loads`` when the [fast] extra is installed, else the stdlib's.

    orjson is several times faster on large replies and gives the same results, except
    that it rejects integers beyond 64 bits (the reply then fails as invalid JSON). It
    is looked up on first use, not at import.
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


def server_warnings(metadata: Mapping[str, Any]) -> list[str]:
    """Warnings WHM attached to a reply (``metadata.output.warnings`` and ``metadata.warnings``)."""
    found: list[str] = []
    output = metadata.get("output")
    for holder in (output if isinstance(output, Mapping) else {}, metadata):
        value = holder.get("warnings")
        if isinstance(value, str) and value:
            found.append(value)
        elif isinstance(value, list):
            found.extend(_text(item) for item in value if item)
    return found


def _excerpt(body: bytes) -> str:
    text = body[:_EXCERPT].decode("utf-8", errors="replace")
    return " ".join(text.split())


def _looks_like_html(content_type: str, body: bytes) -> bool:
    return "html" in content_type or body.lstrip()[:1] == b"<"


def _is_login_page(body: bytes) -> bool:
    head = body[:65536].lower()
    return any(marker in head for marker in (b"login", b"two-factor", b"security code", b"tfa"))


def _reason_from(body: bytes) -> str:
    """The server's own words for a refusal, from JSON, API2-style JSON or plain text."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return _excerpt(body)
    if isinstance(document, dict):
        metadata = document.get("metadata")
        if isinstance(metadata, dict) and metadata.get("reason"):
            return _text(metadata["reason"])
        api2 = document.get("cpanelresult")
        if isinstance(api2, dict):
            data = api2.get("data")
            reason = api2.get("error") or (data.get("reason") if isinstance(data, dict) else None)
            if reason:
                return _text(reason)
    return _excerpt(body)


def check_envelope(
    function: str,
    status_code: int,
    content_type: str,
    body: bytes,
    secrets: Sequence[str] = (),
) -> dict[str, Any]:
    """Return the reply's envelope if WHM reports success; otherwise raise the fitting error."""

    def clean(text: str) -> str:
        return redact(text, secrets)

    if status_code in (401, 403):
        reason = clean(_reason_from(body)) or "no reason given"
        raise WhmAuthError(
            f"HTTP {status_code}, access denied: {reason}",
            function=function,
            status_code=status_code,
            body_excerpt=clean(_excerpt(body)),
        )
    if status_code >= 500:
        raise WhmServerError(
            f"HTTP {status_code} from the server: {clean(_reason_from(body)) or 'empty body'}",
            function=function,
            status_code=status_code,
            body_excerpt=clean(_excerpt(body)),
        )
    if not 200 <= status_code < 300:
        raise WhmHttpError(
            f"unexpected HTTP {status_code}: {clean(_reason_from(body)) or 'empty body'}",
            function=function,
            status_code=status_code,
            body_excerpt=clean(_excerpt(body)),
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
        if isinstance(document.get("cpanelresult"), dict):
            reason = clean(_reason_from(body))
            if "denied" in reason.lower():
                raise WhmAuthError(
                    f"access denied: {reason}", function=function, status_code=status_code
                )
            raise WhmResponseError(
                f"the server answered in API2 format, not WHM API 1: {reason}", function=function
            )
        raise WhmResponseError("the reply has no 'metadata' object", function=function)
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
        raise WhmApiError(
            redact(_text(metadata.get("reason") or ""), secrets),
            function=function,
            command=_text(metadata.get("command") or function),
            metadata=metadata,
            data=document.get("data"),
            status_code=status_code,
        )
    raise WhmResponseError(
        f"metadata.result is {redact(_text(result, repr), secrets)[:40]}, "
        "neither 1 (success) nor 0 (failure)",
        function=function,
    )
