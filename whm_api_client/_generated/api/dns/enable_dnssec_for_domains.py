# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``enable_dnssec_for_domains``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.enable_dnssec_for_domains_data import EnableDnssecForDomainsData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.enable_dnssec_for_domains_active import EnableDnssecForDomainsActive
    from ...models.enable_dnssec_for_domains_algo_num import (
        EnableDnssecForDomainsAlgoNum,
    )
    from ...models.enable_dnssec_for_domains_key_setup import (
        EnableDnssecForDomainsKeySetup,
    )
    from ...models.enable_dnssec_for_domains_nsec_3_narrow import (
        EnableDnssecForDomainsNsec3Narrow,
    )
    from ...models.enable_dnssec_for_domains_nsec_3_opt_out import (
        EnableDnssecForDomainsNsec3OptOut,
    )
    from ...models.enable_dnssec_for_domains_use_nsec_3 import (
        EnableDnssecForDomainsUseNsec3,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "enable_dnssec_for_domains"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "86"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/dns-security/dns-enable_dnssec_for_domains.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "domain": ("domain", "str", True),
    "active": ("active", "EnableDnssecForDomainsActive", False),
    "algo_num": ("algo_num", "EnableDnssecForDomainsAlgoNum", False),
    "key_setup": ("key_setup", "EnableDnssecForDomainsKeySetup", False),
    "nsec3_iterations": ("nsec3_iterations", "int", False),
    "nsec3_narrow": ("nsec3_narrow", "EnableDnssecForDomainsNsec3Narrow", False),
    "nsec3_opt_out": ("nsec3_opt_out", "EnableDnssecForDomainsNsec3OptOut", False),
    "nsec3_salt": ("nsec3_salt", "str", False),
    "use_nsec3": ("use_nsec3", "EnableDnssecForDomainsUseNsec3", False),
}


def build_arguments(
    *,
    domain: str,
    active: EnableDnssecForDomainsActive | Unset = UNSET,
    algo_num: EnableDnssecForDomainsAlgoNum | Unset = UNSET,
    key_setup: EnableDnssecForDomainsKeySetup | Unset = UNSET,
    nsec3_iterations: int | Unset = UNSET,
    nsec3_narrow: EnableDnssecForDomainsNsec3Narrow | Unset = UNSET,
    nsec3_opt_out: EnableDnssecForDomainsNsec3OptOut | Unset = UNSET,
    nsec3_salt: str | Unset = UNSET,
    use_nsec3: EnableDnssecForDomainsUseNsec3 | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["domain"] = domain
    json_active: int | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active

    arguments["active"] = json_active
    json_algo_num: int | Unset = UNSET
    if not isinstance(algo_num, Unset):
        json_algo_num = algo_num

    arguments["algo_num"] = json_algo_num
    json_key_setup: str | Unset = UNSET
    if not isinstance(key_setup, Unset):
        json_key_setup = key_setup

    arguments["key_setup"] = json_key_setup
    arguments["nsec3_iterations"] = nsec3_iterations
    json_nsec3_narrow: int | Unset = UNSET
    if not isinstance(nsec3_narrow, Unset):
        json_nsec3_narrow = nsec3_narrow

    arguments["nsec3_narrow"] = json_nsec3_narrow
    json_nsec3_opt_out: int | Unset = UNSET
    if not isinstance(nsec3_opt_out, Unset):
        json_nsec3_opt_out = nsec3_opt_out

    arguments["nsec3_opt_out"] = json_nsec3_opt_out
    arguments["nsec3_salt"] = nsec3_salt
    json_use_nsec3: int | Unset = UNSET
    if not isinstance(use_nsec3, Unset):
        json_use_nsec3 = use_nsec3

    arguments["use_nsec3"] = json_use_nsec3

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> EnableDnssecForDomainsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = EnableDnssecForDomainsData.from_dict(_data)

    return data
