# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem")
_new_instance = object.__new__


@_attrs_define
class GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem:
    """
    Attributes:
        link_time (int | Unset):
        preferred_username (str | Unset):
        provider_id (str | Unset):
        provider_protocol (str | Unset):
        subject_unique_identifier (str | Unset):
        username (str | Unset):
    """

    link_time: int | Unset = UNSET
    preferred_username: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    provider_protocol: str | Unset = UNSET
    subject_unique_identifier: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        link_time = self.link_time

        preferred_username = self.preferred_username

        provider_id = self.provider_id

        provider_protocol = self.provider_protocol

        subject_unique_identifier = self.subject_unique_identifier

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link_time is not UNSET:
            field_dict["link_time"] = link_time
        if preferred_username is not UNSET:
            field_dict["preferred_username"] = preferred_username
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_protocol is not UNSET:
            field_dict["provider_protocol"] = provider_protocol
        if subject_unique_identifier is not UNSET:
            field_dict["subject_unique_identifier"] = subject_unique_identifier
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        link_time = d.pop("link_time", UNSET)
        if link_time.__class__ is not int:
            link_time = read_value(link_time, "link_time", "integer", False)

        preferred_username = d.pop("preferred_username", UNSET)
        if preferred_username.__class__ is not str:
            preferred_username = read_value(preferred_username, "preferred_username", "string", False)

        provider_id = d.pop("provider_id", UNSET)
        if provider_id.__class__ is not str:
            provider_id = read_value(provider_id, "provider_id", "string", False)

        provider_protocol = d.pop("provider_protocol", UNSET)
        if provider_protocol.__class__ is not str:
            provider_protocol = read_value(provider_protocol, "provider_protocol", "string", False)

        subject_unique_identifier = d.pop("subject_unique_identifier", UNSET)
        if subject_unique_identifier.__class__ is not str:
            subject_unique_identifier = read_value(
                subject_unique_identifier, "subject_unique_identifier", "string", False
            )

        username = d.pop("username", UNSET)
        if username.__class__ is not str:
            username = read_value(username, "username", "string", False)

        get_users_authn_linked_accounts_data_username_linked_accounts_item = _new_instance(cls)
        get_users_authn_linked_accounts_data_username_linked_accounts_item.link_time = link_time
        get_users_authn_linked_accounts_data_username_linked_accounts_item.preferred_username = preferred_username
        get_users_authn_linked_accounts_data_username_linked_accounts_item.provider_id = provider_id
        get_users_authn_linked_accounts_data_username_linked_accounts_item.provider_protocol = provider_protocol
        get_users_authn_linked_accounts_data_username_linked_accounts_item.subject_unique_identifier = (
            subject_unique_identifier
        )
        get_users_authn_linked_accounts_data_username_linked_accounts_item.username = username

        get_users_authn_linked_accounts_data_username_linked_accounts_item.additional_properties = dict(d) if d else {}
        return get_users_authn_linked_accounts_data_username_linked_accounts_item

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
