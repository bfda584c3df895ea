# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.get_tweaksetting_data_tweaksetting import GetTweaksettingDataTweaksetting


T = TypeVar("T", bound="GetTweaksettingData")
_new_instance = object.__new__


@_attrs_define
class GetTweaksettingData:
    """
    Attributes:
        tweaksetting (GetTweaksettingDataTweaksetting | Unset):
    """

    tweaksetting: GetTweaksettingDataTweaksetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        tweaksetting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tweaksetting, Unset):
            tweaksetting = self.tweaksetting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tweaksetting is not UNSET:
            field_dict["tweaksetting"] = tweaksetting

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tweaksetting = d.pop("tweaksetting", UNSET)
        tweaksetting: GetTweaksettingDataTweaksetting | Unset
        if _tweaksetting.__class__ is not dict:
            _tweaksetting = read_object(_tweaksetting, "tweaksetting", False)
        tweaksetting = UNSET if _tweaksetting is UNSET else GetTweaksettingDataTweaksetting.from_dict(_tweaksetting)

        get_tweaksetting_data = _new_instance(cls)
        get_tweaksetting_data.tweaksetting = tweaksetting

        get_tweaksetting_data.additional_properties = dict(d) if d else {}
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
