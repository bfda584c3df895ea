# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetIntegrationLinkUserConfigDataUserconfig")
_new_instance = object.__new__


@_attrs_define
class GetIntegrationLinkUserConfigDataUserconfig:
    """
    Attributes:
        app (str | Unset):
        autologin_token_url (str | Unset):
        base64_png_image (str | Unset):
        implements (str | Unset):
        label (str | Unset):
        subscriber_unique_id (str | Unset):
        url (str | Unset):
        user (str | Unset):
    """

    app: str | Unset = UNSET
    autologin_token_url: str | Unset = UNSET
    base64_png_image: str | Unset = UNSET
    implements: str | Unset = UNSET
    label: str | Unset = UNSET
    subscriber_unique_id: str | Unset = UNSET
    url: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        app = self.app

        autologin_token_url = self.autologin_token_url

        base64_png_image = self.base64_png_image

        implements = self.implements

        label = self.label

        subscriber_unique_id = self.subscriber_unique_id

        url = self.url

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app is not UNSET:
            field_dict["app"] = app
        if autologin_token_url is not UNSET:
            field_dict["autologin_token_url"] = autologin_token_url
        if base64_png_image is not UNSET:
            field_dict["base64_png_image"] = base64_png_image
        if implements is not UNSET:
            field_dict["implements"] = implements
        if label is not UNSET:
            field_dict["label"] = label
        if subscriber_unique_id is not UNSET:
            field_dict["subscriber_unique_id"] = subscriber_unique_id
        if url is not UNSET:
            field_dict["url"] = url
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app = d.pop("app", UNSET)
        if app.__class__ is not str:
            app = read_value(app, "app", "string", False)

        autologin_token_url = d.pop("autologin_token_url", UNSET)
        if autologin_token_url.__class__ is not str:
            autologin_token_url = read_value(autologin_token_url, "autologin_token_url", "string", False)

        base64_png_image = d.pop("base64_png_image", UNSET)
        if base64_png_image.__class__ is not str:
            base64_png_image = read_value(base64_png_image, "base64_png_image", "string", False)

        implements = d.pop("implements", UNSET)
        if implements.__class__ is not str:
            implements = read_value(implements, "implements", "string", False)

        label = d.pop("label", UNSET)
        if label.__class__ is not str:
            label = read_value(label, "label", "string", False)

        subscriber_unique_id = d.pop("subscriber_unique_id", UNSET)
        if subscriber_unique_id.__class__ is not str:
            subscriber_unique_id = read_value(subscriber_unique_id, "subscriber_unique_id", "string", False)

        url = d.pop("url", UNSET)
        if url.__class__ is not str:
            url = read_value(url, "url", "string", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        get_integration_link_user_config_data_userconfig = _new_instance(cls)
        get_integration_link_user_config_data_userconfig.app = app
        get_integration_link_user_config_data_userconfig.autologin_token_url = autologin_token_url
        get_integration_link_user_config_data_userconfig.base64_png_image = base64_png_image
        get_integration_link_user_config_data_userconfig.implements = implements
        get_integration_link_user_config_data_userconfig.label = label
        get_integration_link_user_config_data_userconfig.subscriber_unique_id = subscriber_unique_id
        get_integration_link_user_config_data_userconfig.url = url
        get_integration_link_user_config_data_userconfig.user = user

        get_integration_link_user_config_data_userconfig.additional_properties = dict(d) if d else {}
        return get_integration_link_user_config_data_userconfig

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
