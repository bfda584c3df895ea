"""Accounts: createacct, removeacct, listaccts, accountsummary, modifyacct, suspendacct,
unsuspendacct, listsuspended, changepackage, passwd, domainuserdata.

One record per account, shaped like a ``listaccts`` item of the spec (fields the simulator
doesn't track keep placeholder values from the spec's schema). Failure texts: "You do not
have a user named “x”." is a live server's (§1); the others are the simulator's own wording
in the same ``API failure: (XID …)`` form.
"""

from __future__ import annotations

import random
import re
import time
from typing import TYPE_CHECKING, Any

from ._calls import ApiFailure, Call, Handler, Reply
from ._spec import conform, make_value, stable_seed
from ._wire import Arguments, quoted

if TYPE_CHECKING:
    from ._simulator import WhmSimulator

__all__ = ["HANDLERS", "Accounts", "no_such_user"]

SHARED_IP = "192.0.2.10"  # TEST-NET-1: the simulated server's main address
UNLIMITED = "unlimited"
# createacct/modifyacct limit arguments -> the listaccts field they set
_LIMITS = {
    "maxpop": "maxpop",
    "maxsql": "maxsql",
    "maxftp": "maxftp",
    "maxlst": "maxlst",
    "maxsub": "maxsub",
    "maxpark": "maxparked",
    "maxaddon": "maxaddons",
    "max_email_per_hour": "max_email_per_hour",
    "max_defer_fail_percentage": "max_defer_fail_percentage",
    "max_emailacct_quota": "max_emailacct_quota",
}
# listaccts searchtype -> the field it searches
_SEARCH_FIELDS = {
    "user": "user",
    "domain": "domain",
    "owner": "owner",
    "ip": "ip",
    "package": "plan",
}


def no_such_user(user: str) -> ApiFailure:
    """The failure a live server gave for an unknown user (§1)."""
    return ApiFailure(f"You do not have a user named {quoted(user)}.")


def _limit(value: Any) -> Any:
    text = str(value).strip()
    return UNLIMITED if text.lower() in ("", UNLIMITED) else text


def _megabytes(value: Any) -> str:
    text = str(value).strip().lower()
    return UNLIMITED if text in ("", "0", UNLIMITED) else f"{text}M"


class Accounts:
    """The accounts of the simulated server, by user name."""

    def __init__(self, simulator: WhmSimulator) -> None:
        self._sim = simulator
        self._records: dict[str, dict[str, Any]] = {}
        self._domains: dict[str, str] = {}  # main domain -> user
        self._passwords: dict[str, str] = {}
        self._resellers: set[str] = set()
        self._next_uid = 1000
        item = _item_schema(simulator, "listaccts", "acct")
        rng = random.Random(stable_seed(simulator.seed, "account-template"))
        self._template: dict[str, Any] = make_value(item, rng) if item else {}

    # ------------------------------------------------------------------ queries

    def __contains__(self, user: object) -> bool:
        return user in self._records

    def __len__(self) -> int:
        return len(self._records)

    def users(self) -> list[str]:
        return list(self._records)

    def get(self, user: str) -> dict[str, Any]:
        """The account's record (as listaccts shows it); an unknown user fails the call."""
        record = self._records.get(user)
        if record is None:
            raise no_such_user(user)
        return record

    def by_domain(self, domain: str) -> dict[str, Any] | None:
        user = self._domains.get(domain.lower())
        return self._records[user] if user else None

    def records(self) -> list[dict[str, Any]]:
        return list(self._records.values())

    def reseller_password(self, user: str) -> str | None:
        """The password of a reseller account (resellers log in to WHM), else None."""
        return self._passwords.get(user) if user in self._resellers else None

    # ------------------------------------------------------------------ changes

    def create(self, args: Arguments, *, owner: str, now: int) -> dict[str, Any]:
        user = args.text("username") or args.text("user")
        if not user:
            raise ApiFailure(f"Provide the {quoted('username')} parameter.")
        if user in self._records:
            raise ApiFailure(f"An account named {quoted(user)} already exists.")
        domain = args.text("domain").lower()
        if domain and domain in self._domains:
            raise ApiFailure(f"The domain {quoted(domain)} already belongs to an account.")
        plan = args.text("plan") or args.text("pkgname") or "default"
        record = dict(self._template)
        record.update(
            user=user,
            domain=domain,
            email=args.text("contactemail"),
            owner=args.text("owner") or owner,
            plan=plan,
            ip=args.text("customip") or SHARED_IP,
            ipv6=[],
            partition="home",
            shell="/bin/bash" if args.flag("hasshell") else "/usr/local/cpanel/bin/noshell",
            theme=args.text("cpmod") or "jupiter",
            unix_startdate=now,
            startdate=time.strftime("%y %b %d %H:%M", time.gmtime(now)),
            suspended=0,
            suspendreason="not suspended",
            suspendtime=0,
            is_locked=0,
            outgoing_mail_hold=0,
            outgoing_mail_suspended=0,
            temporary=0,
            is_temporary_domain=0,
            diskused="0M",
            disklimit=_megabytes(args.text("quota")),
            inodesused=0,
            inodeslimit=UNLIMITED,
            mailbox_format=args.text("mailbox_format") or "maildir",
            uid=self._uid(args),
            child_nodes=[],
            backup=0,
            has_backup=0,
            legacy_backup=0,
        )
        for argument, field in _LIMITS.items():
            record[field] = _limit(args.text(argument))
        package = self._sim.packages.find(plan)
        if package is not None:
            record.update(self._sim.packages.account_limits(package))
        self._records[user] = record
        if domain:
            self._domains[domain] = user
        password = args.text("password") or args.text("pass")
        if password:
            self._passwords[user] = password
        if args.flag("reseller"):
            self._resellers.add(user)
        return record

    def _uid(self, args: Arguments) -> int:
        given = args.text("uid")
        if given.isdecimal():
            return int(given)
        self._next_uid += 1
        return self._next_uid

    def remove(self, user: str) -> dict[str, Any]:
        record = self.get(user)
        del self._records[user]
        self._domains.pop(record["domain"], None)
        self._passwords.pop(user, None)
        self._resellers.discard(user)
        return record

    def rename(self, user: str, new_user: str) -> None:
        if new_user in self._records:
            raise ApiFailure(f"An account named {quoted(new_user)} already exists.")
        record = self._records.pop(user)
        record["user"] = new_user
        self._records[new_user] = record
        if record["domain"]:
            self._domains[record["domain"]] = new_user
        if user in self._passwords:
            self._passwords[new_user] = self._passwords.pop(user)
        if user in self._resellers:
            self._resellers.discard(user)
            self._resellers.add(new_user)

    def change_domain(self, user: str, domain: str) -> None:
        domain = domain.lower()
        record = self.get(user)
        if domain in self._domains and self._domains[domain] != user:
            raise ApiFailure(f"The domain {quoted(domain)} already belongs to an account.")
        self._domains.pop(record["domain"], None)
        record["domain"] = domain
        self._domains[domain] = user

    def set_password(self, user: str, password: str) -> None:
        self.get(user)
        self._passwords[user] = password


def _item_schema(simulator: WhmSimulator, function: str, key: str) -> Any:
    spec = simulator.table.functions.get(function)
    try:
        return spec.data["properties"][key]["items"] if spec else None
    except (KeyError, TypeError):
        return None


# ---------------------------------------------------------------------- orchestration


def create_account(sim: WhmSimulator, args: Arguments, *, owner: str = "root") -> Reply:
    """createacct: the account, its DNS zone and its mail; what createacct answers."""
    now = int(sim.clock())
    domain = args.text("domain").lower()
    if domain and sim.dns.has_zone(domain):  # checked first: a failed call changes nothing
        raise ApiFailure(f"The zone {quoted(domain)} already exists.")
    record = sim.accounts.create(args, owner=owner, now=now)
    if record["domain"]:
        sim.dns.add_zone(record["domain"], record["ip"], owner=record["user"])
    data = {
        "ip": record["ip"],
        "nameserver": f"ns1.{sim.server.hostname}",
        "nameserver2": f"ns2.{sim.server.hostname}",
        "nameserver3": "",
        "nameserver4": "",
        "nameservera": None,
        "nameservera2": None,
        "nameservera3": None,
        "nameservera4": None,
        "nameserverentry": None,
        "nameserverentry2": None,
        "nameserverentry3": None,
        "nameserverentry4": None,
        "package": record["plan"],
    }
    # §1: createacct reports its log in metadata.output.raw (the text is the simulator's)
    raw = f"Account creation for {record['user']} ({record['domain']}) complete (simulated).\n"
    return Reply(data, raw=raw)


def remove_account(sim: WhmSimulator, user: str, *, keep_dns: bool = False) -> None:
    record = sim.accounts.remove(user)
    if record["domain"] and not keep_dns:
        sim.dns.remove_zone_if_present(record["domain"])
    sim.email.forget_user(user, record["domain"])


def _account(call: Call) -> dict[str, Any]:
    return call.simulator.accounts.get(call.require("user"))


# ---------------------------------------------------------------------- handlers


def _createacct(call: Call) -> Reply:
    return create_account(call.simulator, call.args, owner=call.user)


def _removeacct(call: Call) -> Reply:
    user = call.require("username", "user")
    remove_account(call.simulator, user, keep_dns=call.args.flag("keepdns"))
    return Reply(None, raw=f"Account {user} removed (simulated).\n")


def _matches(record: dict[str, Any], field: str, search: str, method: str) -> bool:
    value = str(record.get(field, ""))
    if method == "exact":
        return value == search
    try:
        return re.search(search, value) is not None
    except re.error:
        return False


def _listaccts(call: Call) -> dict[str, Any]:
    records = call.simulator.accounts.records()
    search = call.text("search")
    if search:
        field = _SEARCH_FIELDS.get(call.text("searchtype") or "user", "user")
        method = call.text("searchmethod") or "regex"
        records = [r for r in records if _matches(r, field, search, method)]
    want = [name.strip() for name in call.text("want").split(",") if name.strip()]
    if want:
        records = [{name: r[name] for name in want if name in r} for r in records]
    return {"acct": records}


def _accountsummary(call: Call) -> dict[str, Any]:
    accounts = call.simulator.accounts
    domain = call.text("domain")
    if domain and not call.text("user"):
        record = accounts.by_domain(domain)
        if record is None:
            raise ApiFailure(f"No account has the domain {quoted(domain)}.")
    else:
        record = accounts.get(call.require("user", "domain"))
    # the same fields, in accountsummary's own types (suspendtime is text there)
    return {"acct": [conform(record, _item_schema(call.simulator, "accountsummary", "acct"))]}


_MODIFY_FIELDS = {
    "contactemail": "email",
    "owner": "owner",
    "MAILBOX_FORMAT": "mailbox_format",
    "OUTGOING_EMAIL_SUSPENDED": "outgoing_mail_suspended",
}


def _modifyacct(call: Call) -> Reply:
    sim = call.simulator
    user = call.require("user")
    record = sim.accounts.get(user)
    for argument, field in _MODIFY_FIELDS.items():
        if argument in call.args:
            flag = field == "outgoing_mail_suspended"  # a 0/1 flag; other fields are text
            record[field] = int(call.args.flag(argument)) if flag else call.text(argument)
    for argument, field in _LIMITS.items():
        if argument.upper() in call.args:
            record[field] = _limit(call.text(argument.upper()))
    if "QUOTA" in call.args:
        record["disklimit"] = _megabytes(call.text("QUOTA"))
    if "HASSHELL" in call.args:
        record["shell"] = (
            "/bin/bash" if call.args.flag("HASSHELL") else "/usr/local/cpanel/bin/noshell"
        )
    domain = call.text("domain")
    if domain and domain.lower() != record["domain"]:
        old = record["domain"]
        sim.accounts.change_domain(user, domain)
        sim.dns.rename_zone(old, record["domain"], record["ip"], owner=user)
    new_user = call.text("newuser")
    if new_user and new_user != user:
        sim.accounts.rename(user, new_user)
        sim.email.rename_user(user, new_user)
        user = new_user
    cpuser = {
        "USER": user,
        "DOMAIN": record["domain"],
        "OWNER": record["owner"],
        "PLAN": record["plan"],
        "CONTACTEMAIL": record["email"],
        "RS": record["theme"],
    }
    data = {"cpuser": cpuser, "domain": record["domain"], "setshell": "", "user": user}
    return Reply(data, raw=f"Account {user} modified (simulated).\n")  # §1: output.raw


def _suspendacct(call: Call) -> None:
    record = _account(call)
    record.update(
        suspended=1,
        suspendreason=call.text("reason") or call.default("reason") or "Unknown",
        suspendtime=call.now(),
        is_locked=int(call.args.flag("disallowun")),
    )
    # §1: suspendacct returns nothing, so the reply has no data key


def _unsuspendacct(call: Call) -> None:
    record = _account(call)
    record.update(suspended=0, suspendreason="not suspended", suspendtime=0, is_locked=0)


def _listsuspended(call: Call) -> dict[str, Any]:
    accounts = [
        {
            "user": r["user"],
            "owner": r["owner"],
            "reason": r["suspendreason"],
            "time": time.strftime("%a %b %d %H:%M:%S %Y", time.gmtime(r["suspendtime"] or 0)),
            "unixtime": r["suspendtime"] or 0,
            "is_locked": r["is_locked"],
        }
        for r in call.simulator.accounts.records()
        if r["suspended"]
    ]
    return {"account": accounts}


def _changepackage(call: Call) -> None:
    sim = call.simulator
    record = _account(call)
    package = sim.packages.get(call.require("pkg"))
    record["plan"] = package["name"]
    record.update(sim.packages.account_limits(package))


def _passwd(call: Call) -> dict[str, Any]:
    user = call.require("user")
    call.simulator.accounts.set_password(user, call.require("password"))
    return {"app": ["system"]}


def _domainuserdata(call: Call) -> dict[str, Any]:
    domain = call.require("domain").lower()
    record = call.simulator.accounts.by_domain(domain)
    if record is None:
        raise ApiFailure(f"No account has the domain {quoted(domain)}.")
    user = record["user"]
    userdata = {
        "customlog": [],
        "documentroot": f"/home/{user}/public_html",
        "group": user,
        "hascgi": 1,
        "homedir": f"/home/{user}",
        "ip": record["ip"],
        "owner": record["owner"],
        "phpopenbasedirprotect": 1,
        "port": 80,
        "scriptalias": [],
        "serveradmin": f"webmaster@{domain}",
        "serveralias": f"www.{domain}",
        "servername": domain,
        "usecanonicalname": "Off",
        "user": user,
        "userdirprotect": "",
    }
    return {"userdata": userdata}


HANDLERS: dict[str, Handler] = {
    "createacct": _createacct,
    "removeacct": _removeacct,
    "listaccts": _listaccts,
    "accountsummary": _accountsummary,
    "modifyacct": _modifyacct,
    "suspendacct": _suspendacct,
    "unsuspendacct": _unsuspendacct,
    "listsuspended": _listsuspended,
    "changepackage": _changepackage,
    "passwd": _passwd,
    "domainuserdata": _domainuserdata,
}
