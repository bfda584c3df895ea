# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property_digests_item import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem,
    )


T = TypeVar("T", bound="FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalProperty")


@_attrs_define
class FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalProperty:
    """
    Attributes:
        active (int | Unset):
        algo_desc (str | Unset):
        algo_num (int | Unset):
        algo_tag (str | Unset):
        bits (int | Unset):
        created (int | Unset):
        digests (list[FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem] | Unset):
        flags (int | Unset):
        key_id (int | Unset):
        key_tag (int | Unset):
        key_type (str | Unset):
        privatekey (str | Unset):
    """

    active: int | Unset = UNSET
    algo_desc: str | Unset = UNSET
    algo_num: int | Unset = UNSET
    algo_tag: str | Unset = UNSET
    bits: int | Unset = UNSET
    created: int | Unset = UNSET
    digests: list[FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem] | Unset = UNSET
    flags: int | Unset = UNSET
    key_id: int | Unset = UNSET
    key_tag: int | Unset = UNSET
    key_type: str | Unset = UNSET
    privatekey: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        algo_desc = self.algo_desc

        algo_num = self.algo_num

        algo_tag = self.algo_tag

        bits = self.bits

        created = self.created

        digests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.digests, Unset):
            digests = []
            for digests_item_data in self.digests:
                digests_item = digests_item_data.to_dict()
                digests.append(digests_item)

        flags = self.flags

        key_id = self.key_id

        key_tag = self.key_tag

        key_type = self.key_type

        privatekey = self.privatekey

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if algo_desc is not UNSET:
            field_dict["algo_desc"] = algo_desc
        if algo_num is not UNSET:
            field_dict["algo_num"] = algo_num
        if algo_tag is not UNSET:
            field_dict["algo_tag"] = algo_tag
        if bits is not UNSET:
            field_dict["bits"] = bits
        if created is not UNSET:
            field_dict["created"] = created
        if digests is not UNSET:
            field_dict["digests"] = digests
        if flags is not UNSET:
            field_dict["flags"] = flags
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if key_tag is not UNSET:
            field_dict["key_tag"] = key_tag
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if privatekey is not UNSET:
            field_dict["privatekey"] = privatekey

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if active is None:
            active = UNSET
        if not isinstance(active, (int, Unset)):
            raise TypeError(f"field active: expected integer, got {type(active).__name__}")

        algo_desc = d.pop("algo_desc", UNSET)
        if algo_desc is None:
            algo_desc = UNSET
        if not isinstance(algo_desc, (str, Unset)):
            raise TypeError(f"field algo_desc: expected string, got {type(algo_desc).__name__}")

        algo_num = d.pop("algo_num", UNSET)
        if algo_num is None:
            algo_num = UNSET
        if not isinstance(algo_num, (int, Unset)):
            raise TypeError(f"field algo_num: expected integer, got {type(algo_num).__name__}")

        algo_tag = d.pop("algo_tag", UNSET)
        if algo_tag is None:
            algo_tag = UNSET
        if not isinstance(algo_tag, (str, Unset)):
            raise TypeError(f"field algo_tag: expected string, got {type(algo_tag).__name__}")

        bits = d.pop("bits", UNSET)
        if bits is None:
            bits = UNSET
        if not isinstance(bits, (int, Unset)):
            raise TypeError(f"field bits: expected integer, got {type(bits).__name__}")

        created = d.pop("created", UNSET)
        if created is None:
            created = UNSET
        if not isinstance(created, (int, Unset)):
            raise TypeError(f"field created: expected integer, got {type(created).__name__}")

        _digests = d.pop("digests", UNSET)
        digests: list[FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem] | Unset = UNSET
        if _digests is not None and not isinstance(_digests, Unset):  # null reads as UNSET
            if not isinstance(_digests, list):
                raise TypeError(f"field digests: expected array, got {type(_digests).__name__}")
            digests = []
            for digests_item_data in _digests:
                _digests_item = digests_item_data
                if not isinstance(_digests_item, dict):
                    raise TypeError(f"field digests_item: expected object, got {type(_digests_item).__name__}")
                digests_item = (
                    FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem.from_dict(
                        _digests_item
                    )
                )

                digests.append(digests_item)

        flags = d.pop("flags", UNSET)
        if flags is None:
            flags = UNSET
        if not isinstance(flags, (int, Unset)):
            raise TypeError(f"field flags: expected integer, got {type(flags).__name__}")

        key_id = d.pop("key_id", UNSET)
        if key_id is None:
            key_id = UNSET
        if not isinstance(key_id, (int, Unset)):
            raise TypeError(f"field key_id: expected integer, got {type(key_id).__name__}")

        key_tag = d.pop("key_tag", UNSET)
        if key_tag is None:
            key_tag = UNSET
        if not isinstance(key_tag, (int, Unset)):
            raise TypeError(f"field key_tag: expected integer, got {type(key_tag).__name__}")

        key_type = d.pop("key_type", UNSET)
        if key_type is None:
            key_type = UNSET
        if not isinstance(key_type, (str, Unset)):
            raise TypeError(f"field key_type: expected string, got {type(key_type).__name__}")

        privatekey = d.pop("privatekey", UNSET)
        if privatekey is None:
            privatekey = UNSET
        if not isinstance(privatekey, (str, Unset)):
            raise TypeError(f"field privatekey: expected string, got {type(privatekey).__name__}")

        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property = cls(
            active=active,
            algo_desc=algo_desc,
            algo_num=algo_num,
            algo_tag=algo_tag,
            bits=bits,
            created=created,
            digests=digests,
            flags=flags,
            key_id=key_id,
            key_tag=key_tag,
            key_type=key_type,
            privatekey=privatekey,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property.additional_properties = (
            additional_properties
        )
        return fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property

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


from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property_digests_item import (
    FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem,  # noqa: E402
)
