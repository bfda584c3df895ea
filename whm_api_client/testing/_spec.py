"""What the spec says about each function, and replies built from it.

The facts come from ``_generated/simulator.json``, a compact table that
``scripts/regenerate.py`` writes from ``whm.openapi.yaml`` beside the generated client
(loading it takes milliseconds; parsing the YAML would take seconds and PyYAML).

A reply for a function without a stateful handler is built from the spec: a whole-reply
example if the spec has one, else a value made from the ``data`` schema, using each field's
own ``example`` first. Values are placeholders, the same for the same seed and function.
"""

from __future__ import annotations

import functools
import json
import random
import zlib
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs

__all__ = ["FunctionSpec", "SpecTable", "bundled_table", "conform", "make_value"]


@attrs.frozen
class FunctionSpec:
    """One function: where it lives, what it takes, what its ``data`` looks like."""

    name: str
    namespace: str | None
    method: str
    read_only: bool
    arguments: Mapping[str, Mapping[str, Any]]
    data: Any  # the compact schema of ``data``, or None where the spec leaves it untyped
    example: Any = None  # ``data`` of a whole-reply example, if the spec has one
    json_only: bool = False

    @property
    def required(self) -> list[str]:
        return [name for name, facts in self.arguments.items() if facts.get("required")]

    def default(self, argument: str) -> Any:
        return self.arguments.get(argument, {}).get("default")


@attrs.frozen
class SpecTable:
    """Every function of a spec, by name and by ``NAMESPACE/name``."""

    spec_version: str
    functions: Mapping[str, FunctionSpec]

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> SpecTable:
        """From the table's JSON (as ``scripts/simulator_table.py`` builds it)."""
        functions = {}
        for name, facts in document["functions"].items():
            functions[name] = FunctionSpec(
                name=name,
                namespace=facts.get("namespace"),
                method=facts["method"],
                read_only=facts["read_only"],
                arguments=facts.get("arguments", {}),
                data=facts.get("data"),
                example=facts.get("example"),
                json_only=bool(facts.get("json_only")),
            )
        return cls(str(document.get("spec_version", "")), functions)

    def find(self, namespace: str | None, name: str) -> FunctionSpec | None:
        """The function served at ``json-api/[NAMESPACE/]NAME``, or None (§6: a namespaced
        function answers only under its namespace)."""
        spec = self.functions.get(name)
        if spec is None or spec.namespace != namespace:
            return None
        return spec


@functools.cache
def bundled_table() -> SpecTable:
    """The table of the spec bundled with this package (loaded once per process)."""
    text = resources.files("whm_api_client._generated").joinpath("simulator.json").read_text()
    return SpecTable.from_document(json.loads(text))


def stable_seed(*parts: object) -> int:
    """A seed from text that doesn't change between runs (``hash()`` of a str does)."""
    return zlib.crc32(":".join(map(str, parts)).encode())


def make_value(schema: Any, rng: random.Random, name: str = "value", depth: int = 0) -> Any:
    """A value that fits ``schema``: its ``example`` if it has one, else a placeholder."""
    if not isinstance(schema, Mapping):
        return f"{name}-{rng.randrange(16**4):04x}"
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    known = schema.get("x-whm-known-values")
    if known:
        return known[rng.randrange(len(known))]
    for combinator in ("oneOf", "anyOf", "allOf"):
        if schema.get(combinator):
            return make_value(schema[combinator][0], rng, name, depth + 1)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return _make_object(schema, rng, depth)
    if kind == "array":
        if depth > 12:
            return []
        item_name = name[:-1] if name.endswith("s") and len(name) > 2 else name
        items = schema.get("items", {})
        return [make_value(items, rng, item_name, depth + 1) for _ in range(rng.randint(1, 2))]
    if kind == "integer":
        low = int(schema.get("minimum", 0))
        return rng.randint(low, max(low, int(schema.get("maximum", low + 100))))
    if kind == "number":
        return round(rng.uniform(0, 100), 2)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "string":
        return _make_string(name, rng)
    # untyped or a scalar union (x-whm-scalar-union): any scalar fits; a string of digits
    # is what WHM's flexible fields ("1", "unlimited", "100") most often carry
    return str(rng.randint(0, 100))


def conform(record: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """``record`` with its scalar fields in the types ``schema`` gives them (the same field
    can be a number in one function's reply and text in another's)."""
    properties = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
    shaped = dict(record)
    for key, value in record.items():
        kind = properties.get(key, {}).get("type")
        if kind == "string" and isinstance(value, int | float) and not isinstance(value, bool):
            shaped[key] = str(value)
        elif kind == "integer" and isinstance(value, str) and value.lstrip("-").isdecimal():
            shaped[key] = int(value)
    return shaped


def _make_object(schema: Mapping[str, Any], rng: random.Random, depth: int) -> dict[str, Any]:
    if depth > 12:
        return {}
    value = {
        key: make_value(sub, rng, key, depth + 1)
        for key, sub in schema.get("properties", {}).items()
    }
    extra = schema.get("additionalProperties")
    if extra and not value:
        sub = extra if isinstance(extra, Mapping) else {}
        value[f"key{rng.randint(1, 9)}"] = make_value(sub, rng, "value", depth + 1)
    return value


def _make_string(name: str, rng: random.Random) -> str:
    suffix = f"{rng.randrange(16**4):04x}"
    lowered = name.lower()
    if "email" in lowered or lowered.endswith("addr"):
        return f"{name}-{suffix}@example.com"
    if "domain" in lowered or lowered in ("host", "hostname", "servername"):
        return f"{name}-{suffix}.example.com"
    if lowered in ("ip", "ipv4", "ip_address", "mainaddr"):
        return f"192.0.2.{rng.randint(1, 254)}"  # TEST-NET-1, documentation addresses
    return f"{name}-{suffix}"
