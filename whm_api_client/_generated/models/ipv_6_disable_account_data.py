# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.ipv_6_disable_account_data_failures_item import Ipv6DisableAccountDataFailuresItem


T = TypeVar("T", bound="Ipv6DisableAccountData")
_new_instance = object.__new__


@_attrs_define
class Ipv6DisableAccountData:
    """
    Attributes:
        fail_cnt (int | Unset):
        failures (list[Ipv6DisableAccountDataFailuresItem] | Unset):
    """

    fail_cnt: int | Unset = UNSET
    failures: list[Ipv6DisableAccountDataFailuresItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        fail_cnt = self.fail_cnt

        failures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failures, Unset):
            failures = []
            for failures_item_data in self.failures:
                failures_item = failures_item_data.to_dict()
                failures.append(failures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fail_cnt is not UNSET:
            field_dict["fail_cnt"] = fail_cnt
        if failures is not UNSET:
            field_dict["failures"] = failures

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fail_cnt = d.pop("fail_cnt", UNSET)
        if fail_cnt.__class__ is not int:
            fail_cnt = read_value(fail_cnt, "fail_cnt", "integer", False)

        _failures = d.pop("failures", UNSET)
        if _failures.__class__ is not list:
            _failures = read_list(_failures, "failures", False)
        failures: list[Ipv6DisableAccountDataFailuresItem] | Unset = UNSET
        if _failures is not UNSET:
            failures = []
            for failures_item_data in _failures:
                _failures_item = failures_item_data
                if _failures_item.__class__ is not dict:
                    _failures_item = read_object(_failures_item, "failures_item", True)
                failures_item = Ipv6DisableAccountDataFailuresItem.from_dict(_failures_item)

                failures.append(failures_item)

        ipv_6_disable_account_data = _new_instance(cls)
        ipv_6_disable_account_data.fail_cnt = fail_cnt
        ipv_6_disable_account_data.failures = failures

        ipv_6_disable_account_data.additional_properties = dict(d) if d else {}
        return ipv_6_disable_account_data

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


from ..models.ipv_6_disable_account_data_failures_item import Ipv6DisableAccountDataFailuresItem  # noqa: E402
