# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctMAILBOXFORMAT = Literal["maildir", "mbox"]

MODIFYACCT_MAILBOXFORMAT_VALUES: set[ModifyacctMAILBOXFORMAT] = {
    "maildir",
    "mbox",
}


def check_modifyacct_mailboxformat(value: str) -> ModifyacctMAILBOXFORMAT:
    if value in MODIFYACCT_MAILBOXFORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_MAILBOXFORMAT_VALUES!r}")
