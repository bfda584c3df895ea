# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ForcepasswordchangeStopOnFailure = Literal[0, 1]

FORCEPASSWORDCHANGE_STOP_ON_FAILURE_VALUES: set[ForcepasswordchangeStopOnFailure] = {
    0,
    1,
}


def check_forcepasswordchange_stop_on_failure(value: int) -> ForcepasswordchangeStopOnFailure:
    if value in FORCEPASSWORDCHANGE_STOP_ON_FAILURE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORCEPASSWORDCHANGE_STOP_ON_FAILURE_VALUES!r}")
