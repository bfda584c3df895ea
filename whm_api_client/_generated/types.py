# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Types shared by the generated models. Generated; do not edit."""

from typing import Literal


class Unset:
    """Marks an optional argument or reply field that is absent (distinct from None)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


__all__ = ["UNSET", "Unset"]
