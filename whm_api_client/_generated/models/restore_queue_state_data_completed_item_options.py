# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreQueueStateDataCompletedItemOptions")


@_attrs_define
class RestoreQueueStateDataCompletedItemOptions:
    """
    Attributes:
        give_ip (int | Unset):
        mail_config (int | Unset):
        mysql (int | Unset):
        subdomains (int | Unset):
    """

    give_ip: int | Unset = UNSET
    mail_config: int | Unset = UNSET
    mysql: int | Unset = UNSET
    subdomains: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        give_ip = self.give_ip

        mail_config = self.mail_config

        mysql = self.mysql

        subdomains = self.subdomains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if give_ip is not UNSET:
            field_dict["give_ip"] = give_ip
        if mail_config is not UNSET:
            field_dict["mail_config"] = mail_config
        if mysql is not UNSET:
            field_dict["mysql"] = mysql
        if subdomains is not UNSET:
            field_dict["subdomains"] = subdomains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        give_ip = d.pop("give_ip", UNSET)
        if give_ip is None:
            give_ip = UNSET
        if not isinstance(give_ip, (int, Unset)):
            raise TypeError(f"field give_ip: expected integer, got {type(give_ip).__name__}")

        mail_config = d.pop("mail_config", UNSET)
        if mail_config is None:
            mail_config = UNSET
        if not isinstance(mail_config, (int, Unset)):
            raise TypeError(f"field mail_config: expected integer, got {type(mail_config).__name__}")

        mysql = d.pop("mysql", UNSET)
        if mysql is None:
            mysql = UNSET
        if not isinstance(mysql, (int, Unset)):
            raise TypeError(f"field mysql: expected integer, got {type(mysql).__name__}")

        subdomains = d.pop("subdomains", UNSET)
        if subdomains is None:
            subdomains = UNSET
        if not isinstance(subdomains, (int, Unset)):
            raise TypeError(f"field subdomains: expected integer, got {type(subdomains).__name__}")

        restore_queue_state_data_completed_item_options = cls(
            give_ip=give_ip,
            mail_config=mail_config,
            mysql=mysql,
            subdomains=subdomains,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        restore_queue_state_data_completed_item_options.additional_properties = additional_properties
        return restore_queue_state_data_completed_item_options

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
