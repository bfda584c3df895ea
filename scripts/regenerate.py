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


def generate(output: Path) -> None:
    """Run the generator into ``output`` (which must not exist yet)."""
    import simulator_table  # scripts/simulator_table.py: this script's folder is on sys.path
    from openapi_python_client import Project, __version__
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

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
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.globals.update(
        whm_operations=operation_facts(spec),
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
