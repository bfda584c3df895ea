# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_tweaksetting_data_tweaksetting import GetTweaksettingDataTweaksetting


T = TypeVar("T", bound="GetTweaksettingData")


@_attrs_define
class GetTweaksettingData:
    """
    Attributes:
        tweaksetting (GetTweaksettingDataTweaksetting | Unset):
    """

    tweaksetting: GetTweaksettingDataTweaksetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tweaksetting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tweaksetting, Unset):
            tweaksetting = self.tweaksetting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tweaksetting is not UNSET:
            field_dict["tweaksetting"] = tweaksetting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tweaksetting = d.pop("tweaksetting", UNSET)
        tweaksetting: GetTweaksettingDataTweaksetting | Unset
        if _tweaksetting is None or isinstance(_tweaksetting, Unset):  # null reads as UNSET
            tweaksetting = UNSET
        else:
            if not isinstance(_tweaksetting, dict):
                raise TypeError(f"field tweaksetting: expected object, got {type(_tweaksetting).__name__}")
            tweaksetting = GetTweaksettingDataTweaksetting.from_dict(_tweaksetting)

        get_tweaksetting_data = cls(
            tweaksetting=tweaksetting,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_tweaksetting_data.additional_properties = additional_properties
        return get_tweaksetting_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.get_tweaksetting_data_tweaksetting import GetTweaksettingDataTweaksetting  # noqa: E402
