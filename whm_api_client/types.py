"""The types that come with replies, beyond the models (see :mod:`whm_api_client.models`).

- ``UNSET`` and ``Unset``: an optional field or argument that is absent. ``Unset`` is
  always false, so ``reply.field or []`` and ``reply.field or ""`` read a list or a
  string without naming it.
- ``WhmResponse`` and ``ReplyMetadata``: a call's whole reply (``whm.with_raw_response``).
- ``Hooks`` and ``CallEvent``: the event hooks' settings and what they receive.

Names load on first use (PEP 562).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._generated.types import UNSET, Unset
    from .metadata import ReplyMetadata
    from .observe import CallEvent, Hooks
    from .response import WhmResponse

_MODULE_OF = {
    "UNSET": "._generated.types",
    "Unset": "._generated.types",
    "CallEvent": ".observe",
    "Hooks": ".observe",
    "ReplyMetadata": ".metadata",
    "WhmResponse": ".response",
}

__all__ = ["UNSET", "CallEvent", "Hooks", "ReplyMetadata", "Unset", "WhmResponse"]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __package__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
