# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.verify_pushbullet_access_data_results_item import VerifyPushbulletAccessDataResultsItem


T = TypeVar("T", bound="VerifyPushbulletAccessData")
_new_instance = object.__new__


@_attrs_define
class VerifyPushbulletAccessData:
    """
    Attributes:
        results (list[VerifyPushbulletAccessDataResultsItem] | Unset):
    """

    results: list[VerifyPushbulletAccessDataResultsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _results = d.pop("results", UNSET)
        if _results.__class__ is not list:
            _results = read_list(_results, "results", False)
        results: list[VerifyPushbulletAccessDataResultsItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                _results_item = results_item_data
                if _results_item.__class__ is not dict:
                    _results_item = read_object(_results_item, "results_item", True)
                results_item = VerifyPushbulletAccessDataResultsItem.from_dict(_results_item)

                results.append(results_item)

        verify_pushbullet_access_data = _new_instance(cls)
        verify_pushbullet_access_data.results = results

        verify_pushbullet_access_data.additional_properties = dict(d) if d else {}
        return verify_pushbullet_access_data

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


from ..models.verify_pushbullet_access_data_results_item import VerifyPushbulletAccessDataResultsItem  # noqa: E402
