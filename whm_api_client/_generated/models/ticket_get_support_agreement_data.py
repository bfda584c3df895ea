# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketGetSupportAgreementData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        if title is None:
            title = UNSET
        if not isinstance(title, (str, Unset)):
            raise TypeError(f"field title: expected string, got {type(title).__name__}")

        accepted = d.pop("accepted", UNSET)
        if accepted is None:
            accepted = UNSET
        if not isinstance(accepted, (int, Unset)):
            raise TypeError(f"field accepted: expected integer, got {type(accepted).__name__}")

        def _parse_accepted_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                accepted_date_type_0 = data
                if not isinstance(accepted_date_type_0, (int,)):
                    raise TypeError(
                        f"field accepted_date_type_0: expected integer, got {type(accepted_date_type_0).__name__}"
                    )

                return accepted_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            accepted_date_type_1 = data
            if accepted_date_type_1 is not None:
                raise TypeError(f"field accepted_date_type_1: expected null, got {type(accepted_date_type_1).__name__}")

            return accepted_date_type_1

        accepted_date = _parse_accepted_date(d.pop("accepted_date", UNSET))

        def _parse_accepted_date_human(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_date_human_type_0 = data
                if not isinstance(accepted_date_human_type_0, (str,)):
                    raise TypeError(
                        f"field accepted_date_human_type_0: expected string, got {type(accepted_date_human_type_0).__name__}"
                    )

                return accepted_date_human_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            accepted_date_human_type_1 = data
            if accepted_date_human_type_1 is not None:
                raise TypeError(
                    f"field accepted_date_human_type_1: expected null, got {type(accepted_date_human_type_1).__name__}"
                )

            return accepted_date_human_type_1

        accepted_date_human = _parse_accepted_date_human(d.pop("accepted_date_human", UNSET))

        body = d.pop("body", UNSET)
        if body is None:
            body = UNSET
        if not isinstance(body, (str, Unset)):
            raise TypeError(f"field body: expected string, got {type(body).__name__}")

        create_date = d.pop("create_date", UNSET)
        if create_date is None:
            create_date = UNSET
        if not isinstance(create_date, (int, Unset)):
            raise TypeError(f"field create_date: expected integer, got {type(create_date).__name__}")

        create_date_human = d.pop("create_date_human", UNSET)
        if create_date_human is None:
            create_date_human = UNSET
        if not isinstance(create_date_human, (str, Unset)):
            raise TypeError(f"field create_date_human: expected string, got {type(create_date_human).__name__}")

        download_url = d.pop("download_url", UNSET)
        if download_url is None:
            download_url = UNSET
        if not isinstance(download_url, (str, Unset)):
            raise TypeError(f"field download_url: expected string, got {type(download_url).__name__}")

        version = d.pop("version", UNSET)
        if version is None:
            version = UNSET
        if not isinstance(version, (str, Unset)):
            raise TypeError(f"field version: expected string, got {type(version).__name__}")

        view_url = d.pop("view_url", UNSET)
        if view_url is None:
            view_url = UNSET
        if not isinstance(view_url, (str, Unset)):
            raise TypeError(f"field view_url: expected string, got {type(view_url).__name__}")

        ticket_get_support_agreement_data = cls(
            title=title,
            accepted=accepted,
            accepted_date=accepted_date,
            accepted_date_human=accepted_date_human,
            body=body,
            create_date=create_date,
            create_date_human=create_date_human,
            download_url=download_url,
            version=version,
            view_url=view_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ticket_get_support_agreement_data.additional_properties = additional_properties
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
