# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetInProductSurveyUrlData")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display = d.pop("display", UNSET)
        if display.__class__ is not str:
            display = read_value(display, "display", "string", False)

        link = d.pop("link", UNSET)
        if link.__class__ is not str:
            link = read_value(link, "link", "string", False)

        max_dismiss = d.pop("max_dismiss", UNSET)
        if max_dismiss.__class__ is not str:
            max_dismiss = read_value(max_dismiss, "max_dismiss", "string", False)

        new_user = d.pop("new_user", UNSET)
        if new_user.__class__ is not str:
            new_user = read_value(new_user, "new_user", "string", False)

        server_type = d.pop("server_type", UNSET)
        if server_type.__class__ is not str:
            server_type = read_value(server_type, "server_type", "string", False)

        submit_event = d.pop("submit_event", UNSET)
        if submit_event.__class__ is not str:
            submit_event = read_value(submit_event, "submit_event", "string", False)

        user_type = d.pop("user_type", UNSET)
        if user_type.__class__ is not str:
            user_type = read_value(user_type, "user_type", "string", False)

        get_in_product_survey_url_data = _new_instance(cls)
        get_in_product_survey_url_data.display = display
        get_in_product_survey_url_data.link = link
        get_in_product_survey_url_data.max_dismiss = max_dismiss
        get_in_product_survey_url_data.new_user = new_user
        get_in_product_survey_url_data.server_type = server_type
        get_in_product_survey_url_data.submit_event = submit_event
        get_in_product_survey_url_data.user_type = user_type

        get_in_product_survey_url_data.additional_properties = dict(d) if d else {}
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
