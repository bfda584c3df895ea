# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.matchpkgs_data_pkg import MatchpkgsDataPkg


T = TypeVar("T", bound="MatchpkgsData")


@_attrs_define
class MatchpkgsData:
    """
    Attributes:
        pkg (MatchpkgsDataPkg | Unset):
    """

    pkg: MatchpkgsDataPkg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pkg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pkg, Unset):
            pkg = self.pkg.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pkg is not UNSET:
            field_dict["pkg"] = pkg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pkg = d.pop("pkg", UNSET)
        pkg: MatchpkgsDataPkg | Unset
        if _pkg is None or isinstance(_pkg, Unset):  # null reads as UNSET
            pkg = UNSET
        else:
            if not isinstance(_pkg, dict):
                raise TypeError(f"field pkg: expected object, got {type(_pkg).__name__}")
            pkg = MatchpkgsDataPkg.from_dict(_pkg)

        matchpkgs_data = cls(
            pkg=pkg,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        matchpkgs_data.additional_properties = additional_properties
        return matchpkgs_data

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


from ..models.matchpkgs_data_pkg import MatchpkgsDataPkg  # noqa: E402
