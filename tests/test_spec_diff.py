"""Tests for scripts/spec_diff.py, the Markdown API-change report used as the PR body."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped,unused-ignore]
from repo_files import load_script

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "spec_diff.py"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "spec_diff"
OLD, NEW = FIXTURES / "old.yaml", FIXTURES / "new.yaml"


def _load_script() -> ModuleType:
    return load_script("spec_diff")


spec_diff = _load_script()


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def section(report: str, function: str) -> str:
    """Return the block of a changed function, so assertions cannot match a neighbour."""
    start = report.index(f"#### `{function}`")
    end = report.find("\n#### ", start + 1)
    return report[start : end if end != -1 else len(report)]


@pytest.fixture(scope="module")
def report() -> str:
    result = run_cli(OLD, NEW)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


# ----------------------------------------------------------------- fixture specs


def test_summary_header_has_counts_and_versions(report: str) -> None:
    first = report.splitlines()[0]
    assert "1 function added, 1 removed, 4 changed" in first
    assert "`11.130.0` → `11.132.0`" in first


def test_function_added(report: str) -> None:
    added = report.split("### Added functions (1)")[1].split("###")[0]
    assert "- `listips` — `GET /listips`" in added


def test_function_removed(report: str) -> None:
    removed = report.split("### Removed functions (1)")[1].split("###")[0]
    assert "- `removeacct` — `GET /removeacct`" in removed


def test_unchanged_function_and_api_version_are_not_reported(report: str) -> None:
    assert "`version`" not in report
    assert "api.version" not in report


def test_parameter_added_and_removed(report: str) -> None:
    block = section(report, "listaccts")
    assert "- Parameters added:\n  - `offset` (query; `integer`; optional; default `0`)" in block
    assert "- Parameters removed:\n  - `want` (query; `string`; optional)" in block


def test_parameter_type_required_and_enum_changes(report: str) -> None:
    block = section(report, "listaccts")
    assert "  - `limit`: type `string` → `integer`" in block
    assert "  - `search`: required no → yes" in block
    assert '  - `searchtype`: enum values added `"ip"`; enum values removed `"owner"`' in block


def test_form_body_parameters(report: str) -> None:
    block = section(report, "createacct")
    assert "  - `bwlimit` (body; `integer`; optional)" in block
    assert "  - `plan`: required no → yes" in block
    assert "  - `quota`: type `integer` → `string`" in block
    assert "username" not in block


def test_response_fields_through_ref(report: str) -> None:
    block = section(report, "listaccts")
    assert "- Response fields added:\n  - `data.acct[].uid` (`integer`)" in block
    assert "- Response fields removed:\n  - `data.acct[].email` (`string`)" in block
    assert "- Response fields changed:\n  - `data.acct[].diskused`: `string` → `integer`" in block


def test_method_change(report: str) -> None:
    assert section(report, "accountsummary").splitlines()[2] == "- Method: `GET` → `POST`"


def test_deprecation_and_default_change(report: str) -> None:
    block = section(report, "suspendacct")
    assert "- Deprecated: no → yes" in block
    assert '  - `reason`: default `""` → `"none given"`' in block


def test_changed_functions_are_sorted(report: str) -> None:
    headings = [line for line in report.splitlines() if line.startswith("#### ")]
    names = [h.removeprefix("#### ").strip("`") for h in headings]
    assert names == ["accountsummary", "createacct", "listaccts", "suspendacct"]


def test_output_is_deterministic(report: str) -> None:
    assert run_cli(OLD, NEW).stdout == report


def test_identical_specs_report_no_changes() -> None:
    result = run_cli(OLD, OLD)
    assert result.returncode == 0
    assert result.stdout == "No API changes.\n"


# ----------------------------------------------------------------- exit codes


def test_exit_code_flag() -> None:
    assert run_cli(OLD, NEW).returncode == 0
    assert run_cli("--exit-code", OLD, NEW).returncode == 1
    assert run_cli("--exit-code", OLD, OLD).returncode == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.yaml", None, "cannot read"),
        ("broken.yaml", "paths: [unclosed\n", "cannot parse"),
        ("broken.json", '{"paths": ', "cannot parse"),
        ("list.yaml", "- just\n- a list\n", "not an OpenAPI document"),
        ("other.yaml", "name: not a spec\n", "not an OpenAPI document"),
        ("badpaths.yaml", "openapi: 3.0.3\npaths: [1, 2]\n", "'paths' is not a mapping"),
    ],
)
def test_unreadable_input_exits_2(
    tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    bad = tmp_path / name
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    result = run_cli(OLD, bad)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("spec_diff: error:")
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_input_via_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert spec_diff.main([str(tmp_path / "nope.yaml"), str(NEW)]) == 2
    assert "nope.yaml" in capsys.readouterr().err


# ----------------------------------------------------------------- in-memory specs


def make_spec(
    paths: dict[str, Any], schemas: dict[str, Any] | None = None, version: str = "1.0"
) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": version},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def data_response(data: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "object", "properties": {"data": data}}
    return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}


def diff_text(old: dict[str, Any], new: dict[str, Any]) -> str:
    result: str = spec_diff.render(spec_diff.diff_specs(old, new))
    return result


def test_json_input_is_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = make_spec({"/a": {"get": {"operationId": "a"}}})
    new = make_spec({"/a": {"get": {"operationId": "a"}}, "/b": {"get": {"operationId": "b"}}})
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    # JSON content without a telling extension is detected too.
    (tmp_path / "new.spec").write_text(json.dumps(new), encoding="utf-8")
    assert spec_diff.main([str(tmp_path / "old.json"), str(tmp_path / "new.spec")]) == 0
    assert "- `b` — `GET /b`" in capsys.readouterr().out


def test_operation_without_id_is_keyed_by_method_and_path() -> None:
    old = make_spec({"/x": {"get": {}}})
    new = make_spec({"/x": {"get": {}, "post": {"deprecated": True}}})
    text = diff_text(old, new)
    assert "- `POST /x` — `POST /x` (deprecated)" in text


def test_parameter_location_change_is_reported() -> None:
    query = {"name": "user", "in": "query", "required": True, "schema": {"type": "string"}}
    form = {
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {"required": ["user"], "properties": {"user": {"type": "string"}}}
            }
        }
    }
    old = make_spec({"/f": {"get": {"operationId": "f", "parameters": [query]}}})
    new = make_spec({"/f": {"post": {"operationId": "f", "requestBody": form}}})
    text = diff_text(old, new)
    assert "- Method: `GET` → `POST`" in text
    assert "  - `user`: location query → body" in text


def test_array_parameter_item_type_and_enum() -> None:
    def spec(items: dict[str, Any]) -> dict[str, Any]:
        param = {"name": "ids", "in": "query", "schema": {"type": "array", "items": items}}
        return make_spec({"/f": {"get": {"operationId": "f", "parameters": [param]}}})

    text = diff_text(spec({"type": "string"}), spec({"type": "integer", "enum": [1, 2]}))
    assert "`ids`: type `array<string>` → `array<integer>`; enum none → `1`, `2`" in text


def test_recursive_schema_terminates() -> None:
    def spec(node_props: dict[str, Any]) -> dict[str, Any]:
        node = {
            "type": "object",
            "properties": {
                **node_props,
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            },
        }
        op = {
            "operationId": "tree",
            "responses": data_response({"$ref": "#/components/schemas/Node"}),
        }
        return make_spec({"/tree": {"get": op}}, {"Node": node})

    old = spec({"name": {"type": "string"}})
    new = spec({"name": {"type": "string"}, "label": {"type": "string", "nullable": True}})
    text = diff_text(old, new)
    assert "- Response fields added:\n  - `data.label` (`string|null`)" in text
    assert diff_text(old, old) == "No API changes.\n"


def test_maps_and_all_of_in_responses() -> None:
    def spec(extra: dict[str, Any]) -> dict[str, Any]:
        token = {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": extra}]}
        data = {"type": "object", "properties": {"tokens": {"additionalProperties": token}}}
        op = {"operationId": "api_token_list", "responses": data_response(data)}
        base = {"type": "object", "properties": {"name": {"type": "string"}}}
        return make_spec({"/api_token_list": {"get": op}}, {"Base": base})

    text = diff_text(spec({"expires_at": {"type": "integer"}}), spec({}))
    assert "  - `data.tokens.*.expires_at` (`integer`)" in text
    assert "data.tokens.*.name" not in text


def test_version_only_change_says_no_api_changes() -> None:
    old = make_spec({"/a": {"get": {"operationId": "a"}}}, version="1")
    new = make_spec({"/a": {"get": {"operationId": "a"}}}, version="2")
    text = diff_text(old, new)
    assert text.startswith("No API changes.\n")
    assert "`1` → `2`" in text


def test_fixture_specs_parse_as_yaml() -> None:
    # Guard the fixtures themselves: a typo there would make every test above meaningless.
    for path in (OLD, NEW):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert doc["openapi"].startswith("3.")
