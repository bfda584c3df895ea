"""The simulator as users meet it: every function answers, state, seeding, faults, modes.

The wire-level facts are in test_simulator_fidelity.py; these tests go through the public
client (``sim.client()`` in-process, ``endpoint.client()`` over HTTP) on both backends.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from contract_calls import Outcome, exercise, spec_operations
from doc_examples import start_simulator
from repo_files import SHARED, load_script

from whm_api_client import (
    ApiTokenAuth,
    BasicAuth,
    SessionAuth,
    WhmApiError,
    WhmAuthError,
    WhmClient,
    WhmConfigError,
    WhmConnectError,
    WhmLoginPageError,
    WhmServerError,
    WhmTimeoutError,
)
from whm_api_client._generated.api import FUNCTIONS
from whm_api_client.testing import (
    SimulatorServer,
    SimulatorTransport,
    SpecTable,
    WhmSimulator,
    faults,
)
from whm_api_client.testing._simulator import _BUILTIN
from whm_api_client.testing._spec import bundled_table

pytestmark = pytest.mark.anyio
ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------- every function


async def test_every_function_in_the_spec_answers(anyio_backend: str) -> None:
    sim = WhmSimulator()
    outcome = Outcome(f"simulator {anyio_backend}")
    async with sim.client() as whm:
        await exercise(
            whm,
            spec_operations(),
            outcome,
            optional_pass=True,
            concurrency=8,
            tolerate=(WhmApiError,),
        )
    print(outcome.summary())
    # Replies built from the spec parse into every function's type. Stateful functions turn
    # the made-up arguments down ("word" is no user); batch's "word" is no function (an
    # HTTP 500, §4); the cpanel proxy refuses an unknown user in its own shape (§3).
    assert set(outcome.failures) == {"batch", "cpanel"}, outcome.report()
    assert set(outcome.tolerated) <= set(_BUILTIN), outcome.tolerated
    assert outcome.operations == len(FUNCTIONS) and not sim.errors


@pytest.mark.parametrize("odd", ["", "\u00b2", "abc", "1e400", "-1", "x" * 3000, "(", "\u2603"])
def test_no_built_in_function_crashes_on_odd_argument_text(odd: str) -> None:
    # Values arrive as text (§5); a function that can't use one fails in-band, it never
    # crashes (a crash is an HTTP 500 recorded in sim.errors).
    from urllib.parse import urlencode

    from whm_api_client.testing import SimRequest

    seed = {"accounts": [{"username": "bob", "domain": "bob.example"}], "packages": [{"name": "p"}]}
    sim = WhmSimulator(seed)
    auth = {"authorization": f"whm root:{sim.root_token}"}
    for name in sorted(_BUILTIN):
        spec = sim.table.functions[name]
        names = {*spec.arguments, "user", "username", "domain", "zone", "line", "name", "pkg"}
        names |= {"OUTGOING_EMAIL_SUSPENDED", "QUOTA", "HASSHELL", "uid", "expires_at", "email"}
        arguments = dict.fromkeys(sorted(names - {"api.version"}), odd)
        arguments.update(
            {"api.version": "1", "user": "bob", "username": "bob", "zone": "bob.example"}
        )
        if name == "uapi_cpanel":
            arguments.update(
                {"cpanel.user": "bob", "cpanel.module": "Email", "cpanel.function": "add_pop"}
            )
        reply = sim.handle(SimRequest("GET", f"/json-api/{name}", urlencode(arguments), auth))
        assert reply.status == 200, (name, reply.body[:200])
    assert not sim.errors


async def test_a_missing_required_argument_fails_for_every_function_that_has_one() -> None:
    sim = WhmSimulator()
    checked = 0
    async with sim.client() as whm:
        for name, spec in sim.table.functions.items():
            if not spec.required or spec.namespace:
                continue
            with pytest.raises(WhmApiError) as caught:
                await whm.call(name)
            assert f"Provide the \u201c{spec.required[0]}\u201d parameter" in caught.value.reason
            checked += 1
    assert checked > 300


async def test_replies_are_the_same_for_a_seed_and_differ_between_seeds() -> None:
    async def replies(seed: int) -> list[Any]:
        async with WhmSimulator(seed=seed).client() as whm:
            return [
                await whm.call(name)
                for name in ("applist", "backup_config_get", "fetch_ssl_vhosts", "myprivs")
            ]

    first, again, other = await replies(1), await replies(1), await replies(2)
    assert first == again
    assert first != other


def test_the_bundled_table_matches_the_generated_client() -> None:
    table = bundled_table()
    assert set(table.functions) == set(FUNCTIONS)
    for name, spec in table.functions.items():
        info = FUNCTIONS[name]
        module = importlib.import_module(f"whm_api_client._generated.api.{info.module}")
        declared = {arg: required for arg, (_, _, required) in module.ARGUMENTS.items()}
        assert {
            arg: bool(facts["required"]) for arg, facts in spec.arguments.items()
        } == declared, name
        assert (spec.method, spec.read_only, spec.namespace, spec.json_only) == (
            info.method,
            info.read_only,
            info.namespace,
            info.body == "json",
        ), name


def test_the_table_reads_the_corrected_reference_too() -> None:
    reference = SHARED / "whm-api-reference.openapi.json"
    if not reference.exists():
        pytest.skip(f"{reference} is not there (CI has ../shared beside the checkout)")
    table = SpecTable.from_document(
        load_script("simulator_table").build(json.loads(reference.read_text()))
    )
    assert len(table.functions) == 625
    assert {f"{f.namespace}/{f.name}" for f in table.functions.values() if f.namespace} == {
        "360Monitoring/register_server_with_360_monitoring",
        "360Monitoring/set_360_agent_polling",
        "EcosystemFeatures/is_ready",
        "EcosystemFeatures/local_disable",
        "EcosystemFeatures/local_enable",
    }
    assert {f.name for f in table.functions.values() if f.json_only} == {
        "personalization_get",
        "personalization_set",
    }
    assert table.functions["personalization_get"].required == ["names"]


# ---------------------------------------------------------------------- accounts


async def test_createacct_then_listaccts_then_removeacct(anyio_backend: str) -> None:
    sim = WhmSimulator()
    async with sim.client() as whm:
        created = await whm.createacct(
            username="bob", domain="bob.example", contactemail="b@x.example"
        )
        assert created.package == "default"
        accounts = (await whm.listaccts()).acct
        assert [(a.user, a.domain, a.email) for a in accounts] == [
            ("bob", "bob.example", "b@x.example")
        ]
        with pytest.raises(WhmApiError, match="\u201cbob\u201d"):
            await whm.createacct(username="bob", domain="other.example")
        summary = (await whm.accountsummary(user="bob")).acct
        assert summary[0].domain == "bob.example"
        await whm.removeacct(username="bob")
        assert (await whm.listaccts()).acct == []
        with pytest.raises(WhmApiError, match="You do not have a user named \u201cbob\u201d"):
            await whm.removeacct(username="bob")


async def test_suspend_unsuspend_and_listsuspended() -> None:
    sim = WhmSimulator({"accounts": 3})
    async with sim.client() as whm:
        await whm.suspendacct(user="user00002", reason="unpaid")
        suspended = (await whm.listsuspended()).account
        assert [(s.user, s.reason) for s in suspended] == [("user00002", "unpaid")]
        listed = {a.user: a for a in (await whm.listaccts()).acct}
        assert (listed["user00002"].suspended, listed["user00002"].suspendreason) == (1, "unpaid")
        await whm.unsuspendacct(user="user00002")
        assert (await whm.listsuspended()).account == []


async def test_modifyacct_renames_and_moves_the_domain_and_zone() -> None:
    sim = WhmSimulator(
        {"accounts": [{"username": "bob", "domain": "bob.example", "mailboxes": ["b@bob.example"]}]}
    )
    async with sim.client() as whm:
        changed = await whm.modifyacct(user="bob", newuser="robert", domain="robert.example")
        assert (await whm.list_pops_for(user="robert")).pops == ["b@bob.example"]
        assert (changed.user, changed.domain) == ("robert", "robert.example")
        assert [a.user for a in (await whm.listaccts()).acct] == ["robert"]
        zones = [z.domain for z in (await whm.listzones()).zone]
        assert zones == ["robert.example"]
        userdata = (await whm.domainuserdata(domain="robert.example")).userdata
        assert userdata.user == "robert" and userdata.documentroot == "/home/robert/public_html"


async def test_packages_and_changepackage() -> None:
    sim = WhmSimulator({"accounts": [{"username": "bob", "domain": "bob.example"}]})
    async with sim.client() as whm:
        assert (await whm.addpkg(name="gold", quota=5000, maxpop="10", cgi=0)).pkg == "gold"
        with pytest.raises(WhmApiError, match="\u201cgold\u201d"):
            await whm.addpkg(name="gold")
        await whm.editpkg(name="gold", maxsql="3")
        info = (await whm.getpkginfo(pkg="gold")).pkg
        assert (info.quota, info.maxpop, info.maxsql, info.cgi) == ("5000", "10", "3", 0)
        assert info.bwlimit == 1048576  # the spec's default for addpkg
        listed = (await whm.listpkgs()).pkg
        assert [(p.name, p.cgi) for p in listed] == [("gold", "n")]
        await whm.changepackage(user="bob", pkg="gold")
        bob = (await whm.accountsummary(user="bob")).acct[0]
        assert (bob.plan, bob.disklimit, bob.maxpop) == ("gold", "5000M", "10")
        with pytest.raises(WhmApiError):
            await whm.changepackage(user="bob", pkg="platinum")
        await whm.killpkg(pkgname="gold")
        assert (await whm.listpkgs()).pkg == []


async def test_passwd_lets_a_reseller_log_in_with_the_new_password() -> None:
    sim = WhmSimulator(
        {
            "accounts": [
                {
                    "username": "res",
                    "domain": "res.example",
                    "reseller": True,
                    "password": "Old-pass-1",
                }
            ]
        }
    )
    async with sim.client() as whm:
        assert (await whm.passwd(user="res", password="New-pass-2")).app == ["system"]
    async with sim.client(BasicAuth("res", "New-pass-2")) as whm:
        assert (await whm.version()).version
    async with sim.client(BasicAuth("res", "Old-pass-1")) as whm:
        with pytest.raises(WhmAuthError):
            await whm.version()


# ---------------------------------------------------------------------- email, DNS, tokens, UAPI


async def test_email_hold_forwarders_and_mailboxes() -> None:
    sim = WhmSimulator(
        {
            "accounts": [
                {"username": "bob", "domain": "bob.example", "mailboxes": ["info@bob.example"]}
            ]
        }
    )
    async with sim.client() as whm:
        await whm.hold_outgoing_email(user="bob")
        assert (await whm.accountsummary(user="bob")).acct[0].outgoing_mail_hold == 1
        await whm.release_outgoing_email(user="bob")
        assert (await whm.accountsummary(user="bob")).acct[0].outgoing_mail_hold == 0
        await whm.set_user_email_forward_destination(
            user="info@bob.example", forward_to="x@y.example"
        )
        forwards = await whm.get_user_email_forward_destination(user="info@bob.example")
        assert forwards.forward_to == ["x@y.example"]
        assert (await whm.list_pops_for(user="bob")).pops == ["info@bob.example"]
        assert (
            await whm.uapi("bob", "Email", "add_pop", email="sales", password="Secret-9")
            == "sales@bob.example"
        )
        pops = await whm.uapi("bob", "Email", "list_pops")
        assert [p["email"] for p in pops] == ["info@bob.example", "sales@bob.example"]
        await whm.uapi("bob", "Email", "delete_pop", email="sales@bob.example")
        assert (await whm.list_pops_for(user="bob")).pops == ["info@bob.example"]
        with pytest.raises(WhmApiError) as caught:
            await whm.uapi("bob", "Email", "no_such_function")
        assert "Email::no_such_function" in str(caught.value)


async def test_dns_zones_and_records() -> None:
    sim = WhmSimulator({"accounts": [{"username": "bob", "domain": "bob.example"}]})
    async with sim.client() as whm:
        await whm.adddns(domain="extra.example", ip="192.0.2.55")
        assert sorted(z.domain for z in (await whm.listzones()).zone) == [
            "bob.example",
            "extra.example",
        ]
        before = (await whm.dumpzone(domain="extra.example")).zone
        await whm.call(
            "addzonerecord", zone="extra.example", name="api", type="A", address="192.0.2.99"
        )
        lines = (await whm.dumpzone(domain="extra.example")).zone
        assert (
            lines[-1] == "api.extra.example. 14400 IN A 192.0.2.99"
            and len(lines) == len(before) + 1
        )
        await whm.call(
            "editzonerecord",
            zone="extra.example",
            line=len(lines),
            name="api",
            type="TXT",
            txtdata="hello",
        )
        assert (await whm.dumpzone(domain="extra.example")).zone[-1].endswith('IN TXT "hello"')
        await whm.removezonerecord(zone="extra.example", line=len(lines))
        assert (await whm.dumpzone(domain="extra.example")).zone == before
        await whm.killdns(domain="extra.example")
        with pytest.raises(WhmApiError):
            await whm.dumpzone(domain="extra.example")
        await whm.removeacct(username="bob")
        assert (await whm.listzones()).zone == []


async def test_a_created_api_token_authenticates_until_revoked(anyio_backend: str) -> None:
    sim = WhmSimulator()
    async with sim.client() as whm:
        created = await whm.api_token_create(token_name="ci", acl=["list-accts"])
        assert created.token and len(created.token) == 32 and created.acls == ["list-accts"]
        tokens = (await whm.api_token_list()).tokens.additional_properties
        assert set(tokens) == {"simulator", "ci"}
    async with sim.client(ApiTokenAuth("root", created.token)) as whm:
        assert (await whm.version()).version
        await whm.api_token_revoke(token_name="ci")
        with pytest.raises(WhmAuthError):
            await whm.version()


async def test_an_expired_token_is_refused() -> None:
    sim = WhmSimulator(
        {"tokens": [{"name": "old", "token": "OLD0TOKEN", "expires_at": 1000}]},
        clock=lambda: 2000.0,
    )
    async with sim.client(ApiTokenAuth("root", "OLD0TOKEN")) as whm:
        with pytest.raises(WhmAuthError):
            await whm.version()


# ---------------------------------------------------------------------- seeding and reset


SEED_TOML = """
[server]
version = "11.120.0.16"
hostname = "whm.test.example"

[[packages]]
name = "gold"
quota = 100

[[accounts]]
username = "bob"
domain = "bob.example"
plan = "gold"
suspended = true
suspend_reason = "testing"
mailboxes = ["info@bob.example"]
forwarders = { "info@bob.example" = ["out@example.com"] }

[[tokens]]
name = "ci"
token = "CI0TOKEN"
"""


@pytest.mark.parametrize("kind", ["toml", "json", "python"])
async def test_seed_from_a_file_or_python_data_and_reset(tmp_path: Path, kind: str) -> None:
    import tomllib

    data = tomllib.loads(SEED_TOML)
    source: Any = data
    if kind == "toml":
        source = tmp_path / "seed.toml"
        source.write_text(SEED_TOML)
    elif kind == "json":
        source = tmp_path / "seed.json"
        source.write_text(json.dumps(data))
    sim = WhmSimulator(source)
    async with sim.client(ApiTokenAuth("root", "CI0TOKEN")) as whm:
        assert (await whm.version()).version == "11.120.0.16"
        assert (await whm.gethostname()).hostname == "whm.test.example"
        bob = (await whm.accountsummary(user="bob")).acct[0]
        assert (bob.plan, bob.disklimit, bob.suspended) == ("gold", "100M", 1)
        forwards = await whm.get_user_email_forward_destination(user="info@bob.example")
        assert forwards.forward_to == ["out@example.com"]
        await whm.createacct(username="carol", domain="carol.example")
        sim.inject(faults.HttpStatus(503))
    sim.reset()
    assert sim.accounts.users() == ["bob"] and len(sim.faults) == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"acounts": []}, "unknown section"),
        ({"accounts": "many"}, "accounts"),
        ({"accounts": [{"domain": "x.example"}]}, "username"),
        ({"accounts": [{"username": "a"}, {"username": "a"}]}, "accounts\\[1\\]"),
        ({"users": [{"password": "x"}]}, r"users\[0\]: missing 'name'"),
        ({"users": [{"name": "x", "password": ["a"]}]}, r"users\[0\]: 'password' must be text"),
        ({"tokens": [{"name": "ci", "expires_at": "soon"}]}, r"tokens\[0\]: 'expires_at'"),
        ({"tokens": [{"name": "ci", "acls": "all"}]}, r"tokens\[0\]: 'acls' must be a list"),
        ({"tokens": [{"name": "ci", "whitelist_ips": 5}]}, r"'whitelist_ips' must be a list"),
        ({"zones": [{"ip": "192.0.2.1"}]}, r"zones\[0\]: missing 'domain'"),
        (
            {"accounts": [{"username": "a", "domain": "a.example", "forwarders": ["x"]}]},
            r"accounts\[0\]: 'forwarders' must be a table",
        ),
        (
            {"accounts": [{"username": "a", "domain": "a.example", "mailboxes": "x@a.example"}]},
            r"accounts\[0\]: 'mailboxes' must be a list",
        ),
    ],
)
def test_bad_seed_data_is_a_config_error(data: dict[str, Any], message: str) -> None:
    with pytest.raises(WhmConfigError, match=message):
        WhmSimulator(data)


async def test_seed_numbers_where_text_is_meant_work_as_text() -> None:
    # TOML invites `two_factor_code = 123456`; the login form sends text.
    sim = WhmSimulator(
        {
            "users": [{"name": "root", "password": 12345678, "two_factor_code": 123456}],
            "tokens": [{"name": "ci", "token": 42, "expires_at": 4_000_000_000}],
        }
    )
    async with sim.client(SessionAuth("root", "12345678", one_time_code=lambda: "123456")) as whm:
        assert (await whm.version()).version
    async with sim.client(ApiTokenAuth("root", "42")) as whm:
        assert (await whm.version()).version


def test_a_seed_file_that_is_not_there_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(WhmConfigError, match="seed data"):
        WhmSimulator(tmp_path / "missing.toml")
    (tmp_path / "seed.yaml").write_text("accounts: 1\n")
    with pytest.raises(WhmConfigError) as caught:
        WhmSimulator(tmp_path / "seed.yaml")
    assert str(caught.value) == f"seed data {tmp_path / 'seed.yaml'}: use a .toml or .json file"


# ---------------------------------------------------------------------- faults


async def test_faults_per_function_and_for_all(anyio_backend: str) -> None:
    sim = WhmSimulator()
    async with sim.client() as whm:
        handle = sim.inject(faults.HttpStatus(503, "busy"), function="version")
        with pytest.raises(WhmServerError, match="busy"):
            await whm.version()
        assert (await whm.gethostname()).hostname  # other functions unaffected
        handle.remove()
        assert (await whm.version()).version
        sim.inject(faults.LoginPage(), times=2)  # every function, twice
        for _ in range(2):
            with pytest.raises(WhmLoginPageError):
                await whm.gethostname()
        assert (await whm.gethostname()).hostname
        sim.inject(faults.ResultZero("Quota exceeded."), function="createacct")
        with pytest.raises(WhmApiError) as caught:
            await whm.createacct(username="bob", domain="bob.example")
        assert caught.value.reason == "Quota exceeded." and "bob" not in sim.accounts


async def test_result_zero_applies_to_a_batch_element() -> None:
    sim = WhmSimulator()
    sim.inject(faults.ResultZero("no"), function="gethostname")
    async with sim.client() as whm:
        version, hostname = await whm.batch_call(["version", "gethostname"])
    assert version.ok and not hostname.ok and hostname.error and hostname.error.reason == "no"


async def test_a_dropped_connection_and_latency_in_process(anyio_backend: str) -> None:
    sim = WhmSimulator()
    sim.inject(faults.DropConnection(), function="listaccts", times=1)
    sim.inject(faults.Latency(30), function="gethostname")
    async with sim.client(timeout=0.2) as whm:
        with pytest.raises(WhmConnectError):
            await whm.listaccts()
        assert (await whm.listaccts()).acct == []
        with pytest.raises(WhmTimeoutError):
            await whm.gethostname()


async def test_headers_clock_skew_and_custom_faults() -> None:
    sim = WhmSimulator(clock=lambda: 1_700_000_000.0)
    sim.inject(faults.ClockSkew(-3600), function="version")
    sim.inject(faults.Headers({"X-Test": "1"}), function="version")
    sim.inject(
        faults.Custom(
            lambda context: (
                None if context.function != "applist" else faults.HttpStatus(418).before(context)
            )
        )
    )
    async with httpx.AsyncClient(transport=sim.transport(), base_url="http://sim") as http:
        response = await http.get(
            "/json-api/version?api.version=1",
            headers={"Authorization": f"whm root:{sim.root_token}"},
        )
        assert response.headers["date"] == "Tue, 14 Nov 2023 21:13:20 GMT"
        assert response.headers["x-test"] == "1"
        teapot = await http.get("/json-api/applist?api.version=1")
        assert teapot.status_code == 418


def test_bad_fault_arguments() -> None:
    sim = WhmSimulator()
    with pytest.raises(WhmConfigError, match="not a fault"):
        sim.inject("slow")  # type: ignore[arg-type]
    with pytest.raises(WhmConfigError, match="times"):
        sim.inject(faults.Latency(1), times=0)


async def test_a_lockout_counts_its_refusals_and_ends_after_times() -> None:
    sim = WhmSimulator()
    handle = sim.inject(faults.Lockout(failures=0), times=2)  # locked out from the start
    async with sim.client() as whm:
        for _ in range(2):
            with pytest.raises(WhmAuthError):
                await whm.version()
        assert handle.hits == 2
        assert (await whm.version()).version  # its two refusals are spent


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: faults.Latency(-1), "Latency: seconds must be a number of seconds >= 0"),
        (lambda: faults.Latency("2"), "seconds"),
        (lambda: faults.Latency(float("nan")), "seconds"),
        (lambda: faults.HttpStatus(42), "HttpStatus: status must be an HTTP status"),
        (lambda: faults.HttpStatus("503"), "status"),
        (lambda: faults.HttpStatus(503, body=5), "body must be text"),
        (lambda: faults.HttpStatus(503, headers={"X": "a\r\nb"}), "headers must be"),
        (lambda: faults.HttpStatus(503, headers={"X": "\u2603"}), "headers must be"),
        (lambda: faults.HttpStatus(503, reason="\u2603"), "reason must be header text"),
        (lambda: faults.InternalError(status=True), "status"),
        (lambda: faults.DropConnection(after_bytes=-5), "after_bytes"),
        (lambda: faults.ResultZero(123), "reason must be text"),
        (lambda: faults.Headers("X-Test: 1"), "headers must be a mapping"),
        (lambda: faults.ClockSkew("an hour"), "ClockSkew: seconds"),
        (lambda: faults.Custom("respond"), "respond must be a function"),
        (lambda: faults.Lockout(failures="3"), "failures must be a whole number"),
        (lambda: faults.Lockout(3, retry_after=-1), "retry_after"),
        (lambda: faults.LoginPage(code=None), "code must be text"),
    ],
)
def test_a_fault_checks_its_arguments_when_made(make: Any, message: str) -> None:
    with pytest.raises(WhmConfigError, match=re.escape(message)):
        make()


async def test_a_custom_fault_that_gives_no_response_is_a_crash_not_an_exception(
    anyio_backend: str,
) -> None:
    sim = WhmSimulator()
    sim.inject(faults.Custom(lambda context: "teapot"))  # type: ignore[arg-type,return-value]
    async with sim.client() as whm:
        with pytest.raises(WhmServerError, match="Internal Error"):
            await whm.version()
    assert isinstance(sim.errors[0], TypeError)


def test_handler_signals_pickle() -> None:
    import pickle

    from whm_api_client.testing import ApiFailure, HttpAnswer, SimResponse

    failure = pickle.loads(pickle.dumps(ApiFailure("no such user")))
    assert failure.message == "no such user"
    answer = pickle.loads(pickle.dumps(HttpAnswer(SimResponse(503, b"busy"))))
    assert answer.response.status == 503 and str(answer) == "HTTP 503"


def test_simulate_help_and_usage_errors_return_a_status(capsys: pytest.CaptureFixture[str]) -> None:
    from whm_api_client import cli

    assert cli.main(["simulate", "--help"]) == 0
    assert "--tls" in capsys.readouterr().out
    assert cli.main(["simulate", "--port", "nope"]) == 2


# ---------------------------------------------------------------------- sessions


async def test_session_auth_logs_in_and_logs_in_again_after_expiry(anyio_backend: str) -> None:
    sim = WhmSimulator()
    async with sim.client(SessionAuth("root", sim.root_password)) as whm:
        assert (await whm.version()).version
        sim.expire_sessions()
        assert (await whm.version()).version
    logins = [r for r in sim.requests if r.function == "/login/"]
    assert len(logins) == 2


# ---------------------------------------------------------------------- served modes


def test_served_from_a_thread_over_tls() -> None:
    sim = WhmSimulator({"accounts": 2})
    with sim.serve(tls=True) as endpoint:
        assert endpoint.url.startswith("https://127.0.0.1:") and endpoint.ca_file
        assert (
            endpoint.target.kind == "host"
            and endpoint.target.base_url == endpoint.url + "/json-api"
        )

        async def main() -> None:
            async with endpoint.client() as whm:
                assert [a.user for a in (await whm.listaccts()).acct] == ["user00001", "user00002"]
            async with WhmClient(endpoint.target, sim.auth()) as whm:  # no ca_bundle: refused
                with pytest.raises(WhmConnectError):
                    await whm.version()

        anyio.run(main)
        ca_file = endpoint.ca_file
    assert not os.path.exists(ca_file)  # the temporary CA goes away with the server


async def test_served_in_the_running_event_loop(anyio_backend: str) -> None:
    sim = WhmSimulator()
    async with sim.serving() as endpoint, endpoint.client() as whm:
        await whm.createacct(username="bob", domain="bob.example")
    assert "bob" in sim.accounts


async def test_an_error_in_a_served_block_leaves_as_it_is(anyio_backend: str) -> None:
    # Not inside an ExceptionGroup: `pytest.raises(WhmApiError)` around the block works.
    sim = WhmSimulator()
    with pytest.raises(WhmApiError, match="ghost"):
        async with sim.serving() as endpoint, endpoint.client() as whm:
            await whm.suspendacct(user="ghost")
    with pytest.raises(WhmConfigError, match="can't listen"):
        async with SimulatorServer() as server:
            taken = await server.listen(sim)
            await server.listen(WhmSimulator(), taken.port)


def test_a_head_request_gets_the_headers_and_the_connection_stays_usable(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import socket

    sim = WhmSimulator()
    request = (
        "{method} /json-api/version?api.version=1 HTTP/1.1\r\nHost: sim\r\n"
        f"Authorization: whm root:{sim.root_token}\r\n{{close}}\r\n"
    )
    with sim.serve() as endpoint, socket.create_connection(("127.0.0.1", endpoint.port)) as raw:
        raw.settimeout(30)
        raw.sendall(request.format(method="HEAD", close="").encode())
        raw.sendall(request.format(method="GET", close="Connection: close\r\n").encode())
        received = b""
        while chunk := raw.recv(65536):
            received += chunk
    head, get = received.split(b"HTTP/1.1 ")[1:]
    assert head.startswith(b"200 ") and head.endswith(b"\r\n\r\n")  # headers, no body
    assert get.startswith(b"200 ") and b'"version"' in get
    assert not [r for r in caplog.records if r.name == "whm_api_client.testing"]


async def test_many_simulated_hosts_in_one_server(anyio_backend: str) -> None:
    sims = [WhmSimulator({"server": {"hostname": f"host{i}.example"}}) for i in range(3)]
    async with SimulatorServer() as server:
        endpoints = [await server.listen(sim) for sim in sims]
        assert len({e.port for e in endpoints}) == 3
        for index, endpoint in enumerate(endpoints):
            async with endpoint.client() as whm:
                assert (await whm.gethostname()).hostname == f"host{index}.example"


async def test_one_transport_for_several_hosts_in_process() -> None:
    sims = {"a.example": WhmSimulator(seed=1), "b.example:2087": WhmSimulator(seed=2)}
    sims["a.example"].load({"accounts": 1})
    transport = SimulatorTransport(sims)
    from whm_api_client import Target

    async with WhmClient(
        Target.host("a.example"), sims["a.example"].auth(), transport=transport
    ) as a:
        assert len((await a.listaccts()).acct) == 1
    async with WhmClient(
        Target.host("b.example"), sims["b.example:2087"].auth(), transport=transport
    ) as b:
        assert (await b.listaccts()).acct == []
    async with WhmClient(
        Target.host("c.example"), sims["a.example"].auth(), transport=transport
    ) as c:
        with pytest.raises(WhmConnectError):
            await c.version()


# ---------------------------------------------------------------------- the command line


@pytest.fixture
def stop_later() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(10)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_whm_api_simulate_serves_until_a_signal(
    stop: signal.Signals, stop_later: list[subprocess.Popen[str]]
) -> None:
    process, settings = start_simulator("--tls", "--seed", "3", "--token", "ci:CI0TOKEN")
    stop_later.append(process)
    assert settings["WHM_USER"] == "ci" and settings["WHM_API_TOKEN"] == "CI0TOKEN"
    env = {k: v for k, v in os.environ.items() if not k.startswith("WHM_")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "whm_api_client",
            "createacct",
            "username=bob",
            "domain=bob.example",
        ],
        env={**env, **settings},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["package"] == "default"
    process.send_signal(stop)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "WHM simulator stopped" in out
    assert not os.path.exists(settings["WHM_CA_BUNDLE"])


def test_python_m_whm_api_client_testing_takes_seed_data(
    tmp_path: Path, stop_later: list[subprocess.Popen[str]]
) -> None:
    seed = tmp_path / "seed.toml"
    seed.write_text('[[accounts]]\nusername = "bob"\ndomain = "bob.example"\n')
    process = subprocess.Popen(
        [sys.executable, "-m", "whm_api_client.testing", "--data", str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stop_later.append(process)
    assert process.stdout is not None
    url = process.stdout.readline().split()[4]
    response = httpx.get(
        f"{url}/json-api/listaccts",
        params={"api.version": "1"},
        headers={"Authorization": f"whm root:{WhmSimulator().root_token}"},
    )
    assert [a["user"] for a in response.json()["data"]["acct"]] == ["bob"]
    process.terminate()
    assert process.wait(30) == 0


@pytest.mark.parametrize("port", ["taken", "-1", "65536"])
def test_simulate_on_a_port_it_cant_use_says_so_in_one_line(port: str) -> None:
    with WhmSimulator().serve() as endpoint:
        chosen = str(endpoint.port) if port == "taken" else port
        done = subprocess.run(
            [sys.executable, "-m", "whm_api_client", "simulate", "--port", chosen],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("whm-api simulate: ") and "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr


async def test_the_ca_folder_is_made_when_missing(tmp_path: Path, anyio_backend: str) -> None:
    folder = tmp_path / "new" / "ca"
    async with SimulatorServer(tls=True, ca_dir=str(folder)) as server:
        endpoint = await server.listen(WhmSimulator())
        async with endpoint.client() as whm:
            assert (await whm.version()).version
    assert endpoint.ca_file == str(folder / "whm-simulator-ca.pem")


def test_simulate_with_a_ca_folder_it_cant_write_says_so_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "whm_api_client",
            "simulate",
            "--tls",
            "--ca-dir",
            str(tmp_path / "file" / "ca"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("whm-api simulate: can't write the CA file in ")
    assert len(done.stderr.splitlines()) == 1, done.stderr


def test_simulate_rejects_a_bad_token_option() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "whm_api_client", "simulate", "--token", "no-colon"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "USER:TOKEN" in done.stderr
