"""The bundled spec's functions by name: ``is_ready`` or ``EcosystemFeatures/is_ready``.

The generated index (``_generated.api.FUNCTIONS``) tells, for each function, where its
module is, its HTTP method, whether it only reads, its namespace, how its arguments
travel and the release that added it, without importing the function's module.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from .errors import WhmConfigError
from .wire import FUNCTION_NAME

if TYPE_CHECKING:
    from ._generated.api import FunctionInfo

__all__ = ["index", "lookup", "module_of", "url_name"]


def index() -> dict[str, FunctionInfo]:
    """Every function of the bundled spec, by its name without namespace."""
    from ._generated.api import FUNCTIONS

    return FUNCTIONS


def url_name(function: str, namespace: str | None) -> str:
    """Where a function is served, under ``json-api/``: ``NAMESPACE/FUNCTION`` or ``FUNCTION``."""
    return f"{namespace}/{function}" if namespace else function


def lookup(name: object) -> tuple[str, FunctionInfo | None]:
    """``name``'s place under ``json-api/`` and the spec's facts about it.

    A function of the spec is found with or without its namespace (``is_ready`` and
    ``EcosystemFeatures/is_ready`` both give ``EcosystemFeatures/is_ready``). A name the
    spec doesn't know, or a known one under another namespace, comes back as given, with
    None. Anything not shaped like a function name raises :class:`WhmConfigError`.
    """
    if not isinstance(name, str) or not FUNCTION_NAME.match(name):
        raise WhmConfigError(f"not a WHM function name: {name!r}")
    namespace, _, function = name.rpartition("/")
    info = index().get(function)
    if info is None or (namespace and namespace != info.namespace):
        return name, None
    return url_name(function, info.namespace), info


def module_of(info: FunctionInfo) -> ModuleType:
    """The generated module of a function (arguments, result type, read-only flag)."""
    return import_module(f"{__package__}._generated.api.{info.module}")
