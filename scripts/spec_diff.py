#!/usr/bin/env python3
"""Summarise the API change between two OpenAPI 3 documents as Markdown.

The regeneration workflow posts this output as the pull-request body, so a
reviewer sees which WHM functions, parameters and response fields moved without
reading a multi-thousand-line YAML diff.

Usage: python scripts/spec_diff.py OLD NEW [--exit-code]

Exit status: 0 on success, 1 with --exit-code when the specs differ, 2 when an
input cannot be read or is not an OpenAPI document.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped,unused-ignore]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Request bodies whose fields are arguments: forms, and the JSON object of a JSON-only function.
BODY_MEDIA_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data", "application/json")
# Every WHM function takes api.version=1; listing it would only add noise.
IGNORED_PARAMETERS = frozenset({"api.version"})
# Response schemas can be self-referential; stop walking well past any real nesting.
MAX_FIELD_DEPTH = 12
# A chain of $ref pointing at $ref longer than this is treated as a loop.
MAX_REF_HOPS = 32

Json = dict[str, Any]


class SpecError(Exception):
    """An input that cannot be diffed; reported on stderr with exit status 2."""


# --------------------------------------------------------------------------- loading


def load_spec(path: Path) -> Json:
    """Parse OLD/NEW as JSON or YAML so either spec format can be compared."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"cannot read {path}: {exc}") from exc
    looks_like_json = path.suffix.lower() == ".json" or (
        path.suffix.lower() not in (".yaml", ".yml") and text.lstrip().startswith("{")
    )
    try:
        if looks_like_json:
            data: object = json.loads(text)
        else:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            data = yaml.load(text, Loader=loader)
    except (ValueError, yaml.YAMLError) as exc:
        kind = "JSON" if looks_like_json else "YAML"
        raise SpecError(f"cannot parse {path} as {kind}: {exc}") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{path} is not an OpenAPI document (top level is not a mapping)")
    if "openapi" not in data and "paths" not in data:
        raise SpecError(f"{path} is not an OpenAPI document (no 'openapi' or 'paths' key)")
    if not isinstance(data.get("paths", {}), dict):
        raise SpecError(f"{path} is not an OpenAPI document ('paths' is not a mapping)")
    return data


def _mapping(value: object) -> Json:
    """Treat anything that is not a mapping as empty so malformed nodes cannot crash us."""
    return value if isinstance(value, dict) else {}


def _items(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def resolve(doc: Json, node: object) -> tuple[Json, tuple[str, ...]]:
    """Follow local $refs so comparisons see the schema, not the pointer.

    Returns the target and the refs passed through, which callers use to spot cycles.
    External refs are left as they are: they cannot be compared offline.
    """
    current = _mapping(node)
    chain: list[str] = []
    while isinstance(current.get("$ref"), str) and current["$ref"].startswith("#/"):
        ref: str = current["$ref"]
        if ref in chain or len(chain) >= MAX_REF_HOPS:
            break
        chain.append(ref)
        target: object = doc
        for raw in ref[2:].split("/"):
            key = raw.replace("~1", "/").replace("~0", "~")
            target = target.get(key) if isinstance(target, dict) else None
        if not isinstance(target, dict):
            break
        current = target
    return current, tuple(chain)


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Param:
    """What a caller has to know about a parameter to keep calling the function."""

    location: str
    type: str
    required: bool
    enum: tuple[str, ...] | None
    default: str | None
    deprecated: bool


@dataclass(frozen=True)
class Operation:
    """One WHM function as seen by a client: how it is called and what it returns."""

    key: str
    method: str
    path: str
    deprecated: bool
    params: dict[str, Param]
    fields: dict[str, str]


def render_value(value: object) -> str:
    """JSON-encode so `"1"` and `1` stay distinguishable in the report."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _merged(doc: Json, schema: Json, depth: int = 0) -> Json:
    """Fold allOf members into one schema so their properties are compared like any other."""
    members = [resolve(doc, m)[0] for m in _items(schema.get("allOf"))]
    if not members or depth >= MAX_FIELD_DEPTH:
        return schema
    merged: Json = {k: v for k, v in schema.items() if k != "allOf"}
    props: Json = {}
    for member in [*(_merged(doc, m, depth + 1) for m in members), schema]:
        props.update(_mapping(member.get("properties")))
        for key in ("type", "items", "additionalProperties", "format", "enum", "default"):
            if key in member and key not in merged:
                merged[key] = member[key]
        if member.get("nullable") is True:
            merged["nullable"] = True
    if props:
        merged["properties"] = props
    return merged


def type_name(doc: Json, node: object, *, deep: bool, depth: int = 0) -> str:
    """Describe a schema's type in one token, e.g. `array<string>` or `integer|null`.

    `deep` spells out array item types; response fields skip that because the
    items are reported as their own `[]` path.
    """
    schema, _ = resolve(doc, node)
    if depth > MAX_FIELD_DEPTH:
        return "..."
    if "$ref" in schema:
        return f"$ref({schema['$ref']})"
    schema = _merged(doc, schema)
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            names = {type_name(doc, s, deep=deep, depth=depth + 1) for s in schema[combinator]}
            return f"{combinator}[{'|'.join(sorted(names))}]"
    if schema.get("x-whm-scalar-union") is True:
        return "scalar"
    raw = schema.get("type")
    if isinstance(raw, list):
        types = [str(t) for t in raw]
    elif isinstance(raw, str):
        types = [raw]
    elif "properties" in schema or "additionalProperties" in schema:
        types = ["object"]
    elif "items" in schema:
        types = ["array"]
    else:
        types = ["any"]
    parts: list[str] = []
    for t in types:
        if t == "null":
            continue
        if t == "array" and deep and depth < MAX_FIELD_DEPTH:
            t = f"array<{type_name(doc, schema.get('items'), deep=True, depth=depth + 1)}>"
        elif isinstance(schema.get("format"), str):
            t = f"{t}({schema['format']})"
        parts.append(t)
    if "null" in types or schema.get("nullable") is True:
        parts.append("null")
    return "|".join(parts) if parts else "null"


def _param(doc: Json, location: str, schema_node: object, required: bool, extra: Json) -> Param:
    schema = _merged(doc, resolve(doc, schema_node)[0])
    enum_source = schema
    if "enum" not in schema and "items" in schema:
        enum_source = resolve(doc, schema["items"])[0]
    enum = enum_source.get("enum")
    return Param(
        location=location,
        type=type_name(doc, schema, deep=True),
        required=required,
        enum=tuple(sorted({render_value(v) for v in enum})) if isinstance(enum, list) else None,
        default=render_value(schema["default"]) if "default" in schema else None,
        deprecated=extra.get("deprecated") is True or schema.get("deprecated") is True,
    )


def collect_params(doc: Json, path_item: Json, op: Json) -> dict[str, Param]:
    """Gather query/path/header and body (form or JSON) parameters of one operation by name."""
    by_slot: dict[tuple[str, str], Param] = {}
    # Operation-level parameters override path-level ones with the same name and location.
    for node in [*_items(path_item.get("parameters")), *_items(op.get("parameters"))]:
        p, _ = resolve(doc, node)
        name, location = p.get("name"), p.get("in")
        if not isinstance(name, str) or not isinstance(location, str):
            continue
        schema_node: object = p.get("schema")
        if schema_node is None:  # parameters may carry their schema under `content`
            media = next(iter(_mapping(p.get("content")).values()), None)
            schema_node = _mapping(media).get("schema")
        required = p.get("required") is True or location == "path"
        by_slot[(name, location)] = _param(doc, location, schema_node, required, p)

    body, _ = resolve(doc, op.get("requestBody"))
    content = _mapping(body.get("content"))
    for media_type in BODY_MEDIA_TYPES:
        if media_type not in content:
            continue
        schema = _merged(doc, resolve(doc, _mapping(content[media_type]).get("schema"))[0])
        required_names = {str(n) for n in _items(schema.get("required"))}
        for name, prop in _mapping(schema.get("properties")).items():
            by_slot[(str(name), "body")] = _param(
                doc, "body", prop, str(name) in required_names, {}
            )
        break

    names = [name for name, _ in by_slot]
    params: dict[str, Param] = {}
    for (name, location), param in by_slot.items():
        if name in IGNORED_PARAMETERS:
            continue
        # Key by name alone so a move between query and body reads as a location change.
        key = name if names.count(name) == 1 else f"{name} ({location})"
        params[key] = param
    return params


def _success_schema(doc: Json, op: Json) -> Json | None:
    """Find the JSON schema of the 200 response (or the first other 2xx one)."""
    responses = {str(code): resp for code, resp in _mapping(op.get("responses")).items()}
    codes = sorted(code for code in responses if code.startswith("2"))
    if not codes:
        return None
    chosen = "200" if "200" in responses else codes[0]
    response, _ = resolve(doc, responses[chosen])
    content = _mapping(response.get("content"))
    media = content.get("application/json")
    if media is None:
        media = next((v for k, v in sorted(content.items()) if "json" in k), None)
    if media is None:
        return None
    return resolve(doc, _mapping(media).get("schema"))[0]


def collect_fields(doc: Json, op: Json) -> dict[str, str]:
    """Map every reachable `data...` field path of the success response to its type."""
    fields: dict[str, str] = {}
    envelope = _success_schema(doc, op)
    if envelope is None:
        return fields
    data = _mapping(_merged(doc, envelope).get("properties")).get("data")
    if data is not None:
        _walk_fields(doc, data, "data", 0, frozenset(), fields)
    return fields


def _walk_fields(
    doc: Json, node: object, path: str, depth: int, active: frozenset[str], out: dict[str, str]
) -> None:
    schema, chain = resolve(doc, node)
    out[path] = type_name(doc, node, deep=False)
    if depth >= MAX_FIELD_DEPTH or active.intersection(chain):
        return  # a $ref that is already being expanded further up: a cycle
    active = active.union(chain)
    schema = _merged(doc, schema)
    branches = [schema]
    for combinator in ("oneOf", "anyOf"):
        branches += [_merged(doc, resolve(doc, b)[0]) for b in _items(schema.get(combinator))]
    for branch in branches:
        for name, prop in sorted(_mapping(branch.get("properties")).items()):
            _walk_fields(doc, prop, f"{path}.{name}", depth + 1, active, out)
        if "items" in branch:
            _walk_fields(doc, branch["items"], f"{path}[]", depth + 1, active, out)
        extra = branch.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            _walk_fields(doc, extra, f"{path}.*", depth + 1, active, out)


def collect_operations(doc: Json) -> dict[str, Operation]:
    """Index every operation by operationId (or `METHOD /path` when it has none)."""
    ops: dict[str, Operation] = {}
    for path, raw_item in sorted(_mapping(doc.get("paths")).items(), key=lambda kv: str(kv[0])):
        path_item, _ = resolve(doc, raw_item)
        for method in HTTP_METHODS:
            op = path_item.get(method)
            if not isinstance(op, dict):
                continue
            op_id = op.get("operationId")
            key = op_id if isinstance(op_id, str) and op_id else f"{method.upper()} {path}"
            if key in ops:  # duplicate operationIds are invalid, but keep both visible
                key = f"{key} ({method.upper()} {path})"
            ops[key] = Operation(
                key=key,
                method=method.upper(),
                path=str(path),
                deprecated=op.get("deprecated") is True,
                params=collect_params(doc, path_item, op),
                fields=collect_fields(doc, op),
            )
    return ops


# --------------------------------------------------------------------------- diffing


@dataclass
class OperationChange:
    """Everything that differs for one function present in both specs."""

    key: str
    notes: list[str] = field(default_factory=list)
    params_added: list[str] = field(default_factory=list)
    params_removed: list[str] = field(default_factory=list)
    params_changed: list[str] = field(default_factory=list)
    fields_added: list[str] = field(default_factory=list)
    fields_removed: list[str] = field(default_factory=list)
    fields_changed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(
            (
                self.notes,
                self.params_added,
                self.params_removed,
                self.params_changed,
                self.fields_added,
                self.fields_removed,
                self.fields_changed,
            )
        )


@dataclass
class SpecDiff:
    """The complete comparison; rendering is kept separate so tests can inspect it."""

    old_version: str
    new_version: str
    added: list[Operation]
    removed: list[Operation]
    changed: list[OperationChange]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def code(text: str) -> str:
    """Wrap text in a Markdown code span that survives backticks inside it."""
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def describe_param(name: str, p: Param) -> str:
    bits = [p.location, code(p.type), "required" if p.required else "optional"]
    if p.enum is not None:
        bits.append("enum " + ", ".join(code(v) for v in p.enum))
    if p.default is not None:
        bits.append("default " + code(p.default))
    if p.deprecated:
        bits.append("deprecated")
    return f"{code(name)} ({'; '.join(bits)})"


def _optional(value: str | None) -> str:
    return "none" if value is None else code(value)


def param_changes(old: Param, new: Param) -> list[str]:
    """List attribute changes in a fixed order so output is stable."""
    changes: list[str] = []
    if old.type != new.type:
        changes.append(f"type {code(old.type)} → {code(new.type)}")
    if old.required != new.required:
        changes.append(f"required {_yes_no(old.required)} → {_yes_no(new.required)}")
    if old.enum != new.enum:
        if old.enum is None or new.enum is None:
            before = "none" if old.enum is None else ", ".join(code(v) for v in old.enum)
            after = "none" if new.enum is None else ", ".join(code(v) for v in new.enum)
            changes.append(f"enum {before} → {after}")
        else:
            gained = sorted(set(new.enum) - set(old.enum))
            lost = sorted(set(old.enum) - set(new.enum))
            if gained:
                changes.append("enum values added " + ", ".join(code(v) for v in gained))
            if lost:
                changes.append("enum values removed " + ", ".join(code(v) for v in lost))
    if old.default != new.default:
        changes.append(f"default {_optional(old.default)} → {_optional(new.default)}")
    if old.location != new.location:
        changes.append(f"location {old.location} → {new.location}")
    if old.deprecated != new.deprecated:
        changes.append(f"deprecated {_yes_no(old.deprecated)} → {_yes_no(new.deprecated)}")
    return changes


def compare_operations(old: Operation, new: Operation) -> OperationChange:
    change = OperationChange(key=new.key)
    if old.method != new.method:
        change.notes.append(f"Method: {code(old.method)} → {code(new.method)}")
    if old.path != new.path:
        change.notes.append(f"Path: {code(old.path)} → {code(new.path)}")
    if old.deprecated != new.deprecated:
        change.notes.append(f"Deprecated: {_yes_no(old.deprecated)} → {_yes_no(new.deprecated)}")

    for name in sorted(new.params.keys() - old.params.keys()):
        change.params_added.append(describe_param(name, new.params[name]))
    for name in sorted(old.params.keys() - new.params.keys()):
        change.params_removed.append(describe_param(name, old.params[name]))
    for name in sorted(old.params.keys() & new.params.keys()):
        diffs = param_changes(old.params[name], new.params[name])
        if diffs:
            change.params_changed.append(f"{code(name)}: {'; '.join(diffs)}")

    for path in sorted(new.fields.keys() - old.fields.keys()):
        change.fields_added.append(f"{code(path)} ({code(new.fields[path])})")
    for path in sorted(old.fields.keys() - new.fields.keys()):
        change.fields_removed.append(f"{code(path)} ({code(old.fields[path])})")
    for path in sorted(old.fields.keys() & new.fields.keys()):
        if old.fields[path] != new.fields[path]:
            before, after = code(old.fields[path]), code(new.fields[path])
            change.fields_changed.append(f"{code(path)}: {before} → {after}")
    return change


def _version(doc: Json) -> str:
    version = _mapping(doc.get("info")).get("version")
    return "unknown" if version is None else str(version)


def diff_specs(old_doc: Json, new_doc: Json) -> SpecDiff:
    old_ops, new_ops = collect_operations(old_doc), collect_operations(new_doc)
    changed = [compare_operations(old_ops[k], new_ops[k]) for k in sorted(old_ops.keys() & new_ops)]
    return SpecDiff(
        old_version=_version(old_doc),
        new_version=_version(new_doc),
        added=[new_ops[k] for k in sorted(new_ops.keys() - old_ops.keys())],
        removed=[old_ops[k] for k in sorted(old_ops.keys() - new_ops.keys())],
        changed=[c for c in changed if c],
    )


# --------------------------------------------------------------------------- rendering


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def summary_line(diff: SpecDiff) -> str:
    counts = (
        f"{_plural(len(diff.added), 'function')} added, {len(diff.removed)} removed, "
        f"{len(diff.changed)} changed"
    )
    versions = f"{code(diff.old_version)} → {code(diff.new_version)}"
    return f"## API changes {versions}: {counts}"


def _bullets(title: str, lines: Sequence[str]) -> Iterator[str]:
    if lines:
        yield f"- {title}:"
        yield from (f"  - {line}" for line in lines)


def _operation_line(op: Operation) -> str:
    suffix = " (deprecated)" if op.deprecated else ""
    return f"- {code(op.key)} — {code(f'{op.method} {op.path}')}{suffix}"


def render(diff: SpecDiff) -> str:
    """Produce the Markdown report; identical inputs always give identical text."""
    if not diff:
        lines = ["No API changes."]
        if diff.old_version != diff.new_version:
            lines.append("")
            lines.append(
                f"Spec version {code(diff.old_version)} → {code(diff.new_version)}; "
                "operations, parameters and response fields are unchanged."
            )
        return "\n".join(lines) + "\n"

    out: list[str] = [summary_line(diff)]
    sections: Iterable[tuple[str, list[Operation]]] = (
        ("Added functions", diff.added),
        ("Removed functions", diff.removed),
    )
    for title, ops in sections:
        if ops:
            out += ["", f"### {title} ({len(ops)})", ""]
            out += [_operation_line(op) for op in ops]
    if diff.changed:
        out += ["", f"### Changed functions ({len(diff.changed)})"]
        for change in diff.changed:
            out += ["", f"#### {code(change.key)}", ""]
            out += [f"- {note}" for note in change.notes]
            out += _bullets("Parameters added", change.params_added)
            out += _bullets("Parameters removed", change.params_removed)
            out += _bullets("Parameters changed", change.params_changed)
            out += _bullets("Response fields added", change.fields_added)
            out += _bullets("Response fields removed", change.fields_removed)
            out += _bullets("Response fields changed", change.fields_changed)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Print the API change between two OpenAPI 3 specs as Markdown."
    )
    parser.add_argument("old", type=Path, help="previous spec (YAML or JSON)")
    parser.add_argument("new", type=Path, help="updated spec (YAML or JSON)")
    parser.add_argument(
        "--exit-code",
        action="store_true",
        help="exit with status 1 when the specs differ (like `git diff --exit-code`)",
    )
    args = parser.parse_args(argv)
    try:
        old_doc, new_doc = load_spec(args.old), load_spec(args.new)
    except SpecError as exc:
        print(f"spec_diff: error: {exc}", file=sys.stderr)
        return 2
    diff = diff_specs(old_doc, new_doc)
    sys.stdout.write(render(diff))
    return 1 if args.exit_code and diff else 0


if __name__ == "__main__":
    sys.exit(main())
