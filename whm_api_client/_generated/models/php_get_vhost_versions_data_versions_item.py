# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.php_get_vhost_versions_data_versions_item_php_fpm_pool_parms import (
        PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms,
    )
    from ..models.php_get_vhost_versions_data_versions_item_phpversion_source_item import (
        PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem,
    )


T = TypeVar("T", bound="PhpGetVhostVersionsDataVersionsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account", UNSET)
        if account is None:
            account = UNSET
        if not isinstance(account, (str, Unset)):
            raise TypeError(f"field account: expected string, got {type(account).__name__}")

        account_owner = d.pop("account_owner", UNSET)
        if account_owner is None:
            account_owner = UNSET
        if not isinstance(account_owner, (str, Unset)):
            raise TypeError(f"field account_owner: expected string, got {type(account_owner).__name__}")

        documentroot = d.pop("documentroot", UNSET)
        if documentroot is None:
            documentroot = UNSET
        if not isinstance(documentroot, (str, Unset)):
            raise TypeError(f"field documentroot: expected string, got {type(documentroot).__name__}")

        homedir = d.pop("homedir", UNSET)
        if homedir is None:
            homedir = UNSET
        if not isinstance(homedir, (str, Unset)):
            raise TypeError(f"field homedir: expected string, got {type(homedir).__name__}")

        is_suspended = d.pop("is_suspended", UNSET)
        if is_suspended is None:
            is_suspended = UNSET
        if not isinstance(is_suspended, (int, Unset)):
            raise TypeError(f"field is_suspended: expected integer, got {type(is_suspended).__name__}")

        main_domain = d.pop("main_domain", UNSET)
        if main_domain is None:
            main_domain = UNSET
        if not isinstance(main_domain, (int, Unset)):
            raise TypeError(f"field main_domain: expected integer, got {type(main_domain).__name__}")

        php_fpm = d.pop("php_fpm", UNSET)
        if php_fpm is None:
            php_fpm = UNSET
        if not isinstance(php_fpm, (int, Unset)):
            raise TypeError(f"field php_fpm: expected integer, got {type(php_fpm).__name__}")

        _php_fpm_pool_parms = d.pop("php_fpm_pool_parms", UNSET)
        php_fpm_pool_parms: PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms | Unset
        if _php_fpm_pool_parms is None or isinstance(_php_fpm_pool_parms, Unset):  # null reads as UNSET
            php_fpm_pool_parms = UNSET
        else:
            if not isinstance(_php_fpm_pool_parms, dict):
                raise TypeError(f"field php_fpm_pool_parms: expected object, got {type(_php_fpm_pool_parms).__name__}")
            php_fpm_pool_parms = PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms.from_dict(_php_fpm_pool_parms)

        _phpversion_source = d.pop("phpversion_source", UNSET)
        phpversion_source: list[PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem] | Unset = UNSET
        if _phpversion_source is not None and not isinstance(_phpversion_source, Unset):  # null reads as UNSET
            if not isinstance(_phpversion_source, list):
                raise TypeError(f"field phpversion_source: expected array, got {type(_phpversion_source).__name__}")
            phpversion_source = []
            for phpversion_source_item_data in _phpversion_source:
                _phpversion_source_item = phpversion_source_item_data
                if not isinstance(_phpversion_source_item, dict):
                    raise TypeError(
                        f"field phpversion_source_item: expected object, got {type(_phpversion_source_item).__name__}"
                    )
                phpversion_source_item = PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem.from_dict(
                    _phpversion_source_item
                )

                phpversion_source.append(phpversion_source_item)

        version = d.pop("version", UNSET)
        if version is None:
            version = UNSET
        if not isinstance(version, (str, Unset)):
            raise TypeError(f"field version: expected string, got {type(version).__name__}")

        vhost = d.pop("vhost", UNSET)
        if vhost is None:
            vhost = UNSET
        if not isinstance(vhost, (str, Unset)):
            raise TypeError(f"field vhost: expected string, got {type(vhost).__name__}")

        php_get_vhost_versions_data_versions_item = cls(
            account=account,
            account_owner=account_owner,
            documentroot=documentroot,
            homedir=homedir,
            is_suspended=is_suspended,
            main_domain=main_domain,
            php_fpm=php_fpm,
            php_fpm_pool_parms=php_fpm_pool_parms,
            phpversion_source=phpversion_source,
            version=version,
            vhost=vhost,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        php_get_vhost_versions_data_versions_item.additional_properties = additional_properties
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
