"""Every reply model and argument type of WHM API 1, by name.

    from whm_api_client.models import ListacctsData, ListacctsDataAcctItem

Reply models are attrs classes with ``from_dict``, ``to_dict`` and ``to_json``;
argument types with fixed values (``ListacctsSearchmethod``) are ``Literal`` types.
Names load on first use (PEP 562): importing this module loads no model.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403
else:

    def __getattr__(name: str) -> Any:
        models = import_module("._generated.models", __package__)
        if name == "__all__":
            return models.__all__
        if name not in models.__all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(models, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(import_module("._generated.models", __package__).__all__)
