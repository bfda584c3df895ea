# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        link_time = d.pop("link_time", UNSET)
        if link_time is None:
            link_time = UNSET
        if not isinstance(link_time, (int, Unset)):
            raise TypeError(f"field link_time: expected integer, got {type(link_time).__name__}")

        preferred_username = d.pop("preferred_username", UNSET)
        if preferred_username is None:
            preferred_username = UNSET
        if not isinstance(preferred_username, (str, Unset)):
            raise TypeError(f"field preferred_username: expected string, got {type(preferred_username).__name__}")

        provider_id = d.pop("provider_id", UNSET)
        if provider_id is None:
            provider_id = UNSET
        if not isinstance(provider_id, (str, Unset)):
            raise TypeError(f"field provider_id: expected string, got {type(provider_id).__name__}")

        provider_protocol = d.pop("provider_protocol", UNSET)
        if provider_protocol is None:
            provider_protocol = UNSET
        if not isinstance(provider_protocol, (str, Unset)):
            raise TypeError(f"field provider_protocol: expected string, got {type(provider_protocol).__name__}")

        subject_unique_identifier = d.pop("subject_unique_identifier", UNSET)
        if subject_unique_identifier is None:
            subject_unique_identifier = UNSET
        if not isinstance(subject_unique_identifier, (str, Unset)):
            raise TypeError(
                f"field subject_unique_identifier: expected string, got {type(subject_unique_identifier).__name__}"
            )

        username = d.pop("username", UNSET)
        if username is None:
            username = UNSET
        if not isinstance(username, (str, Unset)):
            raise TypeError(f"field username: expected string, got {type(username).__name__}")

        get_users_authn_linked_accounts_data_username_linked_accounts_item = cls(
            link_time=link_time,
            preferred_username=preferred_username,
            provider_id=provider_id,
            provider_protocol=provider_protocol,
            subject_unique_identifier=subject_unique_identifier,
            username=username,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_users_authn_linked_accounts_data_username_linked_accounts_item.additional_properties = additional_properties
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
