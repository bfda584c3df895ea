# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ConvertopensshtoputtyKeepFile = Literal[0, 1]

CONVERTOPENSSHTOPUTTY_KEEP_FILE_VALUES: set[ConvertopensshtoputtyKeepFile] = {
    0,
    1,
}


def check_convertopensshtoputty_keep_file(value: int) -> ConvertopensshtoputtyKeepFile:
    if value in CONVERTOPENSSHTOPUTTY_KEEP_FILE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERTOPENSSHTOPUTTY_KEEP_FILE_VALUES!r}")
