#!/usr/bin/env python3
"""Regenerate ``whm_api_client/_generated`` from ``whm.openapi.yaml``.

Runs the pinned openapi-python-client with ``generator-config.yaml`` and the
templates in ``scripts/templates``, into a fresh folder that then replaces the
committed one whole, so no stale module survives a function's removal.

Usage::

    python scripts/regenerate.py           # write whm_api_client/_generated
    python scripts/regenerate.py --check   # exit 1 if the committed code is out of date
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "whm.openapi.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "scripts" / "templates"
TARGET = ROOT / "whm_api_client" / "_generated"
REFERENCE = ROOT / "docs" / "reference"
HEADER = "# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.\n"
GENERATOR_VERSION = "0.29.1"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        for part in node["$ref"].removeprefix("#/").split("/"):
            spec = spec[part]
        node = spec
    return node


def argument_schemas(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each argument's schema by WHM name: query parameters, then the fields of a body."""
    schemas = {}
    for parameter in operation.get("parameters", []):
        parameter = _resolve(spec, parameter)
        schemas[parameter["name"]] = parameter.get("schema", {})
    for media in operation.get("requestBody", {}).get("content", {}).values():
        body = _resolve(spec, media.get("schema", {}))
        for name, schema in body.get("properties", {}).items():
            schemas.setdefault(name, _resolve(spec, schema))
    return schemas


def operation_facts(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What the templates need that the generator doesn't pass on, keyed by path."""
    facts = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            function = path.rstrip("/").rsplit("/", 1)[-1]  # sync_spec checked its shape
            if operation.get("x-whm-json-only"):
                body = "json"
            else:
                body = "query" if method == "get" else "form"
            facts[path] = {
                "function": function,
                "tag": (operation.get("tags") or ["Other"])[0],
                "method": method.upper(),
                # Python method name: "_getpkgextensionform" would read as private.
                "method_name": function.lstrip("_"),
                "namespace": operation.get("x-whm-namespace"),
                "body": body,
                "since_version": operation.get("x-whm-since-version"),
                "read_only": bool(operation.get("x-whm-read-only", False)),
                "docs_url": operation.get("externalDocs", {}).get("url", ""),
                "deprecated": bool(operation.get("deprecated", False)),
                "arguments": argument_schemas(spec, operation),
            }
    names = [fact["method_name"] for fact in facts.values()]
    if len(names) != len(set(names)):
        raise SystemExit("regenerate: two functions map to the same Python method name")
    return facts


def caller_arguments(endpoint: Any) -> list[Any]:
    """Every argument a caller passes: the parameters and the fields of a form or JSON body,
    flattened into keywords, but api.version (the client always sends it)."""
    fields = [
        field
        for body in endpoint.bodies
        for field in (*body.prop.required_properties, *body.prop.optional_properties)
    ]
    return [p for p in [*endpoint.query_parameters, *fields] if p.name != "api.version"]


def argument_type(prop: Any, *, no_optional: bool = False) -> Any:
    """The Python type of an argument. An object that is only a map of scalars (a JSON body's
    ``personalization``) is a plain ``dict[str, T]`` rather than a model to build first."""
    from openapi_python_client.strings import PythonCode

    inner = map_value_type(prop)
    if inner is None:
        return prop.get_type_string(no_optional=no_optional)
    text = f"dict[str, {inner}]"
    return PythonCode(text if no_optional or prop.required else f"{text} | Unset")


def map_arguments(endpoint: Any) -> list[str]:
    """Python names of the arguments typed as a plain dict (see map_value_type)."""
    return [p.python_name for p in caller_arguments(endpoint) if map_value_type(p)]


def map_value_type(prop: Any) -> str | None:
    """``T`` when ``prop`` is a model with no fields and scalar ``additionalProperties`` of T."""
    from openapi_python_client.parser.properties import (
        BooleanProperty,
        FloatProperty,
        IntProperty,
        ModelProperty,
        StringProperty,
    )

    if not isinstance(prop, ModelProperty) or prop.required_properties is None:
        return None
    if prop.required_properties or prop.optional_properties:
        return None
    extra = prop.additional_properties
    if not isinstance(extra, StringProperty | IntProperty | FloatProperty | BooleanProperty):
        return None
    return str(extra.get_type_string(no_optional=True).as_unembedded_code())


def data_property(endpoint: Any) -> Any:
    """The declared ``data`` of the 200 reply, or None where the spec leaves it open."""
    for response in endpoint.responses.patterns:
        if response.status_code.pattern == "200":
            for prop in response.prop.required_properties:
                if prop.name == "data":
                    return prop
    return None


def _doc_text(text: str) -> str:
    """Text that can't end or break a docstring."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _plain(value: Any) -> str:
    """The text of the generator's wrapped strings (type code, names from the spec)."""
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    return str(value)


@dataclass(frozen=True)
class ArgumentFacts:
    """One argument as the spec declares it (no upstream prose)."""

    whm_name: str
    python_name: str
    type: str  # the Python type, without "| Unset"
    required: bool
    choices: tuple[Any, ...] | None  # the spec's enum
    default: tuple[Any] | None  # (value,) when the spec gives one
    scalar_union: bool  # a string or a number


@dataclass(frozen=True)
class FunctionFacts:
    """What the docstrings and the reference say about a function: the spec's facts only."""

    function: str
    url_name: str  # NAMESPACE/FUNCTION for a namespaced one
    tag: str  # the spec's tag, e.g. "Accounts"
    method: str
    body: str
    read_only: bool
    since_version: str | None
    deprecated: bool
    docs_url: str
    arguments: tuple[ArgumentFacts, ...]
    returns: str | None  # the type of the reply's data, None when the spec leaves it open
    fields: tuple[tuple[str, str, int], ...]  # (name, type, depth) of data's fields


def _field_rows(prop: Any, prefix: str = "", depth: int = 0) -> list[tuple[str, str, int]]:
    """The fields of a model as (path, type, depth), and those of the models its fields
    hold, one level down: ``acct``, then ``acct[].user``."""
    from openapi_python_client.parser.properties import ListProperty, ModelProperty

    rows: list[tuple[str, str, int]] = []
    for field in (
        *(getattr(prop, "required_properties", None) or ()),
        *(getattr(prop, "optional_properties", None) or ()),
    ):
        path = prefix + _plain(field.name)
        rows.append((path, _plain(field.get_type_string(no_optional=True)), depth))
        inner = field.inner_property if isinstance(field, ListProperty) else field
        if depth < 1 and isinstance(inner, ModelProperty):
            nested = path + ("[]." if isinstance(field, ListProperty) else ".")
            rows += _field_rows(inner, nested, depth + 1)
    return rows


def function_facts(facts: dict[str, Any], endpoint: Any) -> FunctionFacts:
    """A function's facts from the spec (``facts``, see operation_facts) and the generator's
    view of it (``endpoint``: the Python names and types)."""
    arguments = []
    for p in caller_arguments(endpoint):
        schema = facts["arguments"].get(_plain(p.name), {})
        default = None
        if "default" in schema:
            default = (schema["default"],)
        elif "x-whm-default" in schema:
            default = (schema["x-whm-default"],)
        arguments.append(
            ArgumentFacts(
                whm_name=_plain(p.name),
                python_name=p.python_name,
                type=_plain(p.get_type_string(no_optional=True)),
                required=bool(p.required),
                choices=tuple(schema["enum"]) if "enum" in schema else None,
                default=default,
                scalar_union=bool(schema.get("x-whm-scalar-union")),
            )
        )
    data = data_property(endpoint)
    return FunctionFacts(
        function=facts["function"],
        url_name=(
            f"{facts['namespace']}/{facts['function']}" if facts["namespace"] else facts["function"]
        ),
        tag=facts["tag"],
        method=facts["method"],
        body=facts["body"],
        read_only=facts["read_only"],
        since_version=facts["since_version"],
        deprecated=facts["deprecated"],
        docs_url=facts["docs_url"],
        arguments=tuple(arguments),
        returns=None if data is None else _plain(data.get_type_string(no_optional=True)),
        fields=() if data is None else tuple(_field_rows(data)),
    )


def _argument_doc(argument: ArgumentFacts) -> str:
    facts = ["Required." if argument.required else "Optional."]
    if argument.python_name != argument.whm_name:
        facts.append(f"WHM name: ``{argument.whm_name}``.")
    if argument.choices is not None:
        facts.append("One of: " + ", ".join(repr(value) for value in argument.choices) + ".")
    if argument.default is not None:
        facts.append(f"Default: {argument.default[0]!r}.")
    if argument.scalar_union:
        facts.append("A string or a number.")
    return f"{argument.python_name} ({argument.type}): {' '.join(facts)}"


def _wrapped(text: str) -> list[str]:
    """One docstring entry, wrapped; its head (``name (type):``) stays on the first line."""
    text = text.replace(" (", "\0(", 1)
    lines = textwrap.wrap(
        text, 100, initial_indent="    ", subsequent_indent="        ", break_on_hyphens=False
    )
    return [line.replace("\0", " ") for line in lines]


def function_doc(function: FunctionFacts) -> str:
    """A typed method's docstring, from the spec's facts only (no upstream prose):
    arguments (WHM name, type, required, allowed values, default), the reply type and
    its top-level fields, since-version, read-only or state-changing, the docs link."""
    summary = f"Call ``{function.url_name}``. " + (
        "Read-only." if function.read_only else "May change server state: never retried."
    )
    if function.since_version:
        summary += f" Since WHM {function.since_version}."
    if function.deprecated:
        summary += " Deprecated by cPanel."
    lines = [summary, ""]
    if function.body == "json":
        lines += ["The arguments are sent as one JSON object.", ""]
    if function.arguments:
        lines.append("Args:")
        for argument in function.arguments:
            lines += _wrapped(_argument_doc(argument))
        lines.append("")
    lines.append("Returns:")
    if function.returns is None:
        lines += _wrapped("Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.")
    else:
        fields = [f"``{name}`` ({kind})" for name, kind, depth in function.fields if depth == 0]
        text = f"{function.returns}: the reply's ``data``"
        lines += _wrapped(text + (", with " + ", ".join(fields) + "." if fields else "."))
    if function.docs_url:
        lines += ["", f"Docs: {function.docs_url}"]
    return _doc_text("\n".join(lines))


def _cell(text: str) -> str:
    """Text for a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    return f"`{_cell(text)}`" if "`" not in text else f"`` {_cell(text)} ``"


def _value(value: Any) -> str:
    return _code(json.dumps(value, ensure_ascii=False))


def tag_page_name(tag: str) -> str:
    """The reference page of a tag: "Account Creation" -> "account-creation.md"."""
    return re.sub(r"[^a-z0-9]+", "-", tag.lower()).strip("-") + ".md"


REFERENCE_NOTE = (
    "Generated from `whm.openapi.yaml` by `scripts/regenerate.py` (do not edit; "
    "`regenerate.py --check` fails when it is out of date). Only the spec's facts: "
    "each function links cPanel's own page for what it does."
)


def _function_section(function: FunctionFacts) -> list[str]:
    facts = [
        f"`whm.{function.function.lstrip('_')}(...)`",
        "read-only" if function.read_only else "**changes state** (never retried)",
        f"{function.method}" + (", a JSON body" if function.body == "json" else ""),
    ]
    if function.url_name != function.function:
        facts.append(f"served at `json-api/{function.url_name}`")
    if function.since_version:
        facts.append(f"since WHM {function.since_version}")
    if function.deprecated:
        facts.append("deprecated by cPanel")
    if function.docs_url:
        facts.append(f"[cPanel's docs]({function.docs_url})")
    lines = [f"## {function.function}", "", " · ".join(facts), ""]
    if function.arguments:
        lines += [
            "| argument | Python | type | required | allowed values | default |",
            "|---|---|---|---|---|---|",
        ]
        for argument in function.arguments:
            kind = argument.type + (" (a string or a number)" if argument.scalar_union else "")
            choices = (
                ", ".join(_value(choice) for choice in argument.choices)
                if argument.choices is not None
                else ""
            )
            default = _value(argument.default[0]) if argument.default is not None else ""
            lines.append(
                f"| {_code(argument.whm_name)} | {_code(argument.python_name)} | {_code(kind)} "
                f"| {'yes' if argument.required else 'no'} | {choices} | {default} |"
            )
    else:
        lines.append("No arguments.")
    lines.append("")
    if function.returns is None:
        lines.append("Returns the reply's `data` as plain JSON: the spec doesn't describe it.")
    elif not function.fields:
        lines.append(f"Returns {_code(function.returns)}, the reply's `data`.")
    else:
        lines += [
            f"Returns {_code(function.returns)}, the reply's `data`:",
            "",
            "| field | type |",
            "|---|---|",
        ]
        lines += [f"| {_code(path)} | {_code(kind)} |" for path, kind, _ in function.fields]
    return [*lines, ""]


def reference_pages(functions: list[FunctionFacts]) -> dict[str, str]:
    """docs/reference/: an index of every function, and one page per tag."""
    by_tag: dict[str, list[FunctionFacts]] = {}
    for function in sorted(functions, key=lambda f: f.function):
        by_tag.setdefault(function.tag, []).append(function)
    pages = {}
    for tag, members in sorted(by_tag.items()):
        lines = [f"# {tag}", "", REFERENCE_NOTE, "", "[All functions](README.md)", ""]
        for function in members:
            lines += _function_section(function)
        pages[tag_page_name(tag)] = "\n".join(lines).rstrip() + "\n"
    index = [
        "# WHM API 1 function reference",
        "",
        REFERENCE_NOTE,
        "",
        f"{len(functions)} functions. Each is a method of `WhmClient` (its name without a "
        "leading underscore) and works with `call()`, `batch_call()` and `whm-api` under its "
        "WHM name. *Read-only* functions are the only ones a `RetryPolicy` repeats.",
        "",
        "| function | group | | since |",
        "|---|---|---|---|",
    ]
    for function in sorted(functions, key=lambda f: f.function):
        page = tag_page_name(function.tag)
        anchor = function.function.lower()
        index.append(
            f"| [{_code(function.url_name)}]({page}#{anchor}) | [{_cell(function.tag)}]({page}) "
            f"| {'read-only' if function.read_only else 'changes state'} "
            f"| {function.since_version or ''} |"
        )
    pages["README.md"] = "\n".join(index) + "\n"
    return pages


def generate(output: Path, reference: Path | None = None) -> None:
    """Run the generator into ``output`` (which must not exist yet), and write the function
    reference's pages into ``reference`` when given."""
    import simulator_table  # scripts/simulator_table.py: this script's folder is on sys.path
    from openapi_python_client import Project, __version__
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData, import_string_from_class

    class WhmProject(Project):
        def _build_models(self) -> None:
            """The stock models, plus ``models/__init__.pyi``: every name for type checkers,
            so that the runtime ``__init__.py`` can stay a compact, lazy index."""
            super()._build_models()
            classes = [model.class_info for model in self.openapi.models]
            classes += [enum.class_info for enum in self.openapi.enums]
            template = self.env.get_template("models_init.pyi.jinja")
            (self.package_dir / "models" / "__init__.pyi").write_text(
                template.render(
                    imports=[import_string_from_class(info) for info in classes],
                    alls=[info.name for info in classes],
                ),
                encoding=self.config.file_encoding,
            )

        def _build_api(self) -> None:
            """The stock modules, plus the facade for ``with_raw_response`` (raw_client.py):
            client.py.jinja again with raw=True, in its own module so that it loads only
            when used."""
            super()._build_api()
            template = self.env.get_template("client.py.jinja")
            (self.package_dir / "raw_client.py").write_text(
                template.render(raw=True), encoding=self.config.file_encoding
            )

    if __version__ != GENERATOR_VERSION:
        raise SystemExit(
            f"regenerate: openapi-python-client {__version__} is installed, the templates are "
            f"written for {GENERATOR_VERSION}: pip install --group dev"
        )
    raw = SPEC.read_bytes()
    spec = yaml.safe_load(raw)
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        document_source=SPEC,
        file_encoding="utf-8",
        overwrite=False,
        output_path=output,
    )
    openapi = GeneratorData.from_dict(spec, config=config)
    if not isinstance(openapi, GeneratorData):
        raise SystemExit(f"regenerate: the generator rejected the spec: {openapi.header}")
    project = WhmProject(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    facts = operation_facts(spec)
    project.env.globals.update(
        whm_operations=facts,
        function_doc=lambda endpoint: function_doc(function_facts(facts[endpoint.path], endpoint)),
        caller_arguments=caller_arguments,
        argument_type=argument_type,
        map_value_type=map_value_type,
        map_arguments=map_arguments,
        data_property=data_property,
    )
    problems = project.build()
    if problems:
        for problem in problems:
            print(f"regenerate: {problem.level.value}: {problem.header}: {problem.detail}")
        raise SystemExit(
            f"regenerate: {len(problems)} generator warning(s) or error(s); none allowed"
        )
    for path in sorted(output.rglob("*.py")):
        path.write_text(HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")
    # The simulator's compact table of the same spec (whm_api_client.testing reads it).
    (output / "simulator.json").write_text(simulator_table.dumps(simulator_table.build(spec)))
    if reference is not None:
        functions = [
            function_facts(facts[endpoint.path], endpoint)
            for collection in openapi.endpoint_collections_by_tag.values()
            for endpoint in collection.endpoints
        ]
        reference.mkdir(parents=True)
        for name, text in reference_pages(functions).items():
            (reference / name).write_text(text, encoding="utf-8")
    (output / "spec.sha256").write_text(
        f"{hashlib.sha256(raw).hexdigest()}  whm.openapi.yaml (openapi-python-client {__version__})\n"
    )


def differences(expected: Path, actual: Path) -> tuple[list[str], list[str], list[str]]:
    """Files (relative) that differ, are missing from ``actual``, or are extra in it."""

    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    want, have = files(expected), files(actual)
    changed = sorted(
        name
        for name in want & have
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    )
    return changed, sorted(want - have), sorted(have - want)


def with_tools_on_path() -> None:
    """The post hooks find ruff on PATH: put this interpreter's bin folder first."""
    bin_dir = str(Path(sys.executable).parent)
    os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    if shutil.which("ruff") is None:
        raise SystemExit("regenerate: ruff is not installed: pip install --group dev")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, don't write")
    args = parser.parse_args(argv)

    if os.environ.get("PYTHONHASHSEED") != "0":
        # Set iteration order must not leak into the output: re-run with a fixed seed.
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        return subprocess.call([sys.executable, __file__, *sys.argv[1:]], env=env)
    with_tools_on_path()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="whm-regen-") as scratch:
        fresh = Path(scratch) / "_generated"
        fresh_reference = Path(scratch) / "reference"
        with open(os.devnull, "w") as quiet:
            stdout, sys.stdout = sys.stdout, quiet  # the generator prints progress lines
            try:
                generate(fresh, fresh_reference)
            finally:
                sys.stdout = stdout
        modules = sum(1 for _ in fresh.rglob("*.py"))
        elapsed = time.perf_counter() - started
        pairs = ((fresh, TARGET), (fresh_reference, REFERENCE))
        if args.check:
            stale = False
            for made, committed in pairs:
                changed, missing, extra = differences(made, committed)
                if not (changed or missing or extra):
                    continue
                stale = True
                print(
                    f"regenerate --check: {committed.relative_to(ROOT)} is out of date with "
                    f"whm.openapi.yaml: {len(changed)} changed, {len(missing)} missing, "
                    f"{len(extra)} stale file(s)"
                )
                for label, names in (("changed", changed), ("missing", missing), ("stale", extra)):
                    for name in names[:5]:
                        print(f"  {label}: {name}")
                    if len(names) > 5:
                        print(f"  ... and {len(names) - 5} more {label}")
            if stale:
                print("Run: python scripts/regenerate.py")
                return 1
            print(
                f"regenerate --check: up to date ({modules} modules and the reference, "
                f"{elapsed:.1f} s)"
            )
            return 0
        for made, committed in pairs:
            if committed.exists():
                shutil.rmtree(committed)
            shutil.copytree(made, committed)
    print(
        f"regenerate: wrote {modules} modules to {TARGET.relative_to(ROOT)} and the function "
        f"reference to {REFERENCE.relative_to(ROOT)} in {elapsed:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
