"""The simulator's compact table of the spec: what each function takes and how its reply looks.

``scripts/regenerate.py`` writes it as ``whm_api_client/_generated/simulator.json`` beside the
generated client, so the simulator (``whm_api_client.testing``) starts without parsing 1 MB of
YAML (and without PyYAML). One line per function, so a spec change shows as a readable diff.

Read generically, so the current spec and the official layout's normalised form both work:
the function is the last segment of the path, a namespace the segment before it (or
``x-whm-namespace``); arguments come from the query parameters and from a form or JSON body.
"""

from __future__ import annotations

import json
from typing import Any

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
FORMAT_VERSION = 1
# Schema keywords that shape a reply; titles and descriptions are left behind.
_SCHEMA_KEYS = frozenset(
    {
        "type",
        "properties",
        "items",
        "additionalProperties",
        "enum",
        "nullable",
        "example",
        "default",
        "format",
        "minimum",
        "maximum",
        "anyOf",
        "oneOf",
        "allOf",
        "x-whm-known-values",
        "x-whm-scalar-union",
    }
)


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
        seen += 1
        if seen > 50:
            raise SystemExit(f"simulator_table: $ref cycle at {node!r:.80}")
    return node


def compact_schema(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """The schema with references inlined and only the keywords a reply needs."""
    node = _resolve(spec, node)
    if not isinstance(node, dict):
        return node
    if depth > 40:
        return {}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key not in _SCHEMA_KEYS:
            continue
        if key == "properties":
            out[key] = {name: compact_schema(spec, sub, depth + 1) for name, sub in value.items()}
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            out[key] = compact_schema(spec, value, depth + 1)
        elif key in ("anyOf", "oneOf", "allOf"):
            out[key] = [compact_schema(spec, sub, depth + 1) for sub in value]
        else:
            out[key] = value
    return out


def _arguments(spec: dict[str, Any], operation: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """{name: {"required": bool, "default": ...}} and whether the body must be JSON."""
    arguments: dict[str, Any] = {}
    for parameter in operation.get("parameters", []):
        parameter = _resolve(spec, parameter)
        name = parameter.get("name")
        if not name or name == "api.version":
            continue
        schema = _resolve(spec, parameter.get("schema", {}))
        arguments[name] = _argument(parameter.get("required", False), schema)
    json_only = False
    content = _resolve(spec, operation.get("requestBody", {})).get("content", {})
    for media, body in content.items():
        schema = _resolve(spec, body.get("schema", {}))
        required = set(schema.get("required", []))
        for name, sub in schema.get("properties", {}).items():
            if name != "api.version":
                arguments[name] = _argument(name in required, _resolve(spec, sub))
        json_only = json_only or media == "application/json"
    return arguments, json_only


def _argument(required: bool, schema: dict[str, Any]) -> dict[str, Any]:
    argument: dict[str, Any] = {"required": bool(required)}
    if "default" in schema:
        argument["default"] = schema["default"]
    if schema.get("type") == "array":
        argument["list"] = True
    return argument


def _reply(spec: dict[str, Any], operation: dict[str, Any]) -> tuple[Any, Any]:
    """The 200 reply's ``data`` schema (None when the spec leaves it untyped) and the
    ``data`` of a whole-reply example, if the spec has one."""
    response = _resolve(spec, operation.get("responses", {}).get("200", {}))
    media = response.get("content", {}).get("application/json", {})
    schema = _resolve(spec, media.get("schema", {}))
    data = _resolve(spec, schema.get("properties", {}).get("data"))
    if data is None or (isinstance(data, dict) and data.get("x-whm-untyped")):
        data_schema = None
    else:
        data_schema = compact_schema(spec, data)
    example = media.get("example")
    if example is None and media.get("examples"):
        first = next(iter(media["examples"].values()))
        example = _resolve(spec, first).get("value")
    example_data = example.get("data") if isinstance(example, dict) else None
    return data_schema, example_data


def build(spec: dict[str, Any]) -> dict[str, Any]:
    """The table: {"functions": {name: facts}} plus the spec's version."""
    functions: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        segments = [segment for segment in path.split("/") if segment]
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            name = segments[-1]
            namespace = operation.get("x-whm-namespace") or (
                segments[-2] if len(segments) > 1 else None
            )
            arguments, json_only = _arguments(spec, operation)
            data_schema, example = _reply(spec, operation)
            facts: dict[str, Any] = {
                "method": method.upper(),
                "read_only": bool(operation.get("x-whm-read-only", False)),
                "arguments": arguments,
                "data": data_schema,
            }
            if namespace:
                facts["namespace"] = namespace
            if json_only or operation.get("x-whm-json-only"):
                facts["json_only"] = True
            if example is not None:
                facts["example"] = example
            if name in functions:
                raise SystemExit(f"simulator_table: two paths name the function {name!r}")
            functions[name] = facts
    return {
        "format": FORMAT_VERSION,
        "spec_version": str(spec.get("info", {}).get("version", "")),
        "functions": functions,
    }


def dumps(table: dict[str, Any]) -> str:
    """JSON with one function per line (stable order), so diffs stay readable."""
    lines = [
        "{",
        '"_comment": "Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.",',
        f'"format": {json.dumps(table["format"])},',
        f'"spec_version": {json.dumps(table["spec_version"])},',
        '"functions": {',
    ]
    names = sorted(table["functions"])
    for index, name in enumerate(names):
        entry = json.dumps(table["functions"][name], sort_keys=True, ensure_ascii=False)
        comma = "," if index < len(names) - 1 else ""
        lines.append(f"{json.dumps(name)}: {entry}{comma}")
    lines += ["}", "}", ""]
    return "\n".join(lines)
