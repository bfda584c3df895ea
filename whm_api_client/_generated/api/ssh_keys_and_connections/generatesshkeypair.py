# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``generatesshkeypair``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.generatesshkeypair_data import GeneratesshkeypairData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.generatesshkeypair_abort_on_existing_key import GeneratesshkeypairAbortOnExistingKey
    from ...models.generatesshkeypair_algorithm import GeneratesshkeypairAlgorithm
    from ...models.generatesshkeypair_bits import GeneratesshkeypairBits
    from ...types import UNSET, Unset

    pass

FUNCTION = "generatesshkeypair"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.32"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-generatesshkeypair.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "abort_on_existing_key": ("abort_on_existing_key", "GeneratesshkeypairAbortOnExistingKey", False),
    "algorithm": ("algorithm", "GeneratesshkeypairAlgorithm", False),
    "bits": ("bits", "GeneratesshkeypairBits", False),
    "comment": ("comment", "str", False),
    "name": ("name", "str", False),
    "passphrase": ("passphrase", "str", False),
}


def build_arguments(
    *,
    abort_on_existing_key: GeneratesshkeypairAbortOnExistingKey | Unset = UNSET,
    algorithm: GeneratesshkeypairAlgorithm | Unset = UNSET,
    bits: GeneratesshkeypairBits | Unset = UNSET,
    comment: str | Unset = UNSET,
    name: str | Unset = UNSET,
    passphrase: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_abort_on_existing_key: int | Unset = UNSET
    if not isinstance(abort_on_existing_key, Unset):
        json_abort_on_existing_key = abort_on_existing_key

    arguments["abort_on_existing_key"] = json_abort_on_existing_key
    json_algorithm: str | Unset = UNSET
    if not isinstance(algorithm, Unset):
        json_algorithm = algorithm

    arguments["algorithm"] = json_algorithm
    json_bits: int | Unset = UNSET
    if not isinstance(bits, Unset):
        json_bits = bits

    arguments["bits"] = json_bits
    arguments["comment"] = comment
    arguments["name"] = name
    arguments["passphrase"] = passphrase

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> GeneratesshkeypairData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = GeneratesshkeypairData.from_dict(_data)

    return data
