# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PhpSetSessionSavePathOverwrite = Literal[0, 1]

PHP_SET_SESSION_SAVE_PATH_OVERWRITE_VALUES: set[PhpSetSessionSavePathOverwrite] = {
    0,
    1,
}


def check_php_set_session_save_path_overwrite(value: int) -> PhpSetSessionSavePathOverwrite:
    if value in PHP_SET_SESSION_SAVE_PATH_OVERWRITE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHP_SET_SESSION_SAVE_PATH_OVERWRITE_VALUES!r}")
