"""Many WHM servers at once: an inventory, ``WhmFleet.map`` / ``stream`` / ``find_account``.

    from whm_api_client import WhmFleet

    async with WhmFleet.from_inventory("fleet.toml", hosts=["eu"]) as fleet:
        for result in await fleet.map("version"):
            print(result.host, result.data if result.ok else result.error)

docs/guide/fleet.md is the guide; ``whm-api --fleet inventory.toml FUNCTION`` the command line.
"""

from ._fleet import AccountMatch, AccountSearch, FleetStream, HostResult, WhmFleet, run_map
from ._inventory import Credential, FleetHost, load_inventory, parse_inventory, select_hosts

__all__ = [
    "AccountMatch",
    "AccountSearch",
    "Credential",
    "FleetHost",
    "FleetStream",
    "HostResult",
    "WhmFleet",
    "load_inventory",
    "parse_inventory",
    "run_map",
    "select_hosts",
]
