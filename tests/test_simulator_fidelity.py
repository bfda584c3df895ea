"""The simulator against CPSRVD-BEHAVIOR.md, one test per fact, over real HTTP.

Each test is named by the section of the facts it checks (``test_s5_...`` for §5) and talks
to a served simulator with raw httpx requests: what is tested is the simulator's wire
behaviour, not the client's reading of it. Facts the simulator does not reproduce are listed
in docs/guide/simulator.md with the reason.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from repo_files import SHARED, load_script

from whm_api_client.testing import (
    ApiFailure,
    Call,
    Reply,
    ThreadedSimulatorServer,
    WhmSimulator,
    faults,
)
from whm_api_client.testing._spec import SpecTable, bundled_table

TOKEN = "FIDELITY0TOKEN0000000000000000AB"
AUTH = {"Authorization": f"whm root:{TOKEN}"}
XID_FAILURE = r"^API failure: \(XID [a-z0-9]{6}\) "


@pytest.fixture(scope="module")
def server() -> Iterator[ThreadedSimulatorServer]:
    with ThreadedSimulatorServer() as running:
        yield running


class Wire:
    """A served simulator and a raw HTTP client for it."""

    def __init__(self, server: ThreadedSimulatorServer, simulator: WhmSimulator) -> None:
        self.sim = simulator
        self.endpoint = server.listen(simulator)
        self.http = httpx.Client(base_url=self.endpoint.url, timeout=30)

    def get(
        self, function: str, headers: dict[str, str] | None = None, **params: Any
    ) -> httpx.Response:
        return self.http.get(
            f"/json-api/{function}", params=params, headers=AUTH if headers is None else headers
        )

    def call(self, function: str, **params: Any) -> dict[str, Any]:
        """A call with api.version=1 and root's token; the decoded JSON reply (HTTP 200)."""
        response = self.get(function, **{"api.version": "1", **params})
        assert response.status_code == 200, response.text
        document: dict[str, Any] = response.json()
        return document


def make(server: ThreadedSimulatorServer, data: Any = None, **options: Any) -> Wire:
    return Wire(server, WhmSimulator(data, root_token=TOKEN, **options))


@pytest.fixture
def wire(server: ThreadedSimulatorServer) -> Iterator[Wire]:
    made = make(server, {"accounts": [{"username": "bob", "domain": "bob.example"}]})
    yield made
    made.http.close()


SEVEN = [
    {"user": f"u{i}", "n": str(n), "word": word, "ip": ip, "tags": tags}
    for i, (n, word, ip, tags) in enumerate(
        [
            ("10", "Apple", "10.0.0.2", ["x", "red"]),
            ("2", "banana", "10.0.0.10", ["blue"]),
            ("unlimited", "cherry", "9.1.1.1", []),
            ("0", "apple pie", "10.0.0.1", ["red"]),
            ("33", "Date", "192.168.0.1", ["green"]),
            ("7", "elder", "10.0.1.0", ["x"]),
            ("1", "fig", "1.2.3.4", ["yellow", "x"]),
        ],
        start=1,
    )
]


@pytest.fixture
def records(server: ThreadedSimulatorServer) -> Iterator[Wire]:
    """A simulator with a function ``records`` whose data is ``{"items": SEVEN}``."""
    made = make(server)
    made.sim.define("records", lambda call: {"items": [dict(r) for r in SEVEN]})
    yield made
    made.http.close()


def users(document: dict[str, Any]) -> list[str]:
    return [record["user"] for record in document["data"]["items"]]


# ---------------------------------------------------------------------- §1 the envelope


def test_s1_metadata_names_the_command_and_echoes_the_version_as_sent(wire: Wire) -> None:
    metadata = wire.call("version")["metadata"]
    assert metadata["command"] == "version"
    assert metadata["version"] == "1"  # from the query string: a string
    response = wire.http.post(
        "/json-api/personalization_get",
        json={"api.version": 1, "names": ["x"]},
        headers=AUTH,
    )
    assert response.json()["metadata"]["version"] == 1  # from a JSON body: a number


def test_s1_success_result_is_the_string_1_for_some_functions_the_number_for_others(
    wire: Wire,
) -> None:
    results = {
        wire.call(name)["metadata"]["result"]
        for name in (
            "version",
            "gethostname",
            "listaccts",
            "listpkgs",
            "listzones",
            "applist",
            "listsuspended",
            "api_token_list",
        )
    }
    assert results == {1, "1"}
    assert wire.call("no_such_function")["metadata"]["result"] == 0  # failure: the number 0


def test_s1_output_raw_on_createacct_modifyacct_and_dns_functions(wire: Wire) -> None:
    created = wire.call("createacct", username="carol", domain="carol.example")
    modified = wire.call("modifyacct", user="carol", contactemail="c@example.com")
    zone = wire.call("adddns", domain="zone.example", ip="192.0.2.7")
    for document in (created, modified, zone):
        assert isinstance(document["metadata"]["output"]["raw"], str)
        assert "errors" not in document["metadata"]["output"]


def test_s1_output_messages_can_be_one_string_joined_with_newlines(wire: Wire) -> None:
    output = wire.call("sethostname", hostname="whm.example.test")["metadata"]["output"]
    assert isinstance(output["messages"], str) and "\n" in output["messages"]
    assert wire.call("gethostname")["data"] == {"hostname": "whm.example.test"}


def test_s1_extra_metadata_keys_a_function_sets_are_serialised(wire: Wire) -> None:
    wire.sim.define(
        "with_extras",
        lambda call: Reply(
            {}, warnings=["w1"], metadata={"error_count": 0, "proxied_from": ["n1"]}
        ),
    )
    metadata = wire.call("with_extras")["metadata"]
    assert metadata["error_count"] == 0 and metadata["proxied_from"] == ["n1"]
    assert metadata["output"]["warnings"] == ["w1"]


def test_s1_a_function_that_returns_nothing_has_no_data_key(wire: Wire) -> None:
    document = wire.call("suspendacct", user="bob", reason="testing")
    assert document["metadata"]["result"] in (1, "1")
    assert "data" not in document


def test_s1_a_list_or_string_return_is_invalid_api_data_format(wire: Wire) -> None:
    wire.sim.define("returns_list", lambda call: [1, 2])
    wire.sim.define("returns_text", lambda call: "text")
    for name in ("returns_list", "returns_text"):
        document = wire.call(name)
        assert document == {
            "metadata": {
                "command": name,
                "version": "1",
                "result": 0,
                "reason": "Invalid API data format.",
            }
        }


def test_s1_a_function_that_died_gives_an_xid_reason_with_curly_quotes_and_no_data(
    wire: Wire,
) -> None:
    document = wire.call("removeacct", username="web08")
    assert "data" not in document
    reason = document["metadata"]["reason"]
    assert document["metadata"]["result"] == 0
    assert reason.startswith("API failure: (XID ") and reason.endswith(
        ") You do not have a user named \u201cweb08\u201d."
    )
    wire.sim.define("dies", lambda call: (_ for _ in ()).throw(ApiFailure("Oops")))
    other = wire.call("dies")["metadata"]["reason"]
    assert other.endswith(") Oops") and other[:22] != reason[:22]  # a new XID per call


def test_s1_api_failures_come_back_with_http_200(wire: Wire) -> None:
    response = wire.get("removeacct", **{"api.version": "1", "username": "nobody"})
    assert response.status_code == 200
    assert response.json()["metadata"]["result"] == 0


def test_s1_a_crashed_dispatcher_is_http_500_internal_error_with_an_id(wire: Wire) -> None:
    wire.sim.inject(faults.InternalError(), function="version", times=1)
    wire.sim.inject(faults.InternalError(503), function="gethostname", times=1)
    crashed = wire.get("version", **{"api.version": "1"})
    updating = wire.get("gethostname", **{"api.version": "1"})
    assert crashed.status_code == 500 and updating.status_code == 503
    for response in (crashed, updating):
        assert response.text.startswith("Internal Error (ID ") and response.text.endswith(")")
        assert response.text[len("Internal Error (ID ") : -1].isdigit()
    assert wire.call("version")["metadata"]["result"] in (1, "1")  # times=1: once only


# ---------------------------------------------------------------------- §2


def test_s2_unknown_function_is_an_in_band_unknown_app_with_double_quotes(wire: Wire) -> None:
    response = wire.get("csf_allow", **{"api.version": "1"})
    assert response.status_code == 200
    metadata = response.json()["metadata"]
    assert metadata["result"] == 0
    assert (
        metadata["reason"] == 'Unknown app ("csf_allow") requested for this version (1) of the API.'
    )


def test_s2_without_api_version_the_reply_is_api_0_without_metadata(wire: Wire) -> None:
    document = wire.get("listaccts").json()
    assert "metadata" not in document
    assert set(document) == {"acct", "status", "statusmsg"}
    assert [a["user"] for a in document["acct"]] == ["bob"]


def test_s2_without_api_version_an_unknown_function_is_an_error_without_quotes(wire: Wire) -> None:
    document = wire.get("csf_allow").json()
    assert document == {
        "error": "Unknown app (csf_allow) requested for this version (0) of the API."
    }


def test_s2_api_version_is_looked_for_in_the_body_too(wire: Wire) -> None:
    response = wire.http.post("/json-api/version", data={"api.version": "1"}, headers=AUTH)
    assert response.json()["metadata"]["command"] == "version"


def test_s2_a_missing_required_argument_is_named(wire: Wire) -> None:
    response = wire.get("suspendacct", **{"api.version": "1"})
    assert response.status_code == 200
    document = response.json()
    assert "data" not in document and document["metadata"]["result"] == 0
    assert document["metadata"]["reason"].startswith("API failure: (XID ")
    assert ") Provide the \u201cuser\u201d parameter" in document["metadata"]["reason"]


def test_s2_an_empty_required_argument_cannot_be_empty(wire: Wire) -> None:
    reason = wire.call("suspendacct", user="")["metadata"]["reason"]
    assert "\u201cuser\u201d" in reason and "cannot be empty" in reason


# ---------------------------------------------------------------------- §3 authentication


def test_s3_whm_token_header_authenticates(wire: Wire) -> None:
    assert (
        wire.get(
            "version", {"Authorization": f"whm root:{TOKEN}"}, **{"api.version": "1"}
        ).status_code
        == 200
    )


def test_s3_whm_access_hash_header_authenticates(server: ThreadedSimulatorServer) -> None:
    access_hash = "abc123\ndef456\n"
    wire = make(server, {"users": [{"name": "root", "access_hash": access_hash}]})
    headers = {"Authorization": "WHM root:abc123def456"}  # sent with the newlines removed
    assert wire.get("version", headers, **{"api.version": "1"}).status_code == 200


def test_s3_basic_auth_authenticates(server: ThreadedSimulatorServer) -> None:
    wire = make(server, {"users": [{"name": "root", "password": "Pass-w0rd"}]})
    basic = base64.b64encode(b"root:Pass-w0rd").decode()
    assert (
        wire.get("version", {"Authorization": f"Basic {basic}"}, **{"api.version": "1"}).status_code
        == 200
    )
    wrong = base64.b64encode(b"root:nope").decode()
    assert (
        wire.get("version", {"Authorization": f"Basic {wrong}"}, **{"api.version": "1"}).status_code
        == 403
    )


@pytest.mark.parametrize(
    "authorization", [None, "whm root:WRONG", "whm nobody:" + TOKEN, "Bearer x"]
)
def test_s3_bad_or_missing_credentials_get_403_text_plain_cpanelresult(
    wire: Wire, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    response = wire.get("listaccts", headers, **{"api.version": "1"})
    assert response.status_code == 403
    assert response.reason_phrase == "Forbidden Access denied"
    assert response.headers["content-type"] == 'text/plain; charset="utf-8"'
    assert response.json() == {
        "cpanelresult": {
            "apiversion": "2",
            "error": "Access denied",
            "data": {"reason": "Access denied", "result": "0"},
            "type": "text",
        }
    }


def test_s3_token_auth_for_cpanel_api_1_is_refused(wire: Wire) -> None:
    response = wire.get(
        "cpanel",
        **{
            "api.version": "1",
            "cpanel_jsonapi_user": "bob",
            "cpanel_jsonapi_module": "Email",
            "cpanel_jsonapi_func": "listpops",
            "cpanel_jsonapi_apiversion": "1",
        },
    )
    assert response.status_code == 403
    assert response.text == "Token authentication allows access to UAPI or API 2 calls only."


def test_s3_an_unknown_cpanel_jsonapi_user_is_refused(wire: Wire) -> None:
    document = wire.call(
        "cpanel",
        cpanel_jsonapi_user="nobody",
        cpanel_jsonapi_module="Email",
        cpanel_jsonapi_func="listpops",
    )
    reason = "User parameter is invalid or was not supplied"
    assert document == {"data": {"reason": reason, "result": "0"}, "type": "text", "error": reason}


def login(wire: Wire, **form: str) -> httpx.Response:
    return wire.http.post("/login/?login_only=1", data=form)


def test_s3_session_login_gives_a_cpsess_token_and_a_cookie(
    server: ThreadedSimulatorServer,
) -> None:
    wire = make(server, {"users": [{"name": "root", "password": "Pass-w0rd"}]})
    response = login(wire, user="root", **{"pass": "Pass-w0rd"})
    assert response.status_code == 200
    token = response.json()["security_token"]
    assert token.startswith("/cpsess") and len(token) == len("/cpsess") + 10 and token[7:].isdigit()
    assert "whostmgrsession" in response.cookies
    wire.http.cookies = response.cookies
    in_session = wire.http.get(f"{token}/json-api/version", params={"api.version": "1"})
    assert in_session.status_code == 200 and in_session.json()["data"]["version"]


def test_s3_a_bad_login_is_401_see_login_log_with_a_cookie(wire: Wire) -> None:
    response = login(wire, user="root", **{"pass": "wrong"})
    assert response.status_code == 401 and response.reason_phrase == "Access Denied"
    assert response.headers["content-type"] == 'text/plain; charset="utf-8"'
    assert response.json() == {"status": 0, "message": "see_login_log"}
    assert "whostmgrsession" in response.cookies


@pytest.mark.parametrize("prefix", ["", "/cpsess0000000000"])
def test_s3_the_cookie_without_or_with_a_wrong_cpsess_prefix_is_401_token_denied(
    server: ThreadedSimulatorServer, prefix: str
) -> None:
    wire = make(server, {"users": [{"name": "root", "password": "Pass-w0rd"}]})
    wire.http.cookies = login(wire, user="root", **{"pass": "Pass-w0rd"}).cookies
    response = wire.http.get(f"{prefix}/json-api/version", params={"api.version": "1"})
    assert response.status_code == 401 and response.reason_phrase == "Token Denied"
    assert response.headers["content-type"].startswith("text/html")


def test_s3_a_two_factor_account_without_its_code_gets_the_tfa_form(
    server: ThreadedSimulatorServer,
) -> None:
    wire = make(
        server, {"users": [{"name": "root", "password": "P-1", "two_factor_code": "123456"}]}
    )
    refused = login(wire, user="root", **{"pass": "P-1"})
    assert "tfa_login_form" in refused.text and "security_token" not in refused.text
    accepted = login(wire, user="root", tfa_token="123456", **{"pass": "P-1"})
    assert accepted.json()["security_token"].startswith("/cpsess")


def test_s3_repeated_failed_logins_lock_the_address_out(wire: Wire) -> None:
    wire.sim.inject(faults.Lockout(failures=2))
    for _ in range(2):
        assert login(wire, user="root", **{"pass": "wrong"}).status_code == 401
    # locked out: the right credentials are refused too, at /login/ and on /json-api
    right = login(wire, user="root", **{"pass": wire.sim.root_password})
    assert right.json() == {"status": 0, "message": "see_login_log"}
    assert wire.get("version", **{"api.version": "1"}).status_code == 403


def test_s3_a_lockout_can_answer_429_with_retry_after(wire: Wire) -> None:
    wire.sim.inject(faults.Lockout(failures=1, retry_after=300))
    wire.get("version", {"Authorization": "whm root:WRONG"}, **{"api.version": "1"})
    response = wire.get("version", **{"api.version": "1"})
    assert response.status_code == 429 and response.headers["retry-after"] == "300"


# ---------------------------------------------------------------------- §4 batch


def batch(wire: Wire, *commands: str, key_style: str = "repeat", **extra: str) -> httpx.Response:
    pairs: list[tuple[str, str]] = [("api.version", "1")]
    for index, command in enumerate(commands):
        key = "command" if key_style == "repeat" or index == 0 else f"command-{index - 1}"
        pairs.append((key, command))
    pairs += list(extra.items())
    return wire.http.get("/json-api/batch", params=pairs, headers=AUTH)


def test_s4_repeated_command_and_command_n_are_the_same_request(wire: Wire) -> None:
    commands = ("version", "accountsummary?user=bob", "version")  # the same function twice
    repeated = batch(wire, *commands).json()
    numbered = batch(wire, *commands, key_style="numbered").json()
    assert repeated == numbered
    assert [e["metadata"]["command"] for e in repeated["data"]["result"]] == [
        "version",
        "accountsummary",
        "version",
    ]


def test_s4_each_element_is_a_whole_envelope_with_or_without_an_inner_api_version(
    wire: Wire,
) -> None:
    document = batch(wire, "listaccts", "listaccts?api.version=1").json()
    assert document["metadata"]["command"] == "batch"
    for element in document["data"]["result"]:
        assert set(element) == {"data", "metadata"}
        assert element["metadata"]["command"] == "listaccts"
        assert element["data"]["acct"][0]["user"] == "bob"


def test_s4_a_failed_element_makes_the_batch_result_0_and_keeps_every_element(wire: Wire) -> None:
    document = batch(wire, "version", "removeacct?username=ghost", "gethostname").json()
    assert document["metadata"]["result"] == 0
    results = document["data"]["result"]
    assert [e["metadata"]["result"] in (1, "1") for e in results] == [True, False, True]
    assert "\u201cghost\u201d" in results[1]["metadata"]["reason"]


def test_s4_abort_on_error_stops_at_the_first_failure(wire: Wire) -> None:
    document = batch(
        wire, "version", "removeacct?username=ghost", "gethostname", abort_on_error="1"
    ).json()
    assert len(document["data"]["result"]) == 2 and document["metadata"]["result"] == 0


def test_s4_an_unknown_function_in_any_element_fails_the_batch_with_http_500(wire: Wire) -> None:
    response = batch(wire, "version", "csf_allow", "createacct?username=x&domain=x.example")
    assert response.status_code == 500
    assert "x" not in wire.sim.accounts  # nothing of that batch ran


def test_s4_the_function_name_is_not_url_decoded(server: ThreadedSimulatorServer) -> None:
    wire = make(server)
    wire.sim.define("Tools/ping", lambda call: {"pong": 1})
    assert batch(wire, "Tools/ping").json()["data"]["result"][0]["data"] == {"pong": 1}
    assert batch(wire, "Tools%2Fping").status_code == 500  # "Tools%2Fping" is no function


def test_s4_list_valued_inner_arguments_fold_like_the_outer_ones(wire: Wire) -> None:
    command = "api_token_create?token_name=t1&acl=list-accts&acl-0=create-acct&acl-1=kill-acct"
    element = batch(wire, command).json()["data"]["result"][0]
    assert element["data"]["acls"] == ["list-accts", "create-acct", "kill-acct"]


def test_s4_uapi_cpanel_works_in_a_batch(wire: Wire) -> None:
    command = "uapi_cpanel?cpanel.user=bob&cpanel.module=Email&cpanel.function=list_pops"
    element = batch(wire, command).json()["data"]["result"][0]
    assert element["data"]["uapi"]["status"] == 1


# ---------------------------------------------------------------------- §5 meta arguments


def chunk(wire: Wire, **params: str) -> dict[str, Any]:
    return wire.call("records", **{"api.chunk.enable": "1", "api.chunk.verbose": "1", **params})


def test_s5_chunk_filter_and_sort_metadata_only_with_verbose(records: Wire) -> None:
    quiet = records.call(
        "records",
        **{
            "api.chunk.enable": "1",
            "api.chunk.size": "2",
            "api.filter.enable": "1",
            "api.filter.a.field": "word",
            "api.filter.a.arg0": "a",
            "api.sort.enable": "1",
            "api.sort.a.field": "user",
        },
    )
    assert not {"chunk", "filter", "sort"} & set(quiet["metadata"])
    assert len(quiet["data"]["items"]) == 2  # applied all the same


@pytest.mark.parametrize("size", [None, "0", "-3", "abc"])
def test_s5_chunk_size_missing_or_below_1_is_100(records: Wire, size: str | None) -> None:
    params = {} if size is None else {"api.chunk.size": size}
    assert chunk(records, **params)["metadata"]["chunk"]["size"] == 100


@pytest.mark.parametrize("start", [None, "0", "-1"])
def test_s5_chunk_start_missing_or_not_positive_is_1(records: Wire, start: str | None) -> None:
    params = {"api.chunk.size": "3"} | ({} if start is None else {"api.chunk.start": start})
    document = chunk(records, **params)
    assert document["metadata"]["chunk"]["start"] == 1
    assert users(document) == ["u1", "u2", "u3"]


@pytest.mark.parametrize("start", ["8", "100"])
def test_s5_chunk_start_past_end_returns_first_chunk(records: Wire, start: str) -> None:
    document = chunk(records, **{"api.chunk.size": "3", "api.chunk.start": start})
    assert users(document) == ["u1", "u2", "u3"]
    assert document["metadata"]["chunk"] == {
        "start": 1,
        "size": 3,
        "records": 7,
        "current": 1,
        "chunks": 3,
    }


@pytest.mark.parametrize("value", ["1e400", "-1e400", "99999999999999999999999", "x", "", "\u00b2"])
def test_s5_values_arrive_as_text_and_never_raise_a_type_error(records: Wire, value: str) -> None:
    params = {
        "api.chunk.enable": "1",
        "api.chunk.verbose": "1",
        "api.chunk.size": value,
        "api.chunk.start": value,
        "api.filter.enable": "1",
        "api.filter.a.field": "n",
        "api.filter.a.type": "lt_handle_unlimited",
        "api.filter.a.arg0": value or "0",
        "api.sort.enable": "1",
        "api.sort.a.field": "n",
        "api.sort.a.method": "numeric",
    }
    document = records.call("records", **params)
    assert document["metadata"]["result"] in (1, "1"), document
    chunk = document["metadata"]["chunk"]
    assert all(isinstance(chunk[key], int) for key in chunk)
    del params["api.chunk.start"]  # select is read when start is absent
    selected = records.call("records", **{**params, "api.chunk.select": value})
    assert selected["metadata"]["result"] in (1, "1"), selected
    assert not records.sim.errors


def test_s5_chunk_verbose_metadata_as_in_the_facts(records: Wire) -> None:
    document = chunk(records, **{"api.chunk.size": "3", "api.chunk.start": "4"})
    assert document["metadata"]["chunk"] == {
        "chunks": 3,
        "current": 2,
        "records": 7,
        "size": 3,
        "start": 4,
    }
    assert users(document) == ["u4", "u5", "u6"]


def test_s5_chunk_select_is_a_page_number_used_without_start(records: Wire) -> None:
    assert users(chunk(records, **{"api.chunk.size": "3", "api.chunk.select": "3"})) == ["u7"]
    both = chunk(
        records, **{"api.chunk.size": "3", "api.chunk.select": "3", "api.chunk.start": "2"}
    )
    assert users(both) == ["u2", "u3", "u4"]


def test_s5_the_typescript_clients_all_request_is_start_1_size_100(records: Wire) -> None:
    document = chunk(records, **{"api.chunk.start": "-1"})
    assert (
        document["metadata"]["chunk"]["start"] == 1 and document["metadata"]["chunk"]["size"] == 100
    )
    assert len(users(document)) == 7


def filtered(
    wire: Wire, *filters: tuple[str, str | None, str | None], verbose: bool = True
) -> dict[str, Any]:
    params = {"api.filter.enable": "1"}
    if verbose:
        params["api.filter.verbose"] = "1"
    for ident, (field, kind, arg0) in zip("abcdefg", filters, strict=False):
        params[f"api.filter.{ident}.field"] = field
        if kind is not None:
            params[f"api.filter.{ident}.type"] = kind
        if arg0 is not None:
            params[f"api.filter.{ident}.arg0"] = arg0
    return wire.call("records", **params)


@pytest.mark.parametrize(
    ("kind", "field", "arg0", "expected"),
    [
        (None, "word", "APPLE", ["u1", "u4"]),  # contains is the default
        ("contains", "word", "an", ["u2"]),
        ("begins", "word", "app", ["u1", "u4"]),  # without case
        ("eq", "word", "Apple", ["u1"]),
        ("eq", "word", "apple", []),  # eq is exact
        ("==", "n", "10", ["u1"]),
        ("lt", "n", "7", ["u2", "u3", "u4", "u7"]),  # "unlimited" reads as 0, as Perl reads it
        ("lt_equal", "n", "7", ["u2", "u3", "u4", "u6", "u7"]),
        ("gt", "n", "7", ["u1", "u5"]),
        ("gt_equal", "n", "10", ["u1", "u5"]),
        ("lt_handle_unlimited", "n", "7", ["u2", "u4", "u7"]),
        ("gt_handle_unlimited", "n", "10", ["u3", "u5"]),
    ],
)
def test_s5_every_filter_type(
    records: Wire, kind: str | None, field: str, arg0: str, expected: list[str]
) -> None:
    document = filtered(records, (field, kind, arg0))
    assert users(document) == expected
    assert document["metadata"]["filter"]["a"] == {
        "valid": 1,
        "field": field,
        "type": kind or "contains",
        "arg0": arg0,
    }


def test_s5_filter_any_field_and_dotted_paths(server: ThreadedSimulatorServer) -> None:
    wire = make(server)
    rows = [{"user": "a", "info": {"tags": ["x", "y"]}}, {"user": "b", "info": {"tags": ["y"]}}]
    wire.sim.define("nested", lambda call: {"items": rows})
    base = {"api.filter.enable": "1", "api.filter.a.type": "eq"}
    star = wire.call("nested", **base, **{"api.filter.a.field": "*", "api.filter.a.arg0": "b"})
    dotted = wire.call(
        "nested", **base, **{"api.filter.a.field": "info.tags", "api.filter.a.arg0": "x"}
    )
    indexed = wire.call(
        "nested", **base, **{"api.filter.a.field": "info.tags.[0]", "api.filter.a.arg0": "y"}
    )
    assert [r["user"] for r in star["data"]["items"]] == ["b"]
    assert [r["user"] for r in dotted["data"]["items"]] == ["a"]
    assert [r["user"] for r in indexed["data"]["items"]] == ["b"]


def test_s5_several_filters_are_anded_and_a_list_matches_when_any_element_does(
    records: Wire,
) -> None:
    document = filtered(records, ("tags", "eq", "x"), ("word", "contains", "e"))
    assert users(document) == ["u1", "u6"]


@pytest.mark.parametrize(
    "bad",
    [
        ("word", "no_such_type", "a"),
        ("", "contains", "a"),
        ("word..x", "eq", "a"),
        ("word", "contains", ""),
    ],
)
def test_s5_a_bad_filter_is_silently_dropped(records: Wire, bad: tuple[str, str, str]) -> None:
    document = filtered(records, bad, ("word", "begins", "b"))
    assert document["metadata"]["result"] in (1, "1")
    assert users(document) == ["u2"]  # only the good filter applied
    assert "a" not in document["metadata"]["filter"] and "b" in document["metadata"]["filter"]


def test_s5_eq_is_the_only_type_allowed_with_an_empty_arg0(server: ThreadedSimulatorServer) -> None:
    wire = make(server)
    wire.sim.define("blanks", lambda call: {"items": [{"v": ""}, {"v": "x"}]})
    base = {"api.filter.enable": "1", "api.filter.a.field": "v", "api.filter.a.arg0": ""}
    assert wire.call("blanks", **base, **{"api.filter.a.type": "eq"})["data"]["items"] == [
        {"v": ""}
    ]
    assert (
        len(wire.call("blanks", **base, **{"api.filter.a.type": "contains"})["data"]["items"]) == 2
    )


@pytest.mark.parametrize("ident", ["A", "1a", "enable", "verbose", "filter", "filtered"])
def test_s5_filter_ids_must_look_like_ids(records: Wire, ident: str) -> None:
    params = {
        "api.filter.enable": "1",
        "api.filter.verbose": "1",
        f"api.filter.{ident}.field": "word",
        f"api.filter.{ident}.arg0": "fig",
    }
    document = records.call("records", **params)
    assert len(users(document)) == 7
    assert document["metadata"]["filter"] == {"filtered": 7}


def test_s5_filtered_is_the_record_count_before_filtering(records: Wire) -> None:
    document = filtered(records, ("word", "eq", "fig"))
    assert users(document) == ["u7"] and document["metadata"]["filter"]["filtered"] == 7


def sort(wire: Wire, *keys: tuple[str, str | None, bool], verbose: bool = True) -> dict[str, Any]:
    params = {"api.sort.enable": "1"}
    if verbose:
        params["api.sort.verbose"] = "1"
    for ident, (field, method, reverse) in zip("abc", keys, strict=False):
        params[f"api.sort.{ident}.field"] = field
        if method is not None:
            params[f"api.sort.{ident}.method"] = method
        if reverse:
            params[f"api.sort.{ident}.reverse"] = "1"
    return wire.call("records", **params)


@pytest.mark.parametrize(
    ("field", "method", "expected"),
    [
        ("word", None, ["u1", "u5", "u4", "u2", "u3", "u6", "u7"]),  # lexicographic by default
        ("word", "lexicographic", ["u1", "u5", "u4", "u2", "u3", "u6", "u7"]),
        ("word", "lexicographic_caseless", ["u1", "u4", "u2", "u3", "u5", "u6", "u7"]),
        ("n", "numeric", ["u3", "u4", "u7", "u2", "u6", "u1", "u5"]),
        ("n", "numeric_zero_as_max", ["u7", "u2", "u6", "u1", "u5", "u3", "u4"]),
        ("ip", "ipv4", ["u7", "u3", "u4", "u1", "u2", "u6", "u5"]),
        ("word", "no_such_method", ["u1", "u5", "u4", "u2", "u3", "u6", "u7"]),
    ],
)
def test_s5_every_sort_method(
    records: Wire, field: str, method: str | None, expected: list[str]
) -> None:
    document = sort(records, (field, method, False))
    assert users(document) == expected
    known = method if method and method != "no_such_method" else "lexicographic"
    # the verbose report's field is 1, not the field's name
    assert document["metadata"]["sort"] == {"a": {"field": 1, "method": known, "reverse": 0}}


def test_s5_sort_a_is_the_primary_key_and_reverse_applies_per_key(
    server: ThreadedSimulatorServer,
) -> None:
    wire = make(server)
    rows = [{"g": "1", "user": "c"}, {"g": "2", "user": "a"}, {"g": "1", "user": "b"}]
    wire.sim.define("pairs", lambda call: {"items": rows})
    params = {
        "api.sort.enable": "1",
        "api.sort.b.field": "user",
        "api.sort.a.field": "g",
        "api.sort.a.reverse": "1",
    }
    document = wire.call("pairs", **params)
    assert [(r["g"], r["user"]) for r in document["data"]["items"]] == [
        ("2", "a"),
        ("1", "b"),
        ("1", "c"),
    ]


def test_s5_columns_keep_the_named_keys_and_report_invalid_names(records: Wire) -> None:
    base = {"api.columns.enable": "1", "api.columns.a": "user", "api.columns.b": "word"}
    valid = records.call("records", **base)
    assert valid["data"]["items"][0] == {"user": "u1", "word": "Apple"}
    assert valid["metadata"]["columns"] == {"invalid_msg": None}
    invalid = records.call("records", **base, **{"api.columns.c": "nope"})
    assert invalid["metadata"]["columns"]["invalid"] == ["nope"]
    assert invalid["metadata"]["columns"]["invalid_msg"]


def test_s5_order_is_columns_then_filter_then_sort_then_chunk(records: Wire) -> None:
    params = {
        "api.columns.enable": "1",
        "api.columns.a": "user",
        "api.columns.b": "n",
        # columns first: a filter on a removed field matches nothing
        "api.filter.enable": "1",
        "api.filter.a.field": "word",
        "api.filter.a.arg0": "e",
    }
    assert users(records.call("records", **params)) == []
    params |= {
        "api.filter.a.field": "n",
        "api.filter.a.type": "gt",
        "api.filter.a.arg0": "1",  # u1 u2 u5 u6 stay
        "api.sort.enable": "1",
        "api.sort.a.field": "n",
        "api.sort.a.method": "numeric",  # u2 u6 u1 u5
        "api.chunk.enable": "1",
        "api.chunk.size": "2",
        "api.chunk.start": "2",
        "api.chunk.verbose": "1",
    }
    document = records.call("records", **params)
    assert users(document) == ["u6", "u1"]
    assert document["metadata"]["chunk"]["records"] == 4  # chunked after filtering


def test_s5_a_function_without_a_list_in_data_is_left_alone(wire: Wire) -> None:
    params = {"api.chunk.enable": "1", "api.chunk.verbose": "1", "api.filter.enable": "1"}
    document = wire.call("version", **params)
    assert set(document["data"]) == {"version"} and "chunk" not in document["metadata"]


# ---------------------------------------------------------------------- §6 namespaced functions


@pytest.fixture
def reference_table() -> SpecTable:
    """The simulator's table made from the corrected reference (namespaced paths, JSON-only
    bodies), as the vendored spec will have it; the bundled table is tested below too."""
    reference = SHARED / "whm-api-reference.openapi.json"
    if not reference.exists():
        pytest.skip(f"{reference} is not there (CI has ../shared beside the checkout)")
    builder = load_script("simulator_table")
    return SpecTable.from_document(builder.build(json.loads(reference.read_text())))


def test_s6_namespaced_function_answers_at_its_path_with_metadata_namespace(
    server: ThreadedSimulatorServer, reference_table: SpecTable
) -> None:
    wire = Wire(server, WhmSimulator(root_token=TOKEN, table=reference_table))
    document = wire.call("EcosystemFeatures/is_ready", plugin="cpanel-monitoring-plugin")
    assert document["metadata"]["command"] == "is_ready"
    assert document["metadata"]["namespace"] == "EcosystemFeatures"
    assert document["metadata"]["result"] in (1, "1")
    plain = wire.call(
        "is_ready", plugin="x"
    )  # a namespaced function is only served under its namespace
    assert plain["metadata"]["reason"].startswith("Unknown app")


def test_s6_the_path_is_url_decoded_first_so_an_encoded_slash_works(
    server: ThreadedSimulatorServer, reference_table: SpecTable
) -> None:
    wire = Wire(server, WhmSimulator(root_token=TOKEN, table=reference_table))
    response = wire.http.get(
        "/json-api/360Monitoring%2Fset_360_agent_polling",
        params={"api.version": "1", "enabled": "1"},
        headers=AUTH,
    )
    assert response.json()["metadata"]["namespace"] == "360Monitoring"


def test_s6_a_cpsess_first_segment_is_the_session_token(server: ThreadedSimulatorServer) -> None:
    wire = make(server, {"users": [{"name": "root", "password": "Pass-w0rd"}]})
    wire.sim.define("Tools/ping", lambda call: {"pong": call.user})
    reply = login(wire, user="root", **{"pass": "Pass-w0rd"})
    wire.http.cookies = reply.cookies
    token = reply.json()["security_token"]
    document = wire.http.get(f"{token}/json-api/Tools/ping", params={"api.version": "1"}).json()
    assert document["data"] == {"pong": "root"} and document["metadata"]["namespace"] == "Tools"


@pytest.mark.parametrize(
    "function", sorted(f.name for f in bundled_table().functions.values() if f.namespace)
)
def test_s6_bundled_namespaced_functions_answer_under_their_namespace(
    wire: Wire, function: str
) -> None:
    spec = bundled_table().functions[function]
    required = {name: "1" for name in spec.required}
    document = wire.call(f"{spec.namespace}/{function}", **required)
    assert document["metadata"]["namespace"] == spec.namespace


# ---------------------------------------------------------------------- §7 transport


def test_s7_query_and_form_body_merge_with_the_querys_value_first(wire: Wire) -> None:
    response = wire.http.post(
        "/json-api/suspendacct",
        params={"api.version": "1", "user": "bob"},
        content=b"user=nobody&reason=from+the+body",
        headers={**AUTH, "Content-Type": "text/plain"},  # not checked for form bodies
    )
    assert response.json()["metadata"]["result"] in (1, "1")
    assert wire.sim.accounts.get("bob")["suspendreason"] == "from the body"


def test_s7_a_json_body_needs_exactly_application_json(wire: Wire) -> None:
    body = json.dumps({"api.version": 1, "names": ["a"]}).encode()
    exact = wire.http.post(
        "/json-api/personalization_get",
        content=body,
        headers={**AUTH, "Content-Type": "application/json"},
    )
    assert exact.json()["metadata"]["result"] in (1, "1")
    charset = wire.http.post(
        "/json-api/personalization_get",
        params={"api.version": "1"},
        content=body,
        headers={**AUTH, "Content-Type": "application/json; charset=utf-8"},
    )
    assert "\u201cnames\u201d" in charset.json()["metadata"]["reason"]  # the body wasn't read


def test_s7_with_a_json_body_the_query_string_is_ignored(wire: Wire) -> None:
    response = wire.http.post(
        "/json-api/personalization_get",
        params={"api.version": "1", "names": "from-query"},
        json={"names": ["from-body"]},
        headers=AUTH,
    )
    document = response.json()
    assert "metadata" not in document  # no api.version in the body: API 0
    assert set(document["personalization"]) == {"from-body"}


def test_s7_a_json_body_must_be_an_object(wire: Wire) -> None:
    response = wire.http.post("/json-api/version", json=[1, 2], headers=AUTH)
    assert response.status_code == 400


def test_s7_personalization_set_and_get_take_json_objects(wire: Wire) -> None:
    def post(function: str, body: dict[str, Any]) -> dict[str, Any]:
        response = wire.http.post(
            f"/json-api/{function}", json={"api.version": 1, **body}, headers=AUTH
        )
        document: dict[str, Any] = response.json()
        return document

    stored = post("personalization_set", {"personalization": {"theme": "dark", "long": "x" * 2049}})
    assert stored["data"]["personalization"]["theme"] == {
        "name": "theme",
        "value": "dark",
        "success": 1,
        "reason": "OK",
    }
    assert stored["data"]["personalization"]["long"]["success"] == 0  # values: at most 2048
    read = post("personalization_get", {"names": ["theme", "n" * 129]})["data"]["personalization"]
    assert read["theme"]["value"] == "dark" and read["n" * 129]["success"] == 0
    assert (
        post("personalization_get", {"names": ["theme"], "store": "other"})["data"][
            "personalization"
        ]["theme"]["value"]
        is None
    )


@pytest.mark.parametrize("how", ["query", "form"])
def test_s7_personalization_get_and_set_can_only_be_called_with_a_json_request(
    wire: Wire, how: str
) -> None:
    # How the server answers otherwise isn't in the facts; the simulator's functions then
    # find none of their arguments (docs/guide/simulator.md).
    arguments = {"api.version": "1", "names": "theme", "personalization": "theme"}
    for function, required in (
        ("personalization_get", "names"),
        ("personalization_set", "personalization"),
    ):
        if how == "query":
            response = wire.http.get(f"/json-api/{function}", params=arguments, headers=AUTH)
        else:
            response = wire.http.post(f"/json-api/{function}", data=arguments, headers=AUTH)
        metadata = response.json()["metadata"]
        assert metadata["result"] == 0
        assert f"Provide the \u201c{required}\u201d parameter" in metadata["reason"]
    assert wire.sim.personalization.get("root", "", "theme") is None


def test_s7_a_chunked_request_body_is_not_read(wire: Wire) -> None:
    def body() -> Iterator[bytes]:
        yield b"api.version=1&user=bob"

    response = wire.http.post(
        "/json-api/suspendacct",
        params={"api.version": "1"},
        content=body(),
        headers={**AUTH, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert "\u201cuser\u201d" in response.json()["metadata"]["reason"]


# ---------------------------------------------------------------------- §8 what official clients send


def test_s8_the_perl_clients_post_form_with_repeated_keys_works(wire: Wire) -> None:
    response = wire.http.post(
        "/json-api/api_token_create",
        content=b"api.version=1&token_name=perl&acl=list-accts&acl=create-acct",
        headers={**AUTH, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.json()["data"]["acls"] == ["list-accts", "create-acct"]


def test_s8_the_typescript_pager_and_filter_requests_work(server: ThreadedSimulatorServer) -> None:
    wire = make(server, {"accounts": 12})
    pages = []
    for page in (1, 2, 3):
        document = wire.call(
            "listaccts",
            **{
                "api.chunk.enable": "1",
                "api.chunk.verbose": "1",
                "api.chunk.size": "5",
                "api.chunk.start": str((page - 1) * 5 + 1),
                "api.filter.enable": "1",
                "api.filter.verbose": "1",
                "api.filter.a.field": "user",
                "api.filter.a.arg0": "user",
            },
        )
        pages.append([a["user"] for a in document["data"]["acct"]])
        assert document["metadata"]["filter"]["filtered"] == 12
        assert document["metadata"]["chunk"]["chunks"] == 3
    assert [user for page in pages for user in page] == [f"user{i:05d}" for i in range(1, 13)]


def test_s8_a_batch_reply_says_command_batch(wire: Wire) -> None:
    assert batch(wire, "version").json()["metadata"]["command"] == "batch"


def test_handler_call_carries_the_authenticated_user(wire: Wire) -> None:
    seen: list[Call] = []
    wire.sim.define("whoami", lambda call: seen.append(call) or {"user": call.user})
    assert wire.call("whoami")["data"] == {"user": "root"}
    assert seen[0].auth == "token"
