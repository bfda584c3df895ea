"""scripts/sync_spec.py: each upstream quirk, reproduced on a tiny spec, and its fix."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from repo_files import SHARED, load_script

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = SHARED / "whm-api-reference.openapi.json"


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
    sync_spec.clean_tag_groups(spec)
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


def test_result_is_0_or_1_as_a_number_or_a_string_and_mocks_answer_success() -> None:
    metadata = normalized()["components"]["schemas"]["Metadata"]
    result = metadata["properties"]["result"]
    assert result["anyOf"] == [
        {"type": "integer", "enum": [0, 1], "example": 1},
        {"type": "string", "enum": ["0", "1"], "example": "1"},
    ]
    assert result["example"] == 1
    assert metadata["required"] == ["command", "reason", "result", "version"]
    assert metadata["properties"]["namespace"] == {"type": "string"}


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


# --------------------------------------------------------------------------- the official layout
# Tiny specs shaped like cPanel's own document (../shared/whm-api/OFFICIAL-FORMAT.md):
# operationIds "Module-function", namespaced paths, two or three tags per operation,
# x-cpanel-available-version, the reply's metadata inline, examples everywhere.


def inline_reply(function: str, data: dict[str, Any] | None) -> dict[str, Any]:
    metadata = {
        "type": "object",
        "properties": {
            "command": {"type": "string", "description": "Prose.", "example": function},
            "reason": {"type": "string", "description": "Prose.", "example": "OK"},
            "result": {"type": "integer", "enum": [0, 1], "description": "Prose.", "example": 1},
            "version": {"type": "integer", "description": "Prose.", "example": 1},
        },
    }
    properties: dict[str, Any] = {"metadata": metadata}
    if data is not None:
        properties["data"] = data
    return {
        "200": {
            "description": "HTTP Request was successful.",
            "content": {
                "application/json": {"schema": {"type": "object", "properties": properties}}
            },
        }
    }


def official_operation(
    operation_id: str, since: Any, tags: list[str], data: dict[str, Any] | None = None
) -> dict[str, Any]:
    function = operation_id.rpartition("-")[2]
    return {
        "description": "Upstream prose.",
        "operationId": operation_id,
        "summary": "Upstream summary prose.",
        "tags": tags,
        "x-codeSamples": [{"label": "CLI", "lang": "Shell", "source": f"whmapi1 {function}\n"}],
        "x-cpanel-api-version": "WHM API 1",
        "x-cpanel-available-version": since,
        "responses": inline_reply(function, data),
    }


def official_spec() -> dict[str, Any]:
    listaccts = official_operation(
        "Accounts-listaccts",
        "11.40",
        ["Accounts", "Account Information", "Listing"],
        {
            "type": "object",
            "description": "Prose.",
            "properties": {
                "acct": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "user": {"type": "string", "example": "bob", "description": "Prose."},
                            "suspended": {"type": "integer", "enum": [0, 1], "example": 0},
                        },
                    },
                }
            },
        },
    )
    listaccts["parameters"] = [
        {
            "name": "search",
            "in": "query",
            "required": False,
            "description": "Prose.",
            "schema": {"type": "string", "example": "bob"},
        },
        {"name": "searchtype", "required": False, "schema": {"type": "string"}},  # no `in`
    ]
    is_ready = official_operation(
        "is_ready", "11.132", ["Plugin-Based Features", "Ecosystem"], {"type": "object"}
    )
    is_ready["parameters"] = [
        {"name": "plugin", "in": "query", "required": True, "schema": {"type": "string"}}
    ]
    batch = official_operation(
        "Other-batch",
        "11",
        ["API Execution", "Batch"],
        {
            "type": "object",
            "properties": {
                "result": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "data": {"description": "Prose."},
                            "metadata": inline_reply("x", None)["200"]["content"][
                                "application/json"
                            ]["schema"]["properties"]["metadata"],
                        },
                    },
                }
            },
        },
    )
    batch["parameters"] = [
        {
            "name": "command",
            "in": "query",
            "required": True,
            "description": "Prose.",
            "schema": {"type": "string", "example": "version"},
        }
    ]
    personalization = official_operation(
        "Personalization-personalization_set",
        "cPanel 74",
        ["Server Administration", "Personalization"],
        {"type": "object"},
    )
    personalization["requestBody"] = {
        "required": True,
        "description": "Prose.",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["personalization"],
                    "properties": {
                        "personalization": {
                            "type": "object",
                            "additionalProperties": {"type": "string", "maxLength": 2048},
                        },
                        "store": {"type": "string", "maxLength": 128},
                    },
                }
            }
        },
    }
    return {
        "openapi": "3.0.2",
        "info": {"title": "WHM API", "description": "Upstream prose.", "version": "11.138.0.6"},
        "servers": [{"url": "https://{host}:{port}/json-api", "description": "Prose."}],
        "security": [{"BasicAuth": []}],
        "components": {"securitySchemes": {"BasicAuth": {"type": "http", "scheme": "basic"}}},
        "tags": [
            {"name": "Accounts", "description": "Prose one."},
            {"name": "Accounts", "description": "Prose two."},
            {"name": "Styles", "description": "One."},
            {"name": "Styles", "description": "Two."},
            {"name": "Styles", "description": "Three."},
            {"name": "API Execution"},
        ],
        "x-tagGroups": [
            {"name": "Account Management", "tags": ["Accounts", "Accounts", "Account Information"]},
            {"name": "Brand", "tags": ["Undeclared Tag"]},
            {"name": "Account Management", "tags": ["Listing"]},
        ],
        "paths": {
            "/listaccts": {"get": listaccts},
            "/EcosystemFeatures/is_ready": {"get": is_ready},
            "/batch": {"get": batch},
            "/personalization_set": {"post": personalization},
        },
    }


def official_normalized() -> dict[str, Any]:
    result: dict[str, Any] = sync_spec.normalize(official_spec())
    return result


def test_official_the_function_is_the_last_path_segment_and_the_module_is_kept() -> None:
    spec = official_spec()
    sync_spec.name_functions_by_path(spec)
    listaccts = spec["paths"]["/listaccts"]["get"]
    assert listaccts["operationId"] == "listaccts"
    assert listaccts["x-whm-module"] == "Accounts"
    assert "x-whm-namespace" not in listaccts
    assert spec["paths"]["/personalization_set"]["post"]["x-whm-module"] == "Personalization"
    is_ready = spec["paths"]["/EcosystemFeatures/is_ready"]["get"]
    assert (is_ready["operationId"], is_ready["x-whm-namespace"]) == (
        "is_ready",
        "EcosystemFeatures",
    )
    assert "x-whm-module" not in is_ready  # newer functions use the plain name
    out = official_normalized()
    assert out["paths"]["/listaccts"]["get"]["summary"] == "listaccts"
    assert out["paths"]["/listaccts"]["get"]["x-whm-read-only"] is True
    reply = out["paths"]["/listaccts"]["get"]["responses"]["200"]["content"]["application/json"]
    assert reply["schema"]["title"] == "ListacctsReply"


def test_official_a_namespaced_function_keeps_its_path_and_namespace() -> None:
    out = official_normalized()
    is_ready = out["paths"]["/EcosystemFeatures/is_ready"]["get"]
    assert is_ready["x-whm-namespace"] == "EcosystemFeatures"
    assert is_ready["operationId"] == "is_ready"
    assert is_ready["x-whm-read-only"] is True


@pytest.mark.parametrize(
    ("written", "major", "version"),
    [
        ("11.40", 40, "11.40"),
        ("11.132", 132, "11.132"),
        ("cPanel 122", 122, "122"),
        ("11", 11, "11"),
        ("11.0", 11, "11.0"),
        ("11.38.1", 38, "11.38.1"),
        ("58.0.12", 58, "58.0.12"),
        (116, 116, "116"),
    ],
)
def test_official_since_version_in_every_spelling(written: Any, major: int, version: str) -> None:
    spec = official_spec()
    spec["paths"]["/listaccts"]["get"]["x-cpanel-available-version"] = written
    sync_spec.normalize_since_version(spec)
    listaccts = spec["paths"]["/listaccts"]["get"]
    assert (listaccts["x-whm-since"], listaccts["x-whm-since-version"]) == (major, version)
    assert "x-cpanel-available-version" not in listaccts


def test_official_since_version_that_cant_be_read_stops_the_run() -> None:
    for written, problem in ((11.4, "is a number"), ("soon", "can't read")):
        spec = official_spec()
        spec["paths"]["/listaccts"]["get"]["x-cpanel-available-version"] = written
        with pytest.raises(SystemExit, match=f"sync_spec: /listaccts: .*{problem}"):
            sync_spec.normalize(spec)


def test_official_the_reference_since_version_is_kept_and_its_major_derived() -> None:
    spec = tiny_spec()
    spec["paths"]["/listaccts"]["get"]["x-whm-since-version"] = "58.0.12"
    listaccts = operation(sync_spec.normalize(spec), "listaccts")
    assert (listaccts["x-whm-since"], listaccts["x-whm-since-version"]) == (58, "58.0.12")
    assert "x-whm-since" not in operation(sync_spec.normalize(spec), "createacct")


def test_official_every_tag_of_an_operation_is_kept() -> None:
    out = official_normalized()
    assert out["paths"]["/listaccts"]["get"]["tags"] == [
        "Accounts",
        "Account Information",
        "Listing",
    ]
    declared = [tag["name"] for tag in out["tags"]]
    assert {"Account Information", "Listing", "Ecosystem", "Batch"} <= set(declared)


def test_official_duplicate_tag_declarations_are_merged() -> None:
    spec = official_spec()
    sync_spec.merge_duplicate_tags(spec)
    names = [tag["name"] for tag in spec["tags"]]
    assert names.count("Styles") == names.count("Accounts") == 1
    assert names == sorted(names)


def test_official_tag_groups_lose_duplicate_and_undeclared_members() -> None:
    spec = official_spec()
    sync_spec.merge_duplicate_tags(spec)
    sync_spec.clean_tag_groups(spec)
    assert spec["x-tagGroups"] == [
        {"name": "Account Management", "tags": ["Account Information", "Accounts", "Listing"]}
    ]  # Brand named only an undeclared tag


@pytest.mark.parametrize("header", ["3.0.2", "3.2.0"])
def test_official_openapi_headers_become_3_0_3(header: str) -> None:
    spec = official_spec()
    spec["openapi"] = header
    item = spec["paths"]["/listaccts"]["get"]["responses"]["200"]["content"]["application/json"]
    acct = item["schema"]["properties"]["data"]["properties"]["acct"]["items"]["properties"]
    if header == "3.2.0":  # JSON Schema forms a 3.1+ document may use
        acct["user"] = {"type": ["string", "null"], "examples": ["bob"]}
        acct["plan"] = {"const": "gold"}
    out = sync_spec.normalize(spec)
    assert out["openapi"] == "3.0.3"
    sync_spec.validate(out)
    if header == "3.2.0":
        fields = reply_data(out, "listaccts")["properties"]["acct"]["items"]["properties"]
        assert fields["user"] == {"type": "string", "nullable": True, "example": "bob"}
        assert fields["plan"] == {"x-whm-known-values": ["gold"]}


def test_a_document_that_is_not_openapi_3_is_refused() -> None:
    spec = official_spec()
    spec["openapi"] = "2.0"
    with pytest.raises(SystemExit, match=r"sync_spec: openapi: version '2\.0' is not OpenAPI 3"):
        sync_spec.normalize(spec)


def test_official_inline_metadata_becomes_the_shared_schema() -> None:
    out = official_normalized()
    metadata = out["components"]["schemas"]["Metadata"]
    assert metadata == normalized()["components"]["schemas"]["Metadata"]  # same as the reference's
    for path, _, op in sync_spec.iter_operations(out):
        envelope = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert envelope["properties"]["metadata"] == {"$ref": "#/components/schemas/Metadata"}, path
        assert "metadata" in envelope["required"]
    item = reply_data(out, "batch")["properties"]["result"]["items"]
    assert item["properties"]["metadata"] == {"$ref": "#/components/schemas/Metadata"}


def test_official_examples_stay_and_prose_goes() -> None:
    out = official_normalized()
    text = json.dumps(out)
    assert "prose" not in text.lower() and "Prose" not in text
    assert "x-codeSamples" not in text and "x-cpanel-api-version" not in text
    listaccts = out["paths"]["/listaccts"]["get"]
    search = next(p for p in listaccts["parameters"] if p.get("name") == "search")
    assert search["schema"] == {"type": "string", "example": "bob"}
    user = reply_data(out, "listaccts")["properties"]["acct"]["items"]["properties"]["user"]
    assert user == {"type": "string", "example": "bob"}
    assert listaccts["responses"]["200"]["description"] == "OK"


def test_official_batch_command_is_repeatable() -> None:
    spec = official_spec()
    sync_spec.declare_repeatable_batch_command(spec)
    (command,) = spec["paths"]["/batch"]["get"]["parameters"]
    assert command["schema"] == {
        "type": "array",
        "items": {"type": "string"},
        "minItems": 1,
        "example": ["version"],
    }
    assert (command["style"], command["explode"], command["required"]) == ("form", True, True)
    once = copy.deepcopy(spec)
    sync_spec.declare_repeatable_batch_command(spec)
    assert spec == once  # already a list: left alone


def test_official_json_only_body_carries_api_version_and_takes_query_arguments_in() -> None:
    spec = official_spec()
    personalization = spec["paths"]["/personalization_set"]["post"]
    personalization["parameters"] = [
        {"name": "dry_run", "in": "query", "required": True, "schema": {"type": "integer"}}
    ]
    out = sync_spec.normalize(spec)
    op = out["paths"]["/personalization_set"]["post"]
    assert op["x-whm-json-only"] is True
    assert "parameters" not in op  # cpsrvd ignores a JSON request's query string
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["api.version", "dry_run", "personalization"]
    assert body["properties"]["api.version"] == {"$ref": "#/components/schemas/ApiVersion"}
    assert body["properties"]["dry_run"] == {"type": "integer"}
    assert body["properties"]["personalization"]["additionalProperties"]["type"] == "string"
    # A form body is not JSON-only and keeps api.version in the query.
    assert not operation(out, "listaccts").get("x-whm-json-only")
    assert operation(out, "listaccts")["parameters"][0] == {
        "$ref": "#/components/parameters/ApiVersion"
    }


def test_official_layout_normalizes_to_a_valid_stable_spec() -> None:
    first = sync_spec.dump(official_normalized())
    spec = yaml.safe_load(first)
    sync_spec.validate(spec)
    assert spec["security"] == [{"WhmApiToken": []}, {"BasicAuth": []}]
    assert sync_spec.dump(sync_spec.normalize(spec)) == first


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/{function}", "no function name can be derived"),
        ("/", "no function name can be derived"),
        ("/list-accts", "no function name can be derived"),
        ("/360Monitoring/", "no function name can be derived"),
        ("/A/B/is_ready", "more than one namespace level"),
        ("/Eco-Features/is_ready", "'Eco-Features' is not a namespace name"),
    ],
)
def test_bad_paths_stop_with_one_line_naming_the_path_and_write_nothing(
    tmp_path: Path, path: str, problem: str
) -> None:
    spec = official_spec()
    spec["paths"][path] = spec["paths"].pop("/listaccts")
    check_refused(tmp_path, spec, f"sync_spec: {re.escape(path)}: {problem}")


@pytest.mark.parametrize(
    ("path", "change", "problem"),
    [
        ("listaccts", lambda op: op, "a path must start with '/'"),
        ("/listaccts", lambda op: 5, "not a mapping of operations"),
        ("/listaccts", lambda op: {"get": []}, "get is not an operation (a mapping)"),
        ("/listaccts", lambda op: {"get": {**op["get"], "responses": [1]}}, "responses"),
        ("/listaccts", lambda op: {"get": {**op["get"], "parameters": [5]}}, "parameters"),
        ("/listaccts", lambda op: {"get": {**op["get"], "tags": "Accounts"}}, "tags"),
    ],
)
def test_a_malformed_path_stops_with_one_line_naming_it(
    tmp_path: Path, path: str, change: Any, problem: str
) -> None:
    spec = official_spec()
    spec["paths"][path] = change(spec["paths"].pop("/listaccts"))
    check_refused(tmp_path, spec, f"sync_spec: {re.escape(path)}: .*{re.escape(problem)}")


def test_paths_that_are_not_a_mapping_or_tags_without_a_name_are_refused(tmp_path: Path) -> None:
    spec = official_spec()
    spec["paths"] = ["/listaccts"]
    check_refused(tmp_path, spec, "sync_spec: paths: not a mapping of paths")
    spec = official_spec()
    spec["tags"].append({"description": "no name"})
    check_refused(tmp_path, spec, "sync_spec: tags: must be a list of tags, each with a name")


def test_an_operation_without_a_200_reply_is_refused(tmp_path: Path) -> None:
    spec = official_spec()
    spec["paths"]["/listaccts"]["get"]["responses"] = {"default": {"description": "x"}}
    check_refused(tmp_path, spec, "sync_spec: /listaccts: declares no 200 reply")


def test_two_paths_naming_one_function_are_refused(tmp_path: Path) -> None:
    spec = official_spec()
    spec["paths"]["/Other/is_ready"] = copy.deepcopy(spec["paths"]["/EcosystemFeatures/is_ready"])
    check_refused(tmp_path, spec, "sync_spec: /Other/is_ready: names function 'is_ready'")


def check_refused(tmp_path: Path, spec: dict[str, Any], message: str) -> None:
    source = tmp_path / "official.yaml"
    source.write_text(yaml.safe_dump(spec))
    output = tmp_path / "whm.openapi.yaml"
    with pytest.raises(SystemExit) as refused:
        sync_spec.main(["--from", str(source), "--output", str(output)])
    text = str(refused.value.code)
    assert re.match(message, text), text
    assert "\n" not in text
    assert not output.exists()
