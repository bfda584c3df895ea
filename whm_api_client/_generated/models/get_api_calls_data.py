# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_api_calls_data_result_item import GetApiCallsDataResultItem


T = TypeVar("T", bound="GetApiCallsData")


@_attrs_define
class GetApiCallsData:
    """
    Attributes:
        result (list[GetApiCallsDataResultItem] | Unset):
    """

    result: list[GetApiCallsDataResultItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        result: list[GetApiCallsDataResultItem] | Unset = UNSET
        if _result is not None and not isinstance(_result, Unset):  # null reads as UNSET
            if not isinstance(_result, list):
                raise TypeError(f"field result: expected array, got {type(_result).__name__}")
            result = []
            for result_item_data in _result:
                _result_item = result_item_data
                if not isinstance(_result_item, dict):
                    raise TypeError(f"field result_item: expected object, got {type(_result_item).__name__}")
                result_item = GetApiCallsDataResultItem.from_dict(_result_item)

                result.append(result_item)

        get_api_calls_data = cls(
            result=result,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_api_calls_data.additional_properties = additional_properties
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
