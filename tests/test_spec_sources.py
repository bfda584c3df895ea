"""Both shared inputs make the same client, and the weekly path works end to end.

``../shared/whm-api/`` holds the WHM reference twice: the facts-only reference JSON (which
the committed ``whm.openapi.yaml`` is made from) and the same functions in the layout of
cPanel's own document, which is what the weekly workflow fetches. These tests skip, saying
so, when ``../shared`` isn't beside the checkout; CI has it.
"""

from __future__ import annotations

import functools
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from repo_files import SHARED, load_script

from whm_api_client._generated.api import FUNCTIONS

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = SHARED / "whm-api-reference.openapi.json"
OFFICIAL_LAYOUT = SHARED / "whm-api-reference.official-layout.yaml"

sync_spec = load_script("sync_spec")
regenerate = load_script("regenerate")

pytestmark = pytest.mark.skipif(
    not (REFERENCE.exists() and OFFICIAL_LAYOUT.exists()),
    reason=f"the shared WHM reference is not beside the checkout ({REFERENCE.parent})",
)


@functools.cache
def normalized(source: Path) -> dict[str, Any]:
    document, raw = sync_spec.load_document(str(source))
    result: dict[str, Any] = sync_spec.normalize(document, source=str(source), raw=raw)
    return result


def _text(value: Any) -> str:
    """A generator string (UntrustedString, PythonCode or str) as plain text."""
    for method in ("get_untrusted_value", "as_unembedded_code"):
        if hasattr(value, method):
            return str(getattr(value, method)())
    return str(value)


def _property(prop: Any) -> tuple[str, str, str, bool]:
    return (_text(prop.name), prop.python_name, _text(prop.get_type_string()), prop.required)


def client_surface(spec: dict[str, Any], scratch: Path) -> dict[str, Any]:
    """What a user of the generated client sees, as the pinned generator parses ``spec``:
    each function's group, method, arguments (WHM name, Python name, type, required) and
    reply type; each model's fields and extra-field type; each literal type's values; and
    the index facts (namespace, how arguments travel, read-only, since-release)."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "generator-config.yaml"),
        MetaType.NONE,
        document_source=scratch / "spec.yaml",
        file_encoding="utf-8",
        overwrite=False,
        output_path=scratch / "out",
    )
    data = GeneratorData.from_dict(spec, config=config)
    assert isinstance(data, GeneratorData), data
    assert not data.errors, data.errors[:3]
    facts = regenerate.operation_facts(spec)
    functions = {}
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            fact = facts[endpoint.path]
            reply = regenerate.data_property(endpoint)
            functions[fact["function"]] = {
                "group": tag,
                "method": endpoint.method,
                "arguments": [
                    (
                        _text(p.name),
                        p.python_name,
                        _text(regenerate.argument_type(p, no_optional=True)),
                        p.required,
                    )
                    for p in regenerate.caller_arguments(endpoint)
                ],
                "reply": _text(reply.get_type_string()) if reply else "Any",
                "namespace": fact["namespace"],
                "body": fact["body"],
                "read_only": fact["read_only"],
            }
    models = {
        model.class_info.name: (
            [_property(p) for p in [*model.required_properties, *model.optional_properties]],
            _text(model.additional_properties.get_type_string())
            if model.additional_properties
            else None,
        )
        for model in data.models
    }
    literals = {enum.class_info.name: sorted(map(repr, enum.values)) for enum in data.enums}
    since = {
        path.rsplit("/", 1)[-1]: op.get("x-whm-since")
        for path, _, op in sync_spec.iter_operations(spec)
    }
    return {"functions": functions, "models": models, "literals": literals, "since": since}


def test_both_shared_inputs_make_the_same_client(tmp_path: Path) -> None:
    from_reference = client_surface(normalized(REFERENCE), tmp_path)
    from_official = client_surface(normalized(OFFICIAL_LAYOUT), tmp_path)
    functions = from_reference["functions"]
    assert len(functions) == 625
    # The comparison has substance: arguments with both names, reply models, namespaces.
    assert {("user", "user", "str", True), ("password", "password", "str", True)} <= set(
        functions["passwd"]["arguments"]
    )
    assert ("pass", "pass_", "str", False) in functions["createacct"]["arguments"]
    assert functions["listaccts"]["reply"] == "ListacctsData"
    assert functions["is_ready"]["namespace"] == "EcosystemFeatures"
    assert functions["personalization_set"]["body"] == "json"
    assert ("command", "command", "list[str]", True) in functions["batch"]["arguments"]
    assert len(from_reference["models"]) > 1000
    for part in ("functions", "models", "literals", "since"):
        assert from_official[part] == from_reference[part], part


def test_the_inputs_differ_only_in_facts_outside_the_client() -> None:
    """What the official layout has and the reference lacks (the Perl module, finer tags,
    example values) and the reverse (docs links, two since-versions' minor numbers)."""
    reference, official = normalized(REFERENCE), normalized(OFFICIAL_LAYOUT)
    ref_ops = {path: op for path, _, op in sync_spec.iter_operations(reference)}
    off_ops = {path: op for path, _, op in sync_spec.iter_operations(official)}
    assert ref_ops.keys() == off_ops.keys()
    assert off_ops["/ipv6_range_usage"]["x-whm-module"] == "IPv6"
    assert not any("x-whm-module" in op for op in ref_ops.values())
    assert all("externalDocs" in op for op in ref_ops.values())
    assert not any("externalDocs" in op for op in off_ops.values())
    versions = {
        path: (ref_ops[path]["x-whm-since-version"], op["x-whm-since-version"])
        for path, op in off_ops.items()
        if op["x-whm-since-version"] != ref_ops[path]["x-whm-since-version"]
    }
    # The official layout writes "cPanel 58" where the reference knows 58.0.12.
    assert versions == {
        "/get_provider_display_configurations": ("58.0.12", "58"),
        "/ticket_get_support_info": ("78.0.6", "78"),
    }


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, *map(str, command)], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert done.returncode in (0, 1), done.stderr
    return done


def test_the_weekly_path_from_the_official_layout(tmp_path: Path) -> None:
    """What .github/workflows/regenerate.yml runs, in a copy of the project: sync from the
    official layout, regenerate, regenerate --check, spec_diff old/new."""
    work = tmp_path / "project"
    for name in ("scripts", "generator-config.yaml", "whm.openapi.yaml"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, work / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, work / name)
    shutil.copytree(
        ROOT / "whm_api_client" / "_generated",
        work / "whm_api_client" / "_generated",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    old = tmp_path / "whm.openapi.old.yaml"
    shutil.copy2(work / "whm.openapi.yaml", old)

    synced = run("scripts/sync_spec.py", "--from", OFFICIAL_LAYOUT, cwd=work)
    assert synced.returncode == 0 and "625 operations" in synced.stdout, synced.stdout
    generated = run("scripts/regenerate.py", cwd=work)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    checked = run("scripts/regenerate.py", "--check", cwd=work)
    assert checked.returncode == 0 and "up to date" in checked.stdout, checked.stdout
    diff = run("scripts/spec_diff.py", old, work / "whm.openapi.yaml", "--exit-code", cwd=work)
    assert diff.returncode == 0 and diff.stdout == "No API changes.\n", diff.stdout

    # The same modules and models, and the same index but for the since-versions the
    # official layout writes without their minor number.
    new_tree = work / "whm_api_client" / "_generated"
    committed = ROOT / "whm_api_client" / "_generated"
    assert files(new_tree) == files(committed)
    index = runpy.run_path(str(new_tree / "api" / "__init__.py"))["FUNCTIONS"]
    assert index.keys() == FUNCTIONS.keys()
    for name, info in FUNCTIONS.items():
        mine = index[name]
        assert mine[:5] == tuple(info[:5]), name
        assert info.since_version.startswith(mine.since_version), name


def files(root: Path) -> set[str]:
    return {
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
