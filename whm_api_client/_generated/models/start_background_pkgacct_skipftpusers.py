# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartBackgroundPkgacctSkipftpusers = Literal[0, 1]

START_BACKGROUND_PKGACCT_SKIPFTPUSERS_VALUES: set[StartBackgroundPkgacctSkipftpusers] = {
    0,
    1,
}


def check_start_background_pkgacct_skipftpusers(value: int) -> StartBackgroundPkgacctSkipftpusers:
    if value in START_BACKGROUND_PKGACCT_SKIPFTPUSERS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_BACKGROUND_PKGACCT_SKIPFTPUSERS_VALUES!r}")
