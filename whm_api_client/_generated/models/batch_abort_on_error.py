# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

BatchAbortOnError = Literal[0, 1]

BATCH_ABORT_ON_ERROR_VALUES: set[BatchAbortOnError] = {
    0,
    1,
}


def check_batch_abort_on_error(value: int) -> BatchAbortOnError:
    if value in BATCH_ABORT_ON_ERROR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BATCH_ABORT_ON_ERROR_VALUES!r}")
