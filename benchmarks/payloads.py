"""Fixed WHM replies the benchmark server sends: small envelopes and a large ``listaccts``.

The accounts follow ``ListacctsData`` in whm.openapi.yaml (every field it lists,
with the value shapes real servers send: limits as "unlimited" or numbers,
``suspendtime`` null or an epoch), plus two fields the spec doesn't list, as a
newer cPanel would send, so the typed side also keeps unknown keys.
Deterministic: the same count gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

PLANS = ("default", "Starter", "Business", "Reseller_Gold", "Unlimited")
THEMES = ("jupiter", "jupiter", "jupiter", "paper_lantern")
OWNERS = ("root", "root", "reseller1", "reseller2")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def metadata(command: str) -> dict[str, Any]:
    return {
        "command": command,
        "reason": "OK",
        "result": 1,
        "version": 1,
        "output": {"warnings": []},
    }


def account(i: int) -> dict[str, Any]:
    """One account record as listaccts returns it (about 1 KB of JSON)."""
    user = f"user{i:05d}"
    domain = f"{user}-site.example.com"
    suspended = 1 if i % 37 == 0 else 0
    started = 1_500_000_000 + i * 86_113
    limit = "unlimited" if i % 3 else str(1000 + i % 50 * 100)
    return {
        "backup": i % 2,
        "child_nodes": [{"alias": f"mail{i % 4}", "workload": "Mail"}] if i % 10 == 0 else [],
        "disklimit": "unlimited" if i % 4 else f"{5000 + i % 7 * 1000}M",
        "diskused": f"{(i * 37) % 9000}M",
        "domain": domain,
        "email": f"admin@{domain}",
        "has_backup": i % 2,
        "inodeslimit": "unlimited" if i % 5 else 250000,
        "inodesused": (i * 131) % 200000,
        "ip": f"192.0.2.{i % 250 + 1}",
        "ipv6": [f"2001:db8::{i:x}"] if i % 6 == 0 else [],
        "is_locked": 0,
        "is_temporary_domain": 0,
        "legacy_backup": 0,
        "mailbox_format": "maildir" if i % 9 else "mdbox",
        "max_defer_fail_percentage": "unlimited",
        "max_email_per_hour": "unlimited" if i % 2 else 500,
        "max_emailacct_quota": "unlimited",
        "maxaddons": limit,
        "maxftp": "unlimited",
        "maxlst": "unlimited",
        "maxparked": limit,
        "maxpop": "unlimited" if i % 2 else "100",
        "maxsql": "unlimited",
        "maxsub": "unlimited",
        "min_defer_fail_to_trigger_protection": 5,
        "outgoing_mail_hold": 0,
        "outgoing_mail_suspended": 0,
        "owner": OWNERS[i % len(OWNERS)],
        "partition": "home" if i % 2 else "home2",
        "plan": PLANS[i % len(PLANS)],
        "shell": "/usr/local/cpanel/bin/noshell" if i % 4 else "/bin/bash",
        "standalone_feature": "",
        "standalone_feature_name": "",
        "startdate": f"{i % 28 + 1:02d} {MONTHS[i % 12]} {17 + i % 8} {i % 24:02d}:{i % 60:02d}",
        "suspended": suspended,
        "suspendreason": "Overdue invoice" if suspended else "not suspended",
        "suspendtime": started + 99_000 if suspended else None,
        "temporary": 0,
        "theme": THEMES[i % len(THEMES)],
        "uid": 1000 + i,
        "unix_startdate": started,
        "user": user,
        # Not in the spec: newer servers add fields; the typed result keeps them.
        "webserver_runs_as_user": 0,
        "has_child_workloads": 1 if i % 10 == 0 else 0,
    }


def listaccts(count: int) -> bytes:
    envelope = {
        "data": {"acct": [account(i) for i in range(count)]},
        "metadata": metadata("listaccts"),
    }
    return json.dumps(envelope, separators=(",", ":")).encode()


def small_replies() -> dict[str, bytes]:
    """Function name -> body for the small calls (the per-call and concurrency cases)."""
    data: dict[str, Any] = {
        "get_user_email_forward_destination": {"forward_to": ["bob@example.com"]},
        "gethostname": {"hostname": "server.example.com"},
        "create_user_session": {
            "cp_security_token": "/cpsess0123456789",
            "session": "root:abcdefg:create_user_session,0123456789abcdef",
            "expires": 1_900_000_000,
            "service": "whostmgrd",
            "url": "https://127.0.0.1:2087/cpsess0123456789/login/?session=x",
        },
    }
    return {
        name: json.dumps(
            {"data": value, "metadata": metadata(name)}, separators=(",", ":")
        ).encode()
        for name, value in data.items()
    }
