# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartLocalCpmoveRestoreDedicatedIp = Literal[0, 1]

START_LOCAL_CPMOVE_RESTORE_DEDICATED_IP_VALUES: set[StartLocalCpmoveRestoreDedicatedIp] = {
    0,
    1,
}


def check_start_local_cpmove_restore_dedicated_ip(value: int) -> StartLocalCpmoveRestoreDedicatedIp:
    if value in START_LOCAL_CPMOVE_RESTORE_DEDICATED_IP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_LOCAL_CPMOVE_RESTORE_DEDICATED_IP_VALUES!r}")
