# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.verify_slack_access_data_results_item_result import VerifySlackAccessDataResultsItemResult


T = TypeVar("T", bound="VerifySlackAccessDataResultsItem")
_new_instance = object.__new__


@_attrs_define
class VerifySlackAccessDataResultsItem:
    """
    Attributes:
        result (VerifySlackAccessDataResultsItemResult | Unset):
        url (Any | Unset):
    """

    result: VerifySlackAccessDataResultsItemResult | Unset = UNSET
    url: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        result: VerifySlackAccessDataResultsItemResult | Unset
        if _result.__class__ is not dict:
            _result = read_object(_result, "result", False)
        result = UNSET if _result is UNSET else VerifySlackAccessDataResultsItemResult.from_dict(_result)

        url = d.pop("url", UNSET)

        verify_slack_access_data_results_item = _new_instance(cls)
        verify_slack_access_data_results_item.result = result
        verify_slack_access_data_results_item.url = url

        verify_slack_access_data_results_item.additional_properties = dict(d) if d else {}
        return verify_slack_access_data_results_item

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


from ..models.verify_slack_access_data_results_item_result import VerifySlackAccessDataResultsItemResult  # noqa: E402
