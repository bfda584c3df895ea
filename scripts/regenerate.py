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
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "whm.openapi.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "scripts" / "templates"
TARGET = ROOT / "whm_api_client" / "_generated"
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


def _argument_doc(p: Any, schema: dict[str, Any]) -> str:
    facts = ["Required." if p.required else "Optional."]
    if p.python_name != _plain(p.name):
        facts.append(f"WHM name: ``{_plain(p.name)}``.")
    if "enum" in schema:
        facts.append("One of: " + ", ".join(repr(value) for value in schema["enum"]) + ".")
    if "default" in schema:
        facts.append(f"Default: {schema['default']!r}.")
    elif "x-whm-default" in schema:
        facts.append(f"Default: {schema['x-whm-default']!r}.")
    if schema.get("x-whm-scalar-union"):
        facts.append("A string or a number.")
    kind = _plain(p.get_type_string(no_optional=True))
    return f"{p.python_name} ({kind}): {' '.join(facts)}"


def _wrapped(text: str) -> list[str]:
    """One docstring entry, wrapped; its head (``name (type):``) stays on the first line."""
    text = text.replace(" (", "\0(", 1)
    lines = textwrap.wrap(
        text, 100, initial_indent="    ", subsequent_indent="        ", break_on_hyphens=False
    )
    return [line.replace("\0", " ") for line in lines]


def function_doc(facts: dict[str, Any], endpoint: Any) -> str:
    """A typed method's docstring, from the spec's facts only (no upstream prose):
    arguments (WHM name, type, required, allowed values, default), the reply type and
    its top-level fields, since-version, read-only or state-changing, the docs link."""
    name = f"{facts['namespace']}/{facts['function']}" if facts["namespace"] else facts["function"]
    summary = f"Call ``{name}``. " + (
        "Read-only." if facts["read_only"] else "May change server state: never retried."
    )
    if facts["since_version"]:
        summary += f" Since WHM {facts['since_version']}."
    if facts["deprecated"]:
        summary += " Deprecated by cPanel."
    lines = [summary, ""]
    if facts["body"] == "json":
        lines += ["The arguments are sent as one JSON object.", ""]
    arguments = caller_arguments(endpoint)
    if arguments:
        lines.append("Args:")
        for p in arguments:
            lines += _wrapped(_argument_doc(p, facts["arguments"].get(_plain(p.name), {})))
        lines.append("")
    lines.append("Returns:")
    data = data_property(endpoint)
    if data is None:
        lines += _wrapped("Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.")
    else:
        fields = [
            f"``{_plain(field.name)}`` ({_plain(field.get_type_string(no_optional=True))})"
            for field in (
                *getattr(data, "required_properties", ()),
                *getattr(data, "optional_properties", ()),
            )
        ]
        text = f"{_plain(data.get_type_string(no_optional=True))}: the reply's ``data``"
        lines += _wrapped(text + (", with " + ", ".join(fields) + "." if fields else "."))
    if facts["docs_url"]:
        lines += ["", f"Docs: {facts['docs_url']}"]
    return _doc_text("\n".join(lines))


def generate(output: Path) -> None:
    """Run the generator into ``output`` (which must not exist yet)."""
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
            f"written for {GENERATOR_VERSION}: pip install -e '.[dev]'"
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
        function_doc=lambda endpoint: function_doc(facts[endpoint.path], endpoint),
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
        raise SystemExit("regenerate: ruff is not installed: pip install -e '.[dev]'")


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
        with open(os.devnull, "w") as quiet:
            stdout, sys.stdout = sys.stdout, quiet  # the generator prints progress lines
            try:
                generate(fresh)
            finally:
                sys.stdout = stdout
        modules = sum(1 for _ in fresh.rglob("*.py"))
        elapsed = time.perf_counter() - started
        if args.check:
            changed, missing, extra = differences(fresh, TARGET)
            if changed or missing or extra:
                print(
                    f"regenerate --check: whm_api_client/_generated is out of date with "
                    f"whm.openapi.yaml: {len(changed)} changed, {len(missing)} missing, "
                    f"{len(extra)} stale file(s)"
                )
                for label, names in (("changed", changed), ("missing", missing), ("stale", extra)):
                    for name in names[:5]:
                        print(f"  {label}: {name}")
                    if len(names) > 5:
                        print(f"  ... and {len(names) - 5} more {label}")
                print("Run: python scripts/regenerate.py")
                return 1
            print(f"regenerate --check: up to date ({modules} modules, {elapsed:.1f} s)")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(fresh, TARGET)
    print(f"regenerate: wrote {modules} modules to {TARGET.relative_to(ROOT)} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
