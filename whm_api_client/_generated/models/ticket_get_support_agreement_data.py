# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="TicketGetSupportAgreementData")
_new_instance = object.__new__


@_attrs_define
class TicketGetSupportAgreementData:
    """
    Attributes:
        title (str | Unset):
        accepted (int | Unset):
        accepted_date (int | None | Unset):
        accepted_date_human (None | str | Unset):
        body (str | Unset):
        create_date (int | Unset):
        create_date_human (str | Unset):
        download_url (str | Unset):
        version (str | Unset):
        view_url (str | Unset):
    """

    title: str | Unset = UNSET
    accepted: int | Unset = UNSET
    accepted_date: int | None | Unset = UNSET
    accepted_date_human: None | str | Unset = UNSET
    body: str | Unset = UNSET
    create_date: int | Unset = UNSET
    create_date_human: str | Unset = UNSET
    download_url: str | Unset = UNSET
    version: str | Unset = UNSET
    view_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        title = self.title

        accepted = self.accepted

        accepted_date: int | None | Unset
        if isinstance(self.accepted_date, Unset):
            accepted_date = UNSET
        else:
            accepted_date = self.accepted_date

        accepted_date_human: None | str | Unset
        if isinstance(self.accepted_date_human, Unset):
            accepted_date_human = UNSET
        else:
            accepted_date_human = self.accepted_date_human

        body = self.body

        create_date = self.create_date

        create_date_human = self.create_date_human

        download_url = self.download_url

        version = self.version

        view_url = self.view_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if accepted_date is not UNSET:
            field_dict["accepted_date"] = accepted_date
        if accepted_date_human is not UNSET:
            field_dict["accepted_date_human"] = accepted_date_human
        if body is not UNSET:
            field_dict["body"] = body
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if create_date_human is not UNSET:
            field_dict["create_date_human"] = create_date_human
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if version is not UNSET:
            field_dict["version"] = version
        if view_url is not UNSET:
            field_dict["view_url"] = view_url

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        if title.__class__ is not str:
            title = read_value(title, "title", "string", False)

        accepted = d.pop("accepted", UNSET)
        if accepted.__class__ is not int:
            accepted = read_value(accepted, "accepted", "integer", False)

        accepted_date = d.pop("accepted_date", UNSET)
        if accepted_date.__class__ is not int and accepted_date is not None:
            accepted_date = read_value(accepted_date, "accepted_date", "integer", False)

        accepted_date_human = d.pop("accepted_date_human", UNSET)
        if accepted_date_human.__class__ is not str and accepted_date_human is not None:
            accepted_date_human = read_value(accepted_date_human, "accepted_date_human", "string", False)

        body = d.pop("body", UNSET)
        if body.__class__ is not str:
            body = read_value(body, "body", "string", False)

        create_date = d.pop("create_date", UNSET)
        if create_date.__class__ is not int:
            create_date = read_value(create_date, "create_date", "integer", False)

        create_date_human = d.pop("create_date_human", UNSET)
        if create_date_human.__class__ is not str:
            create_date_human = read_value(create_date_human, "create_date_human", "string", False)

        download_url = d.pop("download_url", UNSET)
        if download_url.__class__ is not str:
            download_url = read_value(download_url, "download_url", "string", False)

        version = d.pop("version", UNSET)
        if version.__class__ is not str:
            version = read_value(version, "version", "string", False)

        view_url = d.pop("view_url", UNSET)
        if view_url.__class__ is not str:
            view_url = read_value(view_url, "view_url", "string", False)

        ticket_get_support_agreement_data = _new_instance(cls)
        ticket_get_support_agreement_data.title = title
        ticket_get_support_agreement_data.accepted = accepted
        ticket_get_support_agreement_data.accepted_date = accepted_date
        ticket_get_support_agreement_data.accepted_date_human = accepted_date_human
        ticket_get_support_agreement_data.body = body
        ticket_get_support_agreement_data.create_date = create_date
        ticket_get_support_agreement_data.create_date_human = create_date_human
        ticket_get_support_agreement_data.download_url = download_url
        ticket_get_support_agreement_data.version = version
        ticket_get_support_agreement_data.view_url = view_url

        ticket_get_support_agreement_data.additional_properties = dict(d) if d else {}
        return ticket_get_support_agreement_data

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
