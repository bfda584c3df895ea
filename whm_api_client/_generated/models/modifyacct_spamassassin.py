# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctSpamassassin = Literal[0, 1]

MODIFYACCT_SPAMASSASSIN_VALUES: set[ModifyacctSpamassassin] = {
    0,
    1,
}


def check_modifyacct_spamassassin(value: int) -> ModifyacctSpamassassin:
    if value in MODIFYACCT_SPAMASSASSIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_SPAMASSASSIN_VALUES!r}")
