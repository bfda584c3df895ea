# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctSpamassassin = Literal[0, 1]

MASSMODIFYACCT_SPAMASSASSIN_VALUES: set[MassmodifyacctSpamassassin] = {
    0,
    1,
}


def check_massmodifyacct_spamassassin(value: int) -> MassmodifyacctSpamassassin:
    if value in MASSMODIFYACCT_SPAMASSASSIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_SPAMASSASSIN_VALUES!r}")
