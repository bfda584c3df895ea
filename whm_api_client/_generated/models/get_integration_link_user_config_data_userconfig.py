# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetIntegrationLinkUserConfigDataUserconfig")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app = d.pop("app", UNSET)
        if app is None:
            app = UNSET
        if not isinstance(app, (str, Unset)):
            raise TypeError(f"field app: expected string, got {type(app).__name__}")

        autologin_token_url = d.pop("autologin_token_url", UNSET)
        if autologin_token_url is None:
            autologin_token_url = UNSET
        if not isinstance(autologin_token_url, (str, Unset)):
            raise TypeError(f"field autologin_token_url: expected string, got {type(autologin_token_url).__name__}")

        base64_png_image = d.pop("base64_png_image", UNSET)
        if base64_png_image is None:
            base64_png_image = UNSET
        if not isinstance(base64_png_image, (str, Unset)):
            raise TypeError(f"field base64_png_image: expected string, got {type(base64_png_image).__name__}")

        implements = d.pop("implements", UNSET)
        if implements is None:
            implements = UNSET
        if not isinstance(implements, (str, Unset)):
            raise TypeError(f"field implements: expected string, got {type(implements).__name__}")

        label = d.pop("label", UNSET)
        if label is None:
            label = UNSET
        if not isinstance(label, (str, Unset)):
            raise TypeError(f"field label: expected string, got {type(label).__name__}")

        subscriber_unique_id = d.pop("subscriber_unique_id", UNSET)
        if subscriber_unique_id is None:
            subscriber_unique_id = UNSET
        if not isinstance(subscriber_unique_id, (str, Unset)):
            raise TypeError(f"field subscriber_unique_id: expected string, got {type(subscriber_unique_id).__name__}")

        url = d.pop("url", UNSET)
        if url is None:
            url = UNSET
        if not isinstance(url, (str, Unset)):
            raise TypeError(f"field url: expected string, got {type(url).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        get_integration_link_user_config_data_userconfig = cls(
            app=app,
            autologin_token_url=autologin_token_url,
            base64_png_image=base64_png_image,
            implements=implements,
            label=label,
            subscriber_unique_id=subscriber_unique_id,
            url=url,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_integration_link_user_config_data_userconfig.additional_properties = additional_properties
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
