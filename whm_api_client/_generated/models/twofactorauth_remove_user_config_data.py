# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.twofactorauth_remove_user_config_data_failed import TwofactorauthRemoveUserConfigDataFailed


T = TypeVar("T", bound="TwofactorauthRemoveUserConfigData")


@_attrs_define
class TwofactorauthRemoveUserConfigData:
    """
    Attributes:
        failed (TwofactorauthRemoveUserConfigDataFailed | Unset):
        users_modified (list[str] | Unset):
    """

    failed: TwofactorauthRemoveUserConfigDataFailed | Unset = UNSET
    users_modified: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed.to_dict()

        users_modified: list[str] | Unset = UNSET
        if not isinstance(self.users_modified, Unset):
            users_modified = self.users_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failed is not UNSET:
            field_dict["failed"] = failed
        if users_modified is not UNSET:
            field_dict["users_modified"] = users_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _failed = d.pop("failed", UNSET)
        failed: TwofactorauthRemoveUserConfigDataFailed | Unset
        if _failed is None or isinstance(_failed, Unset):  # null reads as UNSET
            failed = UNSET
        else:
            if not isinstance(_failed, dict):
                raise TypeError(f"field failed: expected object, got {type(_failed).__name__}")
            failed = TwofactorauthRemoveUserConfigDataFailed.from_dict(_failed)

        _users_modified = d.pop("users_modified", UNSET)
        users_modified: list[str] | Unset = UNSET
        if _users_modified is not None and not isinstance(_users_modified, Unset):  # null reads as UNSET
            if not isinstance(_users_modified, list):
                raise TypeError(f"field users_modified: expected array, got {type(_users_modified).__name__}")
            users_modified = []
            for users_modified_item_data in _users_modified:
                users_modified_item = users_modified_item_data
                if not isinstance(users_modified_item, (str,)):
                    raise TypeError(
                        f"field users_modified_item: expected string, got {type(users_modified_item).__name__}"
                    )

                users_modified.append(users_modified_item)

        twofactorauth_remove_user_config_data = cls(
            failed=failed,
            users_modified=users_modified,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        twofactorauth_remove_user_config_data.additional_properties = additional_properties
        return twofactorauth_remove_user_config_data

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


from ..models.twofactorauth_remove_user_config_data_failed import TwofactorauthRemoveUserConfigDataFailed  # noqa: E402
