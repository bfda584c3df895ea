# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SuspendacctLeaveFtpAcctsEnabled = Literal[0, 1]

SUSPENDACCT_LEAVE_FTP_ACCTS_ENABLED_VALUES: set[SuspendacctLeaveFtpAcctsEnabled] = {
    0,
    1,
}


def check_suspendacct_leave_ftp_accts_enabled(value: int) -> SuspendacctLeaveFtpAcctsEnabled:
    if value in SUSPENDACCT_LEAVE_FTP_ACCTS_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUSPENDACCT_LEAVE_FTP_ACCTS_ENABLED_VALUES!r}")
