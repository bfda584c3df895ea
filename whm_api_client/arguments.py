"""Arguments checked against the bundled spec before a call is sent (opt-in).

WHM ignores an argument it doesn't know: ``listaccts serach=bob`` lists every account.
:func:`check_arguments` refuses, with a "did you mean", an argument name that the spec
doesn't list for the function, and a value outside an argument's allowed values (an
``enum`` in the spec). It reads what the generated function modules already know: the
``ARGUMENTS`` table (WHM name, Python keyword, type) and the allowed values of the
``Literal`` types it names. What it lets through:

- WHM's meta arguments (``api.filter.*``, ``api.sort.*``, ``api.chunk.*``,
  ``api.columns.*``), which any function takes (CPSRVD-BEHAVIOR.md §5);
- ``NAME-N`` for a listed ``NAME``: cpsrvd's own spelling of a repeated key (§4);
- names matching the spec's pattern names (``MXCHECK-*``, ``x_*``); a spec name with
  a space in it (``feature name``) stands for any name, with that argument's values;
- anything for ``uapi_cpanel``, which passes its other arguments on to the UAPI function;
- anything for a function the bundled spec doesn't know (there is nothing to check).

``WhmClient(check_arguments=True)`` (or ``with_options(check_arguments=True)``) runs it
for ``call()`` and the typed methods; the ``whm-api`` command line always does, unless
``--allow-unknown`` (a newer server may take more).
"""

from __future__ import annotations

import difflib
import re
import typing
from collections.abc import Mapping
from fnmatch import fnmatchcase
from typing import Any

from .errors import WhmConfigError
from .functions import lookup, module_of

__all__ = ["META_PREFIXES", "allowed_values", "check_arguments"]

# Meta arguments cpsrvd reads for any function (CPSRVD-BEHAVIOR.md §5).
META_PREFIXES = ("api.filter.", "api.sort.", "api.chunk.", "api.columns.")
# Functions that pass arguments the spec can't list on to another API.
_PASSES_ON = {"uapi_cpanel": "the UAPI function's own arguments"}
_REPEATED = re.compile(r"^(?P<name>.+)-\d+$")


def allowed_values(python_type: str) -> tuple[str, ...] | None:
    """The values an argument of this generated type may take, as sent on the wire
    (``"1"`` for the integer 1), or None when the spec doesn't restrict them."""
    if not python_type[:1].isupper() or python_type == "Any":
        return None
    from ._generated import models

    try:
        choices = typing.get_args(getattr(models, python_type))
    except AttributeError:  # not a model of this version: nothing to check against
        return None
    return tuple(_wire(choice) for choice in choices) or None


def _wire(value: object) -> str:
    """A scalar as the client sends it: booleans as 1/0, everything else as str()."""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def check_arguments(function: str, arguments: Mapping[str, Any]) -> None:
    """Raise :class:`WhmConfigError` for an argument name the spec doesn't list for
    ``function``, or a value it doesn't allow; see the module docstring for what passes."""
    _, info = lookup(function)
    if info is None or function.rpartition("/")[2] in _PASSES_ON:
        return
    table: dict[str, tuple[str, str, bool]] = module_of(info).ARGUMENTS
    patterns = [name for name in table if "*" in name]
    anything = next((name for name in table if " " in name), None)
    for name, value in arguments.items():
        spec_name = _spec_name(name, table, patterns, anything)
        if spec_name is None:
            raise WhmConfigError(_unknown(name, table), function=function)
        if value is None or spec_name not in table:  # a meta argument: WHM's own values
            continue
        allowed = allowed_values(table[spec_name][1])
        if allowed is None:
            continue
        for item in value if isinstance(value, list | tuple) else (value,):
            if _wire(item) not in allowed:
                raise WhmConfigError(_not_allowed(name, item, allowed), function=function)


def _spec_name(
    name: str, table: Mapping[str, Any], patterns: list[str], anything: str | None
) -> str | None:
    """The spec's argument that ``name`` is, or None when there is none."""
    if name in table:
        return name
    repeated = _REPEATED.match(name)
    if repeated and repeated["name"] in table:
        return repeated["name"]
    if name.startswith(META_PREFIXES):
        return name
    pattern = next((p for p in patterns if fnmatchcase(name, p)), None)
    return pattern or anything


def _unknown(name: str, table: Mapping[str, Any]) -> str:
    names = [spec for spec in table if "*" not in spec and " " not in spec]
    by_lower = {spec.lower(): spec for spec in names}
    close = [
        by_lower[match]
        for match in difflib.get_close_matches(name.lower(), list(by_lower), n=3, cutoff=0.6)
    ]
    message = f"unknown argument {name!r}"
    if close:
        message += f" (did you mean {', '.join(close)}?)"
    if not names:
        return message + ": the bundled spec lists no arguments for it"
    if len(names) <= 12:
        return message + f"; the bundled spec lists {', '.join(sorted(names))}"
    return message + f"; the bundled spec lists {len(names)} others"


def _not_allowed(name: str, value: object, allowed: tuple[str, ...]) -> str:
    # The value itself isn't shown: messages carry argument names only, never values.
    message = f"argument {name!r} takes one of {', '.join(allowed)} (the bundled spec's values)"
    close = difflib.get_close_matches(_wire(value), allowed, n=1, cutoff=0.6)
    return message + (f"; did you mean {close[0]}?" if close else "")
