"""The local Prism mock answers like the spec says, so client tests can rely on it."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import httpx
import pytest
import yaml
from repo_files import ROOT, load_script

pytestmark = pytest.mark.mock_server

AUTH = {"Authorization": "whm root:x"}
FORWARD_DEST = "/get_user_email_forward_destination"


def _mock_server_module() -> ModuleType:
    return load_script("mock_server")


def _violations(r: httpx.Response) -> str:
    """Prism's account of a rejected request.

    Without an error response in the spec Prism answers application/problem+json itself;
    when the operation has one (whm.openapi.yaml's ``default: Failure``, text/plain) Prism
    serves that and reports the violations in its ``sl-violations`` header instead.
    """
    if r.headers["content-type"].startswith("application/problem+json"):
        return r.text
    return r.headers["sl-violations"]


def test_function_is_served_at_root_with_data_and_metadata(prism_mock: str) -> None:
    # The spec's servers carry a path (/json-api, /_mock/...); Prism ignores it.
    r = httpx.get(f"{prism_mock}{FORWARD_DEST}?api.version=1&user=bob", headers=AUTH)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert "data" in body
    assert isinstance(body["metadata"], dict)


def test_missing_required_parameter_is_422(prism_mock: str) -> None:
    r = httpx.get(f"{prism_mock}{FORWARD_DEST}?api.version=1", headers=AUTH)
    assert r.status_code == 422
    assert "required property 'user'" in _violations(r)


def test_missing_authorization_is_401(prism_mock: str) -> None:
    # Prism only checks that some Authorization header is present, not its value.
    r = httpx.get(f"{prism_mock}{FORWARD_DEST}?api.version=1&user=bob")
    assert r.status_code == 401
    assert "security" in _violations(r)


def test_dynamic_mode_with_seed_is_reproducible(prism_mock_dynamic: str) -> None:
    url = f"{prism_mock_dynamic}{FORWARD_DEST}?api.version=1&user=bob"
    first, second = httpx.get(url, headers=AUTH), httpx.get(url, headers=AUTH)
    assert first.status_code == second.status_code == 200
    assert isinstance(first.json()["metadata"], dict)
    assert first.json() == second.json()


def test_prism_failing_to_start_raises_with_log_tail(prism_mock: str, tmp_path: Path) -> None:
    # prism_mock is requested only for its node check (skip locally / fail in CI).
    bad_spec = tmp_path / "bad.yaml"
    bad_spec.write_text("openapi: [unterminated\n")
    server = _mock_server_module().PrismMockServer(bad_spec, startup_timeout=30)
    with pytest.raises(RuntimeError, match=r"(?s)Prism exited with code \d+.*log tail"):
        server.start()
    assert not server.is_running()
    # Its log is where every Prism's goes, not loose in the temp folder.
    module = _mock_server_module()
    assert server.log_path is not None and server.log_path.parent == module.LOG_DIR
    assert module.LOG_DIR == ROOT / ".cache" / "whm-mock"
    assert len(list(module.LOG_DIR.glob("prism-*.log"))) <= module.KEEP_LOGS


def test_prism_logs_are_bounded(tmp_path: Path) -> None:
    module = _mock_server_module()
    made = [module.new_log(4010 + n, tmp_path, keep=3) for n in range(5)]
    assert sorted(tmp_path.iterdir()) == sorted(made[-3:])  # the newest three
    assert all(path.name.startswith(f"prism-{4012 + n}-") for n, path in enumerate(made[-3:]))


def test_the_node_version_is_stated_once(prism_mock: str) -> None:
    """README, package.json and the messages name the Node.js the tests run on (prism_mock
    is requested for its node check), and the node here is that one or later."""
    import shutil
    import subprocess

    module = _mock_server_module()
    readme = (ROOT / "README.md").read_text()
    assert f"{module.NODE_NEEDED} and npm" in readme
    assert "18.20" not in readme
    engines = json.loads((ROOT / "package.json").read_text())["engines"]
    assert engines == {"node": f">={module.NODE_VERSION}"}
    node = shutil.which("node")
    assert node is not None
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=True)
    assert int(version.stdout.strip().lstrip("v").split(".")[0]) >= module.NODE_VERSION


def test_find_prism_is_none_without_node(monkeypatch: pytest.MonkeyPatch) -> None:
    module = _mock_server_module()
    monkeypatch.setattr(module.shutil, "which", lambda name: None)
    assert module.find_prism() is None
    assert module.ensure_node_modules() is None


def test_success_only_spec_pins_result_to_1_and_changes_nothing_else(tmp_path: Path) -> None:
    module = _mock_server_module()
    source = tmp_path / "spec.yaml"
    original = {
        "openapi": "3.0.3",
        "paths": {},
        "components": {
            "schemas": {
                "Metadata": {
                    "type": "object",
                    "properties": {
                        "result": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
                        "reason": {"type": "string"},
                    },
                }
            }
        },
    }
    source.write_text(json.dumps(original))  # JSON is YAML too
    derived = module.write_success_only_spec(source, tmp_path)
    try:
        served = json.loads(derived.read_text())
    finally:
        derived.unlink()
    expected = json.loads(json.dumps(original))
    expected["components"]["schemas"]["Metadata"]["properties"]["result"] = {
        "anyOf": [{"type": "integer", "enum": [1]}, {"type": "string", "enum": ["1"]}],
        "example": 1,
    }
    assert served == expected
    assert json.loads(source.read_text()) == original  # the input is never touched


def test_success_only_needs_a_metadata_result(tmp_path: Path) -> None:
    source = tmp_path / "spec.json"
    source.write_text('{"openapi": "3.0.3", "paths": {}}')
    with pytest.raises(ValueError, match=r"Metadata\.properties\.result"):
        _mock_server_module().write_success_only_spec(source, tmp_path)
    assert list(tmp_path.iterdir()) == [source]  # no half-written copy left behind


def test_dynamic_fixture_succeeds_with_varied_data(prism_mock_dynamic: str) -> None:
    replies = [
        httpx.get(f"{prism_mock_dynamic}/{name}?api.version=1", headers=AUTH).json()
        for name in ("listaccts", "version", "accept_eula", "applist", "gethostname")
    ]
    assert all(reply["metadata"]["result"] in (1, "1") for reply in replies)
    assert len({json.dumps(reply["data"], sort_keys=True) for reply in replies}) > 1


def test_a_dynamic_mock_of_the_vendored_spec_never_invents_a_result(
    prism_mock: str, tmp_path: Path
) -> None:
    """metadata.result is declared as WHM sends it (0 or 1, number or string), so even
    Prism's random replies stay within it, also inside each batch element. Served from
    three of the vendored spec's functions and its components, to start quickly."""
    module = _mock_server_module()
    vendored = yaml.safe_load(module.DEFAULT_SPEC.read_text())
    small = {**vendored, "paths": {p: vendored["paths"][p] for p in ("/version", "/batch")}}
    small_spec = tmp_path / "small.json"
    small_spec.write_text(json.dumps(small))
    seen = []
    with module.PrismMockServer(small_spec, dynamic=True, startup_timeout=60) as server:
        for attempt in range(30):
            for path in (
                f"/version?api.version=1&n={attempt}",
                f"/batch?api.version=1&command=version&command=applist&n={attempt}",
            ):
                reply = httpx.get(server.base_url + path, headers=AUTH).json()
                seen.append(reply["metadata"]["result"])
                items = reply.get("data", {}).get("result", []) if "batch" in path else []
                seen += [item["metadata"]["result"] for item in items if "metadata" in item]
    assert len(seen) >= 60
    assert set(map(repr, seen)) <= {"0", "1", "'0'", "'1'"}


def test_stop_removes_the_derived_spec(prism_mock: str) -> None:
    # prism_mock is requested only for its node check (skip locally / fail in CI).
    server = _mock_server_module().PrismMockServer(success_only=True, startup_timeout=60)
    with server:
        served = server.command(server.port)[2]
        assert served != str(server.spec)
        assert Path(served).is_file()
    assert not Path(served).exists()


def test_the_mock_serves_namespaced_paths_and_checks_json_bodies(prism_mock: str) -> None:
    # The vendored spec's own rules, enforced by Prism: a namespaced function lives under
    # its namespace, and a JSON-only function's body carries api.version (cpsrvd ignores
    # the query string of a JSON request).
    ready = httpx.get(
        f"{prism_mock}/EcosystemFeatures/is_ready?api.version=1&plugin=x", headers=AUTH
    )
    assert ready.status_code == 200, _violations(ready)
    assert (
        httpx.get(f"{prism_mock}/is_ready?api.version=1&plugin=x", headers=AUTH).status_code == 404
    )
    url = f"{prism_mock}/personalization_get"
    good = httpx.post(url, json={"api.version": 1, "names": ["theme"]}, headers=AUTH)
    assert good.status_code == 200, _violations(good)
    unversioned = httpx.post(url + "?api.version=1", json={"names": ["theme"]}, headers=AUTH)
    assert unversioned.status_code == 422
    assert "api.version" in _violations(unversioned)


@pytest.mark.anyio
async def test_the_client_reports_the_mocks_reason(prism_mock: str) -> None:
    from whm_api_client import Target, WhmClient, WhmHttpError

    async with WhmClient(Target.local_mock(prism_mock)) as whm:
        with pytest.raises(WhmHttpError) as caught:
            await whm.call("listaccts", searchmethod="fuzzy")
    assert caught.value.status_code == 422
    assert caught.value.reason == (
        "Request query parameter searchmethod must be equal to one of the allowed values: "
        "exact, regex"
    )
