# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetEnhancementLimitLimited = Literal[0, 1]

SET_ENHANCEMENT_LIMIT_LIMITED_VALUES: set[SetEnhancementLimitLimited] = {
    0,
    1,
}


def check_set_enhancement_limit_limited(value: int) -> SetEnhancementLimitLimited:
    if value in SET_ENHANCEMENT_LIMIT_LIMITED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SET_ENHANCEMENT_LIMIT_LIMITED_VALUES!r}")
