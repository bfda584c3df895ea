# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.php_get_vhost_versions_data_versions_item_php_fpm_pool_parms import (
        PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms,
    )
    from ..models.php_get_vhost_versions_data_versions_item_phpversion_source_item import (
        PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem,
    )


T = TypeVar("T", bound="PhpGetVhostVersionsDataVersionsItem")
_new_instance = object.__new__


@_attrs_define
class PhpGetVhostVersionsDataVersionsItem:
    """
    Attributes:
        account (str | Unset):
        account_owner (str | Unset):
        documentroot (str | Unset):
        homedir (str | Unset):
        is_suspended (int | Unset):
        main_domain (int | Unset):
        php_fpm (int | Unset):
        php_fpm_pool_parms (PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms | Unset):
        phpversion_source (list[PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem] | Unset):
        version (str | Unset):
        vhost (str | Unset):
    """

    account: str | Unset = UNSET
    account_owner: str | Unset = UNSET
    documentroot: str | Unset = UNSET
    homedir: str | Unset = UNSET
    is_suspended: int | Unset = UNSET
    main_domain: int | Unset = UNSET
    php_fpm: int | Unset = UNSET
    php_fpm_pool_parms: PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms | Unset = UNSET
    phpversion_source: list[PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem] | Unset = UNSET
    version: str | Unset = UNSET
    vhost: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        account = self.account

        account_owner = self.account_owner

        documentroot = self.documentroot

        homedir = self.homedir

        is_suspended = self.is_suspended

        main_domain = self.main_domain

        php_fpm = self.php_fpm

        php_fpm_pool_parms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.php_fpm_pool_parms, Unset):
            php_fpm_pool_parms = self.php_fpm_pool_parms.to_dict()

        phpversion_source: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phpversion_source, Unset):
            phpversion_source = []
            for phpversion_source_item_data in self.phpversion_source:
                phpversion_source_item = phpversion_source_item_data.to_dict()
                phpversion_source.append(phpversion_source_item)

        version = self.version

        vhost = self.vhost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if account_owner is not UNSET:
            field_dict["account_owner"] = account_owner
        if documentroot is not UNSET:
            field_dict["documentroot"] = documentroot
        if homedir is not UNSET:
            field_dict["homedir"] = homedir
        if is_suspended is not UNSET:
            field_dict["is_suspended"] = is_suspended
        if main_domain is not UNSET:
            field_dict["main_domain"] = main_domain
        if php_fpm is not UNSET:
            field_dict["php_fpm"] = php_fpm
        if php_fpm_pool_parms is not UNSET:
            field_dict["php_fpm_pool_parms"] = php_fpm_pool_parms
        if phpversion_source is not UNSET:
            field_dict["phpversion_source"] = phpversion_source
        if version is not UNSET:
            field_dict["version"] = version
        if vhost is not UNSET:
            field_dict["vhost"] = vhost

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account", UNSET)
        if account.__class__ is not str:
            account = read_value(account, "account", "string", False)

        account_owner = d.pop("account_owner", UNSET)
        if account_owner.__class__ is not str:
            account_owner = read_value(account_owner, "account_owner", "string", False)

        documentroot = d.pop("documentroot", UNSET)
        if documentroot.__class__ is not str:
            documentroot = read_value(documentroot, "documentroot", "string", False)

        homedir = d.pop("homedir", UNSET)
        if homedir.__class__ is not str:
            homedir = read_value(homedir, "homedir", "string", False)

        is_suspended = d.pop("is_suspended", UNSET)
        if is_suspended.__class__ is not int:
            is_suspended = read_value(is_suspended, "is_suspended", "integer", False)

        main_domain = d.pop("main_domain", UNSET)
        if main_domain.__class__ is not int:
            main_domain = read_value(main_domain, "main_domain", "integer", False)

        php_fpm = d.pop("php_fpm", UNSET)
        if php_fpm.__class__ is not int:
            php_fpm = read_value(php_fpm, "php_fpm", "integer", False)

        _php_fpm_pool_parms = d.pop("php_fpm_pool_parms", UNSET)
        php_fpm_pool_parms: PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms | Unset
        if _php_fpm_pool_parms.__class__ is not dict:
            _php_fpm_pool_parms = read_object(_php_fpm_pool_parms, "php_fpm_pool_parms", False)
        php_fpm_pool_parms = (
            UNSET
            if _php_fpm_pool_parms is UNSET
            else PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms.from_dict(_php_fpm_pool_parms)
        )

        _phpversion_source = d.pop("phpversion_source", UNSET)
        if _phpversion_source.__class__ is not list:
            _phpversion_source = read_list(_phpversion_source, "phpversion_source", False)
        phpversion_source: list[PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem] | Unset = UNSET
        if _phpversion_source is not UNSET:
            phpversion_source = []
            for phpversion_source_item_data in _phpversion_source:
                _phpversion_source_item = phpversion_source_item_data
                if _phpversion_source_item.__class__ is not dict:
                    _phpversion_source_item = read_object(_phpversion_source_item, "phpversion_source_item", True)
                phpversion_source_item = PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem.from_dict(
                    _phpversion_source_item
                )

                phpversion_source.append(phpversion_source_item)

        version = d.pop("version", UNSET)
        if version.__class__ is not str:
            version = read_value(version, "version", "string", False)

        vhost = d.pop("vhost", UNSET)
        if vhost.__class__ is not str:
            vhost = read_value(vhost, "vhost", "string", False)

        php_get_vhost_versions_data_versions_item = _new_instance(cls)
        php_get_vhost_versions_data_versions_item.account = account
        php_get_vhost_versions_data_versions_item.account_owner = account_owner
        php_get_vhost_versions_data_versions_item.documentroot = documentroot
        php_get_vhost_versions_data_versions_item.homedir = homedir
        php_get_vhost_versions_data_versions_item.is_suspended = is_suspended
        php_get_vhost_versions_data_versions_item.main_domain = main_domain
        php_get_vhost_versions_data_versions_item.php_fpm = php_fpm
        php_get_vhost_versions_data_versions_item.php_fpm_pool_parms = php_fpm_pool_parms
        php_get_vhost_versions_data_versions_item.phpversion_source = phpversion_source
        php_get_vhost_versions_data_versions_item.version = version
        php_get_vhost_versions_data_versions_item.vhost = vhost

        php_get_vhost_versions_data_versions_item.additional_properties = dict(d) if d else {}
        return php_get_vhost_versions_data_versions_item

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


from ..models.php_get_vhost_versions_data_versions_item_php_fpm_pool_parms import (
    PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms,  # noqa: E402
)
from ..models.php_get_vhost_versions_data_versions_item_phpversion_source_item import (
    PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem,  # noqa: E402
)
