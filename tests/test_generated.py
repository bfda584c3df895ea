"""The generated client: covers every function in the spec, loads lazily, stays in step."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from repo_files import load_script

from whm_api_client import WhmClient
from whm_api_client._generated.api import FUNCTIONS
from whm_api_client._generated.client import WhmFunctions

ROOT = Path(__file__).resolve().parent.parent


def spec_operations() -> dict[str, dict[str, Any]]:
    """What the index should say of each function, read straight from the vendored spec."""
    spec = yaml.safe_load((ROOT / "whm.openapi.yaml").read_text())
    facts = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            json_only = op.get("x-whm-json-only", False)
            facts[path.rsplit("/", 1)[-1]] = {
                "method": method.upper(),
                "read_only": op["x-whm-read-only"],
                "namespace": op.get("x-whm-namespace"),
                "body": "json" if json_only else ("query" if method == "get" else "form"),
                "since_version": op.get("x-whm-since-version"),
            }
    return facts


def test_every_spec_function_has_a_module_and_a_typed_method() -> None:
    operations = spec_operations()
    assert len(operations) == 625
    assert set(FUNCTIONS) == set(operations)
    for function, info in FUNCTIONS.items():
        expected = operations[function]
        assert {key: getattr(info, key) for key in expected} == expected, function
        module = importlib.import_module(f"whm_api_client._generated.api.{info.module}")
        assert function == module.FUNCTION
        assert (
            info.method,
            info.read_only,
            info.namespace,
        ) == (module.HTTP_METHOD, module.READ_ONLY, module.NAMESPACE)
        assert (info.body, info.since_version) == (module.BODY, module.SINCE_VERSION)
        assert module.DOCS_URL.startswith("https://api.docs.cpanel.net/")
        facade = getattr(WhmFunctions, function.lstrip("_"))
        assert inspect.iscoroutinefunction(facade)
        assert module.DOCS_URL in (facade.__doc__ or "")
        # the method takes exactly the keyword arguments build_arguments takes
        assert list(inspect.signature(facade).parameters)[1:] == list(
            inspect.signature(module.build_arguments).parameters
        )


def test_the_index_knows_namespaces_json_bodies_and_since_versions() -> None:
    namespaced = {name: info.namespace for name, info in FUNCTIONS.items() if info.namespace}
    assert namespaced == {
        "register_server_with_360_monitoring": "360Monitoring",
        "set_360_agent_polling": "360Monitoring",
        "is_ready": "EcosystemFeatures",
        "local_disable": "EcosystemFeatures",
        "local_enable": "EcosystemFeatures",
    }
    json_only = sorted(name for name, info in FUNCTIONS.items() if info.body == "json")
    assert json_only == ["personalization_get", "personalization_set"]
    assert all(info.method == "POST" for name, info in FUNCTIONS.items() if info.body == "form")
    assert FUNCTIONS["is_ready"].since_version == "11.132"
    assert FUNCTIONS["listaccts"].since_version == "11"
    assert all(info.since_version for info in FUNCTIONS.values())


def test_json_body_arguments_are_plain_python_types() -> None:
    from whm_api_client._generated.api.server_administration import (
        personalization_get,
        personalization_set,
    )

    assert personalization_get.ARGUMENTS == {
        "names": ("names", "list[str]", True),
        "store": ("store", "str", False),
    }
    assert personalization_set.ARGUMENTS == {
        "personalization": ("personalization", "dict[str, str]", True),
        "store": ("store", "str", False),
    }
    hints = inspect.signature(WhmFunctions.personalization_set).parameters
    assert hints["personalization"].annotation == "dict[str, str]"
    assert personalization_set.build_arguments(personalization={"a": "b"}) == {
        "personalization": {"a": "b"}
    }


def test_handwritten_client_shadows_no_function() -> None:
    handwritten = set(vars(WhmClient)) - set(vars(WhmFunctions))
    names = {function.lstrip("_") for function in FUNCTIONS}
    assert not handwritten & names


def _python(code: str) -> Any:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, cwd=ROOT
    ).stdout
    return json.loads(output)


LOADED = """
import json, sys
def loaded():
    api = [m for m in sys.modules if m.startswith("whm_api_client._generated.api.")]
    models = [m for m in sys.modules if m.startswith("whm_api_client._generated.models.")]
    return {"api": len(api), "models": len(models)}
"""


def test_import_loads_no_function_module_and_no_model() -> None:
    counts = _python(LOADED + "import whm_api_client\nprint(json.dumps(loaded()))")
    assert counts == {"api": 0, "models": 0}


def test_one_call_loads_its_own_modules_only() -> None:
    code = (
        LOADED
        + """
import anyio, httpx
from whm_api_client import WhmClient, Target
reply = {"data": {"payload": [{"user": "a", "unique_sender_recipient_count": 1}]},
         "metadata": {"result": 1}}
async def main():
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=reply))
    async with WhmClient(Target.local_mock("http://127.0.0.1:9"), transport=transport) as whm:
        await whm.get_unique_sender_recipient_count_per_user(start_time=1, end_time=2)
anyio.run(main)
print(json.dumps(loaded()))
"""
    )
    counts = _python(code)
    # the "mail" tag package and the function's module; its data model and the row model
    assert counts == {"api": 2, "models": 2}


def test_regenerate_differences_reports_changed_missing_and_stale(tmp_path: Path) -> None:
    regenerate = load_script("regenerate")
    expected, actual = tmp_path / "expected", tmp_path / "actual"
    for root in (expected, actual):
        (root / "api").mkdir(parents=True)
        (root / "same.py").write_text("x = 1\n")
    (expected / "api" / "changed.py").write_text("x = 1\n")
    (actual / "api" / "changed.py").write_text("x = 2\n")
    (expected / "new.py").write_text("")
    (actual / "stale.py").write_text("")
    assert regenerate.differences(expected, actual) == (
        ["api/changed.py"],
        ["new.py"],
        ["stale.py"],
    )
