#!/usr/bin/env python3
"""Fetch the WHM API 1 OpenAPI spec and normalize it into ``whm.openapi.yaml``.

The official spec is written for human readers and has quirks that trip up
code generators and mock servers. Every fix below is a small named function
that takes the whole document and returns nothing (it edits in place), so a
test can reproduce each quirk on a tiny fixture and show the fix.

Usage::

    python scripts/sync_spec.py                       # official URL
    python scripts/sync_spec.py --from path/or/url    # any OpenAPI 3 JSON/YAML
    python scripts/sync_spec.py --check               # exit 1 if the output would change
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

OFFICIAL_SPEC_URL = "https://api.docs.cpanel.net/_bundle/specifications/whm.openapi.yaml"
DOCS_MOCK_URL = "https://api.docs.cpanel.net/_mock/specifications/whm.openapi"
REAL_HOST_URL = "https://{host}:{port}/json-api"
ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "whm.openapi.yaml"

Spec = dict[str, Any]
HTTP_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")

# Functions whose names start like this only read state (see docs/read-only.md).
READ_ONLY_PREFIXES = (
    "get_", "get", "list", "fetch_", "show", "is_", "has_", "view", "dump", "search",
    "check_", "verify", "validate", "current_", "export", "retrieve", "lookup",
    "find", "count_", "query",
)  # fmt: skip
READ_ONLY_SUFFIXES = ("_get", "_list", "_status", "_info", "summary", "_check", "_exists")
READ_ONLY_NAMES = frozenset(
    {
        "accountsummary", "acctcounts", "applist", "cpgreylist_is_server_netblock_trusted",
        "domaininfo", "domainuserdata",
        "getdiskusage", "gethostname", "loadavg", "myprivs", "nvget", "showbw", "systemloadavg",
        "version",
    }
)  # fmt: skip
# Any of these words in a name means the call may change state, whatever its prefix.
MUTATING_WORDS = frozenset(
    {
        "abort", "accept", "add", "apply", "approve", "auto", "block", "cancel", "change",
        "clear", "convert", "create", "del", "delete", "disable", "edit", "enable", "ensure",
        "exec", "execute", "fix", "flush", "force", "generate", "hold", "import", "init",
        "initialize", "install", "issue", "kill", "lock", "login", "logout", "mark", "migrate",
        "modify", "move", "new", "park", "process", "provision", "purge", "put", "queue",
        "reboot", "rebuild", "register", "release", "reload", "remove", "rename", "renew",
        "repair", "replace", "request", "reset", "restart", "restore", "revoke", "run", "save",
        "schedule", "send", "set", "setup", "start", "stop", "store", "suspend", "sync",
        "terminate", "toggle", "transfer", "trigger", "unblock", "uninstall", "unlock",
        "unpark", "unregister", "unsuspend", "update", "upgrade", "upload", "write",
    }
)  # fmt: skip


# --------------------------------------------------------------------------- loading


def load_document(source: str) -> tuple[Spec, bytes]:
    """Read an OpenAPI document from a URL or a file; JSON and YAML both work."""
    if re.match(r"^https?://", source):
        import httpx

        try:
            response = httpx.get(source, timeout=60, follow_redirects=True)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise SystemExit(
                f"sync_spec: can't fetch {source}: {exc or type(exc).__name__} "
                "(give a file with --from)"
            ) from None
        raw = response.content
    else:
        try:
            raw = Path(source).read_bytes()
        except OSError as exc:
            raise SystemExit(f"sync_spec: can't read {source}: {exc.strerror}") from None
    try:
        document = yaml.safe_load(raw)  # YAML is a superset of JSON
    except yaml.YAMLError as exc:
        raise SystemExit(f"sync_spec: {source} is not YAML or JSON: {exc}") from None
    if not isinstance(document, dict) or "paths" not in document:
        raise SystemExit(f"sync_spec: {source} is not an OpenAPI document (no 'paths')")
    return document, raw


def iter_operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method, operation) for every operation, in path order."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def function_name(path: str, operation: dict[str, Any]) -> str:
    return str(operation.get("operationId") or path.strip("/").split("/")[-1])


def walk_schemas(schema: Any) -> Iterator[dict[str, Any]]:
    """Yield ``schema`` and every subschema, never mistaking a property name for a keyword."""
    if not isinstance(schema, dict):
        return
    yield schema
    for value in schema.get("properties", {}).values():
        yield from walk_schemas(value)
    for key in ("items", "additionalProperties", "not"):
        yield from walk_schemas(schema.get(key))
    for key in ("allOf", "anyOf", "oneOf"):
        for value in schema.get(key, []):
            yield from walk_schemas(value)


def all_schemas(spec: Spec) -> Iterator[dict[str, Any]]:
    """Every schema in the document: parameters, bodies, replies and components."""
    roots: list[Any] = list(spec.get("components", {}).get("schemas", {}).values())
    roots += [p.get("schema") for p in spec.get("components", {}).get("parameters", {}).values()]
    for _, _, operation in iter_operations(spec):
        roots += [p.get("schema") for p in operation.get("parameters", [])]
        for holder in [operation.get("requestBody", {}), *operation.get("responses", {}).values()]:
            roots += [media.get("schema") for media in holder.get("content", {}).values()]
    for root in roots:
        yield from walk_schemas(root)


def success_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON schema of the 200 reply envelope, if the operation declares one."""
    response = operation.get("responses", {}).get("200", {})
    content = response.get("content", {}).get("application/json", {})
    schema = content.get("schema")
    return schema if isinstance(schema, dict) else None


# --------------------------------------------------------------------------- fixes


def add_missing_parameter_locations(spec: Spec) -> None:
    """Parameters without ``in`` are invalid OpenAPI; WHM reads every argument from the query."""
    containers = [spec.get("components", {}).get("parameters", {}).values()]
    for _, _, operation in iter_operations(spec):
        containers.append(operation.get("parameters", []))
    for item in spec.get("paths", {}).values():
        containers.append(item.get("parameters", []))
    for parameters in containers:
        for parameter in parameters:
            if "$ref" not in parameter and "in" not in parameter:
                parameter["in"] = "query"


def merge_duplicate_tags(spec: Spec) -> None:
    """The same tag can be declared twice (and twice in x-tagGroups); keep one of each."""
    merged: dict[str, dict[str, Any]] = {}
    for tag in spec.get("tags", []):
        merged.setdefault(tag["name"], {}).update({k: v for k, v in tag.items() if v})
    if "tags" in spec:
        spec["tags"] = [merged[name] for name in sorted(merged)]
    groups: dict[str, list[str]] = {}
    for group in spec.get("x-tagGroups", []):
        members = groups.setdefault(group["name"], [])
        members.extend(tag for tag in group.get("tags", []) if tag not in members)
    if "x-tagGroups" in spec:
        spec["x-tagGroups"] = [
            {"name": name, "tags": sorted(members)} for name, members in sorted(groups.items())
        ]


def ensure_api_version_parameter(spec: Spec) -> None:
    """Every WHM API 1 call must send ``api.version=1``; declare it once and use it everywhere."""
    components = spec.setdefault("components", {})
    components.setdefault("schemas", {})["ApiVersion"] = {
        "type": "integer",
        "enum": [1],
        "default": 1,
    }
    components.setdefault("parameters", {})["ApiVersion"] = {
        "name": "api.version",
        "in": "query",
        "required": True,
        "schema": {"$ref": "#/components/schemas/ApiVersion"},
    }
    reference = {"$ref": "#/components/parameters/ApiVersion"}
    for _, _, operation in iter_operations(spec):
        others = [
            p
            for p in operation.get("parameters", [])
            if p.get("name") != "api.version" and p != reference
        ]
        operation["parameters"] = [reference, *others]


def set_servers(spec: Spec) -> None:
    """The docs mock and a real host; the client picks one, the mock server serves the first."""
    spec["servers"] = [
        {"url": DOCS_MOCK_URL, "description": "cPanel documentation mock server"},
        {
            "url": REAL_HOST_URL,
            "description": "A WHM server (cpsrvd)",
            "variables": {"host": {"default": "whm.example.com"}, "port": {"default": "2087"}},
        },
    ]


def set_security_schemes(spec: Spec) -> None:
    """WHM takes an API token header or HTTP basic auth; either one is enough."""
    spec.setdefault("components", {})["securitySchemes"] = {
        "BasicAuth": {"type": "http", "scheme": "basic"},
        "WhmApiToken": {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "The header value is 'whm USER:TOKEN'.",
        },
    }
    spec["security"] = [{"WhmApiToken": []}, {"BasicAuth": []}]


def drop_upstream_prose(spec: Spec) -> None:
    """Keep facts, not words: this project ships no prose copied from the source spec.

    Response objects need a description, so each gets a short one of ours.
    """
    spec["info"] = {"title": "WHM API 1", "version": str(spec.get("info", {}).get("version", "0"))}
    for tag in spec.get("tags", []):
        for key in ("description", "x-displayName", "externalDocs"):
            tag.pop(key, None)
    for path, _, operation in iter_operations(spec):
        operation["summary"] = function_name(path, operation)
        operation.pop("description", None)
        operation.pop("x-codeSamples", None)
        url = operation.pop("externalDocs", {}).get("url")
        if url:
            operation["externalDocs"] = {"url": url}
        for parameter in operation.get("parameters", []):
            for key in ("description", "example", "examples"):
                parameter.pop(key, None)
        for holder in [operation.get("requestBody", {}), *operation.get("responses", {}).values()]:
            for media in holder.get("content", {}).values():
                media.pop("example", None)
                media.pop("examples", None)
        for code, response in operation.get("responses", {}).items():
            if "$ref" not in response:
                response["description"] = "OK" if code == "200" else "Reply"
        if "requestBody" in operation:
            operation["requestBody"].pop("description", None)
    for schema in all_schemas(spec):
        for key in ("description", "example", "examples"):
            schema.pop(key, None)


def declare_failure_responses(spec: Spec) -> None:
    """Upstream declares only 200; say what else comes back so readers and tools know."""
    responses = spec.setdefault("components", {}).setdefault("responses", {})
    responses["Failure"] = {
        "description": "An HTTP-level failure: bad credentials, no access, or a server error.",
        "content": {"text/plain": {"schema": {"type": "string"}}},
    }
    for _, _, operation in iter_operations(spec):
        operation.setdefault("responses", {}).setdefault(
            "default", {"$ref": "#/components/responses/Failure"}
        )


def hoist_misplaced_additional_properties(spec: Spec) -> None:
    """Upstream sometimes lists ``additionalProperties`` as a property *name*; make it the keyword.

    ``remote_mysql_read_profiles`` answers ``{"<profile name>": {profile}, ...}`` but upstream
    writes ``properties: {additionalProperties: {profile}}``, which declares one field literally
    called "additionalProperties" and clashes with the generated models' own
    ``additional_properties`` attribute.  The map of name -> schema is what was meant.
    """
    for schema in list(all_schemas(spec)):
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            continue
        misplaced = properties.get("additionalProperties")
        if not isinstance(misplaced, dict) or schema.get("additionalProperties") not in (
            None,
            True,
            {},
        ):
            continue
        schema["additionalProperties"] = properties.pop("additionalProperties")
        if not properties:
            del schema["properties"]


def ensure_data_property(spec: Spec) -> None:
    """Make ``data`` explicit: required where typed, free-form (and nullable) where untyped.

    A typed function's result is its ``data``; a reply without it cannot be the
    documented type, so the client should fail rather than return a hollow
    object. Where upstream gives no shape, keep whatever the server sends.
    """
    for _, _, operation in iter_operations(spec):
        schema = success_schema(operation)
        if schema is None:
            continue
        properties = schema.setdefault("properties", {})
        data = properties.get("data")
        required = [name for name in schema.get("required", []) if name != "data"]
        if data is None or data == {} or data.get("x-whm-untyped"):
            properties["data"] = {"nullable": True, "x-whm-untyped": True}
        else:
            data.pop("nullable", None)
            required.append("data")
        if required:
            schema["required"] = sorted(set(required))
        else:
            schema.pop("required", None)  # OpenAPI 3.0 forbids an empty list
        schema["type"] = "object"


def relax_response_enums(spec: Spec) -> None:
    """Newer servers add values; keep known ones as documentation, don't reject new ones."""
    roots = [success_schema(op) for _, _, op in iter_operations(spec)]
    roots.append(spec.get("components", {}).get("schemas", {}).get("Metadata"))
    for root in roots:
        for node in walk_schemas(root):
            if "enum" in node and isinstance(node["enum"], list):
                node["x-whm-known-values"] = node.pop("enum")


def tolerate_string_result(spec: Spec) -> None:
    """Some servers send ``metadata.result`` as "1"/"0"; the schema must accept both.

    The examples (success, "OK", version 1) are what a static mock server answers with.
    """
    metadata = spec.get("components", {}).get("schemas", {}).get("Metadata")
    if not isinstance(metadata, dict):
        return
    result = metadata.setdefault("properties", {}).setdefault("result", {})
    known = result.get("x-whm-known-values", result.get("enum", [0, 1]))
    metadata["properties"]["result"] = {
        "anyOf": [{"type": "integer", "example": 1}, {"type": "string", "example": "1"}],
        "x-whm-known-values": known,
    }
    metadata["properties"].setdefault("reason", {"type": "string"})["example"] = "OK"
    metadata["properties"].setdefault("version", {"type": "integer"})["example"] = 1


def name_reply_models(spec: Spec) -> None:
    """Short, predictable model names: ``ListacctsData`` instead of ``ListacctsResponse200Data``."""
    for path, _, operation in iter_operations(spec):
        schema = success_schema(operation)
        if schema is None:
            continue
        base = _pascal(function_name(path, operation))
        schema["title"] = f"{base}Reply"
        data = schema.get("properties", {}).get("data")
        if isinstance(data, dict) and not data.get("x-whm-untyped") and "$ref" not in data:
            data["title"] = f"{base}Data"


def _pascal(name: str) -> str:
    words = re.split(r"[^0-9A-Za-z]+", name)
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def mark_read_only(spec: Spec) -> None:
    """Mark functions that only read, so retries and live tests know what is safe to repeat.

    WHM uses GET for nearly everything, so the method says nothing. The rule is
    by name and errs on the side of "may change state": a POST is never
    read-only; a name is read-only when it starts or ends like a query
    (``get_``, ``list``, ``_status``, ...) or is a known query, and no word in
    it is a mutating verb (``set``, ``create``, ``remove``, ...).
    """
    for path, method, operation in iter_operations(spec):
        operation["x-whm-read-only"] = is_read_only(function_name(path, operation), method)


def is_read_only(name: str, method: str = "get") -> bool:
    if method != "get":
        return False
    lowered = name.lower().lstrip("_")
    words = set(re.split(r"[^a-z0-9]+", lowered))
    if words & MUTATING_WORDS:
        return False
    if lowered in READ_ONLY_NAMES:
        return True
    return lowered.startswith(READ_ONLY_PREFIXES) or lowered.endswith(READ_ONLY_SUFFIXES)


FIXES: tuple[Callable[[Spec], None], ...] = (
    add_missing_parameter_locations,
    drop_upstream_prose,
    merge_duplicate_tags,
    ensure_api_version_parameter,
    set_servers,
    set_security_schemes,
    declare_failure_responses,
    hoist_misplaced_additional_properties,
    ensure_data_property,
    relax_response_enums,
    tolerate_string_result,
    name_reply_models,
    mark_read_only,
)


# --------------------------------------------------------------------------- output

TOP_LEVEL_ORDER = (
    "openapi", "info", "servers", "security", "tags", "x-tagGroups", "paths", "components",
)  # fmt: skip
OPERATION_ORDER = (
    "operationId", "summary", "tags", "deprecated", "externalDocs", "x-whm-read-only",
    "x-whm-since", "x-whm-since-version", "security", "parameters", "requestBody", "responses",
)  # fmt: skip
FIRST_KEYS = ("name", "in", "required", "title", "type", "nullable", "$ref")


def ordered(node: Any, order: tuple[str, ...] = FIRST_KEYS) -> Any:
    """Stable key order so diffs of the vendored spec read well."""
    if isinstance(node, list):
        return [ordered(item) for item in node]
    if not isinstance(node, dict):
        return node
    known = [key for key in order if key in node]
    rest = sorted(key for key in node if key not in order)
    return {key: ordered(node[key]) for key in [*known, *rest]}


def normalize(spec: Spec, *, source: str = "", raw: bytes = b"") -> Spec:
    """Apply every fix and return a new document ready for generation."""
    result = copy.deepcopy(spec)
    result["openapi"] = "3.0.3"
    for fix in FIXES:
        fix(result)
    if source:
        result["info"]["x-whm-source"] = {
            "location": source if source.startswith("http") else Path(source).name,
            "sha256": hashlib.sha256(raw).hexdigest(),
        }
    result["paths"] = {path: result["paths"][path] for path in sorted(result["paths"])}
    out: Spec = {}
    for key in [*TOP_LEVEL_ORDER, *sorted(set(result) - set(TOP_LEVEL_ORDER))]:
        if key not in result:
            continue
        if key == "paths":
            out[key] = {
                path: {
                    method: ordered(op, OPERATION_ORDER) if method in HTTP_METHODS else ordered(op)
                    for method, op in sorted(item.items())
                }
                for path, item in result[key].items()
            }
        else:
            out[key] = ordered(result[key])
    return out


def dump(spec: Spec) -> str:
    header = (
        "# WHM API 1, normalized by scripts/sync_spec.py. Do not edit: run that script.\n"
        "# Facts (functions, parameters, types, response shapes) only; no upstream prose.\n"
    )
    return header + yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)


def validate(spec: Spec) -> None:
    from openapi_spec_validator import validate as validate_spec

    validate_spec(json.loads(json.dumps(spec)))  # plain types only


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--from", dest="source", default=OFFICIAL_SPEC_URL, help="file or URL")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the output would change")
    parser.add_argument("--no-validate", action="store_true", help="skip openapi-spec-validator")
    args = parser.parse_args(argv)

    document, raw = load_document(args.source)
    spec = normalize(document, source=args.source, raw=raw)
    if not args.no_validate:
        validate(spec)
    text = dump(spec)
    count = sum(1 for _ in iter_operations(spec))
    if args.check:
        current = args.output.read_text() if args.output.exists() else ""
        if current != text:
            print(f"sync_spec: {args.output.name} is out of date with {args.source}")
            return 1
        print(f"sync_spec: {args.output.name} is up to date ({count} operations)")
        return 0
    args.output.write_text(text)
    print(f"sync_spec: wrote {args.output.name}: {count} operations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
