# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_cpgreylist_trusted_host_data_ips_added_item import CreateCpgreylistTrustedHostDataIpsAddedItem
    from ..models.create_cpgreylist_trusted_host_data_ips_failed import CreateCpgreylistTrustedHostDataIpsFailed


T = TypeVar("T", bound="CreateCpgreylistTrustedHostData")


@_attrs_define
class CreateCpgreylistTrustedHostData:
    """
    Attributes:
        comment (str | Unset):
        ips_added (list[CreateCpgreylistTrustedHostDataIpsAddedItem] | Unset):
        ips_failed (CreateCpgreylistTrustedHostDataIpsFailed | Unset):
    """

    comment: str | Unset = UNSET
    ips_added: list[CreateCpgreylistTrustedHostDataIpsAddedItem] | Unset = UNSET
    ips_failed: CreateCpgreylistTrustedHostDataIpsFailed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        ips_added: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ips_added, Unset):
            ips_added = []
            for ips_added_item_data in self.ips_added:
                ips_added_item = ips_added_item_data.to_dict()
                ips_added.append(ips_added_item)

        ips_failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ips_failed, Unset):
            ips_failed = self.ips_failed.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if ips_added is not UNSET:
            field_dict["ips_added"] = ips_added
        if ips_failed is not UNSET:
            field_dict["ips_failed"] = ips_failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)
        if comment is None:
            comment = UNSET
        if not isinstance(comment, (str, Unset)):
            raise TypeError(f"field comment: expected string, got {type(comment).__name__}")

        _ips_added = d.pop("ips_added", UNSET)
        ips_added: list[CreateCpgreylistTrustedHostDataIpsAddedItem] | Unset = UNSET
        if _ips_added is not None and not isinstance(_ips_added, Unset):  # null reads as UNSET
            if not isinstance(_ips_added, list):
                raise TypeError(f"field ips_added: expected array, got {type(_ips_added).__name__}")
            ips_added = []
            for ips_added_item_data in _ips_added:
                _ips_added_item = ips_added_item_data
                if not isinstance(_ips_added_item, dict):
                    raise TypeError(f"field ips_added_item: expected object, got {type(_ips_added_item).__name__}")
                ips_added_item = CreateCpgreylistTrustedHostDataIpsAddedItem.from_dict(_ips_added_item)

                ips_added.append(ips_added_item)

        _ips_failed = d.pop("ips_failed", UNSET)
        ips_failed: CreateCpgreylistTrustedHostDataIpsFailed | Unset
        if _ips_failed is None or isinstance(_ips_failed, Unset):  # null reads as UNSET
            ips_failed = UNSET
        else:
            if not isinstance(_ips_failed, dict):
                raise TypeError(f"field ips_failed: expected object, got {type(_ips_failed).__name__}")
            ips_failed = CreateCpgreylistTrustedHostDataIpsFailed.from_dict(_ips_failed)

        create_cpgreylist_trusted_host_data = cls(
            comment=comment,
            ips_added=ips_added,
            ips_failed=ips_failed,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        create_cpgreylist_trusted_host_data.additional_properties = additional_properties
        return create_cpgreylist_trusted_host_data

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


from ..models.create_cpgreylist_trusted_host_data_ips_added_item import CreateCpgreylistTrustedHostDataIpsAddedItem  # noqa: E402
from ..models.create_cpgreylist_trusted_host_data_ips_failed import CreateCpgreylistTrustedHostDataIpsFailed  # noqa: E402
