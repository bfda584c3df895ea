# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetInProductSurveyUrlData")


@_attrs_define
class GetInProductSurveyUrlData:
    """
    Attributes:
        display (str | Unset):
        link (str | Unset):
        max_dismiss (str | Unset):
        new_user (str | Unset):
        server_type (str | Unset):
        submit_event (str | Unset):
        user_type (str | Unset):
    """

    display: str | Unset = UNSET
    link: str | Unset = UNSET
    max_dismiss: str | Unset = UNSET
    new_user: str | Unset = UNSET
    server_type: str | Unset = UNSET
    submit_event: str | Unset = UNSET
    user_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display = self.display

        link = self.link

        max_dismiss = self.max_dismiss

        new_user = self.new_user

        server_type = self.server_type

        submit_event = self.submit_event

        user_type = self.user_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display is not UNSET:
            field_dict["display"] = display
        if link is not UNSET:
            field_dict["link"] = link
        if max_dismiss is not UNSET:
            field_dict["max_dismiss"] = max_dismiss
        if new_user is not UNSET:
            field_dict["new_user"] = new_user
        if server_type is not UNSET:
            field_dict["server_type"] = server_type
        if submit_event is not UNSET:
            field_dict["submit_event"] = submit_event
        if user_type is not UNSET:
            field_dict["user_type"] = user_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display = d.pop("display", UNSET)
        if display is None:
            display = UNSET
        if not isinstance(display, (str, Unset)):
            raise TypeError(f"field display: expected string, got {type(display).__name__}")

        link = d.pop("link", UNSET)
        if link is None:
            link = UNSET
        if not isinstance(link, (str, Unset)):
            raise TypeError(f"field link: expected string, got {type(link).__name__}")

        max_dismiss = d.pop("max_dismiss", UNSET)
        if max_dismiss is None:
            max_dismiss = UNSET
        if not isinstance(max_dismiss, (str, Unset)):
            raise TypeError(f"field max_dismiss: expected string, got {type(max_dismiss).__name__}")

        new_user = d.pop("new_user", UNSET)
        if new_user is None:
            new_user = UNSET
        if not isinstance(new_user, (str, Unset)):
            raise TypeError(f"field new_user: expected string, got {type(new_user).__name__}")

        server_type = d.pop("server_type", UNSET)
        if server_type is None:
            server_type = UNSET
        if not isinstance(server_type, (str, Unset)):
            raise TypeError(f"field server_type: expected string, got {type(server_type).__name__}")

        submit_event = d.pop("submit_event", UNSET)
        if submit_event is None:
            submit_event = UNSET
        if not isinstance(submit_event, (str, Unset)):
            raise TypeError(f"field submit_event: expected string, got {type(submit_event).__name__}")

        user_type = d.pop("user_type", UNSET)
        if user_type is None:
            user_type = UNSET
        if not isinstance(user_type, (str, Unset)):
            raise TypeError(f"field user_type: expected string, got {type(user_type).__name__}")

        get_in_product_survey_url_data = cls(
            display=display,
            link=link,
            max_dismiss=max_dismiss,
            new_user=new_user,
            server_type=server_type,
            submit_event=submit_event,
            user_type=user_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_in_product_survey_url_data.additional_properties = additional_properties
        return get_in_product_survey_url_data

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
