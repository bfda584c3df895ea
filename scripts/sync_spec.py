#!/usr/bin/env python3
"""Fetch the WHM API 1 OpenAPI spec and normalize it into ``whm.openapi.yaml``.

The official spec is written for human readers and has quirks that trip up
code generators and mock servers. Every fix below is a small named function
that takes the whole document and returns nothing (it edits in place), so a
test can reproduce each quirk on a tiny fixture and show the fix.

Two layouts come in: cPanel's own (operationIds ``Module-function``, the reply's
metadata written inline, ``x-cpanel-available-version``; see
``../shared/whm-api/OFFICIAL-FORMAT.md``) and the facts-only reference. Both
normalize to the same functions, arguments and reply types. A spec this script
can't make sense of (no function name in a path, a path nested deeper than
``/NAMESPACE/FUNCTION``, an operation without a 200 reply) stops it with a one-line
error naming the path, and nothing is written.

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

# Functions whose names start like this only read state: the rule is mark_read_only below,
# explained in docs/maintainers/testing.md ("What read-only means").
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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~5x faster
    try:
        document = yaml.load(raw, Loader=loader)  # YAML is a superset of JSON
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


# A function is served at json-api/FUNCTION or json-api/NAMESPACE/FUNCTION; a namespace
# may start with a digit (360Monitoring), a function name may not.
FUNCTION_SEGMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
NAMESPACE_SEGMENT = re.compile(r"^[A-Za-z0-9_]+$")


class SpecInputError(SystemExit):
    """A source spec this script can't normalize: one line naming the path, nothing written."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"sync_spec: {path}: {problem}")


def split_path(path: str) -> tuple[str | None, str]:
    """``/NAMESPACE/FUNCTION`` or ``/FUNCTION`` -> (namespace or None, function name)."""
    segments = path.strip("/").split("/")
    if len(segments) > 2:
        raise SpecInputError(
            path, "more than one namespace level; WHM serves only /FUNCTION and /NAMESPACE/FUNCTION"
        )
    *namespace, name = segments
    if not FUNCTION_SEGMENT.match(name):
        raise SpecInputError(
            path, f"no function name can be derived from its last segment {name!r}"
        )
    if namespace and not NAMESPACE_SEGMENT.match(namespace[0]):
        raise SpecInputError(path, f"{namespace[0]!r} is not a namespace name")
    return (namespace[0] if namespace else None), name


def check_structure(spec: Spec) -> None:
    """Refuse, naming the path, a document the fixes can't walk: tags without names, paths
    that aren't ``/...`` mappings of operations, an operation that isn't a mapping, or its
    responses, parameters or tags in the wrong kind of container."""
    tags = spec.get("tags", [])
    if not isinstance(tags, list) or not all(
        isinstance(tag, dict) and isinstance(tag.get("name"), str) for tag in tags
    ):
        raise SpecInputError("tags", "must be a list of tags, each with a name")
    paths = spec.get("paths")
    if not isinstance(paths, dict):
        raise SpecInputError("paths", "not a mapping of paths")
    for path, item in paths.items():
        if not str(path).startswith("/"):
            raise SpecInputError(str(path), "a path must start with '/'")
        if not isinstance(item, dict):
            raise SpecInputError(path, "not a mapping of operations")
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            if not isinstance(operation, dict):
                raise SpecInputError(path, f"{method} is not an operation (a mapping)")
            responses = operation.get("responses", {})
            if not isinstance(responses, dict) or not all(
                isinstance(reply, dict) for reply in responses.values()
            ):
                raise SpecInputError(path, f"{method}'s responses must be a mapping of replies")
            parameters = operation.get("parameters", [])
            if not isinstance(parameters, list) or not all(
                isinstance(parameter, dict) for parameter in parameters
            ):
                raise SpecInputError(path, f"{method}'s parameters must be a list of mappings")
            if not isinstance(operation.get("tags", []), list):
                raise SpecInputError(path, f"{method}'s tags must be a list of names")


def function_name(path: str) -> str:
    """The function's name: the last segment of its path, never the operationId."""
    return split_path(path)[1]


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

OPENAPI_OUTPUT_VERSION = "3.0.3"  # what openapi-python-client, Prism and the validator read


def write_as_openapi_3_0(spec: Spec) -> None:
    """Copies of the official spec say ``openapi: 3.0.2`` or (a per-tag re-export) ``3.2.0``.

    Both are written out as 3.0.3. A 3.1/3.2 document may use JSON Schema forms that 3.0
    lacks; the ones a WHM spec can hold are rewritten: ``type: [T, "null"]`` becomes
    ``type: T`` + ``nullable``, ``const`` a one-value ``enum``, a list of ``examples`` the
    first one as ``example``. Anything not 3.x is refused.
    """
    version = str(spec.get("openapi", ""))
    if not re.match(r"^3\.\d+(\.\d+)?$", version):
        raise SpecInputError("openapi", f"version {version!r} is not OpenAPI 3")
    spec["openapi"] = OPENAPI_OUTPUT_VERSION
    if version.startswith("3.0"):
        return
    for schema in all_schemas(spec):
        kind = schema.get("type")
        if isinstance(kind, list):
            others = [t for t in kind if t != "null"]
            if len(others) < len(kind):
                schema["nullable"] = True
            if len(others) == 1:
                schema["type"] = others[0]
            else:
                del schema["type"]
                if others:
                    schema["anyOf"] = [{"type": t} for t in others]
        if "const" in schema:
            schema["enum"] = [schema.pop("const")]
        if isinstance(schema.get("examples"), list):
            examples = schema.pop("examples")
            if examples:
                schema.setdefault("example", examples[0])


def name_functions_by_path(spec: Spec) -> None:
    """The function is the path's last segment; the official operationId is ``Module-function``.

    ``operationId`` becomes the function name (the generator names methods after it), the
    Perl module in front of it is kept as ``x-whm-module``, and a namespaced path
    (``/EcosystemFeatures/is_ready``) records its namespace as ``x-whm-namespace``. A path
    nested deeper, one without a usable name, two paths naming the same function, or an
    operation without a 200 reply stop the run.
    """
    seen: dict[str, str] = {}
    for path, _, operation in iter_operations(spec):
        namespace, name = split_path(path)
        if name in seen:
            raise SpecInputError(path, f"names function {name!r}, as {seen[name]} does")
        seen[name] = path
        # YAML reads an unquoted 200 as a number; OpenAPI wants the key as text.
        responses = {str(code): reply for code, reply in operation.get("responses", {}).items()}
        if "200" not in responses:
            raise SpecInputError(path, "declares no 200 reply, so the reply's shape is unknown")
        operation["responses"] = responses
        label = str(operation.get("operationId") or "")
        module, dash, rest = label.rpartition("-")
        if dash and rest == name and module:
            operation["x-whm-module"] = module
        operation["operationId"] = name
        if namespace is not None:
            operation["x-whm-namespace"] = namespace


SINCE_SPELLING = re.compile(r"^(?:cPanel\s+)?(\d+(?:\.\d+)*)$")


def since_version(path: str, text: object) -> tuple[int, str]:
    """``'11.40'``, ``'11.132'``, ``'cPanel 122'``, ``'58.0.12'`` -> (major, version string).

    The major is what cPanel counts releases by: ``11.NN`` is release NN (``11`` and
    ``11.0`` stay 11), anything else its first number.
    """
    if isinstance(text, float):  # 11.40 unquoted reads as 11.4: the version is lost
        raise SpecInputError(path, f"since-version {text!r} is a number; it must be a string")
    match = SINCE_SPELLING.match(str(text).strip())
    if match is None:
        raise SpecInputError(path, f"can't read the since-version {text!r}")
    version = match.group(1)
    parts = [int(part) for part in version.split(".")]
    major = parts[1] if parts[0] == 11 and len(parts) > 1 and parts[1] > 0 else parts[0]
    return major, version


def normalize_since_version(spec: Spec) -> None:
    """The release a function appeared in, whatever the source calls it.

    The official spec says ``x-cpanel-available-version`` (``'11.40'``, ``'cPanel 122'``);
    the reference says ``x-whm-since-version``. Both become ``x-whm-since-version`` (the
    version as written, ``cPanel`` dropped) and ``x-whm-since`` (its major, an integer).
    """
    for path, _, operation in iter_operations(spec):
        official = operation.pop("x-cpanel-available-version", None)
        written = operation.get("x-whm-since-version", official)
        if written is None:
            continue
        major, version = since_version(path, written)
        operation["x-whm-since-version"] = version
        operation["x-whm-since"] = major


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
    """The same tag can be declared twice or three times (``Styles``); keep one of each.

    Tags that operations use but the document never declares are declared, so the list
    is complete. Every tag of an operation stays; the first one groups the generated code.
    """
    merged: dict[str, dict[str, Any]] = {}
    for tag in spec.get("tags", []):
        merged.setdefault(tag["name"], {}).update({k: v for k, v in tag.items() if v})
    for _, _, operation in iter_operations(spec):
        for name in operation.get("tags", []):
            merged.setdefault(name, {"name": name})
    if merged:
        spec["tags"] = [merged[name] for name in sorted(merged)]


def clean_tag_groups(spec: Spec) -> None:
    """``x-tagGroups`` can list a tag twice (``Domain Management``), a group twice, or a tag
    nobody declares (``Brand``); keep each declared tag once per group, drop empty groups."""
    if "x-tagGroups" not in spec:
        return
    declared = {tag["name"] for tag in spec.get("tags", [])}
    groups: dict[str, list[str]] = {}
    for group in spec["x-tagGroups"]:
        members = groups.setdefault(group["name"], [])
        members.extend(
            tag for tag in group.get("tags", []) if tag in declared and tag not in members
        )
    spec["x-tagGroups"] = [
        {"name": name, "tags": sorted(members)}
        for name, members in sorted(groups.items())
        if members
    ]


def mark_json_only_bodies(spec: Spec) -> None:
    """A function whose only request body is ``application/json`` is called with a JSON
    object (``personalization_get``, ``personalization_set``): ``x-whm-json-only``.

    cpsrvd ignores the query string of a JSON request, so any query parameter such a
    function declares moves into its body, where the server reads it.
    """
    for _, _, operation in iter_operations(spec):
        content = operation.get("requestBody", {}).get("content", {})
        if list(content) != ["application/json"]:
            operation.pop("x-whm-json-only", None)
            continue
        operation["x-whm-json-only"] = True
        body = content["application/json"].setdefault("schema", {})
        body["type"] = "object"
        kept = []
        for parameter in operation.get("parameters", []):
            if parameter.get("in") != "query" or parameter.get("name") == "api.version":
                kept.append(parameter)
                continue
            body.setdefault("properties", {})[parameter["name"]] = parameter.get("schema", {})
            if parameter.get("required"):
                body["required"] = sorted({*body.get("required", []), parameter["name"]})
        operation["parameters"] = kept


def ensure_api_version_parameter(spec: Spec) -> None:
    """Every WHM API 1 call must send ``api.version=1``; declare it once and use it everywhere.

    It goes where cpsrvd reads it: the query string (a form body is merged with it), or,
    for a JSON-only function, the JSON body, as the server ignores that request's query.
    """
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
        if operation.get("x-whm-json-only"):
            body = operation["requestBody"]["content"]["application/json"]["schema"]
            body.setdefault("properties", {})["api.version"] = {
                "$ref": "#/components/schemas/ApiVersion"
            }
            body["required"] = sorted({*body.get("required", []), "api.version"})
            operation["requestBody"]["required"] = True
            operation["parameters"] = others
        else:
            operation["parameters"] = [reference, *others]
        if not operation["parameters"]:
            del operation["parameters"]


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

    Descriptions, summaries, code samples and example titles go. Example values stay:
    they are data (a user name, a domain), and a mock serves them as realistic replies.
    Response objects need a description, so each gets a short one of ours.
    """
    spec["info"] = {"title": "WHM API 1", "version": str(spec.get("info", {}).get("version", "0"))}
    for tag in spec.get("tags", []):
        for key in ("description", "x-displayName", "externalDocs"):
            tag.pop(key, None)
    for path, _, operation in iter_operations(spec):
        operation["summary"] = function_name(path)
        for key in ("description", "x-codeSamples", "x-cpanel-api-version"):
            operation.pop(key, None)  # the last one says "WHM API 1" on every operation
        url = operation.pop("externalDocs", {}).get("url")
        if url:
            operation["externalDocs"] = {"url": url}
        for parameter in operation.get("parameters", []):
            parameter.pop("description", None)
            _drop_example_titles(parameter)
        for holder in [operation.get("requestBody", {}), *operation.get("responses", {}).values()]:
            for media in holder.get("content", {}).values():
                _drop_example_titles(media)
        for code, response in operation.get("responses", {}).items():
            if "$ref" not in response:
                response["description"] = "OK" if code == "200" else "Reply"
        if "requestBody" in operation:
            operation["requestBody"].pop("description", None)
    for schema in all_schemas(spec):
        schema.pop("description", None)
        schema.pop("examples", None)  # not a 3.0 schema keyword (3.1 lists became `example`)


def _drop_example_titles(holder: dict[str, Any]) -> None:
    """A named example (``examples: {name: {summary, description, value}}``) keeps its value."""
    examples = holder.get("examples")
    if isinstance(examples, dict):
        for example in examples.values():
            if isinstance(example, dict):
                example.pop("summary", None)
                example.pop("description", None)


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
    """Newer servers add values; keep known ones as documentation, don't reject new ones.

    The shared Metadata schema is left alone: ``result`` is 0 or 1 and nothing else.
    """
    for _, _, operation in iter_operations(spec):
        for node in walk_schemas(success_schema(operation)):
            if "enum" in node and isinstance(node["enum"], list):
                node["x-whm-known-values"] = node.pop("enum")


METADATA_REF = {"$ref": "#/components/schemas/Metadata"}


def metadata_schema() -> dict[str, Any]:
    """WHM API 1's reply metadata as cpsrvd writes it (CPSRVD-BEHAVIOR.md, section 1).

    The server fills in command, reason, result and version before the function runs, so
    all four are always there. ``result`` is 0 or 1, as a number or as a string (the shared
    success helper writes "1"); ``version`` echoes the request's api.version as sent.
    Namespaced functions add ``namespace``. ``output.messages``/``output.warnings`` are a
    list or one newline-joined string; the keys some functions add at the top (warnings,
    errors, error_count, proxied_from) vary in shape and stay free-form, as does anything
    else a function sets. The examples are what a static mock answers: a success.
    """
    list_or_text = {"anyOf": [{"type": "array", "items": {}}, {"type": "string"}]}
    return {
        "type": "object",
        "required": ["command", "reason", "result", "version"],
        "properties": {
            "command": {"type": "string"},
            "reason": {"type": "string", "example": "OK"},
            "result": {
                "anyOf": [
                    {"type": "integer", "enum": [0, 1], "example": 1},
                    {"type": "string", "enum": ["0", "1"], "example": "1"},
                ],
                "example": 1,
            },
            "version": {
                "anyOf": [{"type": "integer", "example": 1}, {"type": "string", "example": "1"}],
                "example": 1,
            },
            "namespace": {"type": "string"},
            "output": {
                "type": "object",
                "properties": {
                    "raw": {"type": "string"},
                    "messages": copy.deepcopy(list_or_text),
                    "warnings": copy.deepcopy(list_or_text),
                },
                "additionalProperties": True,
            },
            "warnings": {},
            "errors": {},
            "error_count": {},
            "proxied_from": {"type": "array", "items": {}},
        },
        "additionalProperties": True,
    }


def _is_envelope_metadata(schema: Any) -> bool:
    return schema == METADATA_REF or (
        isinstance(schema, dict) and "result" in schema.get("properties", {})
    )


def share_reply_metadata(spec: Spec) -> None:
    """Every reply's ``metadata`` is the one shared ``Metadata`` schema.

    The official spec writes it inline in each of the 625 operations (with ``result`` an
    integer 0/1), the reference once in components; either way it becomes a reference to
    :func:`metadata_schema`, also in envelopes nested in a reply (each command's result
    inside ``batch``). A mock of the spec then answers ``result`` 0 or 1, as a number or a
    string, and nothing else, in dynamic mode too.
    """
    spec.setdefault("components", {}).setdefault("schemas", {})["Metadata"] = metadata_schema()
    for _, _, operation in iter_operations(spec):
        envelope = success_schema(operation)
        if envelope is None:
            continue
        envelope.setdefault("properties", {})["metadata"] = dict(METADATA_REF)
        envelope["required"] = sorted({*envelope.get("required", []), "metadata"})
        for node in walk_schemas(envelope.get("properties", {}).get("data")):
            properties = node.get("properties", {})
            if _is_envelope_metadata(properties.get("metadata")):
                properties["metadata"] = dict(METADATA_REF)


def declare_repeatable_batch_command(spec: Spec) -> None:
    """``batch`` takes ``command`` repeated (``command=a&command=b``), not one string.

    Upstream declares one string, so a typed ``batch()`` could take one command and a mock
    rejected every real batch request. It becomes a list, sent as repeated keys.
    """
    for path, _, operation in iter_operations(spec):
        if function_name(path) != "batch":
            continue
        for parameter in operation.get("parameters", []):
            if parameter.get("name") != "command":
                continue
            item = parameter.get("schema", {"type": "string"})
            if item.get("type") == "array":
                continue
            example = item.pop("example", None)
            parameter["schema"] = {"type": "array", "items": item, "minItems": 1}
            if example is not None:
                parameter["schema"]["example"] = [example]
            parameter["style"] = "form"
            parameter["explode"] = True


def name_reply_models(spec: Spec) -> None:
    """Short, predictable model names: ``ListacctsData`` instead of ``ListacctsResponse200Data``."""
    for path, _, operation in iter_operations(spec):
        schema = success_schema(operation)
        if schema is None:
            continue
        base = _pascal(function_name(path))
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
        operation["x-whm-read-only"] = is_read_only(function_name(path), method)


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
    write_as_openapi_3_0,
    name_functions_by_path,
    normalize_since_version,
    add_missing_parameter_locations,
    drop_upstream_prose,
    merge_duplicate_tags,
    clean_tag_groups,
    mark_json_only_bodies,
    ensure_api_version_parameter,
    declare_repeatable_batch_command,
    set_servers,
    set_security_schemes,
    declare_failure_responses,
    hoist_misplaced_additional_properties,
    share_reply_metadata,
    ensure_data_property,
    relax_response_enums,
    name_reply_models,
    mark_read_only,
)


# --------------------------------------------------------------------------- output

TOP_LEVEL_ORDER = (
    "openapi", "info", "servers", "security", "tags", "x-tagGroups", "paths", "components",
)  # fmt: skip
OPERATION_ORDER = (
    "operationId", "summary", "tags", "deprecated", "externalDocs", "x-whm-module",
    "x-whm-namespace", "x-whm-read-only", "x-whm-json-only", "x-whm-since",
    "x-whm-since-version", "security", "parameters", "requestBody", "responses",
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
    check_structure(result)
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
