# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctMAILBOXFORMAT = Literal["maildir", "mbox"]

MASSMODIFYACCT_MAILBOXFORMAT_VALUES: set[MassmodifyacctMAILBOXFORMAT] = {
    "maildir",
    "mbox",
}


def check_massmodifyacct_mailboxformat(value: str) -> MassmodifyacctMAILBOXFORMAT:
    if value in MASSMODIFYACCT_MAILBOXFORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_MAILBOXFORMAT_VALUES!r}")
