# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_cphulk_failed_logins_data_failed_logins_item import GetCphulkFailedLoginsDataFailedLoginsItem


T = TypeVar("T", bound="GetCphulkFailedLoginsData")


@_attrs_define
class GetCphulkFailedLoginsData:
    """
    Attributes:
        failed_logins (list[GetCphulkFailedLoginsDataFailedLoginsItem] | Unset):
    """

    failed_logins: list[GetCphulkFailedLoginsDataFailedLoginsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed_logins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_logins, Unset):
            failed_logins = []
            for failed_logins_item_data in self.failed_logins:
                failed_logins_item = failed_logins_item_data.to_dict()
                failed_logins.append(failed_logins_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failed_logins is not UNSET:
            field_dict["failed_logins"] = failed_logins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _failed_logins = d.pop("failed_logins", UNSET)
        failed_logins: list[GetCphulkFailedLoginsDataFailedLoginsItem] | Unset = UNSET
        if _failed_logins is not None and not isinstance(_failed_logins, Unset):  # null reads as UNSET
            if not isinstance(_failed_logins, list):
                raise TypeError(f"field failed_logins: expected array, got {type(_failed_logins).__name__}")
            failed_logins = []
            for failed_logins_item_data in _failed_logins:
                _failed_logins_item = failed_logins_item_data
                if not isinstance(_failed_logins_item, dict):
                    raise TypeError(
                        f"field failed_logins_item: expected object, got {type(_failed_logins_item).__name__}"
                    )
                failed_logins_item = GetCphulkFailedLoginsDataFailedLoginsItem.from_dict(_failed_logins_item)

                failed_logins.append(failed_logins_item)

        get_cphulk_failed_logins_data = cls(
            failed_logins=failed_logins,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_cphulk_failed_logins_data.additional_properties = additional_properties
        return get_cphulk_failed_logins_data

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


from ..models.get_cphulk_failed_logins_data_failed_logins_item import GetCphulkFailedLoginsDataFailedLoginsItem  # noqa: E402
