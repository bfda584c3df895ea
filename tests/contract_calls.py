"""Call every function in the spec through its typed method; shared by the contract and live tests.

Arguments are made from the spec's own parameter (and form body) schemas, so a call that the
mock rejects points at a mismatch between spec, generated code and client; the reply must parse
into the model the method is annotated to return.  Failures are collected per function, so one
broken function doesn't hide the others.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import anyio
import httpx
import yaml

from whm_api_client import WhmClient
from whm_api_client._generated import models
from whm_api_client._generated.api import FUNCTIONS
from whm_api_client._generated.client import WhmFunctions
from whm_api_client.errors import WhmError

SPEC_PATH = Path(__file__).resolve().parent.parent / "whm.openapi.yaml"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
_DETAIL_CHARS = 600  # enough for the first few of Prism's violations


@dataclass(frozen=True)
class Argument:
    """One argument of a function as the spec declares it."""

    name: str  # WHM's name on the wire
    schema: dict[str, Any]
    required: bool


@dataclass(frozen=True)
class Operation:
    """One function of the spec: what to call and with which arguments."""

    function: str  # the path's last segment (= operationId), e.g. "_getpkgextensionform"
    method: str  # GET or POST
    read_only: bool  # x-whm-read-only
    arguments: tuple[Argument, ...]

    @property
    def method_name(self) -> str:
        """The typed method on WhmClient: the operationId without leading underscores."""
        return self.function.lstrip("_")

    def module(self) -> ModuleType:
        return importlib.import_module(
            f"whm_api_client._generated.api.{FUNCTIONS[self.function].module}"
        )


@functools.cache
def spec_operations() -> tuple[Operation, ...]:
    """Every operation of whm.openapi.yaml, read once per test session."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster
    with SPEC_PATH.open("rb") as source:
        spec = yaml.load(source, Loader=loader)
    operations = []
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in HTTP_METHODS:
                operations.append(
                    Operation(
                        function=op["operationId"],
                        method=method.upper(),
                        read_only=op["x-whm-read-only"] is True,
                        arguments=tuple(_arguments(spec, op)),
                    )
                )
    return tuple(operations)


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _arguments(spec: dict[str, Any], op: dict[str, Any]) -> Iterable[Argument]:
    for parameter in op.get("parameters", []):
        parameter = _resolve(spec, parameter)
        if parameter["name"] == "api.version":  # the client always sends it itself
            continue
        yield Argument(
            parameter["name"],
            _resolve(spec, parameter.get("schema", {})),
            parameter.get("required", False),
        )
    body = op.get("requestBody")
    if body:
        (media,) = body["content"].values()  # a form, or a JSON-only function's object
        fields = _resolve(spec, media["schema"])
        required = set(fields.get("required", []))
        for name, schema in fields.get("properties", {}).items():
            if name != "api.version":  # in a JSON body; the client puts it there itself
                yield Argument(name, _resolve(spec, schema), name in required)


def sample_value(schema: dict[str, Any]) -> Any:
    """A valid value for an argument schema: flat scalars or lists of them, or (in a JSON body)
    a map of scalars."""
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample_value(schema.get("items", {}))]
    if kind == "string":
        return "word"
    if kind == "object":  # a JSON body's map (personalization): name -> value
        return {"word": sample_value(schema.get("additionalProperties", {"type": "string"}))}
    if kind is None:  # free-form {} (x-whm-scalar-union): WHM takes "1", "unlimited", ...
        return "1"
    raise AssertionError(f"no sample for schema {schema!r}")


def keyword_arguments(operation: Operation, *, optional: bool) -> dict[str, Any]:
    """Python keywords for a call: the required arguments, plus every optional one if asked.

    Keywords come from the module's ARGUMENTS table (``pass`` -> ``pass_`` and the like); the
    table must list exactly the spec's arguments with the same required flags.
    """
    table = operation.module().ARGUMENTS
    declared = {argument.name: argument.required for argument in operation.arguments}
    listed = {name: required for name, (_, _, required) in table.items()}
    if declared != listed:
        raise AssertionError(f"ARGUMENTS {listed} differ from the spec's {declared}")
    return {
        table[argument.name][0]: sample_value(argument.schema)
        for argument in operation.arguments
        if argument.required or optional
    }


def _model(name: str) -> type | None:
    """The model class called ``name``, or None if no model has that name."""
    if not name.isidentifier() or name == "Any":
        return None
    try:
        found = getattr(models, name)
    except AttributeError:
        return None
    return found if isinstance(found, type) else None


def check_result_type(method_name: str, result: Any) -> None:
    """Check ``result`` against the method's return annotation, where that names a type.

    Annotations are strings (``from __future__ import annotations``) naming models imported
    only for type checkers, so they are resolved here by name.
    """
    annotation = getattr(WhmFunctions, method_name).__annotations__["return"]
    builtin = {"str": str, "int": int, "float": float, "bool": bool}
    if annotation in builtin:
        expected: type | None = builtin[annotation]
    elif annotation.startswith("list[") and annotation.endswith("]"):
        if not isinstance(result, list):
            raise AssertionError(f"expected {annotation}, got {type(result).__name__}")
        item = _model(annotation[5:-1])
        for value in result:
            if item is not None and not isinstance(value, item):
                raise AssertionError(f"expected {annotation}, got an item {value!r}")
        return
    else:
        expected = _model(annotation)
        if expected is None and annotation != "Any":
            raise AssertionError(f"return annotation {annotation!r} names no known type")
    if expected is not None and not isinstance(result, expected):
        raise AssertionError(f"expected {annotation}, got {type(result).__name__}")


@dataclass
class Outcome:
    """What a run over many functions found."""

    label: str
    operations: int = 0  # functions attempted
    calls: int = 0  # HTTP calls made (a function can take two: required, then all arguments)
    covered: set[str] = field(default_factory=set)  # functions whose every call passed
    tolerated: dict[str, str] = field(default_factory=dict)  # e.g. live API errors
    failures: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        text = (
            f"{self.label}: {len(self.covered)}/{self.operations} functions covered, "
            f"{self.calls} calls, {len(self.failures)} failed"
        )
        if self.tolerated:
            text += f", {len(self.tolerated)} answered with a WHM API error (tolerated)"
        return text

    def report(self, details: Mapping[str, str] | None = None) -> str:
        """The summary, then one line per failed function (plus ``details[function]``, if any)."""
        lines = [self.summary()]
        for function, problem in sorted(self.failures.items()):
            extra = (details or {}).get(function, "")[:_DETAIL_CHARS]
            lines.append(f"  {function}: {problem}" + (f" [{extra}]" if extra else ""))
        return "\n".join(lines)


def prism_http_client() -> tuple[httpx.AsyncClient, dict[str, str]]:
    """An httpx client that keeps Prism's account of each rejected request, by function.

    Prism answers a request it rejects with the spec's text/plain failure body and puts the
    reasons in its ``sl-violations`` header, which the client's errors don't carry.
    """
    violations: dict[str, str] = {}

    async def keep_violations(response: httpx.Response) -> None:
        if "sl-violations" in response.headers:
            violations[response.url.path.strip("/")] = response.headers["sl-violations"]

    return httpx.AsyncClient(event_hooks={"response": [keep_violations]}), violations


async def exercise(
    client: WhmClient,
    operations: Iterable[Operation],
    outcome: Outcome,
    *,
    optional_pass: bool,
    concurrency: int,
    before_call: Callable[[Operation], None] = lambda operation: None,
    tolerate: tuple[type[WhmError], ...] = (),
) -> Outcome:
    """Call each operation's typed method (required arguments, then all of them if
    ``optional_pass`` and there are optional ones) and record what happened.

    ``before_call`` runs before every call and may raise to veto it; ``tolerate`` lists errors
    that count as an answer rather than a failure (a live host refusing a made-up user).
    """
    limiter = anyio.CapacityLimiter(concurrency)

    async def one(operation: Operation) -> None:
        outcome.operations += 1
        passes = [False]
        if optional_pass and any(not argument.required for argument in operation.arguments):
            passes.append(True)
        for optional in passes:
            stage = "all arguments" if optional else "required arguments"
            try:
                kwargs = keyword_arguments(operation, optional=optional)
                before_call(operation)
                method = getattr(client, operation.method_name)
                async with limiter:
                    outcome.calls += 1
                    result = await method(**kwargs)
                check_result_type(operation.method_name, result)
            except tolerate as exc:
                outcome.tolerated[operation.function] = f"{type(exc).__name__}: {exc}"
                return
            except Exception as exc:  # collect every failure, report them together
                outcome.failures[operation.function] = f"[{stage}] {type(exc).__name__}: {exc}"
                return
        outcome.covered.add(operation.function)

    async with anyio.create_task_group() as group:
        for operation in operations:
            group.start_soon(one, operation)
    return outcome
