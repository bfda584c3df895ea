# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.ipv_6_enable_account_data_failures import Ipv6EnableAccountDataFailures
    from ..models.ipv_6_enable_account_data_ipv_6 import Ipv6EnableAccountDataIpv6


T = TypeVar("T", bound="Ipv6EnableAccountData")
_new_instance = object.__new__


@_attrs_define
class Ipv6EnableAccountData:
    """
    Attributes:
        fail_cnt (int | Unset):
        failures (Ipv6EnableAccountDataFailures | Unset):
        ipv6 (Ipv6EnableAccountDataIpv6 | Unset):
    """

    fail_cnt: int | Unset = UNSET
    failures: Ipv6EnableAccountDataFailures | Unset = UNSET
    ipv6: Ipv6EnableAccountDataIpv6 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        fail_cnt = self.fail_cnt

        failures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failures, Unset):
            failures = self.failures.to_dict()

        ipv6: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ipv6, Unset):
            ipv6 = self.ipv6.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fail_cnt is not UNSET:
            field_dict["fail_cnt"] = fail_cnt
        if failures is not UNSET:
            field_dict["failures"] = failures
        if ipv6 is not UNSET:
            field_dict["ipv6"] = ipv6

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
        failures: Ipv6EnableAccountDataFailures | Unset
        if _failures.__class__ is not dict:
            _failures = read_object(_failures, "failures", False)
        failures = UNSET if _failures is UNSET else Ipv6EnableAccountDataFailures.from_dict(_failures)

        _ipv6 = d.pop("ipv6", UNSET)
        ipv6: Ipv6EnableAccountDataIpv6 | Unset
        if _ipv6.__class__ is not dict:
            _ipv6 = read_object(_ipv6, "ipv6", False)
        ipv6 = UNSET if _ipv6 is UNSET else Ipv6EnableAccountDataIpv6.from_dict(_ipv6)

        ipv_6_enable_account_data = _new_instance(cls)
        ipv_6_enable_account_data.fail_cnt = fail_cnt
        ipv_6_enable_account_data.failures = failures
        ipv_6_enable_account_data.ipv6 = ipv6

        ipv_6_enable_account_data.additional_properties = dict(d) if d else {}
        return ipv_6_enable_account_data

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


from ..models.ipv_6_enable_account_data_failures import Ipv6EnableAccountDataFailures  # noqa: E402
from ..models.ipv_6_enable_account_data_ipv_6 import Ipv6EnableAccountDataIpv6  # noqa: E402
