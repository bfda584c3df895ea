# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object

if TYPE_CHECKING:
    from ..models.delete_cpgreylist_trusted_host_data_ips_failed import DeleteCpgreylistTrustedHostDataIpsFailed


T = TypeVar("T", bound="DeleteCpgreylistTrustedHostData")
_new_instance = object.__new__


@_attrs_define
class DeleteCpgreylistTrustedHostData:
    """
    Attributes:
        ips_failed (DeleteCpgreylistTrustedHostDataIpsFailed | Unset):
        ips_removed (list[str] | Unset):
    """

    ips_failed: DeleteCpgreylistTrustedHostDataIpsFailed | Unset = UNSET
    ips_removed: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        ips_failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ips_failed, Unset):
            ips_failed = self.ips_failed.to_dict()

        ips_removed: list[str] | Unset = UNSET
        if not isinstance(self.ips_removed, Unset):
            ips_removed = self.ips_removed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ips_failed is not UNSET:
            field_dict["ips_failed"] = ips_failed
        if ips_removed is not UNSET:
            field_dict["ips_removed"] = ips_removed

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ips_failed = d.pop("ips_failed", UNSET)
        ips_failed: DeleteCpgreylistTrustedHostDataIpsFailed | Unset
        if _ips_failed.__class__ is not dict:
            _ips_failed = read_object(_ips_failed, "ips_failed", False)
        ips_failed = UNSET if _ips_failed is UNSET else DeleteCpgreylistTrustedHostDataIpsFailed.from_dict(_ips_failed)

        _ips_removed = d.pop("ips_removed", UNSET)
        if _ips_removed.__class__ is not list:
            _ips_removed = read_list(_ips_removed, "ips_removed", False)
        ips_removed: list[str] | Unset = UNSET
        if _ips_removed is not UNSET:
            ips_removed = _ips_removed
            for _item in _ips_removed:
                if _item.__class__ is not str:
                    ips_removed = read_items(_ips_removed, "ips_removed_item", "string")
                    break

        delete_cpgreylist_trusted_host_data = _new_instance(cls)
        delete_cpgreylist_trusted_host_data.ips_failed = ips_failed
        delete_cpgreylist_trusted_host_data.ips_removed = ips_removed

        delete_cpgreylist_trusted_host_data.additional_properties = dict(d) if d else {}
        return delete_cpgreylist_trusted_host_data

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


from ..models.delete_cpgreylist_trusted_host_data_ips_failed import DeleteCpgreylistTrustedHostDataIpsFailed  # noqa: E402
