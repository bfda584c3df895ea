# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.verify_pushbullet_access_data_results_item_result import VerifyPushbulletAccessDataResultsItemResult


T = TypeVar("T", bound="VerifyPushbulletAccessDataResultsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token", UNSET)
        if access_token is None:
            access_token = UNSET
        if not isinstance(access_token, (str, Unset)):
            raise TypeError(f"field access_token: expected string, got {type(access_token).__name__}")

        _result = d.pop("result", UNSET)
        result: VerifyPushbulletAccessDataResultsItemResult | Unset
        if _result is None or isinstance(_result, Unset):  # null reads as UNSET
            result = UNSET
        else:
            if not isinstance(_result, dict):
                raise TypeError(f"field result: expected object, got {type(_result).__name__}")
            result = VerifyPushbulletAccessDataResultsItemResult.from_dict(_result)

        verify_pushbullet_access_data_results_item = cls(
            access_token=access_token,
            result=result,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        verify_pushbullet_access_data_results_item.additional_properties = additional_properties
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
