# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.php_get_vhost_versions_data_versions_item import PhpGetVhostVersionsDataVersionsItem


T = TypeVar("T", bound="PhpGetVhostVersionsData")


@_attrs_define
class PhpGetVhostVersionsData:
    """
    Attributes:
        versions (list[PhpGetVhostVersionsDataVersionsItem] | Unset):
    """

    versions: list[PhpGetVhostVersionsDataVersionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _versions = d.pop("versions", UNSET)
        versions: list[PhpGetVhostVersionsDataVersionsItem] | Unset = UNSET
        if _versions is not None and not isinstance(_versions, Unset):  # null reads as UNSET
            if not isinstance(_versions, list):
                raise TypeError(f"field versions: expected array, got {type(_versions).__name__}")
            versions = []
            for versions_item_data in _versions:
                _versions_item = versions_item_data
                if not isinstance(_versions_item, dict):
                    raise TypeError(f"field versions_item: expected object, got {type(_versions_item).__name__}")
                versions_item = PhpGetVhostVersionsDataVersionsItem.from_dict(_versions_item)

                versions.append(versions_item)

        php_get_vhost_versions_data = cls(
            versions=versions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        php_get_vhost_versions_data.additional_properties = additional_properties
        return php_get_vhost_versions_data

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


from ..models.php_get_vhost_versions_data_versions_item import PhpGetVhostVersionsDataVersionsItem  # noqa: E402
