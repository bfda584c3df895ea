# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_cpgreylist_trusted_host_data_ips_failed import DeleteCpgreylistTrustedHostDataIpsFailed


T = TypeVar("T", bound="DeleteCpgreylistTrustedHostData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ips_failed = d.pop("ips_failed", UNSET)
        ips_failed: DeleteCpgreylistTrustedHostDataIpsFailed | Unset
        if _ips_failed is None or isinstance(_ips_failed, Unset):  # null reads as UNSET
            ips_failed = UNSET
        else:
            if not isinstance(_ips_failed, dict):
                raise TypeError(f"field ips_failed: expected object, got {type(_ips_failed).__name__}")
            ips_failed = DeleteCpgreylistTrustedHostDataIpsFailed.from_dict(_ips_failed)

        _ips_removed = d.pop("ips_removed", UNSET)
        ips_removed: list[str] | Unset = UNSET
        if _ips_removed is not None and not isinstance(_ips_removed, Unset):  # null reads as UNSET
            if not isinstance(_ips_removed, list):
                raise TypeError(f"field ips_removed: expected array, got {type(_ips_removed).__name__}")
            ips_removed = []
            for ips_removed_item_data in _ips_removed:
                ips_removed_item = ips_removed_item_data
                if not isinstance(ips_removed_item, (str,)):
                    raise TypeError(f"field ips_removed_item: expected string, got {type(ips_removed_item).__name__}")

                ips_removed.append(ips_removed_item)

        delete_cpgreylist_trusted_host_data = cls(
            ips_failed=ips_failed,
            ips_removed=ips_removed,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        delete_cpgreylist_trusted_host_data.additional_properties = additional_properties
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
