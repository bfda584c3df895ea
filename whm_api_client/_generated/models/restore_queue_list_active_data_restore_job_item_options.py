# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="RestoreQueueListActiveDataRestoreJobItemOptions")
_new_instance = object.__new__


@_attrs_define
class RestoreQueueListActiveDataRestoreJobItemOptions:
    """
    Attributes:
        destid (str | Unset):
        give_ip (int | Unset):
        mail_config (int | Unset):
        mysql (int | Unset):
        subdomains (int | Unset):
    """

    destid: str | Unset = UNSET
    give_ip: int | Unset = UNSET
    mail_config: int | Unset = UNSET
    mysql: int | Unset = UNSET
    subdomains: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        destid = self.destid

        give_ip = self.give_ip

        mail_config = self.mail_config

        mysql = self.mysql

        subdomains = self.subdomains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destid is not UNSET:
            field_dict["destid"] = destid
        if give_ip is not UNSET:
            field_dict["give_ip"] = give_ip
        if mail_config is not UNSET:
            field_dict["mail_config"] = mail_config
        if mysql is not UNSET:
            field_dict["mysql"] = mysql
        if subdomains is not UNSET:
            field_dict["subdomains"] = subdomains

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destid = d.pop("destid", UNSET)
        if destid.__class__ is not str:
            destid = read_value(destid, "destid", "string", False)

        give_ip = d.pop("give_ip", UNSET)
        if give_ip.__class__ is not int:
            give_ip = read_value(give_ip, "give_ip", "integer", False)

        mail_config = d.pop("mail_config", UNSET)
        if mail_config.__class__ is not int:
            mail_config = read_value(mail_config, "mail_config", "integer", False)

        mysql = d.pop("mysql", UNSET)
        if mysql.__class__ is not int:
            mysql = read_value(mysql, "mysql", "integer", False)

        subdomains = d.pop("subdomains", UNSET)
        if subdomains.__class__ is not int:
            subdomains = read_value(subdomains, "subdomains", "integer", False)

        restore_queue_list_active_data_restore_job_item_options = _new_instance(cls)
        restore_queue_list_active_data_restore_job_item_options.destid = destid
        restore_queue_list_active_data_restore_job_item_options.give_ip = give_ip
        restore_queue_list_active_data_restore_job_item_options.mail_config = mail_config
        restore_queue_list_active_data_restore_job_item_options.mysql = mysql
        restore_queue_list_active_data_restore_job_item_options.subdomains = subdomains

        restore_queue_list_active_data_restore_job_item_options.additional_properties = dict(d) if d else {}
        return restore_queue_list_active_data_restore_job_item_options

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
