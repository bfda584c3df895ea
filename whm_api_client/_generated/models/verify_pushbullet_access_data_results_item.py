# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.verify_pushbullet_access_data_results_item_result import VerifyPushbulletAccessDataResultsItemResult


T = TypeVar("T", bound="VerifyPushbulletAccessDataResultsItem")
_new_instance = object.__new__


@_attrs_define
class VerifyPushbulletAccessDataResultsItem:
    """
    Attributes:
        access_token (str | Unset):
        result (VerifyPushbulletAccessDataResultsItemResult | Unset):
    """

    access_token: str | Unset = UNSET
    result: VerifyPushbulletAccessDataResultsItemResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        access_token = self.access_token

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token", UNSET)
        if access_token.__class__ is not str:
            access_token = read_value(access_token, "access_token", "string", False)

        _result = d.pop("result", UNSET)
        result: VerifyPushbulletAccessDataResultsItemResult | Unset
        if _result.__class__ is not dict:
            _result = read_object(_result, "result", False)
        result = UNSET if _result is UNSET else VerifyPushbulletAccessDataResultsItemResult.from_dict(_result)

        verify_pushbullet_access_data_results_item = _new_instance(cls)
        verify_pushbullet_access_data_results_item.access_token = access_token
        verify_pushbullet_access_data_results_item.result = result

        verify_pushbullet_access_data_results_item.additional_properties = dict(d) if d else {}
        return verify_pushbullet_access_data_results_item

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


from ..models.verify_pushbullet_access_data_results_item_result import VerifyPushbulletAccessDataResultsItemResult  # noqa: E402
