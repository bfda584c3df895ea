"""WHM versions: what a server reports, what a user declares, what the spec says a
function needs, and what one client has learned about its server.

A server's version reads ``11.NN...`` (``11.120.0.16``); the spec writes since-versions
with and without the ``11.`` for the same release numbers (``11.40``, ``11.132``,
``11.52.0.8``, ``58.0.12``, ``120``; ``cPanel 122`` in cPanel's own document), so both
sides are reduced to the release numbers before comparing: ``11.NN...`` drops the ``11``,
anything else is read as it stands, and ``11`` or ``11.0`` alone stay release 11 (the
oldest).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from .errors import WhmApiError, WhmConfigError, WhmUnknownFunctionError, WhmUnsupportedError

__all__ = ["ServerFacts", "ServerInfo", "is_newer", "release_of"]

_VERSION = re.compile(r"^\s*(?:cpanel(?:\s*&\s*whm)?\s*)?v?(\d+(?:\.\d+)*)", re.IGNORECASE)
# What a user may declare (server_version=): the numbers only, nothing after them.
_DECLARED = re.compile(r"\s*\d+(?:\.\d+)*\s*")


def release_of(text: object) -> tuple[int, ...] | None:
    """``'11.120.0.16'`` -> ``(120, 0, 16)``, ``'cPanel 122'`` -> ``(122,)``; None if it
    isn't a version."""
    if not isinstance(text, str | int) or isinstance(text, bool):
        return None
    match = _VERSION.match(str(text))
    if match is None:
        return None
    parts = tuple(int(part) for part in match.group(1).split("."))
    if parts[0] == 11 and len(parts) > 1 and parts[1] > 0:
        parts = parts[1:]
    return parts


def is_newer(since: tuple[int, ...], server: tuple[int, ...]) -> bool:
    """Whether a function added in ``since`` is newer than a server at ``server``.

    Only as many numbers as the server's version has are compared: a server declared as
    ``11.120`` may run any build of 120, so a function of ``120.0.5`` isn't refused.
    """
    width = len(server)
    padded = since[:width] + (0,) * max(0, width - len(since))
    return padded > server


@attrs.frozen
class ServerInfo:
    """What the client knows of its server's version.

    ``version`` is as the server (or you) wrote it; ``release`` its numbers with the
    ``11.`` of old versions dropped; ``source`` is ``"declared"`` (``server_version=``)
    or ``"server"`` (a ``version`` reply).
    """

    version: str
    release: tuple[int, ...]
    source: Literal["declared", "server"]

    @property
    def major(self) -> int:
        """The release number cPanel counts by: 120 for ``11.120.0.16``."""
        return self.release[0]

    @classmethod
    def read(cls, version: object, source: Literal["declared", "server"]) -> ServerInfo | None:
        """The version in ``version``, or None if it isn't one a WHM server could run
        (every release with WHM API 1 is 11 or later: a mock's ``"1"`` teaches nothing)."""
        numbers = release_of(version)
        if numbers is None or numbers[0] < 11:
            return None
        return cls(str(version).strip(), numbers, source)


@attrs.define
class ServerFacts:
    """What one client (and its ``with_options`` views) has learned about its server:
    its version, and how its credentials fared (for the hints of :class:`WhmAuthError`)."""

    info: ServerInfo | None = None
    refusals: int = 0  # 401/403 answers to these credentials
    accepted: bool = False  # a call with these credentials succeeded

    @classmethod
    def declared(cls, server_version: str | None) -> ServerFacts:
        if server_version is None:
            return cls()
        whole = isinstance(server_version, int) or (
            isinstance(server_version, str) and _DECLARED.fullmatch(server_version)
        )
        info = ServerInfo.read(server_version, "declared") if whole else None
        if info is None:
            raise WhmConfigError(
                f"server_version {server_version!r} is not a WHM version (e.g. '11.120' or '120')"
            )
        return cls(info)

    def learn(self, function: str, envelope: Mapping[str, Any]) -> None:
        """Take the version from a reply that tells it: ``version``'s data, also inside a
        batch. A declared version gives way to the server's own. (The client calls this
        for WHM hosts only: a mock's replies are made up.)"""
        data = envelope.get("data")
        if function == "version" and isinstance(data, Mapping):
            self._learn_version(data.get("version"))
        elif function == "batch" and isinstance(data, Mapping):
            for element in data.get("result") or ():
                if not isinstance(element, Mapping):
                    continue
                metadata = element.get("metadata")
                inner = element.get("data")
                if (
                    isinstance(metadata, Mapping)
                    and metadata.get("command") == "version"
                    and metadata.get("result") in (1, "1")
                    and isinstance(inner, Mapping)
                ):
                    self._learn_version(inner.get("version"))

    def _learn_version(self, version: object) -> None:
        info = ServerInfo.read(version, "server")
        if info is not None:
            self.info = info

    def explain(self, error: WhmApiError) -> WhmApiError:
        """An ``Unknown app`` failure with the server's version in its hint, when known."""
        if not isinstance(error, WhmUnknownFunctionError) or self.info is None:
            return error
        if error.server_version is not None:
            return error
        return WhmUnknownFunctionError(
            error.reason,
            function=error.function,
            name=error.name,
            since_version=error.since_version,
            server_version=self.info.version,
            command=error.command,
            metadata=error.metadata,
            data=error.data,
            status_code=error.status_code,
        )

    def check(self, function: str, since_version: str | None) -> None:
        """Refuse, before sending, a function the server's known version predates."""
        if self.info is None or not since_version:
            return
        since = release_of(since_version)
        if since is not None and is_newer(since, self.info.release):
            said = "declared as" if self.info.source == "declared" else "runs"
            raise WhmUnsupportedError(
                f"the server {said} WHM {self.info.version}, and {function} came with WHM "
                f"{since_version} (the bundled spec's since-version); nothing was sent",
                function=function,
                since_version=since_version,
                server_version=self.info.version,
            )
