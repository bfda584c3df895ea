# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Types shared by the generated models, and the slow path of reading replies. Generated; do not edit.

The generated parsers check each value with one class comparison (``x.__class__ is
not str``) and call :func:`read_value` (or :func:`read_list`, :func:`read_object`)
only when that fails: for an absent or null field, a subclass, a wrong type, or a
drift that lenient reading fixes. Lenient reading is on while :data:`LENIENT` holds a
list; each coercion is recorded there as ``(field, expected, got)``.
"""

import re
from contextvars import ContextVar
from typing import Any, Literal


class Unset:
    """Marks an optional argument or reply field that is absent (distinct from None)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# Lenient reading: None (strict, the default) or the list that records coercions.
LENIENT: ContextVar[list[tuple[str, str, str]] | None] = ContextVar("whm_lenient", default=None)

_CLASSES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}
# What a required field's null reads as when reading leniently.
_EMPTY: dict[str, Any] = {"string": "", "integer": 0, "number": 0, "boolean": False, "array": []}
_NO = object()
_INTEGER = r"[+-]?[0-9]+"
_DECIMAL = r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?"


def _coerce(value: Any, expected: str) -> Any:
    """The known drifts from the spec, read as the declared type; _NO for anything else."""
    if value is None:
        return _EMPTY.get(expected, _NO)
    kind = value.__class__
    if expected == "integer" and kind is str:
        if re.fullmatch(_INTEGER, value):
            return int(value)
    elif expected == "number" and kind is str:
        if re.fullmatch(_INTEGER, value):
            return int(value)
        if re.fullmatch(_DECIMAL, value):
            return float(value)
    elif expected == "boolean" and (kind is str or kind is int):
        if value in ("0", "1", 0, 1):
            return value in ("1", 1)
    elif expected == "string" and (kind is int or kind is float):
        return str(value)
    return _NO


def _wrong(value: Any, field: str, expected: str) -> Any:
    lenient = LENIENT.get()
    if lenient is not None:
        coerced = _coerce(value, expected)
        if coerced is not _NO:
            lenient.append((field, expected, "null" if value is None else type(value).__name__))
            return coerced
    raise TypeError(f"field {field}: expected {expected}, got {type(value).__name__}")


def read_value(value: Any, field: str, expected: str, required: bool) -> Any:
    """A scalar whose class isn't exactly the declared one: absent, null, a subclass or wrong."""
    if value is UNSET or value is None:
        if not required:
            return UNSET  # WHM sends null for "no value": it reads as absent
    elif isinstance(value, _CLASSES[expected]):
        return value
    return _wrong(value, field, expected)


def read_items(items: list[Any], field: str, expected: str) -> list[Any]:
    """A list of scalars with an item not of the declared class: each item read by read_value."""
    return [read_value(item, field, expected, True) for item in items]


def read_list(value: Any, field: str, required: bool) -> Any:
    """An array field's value that isn't a list: UNSET if absent or null and optional."""
    if value is UNSET or value is None:
        if not required:
            return UNSET
    elif isinstance(value, list):
        return value
    return _wrong(value, field, "array")


def read_object(value: Any, field: str, required: bool) -> Any:
    """An object field's value that isn't a dict: UNSET if absent or null and optional."""
    if value is UNSET or value is None:
        if not required:
            return UNSET
    elif isinstance(value, dict):
        return value
    raise TypeError(f"field {field}: expected object, got {type(value).__name__}")


__all__ = ["LENIENT", "UNSET", "Unset", "read_items", "read_list", "read_object", "read_value"]
