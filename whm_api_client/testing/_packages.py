"""Packages (hosting plans): addpkg, editpkg, killpkg, listpkgs, getpkginfo.

A package is kept as a ``listpkgs`` item of the spec (upper-case keys, ``y``/``n`` flags);
``getpkginfo`` shows the flags as 1/0, as its schema says. Arguments left out take the
spec's defaults for addpkg. Failure texts are the simulator's own wording.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._calls import ApiFailure, Call, Handler
from ._wire import Arguments, quoted

if TYPE_CHECKING:
    from ._simulator import WhmSimulator

__all__ = ["HANDLERS", "Packages"]

_FLAGS = ("CGI", "DIGESTAUTH", "HASSHELL", "FRONTPAGE")  # 1/0 arguments shown as y/n
_KEY_OF_ARGUMENT = {"language": "LANG"}  # other arguments are their key in upper case
# package key -> the listaccts field it limits
_ACCOUNT_FIELDS = {
    "MAXPOP": "maxpop",
    "MAXSQL": "maxsql",
    "MAXFTP": "maxftp",
    "MAXLST": "maxlst",
    "MAXSUB": "maxsub",
    "MAXPARK": "maxparked",
    "MAXADDON": "maxaddons",
    "MAX_EMAIL_PER_HOUR": "max_email_per_hour",
    "MAX_DEFER_FAIL_PERCENTAGE": "max_defer_fail_percentage",
    "MAX_EMAILACCT_QUOTA": "max_emailacct_quota",
}


def _key(argument: str) -> str:
    return _KEY_OF_ARGUMENT.get(argument, argument.upper())


def _shown(key: str, value: Any) -> Any:
    if key in _FLAGS:
        return "n" if str(value) in ("0", "", "n") else "y"
    return value


class Packages:
    """The packages of the simulated server, by name."""

    def __init__(self, simulator: WhmSimulator) -> None:
        self._sim = simulator
        self._packages: dict[str, dict[str, Any]] = {}

    def find(self, name: str) -> dict[str, Any] | None:
        return self._packages.get(name)

    def get(self, name: str) -> dict[str, Any]:
        package = self._packages.get(name)
        if package is None:
            raise ApiFailure(f"The package {quoted(name)} does not exist.")
        return package

    def records(self) -> list[dict[str, Any]]:
        return list(self._packages.values())

    def add(self, args: Arguments) -> dict[str, Any]:
        name = args.text("name")
        if not name:
            raise ApiFailure(f"Provide the {quoted('name')} parameter.")
        if name in self._packages:
            raise ApiFailure(f"A package named {quoted(name)} already exists.")
        spec = self._sim.table.functions.get("addpkg")
        defaults = {
            argument: facts["default"]
            for argument, facts in (spec.arguments.items() if spec else ())
            if "default" in facts
        }
        package: dict[str, Any] = {"name": name}
        for argument, value in defaults.items():
            package[_key(argument)] = _shown(_key(argument), value)
        package.setdefault("MAX_TEAM_USERS", None)
        package.setdefault("_PACKAGE_EXTENSIONS", "")
        self._packages[name] = package
        self.update(name, args.without("name"))
        return package

    def update(self, name: str, args: Arguments) -> dict[str, Any]:
        package = self.get(name)
        for argument in args:
            if argument in ("api.version",) or argument.startswith("api."):
                continue
            key = _key(argument)
            value = args.text(argument)
            package[key] = int(value) if key == "MAX_TEAM_USERS" and value.isdecimal() else value
            package[key] = _shown(key, package[key])
        return package

    def remove(self, name: str) -> None:
        self.get(name)
        del self._packages[name]

    def account_limits(self, package: dict[str, Any]) -> dict[str, Any]:
        """The listaccts fields an account on this package takes from it."""
        limits = {
            field: str(package[key]) for key, field in _ACCOUNT_FIELDS.items() if key in package
        }
        if "QUOTA" in package:
            quota = str(package["QUOTA"]).strip().lower()
            limits["disklimit"] = "unlimited" if quota in ("0", "", "unlimited") else f"{quota}M"
        return limits


# ---------------------------------------------------------------------- handlers


def _addpkg(call: Call) -> dict[str, Any]:
    package = call.simulator.packages.add(call.args)
    return {"pkg": package["name"]}


def _editpkg(call: Call) -> dict[str, Any]:
    name = call.require("name")
    call.simulator.packages.update(name, call.args.without("name"))
    return {"pkg": name}


def _killpkg(call: Call) -> None:
    call.simulator.packages.remove(call.require("pkgname"))


def _listpkgs(call: Call) -> dict[str, Any]:
    return {"pkg": call.simulator.packages.records()}


def _getpkginfo(call: Call) -> dict[str, Any]:
    package = call.simulator.packages.get(call.require("pkg"))
    shown = {key: value for key, value in package.items() if key != "name"}
    for key in ("CGI", "FRONTPAGE", "HASSHELL", "IP"):  # integers 1/0 in getpkginfo's schema
        if key in shown:
            shown[key] = 0 if str(shown[key]) in ("n", "0", "") else 1
    return {"pkg": shown}


HANDLERS: dict[str, Handler] = {
    "addpkg": _addpkg,
    "editpkg": _editpkg,
    "killpkg": _killpkg,
    "listpkgs": _listpkgs,
    "getpkginfo": _getpkginfo,
}
