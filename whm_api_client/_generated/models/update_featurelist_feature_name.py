# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

UpdateFeaturelistFeatureName = Literal[0, 1]

UPDATE_FEATURELIST_FEATURE_NAME_VALUES: set[UpdateFeaturelistFeatureName] = {
    0,
    1,
}


def check_update_featurelist_feature_name(value: int) -> UpdateFeaturelistFeatureName:
    if value in UPDATE_FEATURELIST_FEATURE_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_FEATURELIST_FEATURE_NAME_VALUES!r}")
