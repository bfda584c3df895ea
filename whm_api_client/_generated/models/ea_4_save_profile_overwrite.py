# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

Ea4SaveProfileOverwrite = Literal[0, 1]

EA_4_SAVE_PROFILE_OVERWRITE_VALUES: set[Ea4SaveProfileOverwrite] = {
    0,
    1,
}


def check_ea_4_save_profile_overwrite(value: int) -> Ea4SaveProfileOverwrite:
    if value in EA_4_SAVE_PROFILE_OVERWRITE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EA_4_SAVE_PROFILE_OVERWRITE_VALUES!r}")
