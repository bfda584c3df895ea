"""scripts/sync_spec.py: each upstream quirk, reproduced on a tiny spec, and its fix."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from repo_files import load_script

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "whm-api" / "whm-api-reference.openapi.json"


sync_spec = load_script("sync_spec")


def reply(data: dict[str, Any] | None) -> dict[str, Any]:
    properties: dict[str, Any] = {"metadata": {"$ref": "#/components/schemas/Metadata"}}
    if data is not None:
        properties["data"] = data
    return {
        "200": {
            "description": "Upstream words about success.",
            "content": {
                "application/json": {"schema": {"type": "object", "properties": properties}}
            },
        }
    }


def tiny_spec() -> dict[str, Any]:
    """Two functions with the quirks the official spec has."""
    return {
        "openapi": "3.0.0",
        "info": {"title": "WHM", "version": "11.126.0.1", "description": "Upstream prose."},
        "tags": [
            {"name": "Accounts", "description": "Prose one."},
            {"name": "Accounts", "description": "Prose two."},
            {"name": "Mail"},
        ],
        "x-tagGroups": [
            {"name": "Accounts", "tags": ["Accounts"]},
            {"name": "Accounts", "tags": ["Accounts", "Mail"]},
        ],
        "paths": {
            "/listaccts": {
                "get": {
                    "operationId": "listaccts",
                    "summary": "Upstream summary prose.",
                    "description": "Upstream description prose.",
                    "tags": ["Accounts"],
                    "externalDocs": {"url": "https://docs/listaccts", "description": "Prose."},
                    "parameters": [
                        {"name": "search", "schema": {"type": "string"}, "description": "Prose."},
                        {
                            "name": "searchmethod",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["exact", "regex"]},
                            "example": "exact",
                        },
                        {"name": "api.version", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": reply(
                        {
                            "type": "object",
                            "description": "Prose.",
                            "properties": {
                                "acct": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "description": {"type": "string"},
                                            "example": {"type": "string"},
                                            "suspended": {"type": "integer", "enum": [0, 1]},
                                        },
                                    },
                                }
                            },
                        }
                    ),
                }
            },
            "/createacct": {
                "get": {
                    "operationId": "createacct",
                    "tags": ["Accounts"],
                    "parameters": [
                        {"name": "username", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": reply(None),
                }
            },
        },
        "components": {
            "schemas": {
                "Metadata": {
                    "type": "object",
                    "properties": {
                        "result": {"type": "integer", "enum": [0, 1]},
                        "reason": {"type": "string"},
                    },
                }
            }
        },
    }


def normalized() -> dict[str, Any]:
    result: dict[str, Any] = sync_spec.normalize(tiny_spec())
    return result


def operation(spec: dict[str, Any], name: str) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"][f"/{name}"]["get"]
    return op


def test_parameters_without_location_go_in_the_query() -> None:
    spec = tiny_spec()
    sync_spec.add_missing_parameter_locations(spec)
    assert [p["in"] for p in operation(spec, "listaccts")["parameters"]] == ["query"] * 3
    assert operation(spec, "createacct")["parameters"][0]["in"] == "query"


def test_duplicate_tags_and_tag_groups_are_merged() -> None:
    spec = tiny_spec()
    sync_spec.merge_duplicate_tags(spec)
    assert [tag["name"] for tag in spec["tags"]] == ["Accounts", "Mail"]
    assert spec["x-tagGroups"] == [{"name": "Accounts", "tags": ["Accounts", "Mail"]}]


def test_api_version_is_declared_once_and_on_every_operation() -> None:
    spec = tiny_spec()
    sync_spec.ensure_api_version_parameter(spec)
    ref = {"$ref": "#/components/parameters/ApiVersion"}
    for name in ("listaccts", "createacct"):
        parameters = operation(spec, name)["parameters"]
        assert parameters[0] == ref
        assert [p.get("name") for p in parameters].count(
            "api.version"
        ) == 0  # the inline one is gone
    declared = spec["components"]["parameters"]["ApiVersion"]
    assert declared["required"] is True and declared["in"] == "query"
    assert spec["components"]["schemas"]["ApiVersion"]["enum"] == [1]


def test_servers_and_security_schemes() -> None:
    spec = normalized()
    assert [server["url"] for server in spec["servers"]] == [
        "https://api.docs.cpanel.net/_mock/specifications/whm.openapi",
        "https://{host}:{port}/json-api",
    ]
    schemes = spec["components"]["securitySchemes"]
    assert schemes["WhmApiToken"]["name"] == "Authorization"
    assert schemes["BasicAuth"] == {"type": "http", "scheme": "basic"}
    assert spec["security"] == [{"WhmApiToken": []}, {"BasicAuth": []}]


def test_upstream_prose_is_dropped_but_fields_named_like_keywords_stay() -> None:
    spec = normalized()
    text = json.dumps(spec)
    assert "prose" not in text.lower()
    listaccts = operation(spec, "listaccts")
    assert listaccts["summary"] == "listaccts"
    assert listaccts["externalDocs"] == {"url": "https://docs/listaccts"}
    item = listaccts["responses"]["200"]["content"]["application/json"]["schema"]["properties"][
        "data"
    ]["properties"]["acct"]["items"]
    assert set(item["properties"]) == {"description", "example", "suspended"}
    assert spec["info"]["title"] == "WHM API 1"
    assert spec["info"]["version"] == "11.126.0.1"


def test_only_200_declared_gets_a_default_failure_response() -> None:
    spec = normalized()
    for name in ("listaccts", "createacct"):
        assert operation(spec, name)["responses"]["default"] == {
            "$ref": "#/components/responses/Failure"
        }
    assert "Failure" in spec["components"]["responses"]


def test_typed_data_is_required_and_untyped_data_is_free_form() -> None:
    spec = normalized()
    typed = operation(spec, "listaccts")["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert "data" in typed["required"]
    assert typed["properties"]["data"]["title"] == "ListacctsData"
    assert typed["title"] == "ListacctsReply"
    untyped = operation(spec, "createacct")["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert "data" not in untyped.get("required", [])
    assert untyped["properties"]["data"] == {"nullable": True, "x-whm-untyped": True}


def reply_data(spec: dict[str, Any], name: str) -> dict[str, Any]:
    envelope = operation(spec, name)["responses"]["200"]["content"]["application/json"]
    data: dict[str, Any] = envelope["schema"]["properties"]["data"]
    return data


def test_additional_properties_listed_as_a_property_name_becomes_the_keyword() -> None:
    # Upstream's remote_mysql_read_profiles: a map of profile name -> profile, written as
    # one property literally named "additionalProperties".
    profile = {"type": "object", "properties": {"mysql_port": {"type": "integer"}}}
    nested = {
        "type": "object",
        "properties": {
            "kept": {"type": "string"},
            "map": {"type": "object", "properties": {"additionalProperties": {"type": "string"}}},
        },
    }
    spec = tiny_spec()
    spec["paths"]["/listaccts"]["get"]["responses"] = reply(
        {"type": "object", "properties": {"additionalProperties": copy.deepcopy(profile)}}
    )
    spec["paths"]["/createacct"]["get"]["responses"] = reply(nested)
    out = sync_spec.normalize(spec)

    hoisted = reply_data(out, "listaccts")
    assert "properties" not in hoisted  # the misplaced keyword was its only "property"
    assert hoisted["additionalProperties"] == profile
    inner = reply_data(out, "createacct")
    assert inner["properties"]["kept"] == {"type": "string"}
    assert inner["properties"]["map"] == {
        "type": "object",
        "additionalProperties": {"type": "string"},
    }


def test_a_real_additional_properties_keyword_keeps_a_field_of_that_name() -> None:
    both = {
        "type": "object",
        "additionalProperties": {"type": "integer"},
        "properties": {"additionalProperties": {"type": "string"}},
    }
    spec = tiny_spec()
    spec["paths"]["/listaccts"]["get"]["responses"] = reply(both)
    kept = reply_data(sync_spec.normalize(spec), "listaccts")
    assert kept["additionalProperties"] == {"type": "integer"}
    assert kept["properties"]["additionalProperties"] == {"type": "string"}


def test_reply_enums_become_known_values_but_argument_enums_stay() -> None:
    spec = normalized()
    listaccts = operation(spec, "listaccts")
    suspended = listaccts["responses"]["200"]["content"]["application/json"]["schema"][
        "properties"
    ]["data"]["properties"]["acct"]["items"]["properties"]["suspended"]
    assert "enum" not in suspended
    assert suspended["x-whm-known-values"] == [0, 1]
    searchmethod = next(p for p in listaccts["parameters"] if p.get("name") == "searchmethod")
    assert searchmethod["schema"]["enum"] == ["exact", "regex"]


def test_result_accepts_strings_and_mocks_answer_success() -> None:
    result = normalized()["components"]["schemas"]["Metadata"]["properties"]["result"]
    assert result["anyOf"] == [
        {"type": "integer", "example": 1},
        {"type": "string", "example": "1"},
    ]
    assert result["x-whm-known-values"] == [0, 1]


@pytest.mark.parametrize(
    ("name", "method", "read_only"),
    [
        ("listaccts", "get", True),
        ("get_user_email_forward_destination", "get", True),
        ("accountsummary", "get", True),
        ("backup_config_get", "get", True),
        ("createacct", "get", False),
        ("removeacct", "get", False),
        ("hold_outgoing_email", "get", False),
        ("get_and_reset_counter", "get", False),  # a read prefix with a mutating word
        ("list_connected_applications", "post", False),  # POST is never read-only
        ("passwd", "get", False),
    ],
)
def test_read_only_rule(name: str, method: str, read_only: bool) -> None:
    assert sync_spec.is_read_only(name, method) is read_only


def test_normalized_spec_validates_and_is_stable() -> None:
    first = sync_spec.dump(normalized())
    second = sync_spec.dump(sync_spec.normalize(copy.deepcopy(tiny_spec())))
    assert first == second
    spec = yaml.safe_load(first)
    sync_spec.validate(spec)
    assert list(spec) == [
        "openapi",
        "info",
        "servers",
        "security",
        "tags",
        "x-tagGroups",
        "paths",
        "components",
    ]
    assert list(spec["paths"]) == ["/createacct", "/listaccts"]
    # normalizing twice changes nothing
    assert sync_spec.dump(sync_spec.normalize(spec)) == first


def test_cli_writes_and_checks(tmp_path: Path) -> None:
    source = tmp_path / "upstream.json"
    source.write_text(json.dumps(tiny_spec()))
    output = tmp_path / "whm.openapi.yaml"
    assert sync_spec.main(["--from", str(source), "--output", str(output)]) == 0
    assert output.read_text().startswith("# WHM API 1, normalized by scripts/sync_spec.py")
    assert sync_spec.main(["--from", str(source), "--output", str(output), "--check"]) == 0
    output.write_text(output.read_text() + "# hand edit\n")
    assert sync_spec.main(["--from", str(source), "--output", str(output), "--check"]) == 1


def test_not_an_openapi_document_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "nope.yaml"
    source.write_text("just: text\n")
    with pytest.raises(SystemExit, match="not an OpenAPI document"):
        sync_spec.main(["--from", str(source), "--output", str(tmp_path / "out.yaml")])


def test_unreachable_or_unreadable_sources_fail_cleanly(tmp_path: Path) -> None:
    out = str(tmp_path / "out.yaml")
    with pytest.raises(SystemExit, match=r"can't fetch http://127\.0\.0\.1:9/spec\.yaml"):
        sync_spec.main(["--from", "http://127.0.0.1:9/spec.yaml", "--output", out])
    with pytest.raises(SystemExit, match="can't read"):
        sync_spec.main(["--from", str(tmp_path / "missing.yaml"), "--output", out])
    broken = tmp_path / "broken.yaml"
    broken.write_text("paths: [unclosed\n")
    with pytest.raises(SystemExit, match="not YAML or JSON"):
        sync_spec.main(["--from", str(broken), "--output", out])


def test_vendored_spec_covers_every_reference_function() -> None:
    vendored = yaml.safe_load((ROOT / "whm.openapi.yaml").read_text())
    count = sum(1 for _ in sync_spec.iter_operations(vendored))
    assert count == 625
    if not REFERENCE.exists():
        pytest.skip(f"reference spec not found at {REFERENCE}")
    reference = json.loads(REFERENCE.read_text())
    assert count == sum(1 for _ in sync_spec.iter_operations(reference))
    assert sync_spec.main(["--from", str(REFERENCE), "--check", "--no-validate"]) == 0
