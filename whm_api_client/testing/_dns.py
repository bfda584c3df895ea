"""DNS zones: adddns, killdns, listzones, dumpzone, addzonerecord, editzonerecord,
removezonerecord.

A zone is a list of zone-file lines; ``line`` numbers are 1-based indexes into it, as
dumpzone (an array of strings in the spec) shows them. The spec declares no arguments for
addzonerecord and editzonerecord: the simulator takes ``zone`` (or ``domain``), ``line`` (for
editzonerecord), ``name``, ``type``, ``ttl``, ``class`` and the record's data as
``address``, ``cname``, ``txtdata`` or ``exchange`` + ``preference``: its own convention.
DNS functions report ``metadata.output.raw`` (§1). Failure texts are the simulator's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._calls import ApiFailure, Call, Handler, Reply
from ._wire import quoted

if TYPE_CHECKING:
    from ._simulator import WhmSimulator

__all__ = ["HANDLERS", "Dns"]

DEFAULT_TTL = "14400"
_DATA_ARGUMENTS = {"A": "address", "AAAA": "address", "CNAME": "cname", "TXT": "txtdata"}


class Dns:
    """The zones of the simulated name server, by domain."""

    def __init__(self, simulator: WhmSimulator) -> None:
        self._sim = simulator
        self._zones: dict[str, list[str]] = {}
        self._owners: dict[str, str] = {}

    def domains(self) -> list[str]:
        return list(self._zones)

    def has_zone(self, domain: str) -> bool:
        return domain.lower() in self._zones

    def lines(self, domain: str) -> list[str]:
        zone = self._zones.get(domain.lower())
        if zone is None:
            raise ApiFailure(f"The zone {quoted(domain)} does not exist.")
        return zone

    def add_zone(self, domain: str, ip: str, *, owner: str = "root") -> None:
        domain = domain.lower()
        if domain in self._zones:
            raise ApiFailure(f"The zone {quoted(domain)} already exists.")
        host = self._sim.server.hostname
        self._zones[domain] = [
            f"$TTL {DEFAULT_TTL}",
            f"{domain}. 86400 IN SOA ns1.{host}. hostmaster.{domain}. 1 3600 1800 1209600 86400",
            f"{domain}. 86400 IN NS ns1.{host}.",
            f"{domain}. 86400 IN NS ns2.{host}.",
            f"{domain}. {DEFAULT_TTL} IN A {ip}",
            f"www.{domain}. {DEFAULT_TTL} IN CNAME {domain}.",
            f"{domain}. {DEFAULT_TTL} IN MX 0 {domain}.",
        ]
        self._owners[domain] = owner

    def remove_zone(self, domain: str) -> None:
        self.lines(domain)
        del self._zones[domain.lower()]
        self._owners.pop(domain.lower(), None)

    def remove_zone_if_present(self, domain: str) -> None:
        if domain.lower() in self._zones:
            self.remove_zone(domain)

    def rename_zone(self, old: str, new: str, ip: str, *, owner: str) -> None:
        self.remove_zone_if_present(old)
        if new.lower() not in self._zones:
            self.add_zone(new, ip, owner=owner)

    def line_index(self, domain: str, line: str) -> int:
        zone = self.lines(domain)
        if not line.isdecimal() or not 1 <= int(line) <= len(zone):
            raise ApiFailure(f"The zone {quoted(domain)} has no line {quoted(line)}.")
        return int(line) - 1


def _record_line(call: Call, domain: str) -> str:
    """A zone-file line from addzonerecord/editzonerecord arguments."""
    name = call.require("name")
    if not name.endswith("."):
        name = f"{name}.{domain}." if name != domain else f"{name}."
    kind = (call.text("type") or "A").upper()
    ttl = call.text("ttl") or DEFAULT_TTL
    klass = call.text("class") or "IN"
    if kind == "MX":
        data = f"{call.text('preference') or '0'} {call.require('exchange')}"
    else:
        data = call.require(_DATA_ARGUMENTS.get(kind, "address"))
    if kind == "TXT" and not data.startswith('"'):
        data = f'"{data}"'
    return f"{name} {ttl} {klass} {kind} {data}"


def _raw(action: str, domain: str) -> str:
    return f"{action} {domain} (simulated).\n"


# ---------------------------------------------------------------------- handlers


def _adddns(call: Call) -> Reply:
    domain = call.require("domain")
    call.simulator.dns.add_zone(domain, call.require("ip"), owner=call.text("trueowner") or "root")
    return Reply(None, raw=_raw("Added the zone", domain))


def _killdns(call: Call) -> Reply:
    domain = call.require("domain")
    call.simulator.dns.remove_zone(domain)
    return Reply(None, raw=_raw("Removed the zone", domain))


def _listzones(call: Call) -> dict[str, Any]:
    return {"zone": [{"domain": d, "zonefile": f"{d}.db"} for d in call.simulator.dns.domains()]}


def _dumpzone(call: Call) -> dict[str, Any]:
    return {"zone": list(call.simulator.dns.lines(call.require("domain")))}


def _addzonerecord(call: Call) -> Reply:
    domain = call.require("zone", "domain")
    zone = call.simulator.dns.lines(domain)
    zone.append(_record_line(call, domain.lower()))
    return Reply(None, raw=_raw("Added a record to", domain))


def _editzonerecord(call: Call) -> Reply:
    domain = call.require("zone", "domain")
    index = call.simulator.dns.line_index(domain, call.require("line", "Line"))
    call.simulator.dns.lines(domain)[index] = _record_line(call, domain.lower())
    return Reply(None, raw=_raw("Changed a record of", domain))


def _removezonerecord(call: Call) -> Reply:
    domain = call.require("zone")
    index = call.simulator.dns.line_index(domain, call.require("line"))
    del call.simulator.dns.lines(domain)[index]
    return Reply(None, raw=_raw("Removed a record from", domain))


HANDLERS: dict[str, Handler] = {
    "adddns": _adddns,
    "killdns": _killdns,
    "listzones": _listzones,
    "dumpzone": _dumpzone,
    "addzonerecord": _addzonerecord,
    "editzonerecord": _editzonerecord,
    "removezonerecord": _removezonerecord,
}
