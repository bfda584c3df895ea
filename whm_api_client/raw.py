"""``whm.with_raw_response``: every call of the client, returning the whole reply.

The methods are generated (``_generated/raw_client.py``, loaded with this module
on first use); each sends through the client like the typed method of the same
name and returns a :class:`~whm_api_client.response.WhmResponse` whose ``.data``
is that method's result.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._generated.raw_client import WhmRawFunctions

if TYPE_CHECKING:
    from .client import WhmClient
    from .response import WhmResponse

__all__ = ["RawResponses"]


class RawResponses(WhmRawFunctions):
    """The client's calls returning :class:`WhmResponse` (``whm.with_raw_response``)."""

    __slots__ = ("_client",)

    def __init__(self, client: WhmClient) -> None:
        self._client = client

    async def _run_raw(self, operation: ModuleType, arguments: dict[str, Any]) -> WhmResponse[Any]:
        return await self._client._run_raw(operation, arguments)

    async def call(self, function: str, /, **arguments: Any) -> WhmResponse[Any]:
        """Any function by name, like ``WhmClient.call``; ``.data`` is plain JSON."""
        return await self._client._call(function, arguments)

    def __repr__(self) -> str:
        return f"<with_raw_response of {self._client!r}>"
