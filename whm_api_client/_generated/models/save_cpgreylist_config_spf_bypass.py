# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveCpgreylistConfigSpfBypass = Literal[0, 1]

SAVE_CPGREYLIST_CONFIG_SPF_BYPASS_VALUES: set[SaveCpgreylistConfigSpfBypass] = {
    0,
    1,
}


def check_save_cpgreylist_config_spf_bypass(value: int) -> SaveCpgreylistConfigSpfBypass:
    if value in SAVE_CPGREYLIST_CONFIG_SPF_BYPASS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVE_CPGREYLIST_CONFIG_SPF_BYPASS_VALUES!r}")
