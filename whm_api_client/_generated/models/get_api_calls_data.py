# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_api_calls_data_result_item import GetApiCallsDataResultItem


T = TypeVar("T", bound="GetApiCallsData")
_new_instance = object.__new__


@_attrs_define
class GetApiCallsData:
    """
    Attributes:
        result (list[GetApiCallsDataResultItem] | Unset):
    """

    result: list[GetApiCallsDataResultItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        if _result.__class__ is not list:
            _result = read_list(_result, "result", False)
        result: list[GetApiCallsDataResultItem] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                _result_item = result_item_data
                if _result_item.__class__ is not dict:
                    _result_item = read_object(_result_item, "result_item", True)
                result_item = GetApiCallsDataResultItem.from_dict(_result_item)

                result.append(result_item)

        get_api_calls_data = _new_instance(cls)
        get_api_calls_data.result = result

        get_api_calls_data.additional_properties = dict(d) if d else {}
        return get_api_calls_data

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


from ..models.get_api_calls_data_result_item import GetApiCallsDataResultItem  # noqa: E402
