# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PhpSetHandlerHandler = Literal["cgi", "dso", "none", "suphp"]

PHP_SET_HANDLER_HANDLER_VALUES: set[PhpSetHandlerHandler] = {
    "cgi",
    "dso",
    "none",
    "suphp",
}


def check_php_set_handler_handler(value: str) -> PhpSetHandlerHandler:
    if value in PHP_SET_HANDLER_HANDLER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHP_SET_HANDLER_HANDLER_VALUES!r}")
