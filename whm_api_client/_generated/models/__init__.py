# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Models of WHM API 1 arguments and replies. Generated; do not edit.

Models load on first attribute access (PEP 562), so using one function
doesn't import all of them. Type checkers see every name.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abort_transfer_session_reply import AbortTransferSessionReply
    from .accept_eula_reply import AcceptEulaReply
    from .accesshash_data import AccesshashData
    from .accesshash_generate import AccesshashGenerate
    from .accesshash_reply import AccesshashReply
    from .accountsummary_data import AccountsummaryData
    from .accountsummary_data_acct_item import AccountsummaryDataAcctItem
    from .accountsummary_data_acct_item_child_nodes_item import AccountsummaryDataAcctItemChildNodesItem
    from .accountsummary_reply import AccountsummaryReply
    from .acctcounts_data import AcctcountsData
    from .acctcounts_data_reseller import AcctcountsDataReseller
    from .acctcounts_reply import AcctcountsReply
    from .activate_zone_key_reply import ActivateZoneKeyReply
    from .add_autossl_user_excluded_domains_reply import AddAutosslUserExcludedDomainsReply
    from .add_configclusterserver_body import AddConfigclusterserverBody
    from .add_configclusterserver_reply import AddConfigclusterserverReply
    from .add_override_features_for_user_reply import AddOverrideFeaturesForUserReply
    from .add_zone_key_active import AddZoneKeyActive
    from .add_zone_key_algo_num import AddZoneKeyAlgoNum
    from .add_zone_key_data import AddZoneKeyData
    from .add_zone_key_reply import AddZoneKeyReply
    from .adddns_reply import AdddnsReply
    from .addips_reply import AddipsReply
    from .addpkg_cgi import AddpkgCgi
    from .addpkg_data import AddpkgData
    from .addpkg_digestauth import AddpkgDigestauth
    from .addpkg_frontpage import AddpkgFrontpage
    from .addpkg_hasshell import AddpkgHasshell
    from .addpkg_ip import AddpkgIp
    from .addpkg_reply import AddpkgReply
    from .addpkgext_data import AddpkgextData
    from .addpkgext_reply import AddpkgextReply
    from .addzonerecord_reply import AddzonerecordReply
    from .allow_all_whm_root_access_reply import AllowAllWhmRootAccessReply
    from .analyze_transfer_session_remote_reply import AnalyzeTransferSessionRemoteReply
    from .api_token_create_data import ApiTokenCreateData
    from .api_token_create_reply import ApiTokenCreateReply
    from .api_token_get_details_reply import ApiTokenGetDetailsReply
    from .api_token_list_data import ApiTokenListData
    from .api_token_list_data_tokens import ApiTokenListDataTokens
    from .api_token_list_data_tokens_additional_property import ApiTokenListDataTokensAdditionalProperty
    from .api_token_list_data_tokens_additional_property_acls import ApiTokenListDataTokensAdditionalPropertyAcls
    from .api_token_list_reply import ApiTokenListReply
    from .api_token_revoke_reply import ApiTokenRevokeReply
    from .api_token_update_data import ApiTokenUpdateData
    from .api_token_update_reply import ApiTokenUpdateReply
    from .api_version import ApiVersion
    from .applist_data import ApplistData
    from .applist_reply import ApplistReply
    from .apply_dmarc_data import ApplyDmarcData
    from .apply_dmarc_data_payload_item import ApplyDmarcDataPayloadItem
    from .apply_dmarc_reply import ApplyDmarcReply
    from .assign_account_enhancement_reply import AssignAccountEnhancementReply
    from .authorizesshkey_authorize import AuthorizesshkeyAuthorize
    from .authorizesshkey_data import AuthorizesshkeyData
    from .authorizesshkey_reply import AuthorizesshkeyReply
    from .available_transfer_modules_data import AvailableTransferModulesData
    from .available_transfer_modules_data_modules import AvailableTransferModulesDataModules
    from .available_transfer_modules_reply import AvailableTransferModulesReply
    from .background_mysql_upgrade_checker_run_data import BackgroundMysqlUpgradeCheckerRunData
    from .background_mysql_upgrade_checker_run_reply import BackgroundMysqlUpgradeCheckerRunReply
    from .background_mysql_upgrade_status_data import BackgroundMysqlUpgradeStatusData
    from .background_mysql_upgrade_status_reply import BackgroundMysqlUpgradeStatusReply
    from .backup_config_get_data import BackupConfigGetData
    from .backup_config_get_data_backup_config import BackupConfigGetDataBackupConfig
    from .backup_config_get_reply import BackupConfigGetReply
    from .backup_config_set_backup_daily_enable import BackupConfigSetBackupDailyEnable
    from .backup_config_set_backup_monthly_enable import BackupConfigSetBackupMonthlyEnable
    from .backup_config_set_backup_weekly_enable import BackupConfigSetBackupWeeklyEnable
    from .backup_config_set_backupbwdata import BackupConfigSetBackupbwdata
    from .backup_config_set_backupfiles import BackupConfigSetBackupfiles
    from .backup_config_set_backuplogs import BackupConfigSetBackuplogs
    from .backup_config_set_backupsuspendedaccts import BackupConfigSetBackupsuspendedaccts
    from .backup_config_set_backuptype import BackupConfigSetBackuptype
    from .backup_config_set_check_min_free_space import BackupConfigSetCheckMinFreeSpace
    from .backup_config_set_force_prune_daily import BackupConfigSetForcePruneDaily
    from .backup_config_set_force_prune_monthly import BackupConfigSetForcePruneMonthly
    from .backup_config_set_force_prune_weekly import BackupConfigSetForcePruneWeekly
    from .backup_config_set_linkdest import BackupConfigSetLinkdest
    from .backup_config_set_localzonesonly import BackupConfigSetLocalzonesonly
    from .backup_config_set_min_free_space_unit import BackupConfigSetMinFreeSpaceUnit
    from .backup_config_set_mysqlbackup import BackupConfigSetMysqlbackup
    from .backup_config_set_postbackup import BackupConfigSetPostbackup
    from .backup_config_set_prebackup import BackupConfigSetPrebackup
    from .backup_config_set_psqlbackup import BackupConfigSetPsqlbackup
    from .backup_config_set_reply import BackupConfigSetReply
    from .backup_date_list_data import BackupDateListData
    from .backup_date_list_reply import BackupDateListReply
    from .backup_destination_add_authtype import BackupDestinationAddAuthtype
    from .backup_destination_add_data import BackupDestinationAddData
    from .backup_destination_add_disabled import BackupDestinationAddDisabled
    from .backup_destination_add_mount import BackupDestinationAddMount
    from .backup_destination_add_no_mount_fail import BackupDestinationAddNoMountFail
    from .backup_destination_add_only_used_for_logs import BackupDestinationAddOnlyUsedForLogs
    from .backup_destination_add_passive import BackupDestinationAddPassive
    from .backup_destination_add_reply import BackupDestinationAddReply
    from .backup_destination_add_ssl import BackupDestinationAddSsl
    from .backup_destination_add_upload_system_backup import BackupDestinationAddUploadSystemBackup
    from .backup_destination_delete_reply import BackupDestinationDeleteReply
    from .backup_destination_get_reply import BackupDestinationGetReply
    from .backup_destination_list_data import BackupDestinationListData
    from .backup_destination_list_reply import BackupDestinationListReply
    from .backup_destination_set_reply import BackupDestinationSetReply
    from .backup_destination_validate_data import BackupDestinationValidateData
    from .backup_destination_validate_disableonfail import BackupDestinationValidateDisableonfail
    from .backup_destination_validate_reply import BackupDestinationValidateReply
    from .backup_does_client_id_have_google_credentials_data import BackupDoesClientIdHaveGoogleCredentialsData
    from .backup_does_client_id_have_google_credentials_reply import BackupDoesClientIdHaveGoogleCredentialsReply
    from .backup_generate_google_oauth_uri_data import BackupGenerateGoogleOauthUriData
    from .backup_generate_google_oauth_uri_reply import BackupGenerateGoogleOauthUriReply
    from .backup_get_transport_status_data import BackupGetTransportStatusData
    from .backup_get_transport_status_data_transport_status_item import BackupGetTransportStatusDataTransportStatusItem
    from .backup_get_transport_status_reply import BackupGetTransportStatusReply
    from .backup_get_transport_status_state import BackupGetTransportStatusState
    from .backup_list_transported_data import BackupListTransportedData
    from .backup_list_transported_data_remote_backups import BackupListTransportedDataRemoteBackups
    from .backup_list_transported_data_remote_backups_additional_property import (
        BackupListTransportedDataRemoteBackupsAdditionalProperty,
    )
    from .backup_list_transported_reply import BackupListTransportedReply
    from .backup_set_list_combined_data import BackupSetListCombinedData
    from .backup_set_list_combined_data_backup_set import BackupSetListCombinedDataBackupSet
    from .backup_set_list_combined_data_backup_set_additional_property_item import (
        BackupSetListCombinedDataBackupSetAdditionalPropertyItem,
    )
    from .backup_set_list_combined_data_destination_legend import BackupSetListCombinedDataDestinationLegend
    from .backup_set_list_combined_data_destination_legend_additional_property import (
        BackupSetListCombinedDataDestinationLegendAdditionalProperty,
    )
    from .backup_set_list_combined_reply import BackupSetListCombinedReply
    from .backup_set_list_data import BackupSetListData
    from .backup_set_list_reply import BackupSetListReply
    from .backup_skip_users_all_backupversion import BackupSkipUsersAllBackupversion
    from .backup_skip_users_all_reply import BackupSkipUsersAllReply
    from .backup_skip_users_all_state import BackupSkipUsersAllState
    from .backup_skip_users_all_status_data import BackupSkipUsersAllStatusData
    from .backup_skip_users_all_status_data_reason import BackupSkipUsersAllStatusDataReason
    from .backup_skip_users_all_status_reply import BackupSkipUsersAllStatusReply
    from .backup_user_list_data import BackupUserListData
    from .backup_user_list_data_user_item import BackupUserListDataUserItem
    from .backup_user_list_reply import BackupUserListReply
    from .batch_abort_on_error import BatchAbortOnError
    from .batch_create_cphulk_records_data import BatchCreateCphulkRecordsData
    from .batch_create_cphulk_records_data_ips_failed import BatchCreateCphulkRecordsDataIpsFailed
    from .batch_create_cphulk_records_reply import BatchCreateCphulkRecordsReply
    from .batch_data import BatchData
    from .batch_data_result_item import BatchDataResultItem
    from .batch_reply import BatchReply
    from .block_incoming_email_from_country_data import BlockIncomingEmailFromCountryData
    from .block_incoming_email_from_country_reply import BlockIncomingEmailFromCountryReply
    from .block_incoming_email_from_domain_data import BlockIncomingEmailFromDomainData
    from .block_incoming_email_from_domain_reply import BlockIncomingEmailFromDomainReply
    from .changepackage_reply import ChangepackageReply
    from .check_remote_ssh_connection_data import CheckRemoteSshConnectionData
    from .check_remote_ssh_connection_reply import CheckRemoteSshConnectionReply
    from .cluster_member_has_trust_with_data import ClusterMemberHasTrustWithData
    from .cluster_member_has_trust_with_reply import ClusterMemberHasTrustWithReply
    from .configurebackgroundprocesskiller_reply import ConfigurebackgroundprocesskillerReply
    from .configureservice_enabled import ConfigureserviceEnabled
    from .configureservice_monitored import ConfigureserviceMonitored
    from .configureservice_reply import ConfigureserviceReply
    from .configureservice_service import ConfigureserviceService
    from .convert_addon_fetch_conversion_details_data import ConvertAddonFetchConversionDetailsData
    from .convert_addon_fetch_conversion_details_data_steps_item import ConvertAddonFetchConversionDetailsDataStepsItem
    from .convert_addon_fetch_conversion_details_reply import ConvertAddonFetchConversionDetailsReply
    from .convert_addon_fetch_domain_details_data import ConvertAddonFetchDomainDetailsData
    from .convert_addon_fetch_domain_details_reply import ConvertAddonFetchDomainDetailsReply
    from .convert_addon_get_conversion_status_data import ConvertAddonGetConversionStatusData
    from .convert_addon_get_conversion_status_data_additional_property import (
        ConvertAddonGetConversionStatusDataAdditionalProperty,
    )
    from .convert_addon_get_conversion_status_reply import ConvertAddonGetConversionStatusReply
    from .convert_addon_initiate_conversion_reply import ConvertAddonInitiateConversionReply
    from .convert_addon_list_addon_domains_data import ConvertAddonListAddonDomainsData
    from .convert_addon_list_addon_domains_data_additional_property import (
        ConvertAddonListAddonDomainsDataAdditionalProperty,
    )
    from .convert_addon_list_addon_domains_reply import ConvertAddonListAddonDomainsReply
    from .convert_addon_list_conversions_data import ConvertAddonListConversionsData
    from .convert_addon_list_conversions_data_conversions_item import ConvertAddonListConversionsDataConversionsItem
    from .convert_addon_list_conversions_reply import ConvertAddonListConversionsReply
    from .convert_all_domains_to_fpm_data import ConvertAllDomainsToFpmData
    from .convert_all_domains_to_fpm_reply import ConvertAllDomainsToFpmReply
    from .convert_and_migrate_from_legacy_config_no_convert import ConvertAndMigrateFromLegacyConfigNoConvert
    from .convert_and_migrate_from_legacy_config_reply import ConvertAndMigrateFromLegacyConfigReply
    from .convertopensshtoputty_data import ConvertopensshtoputtyData
    from .convertopensshtoputty_keep_file import ConvertopensshtoputtyKeepFile
    from .convertopensshtoputty_reply import ConvertopensshtoputtyReply
    from .cors_proxy_get_data import CorsProxyGetData
    from .cors_proxy_get_data_cp_redirects_item import CorsProxyGetDataCpRedirectsItem
    from .cors_proxy_get_data_cp_redirects_item_headers import CorsProxyGetDataCpRedirectsItemHeaders
    from .cors_proxy_get_reply import CorsProxyGetReply
    from .cpanel_cpanel_jsonapi_apiversion import CpanelCpanelJsonapiApiversion
    from .cpanel_reply import CpanelReply
    from .cpgreylist_is_server_netblock_trusted_data import CpgreylistIsServerNetblockTrustedData
    from .cpgreylist_is_server_netblock_trusted_data_ip_blocks import CpgreylistIsServerNetblockTrustedDataIpBlocks
    from .cpgreylist_is_server_netblock_trusted_reply import CpgreylistIsServerNetblockTrustedReply
    from .cpgreylist_list_entries_for_common_mail_provider_data import CpgreylistListEntriesForCommonMailProviderData
    from .cpgreylist_list_entries_for_common_mail_provider_data_providers import (
        CpgreylistListEntriesForCommonMailProviderDataProviders,
    )
    from .cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property import (
        CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalProperty,
    )
    from .cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property_ips import (
        CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps,
    )
    from .cpgreylist_list_entries_for_common_mail_provider_data_providers_failed import (
        CpgreylistListEntriesForCommonMailProviderDataProvidersFailed,
    )
    from .cpgreylist_list_entries_for_common_mail_provider_reply import CpgreylistListEntriesForCommonMailProviderReply
    from .cpgreylist_load_common_mail_providers_config_data import CpgreylistLoadCommonMailProvidersConfigData
    from .cpgreylist_load_common_mail_providers_config_data_common_mail_providers import (
        CpgreylistLoadCommonMailProvidersConfigDataCommonMailProviders,
    )
    from .cpgreylist_load_common_mail_providers_config_data_common_mail_providers_additional_property import (
        CpgreylistLoadCommonMailProvidersConfigDataCommonMailProvidersAdditionalProperty,
    )
    from .cpgreylist_load_common_mail_providers_config_reply import CpgreylistLoadCommonMailProvidersConfigReply
    from .cpgreylist_save_common_mail_providers_config_autotrust_new_common_mail_providers import (
        CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMailProviders,
    )
    from .cpgreylist_save_common_mail_providers_config_data import CpgreylistSaveCommonMailProvidersConfigData
    from .cpgreylist_save_common_mail_providers_config_data_common_mail_providers import (
        CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders,
    )
    from .cpgreylist_save_common_mail_providers_config_data_common_mail_providers_additional_property import (
        CpgreylistSaveCommonMailProvidersConfigDataCommonMailProvidersAdditionalProperty,
    )
    from .cpgreylist_save_common_mail_providers_config_reply import CpgreylistSaveCommonMailProvidersConfigReply
    from .cpgreylist_status_data import CpgreylistStatusData
    from .cpgreylist_status_reply import CpgreylistStatusReply
    from .cpgreylist_trust_entries_for_common_mail_provider_data import CpgreylistTrustEntriesForCommonMailProviderData
    from .cpgreylist_trust_entries_for_common_mail_provider_data_providers_failed import (
        CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed,
    )
    from .cpgreylist_trust_entries_for_common_mail_provider_data_providers_trusted import (
        CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted,
    )
    from .cpgreylist_trust_entries_for_common_mail_provider_data_providers_trusted_additional_property import (
        CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrustedAdditionalProperty,
    )
    from .cpgreylist_trust_entries_for_common_mail_provider_reply import (
        CpgreylistTrustEntriesForCommonMailProviderReply,
    )
    from .cpgreylist_untrust_entries_for_common_mail_provider_data import (
        CpgreylistUntrustEntriesForCommonMailProviderData,
    )
    from .cpgreylist_untrust_entries_for_common_mail_provider_data_providers_failed import (
        CpgreylistUntrustEntriesForCommonMailProviderDataProvidersFailed,
    )
    from .cpgreylist_untrust_entries_for_common_mail_provider_data_providers_failed_additional_property import (
        CpgreylistUntrustEntriesForCommonMailProviderDataProvidersFailedAdditionalProperty,
    )
    from .cpgreylist_untrust_entries_for_common_mail_provider_data_providers_untrusted import (
        CpgreylistUntrustEntriesForCommonMailProviderDataProvidersUntrusted,
    )
    from .cpgreylist_untrust_entries_for_common_mail_provider_reply import (
        CpgreylistUntrustEntriesForCommonMailProviderReply,
    )
    from .cphulk_status_data import CphulkStatusData
    from .cphulk_status_reply import CphulkStatusReply
    from .create_account_enhancement_data import CreateAccountEnhancementData
    from .create_account_enhancement_reply import CreateAccountEnhancementReply
    from .create_cpgreylist_trusted_host_data import CreateCpgreylistTrustedHostData
    from .create_cpgreylist_trusted_host_data_ips_added_item import CreateCpgreylistTrustedHostDataIpsAddedItem
    from .create_cpgreylist_trusted_host_data_ips_failed import CreateCpgreylistTrustedHostDataIpsFailed
    from .create_cpgreylist_trusted_host_reply import CreateCpgreylistTrustedHostReply
    from .create_cphulk_record_data import CreateCphulkRecordData
    from .create_cphulk_record_data_ips_failed import CreateCphulkRecordDataIpsFailed
    from .create_cphulk_record_list_name import CreateCphulkRecordListName
    from .create_cphulk_record_reply import CreateCphulkRecordReply
    from .create_cphulk_record_skip_enabled_check import CreateCphulkRecordSkipEnabledCheck
    from .create_featurelist_data import CreateFeaturelistData
    from .create_featurelist_featurelistname import CreateFeaturelistFeaturelistname
    from .create_featurelist_overwrite import CreateFeaturelistOverwrite
    from .create_featurelist_reply import CreateFeaturelistReply
    from .create_integration_group_reply import CreateIntegrationGroupReply
    from .create_integration_link_group_id import CreateIntegrationLinkGroupId
    from .create_integration_link_hide import CreateIntegrationLinkHide
    from .create_integration_link_reply import CreateIntegrationLinkReply
    from .create_parked_domain_for_user_reply import CreateParkedDomainForUserReply
    from .create_remote_root_transfer_session_comm_transport import CreateRemoteRootTransferSessionCommTransport
    from .create_remote_root_transfer_session_compressed import CreateRemoteRootTransferSessionCompressed
    from .create_remote_root_transfer_session_copy_reseller_privs import (
        CreateRemoteRootTransferSessionCopyResellerPrivs,
    )
    from .create_remote_root_transfer_session_data import CreateRemoteRootTransferSessionData
    from .create_remote_root_transfer_session_enable_custom_pkgacct import (
        CreateRemoteRootTransferSessionEnableCustomPkgacct,
    )
    from .create_remote_root_transfer_session_low_priority import CreateRemoteRootTransferSessionLowPriority
    from .create_remote_root_transfer_session_reply import CreateRemoteRootTransferSessionReply
    from .create_remote_root_transfer_session_root_escalation_method import (
        CreateRemoteRootTransferSessionRootEscalationMethod,
    )
    from .create_remote_root_transfer_session_unencrypted import CreateRemoteRootTransferSessionUnencrypted
    from .create_remote_root_transfer_session_unrestricted_restore import (
        CreateRemoteRootTransferSessionUnrestrictedRestore,
    )
    from .create_remote_root_transfer_session_use_backups import CreateRemoteRootTransferSessionUseBackups
    from .create_remote_user_transfer_session_data import CreateRemoteUserTransferSessionData
    from .create_remote_user_transfer_session_reply import CreateRemoteUserTransferSessionReply
    from .create_remote_user_transfer_session_unrestricted_restore import (
        CreateRemoteUserTransferSessionUnrestrictedRestore,
    )
    from .create_subdomain_data import CreateSubdomainData
    from .create_subdomain_reply import CreateSubdomainReply
    from .create_subdomain_use_canonical_name import CreateSubdomainUseCanonicalName
    from .create_user_session_data import CreateUserSessionData
    from .create_user_session_reply import CreateUserSessionReply
    from .create_user_session_service import CreateUserSessionService
    from .createacct_data import CreateacctData
    from .createacct_dkim import CreateacctDkim
    from .createacct_forcedns import CreateacctForcedns
    from .createacct_hasshell import CreateacctHasshell
    from .createacct_hasuseregns import CreateacctHasuseregns
    from .createacct_ip import CreateacctIp
    from .createacct_mxcheck import CreateacctMxcheck
    from .createacct_ownerself import CreateacctOwnerself
    from .createacct_reply import CreateacctReply
    from .createacct_reseller import CreateacctReseller
    from .createacct_reseller_without_domain import CreateacctResellerWithoutDomain
    from .createacct_savepkg import CreateacctSavepkg
    from .createacct_showpass import CreateacctShowpass
    from .createacct_spamassassin import CreateacctSpamassassin
    from .createacct_spambox import CreateacctSpambox
    from .createacct_spf import CreateacctSpf
    from .createacct_useregns import CreateacctUseregns
    from .current_mysql_version_data import CurrentMysqlVersionData
    from .current_mysql_version_reply import CurrentMysqlVersionReply
    from .deactivate_zone_key_reply import DeactivateZoneKeyReply
    from .delete_account_archives_reply import DeleteAccountArchivesReply
    from .delete_account_enhancement_reply import DeleteAccountEnhancementReply
    from .delete_configclusterserver_reply import DeleteConfigclusterserverReply
    from .delete_cpgreylist_trusted_host_data import DeleteCpgreylistTrustedHostData
    from .delete_cpgreylist_trusted_host_data_ips_failed import DeleteCpgreylistTrustedHostDataIpsFailed
    from .delete_cpgreylist_trusted_host_reply import DeleteCpgreylistTrustedHostReply
    from .delete_cphulk_record_data import DeleteCphulkRecordData
    from .delete_cphulk_record_data_ips_failed import DeleteCphulkRecordDataIpsFailed
    from .delete_cphulk_record_list_name import DeleteCphulkRecordListName
    from .delete_cphulk_record_reply import DeleteCphulkRecordReply
    from .delete_cphulk_record_skip_enabled_check import DeleteCphulkRecordSkipEnabledCheck
    from .delete_customizations_application import DeleteCustomizationsApplication
    from .delete_customizations_reply import DeleteCustomizationsReply
    from .delete_domain_data import DeleteDomainData
    from .delete_domain_reply import DeleteDomainReply
    from .delete_featurelist_data import DeleteFeaturelistData
    from .delete_featurelist_reply import DeleteFeaturelistReply
    from .delete_hook_reply import DeleteHookReply
    from .delete_rpm_version_data import DeleteRpmVersionData
    from .delete_rpm_version_reply import DeleteRpmVersionReply
    from .delete_ssl_vhost_data import DeleteSslVhostData
    from .delete_ssl_vhost_data_removed_vhost_data_item import DeleteSslVhostDataRemovedVhostDataItem
    from .delete_ssl_vhost_reply import DeleteSslVhostReply
    from .deletesshkey_data import DeletesshkeyData
    from .deletesshkey_leave_authorized import DeletesshkeyLeaveAuthorized
    from .deletesshkey_reply import DeletesshkeyReply
    from .delip_reply import DelipReply
    from .delip_skipifshutdown import DelipSkipifshutdown
    from .delpkgext_data import DelpkgextData
    from .delpkgext_reply import DelpkgextReply
    from .disable_authentication_provider_reply import DisableAuthenticationProviderReply
    from .disable_authentication_provider_service_name import DisableAuthenticationProviderServiceName
    from .disable_autossl_reply import DisableAutosslReply
    from .disable_cpgreylist_reply import DisableCpgreylistReply
    from .disable_cphulk_reply import DisableCphulkReply
    from .disable_dkim_data import DisableDkimData
    from .disable_dkim_data_payload_item import DisableDkimDataPayloadItem
    from .disable_dkim_reply import DisableDkimReply
    from .disable_dnssec_for_domains_data import DisableDnssecForDomainsData
    from .disable_dnssec_for_domains_data_domains_item import DisableDnssecForDomainsDataDomainsItem
    from .disable_dnssec_for_domains_reply import DisableDnssecForDomainsReply
    from .disable_failing_authentication_providers_data import DisableFailingAuthenticationProvidersData
    from .disable_failing_authentication_providers_data_payload_item import (
        DisableFailingAuthenticationProvidersDataPayloadItem,
    )
    from .disable_failing_authentication_providers_data_payload_item_failures_to_disable_item import (
        DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem,
    )
    from .disable_failing_authentication_providers_reply import DisableFailingAuthenticationProvidersReply
    from .disable_mail_sni_reply import DisableMailSniReply
    from .disable_market_provider_reply import DisableMarketProviderReply
    from .domainuserdata_data import DomainuserdataData
    from .domainuserdata_data_userdata import DomainuserdataDataUserdata
    from .domainuserdata_data_userdata_customlog_item import DomainuserdataDataUserdataCustomlogItem
    from .domainuserdata_data_userdata_scriptalias_item import DomainuserdataDataUserdataScriptaliasItem
    from .domainuserdata_reply import DomainuserdataReply
    from .dumpzone_data import DumpzoneData
    from .dumpzone_reply import DumpzoneReply
    from .ea_4_get_additional_pkg_prefixes_data import Ea4GetAdditionalPkgPrefixesData
    from .ea_4_get_additional_pkg_prefixes_reply import Ea4GetAdditionalPkgPrefixesReply
    from .ea_4_get_currently_installed_packages_data import Ea4GetCurrentlyInstalledPackagesData
    from .ea_4_get_currently_installed_packages_reply import Ea4GetCurrentlyInstalledPackagesReply
    from .ea_4_list_profiles_data import Ea4ListProfilesData
    from .ea_4_list_profiles_data_cpanel_item import Ea4ListProfilesDataCpanelItem
    from .ea_4_list_profiles_data_cpanel_item_validation_data import Ea4ListProfilesDataCpanelItemValidationData
    from .ea_4_list_profiles_data_custom_item import Ea4ListProfilesDataCustomItem
    from .ea_4_list_profiles_data_custom_item_validation_data import Ea4ListProfilesDataCustomItemValidationData
    from .ea_4_list_profiles_reply import Ea4ListProfilesReply
    from .ea_4_metainfo_data import Ea4MetainfoData
    from .ea_4_metainfo_reply import Ea4MetainfoReply
    from .ea_4_recommendations_data import Ea4RecommendationsData
    from .ea_4_recommendations_data_additional_property_item import Ea4RecommendationsDataAdditionalPropertyItem
    from .ea_4_recommendations_data_additional_property_item_options_item import (
        Ea4RecommendationsDataAdditionalPropertyItemOptionsItem,
    )
    from .ea_4_recommendations_reply import Ea4RecommendationsReply
    from .ea_4_save_profile_data import Ea4SaveProfileData
    from .ea_4_save_profile_overwrite import Ea4SaveProfileOverwrite
    from .ea_4_save_profile_reply import Ea4SaveProfileReply
    from .edit_hook_enabled import EditHookEnabled
    from .edit_hook_escalateprivs import EditHookEscalateprivs
    from .edit_hook_exectype import EditHookExectype
    from .edit_hook_reply import EditHookReply
    from .edit_hook_stage import EditHookStage
    from .edit_rpm_version_data import EditRpmVersionData
    from .edit_rpm_version_reply import EditRpmVersionReply
    from .editpkg_cgi import EditpkgCgi
    from .editpkg_data import EditpkgData
    from .editpkg_digestauth import EditpkgDigestauth
    from .editpkg_frontpage import EditpkgFrontpage
    from .editpkg_hasshell import EditpkgHasshell
    from .editpkg_ip import EditpkgIp
    from .editpkg_reply import EditpkgReply
    from .editquota_reply import EditquotaReply
    from .editzonerecord_reply import EditzonerecordReply
    from .emailtrack_search_data import EmailtrackSearchData
    from .emailtrack_search_data_records_item import EmailtrackSearchDataRecordsItem
    from .emailtrack_search_defer import EmailtrackSearchDefer
    from .emailtrack_search_deliverytype import EmailtrackSearchDeliverytype
    from .emailtrack_search_failure import EmailtrackSearchFailure
    from .emailtrack_search_inprogress import EmailtrackSearchInprogress
    from .emailtrack_search_reply import EmailtrackSearchReply
    from .emailtrack_search_success import EmailtrackSearchSuccess
    from .emailtrack_stats_data import EmailtrackStatsData
    from .emailtrack_stats_data_records_item import EmailtrackStatsDataRecordsItem
    from .emailtrack_stats_deliverytype import EmailtrackStatsDeliverytype
    from .emailtrack_stats_nosize import EmailtrackStatsNosize
    from .emailtrack_stats_nosuccess import EmailtrackStatsNosuccess
    from .emailtrack_stats_reply import EmailtrackStatsReply
    from .emailtrack_user_stats_data import EmailtrackUserStatsData
    from .emailtrack_user_stats_data_records_item import EmailtrackUserStatsDataRecordsItem
    from .emailtrack_user_stats_deliverytype import EmailtrackUserStatsDeliverytype
    from .emailtrack_user_stats_reply import EmailtrackUserStatsReply
    from .enable_authentication_provider_reply import EnableAuthenticationProviderReply
    from .enable_authentication_provider_service_name import EnableAuthenticationProviderServiceName
    from .enable_cpgreylist_reply import EnableCpgreylistReply
    from .enable_cphulk_reply import EnableCphulkReply
    from .enable_dkim_data import EnableDkimData
    from .enable_dkim_data_payload_item import EnableDkimDataPayloadItem
    from .enable_dkim_reply import EnableDkimReply
    from .enable_dnssec_for_domains_active import EnableDnssecForDomainsActive
    from .enable_dnssec_for_domains_algo_num import EnableDnssecForDomainsAlgoNum
    from .enable_dnssec_for_domains_data import EnableDnssecForDomainsData
    from .enable_dnssec_for_domains_data_domains_item import EnableDnssecForDomainsDataDomainsItem
    from .enable_dnssec_for_domains_key_setup import EnableDnssecForDomainsKeySetup
    from .enable_dnssec_for_domains_nsec_3_narrow import EnableDnssecForDomainsNsec3Narrow
    from .enable_dnssec_for_domains_nsec_3_opt_out import EnableDnssecForDomainsNsec3OptOut
    from .enable_dnssec_for_domains_reply import EnableDnssecForDomainsReply
    from .enable_dnssec_for_domains_use_nsec_3 import EnableDnssecForDomainsUseNsec3
    from .enable_mail_sni_data import EnableMailSniData
    from .enable_mail_sni_data_failed_domains import EnableMailSniDataFailedDomains
    from .enable_mail_sni_reply import EnableMailSniReply
    from .enable_market_provider_reply import EnableMarketProviderReply
    from .enable_monitor_all_enabled_services_data import EnableMonitorAllEnabledServicesData
    from .enable_monitor_all_enabled_services_data_services_item import EnableMonitorAllEnabledServicesDataServicesItem
    from .enable_monitor_all_enabled_services_reply import EnableMonitorAllEnabledServicesReply
    from .enqueue_deferred_ssl_installations_reply import EnqueueDeferredSslInstallationsReply
    from .enqueue_transfer_item_reply import EnqueueTransferItemReply
    from .ensure_dkim_keys_exist_data import EnsureDkimKeysExistData
    from .ensure_dkim_keys_exist_data_payload_item import EnsureDkimKeysExistDataPayloadItem
    from .ensure_dkim_keys_exist_reply import EnsureDkimKeysExistReply
    from .eol_php_sites_data import EolPhpSitesData
    from .eol_php_sites_reply import EolPhpSitesReply
    from .execute_remote_whmapi_1_with_password_data import ExecuteRemoteWhmapi1WithPasswordData
    from .execute_remote_whmapi_1_with_password_reply import ExecuteRemoteWhmapi1WithPasswordReply
    from .exim_configuration_check_data import EximConfigurationCheckData
    from .exim_configuration_check_reply import EximConfigurationCheckReply
    from .export_zone_dnskey_data import ExportZoneDnskeyData
    from .export_zone_dnskey_reply import ExportZoneDnskeyReply
    from .export_zone_files_data import ExportZoneFilesData
    from .export_zone_files_data_payload_item import ExportZoneFilesDataPayloadItem
    from .export_zone_files_reply import ExportZoneFilesReply
    from .export_zone_key_data import ExportZoneKeyData
    from .export_zone_key_reply import ExportZoneKeyReply
    from .expunge_mailbox_messages_reply import ExpungeMailboxMessagesReply
    from .expunge_messages_for_mailbox_guid_reply import ExpungeMessagesForMailboxGuidReply
    from .fetch_connected_application_body import FetchConnectedApplicationBody
    from .fetch_connected_application_data import FetchConnectedApplicationData
    from .fetch_connected_application_data_data import FetchConnectedApplicationDataData
    from .fetch_connected_application_reply import FetchConnectedApplicationReply
    from .fetch_dkim_private_keys_data import FetchDkimPrivateKeysData
    from .fetch_dkim_private_keys_data_payload_item import FetchDkimPrivateKeysDataPayloadItem
    from .fetch_dkim_private_keys_reply import FetchDkimPrivateKeysReply
    from .fetch_ds_records_for_domains_data import FetchDsRecordsForDomainsData
    from .fetch_ds_records_for_domains_data_domains_item import FetchDsRecordsForDomainsDataDomainsItem
    from .fetch_ds_records_for_domains_data_domains_item_ds_records import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecords,
    )
    from .fetch_ds_records_for_domains_data_domains_item_ds_records_keys import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeys,
    )
    from .fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalProperty,
    )
    from .fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property_digests_item import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem,
    )
    from .fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails,
    )
    from .fetch_ds_records_for_domains_reply import FetchDsRecordsForDomainsReply
    from .fetch_mail_queue_data import FetchMailQueueData
    from .fetch_mail_queue_data_records_item import FetchMailQueueDataRecordsItem
    from .fetch_mail_queue_reply import FetchMailQueueReply
    from .fetch_pkgacct_master_log_data import FetchPkgacctMasterLogData
    from .fetch_pkgacct_master_log_reply import FetchPkgacctMasterLogReply
    from .fetch_security_advice_data import FetchSecurityAdviceData
    from .fetch_security_advice_data_payload_item import FetchSecurityAdviceDataPayloadItem
    from .fetch_security_advice_data_payload_item_advice import FetchSecurityAdviceDataPayloadItemAdvice
    from .fetch_security_advice_reply import FetchSecurityAdviceReply
    from .fetch_service_ssl_components_data import FetchServiceSslComponentsData
    from .fetch_service_ssl_components_data_services_item import FetchServiceSslComponentsDataServicesItem
    from .fetch_service_ssl_components_data_services_item_certificate_info import (
        FetchServiceSslComponentsDataServicesItemCertificateInfo,
    )
    from .fetch_service_ssl_components_reply import FetchServiceSslComponentsReply
    from .fetch_ssl_certificates_for_fqdns_data import FetchSslCertificatesForFqdnsData
    from .fetch_ssl_certificates_for_fqdns_data_payload_item import FetchSslCertificatesForFqdnsDataPayloadItem
    from .fetch_ssl_certificates_for_fqdns_reply import FetchSslCertificatesForFqdnsReply
    from .fetch_ssl_vhosts_data import FetchSslVhostsData
    from .fetch_ssl_vhosts_data_vhosts_item import FetchSslVhostsDataVhostsItem
    from .fetch_ssl_vhosts_data_vhosts_item_crt import FetchSslVhostsDataVhostsItemCrt
    from .fetch_ssl_vhosts_data_vhosts_item_crt_subject_common_name import (
        FetchSslVhostsDataVhostsItemCrtSubjectCommonName,
    )
    from .fetch_ssl_vhosts_reply import FetchSslVhostsReply
    from .fetch_transfer_session_log_data import FetchTransferSessionLogData
    from .fetch_transfer_session_log_reply import FetchTransferSessionLogReply
    from .fetch_vhost_ssl_components_data import FetchVhostSslComponentsData
    from .fetch_vhost_ssl_components_data_components_item import FetchVhostSslComponentsDataComponentsItem
    from .fetch_vhost_ssl_components_reply import FetchVhostSslComponentsReply
    from .fetchcrtinfo_data import FetchcrtinfoData
    from .fetchcrtinfo_reply import FetchcrtinfoReply
    from .fetchsslinfo_data import FetchsslinfoData
    from .fetchsslinfo_reply import FetchsslinfoReply
    from .flush_cphulk_login_history_data import FlushCphulkLoginHistoryData
    from .flush_cphulk_login_history_for_ips_data import FlushCphulkLoginHistoryForIpsData
    from .flush_cphulk_login_history_for_ips_reply import FlushCphulkLoginHistoryForIpsReply
    from .flush_cphulk_login_history_reply import FlushCphulkLoginHistoryReply
    from .force_dedistribution_from_node_data import ForceDedistributionFromNodeData
    from .force_dedistribution_from_node_data_log_item import ForceDedistributionFromNodeDataLogItem
    from .force_dedistribution_from_node_data_user_info_item import ForceDedistributionFromNodeDataUserInfoItem
    from .force_dedistribution_from_node_reply import ForceDedistributionFromNodeReply
    from .forcepasswordchange_data import ForcepasswordchangeData
    from .forcepasswordchange_reply import ForcepasswordchangeReply
    from .forcepasswordchange_stop_on_failure import ForcepasswordchangeStopOnFailure
    from .generate_mobileconfig_data import GenerateMobileconfigData
    from .generate_mobileconfig_reply import GenerateMobileconfigReply
    from .generate_mobileconfig_selected_account_services import GenerateMobileconfigSelectedAccountServices
    from .generate_mobileconfig_use_ssl import GenerateMobileconfigUseSsl
    from .generatesshkeypair_abort_on_existing_key import GeneratesshkeypairAbortOnExistingKey
    from .generatesshkeypair_algorithm import GeneratesshkeypairAlgorithm
    from .generatesshkeypair_bits import GeneratesshkeypairBits
    from .generatesshkeypair_data import GeneratesshkeypairData
    from .generatesshkeypair_reply import GeneratesshkeypairReply
    from .generatessl_data import GeneratesslData
    from .generatessl_reply import GeneratesslReply
    from .generatessl_skip_certificate import GeneratesslSkipCertificate
    from .get_adjusted_market_providers_products_data import GetAdjustedMarketProvidersProductsData
    from .get_adjusted_market_providers_products_data_products_item import (
        GetAdjustedMarketProvidersProductsDataProductsItem,
    )
    from .get_adjusted_market_providers_products_reply import GetAdjustedMarketProvidersProductsReply
    from .get_all_contact_importances_data import GetAllContactImportancesData
    from .get_all_contact_importances_data_importances_item import GetAllContactImportancesDataImportancesItem
    from .get_all_contact_importances_reply import GetAllContactImportancesReply
    from .get_api_calls_data import GetApiCallsData
    from .get_api_calls_data_result_item import GetApiCallsDataResultItem
    from .get_api_calls_reply import GetApiCallsReply
    from .get_api_pages_data import GetApiPagesData
    from .get_api_pages_reply import GetApiPagesReply
    from .get_api_pages_type import GetApiPagesType
    from .get_appconfig_application_list_data import GetAppconfigApplicationListData
    from .get_appconfig_application_list_data_cpanel_item import GetAppconfigApplicationListDataCpanelItem
    from .get_appconfig_application_list_data_webmail_item import GetAppconfigApplicationListDataWebmailItem
    from .get_appconfig_application_list_data_whostmgr_item import GetAppconfigApplicationListDataWhostmgrItem
    from .get_appconfig_application_list_reply import GetAppconfigApplicationListReply
    from .get_application_contact_event_importance_data import GetApplicationContactEventImportanceData
    from .get_application_contact_event_importance_reply import GetApplicationContactEventImportanceReply
    from .get_application_contact_importance_data import GetApplicationContactImportanceData
    from .get_application_contact_importance_reply import GetApplicationContactImportanceReply
    from .get_autossl_check_schedule_data import GetAutosslCheckScheduleData
    from .get_autossl_check_schedule_reply import GetAutosslCheckScheduleReply
    from .get_autossl_log_data import GetAutosslLogData
    from .get_autossl_log_data_payload_item import GetAutosslLogDataPayloadItem
    from .get_autossl_log_reply import GetAutosslLogReply
    from .get_autossl_logs_catalog_data import GetAutosslLogsCatalogData
    from .get_autossl_logs_catalog_data_payload_item import GetAutosslLogsCatalogDataPayloadItem
    from .get_autossl_logs_catalog_reply import GetAutosslLogsCatalogReply
    from .get_autossl_metadata_data import GetAutosslMetadataData
    from .get_autossl_metadata_data_payload import GetAutosslMetadataDataPayload
    from .get_autossl_metadata_reply import GetAutosslMetadataReply
    from .get_autossl_problems_for_domain_data import GetAutosslProblemsForDomainData
    from .get_autossl_problems_for_domain_data_problems_by_domain_item import (
        GetAutosslProblemsForDomainDataProblemsByDomainItem,
    )
    from .get_autossl_problems_for_domain_reply import GetAutosslProblemsForDomainReply
    from .get_autossl_problems_for_user_data import GetAutosslProblemsForUserData
    from .get_autossl_problems_for_user_data_problems_by_domain_item import (
        GetAutosslProblemsForUserDataProblemsByDomainItem,
    )
    from .get_autossl_problems_for_user_reply import GetAutosslProblemsForUserReply
    from .get_autossl_providers_data import GetAutosslProvidersData
    from .get_autossl_providers_data_payload_item import GetAutosslProvidersDataPayloadItem
    from .get_autossl_providers_data_payload_item_specs import GetAutosslProvidersDataPayloadItemSpecs
    from .get_autossl_providers_reply import GetAutosslProvidersReply
    from .get_autossl_user_excluded_domains_data import GetAutosslUserExcludedDomainsData
    from .get_autossl_user_excluded_domains_data_payload_item import GetAutosslUserExcludedDomainsDataPayloadItem
    from .get_autossl_user_excluded_domains_reply import GetAutosslUserExcludedDomainsReply
    from .get_available_applications_data import GetAvailableApplicationsData
    from .get_available_applications_data_groups_item import GetAvailableApplicationsDataGroupsItem
    from .get_available_applications_data_groups_item_items_item import GetAvailableApplicationsDataGroupsItemItemsItem
    from .get_available_applications_data_groups_item_items_item_subitems_item import (
        GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem,
    )
    from .get_available_applications_data_raw_item import GetAvailableApplicationsDataRawItem
    from .get_available_applications_reply import GetAvailableApplicationsReply
    from .get_available_authentication_providers_data import GetAvailableAuthenticationProvidersData
    from .get_available_authentication_providers_data_providers_item import (
        GetAvailableAuthenticationProvidersDataProvidersItem,
    )
    from .get_available_authentication_providers_reply import GetAvailableAuthenticationProvidersReply
    from .get_available_featurelists_data import GetAvailableFeaturelistsData
    from .get_available_featurelists_reply import GetAvailableFeaturelistsReply
    from .get_available_profiles_data import GetAvailableProfilesData
    from .get_available_profiles_data_profiles_item import GetAvailableProfilesDataProfilesItem
    from .get_available_profiles_data_profiles_item_disabled_roles_item import (
        GetAvailableProfilesDataProfilesItemDisabledRolesItem,
    )
    from .get_available_profiles_data_profiles_item_enabled_roles_item import (
        GetAvailableProfilesDataProfilesItemEnabledRolesItem,
    )
    from .get_available_profiles_data_profiles_item_optional_roles_item import (
        GetAvailableProfilesDataProfilesItemOptionalRolesItem,
    )
    from .get_available_profiles_reply import GetAvailableProfilesReply
    from .get_available_tiers_data import GetAvailableTiersData
    from .get_available_tiers_reply import GetAvailableTiersReply
    from .get_best_ssldomain_for_service_data import GetBestSsldomainForServiceData
    from .get_best_ssldomain_for_service_reply import GetBestSsldomainForServiceReply
    from .get_commerce_data import GetCommerceData
    from .get_commerce_reply import GetCommerceReply
    from .get_countries_with_known_ip_ranges_data import GetCountriesWithKnownIpRangesData
    from .get_countries_with_known_ip_ranges_data_countries_item import GetCountriesWithKnownIpRangesDataCountriesItem
    from .get_countries_with_known_ip_ranges_reply import GetCountriesWithKnownIpRangesReply
    from .get_cphulk_brutes_data import GetCphulkBrutesData
    from .get_cphulk_brutes_data_brutes_item import GetCphulkBrutesDataBrutesItem
    from .get_cphulk_brutes_reply import GetCphulkBrutesReply
    from .get_cphulk_excessive_brutes_data import GetCphulkExcessiveBrutesData
    from .get_cphulk_excessive_brutes_data_excessive_brutes_item import GetCphulkExcessiveBrutesDataExcessiveBrutesItem
    from .get_cphulk_excessive_brutes_reply import GetCphulkExcessiveBrutesReply
    from .get_cphulk_failed_logins_data import GetCphulkFailedLoginsData
    from .get_cphulk_failed_logins_data_failed_logins_item import GetCphulkFailedLoginsDataFailedLoginsItem
    from .get_cphulk_failed_logins_reply import GetCphulkFailedLoginsReply
    from .get_cphulk_user_brutes_data import GetCphulkUserBrutesData
    from .get_cphulk_user_brutes_data_user_brutes_item import GetCphulkUserBrutesDataUserBrutesItem
    from .get_cphulk_user_brutes_reply import GetCphulkUserBrutesReply
    from .get_current_lts_expiration_status_data import GetCurrentLtsExpirationStatusData
    from .get_current_lts_expiration_status_reply import GetCurrentLtsExpirationStatusReply
    from .get_current_profile_data import GetCurrentProfileData
    from .get_current_profile_data_disabled_roles_item import GetCurrentProfileDataDisabledRolesItem
    from .get_current_profile_data_enabled_roles_item import GetCurrentProfileDataEnabledRolesItem
    from .get_current_profile_data_optional_roles_item import GetCurrentProfileDataOptionalRolesItem
    from .get_current_profile_reply import GetCurrentProfileReply
    from .get_current_users_count_data import GetCurrentUsersCountData
    from .get_current_users_count_reply import GetCurrentUsersCountReply
    from .get_database_optimizations_data import GetDatabaseOptimizationsData
    from .get_database_optimizations_data_payload_item import GetDatabaseOptimizationsDataPayloadItem
    from .get_database_optimizations_reply import GetDatabaseOptimizationsReply
    from .get_default_dmarc_record_data import GetDefaultDmarcRecordData
    from .get_default_dmarc_record_data_payload import GetDefaultDmarcRecordDataPayload
    from .get_default_dmarc_record_reply import GetDefaultDmarcRecordReply
    from .get_disk_usage_cache_mode import GetDiskUsageCacheMode
    from .get_disk_usage_data import GetDiskUsageData
    from .get_disk_usage_data_accounts_item import GetDiskUsageDataAccountsItem
    from .get_disk_usage_reply import GetDiskUsageReply
    from .get_domain_info_data import GetDomainInfoData
    from .get_domain_info_data_domains_item import GetDomainInfoDataDomainsItem
    from .get_domain_info_reply import GetDomainInfoReply
    from .get_ecommerce_data import GetEcommerceData
    from .get_ecommerce_reply import GetEcommerceReply
    from .get_feature_metadata_data import GetFeatureMetadataData
    from .get_feature_metadata_data_features_item import GetFeatureMetadataDataFeaturesItem
    from .get_feature_metadata_reply import GetFeatureMetadataReply
    from .get_feature_names_data import GetFeatureNamesData
    from .get_feature_names_data_feature_item import GetFeatureNamesDataFeatureItem
    from .get_feature_names_reply import GetFeatureNamesReply
    from .get_featurelist_data_data import GetFeaturelistDataData
    from .get_featurelist_data_data_features_item import GetFeaturelistDataDataFeaturesItem
    from .get_featurelist_data_reply import GetFeaturelistDataReply
    from .get_featurelists_by_package_types_data import GetFeaturelistsByPackageTypesData
    from .get_featurelists_by_package_types_data_package_types_feature_lists import (
        GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists,
    )
    from .get_featurelists_by_package_types_reply import GetFeaturelistsByPackageTypesReply
    from .get_featurelists_data import GetFeaturelistsData
    from .get_featurelists_reply import GetFeaturelistsReply
    from .get_fpm_count_and_utilization_data import GetFpmCountAndUtilizationData
    from .get_fpm_count_and_utilization_reply import GetFpmCountAndUtilizationReply
    from .get_homedir_roots_data import GetHomedirRootsData
    from .get_homedir_roots_data_payload_item import GetHomedirRootsDataPayloadItem
    from .get_homedir_roots_reply import GetHomedirRootsReply
    from .get_in_product_survey_url_data import GetInProductSurveyUrlData
    from .get_in_product_survey_url_reply import GetInProductSurveyUrlReply
    from .get_integration_link_user_config_data import GetIntegrationLinkUserConfigData
    from .get_integration_link_user_config_data_userconfig import GetIntegrationLinkUserConfigDataUserconfig
    from .get_integration_link_user_config_reply import GetIntegrationLinkUserConfigReply
    from .get_linked_server_node_data import GetLinkedServerNodeData
    from .get_linked_server_node_data_system_settings import GetLinkedServerNodeDataSystemSettings
    from .get_linked_server_node_data_worker_capabilities import GetLinkedServerNodeDataWorkerCapabilities
    from .get_linked_server_node_reply import GetLinkedServerNodeReply
    from .get_login_url_data import GetLoginUrlData
    from .get_login_url_reply import GetLoginUrlReply
    from .get_lts_wexpire_data import GetLtsWexpireData
    from .get_lts_wexpire_data_branch import GetLtsWexpireDataBranch
    from .get_lts_wexpire_data_branch_additional_property_item import GetLtsWexpireDataBranchAdditionalPropertyItem
    from .get_lts_wexpire_data_flags import GetLtsWexpireDataFlags
    from .get_lts_wexpire_data_tiers import GetLtsWexpireDataTiers
    from .get_lts_wexpire_data_tiers_additional_property_item import GetLtsWexpireDataTiersAdditionalPropertyItem
    from .get_lts_wexpire_reply import GetLtsWexpireReply
    from .get_mailbox_status_data import GetMailboxStatusData
    from .get_mailbox_status_data_additional_property import GetMailboxStatusDataAdditionalProperty
    from .get_mailbox_status_list_data import GetMailboxStatusListData
    from .get_mailbox_status_list_data_mailboxes_item import GetMailboxStatusListDataMailboxesItem
    from .get_mailbox_status_list_reply import GetMailboxStatusListReply
    from .get_mailbox_status_reply import GetMailboxStatusReply
    from .get_market_providers_commission_config_data import GetMarketProvidersCommissionConfigData
    from .get_market_providers_commission_config_data_payload_item import (
        GetMarketProvidersCommissionConfigDataPayloadItem,
    )
    from .get_market_providers_commission_config_reply import GetMarketProvidersCommissionConfigReply
    from .get_market_providers_list_data import GetMarketProvidersListData
    from .get_market_providers_list_data_payload_item import GetMarketProvidersListDataPayloadItem
    from .get_market_providers_list_reply import GetMarketProvidersListReply
    from .get_market_providers_product_metadata_data import GetMarketProvidersProductMetadataData
    from .get_market_providers_product_metadata_data_product_metadata_item import (
        GetMarketProvidersProductMetadataDataProductMetadataItem,
    )
    from .get_market_providers_product_metadata_reply import GetMarketProvidersProductMetadataReply
    from .get_market_providers_products_data import GetMarketProvidersProductsData
    from .get_market_providers_products_reply import GetMarketProvidersProductsReply
    from .get_maximum_users_data import GetMaximumUsersData
    from .get_maximum_users_reply import GetMaximumUsersReply
    from .get_nameserver_config_data import GetNameserverConfigData
    from .get_nameserver_config_reply import GetNameserverConfigReply
    from .get_password_strength_data import GetPasswordStrengthData
    from .get_password_strength_reply import GetPasswordStrengthReply
    from .get_pkgacct_session_state_data import GetPkgacctSessionStateData
    from .get_pkgacct_session_state_reply import GetPkgacctSessionStateReply
    from .get_provider_client_configurations_data import GetProviderClientConfigurationsData
    from .get_provider_client_configurations_data_client_configurations import (
        GetProviderClientConfigurationsDataClientConfigurations,
    )
    from .get_provider_client_configurations_reply import GetProviderClientConfigurationsReply
    from .get_provider_client_configurations_service_name import GetProviderClientConfigurationsServiceName
    from .get_provider_configuration_fields_data import GetProviderConfigurationFieldsData
    from .get_provider_configuration_fields_data_configuration_fields_item import (
        GetProviderConfigurationFieldsDataConfigurationFieldsItem,
    )
    from .get_provider_configuration_fields_reply import GetProviderConfigurationFieldsReply
    from .get_provider_configuration_fields_service_name import GetProviderConfigurationFieldsServiceName
    from .get_provider_display_configurations_data import GetProviderDisplayConfigurationsData
    from .get_provider_display_configurations_data_configurations_item import (
        GetProviderDisplayConfigurationsDataConfigurationsItem,
    )
    from .get_provider_display_configurations_reply import GetProviderDisplayConfigurationsReply
    from .get_public_contact_data import GetPublicContactData
    from .get_public_contact_reply import GetPublicContactReply
    from .get_public_ip_data import GetPublicIpData
    from .get_public_ip_reply import GetPublicIpReply
    from .get_remote_access_hash_data import GetRemoteAccessHashData
    from .get_remote_access_hash_generate import GetRemoteAccessHashGenerate
    from .get_remote_access_hash_reply import GetRemoteAccessHashReply
    from .get_rpm_version_data_reply import GetRpmVersionDataReply
    from .get_scoped_userdata_data import GetScopedUserdataData
    from .get_scoped_userdata_reply import GetScopedUserdataReply
    from .get_server_node_status_data import GetServerNodeStatusData
    from .get_server_node_status_reply import GetServerNodeStatusReply
    from .get_server_node_status_skip_tls_verification import GetServerNodeStatusSkipTlsVerification
    from .get_service_config_data import GetServiceConfigData
    from .get_service_config_key_data import GetServiceConfigKeyData
    from .get_service_config_key_reply import GetServiceConfigKeyReply
    from .get_service_config_reply import GetServiceConfigReply
    from .get_service_config_service import GetServiceConfigService
    from .get_service_proxy_backends_data import GetServiceProxyBackendsData
    from .get_service_proxy_backends_data_payload_item import GetServiceProxyBackendsDataPayloadItem
    from .get_service_proxy_backends_reply import GetServiceProxyBackendsReply
    from .get_shared_ip_data import GetSharedIpData
    from .get_shared_ip_reply import GetSharedIpReply
    from .get_tcp_4_sockets_data import GetTcp4SocketsData
    from .get_tcp_4_sockets_data_payload_item import GetTcp4SocketsDataPayloadItem
    from .get_tcp_4_sockets_reply import GetTcp4SocketsReply
    from .get_tcp_6_sockets_data import GetTcp6SocketsData
    from .get_tcp_6_sockets_data_payload_item import GetTcp6SocketsDataPayloadItem
    from .get_tcp_6_sockets_reply import GetTcp6SocketsReply
    from .get_transfer_session_state_data import GetTransferSessionStateData
    from .get_transfer_session_state_reply import GetTransferSessionStateReply
    from .get_tweaksetting_data import GetTweaksettingData
    from .get_tweaksetting_data_tweaksetting import GetTweaksettingDataTweaksetting
    from .get_tweaksetting_module import GetTweaksettingModule
    from .get_tweaksetting_reply import GetTweaksettingReply
    from .get_udp_4_sockets_data import GetUdp4SocketsData
    from .get_udp_4_sockets_data_payload_item import GetUdp4SocketsDataPayloadItem
    from .get_udp_4_sockets_reply import GetUdp4SocketsReply
    from .get_udp_6_sockets_data import GetUdp6SocketsData
    from .get_udp_6_sockets_data_payload_item import GetUdp6SocketsDataPayloadItem
    from .get_udp_6_sockets_reply import GetUdp6SocketsReply
    from .get_unique_recipient_count_per_sender_for_user_data import GetUniqueRecipientCountPerSenderForUserData
    from .get_unique_recipient_count_per_sender_for_user_data_payload_item import (
        GetUniqueRecipientCountPerSenderForUserDataPayloadItem,
    )
    from .get_unique_recipient_count_per_sender_for_user_reply import GetUniqueRecipientCountPerSenderForUserReply
    from .get_unique_sender_recipient_count_per_user_data import GetUniqueSenderRecipientCountPerUserData
    from .get_unique_sender_recipient_count_per_user_data_payload_item import (
        GetUniqueSenderRecipientCountPerUserDataPayloadItem,
    )
    from .get_unique_sender_recipient_count_per_user_reply import GetUniqueSenderRecipientCountPerUserReply
    from .get_update_availability_data import GetUpdateAvailabilityData
    from .get_update_availability_reply import GetUpdateAvailabilityReply
    from .get_upgrade_opportunities_data import GetUpgradeOpportunitiesData
    from .get_upgrade_opportunities_data_upgrade_opportunities import GetUpgradeOpportunitiesDataUpgradeOpportunities
    from .get_upgrade_opportunities_data_upgrade_opportunities_additional_property import (
        GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalProperty,
    )
    from .get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit import (
        GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit,
    )
    from .get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_last_month import (
        GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitLastMonth,
    )
    from .get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_this_month import (
        GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitThisMonth,
    )
    from .get_upgrade_opportunities_data_upgrade_opportunities_additional_property_disk_usage import (
        GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage,
    )
    from .get_upgrade_opportunities_reply import GetUpgradeOpportunitiesReply
    from .get_user_email_forward_destination_data import GetUserEmailForwardDestinationData
    from .get_user_email_forward_destination_reply import GetUserEmailForwardDestinationReply
    from .get_users_and_domains_with_backup_metadata_data import GetUsersAndDomainsWithBackupMetadataData
    from .get_users_and_domains_with_backup_metadata_reply import GetUsersAndDomainsWithBackupMetadataReply
    from .get_users_authn_linked_accounts_data import GetUsersAuthnLinkedAccountsData
    from .get_users_authn_linked_accounts_data_username_linked_accounts_item import (
        GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem,
    )
    from .get_users_authn_linked_accounts_reply import GetUsersAuthnLinkedAccountsReply
    from .get_users_features_settings_data import GetUsersFeaturesSettingsData
    from .get_users_features_settings_data_users_features_settings_item import (
        GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem,
    )
    from .get_users_features_settings_reply import GetUsersFeaturesSettingsReply
    from .get_users_links_data import GetUsersLinksData
    from .get_users_links_reply import GetUsersLinksReply
    from .get_users_links_service import GetUsersLinksService
    from .get_users_with_backup_metadata_data import GetUsersWithBackupMetadataData
    from .get_users_with_backup_metadata_reply import GetUsersWithBackupMetadataReply
    from .getdiskusage_data import GetdiskusageData
    from .getdiskusage_data_partition_item import GetdiskusageDataPartitionItem
    from .getdiskusage_reply import GetdiskusageReply
    from .getdomainowner_data import GetdomainownerData
    from .getdomainowner_reply import GetdomainownerReply
    from .gethostname_data import GethostnameData
    from .gethostname_reply import GethostnameReply
    from .getminimumpasswordstrengths_data import GetminimumpasswordstrengthsData
    from .getminimumpasswordstrengths_reply import GetminimumpasswordstrengthsReply
    from .getpkgextensionform_data import GetpkgextensionformData
    from .getpkgextensionform_reply import GetpkgextensionformReply
    from .getpkginfo_data import GetpkginfoData
    from .getpkginfo_data_pkg import GetpkginfoDataPkg
    from .getpkginfo_reply import GetpkginfoReply
    from .getresellerips_data import GetreselleripsData
    from .getresellerips_reply import GetreselleripsReply
    from .getzonerecord_data import GetzonerecordData
    from .getzonerecord_data_record_item import GetzonerecordDataRecordItem
    from .getzonerecord_reply import GetzonerecordReply
    from .has_digest_auth_data import HasDigestAuthData
    from .has_digest_auth_reply import HasDigestAuthReply
    from .has_local_authority_data import HasLocalAuthorityData
    from .has_local_authority_data_records_item import HasLocalAuthorityDataRecordsItem
    from .has_local_authority_reply import HasLocalAuthorityReply
    from .has_mycnf_for_cpuser_data import HasMycnfForCpuserData
    from .has_mycnf_for_cpuser_reply import HasMycnfForCpuserReply
    from .hold_outgoing_email_reply import HoldOutgoingEmailReply
    from .import_zone_key_data import ImportZoneKeyData
    from .import_zone_key_reply import ImportZoneKeyReply
    from .importsshkey_extract_private import ImportsshkeyExtractPrivate
    from .importsshkey_extract_public import ImportsshkeyExtractPublic
    from .importsshkey_reply import ImportsshkeyReply
    from .install_dkim_private_keys_data import InstallDkimPrivateKeysData
    from .install_dkim_private_keys_data_payload_item import InstallDkimPrivateKeysDataPayloadItem
    from .install_dkim_private_keys_reply import InstallDkimPrivateKeysReply
    from .install_rpm_plugin_data import InstallRpmPluginData
    from .install_rpm_plugin_reply import InstallRpmPluginReply
    from .install_service_ssl_certificate_data import InstallServiceSslCertificateData
    from .install_service_ssl_certificate_data_certificate_info import InstallServiceSslCertificateDataCertificateInfo
    from .install_service_ssl_certificate_reply import InstallServiceSslCertificateReply
    from .install_service_ssl_certificate_service import InstallServiceSslCertificateService
    from .install_spf_records_data import InstallSpfRecordsData
    from .install_spf_records_data_payload_item import InstallSpfRecordsDataPayloadItem
    from .install_spf_records_reply import InstallSpfRecordsReply
    from .installable_mysql_versions_data import InstallableMysqlVersionsData
    from .installable_mysql_versions_data_versions_item import InstallableMysqlVersionsDataVersionsItem
    from .installable_mysql_versions_reply import InstallableMysqlVersionsReply
    from .installed_versions_data import InstalledVersionsData
    from .installed_versions_packages import InstalledVersionsPackages
    from .installed_versions_reply import InstalledVersionsReply
    from .installssl_data import InstallsslData
    from .installssl_reply import InstallsslReply
    from .ipv_6_disable_account_data import Ipv6DisableAccountData
    from .ipv_6_disable_account_data_failures_item import Ipv6DisableAccountDataFailuresItem
    from .ipv_6_disable_account_reply import Ipv6DisableAccountReply
    from .ipv_6_enable_account_data import Ipv6EnableAccountData
    from .ipv_6_enable_account_data_failures import Ipv6EnableAccountDataFailures
    from .ipv_6_enable_account_data_ipv_6 import Ipv6EnableAccountDataIpv6
    from .ipv_6_enable_account_reply import Ipv6EnableAccountReply
    from .ipv_6_range_add_enabled import Ipv6RangeAddEnabled
    from .ipv_6_range_add_reply import Ipv6RangeAddReply
    from .ipv_6_range_edit_reply import Ipv6RangeEditReply
    from .ipv_6_range_list_data import Ipv6RangeListData
    from .ipv_6_range_list_data_range_item import Ipv6RangeListDataRangeItem
    from .ipv_6_range_list_reply import Ipv6RangeListReply
    from .ipv_6_range_remove_reply import Ipv6RangeRemoveReply
    from .ipv_6_range_usage_data import Ipv6RangeUsageData
    from .ipv_6_range_usage_data_usage import Ipv6RangeUsageDataUsage
    from .ipv_6_range_usage_reply import Ipv6RangeUsageReply
    from .is_alias_available_data import IsAliasAvailableData
    from .is_alias_available_reply import IsAliasAvailableReply
    from .is_conversion_in_progress_data import IsConversionInProgressData
    from .is_conversion_in_progress_reply import IsConversionInProgressReply
    from .is_https_available_data import IsHttpsAvailableData
    from .is_https_available_reply import IsHttpsAvailableReply
    from .is_ready_data import IsReadyData
    from .is_ready_namespace import IsReadyNamespace
    from .is_ready_reply import IsReadyReply
    from .is_role_enabled_data import IsRoleEnabledData
    from .is_role_enabled_reply import IsRoleEnabledReply
    from .is_sni_supported_data import IsSniSupportedData
    from .is_sni_supported_reply import IsSniSupportedReply
    from .is_svcb_available_data import IsSvcbAvailableData
    from .is_svcb_available_reply import IsSvcbAvailableReply
    from .killdns_reply import KilldnsReply
    from .killpkg_reply import KillpkgReply
    from .latest_available_mysql_version_data import LatestAvailableMysqlVersionData
    from .latest_available_mysql_version_reply import LatestAvailableMysqlVersionReply
    from .limitbw_data import LimitbwData
    from .limitbw_data_bwlimits_item import LimitbwDataBwlimitsItem
    from .limitbw_reply import LimitbwReply
    from .link_server_node_with_api_token_reply import LinkServerNodeWithApiTokenReply
    from .link_server_node_with_api_token_skip_tls_verification import LinkServerNodeWithApiTokenSkipTlsVerification
    from .link_user_authn_provider_reply import LinkUserAuthnProviderReply
    from .list_account_enhancements_data import ListAccountEnhancementsData
    from .list_account_enhancements_data_enhancements import ListAccountEnhancementsDataEnhancements
    from .list_account_enhancements_reply import ListAccountEnhancementsReply
    from .list_accounts_retention_data import ListAccountsRetentionData
    from .list_accounts_retention_data_accounts_item import ListAccountsRetentionDataAccountsItem
    from .list_accounts_retention_reply import ListAccountsRetentionReply
    from .list_blocked_incoming_email_countries_data import ListBlockedIncomingEmailCountriesData
    from .list_blocked_incoming_email_countries_data_countries_item import (
        ListBlockedIncomingEmailCountriesDataCountriesItem,
    )
    from .list_blocked_incoming_email_countries_reply import ListBlockedIncomingEmailCountriesReply
    from .list_blocked_incoming_email_domains_data import ListBlockedIncomingEmailDomainsData
    from .list_blocked_incoming_email_domains_data_domains_item import ListBlockedIncomingEmailDomainsDataDomainsItem
    from .list_blocked_incoming_email_domains_reply import ListBlockedIncomingEmailDomainsReply
    from .list_configclusterservers_data import ListConfigclusterserversData
    from .list_configclusterservers_data_additional_property import ListConfigclusterserversDataAdditionalProperty
    from .list_configclusterservers_reply import ListConfigclusterserversReply
    from .list_connected_applications_data import ListConnectedApplicationsData
    from .list_connected_applications_data_list_item import ListConnectedApplicationsDataListItem
    from .list_connected_applications_reply import ListConnectedApplicationsReply
    from .list_cparchive_files_data import ListCparchiveFilesData
    from .list_cparchive_files_data_quickrestore_files_item import ListCparchiveFilesDataQuickrestoreFilesItem
    from .list_cparchive_files_reply import ListCparchiveFilesReply
    from .list_database_users_data import ListDatabaseUsersData
    from .list_database_users_data_payload_item import ListDatabaseUsersDataPayloadItem
    from .list_database_users_reply import ListDatabaseUsersReply
    from .list_databases_data import ListDatabasesData
    from .list_databases_data_payload_item import ListDatabasesDataPayloadItem
    from .list_databases_reply import ListDatabasesReply
    from .list_enhancement_limits_data import ListEnhancementLimitsData
    from .list_enhancement_limits_data_limits import ListEnhancementLimitsDataLimits
    from .list_enhancement_limits_data_limits_additional_property import (
        ListEnhancementLimitsDataLimitsAdditionalProperty,
    )
    from .list_enhancement_limits_reply import ListEnhancementLimitsReply
    from .list_hooks_data import ListHooksData
    from .list_hooks_data_categories_item import ListHooksDataCategoriesItem
    from .list_hooks_data_categories_item_events_item import ListHooksDataCategoriesItemEventsItem
    from .list_hooks_data_categories_item_events_item_stages_item import ListHooksDataCategoriesItemEventsItemStagesItem
    from .list_hooks_data_categories_item_events_item_stages_item_actions_item import (
        ListHooksDataCategoriesItemEventsItemStagesItemActionsItem,
    )
    from .list_hooks_data_categories_item_events_item_stages_item_attributes import (
        ListHooksDataCategoriesItemEventsItemStagesItemAttributes,
    )
    from .list_hooks_reply import ListHooksReply
    from .list_integration_groups_data import ListIntegrationGroupsData
    from .list_integration_groups_data_links_item import ListIntegrationGroupsDataLinksItem
    from .list_integration_groups_reply import ListIntegrationGroupsReply
    from .list_integration_links_data import ListIntegrationLinksData
    from .list_integration_links_data_links_item import ListIntegrationLinksDataLinksItem
    from .list_integration_links_reply import ListIntegrationLinksReply
    from .list_linked_server_nodes_data import ListLinkedServerNodesData
    from .list_linked_server_nodes_data_payload_item import ListLinkedServerNodesDataPayloadItem
    from .list_linked_server_nodes_data_payload_item_worker_capabilities import (
        ListLinkedServerNodesDataPayloadItemWorkerCapabilities,
    )
    from .list_linked_server_nodes_reply import ListLinkedServerNodesReply
    from .list_mysql_databases_and_users_data import ListMysqlDatabasesAndUsersData
    from .list_mysql_databases_and_users_data_mysql_config import ListMysqlDatabasesAndUsersDataMysqlConfig
    from .list_mysql_databases_and_users_data_mysql_databases import ListMysqlDatabasesAndUsersDataMysqlDatabases
    from .list_mysql_databases_and_users_reply import ListMysqlDatabasesAndUsersReply
    from .list_pops_for_data import ListPopsForData
    from .list_pops_for_reply import ListPopsForReply
    from .list_rpms_data import ListRpmsData
    from .list_rpms_reply import ListRpmsReply
    from .list_user_child_nodes_data import ListUserChildNodesData
    from .list_user_child_nodes_data_payload_item import ListUserChildNodesDataPayloadItem
    from .list_user_child_nodes_reply import ListUserChildNodesReply
    from .list_users_data import ListUsersData
    from .list_users_reply import ListUsersReply
    from .listaccts_data import ListacctsData
    from .listaccts_data_acct_item import ListacctsDataAcctItem
    from .listaccts_data_acct_item_child_nodes_item import ListacctsDataAcctItemChildNodesItem
    from .listaccts_reply import ListacctsReply
    from .listaccts_searchmethod import ListacctsSearchmethod
    from .listacls_data import ListaclsData
    from .listacls_data_acl_item import ListaclsDataAclItem
    from .listacls_data_acl_item_privileges import ListaclsDataAclItemPrivileges
    from .listacls_reply import ListaclsReply
    from .listcrts_data import ListcrtsData
    from .listcrts_data_crt_item import ListcrtsDataCrtItem
    from .listcrts_registered import ListcrtsRegistered
    from .listcrts_reply import ListcrtsReply
    from .listips_data import ListipsData
    from .listips_data_ip_item import ListipsDataIpItem
    from .listips_reply import ListipsReply
    from .listipv_6s_data import Listipv6SData
    from .listipv_6s_data_ip_item import Listipv6SDataIpItem
    from .listipv_6s_reply import Listipv6SReply
    from .listlockedaccounts_data import ListlockedaccountsData
    from .listlockedaccounts_reply import ListlockedaccountsReply
    from .listmxs_data import ListmxsData
    from .listmxs_data_record_item import ListmxsDataRecordItem
    from .listmxs_reply import ListmxsReply
    from .listpkgs_data import ListpkgsData
    from .listpkgs_data_pkg_item import ListpkgsDataPkgItem
    from .listpkgs_reply import ListpkgsReply
    from .listpkgs_want import ListpkgsWant
    from .listresellers_data import ListresellersData
    from .listresellers_reply import ListresellersReply
    from .listsshkeys_data import ListsshkeysData
    from .listsshkeys_data_keys_item import ListsshkeysDataKeysItem
    from .listsshkeys_private import ListsshkeysPrivate
    from .listsshkeys_private_texts import ListsshkeysPrivateTexts
    from .listsshkeys_public import ListsshkeysPublic
    from .listsshkeys_public_texts import ListsshkeysPublicTexts
    from .listsshkeys_reply import ListsshkeysReply
    from .listsshkeys_sync_authorized import ListsshkeysSyncAuthorized
    from .listsuspended_data import ListsuspendedData
    from .listsuspended_data_account_item import ListsuspendedDataAccountItem
    from .listsuspended_reply import ListsuspendedReply
    from .listzones_data import ListzonesData
    from .listzones_data_zone_item import ListzonesDataZoneItem
    from .listzones_reply import ListzonesReply
    from .load_cpgreylist_config_data import LoadCpgreylistConfigData
    from .load_cpgreylist_config_data_cpgreylist_config import LoadCpgreylistConfigDataCpgreylistConfig
    from .load_cpgreylist_config_reply import LoadCpgreylistConfigReply
    from .load_cphulk_config_data import LoadCphulkConfigData
    from .load_cphulk_config_data_cphulk_config import LoadCphulkConfigDataCphulkConfig
    from .load_cphulk_config_reply import LoadCphulkConfigReply
    from .local_disable_namespace import LocalDisableNamespace
    from .local_disable_plugin import LocalDisablePlugin
    from .local_disable_reply import LocalDisableReply
    from .local_enable_namespace import LocalEnableNamespace
    from .local_enable_plugin import LocalEnablePlugin
    from .local_enable_reply import LocalEnableReply
    from .lookupnsip_data import LookupnsipData
    from .lookupnsip_reply import LookupnsipReply
    from .lookupnsips_data import LookupnsipsData
    from .lookupnsips_reply import LookupnsipsReply
    from .mail_sni_status_data import MailSniStatusData
    from .mail_sni_status_reply import MailSniStatusReply
    from .manage_features_action import ManageFeaturesAction
    from .manage_features_data import ManageFeaturesData
    from .manage_features_data_action_item import ManageFeaturesDataActionItem
    from .manage_features_data_feature_item import ManageFeaturesDataFeatureItem
    from .manage_features_reply import ManageFeaturesReply
    from .mass_edit_dns_zone_data import MassEditDnsZoneData
    from .mass_edit_dns_zone_reply import MassEditDnsZoneReply
    from .massmodifyacct_backup import MassmodifyacctBACKUP
    from .massmodifyacct_data import MassmodifyacctData
    from .massmodifyacct_data_payload_item import MassmodifyacctDataPayloadItem
    from .massmodifyacct_data_payload_item_extended import MassmodifyacctDataPayloadItemExtended
    from .massmodifyacct_data_payload_item_extended_cpuser import MassmodifyacctDataPayloadItemExtendedCpuser
    from .massmodifyacct_hascgi import MassmodifyacctHASCGI
    from .massmodifyacct_hasdkim import MassmodifyacctHASDKIM
    from .massmodifyacct_hasdmarc import MassmodifyacctHASDMARC
    from .massmodifyacct_hasshell import MassmodifyacctHASSHELL
    from .massmodifyacct_hasspf import MassmodifyacctHASSPF
    from .massmodifyacct_mailboxformat import MassmodifyacctMAILBOXFORMAT
    from .massmodifyacct_notify_account_authn_link import MassmodifyacctNotifyAccountAuthnLink
    from .massmodifyacct_notify_account_authn_link_notification_disabled import (
        MassmodifyacctNotifyAccountAuthnLinkNotificationDisabled,
    )
    from .massmodifyacct_notify_autossl_expiry import MassmodifyacctNotifyAutosslExpiry
    from .massmodifyacct_notify_autossl_expiry_coverage import MassmodifyacctNotifyAutosslExpiryCoverage
    from .massmodifyacct_notify_autossl_renewal import MassmodifyacctNotifyAutosslRenewal
    from .massmodifyacct_notify_autossl_renewal_coverage import MassmodifyacctNotifyAutosslRenewalCoverage
    from .massmodifyacct_notify_contact_address_change import MassmodifyacctNotifyContactAddressChange
    from .massmodifyacct_notify_contact_address_change_notification_disabled import (
        MassmodifyacctNotifyContactAddressChangeNotificationDisabled,
    )
    from .massmodifyacct_notify_disk_limit import MassmodifyacctNotifyDiskLimit
    from .massmodifyacct_notify_password_change import MassmodifyacctNotifyPasswordChange
    from .massmodifyacct_notify_password_change_notification_disabled import (
        MassmodifyacctNotifyPasswordChangeNotificationDisabled,
    )
    from .massmodifyacct_notify_ssl_expiry import MassmodifyacctNotifySslExpiry
    from .massmodifyacct_outgoingemailsuspended import MassmodifyacctOUTGOINGEMAILSUSPENDED
    from .massmodifyacct_reply import MassmodifyacctReply
    from .massmodifyacct_reseller import MassmodifyacctReseller
    from .massmodifyacct_spamassassin import MassmodifyacctSpamassassin
    from .matchpkgs_cgi import MatchpkgsCGI
    from .matchpkgs_data import MatchpkgsData
    from .matchpkgs_data_pkg import MatchpkgsDataPkg
    from .matchpkgs_digestauth import MatchpkgsDIGESTAUTH
    from .matchpkgs_hasshell import MatchpkgsHASSHELL
    from .matchpkgs_ip import MatchpkgsIP
    from .matchpkgs_reply import MatchpkgsReply
    from .metadata import Metadata
    from .metadata_output import MetadataOutput
    from .metadata_result_type_0 import MetadataResultType0
    from .metadata_result_type_1 import MetadataResultType1
    from .modify_account_enhancement_data import ModifyAccountEnhancementData
    from .modify_account_enhancement_reply import ModifyAccountEnhancementReply
    from .modifyacct_backup import ModifyacctBACKUP
    from .modifyacct_data import ModifyacctData
    from .modifyacct_data_cpuser import ModifyacctDataCpuser
    from .modifyacct_hascgi import ModifyacctHASCGI
    from .modifyacct_hasdkim import ModifyacctHASDKIM
    from .modifyacct_hasdmarc import ModifyacctHASDMARC
    from .modifyacct_hasshell import ModifyacctHASSHELL
    from .modifyacct_hasspf import ModifyacctHASSPF
    from .modifyacct_mailboxformat import ModifyacctMAILBOXFORMAT
    from .modifyacct_notify_account_authn_link import ModifyacctNotifyAccountAuthnLink
    from .modifyacct_notify_account_authn_link_notification_disabled import (
        ModifyacctNotifyAccountAuthnLinkNotificationDisabled,
    )
    from .modifyacct_notify_autossl_expiry import ModifyacctNotifyAutosslExpiry
    from .modifyacct_notify_autossl_expiry_coverage import ModifyacctNotifyAutosslExpiryCoverage
    from .modifyacct_notify_autossl_renewal import ModifyacctNotifyAutosslRenewal
    from .modifyacct_notify_autossl_renewal_coverage import ModifyacctNotifyAutosslRenewalCoverage
    from .modifyacct_notify_contact_address_change import ModifyacctNotifyContactAddressChange
    from .modifyacct_notify_contact_address_change_notification_disabled import (
        ModifyacctNotifyContactAddressChangeNotificationDisabled,
    )
    from .modifyacct_notify_disk_limit import ModifyacctNotifyDiskLimit
    from .modifyacct_notify_password_change import ModifyacctNotifyPasswordChange
    from .modifyacct_notify_password_change_notification_disabled import (
        ModifyacctNotifyPasswordChangeNotificationDisabled,
    )
    from .modifyacct_notify_ssl_expiry import ModifyacctNotifySslExpiry
    from .modifyacct_outgoingemailsuspended import ModifyacctOUTGOINGEMAILSUSPENDED
    from .modifyacct_reply import ModifyacctReply
    from .modifyacct_reseller import ModifyacctReseller
    from .modifyacct_spamassassin import ModifyacctSpamassassin
    from .modifyacct_update_existing_email_account_quotas import ModifyacctUpdateExistingEmailAccountQuotas
    from .modsec_add_rule_data import ModsecAddRuleData
    from .modsec_add_rule_data_rule import ModsecAddRuleDataRule
    from .modsec_add_rule_reply import ModsecAddRuleReply
    from .modsec_add_vendor_data import ModsecAddVendorData
    from .modsec_add_vendor_enabled import ModsecAddVendorEnabled
    from .modsec_add_vendor_reply import ModsecAddVendorReply
    from .modsec_assemble_config_text_deploy import ModsecAssembleConfigTextDeploy
    from .modsec_assemble_config_text_final import ModsecAssembleConfigTextFinal
    from .modsec_assemble_config_text_init import ModsecAssembleConfigTextInit
    from .modsec_assemble_config_text_reply import ModsecAssembleConfigTextReply
    from .modsec_batch_settings_data import ModsecBatchSettingsData
    from .modsec_batch_settings_data_updated_settings_item import ModsecBatchSettingsDataUpdatedSettingsItem
    from .modsec_batch_settings_data_updated_settings_item_radio_options_item import (
        ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem,
    )
    from .modsec_batch_settings_remove import ModsecBatchSettingsRemove
    from .modsec_batch_settings_reply import ModsecBatchSettingsReply
    from .modsec_check_rule_data import ModsecCheckRuleData
    from .modsec_check_rule_reply import ModsecCheckRuleReply
    from .modsec_clone_rule_data import ModsecCloneRuleData
    from .modsec_clone_rule_data_rule import ModsecCloneRuleDataRule
    from .modsec_clone_rule_reply import ModsecCloneRuleReply
    from .modsec_deploy_all_rule_changes_data import ModsecDeployAllRuleChangesData
    from .modsec_deploy_all_rule_changes_data_outcomes_item import ModsecDeployAllRuleChangesDataOutcomesItem
    from .modsec_deploy_all_rule_changes_reply import ModsecDeployAllRuleChangesReply
    from .modsec_deploy_rule_changes_reply import ModsecDeployRuleChangesReply
    from .modsec_deploy_settings_changes_reply import ModsecDeploySettingsChangesReply
    from .modsec_disable_rule_reply import ModsecDisableRuleReply
    from .modsec_disable_vendor_configs_data import ModsecDisableVendorConfigsData
    from .modsec_disable_vendor_configs_data_outcomes_item import ModsecDisableVendorConfigsDataOutcomesItem
    from .modsec_disable_vendor_configs_reply import ModsecDisableVendorConfigsReply
    from .modsec_disable_vendor_reply import ModsecDisableVendorReply
    from .modsec_disable_vendor_updates_reply import ModsecDisableVendorUpdatesReply
    from .modsec_discard_all_rule_changes_data import ModsecDiscardAllRuleChangesData
    from .modsec_discard_all_rule_changes_data_outcomes_item import ModsecDiscardAllRuleChangesDataOutcomesItem
    from .modsec_discard_all_rule_changes_reply import ModsecDiscardAllRuleChangesReply
    from .modsec_discard_rule_changes_reply import ModsecDiscardRuleChangesReply
    from .modsec_edit_rule_data import ModsecEditRuleData
    from .modsec_edit_rule_data_rule import ModsecEditRuleDataRule
    from .modsec_edit_rule_reply import ModsecEditRuleReply
    from .modsec_enable_vendor_configs_data import ModsecEnableVendorConfigsData
    from .modsec_enable_vendor_configs_data_outcomes_item import ModsecEnableVendorConfigsDataOutcomesItem
    from .modsec_enable_vendor_configs_reply import ModsecEnableVendorConfigsReply
    from .modsec_enable_vendor_reply import ModsecEnableVendorReply
    from .modsec_enable_vendor_updates_reply import ModsecEnableVendorUpdatesReply
    from .modsec_get_config_text_data import ModsecGetConfigTextData
    from .modsec_get_config_text_reply import ModsecGetConfigTextReply
    from .modsec_get_configs_data import ModsecGetConfigsData
    from .modsec_get_configs_data_configs_item import ModsecGetConfigsDataConfigsItem
    from .modsec_get_configs_reply import ModsecGetConfigsReply
    from .modsec_get_configs_with_changes_pending_data import ModsecGetConfigsWithChangesPendingData
    from .modsec_get_configs_with_changes_pending_reply import ModsecGetConfigsWithChangesPendingReply
    from .modsec_get_log_reply import ModsecGetLogReply
    from .modsec_get_log_reply_data_item import ModsecGetLogReplyDataItem
    from .modsec_get_rules_data import ModsecGetRulesData
    from .modsec_get_rules_data_chunks_item import ModsecGetRulesDataChunksItem
    from .modsec_get_rules_exclude_bare_comments import ModsecGetRulesExcludeBareComments
    from .modsec_get_rules_exclude_other_directives import ModsecGetRulesExcludeOtherDirectives
    from .modsec_get_rules_reply import ModsecGetRulesReply
    from .modsec_get_settings_data import ModsecGetSettingsData
    from .modsec_get_settings_data_settings_item import ModsecGetSettingsDataSettingsItem
    from .modsec_get_settings_data_settings_item_radio_options_item import (
        ModsecGetSettingsDataSettingsItemRadioOptionsItem,
    )
    from .modsec_get_settings_reply import ModsecGetSettingsReply
    from .modsec_get_vendors_data import ModsecGetVendorsData
    from .modsec_get_vendors_data_vendors_item import ModsecGetVendorsDataVendorsItem
    from .modsec_get_vendors_data_vendors_item_configs_item import ModsecGetVendorsDataVendorsItemConfigsItem
    from .modsec_get_vendors_reply import ModsecGetVendorsReply
    from .modsec_is_installed_data import ModsecIsInstalledData
    from .modsec_is_installed_data_data import ModsecIsInstalledDataData
    from .modsec_is_installed_reply import ModsecIsInstalledReply
    from .modsec_make_config_active_reply import ModsecMakeConfigActiveReply
    from .modsec_make_config_inactive_reply import ModsecMakeConfigInactiveReply
    from .modsec_preview_vendor_data import ModsecPreviewVendorData
    from .modsec_preview_vendor_reply import ModsecPreviewVendorReply
    from .modsec_remove_rule_reply import ModsecRemoveRuleReply
    from .modsec_remove_setting_reply import ModsecRemoveSettingReply
    from .modsec_remove_vendor_reply import ModsecRemoveVendorReply
    from .modsec_report_rule_data import ModsecReportRuleData
    from .modsec_report_rule_data_report_item import ModsecReportRuleDataReportItem
    from .modsec_report_rule_data_report_item_hits_item import ModsecReportRuleDataReportItemHitsItem
    from .modsec_report_rule_reply import ModsecReportRuleReply
    from .modsec_report_rule_send import ModsecReportRuleSend
    from .modsec_set_config_text_reply import ModsecSetConfigTextReply
    from .modsec_set_setting_data import ModsecSetSettingData
    from .modsec_set_setting_data_radio_options_item import ModsecSetSettingDataRadioOptionsItem
    from .modsec_set_setting_reply import ModsecSetSettingReply
    from .modsec_undisable_rule_reply import ModsecUndisableRuleReply
    from .modsec_update_vendor_data import ModsecUpdateVendorData
    from .modsec_update_vendor_data_diagnostics import ModsecUpdateVendorDataDiagnostics
    from .modsec_update_vendor_data_diagnostics_new_configs_item import ModsecUpdateVendorDataDiagnosticsNewConfigsItem
    from .modsec_update_vendor_data_diagnostics_prev_configs_item import (
        ModsecUpdateVendorDataDiagnosticsPrevConfigsItem,
    )
    from .modsec_update_vendor_data_vendor import ModsecUpdateVendorDataVendor
    from .modsec_update_vendor_reply import ModsecUpdateVendorReply
    from .myprivs_data import MyprivsData
    from .myprivs_data_privileges_item import MyprivsDataPrivilegesItem
    from .myprivs_reply import MyprivsReply
    from .nat_checkip_data import NatCheckipData
    from .nat_checkip_reply import NatCheckipReply
    from .nat_set_public_ip_reply import NatSetPublicIpReply
    from .nginxmanager_clear_cache_reply import NginxmanagerClearCacheReply
    from .nginxmanager_get_cache_config_system_data import NginxmanagerGetCacheConfigSystemData
    from .nginxmanager_get_cache_config_system_data_default import NginxmanagerGetCacheConfigSystemDataDefault
    from .nginxmanager_get_cache_config_system_data_system import NginxmanagerGetCacheConfigSystemDataSystem
    from .nginxmanager_get_cache_config_system_merge import NginxmanagerGetCacheConfigSystemMerge
    from .nginxmanager_get_cache_config_system_reply import NginxmanagerGetCacheConfigSystemReply
    from .nginxmanager_get_cache_config_users_data import NginxmanagerGetCacheConfigUsersData
    from .nginxmanager_get_cache_config_users_data_users_item import NginxmanagerGetCacheConfigUsersDataUsersItem
    from .nginxmanager_get_cache_config_users_data_users_item_config import (
        NginxmanagerGetCacheConfigUsersDataUsersItemConfig,
    )
    from .nginxmanager_get_cache_config_users_merge import NginxmanagerGetCacheConfigUsersMerge
    from .nginxmanager_get_cache_config_users_reply import NginxmanagerGetCacheConfigUsersReply
    from .nginxmanager_rebuild_cache_config_reply import NginxmanagerRebuildCacheConfigReply
    from .nginxmanager_reset_users_cache_config_reply import NginxmanagerResetUsersCacheConfigReply
    from .nginxmanager_set_cache_config_enabled import NginxmanagerSetCacheConfigEnabled
    from .nginxmanager_set_cache_config_reply import NginxmanagerSetCacheConfigReply
    from .normalize_user_email_configuration_reply import NormalizeUserEmailConfigurationReply
    from .package_manager_fixcache_data import PackageManagerFixcacheData
    from .package_manager_fixcache_reply import PackageManagerFixcacheReply
    from .package_manager_get_build_log_data import PackageManagerGetBuildLogData
    from .package_manager_get_build_log_reply import PackageManagerGetBuildLogReply
    from .package_manager_get_package_info_data import PackageManagerGetPackageInfoData
    from .package_manager_get_package_info_data_packages_item import PackageManagerGetPackageInfoDataPackagesItem
    from .package_manager_get_package_info_data_packages_item_pkg_dep import (
        PackageManagerGetPackageInfoDataPackagesItemPkgDep,
    )
    from .package_manager_get_package_info_disable_excludes import PackageManagerGetPackageInfoDisableExcludes
    from .package_manager_get_package_info_ns import PackageManagerGetPackageInfoNs
    from .package_manager_get_package_info_reply import PackageManagerGetPackageInfoReply
    from .package_manager_is_performing_actions_data import PackageManagerIsPerformingActionsData
    from .package_manager_is_performing_actions_reply import PackageManagerIsPerformingActionsReply
    from .package_manager_list_packages_data import PackageManagerListPackagesData
    from .package_manager_list_packages_data_packages_item import PackageManagerListPackagesDataPackagesItem
    from .package_manager_list_packages_reply import PackageManagerListPackagesReply
    from .package_manager_list_packages_state import PackageManagerListPackagesState
    from .package_manager_resolve_actions_data import PackageManagerResolveActionsData
    from .package_manager_resolve_actions_ns import PackageManagerResolveActionsNs
    from .package_manager_resolve_actions_reply import PackageManagerResolveActionsReply
    from .package_manager_submit_actions_data import PackageManagerSubmitActionsData
    from .package_manager_submit_actions_reply import PackageManagerSubmitActionsReply
    from .package_manager_upgrade_data import PackageManagerUpgradeData
    from .package_manager_upgrade_reply import PackageManagerUpgradeReply
    from .parse_dns_zone_data import ParseDnsZoneData
    from .parse_dns_zone_reply import ParseDnsZoneReply
    from .participate_in_analytics_enabled import ParticipateInAnalyticsEnabled
    from .participate_in_analytics_reply import ParticipateInAnalyticsReply
    from .passwd_data import PasswdData
    from .passwd_db_pass_update import PasswdDbPassUpdate
    from .passwd_digestauth import PasswdDigestauth
    from .passwd_enabledigest import PasswdEnabledigest
    from .passwd_reply import PasswdReply
    from .pause_transfer_session_reply import PauseTransferSessionReply
    from .personalization_get_body import PersonalizationGetBody
    from .personalization_get_data import PersonalizationGetData
    from .personalization_get_data_personalization import PersonalizationGetDataPersonalization
    from .personalization_get_data_personalization_additional_property import (
        PersonalizationGetDataPersonalizationAdditionalProperty,
    )
    from .personalization_get_reply import PersonalizationGetReply
    from .personalization_set_body import PersonalizationSetBody
    from .personalization_set_body_personalization import PersonalizationSetBodyPersonalization
    from .personalization_set_data import PersonalizationSetData
    from .personalization_set_data_personalization import PersonalizationSetDataPersonalization
    from .personalization_set_data_personalization_additional_property import (
        PersonalizationSetDataPersonalizationAdditionalProperty,
    )
    from .personalization_set_reply import PersonalizationSetReply
    from .php_fpm_config_get_data import PhpFpmConfigGetData
    from .php_fpm_config_get_data_config_item import PhpFpmConfigGetDataConfigItem
    from .php_fpm_config_get_reply import PhpFpmConfigGetReply
    from .php_fpm_config_set_reply import PhpFpmConfigSetReply
    from .php_get_default_accounts_to_fpm_data import PhpGetDefaultAccountsToFpmData
    from .php_get_default_accounts_to_fpm_reply import PhpGetDefaultAccountsToFpmReply
    from .php_get_handlers_data import PhpGetHandlersData
    from .php_get_handlers_data_version_handlers_item import PhpGetHandlersDataVersionHandlersItem
    from .php_get_handlers_reply import PhpGetHandlersReply
    from .php_get_impacted_domains_data import PhpGetImpactedDomainsData
    from .php_get_impacted_domains_reply import PhpGetImpactedDomainsReply
    from .php_get_impacted_domains_system_default import PhpGetImpactedDomainsSystemDefault
    from .php_get_installed_versions_data import PhpGetInstalledVersionsData
    from .php_get_installed_versions_reply import PhpGetInstalledVersionsReply
    from .php_get_old_fpm_flag_data import PhpGetOldFpmFlagData
    from .php_get_old_fpm_flag_reply import PhpGetOldFpmFlagReply
    from .php_get_system_default_version_data import PhpGetSystemDefaultVersionData
    from .php_get_system_default_version_reply import PhpGetSystemDefaultVersionReply
    from .php_get_vhost_versions_data import PhpGetVhostVersionsData
    from .php_get_vhost_versions_data_versions_item import PhpGetVhostVersionsDataVersionsItem
    from .php_get_vhost_versions_data_versions_item_php_fpm_pool_parms import (
        PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms,
    )
    from .php_get_vhost_versions_data_versions_item_phpversion_source_item import (
        PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem,
    )
    from .php_get_vhost_versions_reply import PhpGetVhostVersionsReply
    from .php_get_vhosts_by_version_data import PhpGetVhostsByVersionData
    from .php_get_vhosts_by_version_reply import PhpGetVhostsByVersionReply
    from .php_ini_get_content_data import PhpIniGetContentData
    from .php_ini_get_content_reply import PhpIniGetContentReply
    from .php_ini_get_directives_data import PhpIniGetDirectivesData
    from .php_ini_get_directives_data_directives_item import PhpIniGetDirectivesDataDirectivesItem
    from .php_ini_get_directives_reply import PhpIniGetDirectivesReply
    from .php_ini_set_content_body import PhpIniSetContentBody
    from .php_ini_set_content_reply import PhpIniSetContentReply
    from .php_ini_set_directives_reply import PhpIniSetDirectivesReply
    from .php_set_default_accounts_to_fpm_default_accounts_to_fpm import PhpSetDefaultAccountsToFpmDefaultAccountsToFpm
    from .php_set_default_accounts_to_fpm_reply import PhpSetDefaultAccountsToFpmReply
    from .php_set_handler_handler import PhpSetHandlerHandler
    from .php_set_handler_reply import PhpSetHandlerReply
    from .php_set_old_fpm_flag_data import PhpSetOldFpmFlagData
    from .php_set_old_fpm_flag_reply import PhpSetOldFpmFlagReply
    from .php_set_session_save_path_overwrite import PhpSetSessionSavePathOverwrite
    from .php_set_session_save_path_reply import PhpSetSessionSavePathReply
    from .php_set_system_default_version_reply import PhpSetSystemDefaultVersionReply
    from .php_set_vhost_versions_php_fpm import PhpSetVhostVersionsPhpFpm
    from .php_set_vhost_versions_reply import PhpSetVhostVersionsReply
    from .php_set_vhost_versions_version import PhpSetVhostVersionsVersion
    from .purchase_a_license_data import PurchaseALicenseData
    from .purchase_a_license_reply import PurchaseALicenseReply
    from .purchase_a_license_upgrade import PurchaseALicenseUpgrade
    from .quota_enabled_data import QuotaEnabledData
    from .quota_enabled_reply import QuotaEnabledReply
    from .read_cpgreylist_deferred_entries_data import ReadCpgreylistDeferredEntriesData
    from .read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item import (
        ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem,
    )
    from .read_cpgreylist_deferred_entries_reply import ReadCpgreylistDeferredEntriesReply
    from .read_cpgreylist_trusted_hosts_data import ReadCpgreylistTrustedHostsData
    from .read_cpgreylist_trusted_hosts_data_greylist_trusted_hosts_item import (
        ReadCpgreylistTrustedHostsDataGreylistTrustedHostsItem,
    )
    from .read_cpgreylist_trusted_hosts_reply import ReadCpgreylistTrustedHostsReply
    from .read_cphulk_records_data import ReadCphulkRecordsData
    from .read_cphulk_records_data_ips_in_list import ReadCphulkRecordsDataIpsInList
    from .read_cphulk_records_list_name import ReadCphulkRecordsListName
    from .read_cphulk_records_reply import ReadCphulkRecordsReply
    from .read_cphulk_records_skip_enabled_check import ReadCphulkRecordsSkipEnabledCheck
    from .read_featurelist_data import ReadFeaturelistData
    from .read_featurelist_data_features import ReadFeaturelistDataFeatures
    from .read_featurelist_reply import ReadFeaturelistReply
    from .reboot_force import RebootForce
    from .reboot_reply import RebootReply
    from .rebuild_mail_sni_config_data import RebuildMailSniConfigData
    from .rebuild_mail_sni_config_reload_dovecot import RebuildMailSniConfigReloadDovecot
    from .rebuild_mail_sni_config_reply import RebuildMailSniConfigReply
    from .rebuildinstalledssldb_reply import RebuildinstalledssldbReply
    from .rebuilduserssldb_data import RebuilduserssldbData
    from .rebuilduserssldb_reply import RebuilduserssldbReply
    from .register_server_with_360_monitoring_data import RegisterServerWith360MonitoringData
    from .register_server_with_360_monitoring_reply import RegisterServerWith360MonitoringReply
    from .release_outgoing_email_reply import ReleaseOutgoingEmailReply
    from .remote_basic_credential_check_data import RemoteBasicCredentialCheckData
    from .remote_basic_credential_check_reply import RemoteBasicCredentialCheckReply
    from .remote_basic_credential_check_root_escalation_method import RemoteBasicCredentialCheckRootEscalationMethod
    from .remote_mysql_create_profile_data import RemoteMysqlCreateProfileData
    from .remote_mysql_create_profile_data_profile_details import RemoteMysqlCreateProfileDataProfileDetails
    from .remote_mysql_create_profile_reply import RemoteMysqlCreateProfileReply
    from .remote_mysql_create_profile_via_ssh_data import RemoteMysqlCreateProfileViaSshData
    from .remote_mysql_create_profile_via_ssh_data_profile_details import (
        RemoteMysqlCreateProfileViaSshDataProfileDetails,
    )
    from .remote_mysql_create_profile_via_ssh_reply import RemoteMysqlCreateProfileViaSshReply
    from .remote_mysql_create_profile_via_ssh_root_escalation_method import (
        RemoteMysqlCreateProfileViaSshRootEscalationMethod,
    )
    from .remote_mysql_delete_profile_data import RemoteMysqlDeleteProfileData
    from .remote_mysql_delete_profile_data_profile_details import RemoteMysqlDeleteProfileDataProfileDetails
    from .remote_mysql_delete_profile_reply import RemoteMysqlDeleteProfileReply
    from .remote_mysql_initiate_profile_activation_data import RemoteMysqlInitiateProfileActivationData
    from .remote_mysql_initiate_profile_activation_reply import RemoteMysqlInitiateProfileActivationReply
    from .remote_mysql_monitor_profile_activation_data import RemoteMysqlMonitorProfileActivationData
    from .remote_mysql_monitor_profile_activation_data_job_in_progress import (
        RemoteMysqlMonitorProfileActivationDataJobInProgress,
    )
    from .remote_mysql_monitor_profile_activation_data_job_in_progress_steps_item import (
        RemoteMysqlMonitorProfileActivationDataJobInProgressStepsItem,
    )
    from .remote_mysql_monitor_profile_activation_data_last_job_details import (
        RemoteMysqlMonitorProfileActivationDataLastJobDetails,
    )
    from .remote_mysql_monitor_profile_activation_data_last_job_details_steps_item import (
        RemoteMysqlMonitorProfileActivationDataLastJobDetailsStepsItem,
    )
    from .remote_mysql_monitor_profile_activation_reply import RemoteMysqlMonitorProfileActivationReply
    from .remote_mysql_read_profile_data import RemoteMysqlReadProfileData
    from .remote_mysql_read_profile_data_profile_details import RemoteMysqlReadProfileDataProfileDetails
    from .remote_mysql_read_profile_reply import RemoteMysqlReadProfileReply
    from .remote_mysql_read_profiles_data import RemoteMysqlReadProfilesData
    from .remote_mysql_read_profiles_data_additional_property import RemoteMysqlReadProfilesDataAdditionalProperty
    from .remote_mysql_read_profiles_reply import RemoteMysqlReadProfilesReply
    from .remote_mysql_update_profile_data import RemoteMysqlUpdateProfileData
    from .remote_mysql_update_profile_data_profile_details import RemoteMysqlUpdateProfileDataProfileDetails
    from .remote_mysql_update_profile_reply import RemoteMysqlUpdateProfileReply
    from .remote_mysql_validate_profile_data import RemoteMysqlValidateProfileData
    from .remote_mysql_validate_profile_reply import RemoteMysqlValidateProfileReply
    from .remove_autossl_user_excluded_domains_reply import RemoveAutosslUserExcludedDomainsReply
    from .remove_connected_application_body import RemoveConnectedApplicationBody
    from .remove_connected_application_reply import RemoveConnectedApplicationReply
    from .remove_dmarc_data import RemoveDmarcData
    from .remove_dmarc_data_payload_item import RemoveDmarcDataPayloadItem
    from .remove_dmarc_reply import RemoveDmarcReply
    from .remove_in_progress_exim_config_edit_reply import RemoveInProgressEximConfigEditReply
    from .remove_integration_group_reply import RemoveIntegrationGroupReply
    from .remove_integration_link_reply import RemoveIntegrationLinkReply
    from .remove_override_features_for_user_reply import RemoveOverrideFeaturesForUserReply
    from .remove_zone_key_reply import RemoveZoneKeyReply
    from .removeacct_keepdns import RemoveacctKeepdns
    from .removeacct_reply import RemoveacctReply
    from .removezonerecord_reply import RemovezonerecordReply
    from .rename_mysql_database_reply import RenameMysqlDatabaseReply
    from .rename_mysql_user_reply import RenameMysqlUserReply
    from .rename_postgresql_database_reply import RenamePostgresqlDatabaseReply
    from .rename_postgresql_user_reply import RenamePostgresqlUserReply
    from .reorder_hooks_data import ReorderHooksData
    from .reorder_hooks_data_hook_order_item import ReorderHooksDataHookOrderItem
    from .reorder_hooks_reply import ReorderHooksReply
    from .resellerstats_data import ResellerstatsData
    from .resellerstats_data_reseller import ResellerstatsDataReseller
    from .resellerstats_data_reseller_acct_item import ResellerstatsDataResellerAcctItem
    from .resellerstats_filter_deleted import ResellerstatsFilterDeleted
    from .resellerstats_filter_suspended import ResellerstatsFilterSuspended
    from .resellerstats_reply import ResellerstatsReply
    from .reset_autossl_provider_reply import ResetAutosslProviderReply
    from .reset_service_ssl_certificate_data import ResetServiceSslCertificateData
    from .reset_service_ssl_certificate_data_certificate_info import ResetServiceSslCertificateDataCertificateInfo
    from .reset_service_ssl_certificate_reply import ResetServiceSslCertificateReply
    from .reset_service_ssl_certificate_service import ResetServiceSslCertificateService
    from .resetzone_reply import ResetzoneReply
    from .resolvedomainname_data import ResolvedomainnameData
    from .resolvedomainname_reply import ResolvedomainnameReply
    from .restartservice_data import RestartserviceData
    from .restartservice_queue_task import RestartserviceQueueTask
    from .restartservice_reply import RestartserviceReply
    from .restore_config_from_file_reply import RestoreConfigFromFileReply
    from .restore_config_from_upload_reply import RestoreConfigFromUploadReply
    from .restore_modules_summary_data import RestoreModulesSummaryData
    from .restore_modules_summary_data_modules_item import RestoreModulesSummaryDataModulesItem
    from .restore_modules_summary_reply import RestoreModulesSummaryReply
    from .restore_queue_activate_reply import RestoreQueueActivateReply
    from .restore_queue_add_task_data import RestoreQueueAddTaskData
    from .restore_queue_add_task_give_ip import RestoreQueueAddTaskGiveIp
    from .restore_queue_add_task_mail_config import RestoreQueueAddTaskMailConfig
    from .restore_queue_add_task_mysql import RestoreQueueAddTaskMysql
    from .restore_queue_add_task_reply import RestoreQueueAddTaskReply
    from .restore_queue_add_task_subdomains import RestoreQueueAddTaskSubdomains
    from .restore_queue_clear_all_completed_tasks_reply import RestoreQueueClearAllCompletedTasksReply
    from .restore_queue_clear_all_failed_tasks_reply import RestoreQueueClearAllFailedTasksReply
    from .restore_queue_clear_all_pending_tasks_reply import RestoreQueueClearAllPendingTasksReply
    from .restore_queue_clear_all_tasks_reply import RestoreQueueClearAllTasksReply
    from .restore_queue_clear_completed_task_reply import RestoreQueueClearCompletedTaskReply
    from .restore_queue_clear_pending_task_reply import RestoreQueueClearPendingTaskReply
    from .restore_queue_is_active_data import RestoreQueueIsActiveData
    from .restore_queue_is_active_reply import RestoreQueueIsActiveReply
    from .restore_queue_list_active_data import RestoreQueueListActiveData
    from .restore_queue_list_active_data_restore_job_item import RestoreQueueListActiveDataRestoreJobItem
    from .restore_queue_list_active_data_restore_job_item_options import RestoreQueueListActiveDataRestoreJobItemOptions
    from .restore_queue_list_active_reply import RestoreQueueListActiveReply
    from .restore_queue_list_completed_data import RestoreQueueListCompletedData
    from .restore_queue_list_completed_data_restore_job_item import RestoreQueueListCompletedDataRestoreJobItem
    from .restore_queue_list_completed_data_restore_job_item_restore_job import (
        RestoreQueueListCompletedDataRestoreJobItemRestoreJob,
    )
    from .restore_queue_list_completed_data_restore_job_item_restore_job_options import (
        RestoreQueueListCompletedDataRestoreJobItemRestoreJobOptions,
    )
    from .restore_queue_list_completed_data_restore_job_item_status_info import (
        RestoreQueueListCompletedDataRestoreJobItemStatusInfo,
    )
    from .restore_queue_list_completed_reply import RestoreQueueListCompletedReply
    from .restore_queue_list_pending_data import RestoreQueueListPendingData
    from .restore_queue_list_pending_data_restore_job_item import RestoreQueueListPendingDataRestoreJobItem
    from .restore_queue_list_pending_data_restore_job_item_options import (
        RestoreQueueListPendingDataRestoreJobItemOptions,
    )
    from .restore_queue_list_pending_reply import RestoreQueueListPendingReply
    from .restore_queue_state_data import RestoreQueueStateData
    from .restore_queue_state_data_active_item import RestoreQueueStateDataActiveItem
    from .restore_queue_state_data_active_item_options import RestoreQueueStateDataActiveItemOptions
    from .restore_queue_state_data_completed_item import RestoreQueueStateDataCompletedItem
    from .restore_queue_state_data_completed_item_options import RestoreQueueStateDataCompletedItemOptions
    from .restore_queue_state_data_pending_item import RestoreQueueStateDataPendingItem
    from .restore_queue_state_data_pending_item_options import RestoreQueueStateDataPendingItemOptions
    from .restore_queue_state_reply import RestoreQueueStateReply
    from .restoreaccount_all import RestoreaccountAll
    from .restoreaccount_ip import RestoreaccountIp
    from .restoreaccount_mail import RestoreaccountMail
    from .restoreaccount_mysql import RestoreaccountMysql
    from .restoreaccount_reply import RestoreaccountReply
    from .restoreaccount_subs import RestoreaccountSubs
    from .restoreaccount_type import RestoreaccountType
    from .restrict_whm_root_access_data import RestrictWhmRootAccessData
    from .restrict_whm_root_access_reply import RestrictWhmRootAccessReply
    from .retrieve_customizations_application import RetrieveCustomizationsApplication
    from .retrieve_customizations_reply import RetrieveCustomizationsReply
    from .retrieve_transfer_session_remote_analysis_data import RetrieveTransferSessionRemoteAnalysisData
    from .retrieve_transfer_session_remote_analysis_data_config import RetrieveTransferSessionRemoteAnalysisDataConfig
    from .retrieve_transfer_session_remote_analysis_data_items import RetrieveTransferSessionRemoteAnalysisDataItems
    from .retrieve_transfer_session_remote_analysis_data_local import RetrieveTransferSessionRemoteAnalysisDataLocal
    from .retrieve_transfer_session_remote_analysis_data_local_dbs import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbs,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_dbs_dbs import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbs,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_dbs_dbs_mysql import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbsMYSQL,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_dbs_dbs_mysql_additional_property import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbsMYSQLAdditionalProperty,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_dbs_dbs_pgsql import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbsPGSQL,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_dbs_dbs_pgsql_additional_property import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbsPGSQLAdditionalProperty,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_dbs_users import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsers,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_dbs_users_mysql import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsersMYSQL,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_dbs_users_mysql_additional_property import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsersMYSQLAdditionalProperty,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_dbs_users_pgsql import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsersPGSQL,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_dbs_users_pgsql_additional_property import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsersPGSQLAdditionalProperty,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_dedicated_ips import (
        RetrieveTransferSessionRemoteAnalysisDataLocalDedicatedIps,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_groups import (
        RetrieveTransferSessionRemoteAnalysisDataLocalGroups,
    )
    from .retrieve_transfer_session_remote_analysis_data_local_users import (
        RetrieveTransferSessionRemoteAnalysisDataLocalUsers,
    )
    from .retrieve_transfer_session_remote_analysis_data_modules import RetrieveTransferSessionRemoteAnalysisDataModules
    from .retrieve_transfer_session_remote_analysis_data_modules_additional_property import (
        RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalProperty,
    )
    from .retrieve_transfer_session_remote_analysis_data_modules_additional_property_analysis import (
        RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalPropertyAnalysis,
    )
    from .retrieve_transfer_session_remote_analysis_data_options import RetrieveTransferSessionRemoteAnalysisDataOptions
    from .retrieve_transfer_session_remote_analysis_data_remote import RetrieveTransferSessionRemoteAnalysisDataRemote
    from .retrieve_transfer_session_remote_analysis_data_remote_dbs import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbs,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbs,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs_mysql import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsMYSQL,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs_mysql_additional_property import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsMYSQLAdditionalProperty,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs_pgsql import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsPGSQL,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs_pgsql_additional_property import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsPGSQLAdditionalProperty,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_dbs_users import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsers,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_dbs_users_mysql import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsersMYSQL,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_dbs_users_mysql_additional_property import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsersMYSQLAdditionalProperty,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_dbs_users_pgsql import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsersPGSQL,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_dbs_users_pgsql_additional_property import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsersPGSQLAdditionalProperty,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item_system_settings import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettings,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item_system_settings_additional_property import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettingsAdditionalProperty,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item_worker_capabilities import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemWorkerCapabilities,
    )
    from .retrieve_transfer_session_remote_analysis_data_remote_resellers import (
        RetrieveTransferSessionRemoteAnalysisDataRemoteResellers,
    )
    from .retrieve_transfer_session_remote_analysis_reply import RetrieveTransferSessionRemoteAnalysisReply
    from .run_cpkeyclt_reply import RunCpkeycltReply
    from .save_connected_application_reply import SaveConnectedApplicationReply
    from .save_cpgreylist_config_data import SaveCpgreylistConfigData
    from .save_cpgreylist_config_data_cpgreylist_config import SaveCpgreylistConfigDataCpgreylistConfig
    from .save_cpgreylist_config_reply import SaveCpgreylistConfigReply
    from .save_cpgreylist_config_spf_bypass import SaveCpgreylistConfigSpfBypass
    from .save_cphulk_config_block_brute_force_with_firewall import SaveCphulkConfigBlockBruteForceWithFirewall
    from .save_cphulk_config_block_excessive_brute_force_with_firewall import (
        SaveCphulkConfigBlockExcessiveBruteForceWithFirewall,
    )
    from .save_cphulk_config_data import SaveCphulkConfigData
    from .save_cphulk_config_data_cphulk_config import SaveCphulkConfigDataCphulkConfig
    from .save_cphulk_config_ip_based_protection import SaveCphulkConfigIpBasedProtection
    from .save_cphulk_config_notify_on_brute import SaveCphulkConfigNotifyOnBrute
    from .save_cphulk_config_notify_on_root_login import SaveCphulkConfigNotifyOnRootLogin
    from .save_cphulk_config_notify_on_root_login_for_known_netblock import (
        SaveCphulkConfigNotifyOnRootLoginForKnownNetblock,
    )
    from .save_cphulk_config_reply import SaveCphulkConfigReply
    from .save_cphulk_config_skip_enabled_check import SaveCphulkConfigSkipEnabledCheck
    from .save_cphulk_config_username_based_protection import SaveCphulkConfigUsernameBasedProtection
    from .save_cphulk_config_username_based_protection_for_root import SaveCphulkConfigUsernameBasedProtectionForRoot
    from .save_cphulk_config_username_based_protection_local_origin import (
        SaveCphulkConfigUsernameBasedProtectionLocalOrigin,
    )
    from .save_spamd_config_reply import SaveSpamdConfigReply
    from .saveacllist_acl_acct_summary import SaveacllistAclAcctSummary
    from .saveacllist_acl_add_pkg import SaveacllistAclAddPkg
    from .saveacllist_acl_add_pkg_ip import SaveacllistAclAddPkgIp
    from .saveacllist_acl_add_pkg_shell import SaveacllistAclAddPkgShell
    from .saveacllist_acl_all import SaveacllistAclAll
    from .saveacllist_acl_allow_addoncreate import SaveacllistAclAllowAddoncreate
    from .saveacllist_acl_allow_emaillimits_pkgs import SaveacllistAclAllowEmaillimitsPkgs
    from .saveacllist_acl_allow_parkedcreate import SaveacllistAclAllowParkedcreate
    from .saveacllist_acl_allow_shell import SaveacllistAclAllowShell
    from .saveacllist_acl_allow_unlimited_bw_pkgs import SaveacllistAclAllowUnlimitedBwPkgs
    from .saveacllist_acl_allow_unlimited_disk_pkgs import SaveacllistAclAllowUnlimitedDiskPkgs
    from .saveacllist_acl_allow_unlimited_pkgs import SaveacllistAclAllowUnlimitedPkgs
    from .saveacllist_acl_basic_system_info import SaveacllistAclBasicSystemInfo
    from .saveacllist_acl_basic_whm_functions import SaveacllistAclBasicWhmFunctions
    from .saveacllist_acl_clustering import SaveacllistAclClustering
    from .saveacllist_acl_cors_proxy_get import SaveacllistAclCorsProxyGet
    from .saveacllist_acl_cpanel_api import SaveacllistAclCpanelApi
    from .saveacllist_acl_cpanel_integration import SaveacllistAclCpanelIntegration
    from .saveacllist_acl_create_acct import SaveacllistAclCreateAcct
    from .saveacllist_acl_create_dns import SaveacllistAclCreateDns
    from .saveacllist_acl_create_user_session import SaveacllistAclCreateUserSession
    from .saveacllist_acl_demo_setup import SaveacllistAclDemoSetup
    from .saveacllist_acl_digest_auth import SaveacllistAclDigestAuth
    from .saveacllist_acl_edit_account import SaveacllistAclEditAccount
    from .saveacllist_acl_edit_dns import SaveacllistAclEditDns
    from .saveacllist_acl_edit_mx import SaveacllistAclEditMx
    from .saveacllist_acl_edit_pkg import SaveacllistAclEditPkg
    from .saveacllist_acl_generate_email_config import SaveacllistAclGenerateEmailConfig
    from .saveacllist_acl_kill_acct import SaveacllistAclKillAcct
    from .saveacllist_acl_kill_dns import SaveacllistAclKillDns
    from .saveacllist_acl_limit_bandwidth import SaveacllistAclLimitBandwidth
    from .saveacllist_acl_list_accts import SaveacllistAclListAccts
    from .saveacllist_acl_list_pkgs import SaveacllistAclListPkgs
    from .saveacllist_acl_locale_edit import SaveacllistAclLocaleEdit
    from .saveacllist_acl_mailcheck import SaveacllistAclMailcheck
    from .saveacllist_acl_manage_api_tokens import SaveacllistAclManageApiTokens
    from .saveacllist_acl_manage_dns_records import SaveacllistAclManageDnsRecords
    from .saveacllist_acl_manage_oidc import SaveacllistAclManageOidc
    from .saveacllist_acl_manage_styles import SaveacllistAclManageStyles
    from .saveacllist_acl_mysql_info import SaveacllistAclMysqlInfo
    from .saveacllist_acl_news import SaveacllistAclNews
    from .saveacllist_acl_ns_config import SaveacllistAclNsConfig
    from .saveacllist_acl_park_dns import SaveacllistAclParkDns
    from .saveacllist_acl_passwd import SaveacllistAclPasswd
    from .saveacllist_acl_quota import SaveacllistAclQuota
    from .saveacllist_acl_rearrange_accts import SaveacllistAclRearrangeAccts
    from .saveacllist_acl_resftp import SaveacllistAclResftp
    from .saveacllist_acl_restart import SaveacllistAclRestart
    from .saveacllist_acl_show_bandwidth import SaveacllistAclShowBandwidth
    from .saveacllist_acl_ssl import SaveacllistAclSsl
    from .saveacllist_acl_ssl_buy import SaveacllistAclSslBuy
    from .saveacllist_acl_ssl_gencrt import SaveacllistAclSslGencrt
    from .saveacllist_acl_ssl_info import SaveacllistAclSslInfo
    from .saveacllist_acl_stats import SaveacllistAclStats
    from .saveacllist_acl_status import SaveacllistAclStatus
    from .saveacllist_acl_suspend_acct import SaveacllistAclSuspendAcct
    from .saveacllist_acl_thirdparty import SaveacllistAclThirdparty
    from .saveacllist_acl_track_email import SaveacllistAclTrackEmail
    from .saveacllist_acl_upgrade_account import SaveacllistAclUpgradeAccount
    from .saveacllist_acl_viewglobalpackages import SaveacllistAclViewglobalpackages
    from .saveacllist_reply import SaveacllistReply
    from .savemxs_reply import SavemxsReply
    from .send_test_posturl_data import SendTestPosturlData
    from .send_test_posturl_reply import SendTestPosturlReply
    from .send_test_pushbullet_note_data import SendTestPushbulletNoteData
    from .send_test_pushbullet_note_data_payload import SendTestPushbulletNoteDataPayload
    from .send_test_pushbullet_note_reply import SendTestPushbulletNoteReply
    from .servicestatus_data import ServicestatusData
    from .servicestatus_data_service_item import ServicestatusDataServiceItem
    from .servicestatus_reply import ServicestatusReply
    from .set_360_agent_polling_data import Set360AgentPollingData
    from .set_360_agent_polling_reply import Set360AgentPollingReply
    from .set_application_contact_event_importance_importance import SetApplicationContactEventImportanceImportance
    from .set_application_contact_event_importance_reply import SetApplicationContactEventImportanceReply
    from .set_application_contact_importance_importance import SetApplicationContactImportanceImportance
    from .set_application_contact_importance_reply import SetApplicationContactImportanceReply
    from .set_autossl_metadata_key_reply import SetAutosslMetadataKeyReply
    from .set_autossl_metadata_reply import SetAutosslMetadataReply
    from .set_autossl_provider_reply import SetAutosslProviderReply
    from .set_autossl_user_excluded_domains_reply import SetAutosslUserExcludedDomainsReply
    from .set_commerce_allow_commerce import SetCommerceAllowCommerce
    from .set_commerce_reply import SetCommerceReply
    from .set_cpanel_updates_data import SetCpanelUpdatesData
    from .set_cpanel_updates_reply import SetCpanelUpdatesReply
    from .set_cpanel_updates_updates import SetCpanelUpdatesUpdates
    from .set_cphulk_config_key_data import SetCphulkConfigKeyData
    from .set_cphulk_config_key_data_cphulk_config import SetCphulkConfigKeyDataCphulkConfig
    from .set_cphulk_config_key_reply import SetCphulkConfigKeyReply
    from .set_default_dmarc_record_data import SetDefaultDmarcRecordData
    from .set_default_dmarc_record_data_payload import SetDefaultDmarcRecordDataPayload
    from .set_default_dmarc_record_reply import SetDefaultDmarcRecordReply
    from .set_digest_auth_digestauth import SetDigestAuthDigestauth
    from .set_digest_auth_enabledigest import SetDigestAuthEnabledigest
    from .set_digest_auth_reply import SetDigestAuthReply
    from .set_ecommerce_allow_ecommerce import SetEcommerceAllowEcommerce
    from .set_ecommerce_reply import SetEcommerceReply
    from .set_enhancement_limit_limited import SetEnhancementLimitLimited
    from .set_enhancement_limit_reply import SetEnhancementLimitReply
    from .set_local_mysql_root_password_data import SetLocalMysqlRootPasswordData
    from .set_local_mysql_root_password_reply import SetLocalMysqlRootPasswordReply
    from .set_manual_mx_redirects_data import SetManualMxRedirectsData
    from .set_manual_mx_redirects_data_payload import SetManualMxRedirectsDataPayload
    from .set_manual_mx_redirects_reply import SetManualMxRedirectsReply
    from .set_market_product_attribute_reply import SetMarketProductAttributeReply
    from .set_market_provider_commission_id_reply import SetMarketProviderCommissionIdReply
    from .set_mysql_password_reply import SetMysqlPasswordReply
    from .set_nameserver_data import SetNameserverData
    from .set_nameserver_nameserver import SetNameserverNameserver
    from .set_nameserver_reply import SetNameserverReply
    from .set_nsec_3_for_domains_data import SetNsec3ForDomainsData
    from .set_nsec_3_for_domains_data_domains_item import SetNsec3ForDomainsDataDomainsItem
    from .set_nsec_3_for_domains_nsec_3_narrow import SetNsec3ForDomainsNsec3Narrow
    from .set_nsec_3_for_domains_nsec_3_opt_out import SetNsec3ForDomainsNsec3OptOut
    from .set_nsec_3_for_domains_reply import SetNsec3ForDomainsReply
    from .set_postgresql_password_reply import SetPostgresqlPasswordReply
    from .set_primary_domain_docroot_data import SetPrimaryDomainDocrootData
    from .set_primary_domain_docroot_reply import SetPrimaryDomainDocrootReply
    from .set_primary_servername_reply import SetPrimaryServernameReply
    from .set_primary_servername_type import SetPrimaryServernameType
    from .set_provider_client_configurations_reply import SetProviderClientConfigurationsReply
    from .set_provider_client_configurations_service_name import SetProviderClientConfigurationsServiceName
    from .set_provider_display_configurations_reply import SetProviderDisplayConfigurationsReply
    from .set_provider_display_configurations_service_name import SetProviderDisplayConfigurationsServiceName
    from .set_public_contact_reply import SetPublicContactReply
    from .set_scoped_userdata_data import SetScopedUserdataData
    from .set_scoped_userdata_reply import SetScopedUserdataReply
    from .set_service_config_key_reply import SetServiceConfigKeyReply
    from .set_service_proxy_backends_reply import SetServiceProxyBackendsReply
    from .set_tier_data import SetTierData
    from .set_tier_reply import SetTierReply
    from .set_tier_tier import SetTierTier
    from .set_tweaksetting_module import SetTweaksettingModule
    from .set_tweaksetting_reply import SetTweaksettingReply
    from .set_up_dns_resolver_workarounds_data import SetUpDnsResolverWorkaroundsData
    from .set_up_dns_resolver_workarounds_data_flags import SetUpDnsResolverWorkaroundsDataFlags
    from .set_up_dns_resolver_workarounds_reply import SetUpDnsResolverWorkaroundsReply
    from .set_user_email_forward_destination_reply import SetUserEmailForwardDestinationReply
    from .setacls_acl_acct_summary import SetaclsAclAcctSummary
    from .setacls_acl_add_pkg import SetaclsAclAddPkg
    from .setacls_acl_add_pkg_ip import SetaclsAclAddPkgIp
    from .setacls_acl_add_pkg_shell import SetaclsAclAddPkgShell
    from .setacls_acl_all import SetaclsAclAll
    from .setacls_acl_allow_addoncreate import SetaclsAclAllowAddoncreate
    from .setacls_acl_allow_parkedcreate import SetaclsAclAllowParkedcreate
    from .setacls_acl_allow_unlimited_bw_pkgs import SetaclsAclAllowUnlimitedBwPkgs
    from .setacls_acl_allow_unlimited_disk_pkgs import SetaclsAclAllowUnlimitedDiskPkgs
    from .setacls_acl_allow_unlimited_pkgs import SetaclsAclAllowUnlimitedPkgs
    from .setacls_acl_basic_system_info import SetaclsAclBasicSystemInfo
    from .setacls_acl_basic_whm_functions import SetaclsAclBasicWhmFunctions
    from .setacls_acl_clustering import SetaclsAclClustering
    from .setacls_acl_cors_proxy_get import SetaclsAclCorsProxyGet
    from .setacls_acl_cpanel_api import SetaclsAclCpanelApi
    from .setacls_acl_cpanel_integration import SetaclsAclCpanelIntegration
    from .setacls_acl_create_acct import SetaclsAclCreateAcct
    from .setacls_acl_create_dns import SetaclsAclCreateDns
    from .setacls_acl_create_user_session import SetaclsAclCreateUserSession
    from .setacls_acl_demo_setup import SetaclsAclDemoSetup
    from .setacls_acl_digest_auth import SetaclsAclDigestAuth
    from .setacls_acl_disallow_shell import SetaclsAclDisallowShell
    from .setacls_acl_edit_account import SetaclsAclEditAccount
    from .setacls_acl_edit_dns import SetaclsAclEditDns
    from .setacls_acl_edit_mx import SetaclsAclEditMx
    from .setacls_acl_edit_pkg import SetaclsAclEditPkg
    from .setacls_acl_generate_email_config import SetaclsAclGenerateEmailConfig
    from .setacls_acl_kill_acct import SetaclsAclKillAcct
    from .setacls_acl_kill_dns import SetaclsAclKillDns
    from .setacls_acl_limit_bandwidth import SetaclsAclLimitBandwidth
    from .setacls_acl_list_accts import SetaclsAclListAccts
    from .setacls_acl_list_pkgs import SetaclsAclListPkgs
    from .setacls_acl_locale_edit import SetaclsAclLocaleEdit
    from .setacls_acl_mailcheck import SetaclsAclMailcheck
    from .setacls_acl_manage_api_tokens import SetaclsAclManageApiTokens
    from .setacls_acl_manage_dns_records import SetaclsAclManageDnsRecords
    from .setacls_acl_manage_oidc import SetaclsAclManageOidc
    from .setacls_acl_manage_styles import SetaclsAclManageStyles
    from .setacls_acl_mysql_info import SetaclsAclMysqlInfo
    from .setacls_acl_nameserver_config import SetaclsAclNameserverConfig
    from .setacls_acl_news import SetaclsAclNews
    from .setacls_acl_park_dns import SetaclsAclParkDns
    from .setacls_acl_passwd import SetaclsAclPasswd
    from .setacls_acl_quota import SetaclsAclQuota
    from .setacls_acl_rearrange_accts import SetaclsAclRearrangeAccts
    from .setacls_acl_resftp import SetaclsAclResftp
    from .setacls_acl_restart import SetaclsAclRestart
    from .setacls_acl_show_bandwidth import SetaclsAclShowBandwidth
    from .setacls_acl_ssl import SetaclsAclSsl
    from .setacls_acl_ssl_buy import SetaclsAclSslBuy
    from .setacls_acl_ssl_gencrt import SetaclsAclSslGencrt
    from .setacls_acl_ssl_info import SetaclsAclSslInfo
    from .setacls_acl_stats import SetaclsAclStats
    from .setacls_acl_status import SetaclsAclStatus
    from .setacls_acl_suspend_acct import SetaclsAclSuspendAcct
    from .setacls_acl_thirdparty import SetaclsAclThirdparty
    from .setacls_acl_track_email import SetaclsAclTrackEmail
    from .setacls_acl_upgrade_account import SetaclsAclUpgradeAccount
    from .setacls_acl_viewglobalpackages import SetaclsAclViewglobalpackages
    from .setacls_data import SetaclsData
    from .setacls_reply import SetaclsReply
    from .sethostname_reply import SethostnameReply
    from .setminimumpasswordstrengths_reply import SetminimumpasswordstrengthsReply
    from .setresellerips_data import SetreselleripsData
    from .setresellerips_delegate import SetreselleripsDelegate
    from .setresellerips_reply import SetreselleripsReply
    from .setresellerlimits_enable_account_limit import SetresellerlimitsEnableAccountLimit
    from .setresellerlimits_enable_overselling import SetresellerlimitsEnableOverselling
    from .setresellerlimits_enable_overselling_bandwidth import SetresellerlimitsEnableOversellingBandwidth
    from .setresellerlimits_enable_overselling_diskspace import SetresellerlimitsEnableOversellingDiskspace
    from .setresellerlimits_enable_package_limit_numbers import SetresellerlimitsEnablePackageLimitNumbers
    from .setresellerlimits_enable_package_limits import SetresellerlimitsEnablePackageLimits
    from .setresellerlimits_enable_resource_limits import SetresellerlimitsEnableResourceLimits
    from .setresellerlimits_reply import SetresellerlimitsReply
    from .setresellermainip_reply import SetresellermainipReply
    from .setresellernameservers_reply import SetresellernameserversReply
    from .setresellerpackagelimit_allowed import SetresellerpackagelimitAllowed
    from .setresellerpackagelimit_no_limit import SetresellerpackagelimitNoLimit
    from .setresellerpackagelimit_reply import SetresellerpackagelimitReply
    from .setresolvers_reply import SetresolversReply
    from .setsiteip_reply import SetsiteipReply
    from .setupreseller_makeowner import SetupresellerMakeowner
    from .setupreseller_reply import SetupresellerReply
    from .showbw_data import ShowbwData
    from .showbw_data_acct_item import ShowbwDataAcctItem
    from .showbw_data_acct_item_bwusage_item import ShowbwDataAcctItemBwusageItem
    from .showbw_reply import ShowbwReply
    from .start_autossl_check_for_all_users_data import StartAutosslCheckForAllUsersData
    from .start_autossl_check_for_all_users_reply import StartAutosslCheckForAllUsersReply
    from .start_autossl_check_for_one_user_data import StartAutosslCheckForOneUserData
    from .start_autossl_check_for_one_user_reply import StartAutosslCheckForOneUserReply
    from .start_background_mysql_upgrade_data import StartBackgroundMysqlUpgradeData
    from .start_background_mysql_upgrade_reply import StartBackgroundMysqlUpgradeReply
    from .start_background_pkgacct_compressionsetting import StartBackgroundPkgacctCompressionsetting
    from .start_background_pkgacct_data import StartBackgroundPkgacctData
    from .start_background_pkgacct_incremental import StartBackgroundPkgacctIncremental
    from .start_background_pkgacct_low_priority import StartBackgroundPkgacctLowPriority
    from .start_background_pkgacct_reply import StartBackgroundPkgacctReply
    from .start_background_pkgacct_serialized_output import StartBackgroundPkgacctSerializedOutput
    from .start_background_pkgacct_skipacctdb import StartBackgroundPkgacctSkipacctdb
    from .start_background_pkgacct_skipapitokens import StartBackgroundPkgacctSkipapitokens
    from .start_background_pkgacct_skipauthnlinks import StartBackgroundPkgacctSkipauthnlinks
    from .start_background_pkgacct_skipbwdata import StartBackgroundPkgacctSkipbwdata
    from .start_background_pkgacct_skipdnssec import StartBackgroundPkgacctSkipdnssec
    from .start_background_pkgacct_skipdnszones import StartBackgroundPkgacctSkipdnszones
    from .start_background_pkgacct_skipftpusers import StartBackgroundPkgacctSkipftpusers
    from .start_background_pkgacct_skiphomedir import StartBackgroundPkgacctSkiphomedir
    from .start_background_pkgacct_skiplinkednodes import StartBackgroundPkgacctSkiplinkednodes
    from .start_background_pkgacct_skiplogs import StartBackgroundPkgacctSkiplogs
    from .start_background_pkgacct_skipresellerconfig import StartBackgroundPkgacctSkipresellerconfig
    from .start_background_pkgacct_skipshell import StartBackgroundPkgacctSkipshell
    from .start_background_pkgacct_skipvhosttemplates import StartBackgroundPkgacctSkipvhosttemplates
    from .start_background_pkgacct_split import StartBackgroundPkgacctSplit
    from .start_background_pkgacct_use_backups import StartBackgroundPkgacctUseBackups
    from .start_cpanel_update_data import StartCpanelUpdateData
    from .start_cpanel_update_mode import StartCpanelUpdateMode
    from .start_cpanel_update_reply import StartCpanelUpdateReply
    from .start_local_cpmove_restore_data import StartLocalCpmoveRestoreData
    from .start_local_cpmove_restore_dedicated_ip import StartLocalCpmoveRestoreDedicatedIp
    from .start_local_cpmove_restore_delete_archive import StartLocalCpmoveRestoreDeleteArchive
    from .start_local_cpmove_restore_overwrite import StartLocalCpmoveRestoreOverwrite
    from .start_local_cpmove_restore_reply import StartLocalCpmoveRestoreReply
    from .start_local_cpmove_restore_update_a_records import StartLocalCpmoveRestoreUpdateARecords
    from .start_profile_activation_code import StartProfileActivationCode
    from .start_profile_activation_data import StartProfileActivationData
    from .start_profile_activation_reply import StartProfileActivationReply
    from .start_transfer_session_data import StartTransferSessionData
    from .start_transfer_session_reply import StartTransferSessionReply
    from .suspend_outgoing_email_reply import SuspendOutgoingEmailReply
    from .suspendacct_disallowun import SuspendacctDisallowun
    from .suspendacct_leave_ftp_accts_enabled import SuspendacctLeaveFtpAcctsEnabled
    from .suspendacct_reply import SuspendacctReply
    from .suspendreseller_disallow import SuspendresellerDisallow
    from .suspendreseller_reply import SuspendresellerReply
    from .suspendreseller_reseller_only import SuspendresellerResellerOnly
    from .system_needs_reboot_reply import SystemNeedsRebootReply
    from .systemloadavg_data import SystemloadavgData
    from .systemloadavg_reply import SystemloadavgReply
    from .terminate_cpuser_mailbox_sessions_reply import TerminateCpuserMailboxSessionsReply
    from .terminatereseller_data import TerminateresellerData
    from .terminatereseller_data_acct_item import TerminateresellerDataAcctItem
    from .terminatereseller_data_acct_item_output import TerminateresellerDataAcctItemOutput
    from .terminatereseller_reply import TerminateresellerReply
    from .terminatereseller_terminatereseller import TerminateresellerTerminatereseller
    from .ticket_create_stub_ticket_data import TicketCreateStubTicketData
    from .ticket_create_stub_ticket_reply import TicketCreateStubTicketReply
    from .ticket_get_support_agreement_data import TicketGetSupportAgreementData
    from .ticket_get_support_agreement_reply import TicketGetSupportAgreementReply
    from .ticket_get_support_info_data import TicketGetSupportInfoData
    from .ticket_get_support_info_reply import TicketGetSupportInfoReply
    from .ticket_grant_data import TicketGrantData
    from .ticket_grant_reply import TicketGrantReply
    from .ticket_list_data import TicketListData
    from .ticket_list_data_auths_item import TicketListDataAuthsItem
    from .ticket_list_data_auths_item_servers_item import TicketListDataAuthsItemServersItem
    from .ticket_list_reply import TicketListReply
    from .ticket_remove_closed_data import TicketRemoveClosedData
    from .ticket_remove_closed_reply import TicketRemoveClosedReply
    from .ticket_revoke_data import TicketRevokeData
    from .ticket_revoke_reply import TicketRevokeReply
    from .ticket_ssh_test_data import TicketSshTestData
    from .ticket_ssh_test_reply import TicketSshTestReply
    from .ticket_ssh_test_start_reply import TicketSshTestStartReply
    from .ticket_update_service_agreement_approval_reply import TicketUpdateServiceAgreementApprovalReply
    from .ticket_validate_oauth_2_code_reply import TicketValidateOauth2CodeReply
    from .ticket_whitelist_check_data import TicketWhitelistCheckData
    from .ticket_whitelist_check_reply import TicketWhitelistCheckReply
    from .ticket_whitelist_setup_data import TicketWhitelistSetupData
    from .ticket_whitelist_setup_reply import TicketWhitelistSetupReply
    from .ticket_whitelist_unsetup_data import TicketWhitelistUnsetupData
    from .ticket_whitelist_unsetup_reply import TicketWhitelistUnsetupReply
    from .toggle_user_backup_state_data import ToggleUserBackupStateData
    from .toggle_user_backup_state_legacy import ToggleUserBackupStateLegacy
    from .toggle_user_backup_state_reply import ToggleUserBackupStateReply
    from .transfer_module_schema_data import TransferModuleSchemaData
    from .transfer_module_schema_data_schema import TransferModuleSchemaDataSchema
    from .transfer_module_schema_data_schema_keys import TransferModuleSchemaDataSchemaKeys
    from .transfer_module_schema_data_schema_keys_additional_property import (
        TransferModuleSchemaDataSchemaKeysAdditionalProperty,
    )
    from .transfer_module_schema_module import TransferModuleSchemaModule
    from .transfer_module_schema_reply import TransferModuleSchemaReply
    from .twofactorauth_disable_policy_reply import TwofactorauthDisablePolicyReply
    from .twofactorauth_enable_policy_reply import TwofactorauthEnablePolicyReply
    from .twofactorauth_generate_tfa_config_data import TwofactorauthGenerateTfaConfigData
    from .twofactorauth_generate_tfa_config_reply import TwofactorauthGenerateTfaConfigReply
    from .twofactorauth_get_issuer_data import TwofactorauthGetIssuerData
    from .twofactorauth_get_issuer_reply import TwofactorauthGetIssuerReply
    from .twofactorauth_get_tfa_config_for_user_data import TwofactorauthGetTfaConfigForUserData
    from .twofactorauth_get_tfa_config_for_user_data_additional_property import (
        TwofactorauthGetTfaConfigForUserDataAdditionalProperty,
    )
    from .twofactorauth_get_tfa_config_for_user_data_additional_property_email import (
        TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmail,
    )
    from .twofactorauth_get_tfa_config_for_user_data_additional_property_email_additional_property import (
        TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmailAdditionalProperty,
    )
    from .twofactorauth_get_tfa_config_for_user_data_additional_property_primary_account import (
        TwofactorauthGetTfaConfigForUserDataAdditionalPropertyPrimaryAccount,
    )
    from .twofactorauth_get_tfa_config_for_user_data_additional_property_team import (
        TwofactorauthGetTfaConfigForUserDataAdditionalPropertyTeam,
    )
    from .twofactorauth_get_tfa_config_for_user_data_additional_property_team_additional_property import (
        TwofactorauthGetTfaConfigForUserDataAdditionalPropertyTeamAdditionalProperty,
    )
    from .twofactorauth_get_tfa_config_for_user_reply import TwofactorauthGetTfaConfigForUserReply
    from .twofactorauth_get_user_configs_data import TwofactorauthGetUserConfigsData
    from .twofactorauth_get_user_configs_data_additional_property import (
        TwofactorauthGetUserConfigsDataAdditionalProperty,
    )
    from .twofactorauth_get_user_configs_reply import TwofactorauthGetUserConfigsReply
    from .twofactorauth_policy_status_data import TwofactorauthPolicyStatusData
    from .twofactorauth_policy_status_reply import TwofactorauthPolicyStatusReply
    from .twofactorauth_remove_user_config_data import TwofactorauthRemoveUserConfigData
    from .twofactorauth_remove_user_config_data_failed import TwofactorauthRemoveUserConfigDataFailed
    from .twofactorauth_remove_user_config_reply import TwofactorauthRemoveUserConfigReply
    from .twofactorauth_set_issuer_reply import TwofactorauthSetIssuerReply
    from .twofactorauth_set_tfa_config_data import TwofactorauthSetTfaConfigData
    from .twofactorauth_set_tfa_config_for_user_reply import TwofactorauthSetTfaConfigForUserReply
    from .twofactorauth_set_tfa_config_reply import TwofactorauthSetTfaConfigReply
    from .uapi_cpanel_data import UapiCpanelData
    from .uapi_cpanel_data_uapi import UapiCpanelDataUapi
    from .uapi_cpanel_data_uapi_metadata import UapiCpanelDataUapiMetadata
    from .uapi_cpanel_reply import UapiCpanelReply
    from .unassign_account_enhancement_reply import UnassignAccountEnhancementReply
    from .unblock_incoming_email_from_country_data import UnblockIncomingEmailFromCountryData
    from .unblock_incoming_email_from_country_reply import UnblockIncomingEmailFromCountryReply
    from .unblock_incoming_email_from_domain_data import UnblockIncomingEmailFromDomainData
    from .unblock_incoming_email_from_domain_reply import UnblockIncomingEmailFromDomainReply
    from .uninstall_rpm_plugin_data import UninstallRpmPluginData
    from .uninstall_rpm_plugin_reply import UninstallRpmPluginReply
    from .unlink_server_node_data import UnlinkServerNodeData
    from .unlink_server_node_data_worker_capabilities import UnlinkServerNodeDataWorkerCapabilities
    from .unlink_server_node_handle_api_token import UnlinkServerNodeHandleApiToken
    from .unlink_server_node_reply import UnlinkServerNodeReply
    from .unlink_user_authn_provider_reply import UnlinkUserAuthnProviderReply
    from .unset_all_service_proxy_backends_reply import UnsetAllServiceProxyBackendsReply
    from .unset_manual_mx_redirects_data import UnsetManualMxRedirectsData
    from .unset_manual_mx_redirects_data_payload import UnsetManualMxRedirectsDataPayload
    from .unset_manual_mx_redirects_reply import UnsetManualMxRedirectsReply
    from .unset_nsec_3_for_domains_data import UnsetNsec3ForDomainsData
    from .unset_nsec_3_for_domains_data_domains_item import UnsetNsec3ForDomainsDataDomainsItem
    from .unset_nsec_3_for_domains_reply import UnsetNsec3ForDomainsReply
    from .unsetupreseller_reply import UnsetupresellerReply
    from .unsuspend_outgoing_email_reply import UnsuspendOutgoingEmailReply
    from .unsuspendacct_reply import UnsuspendacctReply
    from .unsuspendacct_retain_service_proxies import UnsuspendacctRetainServiceProxies
    from .unsuspendreseller_reply import UnsuspendresellerReply
    from .unsuspendreseller_reseller_only import UnsuspendresellerResellerOnly
    from .untrack_acct_id_check_exists import UntrackAcctIdCheckExists
    from .untrack_acct_id_check_quota import UntrackAcctIdCheckQuota
    from .untrack_acct_id_protect_system import UntrackAcctIdProtectSystem
    from .untrack_acct_id_reply import UntrackAcctIdReply
    from .update_configclusterserver_reply import UpdateConfigclusterserverReply
    from .update_contact_email_reply import UpdateContactEmailReply
    from .update_customizations_body import UpdateCustomizationsBody
    from .update_customizations_body_application import UpdateCustomizationsBodyApplication
    from .update_customizations_body_theme import UpdateCustomizationsBodyTheme
    from .update_customizations_reply import UpdateCustomizationsReply
    from .update_featurelist_data import UpdateFeaturelistData
    from .update_featurelist_data_invalid_features_item import UpdateFeaturelistDataInvalidFeaturesItem
    from .update_featurelist_data_updated_features import UpdateFeaturelistDataUpdatedFeatures
    from .update_featurelist_feature_name import UpdateFeaturelistFeatureName
    from .update_featurelist_reply import UpdateFeaturelistReply
    from .update_integration_link_token_reply import UpdateIntegrationLinkTokenReply
    from .update_linked_server_node_reply import UpdateLinkedServerNodeReply
    from .update_linked_server_node_skip_tls_verification import UpdateLinkedServerNodeSkipTlsVerification
    from .update_nameservers_config_reply import UpdateNameserversConfigReply
    from .update_reverse_dns_cache_reply import UpdateReverseDnsCacheReply
    from .update_sql_config_reply import UpdateSqlConfigReply
    from .update_updateconf_body import UpdateUpdateconfBody
    from .update_updateconf_reply import UpdateUpdateconfReply
    from .updateuserdomains_reply import UpdateuserdomainsReply
    from .validate_current_dkims_data import ValidateCurrentDkimsData
    from .validate_current_dkims_data_payload_item import ValidateCurrentDkimsDataPayloadItem
    from .validate_current_dkims_data_payload_item_records_item import ValidateCurrentDkimsDataPayloadItemRecordsItem
    from .validate_current_dkims_reply import ValidateCurrentDkimsReply
    from .validate_current_dmarcs_data import ValidateCurrentDmarcsData
    from .validate_current_dmarcs_data_payload_item import ValidateCurrentDmarcsDataPayloadItem
    from .validate_current_dmarcs_reply import ValidateCurrentDmarcsReply
    from .validate_current_installed_exim_config_data import ValidateCurrentInstalledEximConfigData
    from .validate_current_installed_exim_config_reply import ValidateCurrentInstalledEximConfigReply
    from .validate_current_ptrs_data import ValidateCurrentPtrsData
    from .validate_current_ptrs_data_payload_item import ValidateCurrentPtrsDataPayloadItem
    from .validate_current_ptrs_data_payload_item_ptr_records_item import (
        ValidateCurrentPtrsDataPayloadItemPtrRecordsItem,
    )
    from .validate_current_ptrs_reply import ValidateCurrentPtrsReply
    from .validate_current_spfs_data import ValidateCurrentSpfsData
    from .validate_current_spfs_data_payload_item import ValidateCurrentSpfsDataPayloadItem
    from .validate_current_spfs_data_payload_item_records_item import ValidateCurrentSpfsDataPayloadItemRecordsItem
    from .validate_current_spfs_reply import ValidateCurrentSpfsReply
    from .validate_exim_configuration_syntax_reply import ValidateEximConfigurationSyntaxReply
    from .validate_login_token_data import ValidateLoginTokenData
    from .validate_login_token_data_payload_item import ValidateLoginTokenDataPayloadItem
    from .validate_login_token_reply import ValidateLoginTokenReply
    from .validate_system_user_data import ValidateSystemUserData
    from .validate_system_user_reply import ValidateSystemUserReply
    from .verify_new_username_for_restore_reply import VerifyNewUsernameForRestoreReply
    from .verify_new_username_reply import VerifyNewUsernameReply
    from .verify_posturl_access_data import VerifyPosturlAccessData
    from .verify_posturl_access_data_results_item import VerifyPosturlAccessDataResultsItem
    from .verify_posturl_access_data_results_item_result import VerifyPosturlAccessDataResultsItemResult
    from .verify_posturl_access_data_results_item_result_payload import VerifyPosturlAccessDataResultsItemResultPayload
    from .verify_posturl_access_reply import VerifyPosturlAccessReply
    from .verify_pushbullet_access_data import VerifyPushbulletAccessData
    from .verify_pushbullet_access_data_results_item import VerifyPushbulletAccessDataResultsItem
    from .verify_pushbullet_access_data_results_item_result import VerifyPushbulletAccessDataResultsItemResult
    from .verify_pushbullet_access_reply import VerifyPushbulletAccessReply
    from .verify_slack_access_data import VerifySlackAccessData
    from .verify_slack_access_data_results_item import VerifySlackAccessDataResultsItem
    from .verify_slack_access_data_results_item_result import VerifySlackAccessDataResultsItemResult
    from .verify_slack_access_data_results_item_result_payload import VerifySlackAccessDataResultsItemResultPayload
    from .verify_slack_access_data_results_item_result_payload_headers import (
        VerifySlackAccessDataResultsItemResultPayloadHeaders,
    )
    from .verify_slack_access_reply import VerifySlackAccessReply
    from .verify_user_has_feature_data import VerifyUserHasFeatureData
    from .verify_user_has_feature_reply import VerifyUserHasFeatureReply
    from .version_data import VersionData
    from .version_reply import VersionReply
    from .wp_dashboard_create_api_token_data import WpDashboardCreateApiTokenData
    from .wp_dashboard_create_api_token_reply import WpDashboardCreateApiTokenReply
    from .wp_dashboard_create_login_link_data import WpDashboardCreateLoginLinkData
    from .wp_dashboard_create_login_link_reply import WpDashboardCreateLoginLinkReply
    from .wp_dashboard_create_login_link_service import WpDashboardCreateLoginLinkService
    from .wp_dashboard_get_hostname_data import WpDashboardGetHostnameData
    from .wp_dashboard_get_hostname_reply import WpDashboardGetHostnameReply

_MODULE_OF = {
    "AbortTransferSessionReply": ".abort_transfer_session_reply",
    "AcceptEulaReply": ".accept_eula_reply",
    "AccesshashData": ".accesshash_data",
    "AccesshashGenerate": ".accesshash_generate",
    "AccesshashReply": ".accesshash_reply",
    "AccountsummaryData": ".accountsummary_data",
    "AccountsummaryDataAcctItem": ".accountsummary_data_acct_item",
    "AccountsummaryDataAcctItemChildNodesItem": ".accountsummary_data_acct_item_child_nodes_item",
    "AccountsummaryReply": ".accountsummary_reply",
    "AcctcountsData": ".acctcounts_data",
    "AcctcountsDataReseller": ".acctcounts_data_reseller",
    "AcctcountsReply": ".acctcounts_reply",
    "ActivateZoneKeyReply": ".activate_zone_key_reply",
    "AddAutosslUserExcludedDomainsReply": ".add_autossl_user_excluded_domains_reply",
    "AddConfigclusterserverBody": ".add_configclusterserver_body",
    "AddConfigclusterserverReply": ".add_configclusterserver_reply",
    "AddOverrideFeaturesForUserReply": ".add_override_features_for_user_reply",
    "AddZoneKeyActive": ".add_zone_key_active",
    "AddZoneKeyAlgoNum": ".add_zone_key_algo_num",
    "AddZoneKeyData": ".add_zone_key_data",
    "AddZoneKeyReply": ".add_zone_key_reply",
    "AdddnsReply": ".adddns_reply",
    "AddipsReply": ".addips_reply",
    "AddpkgCgi": ".addpkg_cgi",
    "AddpkgData": ".addpkg_data",
    "AddpkgDigestauth": ".addpkg_digestauth",
    "AddpkgFrontpage": ".addpkg_frontpage",
    "AddpkgHasshell": ".addpkg_hasshell",
    "AddpkgIp": ".addpkg_ip",
    "AddpkgReply": ".addpkg_reply",
    "AddpkgextData": ".addpkgext_data",
    "AddpkgextReply": ".addpkgext_reply",
    "AddzonerecordReply": ".addzonerecord_reply",
    "AllowAllWhmRootAccessReply": ".allow_all_whm_root_access_reply",
    "AnalyzeTransferSessionRemoteReply": ".analyze_transfer_session_remote_reply",
    "ApiTokenCreateData": ".api_token_create_data",
    "ApiTokenCreateReply": ".api_token_create_reply",
    "ApiTokenGetDetailsReply": ".api_token_get_details_reply",
    "ApiTokenListData": ".api_token_list_data",
    "ApiTokenListDataTokens": ".api_token_list_data_tokens",
    "ApiTokenListDataTokensAdditionalProperty": ".api_token_list_data_tokens_additional_property",
    "ApiTokenListDataTokensAdditionalPropertyAcls": ".api_token_list_data_tokens_additional_property_acls",
    "ApiTokenListReply": ".api_token_list_reply",
    "ApiTokenRevokeReply": ".api_token_revoke_reply",
    "ApiTokenUpdateData": ".api_token_update_data",
    "ApiTokenUpdateReply": ".api_token_update_reply",
    "ApiVersion": ".api_version",
    "ApplistData": ".applist_data",
    "ApplistReply": ".applist_reply",
    "ApplyDmarcData": ".apply_dmarc_data",
    "ApplyDmarcDataPayloadItem": ".apply_dmarc_data_payload_item",
    "ApplyDmarcReply": ".apply_dmarc_reply",
    "AssignAccountEnhancementReply": ".assign_account_enhancement_reply",
    "AuthorizesshkeyAuthorize": ".authorizesshkey_authorize",
    "AuthorizesshkeyData": ".authorizesshkey_data",
    "AuthorizesshkeyReply": ".authorizesshkey_reply",
    "AvailableTransferModulesData": ".available_transfer_modules_data",
    "AvailableTransferModulesDataModules": ".available_transfer_modules_data_modules",
    "AvailableTransferModulesReply": ".available_transfer_modules_reply",
    "BackgroundMysqlUpgradeCheckerRunData": ".background_mysql_upgrade_checker_run_data",
    "BackgroundMysqlUpgradeCheckerRunReply": ".background_mysql_upgrade_checker_run_reply",
    "BackgroundMysqlUpgradeStatusData": ".background_mysql_upgrade_status_data",
    "BackgroundMysqlUpgradeStatusReply": ".background_mysql_upgrade_status_reply",
    "BackupConfigGetData": ".backup_config_get_data",
    "BackupConfigGetDataBackupConfig": ".backup_config_get_data_backup_config",
    "BackupConfigGetReply": ".backup_config_get_reply",
    "BackupConfigSetBackupDailyEnable": ".backup_config_set_backup_daily_enable",
    "BackupConfigSetBackupMonthlyEnable": ".backup_config_set_backup_monthly_enable",
    "BackupConfigSetBackupWeeklyEnable": ".backup_config_set_backup_weekly_enable",
    "BackupConfigSetBackupbwdata": ".backup_config_set_backupbwdata",
    "BackupConfigSetBackupfiles": ".backup_config_set_backupfiles",
    "BackupConfigSetBackuplogs": ".backup_config_set_backuplogs",
    "BackupConfigSetBackupsuspendedaccts": ".backup_config_set_backupsuspendedaccts",
    "BackupConfigSetBackuptype": ".backup_config_set_backuptype",
    "BackupConfigSetCheckMinFreeSpace": ".backup_config_set_check_min_free_space",
    "BackupConfigSetForcePruneDaily": ".backup_config_set_force_prune_daily",
    "BackupConfigSetForcePruneMonthly": ".backup_config_set_force_prune_monthly",
    "BackupConfigSetForcePruneWeekly": ".backup_config_set_force_prune_weekly",
    "BackupConfigSetLinkdest": ".backup_config_set_linkdest",
    "BackupConfigSetLocalzonesonly": ".backup_config_set_localzonesonly",
    "BackupConfigSetMinFreeSpaceUnit": ".backup_config_set_min_free_space_unit",
    "BackupConfigSetMysqlbackup": ".backup_config_set_mysqlbackup",
    "BackupConfigSetPostbackup": ".backup_config_set_postbackup",
    "BackupConfigSetPrebackup": ".backup_config_set_prebackup",
    "BackupConfigSetPsqlbackup": ".backup_config_set_psqlbackup",
    "BackupConfigSetReply": ".backup_config_set_reply",
    "BackupDateListData": ".backup_date_list_data",
    "BackupDateListReply": ".backup_date_list_reply",
    "BackupDestinationAddAuthtype": ".backup_destination_add_authtype",
    "BackupDestinationAddData": ".backup_destination_add_data",
    "BackupDestinationAddDisabled": ".backup_destination_add_disabled",
    "BackupDestinationAddMount": ".backup_destination_add_mount",
    "BackupDestinationAddNoMountFail": ".backup_destination_add_no_mount_fail",
    "BackupDestinationAddOnlyUsedForLogs": ".backup_destination_add_only_used_for_logs",
    "BackupDestinationAddPassive": ".backup_destination_add_passive",
    "BackupDestinationAddReply": ".backup_destination_add_reply",
    "BackupDestinationAddSsl": ".backup_destination_add_ssl",
    "BackupDestinationAddUploadSystemBackup": ".backup_destination_add_upload_system_backup",
    "BackupDestinationDeleteReply": ".backup_destination_delete_reply",
    "BackupDestinationGetReply": ".backup_destination_get_reply",
    "BackupDestinationListData": ".backup_destination_list_data",
    "BackupDestinationListReply": ".backup_destination_list_reply",
    "BackupDestinationSetReply": ".backup_destination_set_reply",
    "BackupDestinationValidateData": ".backup_destination_validate_data",
    "BackupDestinationValidateDisableonfail": ".backup_destination_validate_disableonfail",
    "BackupDestinationValidateReply": ".backup_destination_validate_reply",
    "BackupDoesClientIdHaveGoogleCredentialsData": ".backup_does_client_id_have_google_credentials_data",
    "BackupDoesClientIdHaveGoogleCredentialsReply": ".backup_does_client_id_have_google_credentials_reply",
    "BackupGenerateGoogleOauthUriData": ".backup_generate_google_oauth_uri_data",
    "BackupGenerateGoogleOauthUriReply": ".backup_generate_google_oauth_uri_reply",
    "BackupGetTransportStatusData": ".backup_get_transport_status_data",
    "BackupGetTransportStatusDataTransportStatusItem": ".backup_get_transport_status_data_transport_status_item",
    "BackupGetTransportStatusReply": ".backup_get_transport_status_reply",
    "BackupGetTransportStatusState": ".backup_get_transport_status_state",
    "BackupListTransportedData": ".backup_list_transported_data",
    "BackupListTransportedDataRemoteBackups": ".backup_list_transported_data_remote_backups",
    "BackupListTransportedDataRemoteBackupsAdditionalProperty": ".backup_list_transported_data_remote_backups_additional_property",
    "BackupListTransportedReply": ".backup_list_transported_reply",
    "BackupSetListCombinedData": ".backup_set_list_combined_data",
    "BackupSetListCombinedDataBackupSet": ".backup_set_list_combined_data_backup_set",
    "BackupSetListCombinedDataBackupSetAdditionalPropertyItem": ".backup_set_list_combined_data_backup_set_additional_property_item",
    "BackupSetListCombinedDataDestinationLegend": ".backup_set_list_combined_data_destination_legend",
    "BackupSetListCombinedDataDestinationLegendAdditionalProperty": ".backup_set_list_combined_data_destination_legend_additional_property",
    "BackupSetListCombinedReply": ".backup_set_list_combined_reply",
    "BackupSetListData": ".backup_set_list_data",
    "BackupSetListReply": ".backup_set_list_reply",
    "BackupSkipUsersAllBackupversion": ".backup_skip_users_all_backupversion",
    "BackupSkipUsersAllReply": ".backup_skip_users_all_reply",
    "BackupSkipUsersAllState": ".backup_skip_users_all_state",
    "BackupSkipUsersAllStatusData": ".backup_skip_users_all_status_data",
    "BackupSkipUsersAllStatusDataReason": ".backup_skip_users_all_status_data_reason",
    "BackupSkipUsersAllStatusReply": ".backup_skip_users_all_status_reply",
    "BackupUserListData": ".backup_user_list_data",
    "BackupUserListDataUserItem": ".backup_user_list_data_user_item",
    "BackupUserListReply": ".backup_user_list_reply",
    "BatchAbortOnError": ".batch_abort_on_error",
    "BatchCreateCphulkRecordsData": ".batch_create_cphulk_records_data",
    "BatchCreateCphulkRecordsDataIpsFailed": ".batch_create_cphulk_records_data_ips_failed",
    "BatchCreateCphulkRecordsReply": ".batch_create_cphulk_records_reply",
    "BatchData": ".batch_data",
    "BatchDataResultItem": ".batch_data_result_item",
    "BatchReply": ".batch_reply",
    "BlockIncomingEmailFromCountryData": ".block_incoming_email_from_country_data",
    "BlockIncomingEmailFromCountryReply": ".block_incoming_email_from_country_reply",
    "BlockIncomingEmailFromDomainData": ".block_incoming_email_from_domain_data",
    "BlockIncomingEmailFromDomainReply": ".block_incoming_email_from_domain_reply",
    "ChangepackageReply": ".changepackage_reply",
    "CheckRemoteSshConnectionData": ".check_remote_ssh_connection_data",
    "CheckRemoteSshConnectionReply": ".check_remote_ssh_connection_reply",
    "ClusterMemberHasTrustWithData": ".cluster_member_has_trust_with_data",
    "ClusterMemberHasTrustWithReply": ".cluster_member_has_trust_with_reply",
    "ConfigurebackgroundprocesskillerReply": ".configurebackgroundprocesskiller_reply",
    "ConfigureserviceEnabled": ".configureservice_enabled",
    "ConfigureserviceMonitored": ".configureservice_monitored",
    "ConfigureserviceReply": ".configureservice_reply",
    "ConfigureserviceService": ".configureservice_service",
    "ConvertAddonFetchConversionDetailsData": ".convert_addon_fetch_conversion_details_data",
    "ConvertAddonFetchConversionDetailsDataStepsItem": ".convert_addon_fetch_conversion_details_data_steps_item",
    "ConvertAddonFetchConversionDetailsReply": ".convert_addon_fetch_conversion_details_reply",
    "ConvertAddonFetchDomainDetailsData": ".convert_addon_fetch_domain_details_data",
    "ConvertAddonFetchDomainDetailsReply": ".convert_addon_fetch_domain_details_reply",
    "ConvertAddonGetConversionStatusData": ".convert_addon_get_conversion_status_data",
    "ConvertAddonGetConversionStatusDataAdditionalProperty": ".convert_addon_get_conversion_status_data_additional_property",
    "ConvertAddonGetConversionStatusReply": ".convert_addon_get_conversion_status_reply",
    "ConvertAddonInitiateConversionReply": ".convert_addon_initiate_conversion_reply",
    "ConvertAddonListAddonDomainsData": ".convert_addon_list_addon_domains_data",
    "ConvertAddonListAddonDomainsDataAdditionalProperty": ".convert_addon_list_addon_domains_data_additional_property",
    "ConvertAddonListAddonDomainsReply": ".convert_addon_list_addon_domains_reply",
    "ConvertAddonListConversionsData": ".convert_addon_list_conversions_data",
    "ConvertAddonListConversionsDataConversionsItem": ".convert_addon_list_conversions_data_conversions_item",
    "ConvertAddonListConversionsReply": ".convert_addon_list_conversions_reply",
    "ConvertAllDomainsToFpmData": ".convert_all_domains_to_fpm_data",
    "ConvertAllDomainsToFpmReply": ".convert_all_domains_to_fpm_reply",
    "ConvertAndMigrateFromLegacyConfigNoConvert": ".convert_and_migrate_from_legacy_config_no_convert",
    "ConvertAndMigrateFromLegacyConfigReply": ".convert_and_migrate_from_legacy_config_reply",
    "ConvertopensshtoputtyData": ".convertopensshtoputty_data",
    "ConvertopensshtoputtyKeepFile": ".convertopensshtoputty_keep_file",
    "ConvertopensshtoputtyReply": ".convertopensshtoputty_reply",
    "CorsProxyGetData": ".cors_proxy_get_data",
    "CorsProxyGetDataCpRedirectsItem": ".cors_proxy_get_data_cp_redirects_item",
    "CorsProxyGetDataCpRedirectsItemHeaders": ".cors_proxy_get_data_cp_redirects_item_headers",
    "CorsProxyGetReply": ".cors_proxy_get_reply",
    "CpanelCpanelJsonapiApiversion": ".cpanel_cpanel_jsonapi_apiversion",
    "CpanelReply": ".cpanel_reply",
    "CpgreylistIsServerNetblockTrustedData": ".cpgreylist_is_server_netblock_trusted_data",
    "CpgreylistIsServerNetblockTrustedDataIpBlocks": ".cpgreylist_is_server_netblock_trusted_data_ip_blocks",
    "CpgreylistIsServerNetblockTrustedReply": ".cpgreylist_is_server_netblock_trusted_reply",
    "CpgreylistListEntriesForCommonMailProviderData": ".cpgreylist_list_entries_for_common_mail_provider_data",
    "CpgreylistListEntriesForCommonMailProviderDataProviders": ".cpgreylist_list_entries_for_common_mail_provider_data_providers",
    "CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalProperty": ".cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property",
    "CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps": ".cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property_ips",
    "CpgreylistListEntriesForCommonMailProviderDataProvidersFailed": ".cpgreylist_list_entries_for_common_mail_provider_data_providers_failed",
    "CpgreylistListEntriesForCommonMailProviderReply": ".cpgreylist_list_entries_for_common_mail_provider_reply",
    "CpgreylistLoadCommonMailProvidersConfigData": ".cpgreylist_load_common_mail_providers_config_data",
    "CpgreylistLoadCommonMailProvidersConfigDataCommonMailProviders": ".cpgreylist_load_common_mail_providers_config_data_common_mail_providers",
    "CpgreylistLoadCommonMailProvidersConfigDataCommonMailProvidersAdditionalProperty": ".cpgreylist_load_common_mail_providers_config_data_common_mail_providers_additional_property",
    "CpgreylistLoadCommonMailProvidersConfigReply": ".cpgreylist_load_common_mail_providers_config_reply",
    "CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMailProviders": ".cpgreylist_save_common_mail_providers_config_autotrust_new_common_mail_providers",
    "CpgreylistSaveCommonMailProvidersConfigData": ".cpgreylist_save_common_mail_providers_config_data",
    "CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders": ".cpgreylist_save_common_mail_providers_config_data_common_mail_providers",
    "CpgreylistSaveCommonMailProvidersConfigDataCommonMailProvidersAdditionalProperty": ".cpgreylist_save_common_mail_providers_config_data_common_mail_providers_additional_property",
    "CpgreylistSaveCommonMailProvidersConfigReply": ".cpgreylist_save_common_mail_providers_config_reply",
    "CpgreylistStatusData": ".cpgreylist_status_data",
    "CpgreylistStatusReply": ".cpgreylist_status_reply",
    "CpgreylistTrustEntriesForCommonMailProviderData": ".cpgreylist_trust_entries_for_common_mail_provider_data",
    "CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed": ".cpgreylist_trust_entries_for_common_mail_provider_data_providers_failed",
    "CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted": ".cpgreylist_trust_entries_for_common_mail_provider_data_providers_trusted",
    "CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrustedAdditionalProperty": ".cpgreylist_trust_entries_for_common_mail_provider_data_providers_trusted_additional_property",
    "CpgreylistTrustEntriesForCommonMailProviderReply": ".cpgreylist_trust_entries_for_common_mail_provider_reply",
    "CpgreylistUntrustEntriesForCommonMailProviderData": ".cpgreylist_untrust_entries_for_common_mail_provider_data",
    "CpgreylistUntrustEntriesForCommonMailProviderDataProvidersFailed": ".cpgreylist_untrust_entries_for_common_mail_provider_data_providers_failed",
    "CpgreylistUntrustEntriesForCommonMailProviderDataProvidersFailedAdditionalProperty": ".cpgreylist_untrust_entries_for_common_mail_provider_data_providers_failed_additional_property",
    "CpgreylistUntrustEntriesForCommonMailProviderDataProvidersUntrusted": ".cpgreylist_untrust_entries_for_common_mail_provider_data_providers_untrusted",
    "CpgreylistUntrustEntriesForCommonMailProviderReply": ".cpgreylist_untrust_entries_for_common_mail_provider_reply",
    "CphulkStatusData": ".cphulk_status_data",
    "CphulkStatusReply": ".cphulk_status_reply",
    "CreateAccountEnhancementData": ".create_account_enhancement_data",
    "CreateAccountEnhancementReply": ".create_account_enhancement_reply",
    "CreateCpgreylistTrustedHostData": ".create_cpgreylist_trusted_host_data",
    "CreateCpgreylistTrustedHostDataIpsAddedItem": ".create_cpgreylist_trusted_host_data_ips_added_item",
    "CreateCpgreylistTrustedHostDataIpsFailed": ".create_cpgreylist_trusted_host_data_ips_failed",
    "CreateCpgreylistTrustedHostReply": ".create_cpgreylist_trusted_host_reply",
    "CreateCphulkRecordData": ".create_cphulk_record_data",
    "CreateCphulkRecordDataIpsFailed": ".create_cphulk_record_data_ips_failed",
    "CreateCphulkRecordListName": ".create_cphulk_record_list_name",
    "CreateCphulkRecordReply": ".create_cphulk_record_reply",
    "CreateCphulkRecordSkipEnabledCheck": ".create_cphulk_record_skip_enabled_check",
    "CreateFeaturelistData": ".create_featurelist_data",
    "CreateFeaturelistFeaturelistname": ".create_featurelist_featurelistname",
    "CreateFeaturelistOverwrite": ".create_featurelist_overwrite",
    "CreateFeaturelistReply": ".create_featurelist_reply",
    "CreateIntegrationGroupReply": ".create_integration_group_reply",
    "CreateIntegrationLinkGroupId": ".create_integration_link_group_id",
    "CreateIntegrationLinkHide": ".create_integration_link_hide",
    "CreateIntegrationLinkReply": ".create_integration_link_reply",
    "CreateParkedDomainForUserReply": ".create_parked_domain_for_user_reply",
    "CreateRemoteRootTransferSessionCommTransport": ".create_remote_root_transfer_session_comm_transport",
    "CreateRemoteRootTransferSessionCompressed": ".create_remote_root_transfer_session_compressed",
    "CreateRemoteRootTransferSessionCopyResellerPrivs": ".create_remote_root_transfer_session_copy_reseller_privs",
    "CreateRemoteRootTransferSessionData": ".create_remote_root_transfer_session_data",
    "CreateRemoteRootTransferSessionEnableCustomPkgacct": ".create_remote_root_transfer_session_enable_custom_pkgacct",
    "CreateRemoteRootTransferSessionLowPriority": ".create_remote_root_transfer_session_low_priority",
    "CreateRemoteRootTransferSessionReply": ".create_remote_root_transfer_session_reply",
    "CreateRemoteRootTransferSessionRootEscalationMethod": ".create_remote_root_transfer_session_root_escalation_method",
    "CreateRemoteRootTransferSessionUnencrypted": ".create_remote_root_transfer_session_unencrypted",
    "CreateRemoteRootTransferSessionUnrestrictedRestore": ".create_remote_root_transfer_session_unrestricted_restore",
    "CreateRemoteRootTransferSessionUseBackups": ".create_remote_root_transfer_session_use_backups",
    "CreateRemoteUserTransferSessionData": ".create_remote_user_transfer_session_data",
    "CreateRemoteUserTransferSessionReply": ".create_remote_user_transfer_session_reply",
    "CreateRemoteUserTransferSessionUnrestrictedRestore": ".create_remote_user_transfer_session_unrestricted_restore",
    "CreateSubdomainData": ".create_subdomain_data",
    "CreateSubdomainReply": ".create_subdomain_reply",
    "CreateSubdomainUseCanonicalName": ".create_subdomain_use_canonical_name",
    "CreateUserSessionData": ".create_user_session_data",
    "CreateUserSessionReply": ".create_user_session_reply",
    "CreateUserSessionService": ".create_user_session_service",
    "CreateacctData": ".createacct_data",
    "CreateacctDkim": ".createacct_dkim",
    "CreateacctForcedns": ".createacct_forcedns",
    "CreateacctHasshell": ".createacct_hasshell",
    "CreateacctHasuseregns": ".createacct_hasuseregns",
    "CreateacctIp": ".createacct_ip",
    "CreateacctMxcheck": ".createacct_mxcheck",
    "CreateacctOwnerself": ".createacct_ownerself",
    "CreateacctReply": ".createacct_reply",
    "CreateacctReseller": ".createacct_reseller",
    "CreateacctResellerWithoutDomain": ".createacct_reseller_without_domain",
    "CreateacctSavepkg": ".createacct_savepkg",
    "CreateacctShowpass": ".createacct_showpass",
    "CreateacctSpamassassin": ".createacct_spamassassin",
    "CreateacctSpambox": ".createacct_spambox",
    "CreateacctSpf": ".createacct_spf",
    "CreateacctUseregns": ".createacct_useregns",
    "CurrentMysqlVersionData": ".current_mysql_version_data",
    "CurrentMysqlVersionReply": ".current_mysql_version_reply",
    "DeactivateZoneKeyReply": ".deactivate_zone_key_reply",
    "DeleteAccountArchivesReply": ".delete_account_archives_reply",
    "DeleteAccountEnhancementReply": ".delete_account_enhancement_reply",
    "DeleteConfigclusterserverReply": ".delete_configclusterserver_reply",
    "DeleteCpgreylistTrustedHostData": ".delete_cpgreylist_trusted_host_data",
    "DeleteCpgreylistTrustedHostDataIpsFailed": ".delete_cpgreylist_trusted_host_data_ips_failed",
    "DeleteCpgreylistTrustedHostReply": ".delete_cpgreylist_trusted_host_reply",
    "DeleteCphulkRecordData": ".delete_cphulk_record_data",
    "DeleteCphulkRecordDataIpsFailed": ".delete_cphulk_record_data_ips_failed",
    "DeleteCphulkRecordListName": ".delete_cphulk_record_list_name",
    "DeleteCphulkRecordReply": ".delete_cphulk_record_reply",
    "DeleteCphulkRecordSkipEnabledCheck": ".delete_cphulk_record_skip_enabled_check",
    "DeleteCustomizationsApplication": ".delete_customizations_application",
    "DeleteCustomizationsReply": ".delete_customizations_reply",
    "DeleteDomainData": ".delete_domain_data",
    "DeleteDomainReply": ".delete_domain_reply",
    "DeleteFeaturelistData": ".delete_featurelist_data",
    "DeleteFeaturelistReply": ".delete_featurelist_reply",
    "DeleteHookReply": ".delete_hook_reply",
    "DeleteRpmVersionData": ".delete_rpm_version_data",
    "DeleteRpmVersionReply": ".delete_rpm_version_reply",
    "DeleteSslVhostData": ".delete_ssl_vhost_data",
    "DeleteSslVhostDataRemovedVhostDataItem": ".delete_ssl_vhost_data_removed_vhost_data_item",
    "DeleteSslVhostReply": ".delete_ssl_vhost_reply",
    "DeletesshkeyData": ".deletesshkey_data",
    "DeletesshkeyLeaveAuthorized": ".deletesshkey_leave_authorized",
    "DeletesshkeyReply": ".deletesshkey_reply",
    "DelipReply": ".delip_reply",
    "DelipSkipifshutdown": ".delip_skipifshutdown",
    "DelpkgextData": ".delpkgext_data",
    "DelpkgextReply": ".delpkgext_reply",
    "DisableAuthenticationProviderReply": ".disable_authentication_provider_reply",
    "DisableAuthenticationProviderServiceName": ".disable_authentication_provider_service_name",
    "DisableAutosslReply": ".disable_autossl_reply",
    "DisableCpgreylistReply": ".disable_cpgreylist_reply",
    "DisableCphulkReply": ".disable_cphulk_reply",
    "DisableDkimData": ".disable_dkim_data",
    "DisableDkimDataPayloadItem": ".disable_dkim_data_payload_item",
    "DisableDkimReply": ".disable_dkim_reply",
    "DisableDnssecForDomainsData": ".disable_dnssec_for_domains_data",
    "DisableDnssecForDomainsDataDomainsItem": ".disable_dnssec_for_domains_data_domains_item",
    "DisableDnssecForDomainsReply": ".disable_dnssec_for_domains_reply",
    "DisableFailingAuthenticationProvidersData": ".disable_failing_authentication_providers_data",
    "DisableFailingAuthenticationProvidersDataPayloadItem": ".disable_failing_authentication_providers_data_payload_item",
    "DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem": ".disable_failing_authentication_providers_data_payload_item_failures_to_disable_item",
    "DisableFailingAuthenticationProvidersReply": ".disable_failing_authentication_providers_reply",
    "DisableMailSniReply": ".disable_mail_sni_reply",
    "DisableMarketProviderReply": ".disable_market_provider_reply",
    "DomainuserdataData": ".domainuserdata_data",
    "DomainuserdataDataUserdata": ".domainuserdata_data_userdata",
    "DomainuserdataDataUserdataCustomlogItem": ".domainuserdata_data_userdata_customlog_item",
    "DomainuserdataDataUserdataScriptaliasItem": ".domainuserdata_data_userdata_scriptalias_item",
    "DomainuserdataReply": ".domainuserdata_reply",
    "DumpzoneData": ".dumpzone_data",
    "DumpzoneReply": ".dumpzone_reply",
    "Ea4GetAdditionalPkgPrefixesData": ".ea_4_get_additional_pkg_prefixes_data",
    "Ea4GetAdditionalPkgPrefixesReply": ".ea_4_get_additional_pkg_prefixes_reply",
    "Ea4GetCurrentlyInstalledPackagesData": ".ea_4_get_currently_installed_packages_data",
    "Ea4GetCurrentlyInstalledPackagesReply": ".ea_4_get_currently_installed_packages_reply",
    "Ea4ListProfilesData": ".ea_4_list_profiles_data",
    "Ea4ListProfilesDataCpanelItem": ".ea_4_list_profiles_data_cpanel_item",
    "Ea4ListProfilesDataCpanelItemValidationData": ".ea_4_list_profiles_data_cpanel_item_validation_data",
    "Ea4ListProfilesDataCustomItem": ".ea_4_list_profiles_data_custom_item",
    "Ea4ListProfilesDataCustomItemValidationData": ".ea_4_list_profiles_data_custom_item_validation_data",
    "Ea4ListProfilesReply": ".ea_4_list_profiles_reply",
    "Ea4MetainfoData": ".ea_4_metainfo_data",
    "Ea4MetainfoReply": ".ea_4_metainfo_reply",
    "Ea4RecommendationsData": ".ea_4_recommendations_data",
    "Ea4RecommendationsDataAdditionalPropertyItem": ".ea_4_recommendations_data_additional_property_item",
    "Ea4RecommendationsDataAdditionalPropertyItemOptionsItem": ".ea_4_recommendations_data_additional_property_item_options_item",
    "Ea4RecommendationsReply": ".ea_4_recommendations_reply",
    "Ea4SaveProfileData": ".ea_4_save_profile_data",
    "Ea4SaveProfileOverwrite": ".ea_4_save_profile_overwrite",
    "Ea4SaveProfileReply": ".ea_4_save_profile_reply",
    "EditHookEnabled": ".edit_hook_enabled",
    "EditHookEscalateprivs": ".edit_hook_escalateprivs",
    "EditHookExectype": ".edit_hook_exectype",
    "EditHookReply": ".edit_hook_reply",
    "EditHookStage": ".edit_hook_stage",
    "EditRpmVersionData": ".edit_rpm_version_data",
    "EditRpmVersionReply": ".edit_rpm_version_reply",
    "EditpkgCgi": ".editpkg_cgi",
    "EditpkgData": ".editpkg_data",
    "EditpkgDigestauth": ".editpkg_digestauth",
    "EditpkgFrontpage": ".editpkg_frontpage",
    "EditpkgHasshell": ".editpkg_hasshell",
    "EditpkgIp": ".editpkg_ip",
    "EditpkgReply": ".editpkg_reply",
    "EditquotaReply": ".editquota_reply",
    "EditzonerecordReply": ".editzonerecord_reply",
    "EmailtrackSearchData": ".emailtrack_search_data",
    "EmailtrackSearchDataRecordsItem": ".emailtrack_search_data_records_item",
    "EmailtrackSearchDefer": ".emailtrack_search_defer",
    "EmailtrackSearchDeliverytype": ".emailtrack_search_deliverytype",
    "EmailtrackSearchFailure": ".emailtrack_search_failure",
    "EmailtrackSearchInprogress": ".emailtrack_search_inprogress",
    "EmailtrackSearchReply": ".emailtrack_search_reply",
    "EmailtrackSearchSuccess": ".emailtrack_search_success",
    "EmailtrackStatsData": ".emailtrack_stats_data",
    "EmailtrackStatsDataRecordsItem": ".emailtrack_stats_data_records_item",
    "EmailtrackStatsDeliverytype": ".emailtrack_stats_deliverytype",
    "EmailtrackStatsNosize": ".emailtrack_stats_nosize",
    "EmailtrackStatsNosuccess": ".emailtrack_stats_nosuccess",
    "EmailtrackStatsReply": ".emailtrack_stats_reply",
    "EmailtrackUserStatsData": ".emailtrack_user_stats_data",
    "EmailtrackUserStatsDataRecordsItem": ".emailtrack_user_stats_data_records_item",
    "EmailtrackUserStatsDeliverytype": ".emailtrack_user_stats_deliverytype",
    "EmailtrackUserStatsReply": ".emailtrack_user_stats_reply",
    "EnableAuthenticationProviderReply": ".enable_authentication_provider_reply",
    "EnableAuthenticationProviderServiceName": ".enable_authentication_provider_service_name",
    "EnableCpgreylistReply": ".enable_cpgreylist_reply",
    "EnableCphulkReply": ".enable_cphulk_reply",
    "EnableDkimData": ".enable_dkim_data",
    "EnableDkimDataPayloadItem": ".enable_dkim_data_payload_item",
    "EnableDkimReply": ".enable_dkim_reply",
    "EnableDnssecForDomainsActive": ".enable_dnssec_for_domains_active",
    "EnableDnssecForDomainsAlgoNum": ".enable_dnssec_for_domains_algo_num",
    "EnableDnssecForDomainsData": ".enable_dnssec_for_domains_data",
    "EnableDnssecForDomainsDataDomainsItem": ".enable_dnssec_for_domains_data_domains_item",
    "EnableDnssecForDomainsKeySetup": ".enable_dnssec_for_domains_key_setup",
    "EnableDnssecForDomainsNsec3Narrow": ".enable_dnssec_for_domains_nsec_3_narrow",
    "EnableDnssecForDomainsNsec3OptOut": ".enable_dnssec_for_domains_nsec_3_opt_out",
    "EnableDnssecForDomainsReply": ".enable_dnssec_for_domains_reply",
    "EnableDnssecForDomainsUseNsec3": ".enable_dnssec_for_domains_use_nsec_3",
    "EnableMailSniData": ".enable_mail_sni_data",
    "EnableMailSniDataFailedDomains": ".enable_mail_sni_data_failed_domains",
    "EnableMailSniReply": ".enable_mail_sni_reply",
    "EnableMarketProviderReply": ".enable_market_provider_reply",
    "EnableMonitorAllEnabledServicesData": ".enable_monitor_all_enabled_services_data",
    "EnableMonitorAllEnabledServicesDataServicesItem": ".enable_monitor_all_enabled_services_data_services_item",
    "EnableMonitorAllEnabledServicesReply": ".enable_monitor_all_enabled_services_reply",
    "EnqueueDeferredSslInstallationsReply": ".enqueue_deferred_ssl_installations_reply",
    "EnqueueTransferItemReply": ".enqueue_transfer_item_reply",
    "EnsureDkimKeysExistData": ".ensure_dkim_keys_exist_data",
    "EnsureDkimKeysExistDataPayloadItem": ".ensure_dkim_keys_exist_data_payload_item",
    "EnsureDkimKeysExistReply": ".ensure_dkim_keys_exist_reply",
    "EolPhpSitesData": ".eol_php_sites_data",
    "EolPhpSitesReply": ".eol_php_sites_reply",
    "ExecuteRemoteWhmapi1WithPasswordData": ".execute_remote_whmapi_1_with_password_data",
    "ExecuteRemoteWhmapi1WithPasswordReply": ".execute_remote_whmapi_1_with_password_reply",
    "EximConfigurationCheckData": ".exim_configuration_check_data",
    "EximConfigurationCheckReply": ".exim_configuration_check_reply",
    "ExportZoneDnskeyData": ".export_zone_dnskey_data",
    "ExportZoneDnskeyReply": ".export_zone_dnskey_reply",
    "ExportZoneFilesData": ".export_zone_files_data",
    "ExportZoneFilesDataPayloadItem": ".export_zone_files_data_payload_item",
    "ExportZoneFilesReply": ".export_zone_files_reply",
    "ExportZoneKeyData": ".export_zone_key_data",
    "ExportZoneKeyReply": ".export_zone_key_reply",
    "ExpungeMailboxMessagesReply": ".expunge_mailbox_messages_reply",
    "ExpungeMessagesForMailboxGuidReply": ".expunge_messages_for_mailbox_guid_reply",
    "FetchConnectedApplicationBody": ".fetch_connected_application_body",
    "FetchConnectedApplicationData": ".fetch_connected_application_data",
    "FetchConnectedApplicationDataData": ".fetch_connected_application_data_data",
    "FetchConnectedApplicationReply": ".fetch_connected_application_reply",
    "FetchDkimPrivateKeysData": ".fetch_dkim_private_keys_data",
    "FetchDkimPrivateKeysDataPayloadItem": ".fetch_dkim_private_keys_data_payload_item",
    "FetchDkimPrivateKeysReply": ".fetch_dkim_private_keys_reply",
    "FetchDsRecordsForDomainsData": ".fetch_ds_records_for_domains_data",
    "FetchDsRecordsForDomainsDataDomainsItem": ".fetch_ds_records_for_domains_data_domains_item",
    "FetchDsRecordsForDomainsDataDomainsItemDsRecords": ".fetch_ds_records_for_domains_data_domains_item_ds_records",
    "FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeys": ".fetch_ds_records_for_domains_data_domains_item_ds_records_keys",
    "FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalProperty": ".fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property",
    "FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem": ".fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property_digests_item",
    "FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails": ".fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details",
    "FetchDsRecordsForDomainsReply": ".fetch_ds_records_for_domains_reply",
    "FetchMailQueueData": ".fetch_mail_queue_data",
    "FetchMailQueueDataRecordsItem": ".fetch_mail_queue_data_records_item",
    "FetchMailQueueReply": ".fetch_mail_queue_reply",
    "FetchPkgacctMasterLogData": ".fetch_pkgacct_master_log_data",
    "FetchPkgacctMasterLogReply": ".fetch_pkgacct_master_log_reply",
    "FetchSecurityAdviceData": ".fetch_security_advice_data",
    "FetchSecurityAdviceDataPayloadItem": ".fetch_security_advice_data_payload_item",
    "FetchSecurityAdviceDataPayloadItemAdvice": ".fetch_security_advice_data_payload_item_advice",
    "FetchSecurityAdviceReply": ".fetch_security_advice_reply",
    "FetchServiceSslComponentsData": ".fetch_service_ssl_components_data",
    "FetchServiceSslComponentsDataServicesItem": ".fetch_service_ssl_components_data_services_item",
    "FetchServiceSslComponentsDataServicesItemCertificateInfo": ".fetch_service_ssl_components_data_services_item_certificate_info",
    "FetchServiceSslComponentsReply": ".fetch_service_ssl_components_reply",
    "FetchSslCertificatesForFqdnsData": ".fetch_ssl_certificates_for_fqdns_data",
    "FetchSslCertificatesForFqdnsDataPayloadItem": ".fetch_ssl_certificates_for_fqdns_data_payload_item",
    "FetchSslCertificatesForFqdnsReply": ".fetch_ssl_certificates_for_fqdns_reply",
    "FetchSslVhostsData": ".fetch_ssl_vhosts_data",
    "FetchSslVhostsDataVhostsItem": ".fetch_ssl_vhosts_data_vhosts_item",
    "FetchSslVhostsDataVhostsItemCrt": ".fetch_ssl_vhosts_data_vhosts_item_crt",
    "FetchSslVhostsDataVhostsItemCrtSubjectCommonName": ".fetch_ssl_vhosts_data_vhosts_item_crt_subject_common_name",
    "FetchSslVhostsReply": ".fetch_ssl_vhosts_reply",
    "FetchTransferSessionLogData": ".fetch_transfer_session_log_data",
    "FetchTransferSessionLogReply": ".fetch_transfer_session_log_reply",
    "FetchVhostSslComponentsData": ".fetch_vhost_ssl_components_data",
    "FetchVhostSslComponentsDataComponentsItem": ".fetch_vhost_ssl_components_data_components_item",
    "FetchVhostSslComponentsReply": ".fetch_vhost_ssl_components_reply",
    "FetchcrtinfoData": ".fetchcrtinfo_data",
    "FetchcrtinfoReply": ".fetchcrtinfo_reply",
    "FetchsslinfoData": ".fetchsslinfo_data",
    "FetchsslinfoReply": ".fetchsslinfo_reply",
    "FlushCphulkLoginHistoryData": ".flush_cphulk_login_history_data",
    "FlushCphulkLoginHistoryForIpsData": ".flush_cphulk_login_history_for_ips_data",
    "FlushCphulkLoginHistoryForIpsReply": ".flush_cphulk_login_history_for_ips_reply",
    "FlushCphulkLoginHistoryReply": ".flush_cphulk_login_history_reply",
    "ForceDedistributionFromNodeData": ".force_dedistribution_from_node_data",
    "ForceDedistributionFromNodeDataLogItem": ".force_dedistribution_from_node_data_log_item",
    "ForceDedistributionFromNodeDataUserInfoItem": ".force_dedistribution_from_node_data_user_info_item",
    "ForceDedistributionFromNodeReply": ".force_dedistribution_from_node_reply",
    "ForcepasswordchangeData": ".forcepasswordchange_data",
    "ForcepasswordchangeReply": ".forcepasswordchange_reply",
    "ForcepasswordchangeStopOnFailure": ".forcepasswordchange_stop_on_failure",
    "GenerateMobileconfigData": ".generate_mobileconfig_data",
    "GenerateMobileconfigReply": ".generate_mobileconfig_reply",
    "GenerateMobileconfigSelectedAccountServices": ".generate_mobileconfig_selected_account_services",
    "GenerateMobileconfigUseSsl": ".generate_mobileconfig_use_ssl",
    "GeneratesshkeypairAbortOnExistingKey": ".generatesshkeypair_abort_on_existing_key",
    "GeneratesshkeypairAlgorithm": ".generatesshkeypair_algorithm",
    "GeneratesshkeypairBits": ".generatesshkeypair_bits",
    "GeneratesshkeypairData": ".generatesshkeypair_data",
    "GeneratesshkeypairReply": ".generatesshkeypair_reply",
    "GeneratesslData": ".generatessl_data",
    "GeneratesslReply": ".generatessl_reply",
    "GeneratesslSkipCertificate": ".generatessl_skip_certificate",
    "GetAdjustedMarketProvidersProductsData": ".get_adjusted_market_providers_products_data",
    "GetAdjustedMarketProvidersProductsDataProductsItem": ".get_adjusted_market_providers_products_data_products_item",
    "GetAdjustedMarketProvidersProductsReply": ".get_adjusted_market_providers_products_reply",
    "GetAllContactImportancesData": ".get_all_contact_importances_data",
    "GetAllContactImportancesDataImportancesItem": ".get_all_contact_importances_data_importances_item",
    "GetAllContactImportancesReply": ".get_all_contact_importances_reply",
    "GetApiCallsData": ".get_api_calls_data",
    "GetApiCallsDataResultItem": ".get_api_calls_data_result_item",
    "GetApiCallsReply": ".get_api_calls_reply",
    "GetApiPagesData": ".get_api_pages_data",
    "GetApiPagesReply": ".get_api_pages_reply",
    "GetApiPagesType": ".get_api_pages_type",
    "GetAppconfigApplicationListData": ".get_appconfig_application_list_data",
    "GetAppconfigApplicationListDataCpanelItem": ".get_appconfig_application_list_data_cpanel_item",
    "GetAppconfigApplicationListDataWebmailItem": ".get_appconfig_application_list_data_webmail_item",
    "GetAppconfigApplicationListDataWhostmgrItem": ".get_appconfig_application_list_data_whostmgr_item",
    "GetAppconfigApplicationListReply": ".get_appconfig_application_list_reply",
    "GetApplicationContactEventImportanceData": ".get_application_contact_event_importance_data",
    "GetApplicationContactEventImportanceReply": ".get_application_contact_event_importance_reply",
    "GetApplicationContactImportanceData": ".get_application_contact_importance_data",
    "GetApplicationContactImportanceReply": ".get_application_contact_importance_reply",
    "GetAutosslCheckScheduleData": ".get_autossl_check_schedule_data",
    "GetAutosslCheckScheduleReply": ".get_autossl_check_schedule_reply",
    "GetAutosslLogData": ".get_autossl_log_data",
    "GetAutosslLogDataPayloadItem": ".get_autossl_log_data_payload_item",
    "GetAutosslLogReply": ".get_autossl_log_reply",
    "GetAutosslLogsCatalogData": ".get_autossl_logs_catalog_data",
    "GetAutosslLogsCatalogDataPayloadItem": ".get_autossl_logs_catalog_data_payload_item",
    "GetAutosslLogsCatalogReply": ".get_autossl_logs_catalog_reply",
    "GetAutosslMetadataData": ".get_autossl_metadata_data",
    "GetAutosslMetadataDataPayload": ".get_autossl_metadata_data_payload",
    "GetAutosslMetadataReply": ".get_autossl_metadata_reply",
    "GetAutosslProblemsForDomainData": ".get_autossl_problems_for_domain_data",
    "GetAutosslProblemsForDomainDataProblemsByDomainItem": ".get_autossl_problems_for_domain_data_problems_by_domain_item",
    "GetAutosslProblemsForDomainReply": ".get_autossl_problems_for_domain_reply",
    "GetAutosslProblemsForUserData": ".get_autossl_problems_for_user_data",
    "GetAutosslProblemsForUserDataProblemsByDomainItem": ".get_autossl_problems_for_user_data_problems_by_domain_item",
    "GetAutosslProblemsForUserReply": ".get_autossl_problems_for_user_reply",
    "GetAutosslProvidersData": ".get_autossl_providers_data",
    "GetAutosslProvidersDataPayloadItem": ".get_autossl_providers_data_payload_item",
    "GetAutosslProvidersDataPayloadItemSpecs": ".get_autossl_providers_data_payload_item_specs",
    "GetAutosslProvidersReply": ".get_autossl_providers_reply",
    "GetAutosslUserExcludedDomainsData": ".get_autossl_user_excluded_domains_data",
    "GetAutosslUserExcludedDomainsDataPayloadItem": ".get_autossl_user_excluded_domains_data_payload_item",
    "GetAutosslUserExcludedDomainsReply": ".get_autossl_user_excluded_domains_reply",
    "GetAvailableApplicationsData": ".get_available_applications_data",
    "GetAvailableApplicationsDataGroupsItem": ".get_available_applications_data_groups_item",
    "GetAvailableApplicationsDataGroupsItemItemsItem": ".get_available_applications_data_groups_item_items_item",
    "GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem": ".get_available_applications_data_groups_item_items_item_subitems_item",
    "GetAvailableApplicationsDataRawItem": ".get_available_applications_data_raw_item",
    "GetAvailableApplicationsReply": ".get_available_applications_reply",
    "GetAvailableAuthenticationProvidersData": ".get_available_authentication_providers_data",
    "GetAvailableAuthenticationProvidersDataProvidersItem": ".get_available_authentication_providers_data_providers_item",
    "GetAvailableAuthenticationProvidersReply": ".get_available_authentication_providers_reply",
    "GetAvailableFeaturelistsData": ".get_available_featurelists_data",
    "GetAvailableFeaturelistsReply": ".get_available_featurelists_reply",
    "GetAvailableProfilesData": ".get_available_profiles_data",
    "GetAvailableProfilesDataProfilesItem": ".get_available_profiles_data_profiles_item",
    "GetAvailableProfilesDataProfilesItemDisabledRolesItem": ".get_available_profiles_data_profiles_item_disabled_roles_item",
    "GetAvailableProfilesDataProfilesItemEnabledRolesItem": ".get_available_profiles_data_profiles_item_enabled_roles_item",
    "GetAvailableProfilesDataProfilesItemOptionalRolesItem": ".get_available_profiles_data_profiles_item_optional_roles_item",
    "GetAvailableProfilesReply": ".get_available_profiles_reply",
    "GetAvailableTiersData": ".get_available_tiers_data",
    "GetAvailableTiersReply": ".get_available_tiers_reply",
    "GetBestSsldomainForServiceData": ".get_best_ssldomain_for_service_data",
    "GetBestSsldomainForServiceReply": ".get_best_ssldomain_for_service_reply",
    "GetCommerceData": ".get_commerce_data",
    "GetCommerceReply": ".get_commerce_reply",
    "GetCountriesWithKnownIpRangesData": ".get_countries_with_known_ip_ranges_data",
    "GetCountriesWithKnownIpRangesDataCountriesItem": ".get_countries_with_known_ip_ranges_data_countries_item",
    "GetCountriesWithKnownIpRangesReply": ".get_countries_with_known_ip_ranges_reply",
    "GetCphulkBrutesData": ".get_cphulk_brutes_data",
    "GetCphulkBrutesDataBrutesItem": ".get_cphulk_brutes_data_brutes_item",
    "GetCphulkBrutesReply": ".get_cphulk_brutes_reply",
    "GetCphulkExcessiveBrutesData": ".get_cphulk_excessive_brutes_data",
    "GetCphulkExcessiveBrutesDataExcessiveBrutesItem": ".get_cphulk_excessive_brutes_data_excessive_brutes_item",
    "GetCphulkExcessiveBrutesReply": ".get_cphulk_excessive_brutes_reply",
    "GetCphulkFailedLoginsData": ".get_cphulk_failed_logins_data",
    "GetCphulkFailedLoginsDataFailedLoginsItem": ".get_cphulk_failed_logins_data_failed_logins_item",
    "GetCphulkFailedLoginsReply": ".get_cphulk_failed_logins_reply",
    "GetCphulkUserBrutesData": ".get_cphulk_user_brutes_data",
    "GetCphulkUserBrutesDataUserBrutesItem": ".get_cphulk_user_brutes_data_user_brutes_item",
    "GetCphulkUserBrutesReply": ".get_cphulk_user_brutes_reply",
    "GetCurrentLtsExpirationStatusData": ".get_current_lts_expiration_status_data",
    "GetCurrentLtsExpirationStatusReply": ".get_current_lts_expiration_status_reply",
    "GetCurrentProfileData": ".get_current_profile_data",
    "GetCurrentProfileDataDisabledRolesItem": ".get_current_profile_data_disabled_roles_item",
    "GetCurrentProfileDataEnabledRolesItem": ".get_current_profile_data_enabled_roles_item",
    "GetCurrentProfileDataOptionalRolesItem": ".get_current_profile_data_optional_roles_item",
    "GetCurrentProfileReply": ".get_current_profile_reply",
    "GetCurrentUsersCountData": ".get_current_users_count_data",
    "GetCurrentUsersCountReply": ".get_current_users_count_reply",
    "GetDatabaseOptimizationsData": ".get_database_optimizations_data",
    "GetDatabaseOptimizationsDataPayloadItem": ".get_database_optimizations_data_payload_item",
    "GetDatabaseOptimizationsReply": ".get_database_optimizations_reply",
    "GetDefaultDmarcRecordData": ".get_default_dmarc_record_data",
    "GetDefaultDmarcRecordDataPayload": ".get_default_dmarc_record_data_payload",
    "GetDefaultDmarcRecordReply": ".get_default_dmarc_record_reply",
    "GetDiskUsageCacheMode": ".get_disk_usage_cache_mode",
    "GetDiskUsageData": ".get_disk_usage_data",
    "GetDiskUsageDataAccountsItem": ".get_disk_usage_data_accounts_item",
    "GetDiskUsageReply": ".get_disk_usage_reply",
    "GetDomainInfoData": ".get_domain_info_data",
    "GetDomainInfoDataDomainsItem": ".get_domain_info_data_domains_item",
    "GetDomainInfoReply": ".get_domain_info_reply",
    "GetEcommerceData": ".get_ecommerce_data",
    "GetEcommerceReply": ".get_ecommerce_reply",
    "GetFeatureMetadataData": ".get_feature_metadata_data",
    "GetFeatureMetadataDataFeaturesItem": ".get_feature_metadata_data_features_item",
    "GetFeatureMetadataReply": ".get_feature_metadata_reply",
    "GetFeatureNamesData": ".get_feature_names_data",
    "GetFeatureNamesDataFeatureItem": ".get_feature_names_data_feature_item",
    "GetFeatureNamesReply": ".get_feature_names_reply",
    "GetFeaturelistDataData": ".get_featurelist_data_data",
    "GetFeaturelistDataDataFeaturesItem": ".get_featurelist_data_data_features_item",
    "GetFeaturelistDataReply": ".get_featurelist_data_reply",
    "GetFeaturelistsByPackageTypesData": ".get_featurelists_by_package_types_data",
    "GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists": ".get_featurelists_by_package_types_data_package_types_feature_lists",
    "GetFeaturelistsByPackageTypesReply": ".get_featurelists_by_package_types_reply",
    "GetFeaturelistsData": ".get_featurelists_data",
    "GetFeaturelistsReply": ".get_featurelists_reply",
    "GetFpmCountAndUtilizationData": ".get_fpm_count_and_utilization_data",
    "GetFpmCountAndUtilizationReply": ".get_fpm_count_and_utilization_reply",
    "GetHomedirRootsData": ".get_homedir_roots_data",
    "GetHomedirRootsDataPayloadItem": ".get_homedir_roots_data_payload_item",
    "GetHomedirRootsReply": ".get_homedir_roots_reply",
    "GetInProductSurveyUrlData": ".get_in_product_survey_url_data",
    "GetInProductSurveyUrlReply": ".get_in_product_survey_url_reply",
    "GetIntegrationLinkUserConfigData": ".get_integration_link_user_config_data",
    "GetIntegrationLinkUserConfigDataUserconfig": ".get_integration_link_user_config_data_userconfig",
    "GetIntegrationLinkUserConfigReply": ".get_integration_link_user_config_reply",
    "GetLinkedServerNodeData": ".get_linked_server_node_data",
    "GetLinkedServerNodeDataSystemSettings": ".get_linked_server_node_data_system_settings",
    "GetLinkedServerNodeDataWorkerCapabilities": ".get_linked_server_node_data_worker_capabilities",
    "GetLinkedServerNodeReply": ".get_linked_server_node_reply",
    "GetLoginUrlData": ".get_login_url_data",
    "GetLoginUrlReply": ".get_login_url_reply",
    "GetLtsWexpireData": ".get_lts_wexpire_data",
    "GetLtsWexpireDataBranch": ".get_lts_wexpire_data_branch",
    "GetLtsWexpireDataBranchAdditionalPropertyItem": ".get_lts_wexpire_data_branch_additional_property_item",
    "GetLtsWexpireDataFlags": ".get_lts_wexpire_data_flags",
    "GetLtsWexpireDataTiers": ".get_lts_wexpire_data_tiers",
    "GetLtsWexpireDataTiersAdditionalPropertyItem": ".get_lts_wexpire_data_tiers_additional_property_item",
    "GetLtsWexpireReply": ".get_lts_wexpire_reply",
    "GetMailboxStatusData": ".get_mailbox_status_data",
    "GetMailboxStatusDataAdditionalProperty": ".get_mailbox_status_data_additional_property",
    "GetMailboxStatusListData": ".get_mailbox_status_list_data",
    "GetMailboxStatusListDataMailboxesItem": ".get_mailbox_status_list_data_mailboxes_item",
    "GetMailboxStatusListReply": ".get_mailbox_status_list_reply",
    "GetMailboxStatusReply": ".get_mailbox_status_reply",
    "GetMarketProvidersCommissionConfigData": ".get_market_providers_commission_config_data",
    "GetMarketProvidersCommissionConfigDataPayloadItem": ".get_market_providers_commission_config_data_payload_item",
    "GetMarketProvidersCommissionConfigReply": ".get_market_providers_commission_config_reply",
    "GetMarketProvidersListData": ".get_market_providers_list_data",
    "GetMarketProvidersListDataPayloadItem": ".get_market_providers_list_data_payload_item",
    "GetMarketProvidersListReply": ".get_market_providers_list_reply",
    "GetMarketProvidersProductMetadataData": ".get_market_providers_product_metadata_data",
    "GetMarketProvidersProductMetadataDataProductMetadataItem": ".get_market_providers_product_metadata_data_product_metadata_item",
    "GetMarketProvidersProductMetadataReply": ".get_market_providers_product_metadata_reply",
    "GetMarketProvidersProductsData": ".get_market_providers_products_data",
    "GetMarketProvidersProductsReply": ".get_market_providers_products_reply",
    "GetMaximumUsersData": ".get_maximum_users_data",
    "GetMaximumUsersReply": ".get_maximum_users_reply",
    "GetNameserverConfigData": ".get_nameserver_config_data",
    "GetNameserverConfigReply": ".get_nameserver_config_reply",
    "GetPasswordStrengthData": ".get_password_strength_data",
    "GetPasswordStrengthReply": ".get_password_strength_reply",
    "GetPkgacctSessionStateData": ".get_pkgacct_session_state_data",
    "GetPkgacctSessionStateReply": ".get_pkgacct_session_state_reply",
    "GetProviderClientConfigurationsData": ".get_provider_client_configurations_data",
    "GetProviderClientConfigurationsDataClientConfigurations": ".get_provider_client_configurations_data_client_configurations",
    "GetProviderClientConfigurationsReply": ".get_provider_client_configurations_reply",
    "GetProviderClientConfigurationsServiceName": ".get_provider_client_configurations_service_name",
    "GetProviderConfigurationFieldsData": ".get_provider_configuration_fields_data",
    "GetProviderConfigurationFieldsDataConfigurationFieldsItem": ".get_provider_configuration_fields_data_configuration_fields_item",
    "GetProviderConfigurationFieldsReply": ".get_provider_configuration_fields_reply",
    "GetProviderConfigurationFieldsServiceName": ".get_provider_configuration_fields_service_name",
    "GetProviderDisplayConfigurationsData": ".get_provider_display_configurations_data",
    "GetProviderDisplayConfigurationsDataConfigurationsItem": ".get_provider_display_configurations_data_configurations_item",
    "GetProviderDisplayConfigurationsReply": ".get_provider_display_configurations_reply",
    "GetPublicContactData": ".get_public_contact_data",
    "GetPublicContactReply": ".get_public_contact_reply",
    "GetPublicIpData": ".get_public_ip_data",
    "GetPublicIpReply": ".get_public_ip_reply",
    "GetRemoteAccessHashData": ".get_remote_access_hash_data",
    "GetRemoteAccessHashGenerate": ".get_remote_access_hash_generate",
    "GetRemoteAccessHashReply": ".get_remote_access_hash_reply",
    "GetRpmVersionDataReply": ".get_rpm_version_data_reply",
    "GetScopedUserdataData": ".get_scoped_userdata_data",
    "GetScopedUserdataReply": ".get_scoped_userdata_reply",
    "GetServerNodeStatusData": ".get_server_node_status_data",
    "GetServerNodeStatusReply": ".get_server_node_status_reply",
    "GetServerNodeStatusSkipTlsVerification": ".get_server_node_status_skip_tls_verification",
    "GetServiceConfigData": ".get_service_config_data",
    "GetServiceConfigKeyData": ".get_service_config_key_data",
    "GetServiceConfigKeyReply": ".get_service_config_key_reply",
    "GetServiceConfigReply": ".get_service_config_reply",
    "GetServiceConfigService": ".get_service_config_service",
    "GetServiceProxyBackendsData": ".get_service_proxy_backends_data",
    "GetServiceProxyBackendsDataPayloadItem": ".get_service_proxy_backends_data_payload_item",
    "GetServiceProxyBackendsReply": ".get_service_proxy_backends_reply",
    "GetSharedIpData": ".get_shared_ip_data",
    "GetSharedIpReply": ".get_shared_ip_reply",
    "GetTcp4SocketsData": ".get_tcp_4_sockets_data",
    "GetTcp4SocketsDataPayloadItem": ".get_tcp_4_sockets_data_payload_item",
    "GetTcp4SocketsReply": ".get_tcp_4_sockets_reply",
    "GetTcp6SocketsData": ".get_tcp_6_sockets_data",
    "GetTcp6SocketsDataPayloadItem": ".get_tcp_6_sockets_data_payload_item",
    "GetTcp6SocketsReply": ".get_tcp_6_sockets_reply",
    "GetTransferSessionStateData": ".get_transfer_session_state_data",
    "GetTransferSessionStateReply": ".get_transfer_session_state_reply",
    "GetTweaksettingData": ".get_tweaksetting_data",
    "GetTweaksettingDataTweaksetting": ".get_tweaksetting_data_tweaksetting",
    "GetTweaksettingModule": ".get_tweaksetting_module",
    "GetTweaksettingReply": ".get_tweaksetting_reply",
    "GetUdp4SocketsData": ".get_udp_4_sockets_data",
    "GetUdp4SocketsDataPayloadItem": ".get_udp_4_sockets_data_payload_item",
    "GetUdp4SocketsReply": ".get_udp_4_sockets_reply",
    "GetUdp6SocketsData": ".get_udp_6_sockets_data",
    "GetUdp6SocketsDataPayloadItem": ".get_udp_6_sockets_data_payload_item",
    "GetUdp6SocketsReply": ".get_udp_6_sockets_reply",
    "GetUniqueRecipientCountPerSenderForUserData": ".get_unique_recipient_count_per_sender_for_user_data",
    "GetUniqueRecipientCountPerSenderForUserDataPayloadItem": ".get_unique_recipient_count_per_sender_for_user_data_payload_item",
    "GetUniqueRecipientCountPerSenderForUserReply": ".get_unique_recipient_count_per_sender_for_user_reply",
    "GetUniqueSenderRecipientCountPerUserData": ".get_unique_sender_recipient_count_per_user_data",
    "GetUniqueSenderRecipientCountPerUserDataPayloadItem": ".get_unique_sender_recipient_count_per_user_data_payload_item",
    "GetUniqueSenderRecipientCountPerUserReply": ".get_unique_sender_recipient_count_per_user_reply",
    "GetUpdateAvailabilityData": ".get_update_availability_data",
    "GetUpdateAvailabilityReply": ".get_update_availability_reply",
    "GetUpgradeOpportunitiesData": ".get_upgrade_opportunities_data",
    "GetUpgradeOpportunitiesDataUpgradeOpportunities": ".get_upgrade_opportunities_data_upgrade_opportunities",
    "GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalProperty": ".get_upgrade_opportunities_data_upgrade_opportunities_additional_property",
    "GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit": ".get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit",
    "GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitLastMonth": ".get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_last_month",
    "GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitThisMonth": ".get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_this_month",
    "GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage": ".get_upgrade_opportunities_data_upgrade_opportunities_additional_property_disk_usage",
    "GetUpgradeOpportunitiesReply": ".get_upgrade_opportunities_reply",
    "GetUserEmailForwardDestinationData": ".get_user_email_forward_destination_data",
    "GetUserEmailForwardDestinationReply": ".get_user_email_forward_destination_reply",
    "GetUsersAndDomainsWithBackupMetadataData": ".get_users_and_domains_with_backup_metadata_data",
    "GetUsersAndDomainsWithBackupMetadataReply": ".get_users_and_domains_with_backup_metadata_reply",
    "GetUsersAuthnLinkedAccountsData": ".get_users_authn_linked_accounts_data",
    "GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem": ".get_users_authn_linked_accounts_data_username_linked_accounts_item",
    "GetUsersAuthnLinkedAccountsReply": ".get_users_authn_linked_accounts_reply",
    "GetUsersFeaturesSettingsData": ".get_users_features_settings_data",
    "GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem": ".get_users_features_settings_data_users_features_settings_item",
    "GetUsersFeaturesSettingsReply": ".get_users_features_settings_reply",
    "GetUsersLinksData": ".get_users_links_data",
    "GetUsersLinksReply": ".get_users_links_reply",
    "GetUsersLinksService": ".get_users_links_service",
    "GetUsersWithBackupMetadataData": ".get_users_with_backup_metadata_data",
    "GetUsersWithBackupMetadataReply": ".get_users_with_backup_metadata_reply",
    "GetdiskusageData": ".getdiskusage_data",
    "GetdiskusageDataPartitionItem": ".getdiskusage_data_partition_item",
    "GetdiskusageReply": ".getdiskusage_reply",
    "GetdomainownerData": ".getdomainowner_data",
    "GetdomainownerReply": ".getdomainowner_reply",
    "GethostnameData": ".gethostname_data",
    "GethostnameReply": ".gethostname_reply",
    "GetminimumpasswordstrengthsData": ".getminimumpasswordstrengths_data",
    "GetminimumpasswordstrengthsReply": ".getminimumpasswordstrengths_reply",
    "GetpkgextensionformData": ".getpkgextensionform_data",
    "GetpkgextensionformReply": ".getpkgextensionform_reply",
    "GetpkginfoData": ".getpkginfo_data",
    "GetpkginfoDataPkg": ".getpkginfo_data_pkg",
    "GetpkginfoReply": ".getpkginfo_reply",
    "GetreselleripsData": ".getresellerips_data",
    "GetreselleripsReply": ".getresellerips_reply",
    "GetzonerecordData": ".getzonerecord_data",
    "GetzonerecordDataRecordItem": ".getzonerecord_data_record_item",
    "GetzonerecordReply": ".getzonerecord_reply",
    "HasDigestAuthData": ".has_digest_auth_data",
    "HasDigestAuthReply": ".has_digest_auth_reply",
    "HasLocalAuthorityData": ".has_local_authority_data",
    "HasLocalAuthorityDataRecordsItem": ".has_local_authority_data_records_item",
    "HasLocalAuthorityReply": ".has_local_authority_reply",
    "HasMycnfForCpuserData": ".has_mycnf_for_cpuser_data",
    "HasMycnfForCpuserReply": ".has_mycnf_for_cpuser_reply",
    "HoldOutgoingEmailReply": ".hold_outgoing_email_reply",
    "ImportZoneKeyData": ".import_zone_key_data",
    "ImportZoneKeyReply": ".import_zone_key_reply",
    "ImportsshkeyExtractPrivate": ".importsshkey_extract_private",
    "ImportsshkeyExtractPublic": ".importsshkey_extract_public",
    "ImportsshkeyReply": ".importsshkey_reply",
    "InstallDkimPrivateKeysData": ".install_dkim_private_keys_data",
    "InstallDkimPrivateKeysDataPayloadItem": ".install_dkim_private_keys_data_payload_item",
    "InstallDkimPrivateKeysReply": ".install_dkim_private_keys_reply",
    "InstallRpmPluginData": ".install_rpm_plugin_data",
    "InstallRpmPluginReply": ".install_rpm_plugin_reply",
    "InstallServiceSslCertificateData": ".install_service_ssl_certificate_data",
    "InstallServiceSslCertificateDataCertificateInfo": ".install_service_ssl_certificate_data_certificate_info",
    "InstallServiceSslCertificateReply": ".install_service_ssl_certificate_reply",
    "InstallServiceSslCertificateService": ".install_service_ssl_certificate_service",
    "InstallSpfRecordsData": ".install_spf_records_data",
    "InstallSpfRecordsDataPayloadItem": ".install_spf_records_data_payload_item",
    "InstallSpfRecordsReply": ".install_spf_records_reply",
    "InstallableMysqlVersionsData": ".installable_mysql_versions_data",
    "InstallableMysqlVersionsDataVersionsItem": ".installable_mysql_versions_data_versions_item",
    "InstallableMysqlVersionsReply": ".installable_mysql_versions_reply",
    "InstalledVersionsData": ".installed_versions_data",
    "InstalledVersionsPackages": ".installed_versions_packages",
    "InstalledVersionsReply": ".installed_versions_reply",
    "InstallsslData": ".installssl_data",
    "InstallsslReply": ".installssl_reply",
    "Ipv6DisableAccountData": ".ipv_6_disable_account_data",
    "Ipv6DisableAccountDataFailuresItem": ".ipv_6_disable_account_data_failures_item",
    "Ipv6DisableAccountReply": ".ipv_6_disable_account_reply",
    "Ipv6EnableAccountData": ".ipv_6_enable_account_data",
    "Ipv6EnableAccountDataFailures": ".ipv_6_enable_account_data_failures",
    "Ipv6EnableAccountDataIpv6": ".ipv_6_enable_account_data_ipv_6",
    "Ipv6EnableAccountReply": ".ipv_6_enable_account_reply",
    "Ipv6RangeAddEnabled": ".ipv_6_range_add_enabled",
    "Ipv6RangeAddReply": ".ipv_6_range_add_reply",
    "Ipv6RangeEditReply": ".ipv_6_range_edit_reply",
    "Ipv6RangeListData": ".ipv_6_range_list_data",
    "Ipv6RangeListDataRangeItem": ".ipv_6_range_list_data_range_item",
    "Ipv6RangeListReply": ".ipv_6_range_list_reply",
    "Ipv6RangeRemoveReply": ".ipv_6_range_remove_reply",
    "Ipv6RangeUsageData": ".ipv_6_range_usage_data",
    "Ipv6RangeUsageDataUsage": ".ipv_6_range_usage_data_usage",
    "Ipv6RangeUsageReply": ".ipv_6_range_usage_reply",
    "IsAliasAvailableData": ".is_alias_available_data",
    "IsAliasAvailableReply": ".is_alias_available_reply",
    "IsConversionInProgressData": ".is_conversion_in_progress_data",
    "IsConversionInProgressReply": ".is_conversion_in_progress_reply",
    "IsHttpsAvailableData": ".is_https_available_data",
    "IsHttpsAvailableReply": ".is_https_available_reply",
    "IsReadyData": ".is_ready_data",
    "IsReadyNamespace": ".is_ready_namespace",
    "IsReadyReply": ".is_ready_reply",
    "IsRoleEnabledData": ".is_role_enabled_data",
    "IsRoleEnabledReply": ".is_role_enabled_reply",
    "IsSniSupportedData": ".is_sni_supported_data",
    "IsSniSupportedReply": ".is_sni_supported_reply",
    "IsSvcbAvailableData": ".is_svcb_available_data",
    "IsSvcbAvailableReply": ".is_svcb_available_reply",
    "KilldnsReply": ".killdns_reply",
    "KillpkgReply": ".killpkg_reply",
    "LatestAvailableMysqlVersionData": ".latest_available_mysql_version_data",
    "LatestAvailableMysqlVersionReply": ".latest_available_mysql_version_reply",
    "LimitbwData": ".limitbw_data",
    "LimitbwDataBwlimitsItem": ".limitbw_data_bwlimits_item",
    "LimitbwReply": ".limitbw_reply",
    "LinkServerNodeWithApiTokenReply": ".link_server_node_with_api_token_reply",
    "LinkServerNodeWithApiTokenSkipTlsVerification": ".link_server_node_with_api_token_skip_tls_verification",
    "LinkUserAuthnProviderReply": ".link_user_authn_provider_reply",
    "ListAccountEnhancementsData": ".list_account_enhancements_data",
    "ListAccountEnhancementsDataEnhancements": ".list_account_enhancements_data_enhancements",
    "ListAccountEnhancementsReply": ".list_account_enhancements_reply",
    "ListAccountsRetentionData": ".list_accounts_retention_data",
    "ListAccountsRetentionDataAccountsItem": ".list_accounts_retention_data_accounts_item",
    "ListAccountsRetentionReply": ".list_accounts_retention_reply",
    "ListBlockedIncomingEmailCountriesData": ".list_blocked_incoming_email_countries_data",
    "ListBlockedIncomingEmailCountriesDataCountriesItem": ".list_blocked_incoming_email_countries_data_countries_item",
    "ListBlockedIncomingEmailCountriesReply": ".list_blocked_incoming_email_countries_reply",
    "ListBlockedIncomingEmailDomainsData": ".list_blocked_incoming_email_domains_data",
    "ListBlockedIncomingEmailDomainsDataDomainsItem": ".list_blocked_incoming_email_domains_data_domains_item",
    "ListBlockedIncomingEmailDomainsReply": ".list_blocked_incoming_email_domains_reply",
    "ListConfigclusterserversData": ".list_configclusterservers_data",
    "ListConfigclusterserversDataAdditionalProperty": ".list_configclusterservers_data_additional_property",
    "ListConfigclusterserversReply": ".list_configclusterservers_reply",
    "ListConnectedApplicationsData": ".list_connected_applications_data",
    "ListConnectedApplicationsDataListItem": ".list_connected_applications_data_list_item",
    "ListConnectedApplicationsReply": ".list_connected_applications_reply",
    "ListCparchiveFilesData": ".list_cparchive_files_data",
    "ListCparchiveFilesDataQuickrestoreFilesItem": ".list_cparchive_files_data_quickrestore_files_item",
    "ListCparchiveFilesReply": ".list_cparchive_files_reply",
    "ListDatabaseUsersData": ".list_database_users_data",
    "ListDatabaseUsersDataPayloadItem": ".list_database_users_data_payload_item",
    "ListDatabaseUsersReply": ".list_database_users_reply",
    "ListDatabasesData": ".list_databases_data",
    "ListDatabasesDataPayloadItem": ".list_databases_data_payload_item",
    "ListDatabasesReply": ".list_databases_reply",
    "ListEnhancementLimitsData": ".list_enhancement_limits_data",
    "ListEnhancementLimitsDataLimits": ".list_enhancement_limits_data_limits",
    "ListEnhancementLimitsDataLimitsAdditionalProperty": ".list_enhancement_limits_data_limits_additional_property",
    "ListEnhancementLimitsReply": ".list_enhancement_limits_reply",
    "ListHooksData": ".list_hooks_data",
    "ListHooksDataCategoriesItem": ".list_hooks_data_categories_item",
    "ListHooksDataCategoriesItemEventsItem": ".list_hooks_data_categories_item_events_item",
    "ListHooksDataCategoriesItemEventsItemStagesItem": ".list_hooks_data_categories_item_events_item_stages_item",
    "ListHooksDataCategoriesItemEventsItemStagesItemActionsItem": ".list_hooks_data_categories_item_events_item_stages_item_actions_item",
    "ListHooksDataCategoriesItemEventsItemStagesItemAttributes": ".list_hooks_data_categories_item_events_item_stages_item_attributes",
    "ListHooksReply": ".list_hooks_reply",
    "ListIntegrationGroupsData": ".list_integration_groups_data",
    "ListIntegrationGroupsDataLinksItem": ".list_integration_groups_data_links_item",
    "ListIntegrationGroupsReply": ".list_integration_groups_reply",
    "ListIntegrationLinksData": ".list_integration_links_data",
    "ListIntegrationLinksDataLinksItem": ".list_integration_links_data_links_item",
    "ListIntegrationLinksReply": ".list_integration_links_reply",
    "ListLinkedServerNodesData": ".list_linked_server_nodes_data",
    "ListLinkedServerNodesDataPayloadItem": ".list_linked_server_nodes_data_payload_item",
    "ListLinkedServerNodesDataPayloadItemWorkerCapabilities": ".list_linked_server_nodes_data_payload_item_worker_capabilities",
    "ListLinkedServerNodesReply": ".list_linked_server_nodes_reply",
    "ListMysqlDatabasesAndUsersData": ".list_mysql_databases_and_users_data",
    "ListMysqlDatabasesAndUsersDataMysqlConfig": ".list_mysql_databases_and_users_data_mysql_config",
    "ListMysqlDatabasesAndUsersDataMysqlDatabases": ".list_mysql_databases_and_users_data_mysql_databases",
    "ListMysqlDatabasesAndUsersReply": ".list_mysql_databases_and_users_reply",
    "ListPopsForData": ".list_pops_for_data",
    "ListPopsForReply": ".list_pops_for_reply",
    "ListRpmsData": ".list_rpms_data",
    "ListRpmsReply": ".list_rpms_reply",
    "ListUserChildNodesData": ".list_user_child_nodes_data",
    "ListUserChildNodesDataPayloadItem": ".list_user_child_nodes_data_payload_item",
    "ListUserChildNodesReply": ".list_user_child_nodes_reply",
    "ListUsersData": ".list_users_data",
    "ListUsersReply": ".list_users_reply",
    "ListacctsData": ".listaccts_data",
    "ListacctsDataAcctItem": ".listaccts_data_acct_item",
    "ListacctsDataAcctItemChildNodesItem": ".listaccts_data_acct_item_child_nodes_item",
    "ListacctsReply": ".listaccts_reply",
    "ListacctsSearchmethod": ".listaccts_searchmethod",
    "ListaclsData": ".listacls_data",
    "ListaclsDataAclItem": ".listacls_data_acl_item",
    "ListaclsDataAclItemPrivileges": ".listacls_data_acl_item_privileges",
    "ListaclsReply": ".listacls_reply",
    "ListcrtsData": ".listcrts_data",
    "ListcrtsDataCrtItem": ".listcrts_data_crt_item",
    "ListcrtsRegistered": ".listcrts_registered",
    "ListcrtsReply": ".listcrts_reply",
    "ListipsData": ".listips_data",
    "ListipsDataIpItem": ".listips_data_ip_item",
    "ListipsReply": ".listips_reply",
    "Listipv6SData": ".listipv_6s_data",
    "Listipv6SDataIpItem": ".listipv_6s_data_ip_item",
    "Listipv6SReply": ".listipv_6s_reply",
    "ListlockedaccountsData": ".listlockedaccounts_data",
    "ListlockedaccountsReply": ".listlockedaccounts_reply",
    "ListmxsData": ".listmxs_data",
    "ListmxsDataRecordItem": ".listmxs_data_record_item",
    "ListmxsReply": ".listmxs_reply",
    "ListpkgsData": ".listpkgs_data",
    "ListpkgsDataPkgItem": ".listpkgs_data_pkg_item",
    "ListpkgsReply": ".listpkgs_reply",
    "ListpkgsWant": ".listpkgs_want",
    "ListresellersData": ".listresellers_data",
    "ListresellersReply": ".listresellers_reply",
    "ListsshkeysData": ".listsshkeys_data",
    "ListsshkeysDataKeysItem": ".listsshkeys_data_keys_item",
    "ListsshkeysPrivate": ".listsshkeys_private",
    "ListsshkeysPrivateTexts": ".listsshkeys_private_texts",
    "ListsshkeysPublic": ".listsshkeys_public",
    "ListsshkeysPublicTexts": ".listsshkeys_public_texts",
    "ListsshkeysReply": ".listsshkeys_reply",
    "ListsshkeysSyncAuthorized": ".listsshkeys_sync_authorized",
    "ListsuspendedData": ".listsuspended_data",
    "ListsuspendedDataAccountItem": ".listsuspended_data_account_item",
    "ListsuspendedReply": ".listsuspended_reply",
    "ListzonesData": ".listzones_data",
    "ListzonesDataZoneItem": ".listzones_data_zone_item",
    "ListzonesReply": ".listzones_reply",
    "LoadCpgreylistConfigData": ".load_cpgreylist_config_data",
    "LoadCpgreylistConfigDataCpgreylistConfig": ".load_cpgreylist_config_data_cpgreylist_config",
    "LoadCpgreylistConfigReply": ".load_cpgreylist_config_reply",
    "LoadCphulkConfigData": ".load_cphulk_config_data",
    "LoadCphulkConfigDataCphulkConfig": ".load_cphulk_config_data_cphulk_config",
    "LoadCphulkConfigReply": ".load_cphulk_config_reply",
    "LocalDisableNamespace": ".local_disable_namespace",
    "LocalDisablePlugin": ".local_disable_plugin",
    "LocalDisableReply": ".local_disable_reply",
    "LocalEnableNamespace": ".local_enable_namespace",
    "LocalEnablePlugin": ".local_enable_plugin",
    "LocalEnableReply": ".local_enable_reply",
    "LookupnsipData": ".lookupnsip_data",
    "LookupnsipReply": ".lookupnsip_reply",
    "LookupnsipsData": ".lookupnsips_data",
    "LookupnsipsReply": ".lookupnsips_reply",
    "MailSniStatusData": ".mail_sni_status_data",
    "MailSniStatusReply": ".mail_sni_status_reply",
    "ManageFeaturesAction": ".manage_features_action",
    "ManageFeaturesData": ".manage_features_data",
    "ManageFeaturesDataActionItem": ".manage_features_data_action_item",
    "ManageFeaturesDataFeatureItem": ".manage_features_data_feature_item",
    "ManageFeaturesReply": ".manage_features_reply",
    "MassEditDnsZoneData": ".mass_edit_dns_zone_data",
    "MassEditDnsZoneReply": ".mass_edit_dns_zone_reply",
    "MassmodifyacctBACKUP": ".massmodifyacct_backup",
    "MassmodifyacctData": ".massmodifyacct_data",
    "MassmodifyacctDataPayloadItem": ".massmodifyacct_data_payload_item",
    "MassmodifyacctDataPayloadItemExtended": ".massmodifyacct_data_payload_item_extended",
    "MassmodifyacctDataPayloadItemExtendedCpuser": ".massmodifyacct_data_payload_item_extended_cpuser",
    "MassmodifyacctHASCGI": ".massmodifyacct_hascgi",
    "MassmodifyacctHASDKIM": ".massmodifyacct_hasdkim",
    "MassmodifyacctHASDMARC": ".massmodifyacct_hasdmarc",
    "MassmodifyacctHASSHELL": ".massmodifyacct_hasshell",
    "MassmodifyacctHASSPF": ".massmodifyacct_hasspf",
    "MassmodifyacctMAILBOXFORMAT": ".massmodifyacct_mailboxformat",
    "MassmodifyacctNotifyAccountAuthnLink": ".massmodifyacct_notify_account_authn_link",
    "MassmodifyacctNotifyAccountAuthnLinkNotificationDisabled": ".massmodifyacct_notify_account_authn_link_notification_disabled",
    "MassmodifyacctNotifyAutosslExpiry": ".massmodifyacct_notify_autossl_expiry",
    "MassmodifyacctNotifyAutosslExpiryCoverage": ".massmodifyacct_notify_autossl_expiry_coverage",
    "MassmodifyacctNotifyAutosslRenewal": ".massmodifyacct_notify_autossl_renewal",
    "MassmodifyacctNotifyAutosslRenewalCoverage": ".massmodifyacct_notify_autossl_renewal_coverage",
    "MassmodifyacctNotifyContactAddressChange": ".massmodifyacct_notify_contact_address_change",
    "MassmodifyacctNotifyContactAddressChangeNotificationDisabled": ".massmodifyacct_notify_contact_address_change_notification_disabled",
    "MassmodifyacctNotifyDiskLimit": ".massmodifyacct_notify_disk_limit",
    "MassmodifyacctNotifyPasswordChange": ".massmodifyacct_notify_password_change",
    "MassmodifyacctNotifyPasswordChangeNotificationDisabled": ".massmodifyacct_notify_password_change_notification_disabled",
    "MassmodifyacctNotifySslExpiry": ".massmodifyacct_notify_ssl_expiry",
    "MassmodifyacctOUTGOINGEMAILSUSPENDED": ".massmodifyacct_outgoingemailsuspended",
    "MassmodifyacctReply": ".massmodifyacct_reply",
    "MassmodifyacctReseller": ".massmodifyacct_reseller",
    "MassmodifyacctSpamassassin": ".massmodifyacct_spamassassin",
    "MatchpkgsCGI": ".matchpkgs_cgi",
    "MatchpkgsData": ".matchpkgs_data",
    "MatchpkgsDataPkg": ".matchpkgs_data_pkg",
    "MatchpkgsDIGESTAUTH": ".matchpkgs_digestauth",
    "MatchpkgsHASSHELL": ".matchpkgs_hasshell",
    "MatchpkgsIP": ".matchpkgs_ip",
    "MatchpkgsReply": ".matchpkgs_reply",
    "Metadata": ".metadata",
    "MetadataOutput": ".metadata_output",
    "MetadataResultType0": ".metadata_result_type_0",
    "MetadataResultType1": ".metadata_result_type_1",
    "ModifyAccountEnhancementData": ".modify_account_enhancement_data",
    "ModifyAccountEnhancementReply": ".modify_account_enhancement_reply",
    "ModifyacctBACKUP": ".modifyacct_backup",
    "ModifyacctData": ".modifyacct_data",
    "ModifyacctDataCpuser": ".modifyacct_data_cpuser",
    "ModifyacctHASCGI": ".modifyacct_hascgi",
    "ModifyacctHASDKIM": ".modifyacct_hasdkim",
    "ModifyacctHASDMARC": ".modifyacct_hasdmarc",
    "ModifyacctHASSHELL": ".modifyacct_hasshell",
    "ModifyacctHASSPF": ".modifyacct_hasspf",
    "ModifyacctMAILBOXFORMAT": ".modifyacct_mailboxformat",
    "ModifyacctNotifyAccountAuthnLink": ".modifyacct_notify_account_authn_link",
    "ModifyacctNotifyAccountAuthnLinkNotificationDisabled": ".modifyacct_notify_account_authn_link_notification_disabled",
    "ModifyacctNotifyAutosslExpiry": ".modifyacct_notify_autossl_expiry",
    "ModifyacctNotifyAutosslExpiryCoverage": ".modifyacct_notify_autossl_expiry_coverage",
    "ModifyacctNotifyAutosslRenewal": ".modifyacct_notify_autossl_renewal",
    "ModifyacctNotifyAutosslRenewalCoverage": ".modifyacct_notify_autossl_renewal_coverage",
    "ModifyacctNotifyContactAddressChange": ".modifyacct_notify_contact_address_change",
    "ModifyacctNotifyContactAddressChangeNotificationDisabled": ".modifyacct_notify_contact_address_change_notification_disabled",
    "ModifyacctNotifyDiskLimit": ".modifyacct_notify_disk_limit",
    "ModifyacctNotifyPasswordChange": ".modifyacct_notify_password_change",
    "ModifyacctNotifyPasswordChangeNotificationDisabled": ".modifyacct_notify_password_change_notification_disabled",
    "ModifyacctNotifySslExpiry": ".modifyacct_notify_ssl_expiry",
    "ModifyacctOUTGOINGEMAILSUSPENDED": ".modifyacct_outgoingemailsuspended",
    "ModifyacctReply": ".modifyacct_reply",
    "ModifyacctReseller": ".modifyacct_reseller",
    "ModifyacctSpamassassin": ".modifyacct_spamassassin",
    "ModifyacctUpdateExistingEmailAccountQuotas": ".modifyacct_update_existing_email_account_quotas",
    "ModsecAddRuleData": ".modsec_add_rule_data",
    "ModsecAddRuleDataRule": ".modsec_add_rule_data_rule",
    "ModsecAddRuleReply": ".modsec_add_rule_reply",
    "ModsecAddVendorData": ".modsec_add_vendor_data",
    "ModsecAddVendorEnabled": ".modsec_add_vendor_enabled",
    "ModsecAddVendorReply": ".modsec_add_vendor_reply",
    "ModsecAssembleConfigTextDeploy": ".modsec_assemble_config_text_deploy",
    "ModsecAssembleConfigTextFinal": ".modsec_assemble_config_text_final",
    "ModsecAssembleConfigTextInit": ".modsec_assemble_config_text_init",
    "ModsecAssembleConfigTextReply": ".modsec_assemble_config_text_reply",
    "ModsecBatchSettingsData": ".modsec_batch_settings_data",
    "ModsecBatchSettingsDataUpdatedSettingsItem": ".modsec_batch_settings_data_updated_settings_item",
    "ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem": ".modsec_batch_settings_data_updated_settings_item_radio_options_item",
    "ModsecBatchSettingsRemove": ".modsec_batch_settings_remove",
    "ModsecBatchSettingsReply": ".modsec_batch_settings_reply",
    "ModsecCheckRuleData": ".modsec_check_rule_data",
    "ModsecCheckRuleReply": ".modsec_check_rule_reply",
    "ModsecCloneRuleData": ".modsec_clone_rule_data",
    "ModsecCloneRuleDataRule": ".modsec_clone_rule_data_rule",
    "ModsecCloneRuleReply": ".modsec_clone_rule_reply",
    "ModsecDeployAllRuleChangesData": ".modsec_deploy_all_rule_changes_data",
    "ModsecDeployAllRuleChangesDataOutcomesItem": ".modsec_deploy_all_rule_changes_data_outcomes_item",
    "ModsecDeployAllRuleChangesReply": ".modsec_deploy_all_rule_changes_reply",
    "ModsecDeployRuleChangesReply": ".modsec_deploy_rule_changes_reply",
    "ModsecDeploySettingsChangesReply": ".modsec_deploy_settings_changes_reply",
    "ModsecDisableRuleReply": ".modsec_disable_rule_reply",
    "ModsecDisableVendorConfigsData": ".modsec_disable_vendor_configs_data",
    "ModsecDisableVendorConfigsDataOutcomesItem": ".modsec_disable_vendor_configs_data_outcomes_item",
    "ModsecDisableVendorConfigsReply": ".modsec_disable_vendor_configs_reply",
    "ModsecDisableVendorReply": ".modsec_disable_vendor_reply",
    "ModsecDisableVendorUpdatesReply": ".modsec_disable_vendor_updates_reply",
    "ModsecDiscardAllRuleChangesData": ".modsec_discard_all_rule_changes_data",
    "ModsecDiscardAllRuleChangesDataOutcomesItem": ".modsec_discard_all_rule_changes_data_outcomes_item",
    "ModsecDiscardAllRuleChangesReply": ".modsec_discard_all_rule_changes_reply",
    "ModsecDiscardRuleChangesReply": ".modsec_discard_rule_changes_reply",
    "ModsecEditRuleData": ".modsec_edit_rule_data",
    "ModsecEditRuleDataRule": ".modsec_edit_rule_data_rule",
    "ModsecEditRuleReply": ".modsec_edit_rule_reply",
    "ModsecEnableVendorConfigsData": ".modsec_enable_vendor_configs_data",
    "ModsecEnableVendorConfigsDataOutcomesItem": ".modsec_enable_vendor_configs_data_outcomes_item",
    "ModsecEnableVendorConfigsReply": ".modsec_enable_vendor_configs_reply",
    "ModsecEnableVendorReply": ".modsec_enable_vendor_reply",
    "ModsecEnableVendorUpdatesReply": ".modsec_enable_vendor_updates_reply",
    "ModsecGetConfigTextData": ".modsec_get_config_text_data",
    "ModsecGetConfigTextReply": ".modsec_get_config_text_reply",
    "ModsecGetConfigsData": ".modsec_get_configs_data",
    "ModsecGetConfigsDataConfigsItem": ".modsec_get_configs_data_configs_item",
    "ModsecGetConfigsReply": ".modsec_get_configs_reply",
    "ModsecGetConfigsWithChangesPendingData": ".modsec_get_configs_with_changes_pending_data",
    "ModsecGetConfigsWithChangesPendingReply": ".modsec_get_configs_with_changes_pending_reply",
    "ModsecGetLogReply": ".modsec_get_log_reply",
    "ModsecGetLogReplyDataItem": ".modsec_get_log_reply_data_item",
    "ModsecGetRulesData": ".modsec_get_rules_data",
    "ModsecGetRulesDataChunksItem": ".modsec_get_rules_data_chunks_item",
    "ModsecGetRulesExcludeBareComments": ".modsec_get_rules_exclude_bare_comments",
    "ModsecGetRulesExcludeOtherDirectives": ".modsec_get_rules_exclude_other_directives",
    "ModsecGetRulesReply": ".modsec_get_rules_reply",
    "ModsecGetSettingsData": ".modsec_get_settings_data",
    "ModsecGetSettingsDataSettingsItem": ".modsec_get_settings_data_settings_item",
    "ModsecGetSettingsDataSettingsItemRadioOptionsItem": ".modsec_get_settings_data_settings_item_radio_options_item",
    "ModsecGetSettingsReply": ".modsec_get_settings_reply",
    "ModsecGetVendorsData": ".modsec_get_vendors_data",
    "ModsecGetVendorsDataVendorsItem": ".modsec_get_vendors_data_vendors_item",
    "ModsecGetVendorsDataVendorsItemConfigsItem": ".modsec_get_vendors_data_vendors_item_configs_item",
    "ModsecGetVendorsReply": ".modsec_get_vendors_reply",
    "ModsecIsInstalledData": ".modsec_is_installed_data",
    "ModsecIsInstalledDataData": ".modsec_is_installed_data_data",
    "ModsecIsInstalledReply": ".modsec_is_installed_reply",
    "ModsecMakeConfigActiveReply": ".modsec_make_config_active_reply",
    "ModsecMakeConfigInactiveReply": ".modsec_make_config_inactive_reply",
    "ModsecPreviewVendorData": ".modsec_preview_vendor_data",
    "ModsecPreviewVendorReply": ".modsec_preview_vendor_reply",
    "ModsecRemoveRuleReply": ".modsec_remove_rule_reply",
    "ModsecRemoveSettingReply": ".modsec_remove_setting_reply",
    "ModsecRemoveVendorReply": ".modsec_remove_vendor_reply",
    "ModsecReportRuleData": ".modsec_report_rule_data",
    "ModsecReportRuleDataReportItem": ".modsec_report_rule_data_report_item",
    "ModsecReportRuleDataReportItemHitsItem": ".modsec_report_rule_data_report_item_hits_item",
    "ModsecReportRuleReply": ".modsec_report_rule_reply",
    "ModsecReportRuleSend": ".modsec_report_rule_send",
    "ModsecSetConfigTextReply": ".modsec_set_config_text_reply",
    "ModsecSetSettingData": ".modsec_set_setting_data",
    "ModsecSetSettingDataRadioOptionsItem": ".modsec_set_setting_data_radio_options_item",
    "ModsecSetSettingReply": ".modsec_set_setting_reply",
    "ModsecUndisableRuleReply": ".modsec_undisable_rule_reply",
    "ModsecUpdateVendorData": ".modsec_update_vendor_data",
    "ModsecUpdateVendorDataDiagnostics": ".modsec_update_vendor_data_diagnostics",
    "ModsecUpdateVendorDataDiagnosticsNewConfigsItem": ".modsec_update_vendor_data_diagnostics_new_configs_item",
    "ModsecUpdateVendorDataDiagnosticsPrevConfigsItem": ".modsec_update_vendor_data_diagnostics_prev_configs_item",
    "ModsecUpdateVendorDataVendor": ".modsec_update_vendor_data_vendor",
    "ModsecUpdateVendorReply": ".modsec_update_vendor_reply",
    "MyprivsData": ".myprivs_data",
    "MyprivsDataPrivilegesItem": ".myprivs_data_privileges_item",
    "MyprivsReply": ".myprivs_reply",
    "NatCheckipData": ".nat_checkip_data",
    "NatCheckipReply": ".nat_checkip_reply",
    "NatSetPublicIpReply": ".nat_set_public_ip_reply",
    "NginxmanagerClearCacheReply": ".nginxmanager_clear_cache_reply",
    "NginxmanagerGetCacheConfigSystemData": ".nginxmanager_get_cache_config_system_data",
    "NginxmanagerGetCacheConfigSystemDataDefault": ".nginxmanager_get_cache_config_system_data_default",
    "NginxmanagerGetCacheConfigSystemDataSystem": ".nginxmanager_get_cache_config_system_data_system",
    "NginxmanagerGetCacheConfigSystemMerge": ".nginxmanager_get_cache_config_system_merge",
    "NginxmanagerGetCacheConfigSystemReply": ".nginxmanager_get_cache_config_system_reply",
    "NginxmanagerGetCacheConfigUsersData": ".nginxmanager_get_cache_config_users_data",
    "NginxmanagerGetCacheConfigUsersDataUsersItem": ".nginxmanager_get_cache_config_users_data_users_item",
    "NginxmanagerGetCacheConfigUsersDataUsersItemConfig": ".nginxmanager_get_cache_config_users_data_users_item_config",
    "NginxmanagerGetCacheConfigUsersMerge": ".nginxmanager_get_cache_config_users_merge",
    "NginxmanagerGetCacheConfigUsersReply": ".nginxmanager_get_cache_config_users_reply",
    "NginxmanagerRebuildCacheConfigReply": ".nginxmanager_rebuild_cache_config_reply",
    "NginxmanagerResetUsersCacheConfigReply": ".nginxmanager_reset_users_cache_config_reply",
    "NginxmanagerSetCacheConfigEnabled": ".nginxmanager_set_cache_config_enabled",
    "NginxmanagerSetCacheConfigReply": ".nginxmanager_set_cache_config_reply",
    "NormalizeUserEmailConfigurationReply": ".normalize_user_email_configuration_reply",
    "PackageManagerFixcacheData": ".package_manager_fixcache_data",
    "PackageManagerFixcacheReply": ".package_manager_fixcache_reply",
    "PackageManagerGetBuildLogData": ".package_manager_get_build_log_data",
    "PackageManagerGetBuildLogReply": ".package_manager_get_build_log_reply",
    "PackageManagerGetPackageInfoData": ".package_manager_get_package_info_data",
    "PackageManagerGetPackageInfoDataPackagesItem": ".package_manager_get_package_info_data_packages_item",
    "PackageManagerGetPackageInfoDataPackagesItemPkgDep": ".package_manager_get_package_info_data_packages_item_pkg_dep",
    "PackageManagerGetPackageInfoDisableExcludes": ".package_manager_get_package_info_disable_excludes",
    "PackageManagerGetPackageInfoNs": ".package_manager_get_package_info_ns",
    "PackageManagerGetPackageInfoReply": ".package_manager_get_package_info_reply",
    "PackageManagerIsPerformingActionsData": ".package_manager_is_performing_actions_data",
    "PackageManagerIsPerformingActionsReply": ".package_manager_is_performing_actions_reply",
    "PackageManagerListPackagesData": ".package_manager_list_packages_data",
    "PackageManagerListPackagesDataPackagesItem": ".package_manager_list_packages_data_packages_item",
    "PackageManagerListPackagesReply": ".package_manager_list_packages_reply",
    "PackageManagerListPackagesState": ".package_manager_list_packages_state",
    "PackageManagerResolveActionsData": ".package_manager_resolve_actions_data",
    "PackageManagerResolveActionsNs": ".package_manager_resolve_actions_ns",
    "PackageManagerResolveActionsReply": ".package_manager_resolve_actions_reply",
    "PackageManagerSubmitActionsData": ".package_manager_submit_actions_data",
    "PackageManagerSubmitActionsReply": ".package_manager_submit_actions_reply",
    "PackageManagerUpgradeData": ".package_manager_upgrade_data",
    "PackageManagerUpgradeReply": ".package_manager_upgrade_reply",
    "ParseDnsZoneData": ".parse_dns_zone_data",
    "ParseDnsZoneReply": ".parse_dns_zone_reply",
    "ParticipateInAnalyticsEnabled": ".participate_in_analytics_enabled",
    "ParticipateInAnalyticsReply": ".participate_in_analytics_reply",
    "PasswdData": ".passwd_data",
    "PasswdDbPassUpdate": ".passwd_db_pass_update",
    "PasswdDigestauth": ".passwd_digestauth",
    "PasswdEnabledigest": ".passwd_enabledigest",
    "PasswdReply": ".passwd_reply",
    "PauseTransferSessionReply": ".pause_transfer_session_reply",
    "PersonalizationGetBody": ".personalization_get_body",
    "PersonalizationGetData": ".personalization_get_data",
    "PersonalizationGetDataPersonalization": ".personalization_get_data_personalization",
    "PersonalizationGetDataPersonalizationAdditionalProperty": ".personalization_get_data_personalization_additional_property",
    "PersonalizationGetReply": ".personalization_get_reply",
    "PersonalizationSetBody": ".personalization_set_body",
    "PersonalizationSetBodyPersonalization": ".personalization_set_body_personalization",
    "PersonalizationSetData": ".personalization_set_data",
    "PersonalizationSetDataPersonalization": ".personalization_set_data_personalization",
    "PersonalizationSetDataPersonalizationAdditionalProperty": ".personalization_set_data_personalization_additional_property",
    "PersonalizationSetReply": ".personalization_set_reply",
    "PhpFpmConfigGetData": ".php_fpm_config_get_data",
    "PhpFpmConfigGetDataConfigItem": ".php_fpm_config_get_data_config_item",
    "PhpFpmConfigGetReply": ".php_fpm_config_get_reply",
    "PhpFpmConfigSetReply": ".php_fpm_config_set_reply",
    "PhpGetDefaultAccountsToFpmData": ".php_get_default_accounts_to_fpm_data",
    "PhpGetDefaultAccountsToFpmReply": ".php_get_default_accounts_to_fpm_reply",
    "PhpGetHandlersData": ".php_get_handlers_data",
    "PhpGetHandlersDataVersionHandlersItem": ".php_get_handlers_data_version_handlers_item",
    "PhpGetHandlersReply": ".php_get_handlers_reply",
    "PhpGetImpactedDomainsData": ".php_get_impacted_domains_data",
    "PhpGetImpactedDomainsReply": ".php_get_impacted_domains_reply",
    "PhpGetImpactedDomainsSystemDefault": ".php_get_impacted_domains_system_default",
    "PhpGetInstalledVersionsData": ".php_get_installed_versions_data",
    "PhpGetInstalledVersionsReply": ".php_get_installed_versions_reply",
    "PhpGetOldFpmFlagData": ".php_get_old_fpm_flag_data",
    "PhpGetOldFpmFlagReply": ".php_get_old_fpm_flag_reply",
    "PhpGetSystemDefaultVersionData": ".php_get_system_default_version_data",
    "PhpGetSystemDefaultVersionReply": ".php_get_system_default_version_reply",
    "PhpGetVhostVersionsData": ".php_get_vhost_versions_data",
    "PhpGetVhostVersionsDataVersionsItem": ".php_get_vhost_versions_data_versions_item",
    "PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms": ".php_get_vhost_versions_data_versions_item_php_fpm_pool_parms",
    "PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem": ".php_get_vhost_versions_data_versions_item_phpversion_source_item",
    "PhpGetVhostVersionsReply": ".php_get_vhost_versions_reply",
    "PhpGetVhostsByVersionData": ".php_get_vhosts_by_version_data",
    "PhpGetVhostsByVersionReply": ".php_get_vhosts_by_version_reply",
    "PhpIniGetContentData": ".php_ini_get_content_data",
    "PhpIniGetContentReply": ".php_ini_get_content_reply",
    "PhpIniGetDirectivesData": ".php_ini_get_directives_data",
    "PhpIniGetDirectivesDataDirectivesItem": ".php_ini_get_directives_data_directives_item",
    "PhpIniGetDirectivesReply": ".php_ini_get_directives_reply",
    "PhpIniSetContentBody": ".php_ini_set_content_body",
    "PhpIniSetContentReply": ".php_ini_set_content_reply",
    "PhpIniSetDirectivesReply": ".php_ini_set_directives_reply",
    "PhpSetDefaultAccountsToFpmDefaultAccountsToFpm": ".php_set_default_accounts_to_fpm_default_accounts_to_fpm",
    "PhpSetDefaultAccountsToFpmReply": ".php_set_default_accounts_to_fpm_reply",
    "PhpSetHandlerHandler": ".php_set_handler_handler",
    "PhpSetHandlerReply": ".php_set_handler_reply",
    "PhpSetOldFpmFlagData": ".php_set_old_fpm_flag_data",
    "PhpSetOldFpmFlagReply": ".php_set_old_fpm_flag_reply",
    "PhpSetSessionSavePathOverwrite": ".php_set_session_save_path_overwrite",
    "PhpSetSessionSavePathReply": ".php_set_session_save_path_reply",
    "PhpSetSystemDefaultVersionReply": ".php_set_system_default_version_reply",
    "PhpSetVhostVersionsPhpFpm": ".php_set_vhost_versions_php_fpm",
    "PhpSetVhostVersionsReply": ".php_set_vhost_versions_reply",
    "PhpSetVhostVersionsVersion": ".php_set_vhost_versions_version",
    "PurchaseALicenseData": ".purchase_a_license_data",
    "PurchaseALicenseReply": ".purchase_a_license_reply",
    "PurchaseALicenseUpgrade": ".purchase_a_license_upgrade",
    "QuotaEnabledData": ".quota_enabled_data",
    "QuotaEnabledReply": ".quota_enabled_reply",
    "ReadCpgreylistDeferredEntriesData": ".read_cpgreylist_deferred_entries_data",
    "ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem": ".read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item",
    "ReadCpgreylistDeferredEntriesReply": ".read_cpgreylist_deferred_entries_reply",
    "ReadCpgreylistTrustedHostsData": ".read_cpgreylist_trusted_hosts_data",
    "ReadCpgreylistTrustedHostsDataGreylistTrustedHostsItem": ".read_cpgreylist_trusted_hosts_data_greylist_trusted_hosts_item",
    "ReadCpgreylistTrustedHostsReply": ".read_cpgreylist_trusted_hosts_reply",
    "ReadCphulkRecordsData": ".read_cphulk_records_data",
    "ReadCphulkRecordsDataIpsInList": ".read_cphulk_records_data_ips_in_list",
    "ReadCphulkRecordsListName": ".read_cphulk_records_list_name",
    "ReadCphulkRecordsReply": ".read_cphulk_records_reply",
    "ReadCphulkRecordsSkipEnabledCheck": ".read_cphulk_records_skip_enabled_check",
    "ReadFeaturelistData": ".read_featurelist_data",
    "ReadFeaturelistDataFeatures": ".read_featurelist_data_features",
    "ReadFeaturelistReply": ".read_featurelist_reply",
    "RebootForce": ".reboot_force",
    "RebootReply": ".reboot_reply",
    "RebuildMailSniConfigData": ".rebuild_mail_sni_config_data",
    "RebuildMailSniConfigReloadDovecot": ".rebuild_mail_sni_config_reload_dovecot",
    "RebuildMailSniConfigReply": ".rebuild_mail_sni_config_reply",
    "RebuildinstalledssldbReply": ".rebuildinstalledssldb_reply",
    "RebuilduserssldbData": ".rebuilduserssldb_data",
    "RebuilduserssldbReply": ".rebuilduserssldb_reply",
    "RegisterServerWith360MonitoringData": ".register_server_with_360_monitoring_data",
    "RegisterServerWith360MonitoringReply": ".register_server_with_360_monitoring_reply",
    "ReleaseOutgoingEmailReply": ".release_outgoing_email_reply",
    "RemoteBasicCredentialCheckData": ".remote_basic_credential_check_data",
    "RemoteBasicCredentialCheckReply": ".remote_basic_credential_check_reply",
    "RemoteBasicCredentialCheckRootEscalationMethod": ".remote_basic_credential_check_root_escalation_method",
    "RemoteMysqlCreateProfileData": ".remote_mysql_create_profile_data",
    "RemoteMysqlCreateProfileDataProfileDetails": ".remote_mysql_create_profile_data_profile_details",
    "RemoteMysqlCreateProfileReply": ".remote_mysql_create_profile_reply",
    "RemoteMysqlCreateProfileViaSshData": ".remote_mysql_create_profile_via_ssh_data",
    "RemoteMysqlCreateProfileViaSshDataProfileDetails": ".remote_mysql_create_profile_via_ssh_data_profile_details",
    "RemoteMysqlCreateProfileViaSshReply": ".remote_mysql_create_profile_via_ssh_reply",
    "RemoteMysqlCreateProfileViaSshRootEscalationMethod": ".remote_mysql_create_profile_via_ssh_root_escalation_method",
    "RemoteMysqlDeleteProfileData": ".remote_mysql_delete_profile_data",
    "RemoteMysqlDeleteProfileDataProfileDetails": ".remote_mysql_delete_profile_data_profile_details",
    "RemoteMysqlDeleteProfileReply": ".remote_mysql_delete_profile_reply",
    "RemoteMysqlInitiateProfileActivationData": ".remote_mysql_initiate_profile_activation_data",
    "RemoteMysqlInitiateProfileActivationReply": ".remote_mysql_initiate_profile_activation_reply",
    "RemoteMysqlMonitorProfileActivationData": ".remote_mysql_monitor_profile_activation_data",
    "RemoteMysqlMonitorProfileActivationDataJobInProgress": ".remote_mysql_monitor_profile_activation_data_job_in_progress",
    "RemoteMysqlMonitorProfileActivationDataJobInProgressStepsItem": ".remote_mysql_monitor_profile_activation_data_job_in_progress_steps_item",
    "RemoteMysqlMonitorProfileActivationDataLastJobDetails": ".remote_mysql_monitor_profile_activation_data_last_job_details",
    "RemoteMysqlMonitorProfileActivationDataLastJobDetailsStepsItem": ".remote_mysql_monitor_profile_activation_data_last_job_details_steps_item",
    "RemoteMysqlMonitorProfileActivationReply": ".remote_mysql_monitor_profile_activation_reply",
    "RemoteMysqlReadProfileData": ".remote_mysql_read_profile_data",
    "RemoteMysqlReadProfileDataProfileDetails": ".remote_mysql_read_profile_data_profile_details",
    "RemoteMysqlReadProfileReply": ".remote_mysql_read_profile_reply",
    "RemoteMysqlReadProfilesData": ".remote_mysql_read_profiles_data",
    "RemoteMysqlReadProfilesDataAdditionalProperty": ".remote_mysql_read_profiles_data_additional_property",
    "RemoteMysqlReadProfilesReply": ".remote_mysql_read_profiles_reply",
    "RemoteMysqlUpdateProfileData": ".remote_mysql_update_profile_data",
    "RemoteMysqlUpdateProfileDataProfileDetails": ".remote_mysql_update_profile_data_profile_details",
    "RemoteMysqlUpdateProfileReply": ".remote_mysql_update_profile_reply",
    "RemoteMysqlValidateProfileData": ".remote_mysql_validate_profile_data",
    "RemoteMysqlValidateProfileReply": ".remote_mysql_validate_profile_reply",
    "RemoveAutosslUserExcludedDomainsReply": ".remove_autossl_user_excluded_domains_reply",
    "RemoveConnectedApplicationBody": ".remove_connected_application_body",
    "RemoveConnectedApplicationReply": ".remove_connected_application_reply",
    "RemoveDmarcData": ".remove_dmarc_data",
    "RemoveDmarcDataPayloadItem": ".remove_dmarc_data_payload_item",
    "RemoveDmarcReply": ".remove_dmarc_reply",
    "RemoveInProgressEximConfigEditReply": ".remove_in_progress_exim_config_edit_reply",
    "RemoveIntegrationGroupReply": ".remove_integration_group_reply",
    "RemoveIntegrationLinkReply": ".remove_integration_link_reply",
    "RemoveOverrideFeaturesForUserReply": ".remove_override_features_for_user_reply",
    "RemoveZoneKeyReply": ".remove_zone_key_reply",
    "RemoveacctKeepdns": ".removeacct_keepdns",
    "RemoveacctReply": ".removeacct_reply",
    "RemovezonerecordReply": ".removezonerecord_reply",
    "RenameMysqlDatabaseReply": ".rename_mysql_database_reply",
    "RenameMysqlUserReply": ".rename_mysql_user_reply",
    "RenamePostgresqlDatabaseReply": ".rename_postgresql_database_reply",
    "RenamePostgresqlUserReply": ".rename_postgresql_user_reply",
    "ReorderHooksData": ".reorder_hooks_data",
    "ReorderHooksDataHookOrderItem": ".reorder_hooks_data_hook_order_item",
    "ReorderHooksReply": ".reorder_hooks_reply",
    "ResellerstatsData": ".resellerstats_data",
    "ResellerstatsDataReseller": ".resellerstats_data_reseller",
    "ResellerstatsDataResellerAcctItem": ".resellerstats_data_reseller_acct_item",
    "ResellerstatsFilterDeleted": ".resellerstats_filter_deleted",
    "ResellerstatsFilterSuspended": ".resellerstats_filter_suspended",
    "ResellerstatsReply": ".resellerstats_reply",
    "ResetAutosslProviderReply": ".reset_autossl_provider_reply",
    "ResetServiceSslCertificateData": ".reset_service_ssl_certificate_data",
    "ResetServiceSslCertificateDataCertificateInfo": ".reset_service_ssl_certificate_data_certificate_info",
    "ResetServiceSslCertificateReply": ".reset_service_ssl_certificate_reply",
    "ResetServiceSslCertificateService": ".reset_service_ssl_certificate_service",
    "ResetzoneReply": ".resetzone_reply",
    "ResolvedomainnameData": ".resolvedomainname_data",
    "ResolvedomainnameReply": ".resolvedomainname_reply",
    "RestartserviceData": ".restartservice_data",
    "RestartserviceQueueTask": ".restartservice_queue_task",
    "RestartserviceReply": ".restartservice_reply",
    "RestoreConfigFromFileReply": ".restore_config_from_file_reply",
    "RestoreConfigFromUploadReply": ".restore_config_from_upload_reply",
    "RestoreModulesSummaryData": ".restore_modules_summary_data",
    "RestoreModulesSummaryDataModulesItem": ".restore_modules_summary_data_modules_item",
    "RestoreModulesSummaryReply": ".restore_modules_summary_reply",
    "RestoreQueueActivateReply": ".restore_queue_activate_reply",
    "RestoreQueueAddTaskData": ".restore_queue_add_task_data",
    "RestoreQueueAddTaskGiveIp": ".restore_queue_add_task_give_ip",
    "RestoreQueueAddTaskMailConfig": ".restore_queue_add_task_mail_config",
    "RestoreQueueAddTaskMysql": ".restore_queue_add_task_mysql",
    "RestoreQueueAddTaskReply": ".restore_queue_add_task_reply",
    "RestoreQueueAddTaskSubdomains": ".restore_queue_add_task_subdomains",
    "RestoreQueueClearAllCompletedTasksReply": ".restore_queue_clear_all_completed_tasks_reply",
    "RestoreQueueClearAllFailedTasksReply": ".restore_queue_clear_all_failed_tasks_reply",
    "RestoreQueueClearAllPendingTasksReply": ".restore_queue_clear_all_pending_tasks_reply",
    "RestoreQueueClearAllTasksReply": ".restore_queue_clear_all_tasks_reply",
    "RestoreQueueClearCompletedTaskReply": ".restore_queue_clear_completed_task_reply",
    "RestoreQueueClearPendingTaskReply": ".restore_queue_clear_pending_task_reply",
    "RestoreQueueIsActiveData": ".restore_queue_is_active_data",
    "RestoreQueueIsActiveReply": ".restore_queue_is_active_reply",
    "RestoreQueueListActiveData": ".restore_queue_list_active_data",
    "RestoreQueueListActiveDataRestoreJobItem": ".restore_queue_list_active_data_restore_job_item",
    "RestoreQueueListActiveDataRestoreJobItemOptions": ".restore_queue_list_active_data_restore_job_item_options",
    "RestoreQueueListActiveReply": ".restore_queue_list_active_reply",
    "RestoreQueueListCompletedData": ".restore_queue_list_completed_data",
    "RestoreQueueListCompletedDataRestoreJobItem": ".restore_queue_list_completed_data_restore_job_item",
    "RestoreQueueListCompletedDataRestoreJobItemRestoreJob": ".restore_queue_list_completed_data_restore_job_item_restore_job",
    "RestoreQueueListCompletedDataRestoreJobItemRestoreJobOptions": ".restore_queue_list_completed_data_restore_job_item_restore_job_options",
    "RestoreQueueListCompletedDataRestoreJobItemStatusInfo": ".restore_queue_list_completed_data_restore_job_item_status_info",
    "RestoreQueueListCompletedReply": ".restore_queue_list_completed_reply",
    "RestoreQueueListPendingData": ".restore_queue_list_pending_data",
    "RestoreQueueListPendingDataRestoreJobItem": ".restore_queue_list_pending_data_restore_job_item",
    "RestoreQueueListPendingDataRestoreJobItemOptions": ".restore_queue_list_pending_data_restore_job_item_options",
    "RestoreQueueListPendingReply": ".restore_queue_list_pending_reply",
    "RestoreQueueStateData": ".restore_queue_state_data",
    "RestoreQueueStateDataActiveItem": ".restore_queue_state_data_active_item",
    "RestoreQueueStateDataActiveItemOptions": ".restore_queue_state_data_active_item_options",
    "RestoreQueueStateDataCompletedItem": ".restore_queue_state_data_completed_item",
    "RestoreQueueStateDataCompletedItemOptions": ".restore_queue_state_data_completed_item_options",
    "RestoreQueueStateDataPendingItem": ".restore_queue_state_data_pending_item",
    "RestoreQueueStateDataPendingItemOptions": ".restore_queue_state_data_pending_item_options",
    "RestoreQueueStateReply": ".restore_queue_state_reply",
    "RestoreaccountAll": ".restoreaccount_all",
    "RestoreaccountIp": ".restoreaccount_ip",
    "RestoreaccountMail": ".restoreaccount_mail",
    "RestoreaccountMysql": ".restoreaccount_mysql",
    "RestoreaccountReply": ".restoreaccount_reply",
    "RestoreaccountSubs": ".restoreaccount_subs",
    "RestoreaccountType": ".restoreaccount_type",
    "RestrictWhmRootAccessData": ".restrict_whm_root_access_data",
    "RestrictWhmRootAccessReply": ".restrict_whm_root_access_reply",
    "RetrieveCustomizationsApplication": ".retrieve_customizations_application",
    "RetrieveCustomizationsReply": ".retrieve_customizations_reply",
    "RetrieveTransferSessionRemoteAnalysisData": ".retrieve_transfer_session_remote_analysis_data",
    "RetrieveTransferSessionRemoteAnalysisDataConfig": ".retrieve_transfer_session_remote_analysis_data_config",
    "RetrieveTransferSessionRemoteAnalysisDataItems": ".retrieve_transfer_session_remote_analysis_data_items",
    "RetrieveTransferSessionRemoteAnalysisDataLocal": ".retrieve_transfer_session_remote_analysis_data_local",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbs": ".retrieve_transfer_session_remote_analysis_data_local_dbs",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbs": ".retrieve_transfer_session_remote_analysis_data_local_dbs_dbs",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbsMYSQL": ".retrieve_transfer_session_remote_analysis_data_local_dbs_dbs_mysql",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbsMYSQLAdditionalProperty": ".retrieve_transfer_session_remote_analysis_data_local_dbs_dbs_mysql_additional_property",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbsPGSQL": ".retrieve_transfer_session_remote_analysis_data_local_dbs_dbs_pgsql",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbsPGSQLAdditionalProperty": ".retrieve_transfer_session_remote_analysis_data_local_dbs_dbs_pgsql_additional_property",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsers": ".retrieve_transfer_session_remote_analysis_data_local_dbs_users",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsersMYSQL": ".retrieve_transfer_session_remote_analysis_data_local_dbs_users_mysql",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsersMYSQLAdditionalProperty": ".retrieve_transfer_session_remote_analysis_data_local_dbs_users_mysql_additional_property",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsersPGSQL": ".retrieve_transfer_session_remote_analysis_data_local_dbs_users_pgsql",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsersPGSQLAdditionalProperty": ".retrieve_transfer_session_remote_analysis_data_local_dbs_users_pgsql_additional_property",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDedicatedIps": ".retrieve_transfer_session_remote_analysis_data_local_dedicated_ips",
    "RetrieveTransferSessionRemoteAnalysisDataLocalGroups": ".retrieve_transfer_session_remote_analysis_data_local_groups",
    "RetrieveTransferSessionRemoteAnalysisDataLocalUsers": ".retrieve_transfer_session_remote_analysis_data_local_users",
    "RetrieveTransferSessionRemoteAnalysisDataModules": ".retrieve_transfer_session_remote_analysis_data_modules",
    "RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalProperty": ".retrieve_transfer_session_remote_analysis_data_modules_additional_property",
    "RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalPropertyAnalysis": ".retrieve_transfer_session_remote_analysis_data_modules_additional_property_analysis",
    "RetrieveTransferSessionRemoteAnalysisDataOptions": ".retrieve_transfer_session_remote_analysis_data_options",
    "RetrieveTransferSessionRemoteAnalysisDataRemote": ".retrieve_transfer_session_remote_analysis_data_remote",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbs": ".retrieve_transfer_session_remote_analysis_data_remote_dbs",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbs": ".retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsMYSQL": ".retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs_mysql",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsMYSQLAdditionalProperty": ".retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs_mysql_additional_property",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsPGSQL": ".retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs_pgsql",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsPGSQLAdditionalProperty": ".retrieve_transfer_session_remote_analysis_data_remote_dbs_dbs_pgsql_additional_property",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsers": ".retrieve_transfer_session_remote_analysis_data_remote_dbs_users",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsersMYSQL": ".retrieve_transfer_session_remote_analysis_data_remote_dbs_users_mysql",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsersMYSQLAdditionalProperty": ".retrieve_transfer_session_remote_analysis_data_remote_dbs_users_mysql_additional_property",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsersPGSQL": ".retrieve_transfer_session_remote_analysis_data_remote_dbs_users_pgsql",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsersPGSQLAdditionalProperty": ".retrieve_transfer_session_remote_analysis_data_remote_dbs_users_pgsql_additional_property",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem": ".retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettings": ".retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item_system_settings",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettingsAdditionalProperty": ".retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item_system_settings_additional_property",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemWorkerCapabilities": ".retrieve_transfer_session_remote_analysis_data_remote_linked_nodes_item_worker_capabilities",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteResellers": ".retrieve_transfer_session_remote_analysis_data_remote_resellers",
    "RetrieveTransferSessionRemoteAnalysisReply": ".retrieve_transfer_session_remote_analysis_reply",
    "RunCpkeycltReply": ".run_cpkeyclt_reply",
    "SaveConnectedApplicationReply": ".save_connected_application_reply",
    "SaveCpgreylistConfigData": ".save_cpgreylist_config_data",
    "SaveCpgreylistConfigDataCpgreylistConfig": ".save_cpgreylist_config_data_cpgreylist_config",
    "SaveCpgreylistConfigReply": ".save_cpgreylist_config_reply",
    "SaveCpgreylistConfigSpfBypass": ".save_cpgreylist_config_spf_bypass",
    "SaveCphulkConfigBlockBruteForceWithFirewall": ".save_cphulk_config_block_brute_force_with_firewall",
    "SaveCphulkConfigBlockExcessiveBruteForceWithFirewall": ".save_cphulk_config_block_excessive_brute_force_with_firewall",
    "SaveCphulkConfigData": ".save_cphulk_config_data",
    "SaveCphulkConfigDataCphulkConfig": ".save_cphulk_config_data_cphulk_config",
    "SaveCphulkConfigIpBasedProtection": ".save_cphulk_config_ip_based_protection",
    "SaveCphulkConfigNotifyOnBrute": ".save_cphulk_config_notify_on_brute",
    "SaveCphulkConfigNotifyOnRootLogin": ".save_cphulk_config_notify_on_root_login",
    "SaveCphulkConfigNotifyOnRootLoginForKnownNetblock": ".save_cphulk_config_notify_on_root_login_for_known_netblock",
    "SaveCphulkConfigReply": ".save_cphulk_config_reply",
    "SaveCphulkConfigSkipEnabledCheck": ".save_cphulk_config_skip_enabled_check",
    "SaveCphulkConfigUsernameBasedProtection": ".save_cphulk_config_username_based_protection",
    "SaveCphulkConfigUsernameBasedProtectionForRoot": ".save_cphulk_config_username_based_protection_for_root",
    "SaveCphulkConfigUsernameBasedProtectionLocalOrigin": ".save_cphulk_config_username_based_protection_local_origin",
    "SaveSpamdConfigReply": ".save_spamd_config_reply",
    "SaveacllistAclAcctSummary": ".saveacllist_acl_acct_summary",
    "SaveacllistAclAddPkg": ".saveacllist_acl_add_pkg",
    "SaveacllistAclAddPkgIp": ".saveacllist_acl_add_pkg_ip",
    "SaveacllistAclAddPkgShell": ".saveacllist_acl_add_pkg_shell",
    "SaveacllistAclAll": ".saveacllist_acl_all",
    "SaveacllistAclAllowAddoncreate": ".saveacllist_acl_allow_addoncreate",
    "SaveacllistAclAllowEmaillimitsPkgs": ".saveacllist_acl_allow_emaillimits_pkgs",
    "SaveacllistAclAllowParkedcreate": ".saveacllist_acl_allow_parkedcreate",
    "SaveacllistAclAllowShell": ".saveacllist_acl_allow_shell",
    "SaveacllistAclAllowUnlimitedBwPkgs": ".saveacllist_acl_allow_unlimited_bw_pkgs",
    "SaveacllistAclAllowUnlimitedDiskPkgs": ".saveacllist_acl_allow_unlimited_disk_pkgs",
    "SaveacllistAclAllowUnlimitedPkgs": ".saveacllist_acl_allow_unlimited_pkgs",
    "SaveacllistAclBasicSystemInfo": ".saveacllist_acl_basic_system_info",
    "SaveacllistAclBasicWhmFunctions": ".saveacllist_acl_basic_whm_functions",
    "SaveacllistAclClustering": ".saveacllist_acl_clustering",
    "SaveacllistAclCorsProxyGet": ".saveacllist_acl_cors_proxy_get",
    "SaveacllistAclCpanelApi": ".saveacllist_acl_cpanel_api",
    "SaveacllistAclCpanelIntegration": ".saveacllist_acl_cpanel_integration",
    "SaveacllistAclCreateAcct": ".saveacllist_acl_create_acct",
    "SaveacllistAclCreateDns": ".saveacllist_acl_create_dns",
    "SaveacllistAclCreateUserSession": ".saveacllist_acl_create_user_session",
    "SaveacllistAclDemoSetup": ".saveacllist_acl_demo_setup",
    "SaveacllistAclDigestAuth": ".saveacllist_acl_digest_auth",
    "SaveacllistAclEditAccount": ".saveacllist_acl_edit_account",
    "SaveacllistAclEditDns": ".saveacllist_acl_edit_dns",
    "SaveacllistAclEditMx": ".saveacllist_acl_edit_mx",
    "SaveacllistAclEditPkg": ".saveacllist_acl_edit_pkg",
    "SaveacllistAclGenerateEmailConfig": ".saveacllist_acl_generate_email_config",
    "SaveacllistAclKillAcct": ".saveacllist_acl_kill_acct",
    "SaveacllistAclKillDns": ".saveacllist_acl_kill_dns",
    "SaveacllistAclLimitBandwidth": ".saveacllist_acl_limit_bandwidth",
    "SaveacllistAclListAccts": ".saveacllist_acl_list_accts",
    "SaveacllistAclListPkgs": ".saveacllist_acl_list_pkgs",
    "SaveacllistAclLocaleEdit": ".saveacllist_acl_locale_edit",
    "SaveacllistAclMailcheck": ".saveacllist_acl_mailcheck",
    "SaveacllistAclManageApiTokens": ".saveacllist_acl_manage_api_tokens",
    "SaveacllistAclManageDnsRecords": ".saveacllist_acl_manage_dns_records",
    "SaveacllistAclManageOidc": ".saveacllist_acl_manage_oidc",
    "SaveacllistAclManageStyles": ".saveacllist_acl_manage_styles",
    "SaveacllistAclMysqlInfo": ".saveacllist_acl_mysql_info",
    "SaveacllistAclNews": ".saveacllist_acl_news",
    "SaveacllistAclNsConfig": ".saveacllist_acl_ns_config",
    "SaveacllistAclParkDns": ".saveacllist_acl_park_dns",
    "SaveacllistAclPasswd": ".saveacllist_acl_passwd",
    "SaveacllistAclQuota": ".saveacllist_acl_quota",
    "SaveacllistAclRearrangeAccts": ".saveacllist_acl_rearrange_accts",
    "SaveacllistAclResftp": ".saveacllist_acl_resftp",
    "SaveacllistAclRestart": ".saveacllist_acl_restart",
    "SaveacllistAclShowBandwidth": ".saveacllist_acl_show_bandwidth",
    "SaveacllistAclSsl": ".saveacllist_acl_ssl",
    "SaveacllistAclSslBuy": ".saveacllist_acl_ssl_buy",
    "SaveacllistAclSslGencrt": ".saveacllist_acl_ssl_gencrt",
    "SaveacllistAclSslInfo": ".saveacllist_acl_ssl_info",
    "SaveacllistAclStats": ".saveacllist_acl_stats",
    "SaveacllistAclStatus": ".saveacllist_acl_status",
    "SaveacllistAclSuspendAcct": ".saveacllist_acl_suspend_acct",
    "SaveacllistAclThirdparty": ".saveacllist_acl_thirdparty",
    "SaveacllistAclTrackEmail": ".saveacllist_acl_track_email",
    "SaveacllistAclUpgradeAccount": ".saveacllist_acl_upgrade_account",
    "SaveacllistAclViewglobalpackages": ".saveacllist_acl_viewglobalpackages",
    "SaveacllistReply": ".saveacllist_reply",
    "SavemxsReply": ".savemxs_reply",
    "SendTestPosturlData": ".send_test_posturl_data",
    "SendTestPosturlReply": ".send_test_posturl_reply",
    "SendTestPushbulletNoteData": ".send_test_pushbullet_note_data",
    "SendTestPushbulletNoteDataPayload": ".send_test_pushbullet_note_data_payload",
    "SendTestPushbulletNoteReply": ".send_test_pushbullet_note_reply",
    "ServicestatusData": ".servicestatus_data",
    "ServicestatusDataServiceItem": ".servicestatus_data_service_item",
    "ServicestatusReply": ".servicestatus_reply",
    "Set360AgentPollingData": ".set_360_agent_polling_data",
    "Set360AgentPollingReply": ".set_360_agent_polling_reply",
    "SetApplicationContactEventImportanceImportance": ".set_application_contact_event_importance_importance",
    "SetApplicationContactEventImportanceReply": ".set_application_contact_event_importance_reply",
    "SetApplicationContactImportanceImportance": ".set_application_contact_importance_importance",
    "SetApplicationContactImportanceReply": ".set_application_contact_importance_reply",
    "SetAutosslMetadataKeyReply": ".set_autossl_metadata_key_reply",
    "SetAutosslMetadataReply": ".set_autossl_metadata_reply",
    "SetAutosslProviderReply": ".set_autossl_provider_reply",
    "SetAutosslUserExcludedDomainsReply": ".set_autossl_user_excluded_domains_reply",
    "SetCommerceAllowCommerce": ".set_commerce_allow_commerce",
    "SetCommerceReply": ".set_commerce_reply",
    "SetCpanelUpdatesData": ".set_cpanel_updates_data",
    "SetCpanelUpdatesReply": ".set_cpanel_updates_reply",
    "SetCpanelUpdatesUpdates": ".set_cpanel_updates_updates",
    "SetCphulkConfigKeyData": ".set_cphulk_config_key_data",
    "SetCphulkConfigKeyDataCphulkConfig": ".set_cphulk_config_key_data_cphulk_config",
    "SetCphulkConfigKeyReply": ".set_cphulk_config_key_reply",
    "SetDefaultDmarcRecordData": ".set_default_dmarc_record_data",
    "SetDefaultDmarcRecordDataPayload": ".set_default_dmarc_record_data_payload",
    "SetDefaultDmarcRecordReply": ".set_default_dmarc_record_reply",
    "SetDigestAuthDigestauth": ".set_digest_auth_digestauth",
    "SetDigestAuthEnabledigest": ".set_digest_auth_enabledigest",
    "SetDigestAuthReply": ".set_digest_auth_reply",
    "SetEcommerceAllowEcommerce": ".set_ecommerce_allow_ecommerce",
    "SetEcommerceReply": ".set_ecommerce_reply",
    "SetEnhancementLimitLimited": ".set_enhancement_limit_limited",
    "SetEnhancementLimitReply": ".set_enhancement_limit_reply",
    "SetLocalMysqlRootPasswordData": ".set_local_mysql_root_password_data",
    "SetLocalMysqlRootPasswordReply": ".set_local_mysql_root_password_reply",
    "SetManualMxRedirectsData": ".set_manual_mx_redirects_data",
    "SetManualMxRedirectsDataPayload": ".set_manual_mx_redirects_data_payload",
    "SetManualMxRedirectsReply": ".set_manual_mx_redirects_reply",
    "SetMarketProductAttributeReply": ".set_market_product_attribute_reply",
    "SetMarketProviderCommissionIdReply": ".set_market_provider_commission_id_reply",
    "SetMysqlPasswordReply": ".set_mysql_password_reply",
    "SetNameserverData": ".set_nameserver_data",
    "SetNameserverNameserver": ".set_nameserver_nameserver",
    "SetNameserverReply": ".set_nameserver_reply",
    "SetNsec3ForDomainsData": ".set_nsec_3_for_domains_data",
    "SetNsec3ForDomainsDataDomainsItem": ".set_nsec_3_for_domains_data_domains_item",
    "SetNsec3ForDomainsNsec3Narrow": ".set_nsec_3_for_domains_nsec_3_narrow",
    "SetNsec3ForDomainsNsec3OptOut": ".set_nsec_3_for_domains_nsec_3_opt_out",
    "SetNsec3ForDomainsReply": ".set_nsec_3_for_domains_reply",
    "SetPostgresqlPasswordReply": ".set_postgresql_password_reply",
    "SetPrimaryDomainDocrootData": ".set_primary_domain_docroot_data",
    "SetPrimaryDomainDocrootReply": ".set_primary_domain_docroot_reply",
    "SetPrimaryServernameReply": ".set_primary_servername_reply",
    "SetPrimaryServernameType": ".set_primary_servername_type",
    "SetProviderClientConfigurationsReply": ".set_provider_client_configurations_reply",
    "SetProviderClientConfigurationsServiceName": ".set_provider_client_configurations_service_name",
    "SetProviderDisplayConfigurationsReply": ".set_provider_display_configurations_reply",
    "SetProviderDisplayConfigurationsServiceName": ".set_provider_display_configurations_service_name",
    "SetPublicContactReply": ".set_public_contact_reply",
    "SetScopedUserdataData": ".set_scoped_userdata_data",
    "SetScopedUserdataReply": ".set_scoped_userdata_reply",
    "SetServiceConfigKeyReply": ".set_service_config_key_reply",
    "SetServiceProxyBackendsReply": ".set_service_proxy_backends_reply",
    "SetTierData": ".set_tier_data",
    "SetTierReply": ".set_tier_reply",
    "SetTierTier": ".set_tier_tier",
    "SetTweaksettingModule": ".set_tweaksetting_module",
    "SetTweaksettingReply": ".set_tweaksetting_reply",
    "SetUpDnsResolverWorkaroundsData": ".set_up_dns_resolver_workarounds_data",
    "SetUpDnsResolverWorkaroundsDataFlags": ".set_up_dns_resolver_workarounds_data_flags",
    "SetUpDnsResolverWorkaroundsReply": ".set_up_dns_resolver_workarounds_reply",
    "SetUserEmailForwardDestinationReply": ".set_user_email_forward_destination_reply",
    "SetaclsAclAcctSummary": ".setacls_acl_acct_summary",
    "SetaclsAclAddPkg": ".setacls_acl_add_pkg",
    "SetaclsAclAddPkgIp": ".setacls_acl_add_pkg_ip",
    "SetaclsAclAddPkgShell": ".setacls_acl_add_pkg_shell",
    "SetaclsAclAll": ".setacls_acl_all",
    "SetaclsAclAllowAddoncreate": ".setacls_acl_allow_addoncreate",
    "SetaclsAclAllowParkedcreate": ".setacls_acl_allow_parkedcreate",
    "SetaclsAclAllowUnlimitedBwPkgs": ".setacls_acl_allow_unlimited_bw_pkgs",
    "SetaclsAclAllowUnlimitedDiskPkgs": ".setacls_acl_allow_unlimited_disk_pkgs",
    "SetaclsAclAllowUnlimitedPkgs": ".setacls_acl_allow_unlimited_pkgs",
    "SetaclsAclBasicSystemInfo": ".setacls_acl_basic_system_info",
    "SetaclsAclBasicWhmFunctions": ".setacls_acl_basic_whm_functions",
    "SetaclsAclClustering": ".setacls_acl_clustering",
    "SetaclsAclCorsProxyGet": ".setacls_acl_cors_proxy_get",
    "SetaclsAclCpanelApi": ".setacls_acl_cpanel_api",
    "SetaclsAclCpanelIntegration": ".setacls_acl_cpanel_integration",
    "SetaclsAclCreateAcct": ".setacls_acl_create_acct",
    "SetaclsAclCreateDns": ".setacls_acl_create_dns",
    "SetaclsAclCreateUserSession": ".setacls_acl_create_user_session",
    "SetaclsAclDemoSetup": ".setacls_acl_demo_setup",
    "SetaclsAclDigestAuth": ".setacls_acl_digest_auth",
    "SetaclsAclDisallowShell": ".setacls_acl_disallow_shell",
    "SetaclsAclEditAccount": ".setacls_acl_edit_account",
    "SetaclsAclEditDns": ".setacls_acl_edit_dns",
    "SetaclsAclEditMx": ".setacls_acl_edit_mx",
    "SetaclsAclEditPkg": ".setacls_acl_edit_pkg",
    "SetaclsAclGenerateEmailConfig": ".setacls_acl_generate_email_config",
    "SetaclsAclKillAcct": ".setacls_acl_kill_acct",
    "SetaclsAclKillDns": ".setacls_acl_kill_dns",
    "SetaclsAclLimitBandwidth": ".setacls_acl_limit_bandwidth",
    "SetaclsAclListAccts": ".setacls_acl_list_accts",
    "SetaclsAclListPkgs": ".setacls_acl_list_pkgs",
    "SetaclsAclLocaleEdit": ".setacls_acl_locale_edit",
    "SetaclsAclMailcheck": ".setacls_acl_mailcheck",
    "SetaclsAclManageApiTokens": ".setacls_acl_manage_api_tokens",
    "SetaclsAclManageDnsRecords": ".setacls_acl_manage_dns_records",
    "SetaclsAclManageOidc": ".setacls_acl_manage_oidc",
    "SetaclsAclManageStyles": ".setacls_acl_manage_styles",
    "SetaclsAclMysqlInfo": ".setacls_acl_mysql_info",
    "SetaclsAclNameserverConfig": ".setacls_acl_nameserver_config",
    "SetaclsAclNews": ".setacls_acl_news",
    "SetaclsAclParkDns": ".setacls_acl_park_dns",
    "SetaclsAclPasswd": ".setacls_acl_passwd",
    "SetaclsAclQuota": ".setacls_acl_quota",
    "SetaclsAclRearrangeAccts": ".setacls_acl_rearrange_accts",
    "SetaclsAclResftp": ".setacls_acl_resftp",
    "SetaclsAclRestart": ".setacls_acl_restart",
    "SetaclsAclShowBandwidth": ".setacls_acl_show_bandwidth",
    "SetaclsAclSsl": ".setacls_acl_ssl",
    "SetaclsAclSslBuy": ".setacls_acl_ssl_buy",
    "SetaclsAclSslGencrt": ".setacls_acl_ssl_gencrt",
    "SetaclsAclSslInfo": ".setacls_acl_ssl_info",
    "SetaclsAclStats": ".setacls_acl_stats",
    "SetaclsAclStatus": ".setacls_acl_status",
    "SetaclsAclSuspendAcct": ".setacls_acl_suspend_acct",
    "SetaclsAclThirdparty": ".setacls_acl_thirdparty",
    "SetaclsAclTrackEmail": ".setacls_acl_track_email",
    "SetaclsAclUpgradeAccount": ".setacls_acl_upgrade_account",
    "SetaclsAclViewglobalpackages": ".setacls_acl_viewglobalpackages",
    "SetaclsData": ".setacls_data",
    "SetaclsReply": ".setacls_reply",
    "SethostnameReply": ".sethostname_reply",
    "SetminimumpasswordstrengthsReply": ".setminimumpasswordstrengths_reply",
    "SetreselleripsData": ".setresellerips_data",
    "SetreselleripsDelegate": ".setresellerips_delegate",
    "SetreselleripsReply": ".setresellerips_reply",
    "SetresellerlimitsEnableAccountLimit": ".setresellerlimits_enable_account_limit",
    "SetresellerlimitsEnableOverselling": ".setresellerlimits_enable_overselling",
    "SetresellerlimitsEnableOversellingBandwidth": ".setresellerlimits_enable_overselling_bandwidth",
    "SetresellerlimitsEnableOversellingDiskspace": ".setresellerlimits_enable_overselling_diskspace",
    "SetresellerlimitsEnablePackageLimitNumbers": ".setresellerlimits_enable_package_limit_numbers",
    "SetresellerlimitsEnablePackageLimits": ".setresellerlimits_enable_package_limits",
    "SetresellerlimitsEnableResourceLimits": ".setresellerlimits_enable_resource_limits",
    "SetresellerlimitsReply": ".setresellerlimits_reply",
    "SetresellermainipReply": ".setresellermainip_reply",
    "SetresellernameserversReply": ".setresellernameservers_reply",
    "SetresellerpackagelimitAllowed": ".setresellerpackagelimit_allowed",
    "SetresellerpackagelimitNoLimit": ".setresellerpackagelimit_no_limit",
    "SetresellerpackagelimitReply": ".setresellerpackagelimit_reply",
    "SetresolversReply": ".setresolvers_reply",
    "SetsiteipReply": ".setsiteip_reply",
    "SetupresellerMakeowner": ".setupreseller_makeowner",
    "SetupresellerReply": ".setupreseller_reply",
    "ShowbwData": ".showbw_data",
    "ShowbwDataAcctItem": ".showbw_data_acct_item",
    "ShowbwDataAcctItemBwusageItem": ".showbw_data_acct_item_bwusage_item",
    "ShowbwReply": ".showbw_reply",
    "StartAutosslCheckForAllUsersData": ".start_autossl_check_for_all_users_data",
    "StartAutosslCheckForAllUsersReply": ".start_autossl_check_for_all_users_reply",
    "StartAutosslCheckForOneUserData": ".start_autossl_check_for_one_user_data",
    "StartAutosslCheckForOneUserReply": ".start_autossl_check_for_one_user_reply",
    "StartBackgroundMysqlUpgradeData": ".start_background_mysql_upgrade_data",
    "StartBackgroundMysqlUpgradeReply": ".start_background_mysql_upgrade_reply",
    "StartBackgroundPkgacctCompressionsetting": ".start_background_pkgacct_compressionsetting",
    "StartBackgroundPkgacctData": ".start_background_pkgacct_data",
    "StartBackgroundPkgacctIncremental": ".start_background_pkgacct_incremental",
    "StartBackgroundPkgacctLowPriority": ".start_background_pkgacct_low_priority",
    "StartBackgroundPkgacctReply": ".start_background_pkgacct_reply",
    "StartBackgroundPkgacctSerializedOutput": ".start_background_pkgacct_serialized_output",
    "StartBackgroundPkgacctSkipacctdb": ".start_background_pkgacct_skipacctdb",
    "StartBackgroundPkgacctSkipapitokens": ".start_background_pkgacct_skipapitokens",
    "StartBackgroundPkgacctSkipauthnlinks": ".start_background_pkgacct_skipauthnlinks",
    "StartBackgroundPkgacctSkipbwdata": ".start_background_pkgacct_skipbwdata",
    "StartBackgroundPkgacctSkipdnssec": ".start_background_pkgacct_skipdnssec",
    "StartBackgroundPkgacctSkipdnszones": ".start_background_pkgacct_skipdnszones",
    "StartBackgroundPkgacctSkipftpusers": ".start_background_pkgacct_skipftpusers",
    "StartBackgroundPkgacctSkiphomedir": ".start_background_pkgacct_skiphomedir",
    "StartBackgroundPkgacctSkiplinkednodes": ".start_background_pkgacct_skiplinkednodes",
    "StartBackgroundPkgacctSkiplogs": ".start_background_pkgacct_skiplogs",
    "StartBackgroundPkgacctSkipresellerconfig": ".start_background_pkgacct_skipresellerconfig",
    "StartBackgroundPkgacctSkipshell": ".start_background_pkgacct_skipshell",
    "StartBackgroundPkgacctSkipvhosttemplates": ".start_background_pkgacct_skipvhosttemplates",
    "StartBackgroundPkgacctSplit": ".start_background_pkgacct_split",
    "StartBackgroundPkgacctUseBackups": ".start_background_pkgacct_use_backups",
    "StartCpanelUpdateData": ".start_cpanel_update_data",
    "StartCpanelUpdateMode": ".start_cpanel_update_mode",
    "StartCpanelUpdateReply": ".start_cpanel_update_reply",
    "StartLocalCpmoveRestoreData": ".start_local_cpmove_restore_data",
    "StartLocalCpmoveRestoreDedicatedIp": ".start_local_cpmove_restore_dedicated_ip",
    "StartLocalCpmoveRestoreDeleteArchive": ".start_local_cpmove_restore_delete_archive",
    "StartLocalCpmoveRestoreOverwrite": ".start_local_cpmove_restore_overwrite",
    "StartLocalCpmoveRestoreReply": ".start_local_cpmove_restore_reply",
    "StartLocalCpmoveRestoreUpdateARecords": ".start_local_cpmove_restore_update_a_records",
    "StartProfileActivationCode": ".start_profile_activation_code",
    "StartProfileActivationData": ".start_profile_activation_data",
    "StartProfileActivationReply": ".start_profile_activation_reply",
    "StartTransferSessionData": ".start_transfer_session_data",
    "StartTransferSessionReply": ".start_transfer_session_reply",
    "SuspendOutgoingEmailReply": ".suspend_outgoing_email_reply",
    "SuspendacctDisallowun": ".suspendacct_disallowun",
    "SuspendacctLeaveFtpAcctsEnabled": ".suspendacct_leave_ftp_accts_enabled",
    "SuspendacctReply": ".suspendacct_reply",
    "SuspendresellerDisallow": ".suspendreseller_disallow",
    "SuspendresellerReply": ".suspendreseller_reply",
    "SuspendresellerResellerOnly": ".suspendreseller_reseller_only",
    "SystemNeedsRebootReply": ".system_needs_reboot_reply",
    "SystemloadavgData": ".systemloadavg_data",
    "SystemloadavgReply": ".systemloadavg_reply",
    "TerminateCpuserMailboxSessionsReply": ".terminate_cpuser_mailbox_sessions_reply",
    "TerminateresellerData": ".terminatereseller_data",
    "TerminateresellerDataAcctItem": ".terminatereseller_data_acct_item",
    "TerminateresellerDataAcctItemOutput": ".terminatereseller_data_acct_item_output",
    "TerminateresellerReply": ".terminatereseller_reply",
    "TerminateresellerTerminatereseller": ".terminatereseller_terminatereseller",
    "TicketCreateStubTicketData": ".ticket_create_stub_ticket_data",
    "TicketCreateStubTicketReply": ".ticket_create_stub_ticket_reply",
    "TicketGetSupportAgreementData": ".ticket_get_support_agreement_data",
    "TicketGetSupportAgreementReply": ".ticket_get_support_agreement_reply",
    "TicketGetSupportInfoData": ".ticket_get_support_info_data",
    "TicketGetSupportInfoReply": ".ticket_get_support_info_reply",
    "TicketGrantData": ".ticket_grant_data",
    "TicketGrantReply": ".ticket_grant_reply",
    "TicketListData": ".ticket_list_data",
    "TicketListDataAuthsItem": ".ticket_list_data_auths_item",
    "TicketListDataAuthsItemServersItem": ".ticket_list_data_auths_item_servers_item",
    "TicketListReply": ".ticket_list_reply",
    "TicketRemoveClosedData": ".ticket_remove_closed_data",
    "TicketRemoveClosedReply": ".ticket_remove_closed_reply",
    "TicketRevokeData": ".ticket_revoke_data",
    "TicketRevokeReply": ".ticket_revoke_reply",
    "TicketSshTestData": ".ticket_ssh_test_data",
    "TicketSshTestReply": ".ticket_ssh_test_reply",
    "TicketSshTestStartReply": ".ticket_ssh_test_start_reply",
    "TicketUpdateServiceAgreementApprovalReply": ".ticket_update_service_agreement_approval_reply",
    "TicketValidateOauth2CodeReply": ".ticket_validate_oauth_2_code_reply",
    "TicketWhitelistCheckData": ".ticket_whitelist_check_data",
    "TicketWhitelistCheckReply": ".ticket_whitelist_check_reply",
    "TicketWhitelistSetupData": ".ticket_whitelist_setup_data",
    "TicketWhitelistSetupReply": ".ticket_whitelist_setup_reply",
    "TicketWhitelistUnsetupData": ".ticket_whitelist_unsetup_data",
    "TicketWhitelistUnsetupReply": ".ticket_whitelist_unsetup_reply",
    "ToggleUserBackupStateData": ".toggle_user_backup_state_data",
    "ToggleUserBackupStateLegacy": ".toggle_user_backup_state_legacy",
    "ToggleUserBackupStateReply": ".toggle_user_backup_state_reply",
    "TransferModuleSchemaData": ".transfer_module_schema_data",
    "TransferModuleSchemaDataSchema": ".transfer_module_schema_data_schema",
    "TransferModuleSchemaDataSchemaKeys": ".transfer_module_schema_data_schema_keys",
    "TransferModuleSchemaDataSchemaKeysAdditionalProperty": ".transfer_module_schema_data_schema_keys_additional_property",
    "TransferModuleSchemaModule": ".transfer_module_schema_module",
    "TransferModuleSchemaReply": ".transfer_module_schema_reply",
    "TwofactorauthDisablePolicyReply": ".twofactorauth_disable_policy_reply",
    "TwofactorauthEnablePolicyReply": ".twofactorauth_enable_policy_reply",
    "TwofactorauthGenerateTfaConfigData": ".twofactorauth_generate_tfa_config_data",
    "TwofactorauthGenerateTfaConfigReply": ".twofactorauth_generate_tfa_config_reply",
    "TwofactorauthGetIssuerData": ".twofactorauth_get_issuer_data",
    "TwofactorauthGetIssuerReply": ".twofactorauth_get_issuer_reply",
    "TwofactorauthGetTfaConfigForUserData": ".twofactorauth_get_tfa_config_for_user_data",
    "TwofactorauthGetTfaConfigForUserDataAdditionalProperty": ".twofactorauth_get_tfa_config_for_user_data_additional_property",
    "TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmail": ".twofactorauth_get_tfa_config_for_user_data_additional_property_email",
    "TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmailAdditionalProperty": ".twofactorauth_get_tfa_config_for_user_data_additional_property_email_additional_property",
    "TwofactorauthGetTfaConfigForUserDataAdditionalPropertyPrimaryAccount": ".twofactorauth_get_tfa_config_for_user_data_additional_property_primary_account",
    "TwofactorauthGetTfaConfigForUserDataAdditionalPropertyTeam": ".twofactorauth_get_tfa_config_for_user_data_additional_property_team",
    "TwofactorauthGetTfaConfigForUserDataAdditionalPropertyTeamAdditionalProperty": ".twofactorauth_get_tfa_config_for_user_data_additional_property_team_additional_property",
    "TwofactorauthGetTfaConfigForUserReply": ".twofactorauth_get_tfa_config_for_user_reply",
    "TwofactorauthGetUserConfigsData": ".twofactorauth_get_user_configs_data",
    "TwofactorauthGetUserConfigsDataAdditionalProperty": ".twofactorauth_get_user_configs_data_additional_property",
    "TwofactorauthGetUserConfigsReply": ".twofactorauth_get_user_configs_reply",
    "TwofactorauthPolicyStatusData": ".twofactorauth_policy_status_data",
    "TwofactorauthPolicyStatusReply": ".twofactorauth_policy_status_reply",
    "TwofactorauthRemoveUserConfigData": ".twofactorauth_remove_user_config_data",
    "TwofactorauthRemoveUserConfigDataFailed": ".twofactorauth_remove_user_config_data_failed",
    "TwofactorauthRemoveUserConfigReply": ".twofactorauth_remove_user_config_reply",
    "TwofactorauthSetIssuerReply": ".twofactorauth_set_issuer_reply",
    "TwofactorauthSetTfaConfigData": ".twofactorauth_set_tfa_config_data",
    "TwofactorauthSetTfaConfigForUserReply": ".twofactorauth_set_tfa_config_for_user_reply",
    "TwofactorauthSetTfaConfigReply": ".twofactorauth_set_tfa_config_reply",
    "UapiCpanelData": ".uapi_cpanel_data",
    "UapiCpanelDataUapi": ".uapi_cpanel_data_uapi",
    "UapiCpanelDataUapiMetadata": ".uapi_cpanel_data_uapi_metadata",
    "UapiCpanelReply": ".uapi_cpanel_reply",
    "UnassignAccountEnhancementReply": ".unassign_account_enhancement_reply",
    "UnblockIncomingEmailFromCountryData": ".unblock_incoming_email_from_country_data",
    "UnblockIncomingEmailFromCountryReply": ".unblock_incoming_email_from_country_reply",
    "UnblockIncomingEmailFromDomainData": ".unblock_incoming_email_from_domain_data",
    "UnblockIncomingEmailFromDomainReply": ".unblock_incoming_email_from_domain_reply",
    "UninstallRpmPluginData": ".uninstall_rpm_plugin_data",
    "UninstallRpmPluginReply": ".uninstall_rpm_plugin_reply",
    "UnlinkServerNodeData": ".unlink_server_node_data",
    "UnlinkServerNodeDataWorkerCapabilities": ".unlink_server_node_data_worker_capabilities",
    "UnlinkServerNodeHandleApiToken": ".unlink_server_node_handle_api_token",
    "UnlinkServerNodeReply": ".unlink_server_node_reply",
    "UnlinkUserAuthnProviderReply": ".unlink_user_authn_provider_reply",
    "UnsetAllServiceProxyBackendsReply": ".unset_all_service_proxy_backends_reply",
    "UnsetManualMxRedirectsData": ".unset_manual_mx_redirects_data",
    "UnsetManualMxRedirectsDataPayload": ".unset_manual_mx_redirects_data_payload",
    "UnsetManualMxRedirectsReply": ".unset_manual_mx_redirects_reply",
    "UnsetNsec3ForDomainsData": ".unset_nsec_3_for_domains_data",
    "UnsetNsec3ForDomainsDataDomainsItem": ".unset_nsec_3_for_domains_data_domains_item",
    "UnsetNsec3ForDomainsReply": ".unset_nsec_3_for_domains_reply",
    "UnsetupresellerReply": ".unsetupreseller_reply",
    "UnsuspendOutgoingEmailReply": ".unsuspend_outgoing_email_reply",
    "UnsuspendacctReply": ".unsuspendacct_reply",
    "UnsuspendacctRetainServiceProxies": ".unsuspendacct_retain_service_proxies",
    "UnsuspendresellerReply": ".unsuspendreseller_reply",
    "UnsuspendresellerResellerOnly": ".unsuspendreseller_reseller_only",
    "UntrackAcctIdCheckExists": ".untrack_acct_id_check_exists",
    "UntrackAcctIdCheckQuota": ".untrack_acct_id_check_quota",
    "UntrackAcctIdProtectSystem": ".untrack_acct_id_protect_system",
    "UntrackAcctIdReply": ".untrack_acct_id_reply",
    "UpdateConfigclusterserverReply": ".update_configclusterserver_reply",
    "UpdateContactEmailReply": ".update_contact_email_reply",
    "UpdateCustomizationsBody": ".update_customizations_body",
    "UpdateCustomizationsBodyApplication": ".update_customizations_body_application",
    "UpdateCustomizationsBodyTheme": ".update_customizations_body_theme",
    "UpdateCustomizationsReply": ".update_customizations_reply",
    "UpdateFeaturelistData": ".update_featurelist_data",
    "UpdateFeaturelistDataInvalidFeaturesItem": ".update_featurelist_data_invalid_features_item",
    "UpdateFeaturelistDataUpdatedFeatures": ".update_featurelist_data_updated_features",
    "UpdateFeaturelistFeatureName": ".update_featurelist_feature_name",
    "UpdateFeaturelistReply": ".update_featurelist_reply",
    "UpdateIntegrationLinkTokenReply": ".update_integration_link_token_reply",
    "UpdateLinkedServerNodeReply": ".update_linked_server_node_reply",
    "UpdateLinkedServerNodeSkipTlsVerification": ".update_linked_server_node_skip_tls_verification",
    "UpdateNameserversConfigReply": ".update_nameservers_config_reply",
    "UpdateReverseDnsCacheReply": ".update_reverse_dns_cache_reply",
    "UpdateSqlConfigReply": ".update_sql_config_reply",
    "UpdateUpdateconfBody": ".update_updateconf_body",
    "UpdateUpdateconfReply": ".update_updateconf_reply",
    "UpdateuserdomainsReply": ".updateuserdomains_reply",
    "ValidateCurrentDkimsData": ".validate_current_dkims_data",
    "ValidateCurrentDkimsDataPayloadItem": ".validate_current_dkims_data_payload_item",
    "ValidateCurrentDkimsDataPayloadItemRecordsItem": ".validate_current_dkims_data_payload_item_records_item",
    "ValidateCurrentDkimsReply": ".validate_current_dkims_reply",
    "ValidateCurrentDmarcsData": ".validate_current_dmarcs_data",
    "ValidateCurrentDmarcsDataPayloadItem": ".validate_current_dmarcs_data_payload_item",
    "ValidateCurrentDmarcsReply": ".validate_current_dmarcs_reply",
    "ValidateCurrentInstalledEximConfigData": ".validate_current_installed_exim_config_data",
    "ValidateCurrentInstalledEximConfigReply": ".validate_current_installed_exim_config_reply",
    "ValidateCurrentPtrsData": ".validate_current_ptrs_data",
    "ValidateCurrentPtrsDataPayloadItem": ".validate_current_ptrs_data_payload_item",
    "ValidateCurrentPtrsDataPayloadItemPtrRecordsItem": ".validate_current_ptrs_data_payload_item_ptr_records_item",
    "ValidateCurrentPtrsReply": ".validate_current_ptrs_reply",
    "ValidateCurrentSpfsData": ".validate_current_spfs_data",
    "ValidateCurrentSpfsDataPayloadItem": ".validate_current_spfs_data_payload_item",
    "ValidateCurrentSpfsDataPayloadItemRecordsItem": ".validate_current_spfs_data_payload_item_records_item",
    "ValidateCurrentSpfsReply": ".validate_current_spfs_reply",
    "ValidateEximConfigurationSyntaxReply": ".validate_exim_configuration_syntax_reply",
    "ValidateLoginTokenData": ".validate_login_token_data",
    "ValidateLoginTokenDataPayloadItem": ".validate_login_token_data_payload_item",
    "ValidateLoginTokenReply": ".validate_login_token_reply",
    "ValidateSystemUserData": ".validate_system_user_data",
    "ValidateSystemUserReply": ".validate_system_user_reply",
    "VerifyNewUsernameForRestoreReply": ".verify_new_username_for_restore_reply",
    "VerifyNewUsernameReply": ".verify_new_username_reply",
    "VerifyPosturlAccessData": ".verify_posturl_access_data",
    "VerifyPosturlAccessDataResultsItem": ".verify_posturl_access_data_results_item",
    "VerifyPosturlAccessDataResultsItemResult": ".verify_posturl_access_data_results_item_result",
    "VerifyPosturlAccessDataResultsItemResultPayload": ".verify_posturl_access_data_results_item_result_payload",
    "VerifyPosturlAccessReply": ".verify_posturl_access_reply",
    "VerifyPushbulletAccessData": ".verify_pushbullet_access_data",
    "VerifyPushbulletAccessDataResultsItem": ".verify_pushbullet_access_data_results_item",
    "VerifyPushbulletAccessDataResultsItemResult": ".verify_pushbullet_access_data_results_item_result",
    "VerifyPushbulletAccessReply": ".verify_pushbullet_access_reply",
    "VerifySlackAccessData": ".verify_slack_access_data",
    "VerifySlackAccessDataResultsItem": ".verify_slack_access_data_results_item",
    "VerifySlackAccessDataResultsItemResult": ".verify_slack_access_data_results_item_result",
    "VerifySlackAccessDataResultsItemResultPayload": ".verify_slack_access_data_results_item_result_payload",
    "VerifySlackAccessDataResultsItemResultPayloadHeaders": ".verify_slack_access_data_results_item_result_payload_headers",
    "VerifySlackAccessReply": ".verify_slack_access_reply",
    "VerifyUserHasFeatureData": ".verify_user_has_feature_data",
    "VerifyUserHasFeatureReply": ".verify_user_has_feature_reply",
    "VersionData": ".version_data",
    "VersionReply": ".version_reply",
    "WpDashboardCreateApiTokenData": ".wp_dashboard_create_api_token_data",
    "WpDashboardCreateApiTokenReply": ".wp_dashboard_create_api_token_reply",
    "WpDashboardCreateLoginLinkData": ".wp_dashboard_create_login_link_data",
    "WpDashboardCreateLoginLinkReply": ".wp_dashboard_create_login_link_reply",
    "WpDashboardCreateLoginLinkService": ".wp_dashboard_create_login_link_service",
    "WpDashboardGetHostnameData": ".wp_dashboard_get_hostname_data",
    "WpDashboardGetHostnameReply": ".wp_dashboard_get_hostname_reply",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "AbortTransferSessionReply",
    "AcceptEulaReply",
    "AccesshashData",
    "AccesshashGenerate",
    "AccesshashReply",
    "AccountsummaryData",
    "AccountsummaryDataAcctItem",
    "AccountsummaryDataAcctItemChildNodesItem",
    "AccountsummaryReply",
    "AcctcountsData",
    "AcctcountsDataReseller",
    "AcctcountsReply",
    "ActivateZoneKeyReply",
    "AddAutosslUserExcludedDomainsReply",
    "AddConfigclusterserverBody",
    "AddConfigclusterserverReply",
    "AdddnsReply",
    "AddipsReply",
    "AddOverrideFeaturesForUserReply",
    "AddpkgCgi",
    "AddpkgData",
    "AddpkgDigestauth",
    "AddpkgextData",
    "AddpkgextReply",
    "AddpkgFrontpage",
    "AddpkgHasshell",
    "AddpkgIp",
    "AddpkgReply",
    "AddZoneKeyActive",
    "AddZoneKeyAlgoNum",
    "AddZoneKeyData",
    "AddZoneKeyReply",
    "AddzonerecordReply",
    "AllowAllWhmRootAccessReply",
    "AnalyzeTransferSessionRemoteReply",
    "ApiTokenCreateData",
    "ApiTokenCreateReply",
    "ApiTokenGetDetailsReply",
    "ApiTokenListData",
    "ApiTokenListDataTokens",
    "ApiTokenListDataTokensAdditionalProperty",
    "ApiTokenListDataTokensAdditionalPropertyAcls",
    "ApiTokenListReply",
    "ApiTokenRevokeReply",
    "ApiTokenUpdateData",
    "ApiTokenUpdateReply",
    "ApiVersion",
    "ApplistData",
    "ApplistReply",
    "ApplyDmarcData",
    "ApplyDmarcDataPayloadItem",
    "ApplyDmarcReply",
    "AssignAccountEnhancementReply",
    "AuthorizesshkeyAuthorize",
    "AuthorizesshkeyData",
    "AuthorizesshkeyReply",
    "AvailableTransferModulesData",
    "AvailableTransferModulesDataModules",
    "AvailableTransferModulesReply",
    "BackgroundMysqlUpgradeCheckerRunData",
    "BackgroundMysqlUpgradeCheckerRunReply",
    "BackgroundMysqlUpgradeStatusData",
    "BackgroundMysqlUpgradeStatusReply",
    "BackupConfigGetData",
    "BackupConfigGetDataBackupConfig",
    "BackupConfigGetReply",
    "BackupConfigSetBackupbwdata",
    "BackupConfigSetBackupDailyEnable",
    "BackupConfigSetBackupfiles",
    "BackupConfigSetBackuplogs",
    "BackupConfigSetBackupMonthlyEnable",
    "BackupConfigSetBackupsuspendedaccts",
    "BackupConfigSetBackuptype",
    "BackupConfigSetBackupWeeklyEnable",
    "BackupConfigSetCheckMinFreeSpace",
    "BackupConfigSetForcePruneDaily",
    "BackupConfigSetForcePruneMonthly",
    "BackupConfigSetForcePruneWeekly",
    "BackupConfigSetLinkdest",
    "BackupConfigSetLocalzonesonly",
    "BackupConfigSetMinFreeSpaceUnit",
    "BackupConfigSetMysqlbackup",
    "BackupConfigSetPostbackup",
    "BackupConfigSetPrebackup",
    "BackupConfigSetPsqlbackup",
    "BackupConfigSetReply",
    "BackupDateListData",
    "BackupDateListReply",
    "BackupDestinationAddAuthtype",
    "BackupDestinationAddData",
    "BackupDestinationAddDisabled",
    "BackupDestinationAddMount",
    "BackupDestinationAddNoMountFail",
    "BackupDestinationAddOnlyUsedForLogs",
    "BackupDestinationAddPassive",
    "BackupDestinationAddReply",
    "BackupDestinationAddSsl",
    "BackupDestinationAddUploadSystemBackup",
    "BackupDestinationDeleteReply",
    "BackupDestinationGetReply",
    "BackupDestinationListData",
    "BackupDestinationListReply",
    "BackupDestinationSetReply",
    "BackupDestinationValidateData",
    "BackupDestinationValidateDisableonfail",
    "BackupDestinationValidateReply",
    "BackupDoesClientIdHaveGoogleCredentialsData",
    "BackupDoesClientIdHaveGoogleCredentialsReply",
    "BackupGenerateGoogleOauthUriData",
    "BackupGenerateGoogleOauthUriReply",
    "BackupGetTransportStatusData",
    "BackupGetTransportStatusDataTransportStatusItem",
    "BackupGetTransportStatusReply",
    "BackupGetTransportStatusState",
    "BackupListTransportedData",
    "BackupListTransportedDataRemoteBackups",
    "BackupListTransportedDataRemoteBackupsAdditionalProperty",
    "BackupListTransportedReply",
    "BackupSetListCombinedData",
    "BackupSetListCombinedDataBackupSet",
    "BackupSetListCombinedDataBackupSetAdditionalPropertyItem",
    "BackupSetListCombinedDataDestinationLegend",
    "BackupSetListCombinedDataDestinationLegendAdditionalProperty",
    "BackupSetListCombinedReply",
    "BackupSetListData",
    "BackupSetListReply",
    "BackupSkipUsersAllBackupversion",
    "BackupSkipUsersAllReply",
    "BackupSkipUsersAllState",
    "BackupSkipUsersAllStatusData",
    "BackupSkipUsersAllStatusDataReason",
    "BackupSkipUsersAllStatusReply",
    "BackupUserListData",
    "BackupUserListDataUserItem",
    "BackupUserListReply",
    "BatchAbortOnError",
    "BatchCreateCphulkRecordsData",
    "BatchCreateCphulkRecordsDataIpsFailed",
    "BatchCreateCphulkRecordsReply",
    "BatchData",
    "BatchDataResultItem",
    "BatchReply",
    "BlockIncomingEmailFromCountryData",
    "BlockIncomingEmailFromCountryReply",
    "BlockIncomingEmailFromDomainData",
    "BlockIncomingEmailFromDomainReply",
    "ChangepackageReply",
    "CheckRemoteSshConnectionData",
    "CheckRemoteSshConnectionReply",
    "ClusterMemberHasTrustWithData",
    "ClusterMemberHasTrustWithReply",
    "ConfigurebackgroundprocesskillerReply",
    "ConfigureserviceEnabled",
    "ConfigureserviceMonitored",
    "ConfigureserviceReply",
    "ConfigureserviceService",
    "ConvertAddonFetchConversionDetailsData",
    "ConvertAddonFetchConversionDetailsDataStepsItem",
    "ConvertAddonFetchConversionDetailsReply",
    "ConvertAddonFetchDomainDetailsData",
    "ConvertAddonFetchDomainDetailsReply",
    "ConvertAddonGetConversionStatusData",
    "ConvertAddonGetConversionStatusDataAdditionalProperty",
    "ConvertAddonGetConversionStatusReply",
    "ConvertAddonInitiateConversionReply",
    "ConvertAddonListAddonDomainsData",
    "ConvertAddonListAddonDomainsDataAdditionalProperty",
    "ConvertAddonListAddonDomainsReply",
    "ConvertAddonListConversionsData",
    "ConvertAddonListConversionsDataConversionsItem",
    "ConvertAddonListConversionsReply",
    "ConvertAllDomainsToFpmData",
    "ConvertAllDomainsToFpmReply",
    "ConvertAndMigrateFromLegacyConfigNoConvert",
    "ConvertAndMigrateFromLegacyConfigReply",
    "ConvertopensshtoputtyData",
    "ConvertopensshtoputtyKeepFile",
    "ConvertopensshtoputtyReply",
    "CorsProxyGetData",
    "CorsProxyGetDataCpRedirectsItem",
    "CorsProxyGetDataCpRedirectsItemHeaders",
    "CorsProxyGetReply",
    "CpanelCpanelJsonapiApiversion",
    "CpanelReply",
    "CpgreylistIsServerNetblockTrustedData",
    "CpgreylistIsServerNetblockTrustedDataIpBlocks",
    "CpgreylistIsServerNetblockTrustedReply",
    "CpgreylistListEntriesForCommonMailProviderData",
    "CpgreylistListEntriesForCommonMailProviderDataProviders",
    "CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalProperty",
    "CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps",
    "CpgreylistListEntriesForCommonMailProviderDataProvidersFailed",
    "CpgreylistListEntriesForCommonMailProviderReply",
    "CpgreylistLoadCommonMailProvidersConfigData",
    "CpgreylistLoadCommonMailProvidersConfigDataCommonMailProviders",
    "CpgreylistLoadCommonMailProvidersConfigDataCommonMailProvidersAdditionalProperty",
    "CpgreylistLoadCommonMailProvidersConfigReply",
    "CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMailProviders",
    "CpgreylistSaveCommonMailProvidersConfigData",
    "CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders",
    "CpgreylistSaveCommonMailProvidersConfigDataCommonMailProvidersAdditionalProperty",
    "CpgreylistSaveCommonMailProvidersConfigReply",
    "CpgreylistStatusData",
    "CpgreylistStatusReply",
    "CpgreylistTrustEntriesForCommonMailProviderData",
    "CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed",
    "CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted",
    "CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrustedAdditionalProperty",
    "CpgreylistTrustEntriesForCommonMailProviderReply",
    "CpgreylistUntrustEntriesForCommonMailProviderData",
    "CpgreylistUntrustEntriesForCommonMailProviderDataProvidersFailed",
    "CpgreylistUntrustEntriesForCommonMailProviderDataProvidersFailedAdditionalProperty",
    "CpgreylistUntrustEntriesForCommonMailProviderDataProvidersUntrusted",
    "CpgreylistUntrustEntriesForCommonMailProviderReply",
    "CphulkStatusData",
    "CphulkStatusReply",
    "CreateAccountEnhancementData",
    "CreateAccountEnhancementReply",
    "CreateacctData",
    "CreateacctDkim",
    "CreateacctForcedns",
    "CreateacctHasshell",
    "CreateacctHasuseregns",
    "CreateacctIp",
    "CreateacctMxcheck",
    "CreateacctOwnerself",
    "CreateacctReply",
    "CreateacctReseller",
    "CreateacctResellerWithoutDomain",
    "CreateacctSavepkg",
    "CreateacctShowpass",
    "CreateacctSpamassassin",
    "CreateacctSpambox",
    "CreateacctSpf",
    "CreateacctUseregns",
    "CreateCpgreylistTrustedHostData",
    "CreateCpgreylistTrustedHostDataIpsAddedItem",
    "CreateCpgreylistTrustedHostDataIpsFailed",
    "CreateCpgreylistTrustedHostReply",
    "CreateCphulkRecordData",
    "CreateCphulkRecordDataIpsFailed",
    "CreateCphulkRecordListName",
    "CreateCphulkRecordReply",
    "CreateCphulkRecordSkipEnabledCheck",
    "CreateFeaturelistData",
    "CreateFeaturelistFeaturelistname",
    "CreateFeaturelistOverwrite",
    "CreateFeaturelistReply",
    "CreateIntegrationGroupReply",
    "CreateIntegrationLinkGroupId",
    "CreateIntegrationLinkHide",
    "CreateIntegrationLinkReply",
    "CreateParkedDomainForUserReply",
    "CreateRemoteRootTransferSessionCommTransport",
    "CreateRemoteRootTransferSessionCompressed",
    "CreateRemoteRootTransferSessionCopyResellerPrivs",
    "CreateRemoteRootTransferSessionData",
    "CreateRemoteRootTransferSessionEnableCustomPkgacct",
    "CreateRemoteRootTransferSessionLowPriority",
    "CreateRemoteRootTransferSessionReply",
    "CreateRemoteRootTransferSessionRootEscalationMethod",
    "CreateRemoteRootTransferSessionUnencrypted",
    "CreateRemoteRootTransferSessionUnrestrictedRestore",
    "CreateRemoteRootTransferSessionUseBackups",
    "CreateRemoteUserTransferSessionData",
    "CreateRemoteUserTransferSessionReply",
    "CreateRemoteUserTransferSessionUnrestrictedRestore",
    "CreateSubdomainData",
    "CreateSubdomainReply",
    "CreateSubdomainUseCanonicalName",
    "CreateUserSessionData",
    "CreateUserSessionReply",
    "CreateUserSessionService",
    "CurrentMysqlVersionData",
    "CurrentMysqlVersionReply",
    "DeactivateZoneKeyReply",
    "DeleteAccountArchivesReply",
    "DeleteAccountEnhancementReply",
    "DeleteConfigclusterserverReply",
    "DeleteCpgreylistTrustedHostData",
    "DeleteCpgreylistTrustedHostDataIpsFailed",
    "DeleteCpgreylistTrustedHostReply",
    "DeleteCphulkRecordData",
    "DeleteCphulkRecordDataIpsFailed",
    "DeleteCphulkRecordListName",
    "DeleteCphulkRecordReply",
    "DeleteCphulkRecordSkipEnabledCheck",
    "DeleteCustomizationsApplication",
    "DeleteCustomizationsReply",
    "DeleteDomainData",
    "DeleteDomainReply",
    "DeleteFeaturelistData",
    "DeleteFeaturelistReply",
    "DeleteHookReply",
    "DeleteRpmVersionData",
    "DeleteRpmVersionReply",
    "DeletesshkeyData",
    "DeletesshkeyLeaveAuthorized",
    "DeletesshkeyReply",
    "DeleteSslVhostData",
    "DeleteSslVhostDataRemovedVhostDataItem",
    "DeleteSslVhostReply",
    "DelipReply",
    "DelipSkipifshutdown",
    "DelpkgextData",
    "DelpkgextReply",
    "DisableAuthenticationProviderReply",
    "DisableAuthenticationProviderServiceName",
    "DisableAutosslReply",
    "DisableCpgreylistReply",
    "DisableCphulkReply",
    "DisableDkimData",
    "DisableDkimDataPayloadItem",
    "DisableDkimReply",
    "DisableDnssecForDomainsData",
    "DisableDnssecForDomainsDataDomainsItem",
    "DisableDnssecForDomainsReply",
    "DisableFailingAuthenticationProvidersData",
    "DisableFailingAuthenticationProvidersDataPayloadItem",
    "DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem",
    "DisableFailingAuthenticationProvidersReply",
    "DisableMailSniReply",
    "DisableMarketProviderReply",
    "DomainuserdataData",
    "DomainuserdataDataUserdata",
    "DomainuserdataDataUserdataCustomlogItem",
    "DomainuserdataDataUserdataScriptaliasItem",
    "DomainuserdataReply",
    "DumpzoneData",
    "DumpzoneReply",
    "Ea4GetAdditionalPkgPrefixesData",
    "Ea4GetAdditionalPkgPrefixesReply",
    "Ea4GetCurrentlyInstalledPackagesData",
    "Ea4GetCurrentlyInstalledPackagesReply",
    "Ea4ListProfilesData",
    "Ea4ListProfilesDataCpanelItem",
    "Ea4ListProfilesDataCpanelItemValidationData",
    "Ea4ListProfilesDataCustomItem",
    "Ea4ListProfilesDataCustomItemValidationData",
    "Ea4ListProfilesReply",
    "Ea4MetainfoData",
    "Ea4MetainfoReply",
    "Ea4RecommendationsData",
    "Ea4RecommendationsDataAdditionalPropertyItem",
    "Ea4RecommendationsDataAdditionalPropertyItemOptionsItem",
    "Ea4RecommendationsReply",
    "Ea4SaveProfileData",
    "Ea4SaveProfileOverwrite",
    "Ea4SaveProfileReply",
    "EditHookEnabled",
    "EditHookEscalateprivs",
    "EditHookExectype",
    "EditHookReply",
    "EditHookStage",
    "EditpkgCgi",
    "EditpkgData",
    "EditpkgDigestauth",
    "EditpkgFrontpage",
    "EditpkgHasshell",
    "EditpkgIp",
    "EditpkgReply",
    "EditquotaReply",
    "EditRpmVersionData",
    "EditRpmVersionReply",
    "EditzonerecordReply",
    "EmailtrackSearchData",
    "EmailtrackSearchDataRecordsItem",
    "EmailtrackSearchDefer",
    "EmailtrackSearchDeliverytype",
    "EmailtrackSearchFailure",
    "EmailtrackSearchInprogress",
    "EmailtrackSearchReply",
    "EmailtrackSearchSuccess",
    "EmailtrackStatsData",
    "EmailtrackStatsDataRecordsItem",
    "EmailtrackStatsDeliverytype",
    "EmailtrackStatsNosize",
    "EmailtrackStatsNosuccess",
    "EmailtrackStatsReply",
    "EmailtrackUserStatsData",
    "EmailtrackUserStatsDataRecordsItem",
    "EmailtrackUserStatsDeliverytype",
    "EmailtrackUserStatsReply",
    "EnableAuthenticationProviderReply",
    "EnableAuthenticationProviderServiceName",
    "EnableCpgreylistReply",
    "EnableCphulkReply",
    "EnableDkimData",
    "EnableDkimDataPayloadItem",
    "EnableDkimReply",
    "EnableDnssecForDomainsActive",
    "EnableDnssecForDomainsAlgoNum",
    "EnableDnssecForDomainsData",
    "EnableDnssecForDomainsDataDomainsItem",
    "EnableDnssecForDomainsKeySetup",
    "EnableDnssecForDomainsNsec3Narrow",
    "EnableDnssecForDomainsNsec3OptOut",
    "EnableDnssecForDomainsReply",
    "EnableDnssecForDomainsUseNsec3",
    "EnableMailSniData",
    "EnableMailSniDataFailedDomains",
    "EnableMailSniReply",
    "EnableMarketProviderReply",
    "EnableMonitorAllEnabledServicesData",
    "EnableMonitorAllEnabledServicesDataServicesItem",
    "EnableMonitorAllEnabledServicesReply",
    "EnqueueDeferredSslInstallationsReply",
    "EnqueueTransferItemReply",
    "EnsureDkimKeysExistData",
    "EnsureDkimKeysExistDataPayloadItem",
    "EnsureDkimKeysExistReply",
    "EolPhpSitesData",
    "EolPhpSitesReply",
    "ExecuteRemoteWhmapi1WithPasswordData",
    "ExecuteRemoteWhmapi1WithPasswordReply",
    "EximConfigurationCheckData",
    "EximConfigurationCheckReply",
    "ExportZoneDnskeyData",
    "ExportZoneDnskeyReply",
    "ExportZoneFilesData",
    "ExportZoneFilesDataPayloadItem",
    "ExportZoneFilesReply",
    "ExportZoneKeyData",
    "ExportZoneKeyReply",
    "ExpungeMailboxMessagesReply",
    "ExpungeMessagesForMailboxGuidReply",
    "FetchConnectedApplicationBody",
    "FetchConnectedApplicationData",
    "FetchConnectedApplicationDataData",
    "FetchConnectedApplicationReply",
    "FetchcrtinfoData",
    "FetchcrtinfoReply",
    "FetchDkimPrivateKeysData",
    "FetchDkimPrivateKeysDataPayloadItem",
    "FetchDkimPrivateKeysReply",
    "FetchDsRecordsForDomainsData",
    "FetchDsRecordsForDomainsDataDomainsItem",
    "FetchDsRecordsForDomainsDataDomainsItemDsRecords",
    "FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeys",
    "FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalProperty",
    "FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem",
    "FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails",
    "FetchDsRecordsForDomainsReply",
    "FetchMailQueueData",
    "FetchMailQueueDataRecordsItem",
    "FetchMailQueueReply",
    "FetchPkgacctMasterLogData",
    "FetchPkgacctMasterLogReply",
    "FetchSecurityAdviceData",
    "FetchSecurityAdviceDataPayloadItem",
    "FetchSecurityAdviceDataPayloadItemAdvice",
    "FetchSecurityAdviceReply",
    "FetchServiceSslComponentsData",
    "FetchServiceSslComponentsDataServicesItem",
    "FetchServiceSslComponentsDataServicesItemCertificateInfo",
    "FetchServiceSslComponentsReply",
    "FetchSslCertificatesForFqdnsData",
    "FetchSslCertificatesForFqdnsDataPayloadItem",
    "FetchSslCertificatesForFqdnsReply",
    "FetchsslinfoData",
    "FetchsslinfoReply",
    "FetchSslVhostsData",
    "FetchSslVhostsDataVhostsItem",
    "FetchSslVhostsDataVhostsItemCrt",
    "FetchSslVhostsDataVhostsItemCrtSubjectCommonName",
    "FetchSslVhostsReply",
    "FetchTransferSessionLogData",
    "FetchTransferSessionLogReply",
    "FetchVhostSslComponentsData",
    "FetchVhostSslComponentsDataComponentsItem",
    "FetchVhostSslComponentsReply",
    "FlushCphulkLoginHistoryData",
    "FlushCphulkLoginHistoryForIpsData",
    "FlushCphulkLoginHistoryForIpsReply",
    "FlushCphulkLoginHistoryReply",
    "ForceDedistributionFromNodeData",
    "ForceDedistributionFromNodeDataLogItem",
    "ForceDedistributionFromNodeDataUserInfoItem",
    "ForceDedistributionFromNodeReply",
    "ForcepasswordchangeData",
    "ForcepasswordchangeReply",
    "ForcepasswordchangeStopOnFailure",
    "GenerateMobileconfigData",
    "GenerateMobileconfigReply",
    "GenerateMobileconfigSelectedAccountServices",
    "GenerateMobileconfigUseSsl",
    "GeneratesshkeypairAbortOnExistingKey",
    "GeneratesshkeypairAlgorithm",
    "GeneratesshkeypairBits",
    "GeneratesshkeypairData",
    "GeneratesshkeypairReply",
    "GeneratesslData",
    "GeneratesslReply",
    "GeneratesslSkipCertificate",
    "GetAdjustedMarketProvidersProductsData",
    "GetAdjustedMarketProvidersProductsDataProductsItem",
    "GetAdjustedMarketProvidersProductsReply",
    "GetAllContactImportancesData",
    "GetAllContactImportancesDataImportancesItem",
    "GetAllContactImportancesReply",
    "GetApiCallsData",
    "GetApiCallsDataResultItem",
    "GetApiCallsReply",
    "GetApiPagesData",
    "GetApiPagesReply",
    "GetApiPagesType",
    "GetAppconfigApplicationListData",
    "GetAppconfigApplicationListDataCpanelItem",
    "GetAppconfigApplicationListDataWebmailItem",
    "GetAppconfigApplicationListDataWhostmgrItem",
    "GetAppconfigApplicationListReply",
    "GetApplicationContactEventImportanceData",
    "GetApplicationContactEventImportanceReply",
    "GetApplicationContactImportanceData",
    "GetApplicationContactImportanceReply",
    "GetAutosslCheckScheduleData",
    "GetAutosslCheckScheduleReply",
    "GetAutosslLogData",
    "GetAutosslLogDataPayloadItem",
    "GetAutosslLogReply",
    "GetAutosslLogsCatalogData",
    "GetAutosslLogsCatalogDataPayloadItem",
    "GetAutosslLogsCatalogReply",
    "GetAutosslMetadataData",
    "GetAutosslMetadataDataPayload",
    "GetAutosslMetadataReply",
    "GetAutosslProblemsForDomainData",
    "GetAutosslProblemsForDomainDataProblemsByDomainItem",
    "GetAutosslProblemsForDomainReply",
    "GetAutosslProblemsForUserData",
    "GetAutosslProblemsForUserDataProblemsByDomainItem",
    "GetAutosslProblemsForUserReply",
    "GetAutosslProvidersData",
    "GetAutosslProvidersDataPayloadItem",
    "GetAutosslProvidersDataPayloadItemSpecs",
    "GetAutosslProvidersReply",
    "GetAutosslUserExcludedDomainsData",
    "GetAutosslUserExcludedDomainsDataPayloadItem",
    "GetAutosslUserExcludedDomainsReply",
    "GetAvailableApplicationsData",
    "GetAvailableApplicationsDataGroupsItem",
    "GetAvailableApplicationsDataGroupsItemItemsItem",
    "GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem",
    "GetAvailableApplicationsDataRawItem",
    "GetAvailableApplicationsReply",
    "GetAvailableAuthenticationProvidersData",
    "GetAvailableAuthenticationProvidersDataProvidersItem",
    "GetAvailableAuthenticationProvidersReply",
    "GetAvailableFeaturelistsData",
    "GetAvailableFeaturelistsReply",
    "GetAvailableProfilesData",
    "GetAvailableProfilesDataProfilesItem",
    "GetAvailableProfilesDataProfilesItemDisabledRolesItem",
    "GetAvailableProfilesDataProfilesItemEnabledRolesItem",
    "GetAvailableProfilesDataProfilesItemOptionalRolesItem",
    "GetAvailableProfilesReply",
    "GetAvailableTiersData",
    "GetAvailableTiersReply",
    "GetBestSsldomainForServiceData",
    "GetBestSsldomainForServiceReply",
    "GetCommerceData",
    "GetCommerceReply",
    "GetCountriesWithKnownIpRangesData",
    "GetCountriesWithKnownIpRangesDataCountriesItem",
    "GetCountriesWithKnownIpRangesReply",
    "GetCphulkBrutesData",
    "GetCphulkBrutesDataBrutesItem",
    "GetCphulkBrutesReply",
    "GetCphulkExcessiveBrutesData",
    "GetCphulkExcessiveBrutesDataExcessiveBrutesItem",
    "GetCphulkExcessiveBrutesReply",
    "GetCphulkFailedLoginsData",
    "GetCphulkFailedLoginsDataFailedLoginsItem",
    "GetCphulkFailedLoginsReply",
    "GetCphulkUserBrutesData",
    "GetCphulkUserBrutesDataUserBrutesItem",
    "GetCphulkUserBrutesReply",
    "GetCurrentLtsExpirationStatusData",
    "GetCurrentLtsExpirationStatusReply",
    "GetCurrentProfileData",
    "GetCurrentProfileDataDisabledRolesItem",
    "GetCurrentProfileDataEnabledRolesItem",
    "GetCurrentProfileDataOptionalRolesItem",
    "GetCurrentProfileReply",
    "GetCurrentUsersCountData",
    "GetCurrentUsersCountReply",
    "GetDatabaseOptimizationsData",
    "GetDatabaseOptimizationsDataPayloadItem",
    "GetDatabaseOptimizationsReply",
    "GetDefaultDmarcRecordData",
    "GetDefaultDmarcRecordDataPayload",
    "GetDefaultDmarcRecordReply",
    "GetDiskUsageCacheMode",
    "GetDiskUsageData",
    "GetdiskusageData",
    "GetDiskUsageDataAccountsItem",
    "GetdiskusageDataPartitionItem",
    "GetDiskUsageReply",
    "GetdiskusageReply",
    "GetDomainInfoData",
    "GetDomainInfoDataDomainsItem",
    "GetDomainInfoReply",
    "GetdomainownerData",
    "GetdomainownerReply",
    "GetEcommerceData",
    "GetEcommerceReply",
    "GetFeaturelistDataData",
    "GetFeaturelistDataDataFeaturesItem",
    "GetFeaturelistDataReply",
    "GetFeaturelistsByPackageTypesData",
    "GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists",
    "GetFeaturelistsByPackageTypesReply",
    "GetFeaturelistsData",
    "GetFeaturelistsReply",
    "GetFeatureMetadataData",
    "GetFeatureMetadataDataFeaturesItem",
    "GetFeatureMetadataReply",
    "GetFeatureNamesData",
    "GetFeatureNamesDataFeatureItem",
    "GetFeatureNamesReply",
    "GetFpmCountAndUtilizationData",
    "GetFpmCountAndUtilizationReply",
    "GetHomedirRootsData",
    "GetHomedirRootsDataPayloadItem",
    "GetHomedirRootsReply",
    "GethostnameData",
    "GethostnameReply",
    "GetInProductSurveyUrlData",
    "GetInProductSurveyUrlReply",
    "GetIntegrationLinkUserConfigData",
    "GetIntegrationLinkUserConfigDataUserconfig",
    "GetIntegrationLinkUserConfigReply",
    "GetLinkedServerNodeData",
    "GetLinkedServerNodeDataSystemSettings",
    "GetLinkedServerNodeDataWorkerCapabilities",
    "GetLinkedServerNodeReply",
    "GetLoginUrlData",
    "GetLoginUrlReply",
    "GetLtsWexpireData",
    "GetLtsWexpireDataBranch",
    "GetLtsWexpireDataBranchAdditionalPropertyItem",
    "GetLtsWexpireDataFlags",
    "GetLtsWexpireDataTiers",
    "GetLtsWexpireDataTiersAdditionalPropertyItem",
    "GetLtsWexpireReply",
    "GetMailboxStatusData",
    "GetMailboxStatusDataAdditionalProperty",
    "GetMailboxStatusListData",
    "GetMailboxStatusListDataMailboxesItem",
    "GetMailboxStatusListReply",
    "GetMailboxStatusReply",
    "GetMarketProvidersCommissionConfigData",
    "GetMarketProvidersCommissionConfigDataPayloadItem",
    "GetMarketProvidersCommissionConfigReply",
    "GetMarketProvidersListData",
    "GetMarketProvidersListDataPayloadItem",
    "GetMarketProvidersListReply",
    "GetMarketProvidersProductMetadataData",
    "GetMarketProvidersProductMetadataDataProductMetadataItem",
    "GetMarketProvidersProductMetadataReply",
    "GetMarketProvidersProductsData",
    "GetMarketProvidersProductsReply",
    "GetMaximumUsersData",
    "GetMaximumUsersReply",
    "GetminimumpasswordstrengthsData",
    "GetminimumpasswordstrengthsReply",
    "GetNameserverConfigData",
    "GetNameserverConfigReply",
    "GetPasswordStrengthData",
    "GetPasswordStrengthReply",
    "GetPkgacctSessionStateData",
    "GetPkgacctSessionStateReply",
    "GetpkgextensionformData",
    "GetpkgextensionformReply",
    "GetpkginfoData",
    "GetpkginfoDataPkg",
    "GetpkginfoReply",
    "GetProviderClientConfigurationsData",
    "GetProviderClientConfigurationsDataClientConfigurations",
    "GetProviderClientConfigurationsReply",
    "GetProviderClientConfigurationsServiceName",
    "GetProviderConfigurationFieldsData",
    "GetProviderConfigurationFieldsDataConfigurationFieldsItem",
    "GetProviderConfigurationFieldsReply",
    "GetProviderConfigurationFieldsServiceName",
    "GetProviderDisplayConfigurationsData",
    "GetProviderDisplayConfigurationsDataConfigurationsItem",
    "GetProviderDisplayConfigurationsReply",
    "GetPublicContactData",
    "GetPublicContactReply",
    "GetPublicIpData",
    "GetPublicIpReply",
    "GetRemoteAccessHashData",
    "GetRemoteAccessHashGenerate",
    "GetRemoteAccessHashReply",
    "GetreselleripsData",
    "GetreselleripsReply",
    "GetRpmVersionDataReply",
    "GetScopedUserdataData",
    "GetScopedUserdataReply",
    "GetServerNodeStatusData",
    "GetServerNodeStatusReply",
    "GetServerNodeStatusSkipTlsVerification",
    "GetServiceConfigData",
    "GetServiceConfigKeyData",
    "GetServiceConfigKeyReply",
    "GetServiceConfigReply",
    "GetServiceConfigService",
    "GetServiceProxyBackendsData",
    "GetServiceProxyBackendsDataPayloadItem",
    "GetServiceProxyBackendsReply",
    "GetSharedIpData",
    "GetSharedIpReply",
    "GetTcp4SocketsData",
    "GetTcp4SocketsDataPayloadItem",
    "GetTcp4SocketsReply",
    "GetTcp6SocketsData",
    "GetTcp6SocketsDataPayloadItem",
    "GetTcp6SocketsReply",
    "GetTransferSessionStateData",
    "GetTransferSessionStateReply",
    "GetTweaksettingData",
    "GetTweaksettingDataTweaksetting",
    "GetTweaksettingModule",
    "GetTweaksettingReply",
    "GetUdp4SocketsData",
    "GetUdp4SocketsDataPayloadItem",
    "GetUdp4SocketsReply",
    "GetUdp6SocketsData",
    "GetUdp6SocketsDataPayloadItem",
    "GetUdp6SocketsReply",
    "GetUniqueRecipientCountPerSenderForUserData",
    "GetUniqueRecipientCountPerSenderForUserDataPayloadItem",
    "GetUniqueRecipientCountPerSenderForUserReply",
    "GetUniqueSenderRecipientCountPerUserData",
    "GetUniqueSenderRecipientCountPerUserDataPayloadItem",
    "GetUniqueSenderRecipientCountPerUserReply",
    "GetUpdateAvailabilityData",
    "GetUpdateAvailabilityReply",
    "GetUpgradeOpportunitiesData",
    "GetUpgradeOpportunitiesDataUpgradeOpportunities",
    "GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalProperty",
    "GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit",
    "GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitLastMonth",
    "GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitThisMonth",
    "GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage",
    "GetUpgradeOpportunitiesReply",
    "GetUserEmailForwardDestinationData",
    "GetUserEmailForwardDestinationReply",
    "GetUsersAndDomainsWithBackupMetadataData",
    "GetUsersAndDomainsWithBackupMetadataReply",
    "GetUsersAuthnLinkedAccountsData",
    "GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem",
    "GetUsersAuthnLinkedAccountsReply",
    "GetUsersFeaturesSettingsData",
    "GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem",
    "GetUsersFeaturesSettingsReply",
    "GetUsersLinksData",
    "GetUsersLinksReply",
    "GetUsersLinksService",
    "GetUsersWithBackupMetadataData",
    "GetUsersWithBackupMetadataReply",
    "GetzonerecordData",
    "GetzonerecordDataRecordItem",
    "GetzonerecordReply",
    "HasDigestAuthData",
    "HasDigestAuthReply",
    "HasLocalAuthorityData",
    "HasLocalAuthorityDataRecordsItem",
    "HasLocalAuthorityReply",
    "HasMycnfForCpuserData",
    "HasMycnfForCpuserReply",
    "HoldOutgoingEmailReply",
    "ImportsshkeyExtractPrivate",
    "ImportsshkeyExtractPublic",
    "ImportsshkeyReply",
    "ImportZoneKeyData",
    "ImportZoneKeyReply",
    "InstallableMysqlVersionsData",
    "InstallableMysqlVersionsDataVersionsItem",
    "InstallableMysqlVersionsReply",
    "InstallDkimPrivateKeysData",
    "InstallDkimPrivateKeysDataPayloadItem",
    "InstallDkimPrivateKeysReply",
    "InstalledVersionsData",
    "InstalledVersionsPackages",
    "InstalledVersionsReply",
    "InstallRpmPluginData",
    "InstallRpmPluginReply",
    "InstallServiceSslCertificateData",
    "InstallServiceSslCertificateDataCertificateInfo",
    "InstallServiceSslCertificateReply",
    "InstallServiceSslCertificateService",
    "InstallSpfRecordsData",
    "InstallSpfRecordsDataPayloadItem",
    "InstallSpfRecordsReply",
    "InstallsslData",
    "InstallsslReply",
    "Ipv6DisableAccountData",
    "Ipv6DisableAccountDataFailuresItem",
    "Ipv6DisableAccountReply",
    "Ipv6EnableAccountData",
    "Ipv6EnableAccountDataFailures",
    "Ipv6EnableAccountDataIpv6",
    "Ipv6EnableAccountReply",
    "Ipv6RangeAddEnabled",
    "Ipv6RangeAddReply",
    "Ipv6RangeEditReply",
    "Ipv6RangeListData",
    "Ipv6RangeListDataRangeItem",
    "Ipv6RangeListReply",
    "Ipv6RangeRemoveReply",
    "Ipv6RangeUsageData",
    "Ipv6RangeUsageDataUsage",
    "Ipv6RangeUsageReply",
    "IsAliasAvailableData",
    "IsAliasAvailableReply",
    "IsConversionInProgressData",
    "IsConversionInProgressReply",
    "IsHttpsAvailableData",
    "IsHttpsAvailableReply",
    "IsReadyData",
    "IsReadyNamespace",
    "IsReadyReply",
    "IsRoleEnabledData",
    "IsRoleEnabledReply",
    "IsSniSupportedData",
    "IsSniSupportedReply",
    "IsSvcbAvailableData",
    "IsSvcbAvailableReply",
    "KilldnsReply",
    "KillpkgReply",
    "LatestAvailableMysqlVersionData",
    "LatestAvailableMysqlVersionReply",
    "LimitbwData",
    "LimitbwDataBwlimitsItem",
    "LimitbwReply",
    "LinkServerNodeWithApiTokenReply",
    "LinkServerNodeWithApiTokenSkipTlsVerification",
    "LinkUserAuthnProviderReply",
    "ListAccountEnhancementsData",
    "ListAccountEnhancementsDataEnhancements",
    "ListAccountEnhancementsReply",
    "ListAccountsRetentionData",
    "ListAccountsRetentionDataAccountsItem",
    "ListAccountsRetentionReply",
    "ListacctsData",
    "ListacctsDataAcctItem",
    "ListacctsDataAcctItemChildNodesItem",
    "ListacctsReply",
    "ListacctsSearchmethod",
    "ListaclsData",
    "ListaclsDataAclItem",
    "ListaclsDataAclItemPrivileges",
    "ListaclsReply",
    "ListBlockedIncomingEmailCountriesData",
    "ListBlockedIncomingEmailCountriesDataCountriesItem",
    "ListBlockedIncomingEmailCountriesReply",
    "ListBlockedIncomingEmailDomainsData",
    "ListBlockedIncomingEmailDomainsDataDomainsItem",
    "ListBlockedIncomingEmailDomainsReply",
    "ListConfigclusterserversData",
    "ListConfigclusterserversDataAdditionalProperty",
    "ListConfigclusterserversReply",
    "ListConnectedApplicationsData",
    "ListConnectedApplicationsDataListItem",
    "ListConnectedApplicationsReply",
    "ListCparchiveFilesData",
    "ListCparchiveFilesDataQuickrestoreFilesItem",
    "ListCparchiveFilesReply",
    "ListcrtsData",
    "ListcrtsDataCrtItem",
    "ListcrtsRegistered",
    "ListcrtsReply",
    "ListDatabasesData",
    "ListDatabasesDataPayloadItem",
    "ListDatabasesReply",
    "ListDatabaseUsersData",
    "ListDatabaseUsersDataPayloadItem",
    "ListDatabaseUsersReply",
    "ListEnhancementLimitsData",
    "ListEnhancementLimitsDataLimits",
    "ListEnhancementLimitsDataLimitsAdditionalProperty",
    "ListEnhancementLimitsReply",
    "ListHooksData",
    "ListHooksDataCategoriesItem",
    "ListHooksDataCategoriesItemEventsItem",
    "ListHooksDataCategoriesItemEventsItemStagesItem",
    "ListHooksDataCategoriesItemEventsItemStagesItemActionsItem",
    "ListHooksDataCategoriesItemEventsItemStagesItemAttributes",
    "ListHooksReply",
    "ListIntegrationGroupsData",
    "ListIntegrationGroupsDataLinksItem",
    "ListIntegrationGroupsReply",
    "ListIntegrationLinksData",
    "ListIntegrationLinksDataLinksItem",
    "ListIntegrationLinksReply",
    "ListipsData",
    "ListipsDataIpItem",
    "ListipsReply",
    "Listipv6SData",
    "Listipv6SDataIpItem",
    "Listipv6SReply",
    "ListLinkedServerNodesData",
    "ListLinkedServerNodesDataPayloadItem",
    "ListLinkedServerNodesDataPayloadItemWorkerCapabilities",
    "ListLinkedServerNodesReply",
    "ListlockedaccountsData",
    "ListlockedaccountsReply",
    "ListmxsData",
    "ListmxsDataRecordItem",
    "ListmxsReply",
    "ListMysqlDatabasesAndUsersData",
    "ListMysqlDatabasesAndUsersDataMysqlConfig",
    "ListMysqlDatabasesAndUsersDataMysqlDatabases",
    "ListMysqlDatabasesAndUsersReply",
    "ListpkgsData",
    "ListpkgsDataPkgItem",
    "ListpkgsReply",
    "ListpkgsWant",
    "ListPopsForData",
    "ListPopsForReply",
    "ListresellersData",
    "ListresellersReply",
    "ListRpmsData",
    "ListRpmsReply",
    "ListsshkeysData",
    "ListsshkeysDataKeysItem",
    "ListsshkeysPrivate",
    "ListsshkeysPrivateTexts",
    "ListsshkeysPublic",
    "ListsshkeysPublicTexts",
    "ListsshkeysReply",
    "ListsshkeysSyncAuthorized",
    "ListsuspendedData",
    "ListsuspendedDataAccountItem",
    "ListsuspendedReply",
    "ListUserChildNodesData",
    "ListUserChildNodesDataPayloadItem",
    "ListUserChildNodesReply",
    "ListUsersData",
    "ListUsersReply",
    "ListzonesData",
    "ListzonesDataZoneItem",
    "ListzonesReply",
    "LoadCpgreylistConfigData",
    "LoadCpgreylistConfigDataCpgreylistConfig",
    "LoadCpgreylistConfigReply",
    "LoadCphulkConfigData",
    "LoadCphulkConfigDataCphulkConfig",
    "LoadCphulkConfigReply",
    "LocalDisableNamespace",
    "LocalDisablePlugin",
    "LocalDisableReply",
    "LocalEnableNamespace",
    "LocalEnablePlugin",
    "LocalEnableReply",
    "LookupnsipData",
    "LookupnsipReply",
    "LookupnsipsData",
    "LookupnsipsReply",
    "MailSniStatusData",
    "MailSniStatusReply",
    "ManageFeaturesAction",
    "ManageFeaturesData",
    "ManageFeaturesDataActionItem",
    "ManageFeaturesDataFeatureItem",
    "ManageFeaturesReply",
    "MassEditDnsZoneData",
    "MassEditDnsZoneReply",
    "MassmodifyacctBACKUP",
    "MassmodifyacctData",
    "MassmodifyacctDataPayloadItem",
    "MassmodifyacctDataPayloadItemExtended",
    "MassmodifyacctDataPayloadItemExtendedCpuser",
    "MassmodifyacctHASCGI",
    "MassmodifyacctHASDKIM",
    "MassmodifyacctHASDMARC",
    "MassmodifyacctHASSHELL",
    "MassmodifyacctHASSPF",
    "MassmodifyacctMAILBOXFORMAT",
    "MassmodifyacctNotifyAccountAuthnLink",
    "MassmodifyacctNotifyAccountAuthnLinkNotificationDisabled",
    "MassmodifyacctNotifyAutosslExpiry",
    "MassmodifyacctNotifyAutosslExpiryCoverage",
    "MassmodifyacctNotifyAutosslRenewal",
    "MassmodifyacctNotifyAutosslRenewalCoverage",
    "MassmodifyacctNotifyContactAddressChange",
    "MassmodifyacctNotifyContactAddressChangeNotificationDisabled",
    "MassmodifyacctNotifyDiskLimit",
    "MassmodifyacctNotifyPasswordChange",
    "MassmodifyacctNotifyPasswordChangeNotificationDisabled",
    "MassmodifyacctNotifySslExpiry",
    "MassmodifyacctOUTGOINGEMAILSUSPENDED",
    "MassmodifyacctReply",
    "MassmodifyacctReseller",
    "MassmodifyacctSpamassassin",
    "MatchpkgsCGI",
    "MatchpkgsData",
    "MatchpkgsDataPkg",
    "MatchpkgsDIGESTAUTH",
    "MatchpkgsHASSHELL",
    "MatchpkgsIP",
    "MatchpkgsReply",
    "Metadata",
    "MetadataOutput",
    "MetadataResultType0",
    "MetadataResultType1",
    "ModifyAccountEnhancementData",
    "ModifyAccountEnhancementReply",
    "ModifyacctBACKUP",
    "ModifyacctData",
    "ModifyacctDataCpuser",
    "ModifyacctHASCGI",
    "ModifyacctHASDKIM",
    "ModifyacctHASDMARC",
    "ModifyacctHASSHELL",
    "ModifyacctHASSPF",
    "ModifyacctMAILBOXFORMAT",
    "ModifyacctNotifyAccountAuthnLink",
    "ModifyacctNotifyAccountAuthnLinkNotificationDisabled",
    "ModifyacctNotifyAutosslExpiry",
    "ModifyacctNotifyAutosslExpiryCoverage",
    "ModifyacctNotifyAutosslRenewal",
    "ModifyacctNotifyAutosslRenewalCoverage",
    "ModifyacctNotifyContactAddressChange",
    "ModifyacctNotifyContactAddressChangeNotificationDisabled",
    "ModifyacctNotifyDiskLimit",
    "ModifyacctNotifyPasswordChange",
    "ModifyacctNotifyPasswordChangeNotificationDisabled",
    "ModifyacctNotifySslExpiry",
    "ModifyacctOUTGOINGEMAILSUSPENDED",
    "ModifyacctReply",
    "ModifyacctReseller",
    "ModifyacctSpamassassin",
    "ModifyacctUpdateExistingEmailAccountQuotas",
    "ModsecAddRuleData",
    "ModsecAddRuleDataRule",
    "ModsecAddRuleReply",
    "ModsecAddVendorData",
    "ModsecAddVendorEnabled",
    "ModsecAddVendorReply",
    "ModsecAssembleConfigTextDeploy",
    "ModsecAssembleConfigTextFinal",
    "ModsecAssembleConfigTextInit",
    "ModsecAssembleConfigTextReply",
    "ModsecBatchSettingsData",
    "ModsecBatchSettingsDataUpdatedSettingsItem",
    "ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem",
    "ModsecBatchSettingsRemove",
    "ModsecBatchSettingsReply",
    "ModsecCheckRuleData",
    "ModsecCheckRuleReply",
    "ModsecCloneRuleData",
    "ModsecCloneRuleDataRule",
    "ModsecCloneRuleReply",
    "ModsecDeployAllRuleChangesData",
    "ModsecDeployAllRuleChangesDataOutcomesItem",
    "ModsecDeployAllRuleChangesReply",
    "ModsecDeployRuleChangesReply",
    "ModsecDeploySettingsChangesReply",
    "ModsecDisableRuleReply",
    "ModsecDisableVendorConfigsData",
    "ModsecDisableVendorConfigsDataOutcomesItem",
    "ModsecDisableVendorConfigsReply",
    "ModsecDisableVendorReply",
    "ModsecDisableVendorUpdatesReply",
    "ModsecDiscardAllRuleChangesData",
    "ModsecDiscardAllRuleChangesDataOutcomesItem",
    "ModsecDiscardAllRuleChangesReply",
    "ModsecDiscardRuleChangesReply",
    "ModsecEditRuleData",
    "ModsecEditRuleDataRule",
    "ModsecEditRuleReply",
    "ModsecEnableVendorConfigsData",
    "ModsecEnableVendorConfigsDataOutcomesItem",
    "ModsecEnableVendorConfigsReply",
    "ModsecEnableVendorReply",
    "ModsecEnableVendorUpdatesReply",
    "ModsecGetConfigsData",
    "ModsecGetConfigsDataConfigsItem",
    "ModsecGetConfigsReply",
    "ModsecGetConfigsWithChangesPendingData",
    "ModsecGetConfigsWithChangesPendingReply",
    "ModsecGetConfigTextData",
    "ModsecGetConfigTextReply",
    "ModsecGetLogReply",
    "ModsecGetLogReplyDataItem",
    "ModsecGetRulesData",
    "ModsecGetRulesDataChunksItem",
    "ModsecGetRulesExcludeBareComments",
    "ModsecGetRulesExcludeOtherDirectives",
    "ModsecGetRulesReply",
    "ModsecGetSettingsData",
    "ModsecGetSettingsDataSettingsItem",
    "ModsecGetSettingsDataSettingsItemRadioOptionsItem",
    "ModsecGetSettingsReply",
    "ModsecGetVendorsData",
    "ModsecGetVendorsDataVendorsItem",
    "ModsecGetVendorsDataVendorsItemConfigsItem",
    "ModsecGetVendorsReply",
    "ModsecIsInstalledData",
    "ModsecIsInstalledDataData",
    "ModsecIsInstalledReply",
    "ModsecMakeConfigActiveReply",
    "ModsecMakeConfigInactiveReply",
    "ModsecPreviewVendorData",
    "ModsecPreviewVendorReply",
    "ModsecRemoveRuleReply",
    "ModsecRemoveSettingReply",
    "ModsecRemoveVendorReply",
    "ModsecReportRuleData",
    "ModsecReportRuleDataReportItem",
    "ModsecReportRuleDataReportItemHitsItem",
    "ModsecReportRuleReply",
    "ModsecReportRuleSend",
    "ModsecSetConfigTextReply",
    "ModsecSetSettingData",
    "ModsecSetSettingDataRadioOptionsItem",
    "ModsecSetSettingReply",
    "ModsecUndisableRuleReply",
    "ModsecUpdateVendorData",
    "ModsecUpdateVendorDataDiagnostics",
    "ModsecUpdateVendorDataDiagnosticsNewConfigsItem",
    "ModsecUpdateVendorDataDiagnosticsPrevConfigsItem",
    "ModsecUpdateVendorDataVendor",
    "ModsecUpdateVendorReply",
    "MyprivsData",
    "MyprivsDataPrivilegesItem",
    "MyprivsReply",
    "NatCheckipData",
    "NatCheckipReply",
    "NatSetPublicIpReply",
    "NginxmanagerClearCacheReply",
    "NginxmanagerGetCacheConfigSystemData",
    "NginxmanagerGetCacheConfigSystemDataDefault",
    "NginxmanagerGetCacheConfigSystemDataSystem",
    "NginxmanagerGetCacheConfigSystemMerge",
    "NginxmanagerGetCacheConfigSystemReply",
    "NginxmanagerGetCacheConfigUsersData",
    "NginxmanagerGetCacheConfigUsersDataUsersItem",
    "NginxmanagerGetCacheConfigUsersDataUsersItemConfig",
    "NginxmanagerGetCacheConfigUsersMerge",
    "NginxmanagerGetCacheConfigUsersReply",
    "NginxmanagerRebuildCacheConfigReply",
    "NginxmanagerResetUsersCacheConfigReply",
    "NginxmanagerSetCacheConfigEnabled",
    "NginxmanagerSetCacheConfigReply",
    "NormalizeUserEmailConfigurationReply",
    "PackageManagerFixcacheData",
    "PackageManagerFixcacheReply",
    "PackageManagerGetBuildLogData",
    "PackageManagerGetBuildLogReply",
    "PackageManagerGetPackageInfoData",
    "PackageManagerGetPackageInfoDataPackagesItem",
    "PackageManagerGetPackageInfoDataPackagesItemPkgDep",
    "PackageManagerGetPackageInfoDisableExcludes",
    "PackageManagerGetPackageInfoNs",
    "PackageManagerGetPackageInfoReply",
    "PackageManagerIsPerformingActionsData",
    "PackageManagerIsPerformingActionsReply",
    "PackageManagerListPackagesData",
    "PackageManagerListPackagesDataPackagesItem",
    "PackageManagerListPackagesReply",
    "PackageManagerListPackagesState",
    "PackageManagerResolveActionsData",
    "PackageManagerResolveActionsNs",
    "PackageManagerResolveActionsReply",
    "PackageManagerSubmitActionsData",
    "PackageManagerSubmitActionsReply",
    "PackageManagerUpgradeData",
    "PackageManagerUpgradeReply",
    "ParseDnsZoneData",
    "ParseDnsZoneReply",
    "ParticipateInAnalyticsEnabled",
    "ParticipateInAnalyticsReply",
    "PasswdData",
    "PasswdDbPassUpdate",
    "PasswdDigestauth",
    "PasswdEnabledigest",
    "PasswdReply",
    "PauseTransferSessionReply",
    "PersonalizationGetBody",
    "PersonalizationGetData",
    "PersonalizationGetDataPersonalization",
    "PersonalizationGetDataPersonalizationAdditionalProperty",
    "PersonalizationGetReply",
    "PersonalizationSetBody",
    "PersonalizationSetBodyPersonalization",
    "PersonalizationSetData",
    "PersonalizationSetDataPersonalization",
    "PersonalizationSetDataPersonalizationAdditionalProperty",
    "PersonalizationSetReply",
    "PhpFpmConfigGetData",
    "PhpFpmConfigGetDataConfigItem",
    "PhpFpmConfigGetReply",
    "PhpFpmConfigSetReply",
    "PhpGetDefaultAccountsToFpmData",
    "PhpGetDefaultAccountsToFpmReply",
    "PhpGetHandlersData",
    "PhpGetHandlersDataVersionHandlersItem",
    "PhpGetHandlersReply",
    "PhpGetImpactedDomainsData",
    "PhpGetImpactedDomainsReply",
    "PhpGetImpactedDomainsSystemDefault",
    "PhpGetInstalledVersionsData",
    "PhpGetInstalledVersionsReply",
    "PhpGetOldFpmFlagData",
    "PhpGetOldFpmFlagReply",
    "PhpGetSystemDefaultVersionData",
    "PhpGetSystemDefaultVersionReply",
    "PhpGetVhostsByVersionData",
    "PhpGetVhostsByVersionReply",
    "PhpGetVhostVersionsData",
    "PhpGetVhostVersionsDataVersionsItem",
    "PhpGetVhostVersionsDataVersionsItemPhpFpmPoolParms",
    "PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem",
    "PhpGetVhostVersionsReply",
    "PhpIniGetContentData",
    "PhpIniGetContentReply",
    "PhpIniGetDirectivesData",
    "PhpIniGetDirectivesDataDirectivesItem",
    "PhpIniGetDirectivesReply",
    "PhpIniSetContentBody",
    "PhpIniSetContentReply",
    "PhpIniSetDirectivesReply",
    "PhpSetDefaultAccountsToFpmDefaultAccountsToFpm",
    "PhpSetDefaultAccountsToFpmReply",
    "PhpSetHandlerHandler",
    "PhpSetHandlerReply",
    "PhpSetOldFpmFlagData",
    "PhpSetOldFpmFlagReply",
    "PhpSetSessionSavePathOverwrite",
    "PhpSetSessionSavePathReply",
    "PhpSetSystemDefaultVersionReply",
    "PhpSetVhostVersionsPhpFpm",
    "PhpSetVhostVersionsReply",
    "PhpSetVhostVersionsVersion",
    "PurchaseALicenseData",
    "PurchaseALicenseReply",
    "PurchaseALicenseUpgrade",
    "QuotaEnabledData",
    "QuotaEnabledReply",
    "ReadCpgreylistDeferredEntriesData",
    "ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem",
    "ReadCpgreylistDeferredEntriesReply",
    "ReadCpgreylistTrustedHostsData",
    "ReadCpgreylistTrustedHostsDataGreylistTrustedHostsItem",
    "ReadCpgreylistTrustedHostsReply",
    "ReadCphulkRecordsData",
    "ReadCphulkRecordsDataIpsInList",
    "ReadCphulkRecordsListName",
    "ReadCphulkRecordsReply",
    "ReadCphulkRecordsSkipEnabledCheck",
    "ReadFeaturelistData",
    "ReadFeaturelistDataFeatures",
    "ReadFeaturelistReply",
    "RebootForce",
    "RebootReply",
    "RebuildinstalledssldbReply",
    "RebuildMailSniConfigData",
    "RebuildMailSniConfigReloadDovecot",
    "RebuildMailSniConfigReply",
    "RebuilduserssldbData",
    "RebuilduserssldbReply",
    "RegisterServerWith360MonitoringData",
    "RegisterServerWith360MonitoringReply",
    "ReleaseOutgoingEmailReply",
    "RemoteBasicCredentialCheckData",
    "RemoteBasicCredentialCheckReply",
    "RemoteBasicCredentialCheckRootEscalationMethod",
    "RemoteMysqlCreateProfileData",
    "RemoteMysqlCreateProfileDataProfileDetails",
    "RemoteMysqlCreateProfileReply",
    "RemoteMysqlCreateProfileViaSshData",
    "RemoteMysqlCreateProfileViaSshDataProfileDetails",
    "RemoteMysqlCreateProfileViaSshReply",
    "RemoteMysqlCreateProfileViaSshRootEscalationMethod",
    "RemoteMysqlDeleteProfileData",
    "RemoteMysqlDeleteProfileDataProfileDetails",
    "RemoteMysqlDeleteProfileReply",
    "RemoteMysqlInitiateProfileActivationData",
    "RemoteMysqlInitiateProfileActivationReply",
    "RemoteMysqlMonitorProfileActivationData",
    "RemoteMysqlMonitorProfileActivationDataJobInProgress",
    "RemoteMysqlMonitorProfileActivationDataJobInProgressStepsItem",
    "RemoteMysqlMonitorProfileActivationDataLastJobDetails",
    "RemoteMysqlMonitorProfileActivationDataLastJobDetailsStepsItem",
    "RemoteMysqlMonitorProfileActivationReply",
    "RemoteMysqlReadProfileData",
    "RemoteMysqlReadProfileDataProfileDetails",
    "RemoteMysqlReadProfileReply",
    "RemoteMysqlReadProfilesData",
    "RemoteMysqlReadProfilesDataAdditionalProperty",
    "RemoteMysqlReadProfilesReply",
    "RemoteMysqlUpdateProfileData",
    "RemoteMysqlUpdateProfileDataProfileDetails",
    "RemoteMysqlUpdateProfileReply",
    "RemoteMysqlValidateProfileData",
    "RemoteMysqlValidateProfileReply",
    "RemoveacctKeepdns",
    "RemoveacctReply",
    "RemoveAutosslUserExcludedDomainsReply",
    "RemoveConnectedApplicationBody",
    "RemoveConnectedApplicationReply",
    "RemoveDmarcData",
    "RemoveDmarcDataPayloadItem",
    "RemoveDmarcReply",
    "RemoveInProgressEximConfigEditReply",
    "RemoveIntegrationGroupReply",
    "RemoveIntegrationLinkReply",
    "RemoveOverrideFeaturesForUserReply",
    "RemoveZoneKeyReply",
    "RemovezonerecordReply",
    "RenameMysqlDatabaseReply",
    "RenameMysqlUserReply",
    "RenamePostgresqlDatabaseReply",
    "RenamePostgresqlUserReply",
    "ReorderHooksData",
    "ReorderHooksDataHookOrderItem",
    "ReorderHooksReply",
    "ResellerstatsData",
    "ResellerstatsDataReseller",
    "ResellerstatsDataResellerAcctItem",
    "ResellerstatsFilterDeleted",
    "ResellerstatsFilterSuspended",
    "ResellerstatsReply",
    "ResetAutosslProviderReply",
    "ResetServiceSslCertificateData",
    "ResetServiceSslCertificateDataCertificateInfo",
    "ResetServiceSslCertificateReply",
    "ResetServiceSslCertificateService",
    "ResetzoneReply",
    "ResolvedomainnameData",
    "ResolvedomainnameReply",
    "RestartserviceData",
    "RestartserviceQueueTask",
    "RestartserviceReply",
    "RestoreaccountAll",
    "RestoreaccountIp",
    "RestoreaccountMail",
    "RestoreaccountMysql",
    "RestoreaccountReply",
    "RestoreaccountSubs",
    "RestoreaccountType",
    "RestoreConfigFromFileReply",
    "RestoreConfigFromUploadReply",
    "RestoreModulesSummaryData",
    "RestoreModulesSummaryDataModulesItem",
    "RestoreModulesSummaryReply",
    "RestoreQueueActivateReply",
    "RestoreQueueAddTaskData",
    "RestoreQueueAddTaskGiveIp",
    "RestoreQueueAddTaskMailConfig",
    "RestoreQueueAddTaskMysql",
    "RestoreQueueAddTaskReply",
    "RestoreQueueAddTaskSubdomains",
    "RestoreQueueClearAllCompletedTasksReply",
    "RestoreQueueClearAllFailedTasksReply",
    "RestoreQueueClearAllPendingTasksReply",
    "RestoreQueueClearAllTasksReply",
    "RestoreQueueClearCompletedTaskReply",
    "RestoreQueueClearPendingTaskReply",
    "RestoreQueueIsActiveData",
    "RestoreQueueIsActiveReply",
    "RestoreQueueListActiveData",
    "RestoreQueueListActiveDataRestoreJobItem",
    "RestoreQueueListActiveDataRestoreJobItemOptions",
    "RestoreQueueListActiveReply",
    "RestoreQueueListCompletedData",
    "RestoreQueueListCompletedDataRestoreJobItem",
    "RestoreQueueListCompletedDataRestoreJobItemRestoreJob",
    "RestoreQueueListCompletedDataRestoreJobItemRestoreJobOptions",
    "RestoreQueueListCompletedDataRestoreJobItemStatusInfo",
    "RestoreQueueListCompletedReply",
    "RestoreQueueListPendingData",
    "RestoreQueueListPendingDataRestoreJobItem",
    "RestoreQueueListPendingDataRestoreJobItemOptions",
    "RestoreQueueListPendingReply",
    "RestoreQueueStateData",
    "RestoreQueueStateDataActiveItem",
    "RestoreQueueStateDataActiveItemOptions",
    "RestoreQueueStateDataCompletedItem",
    "RestoreQueueStateDataCompletedItemOptions",
    "RestoreQueueStateDataPendingItem",
    "RestoreQueueStateDataPendingItemOptions",
    "RestoreQueueStateReply",
    "RestrictWhmRootAccessData",
    "RestrictWhmRootAccessReply",
    "RetrieveCustomizationsApplication",
    "RetrieveCustomizationsReply",
    "RetrieveTransferSessionRemoteAnalysisData",
    "RetrieveTransferSessionRemoteAnalysisDataConfig",
    "RetrieveTransferSessionRemoteAnalysisDataItems",
    "RetrieveTransferSessionRemoteAnalysisDataLocal",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbs",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbs",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbsMYSQL",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbsMYSQLAdditionalProperty",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbsPGSQL",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsDbsPGSQLAdditionalProperty",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsers",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsersMYSQL",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsersMYSQLAdditionalProperty",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsersPGSQL",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDbsUsersPGSQLAdditionalProperty",
    "RetrieveTransferSessionRemoteAnalysisDataLocalDedicatedIps",
    "RetrieveTransferSessionRemoteAnalysisDataLocalGroups",
    "RetrieveTransferSessionRemoteAnalysisDataLocalUsers",
    "RetrieveTransferSessionRemoteAnalysisDataModules",
    "RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalProperty",
    "RetrieveTransferSessionRemoteAnalysisDataModulesAdditionalPropertyAnalysis",
    "RetrieveTransferSessionRemoteAnalysisDataOptions",
    "RetrieveTransferSessionRemoteAnalysisDataRemote",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbs",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbs",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsMYSQL",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsMYSQLAdditionalProperty",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsPGSQL",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsDbsPGSQLAdditionalProperty",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsers",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsersMYSQL",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsersMYSQLAdditionalProperty",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsersPGSQL",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteDbsUsersPGSQLAdditionalProperty",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItem",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettings",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemSystemSettingsAdditionalProperty",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteLinkedNodesItemWorkerCapabilities",
    "RetrieveTransferSessionRemoteAnalysisDataRemoteResellers",
    "RetrieveTransferSessionRemoteAnalysisReply",
    "RunCpkeycltReply",
    "SaveacllistAclAcctSummary",
    "SaveacllistAclAddPkg",
    "SaveacllistAclAddPkgIp",
    "SaveacllistAclAddPkgShell",
    "SaveacllistAclAll",
    "SaveacllistAclAllowAddoncreate",
    "SaveacllistAclAllowEmaillimitsPkgs",
    "SaveacllistAclAllowParkedcreate",
    "SaveacllistAclAllowShell",
    "SaveacllistAclAllowUnlimitedBwPkgs",
    "SaveacllistAclAllowUnlimitedDiskPkgs",
    "SaveacllistAclAllowUnlimitedPkgs",
    "SaveacllistAclBasicSystemInfo",
    "SaveacllistAclBasicWhmFunctions",
    "SaveacllistAclClustering",
    "SaveacllistAclCorsProxyGet",
    "SaveacllistAclCpanelApi",
    "SaveacllistAclCpanelIntegration",
    "SaveacllistAclCreateAcct",
    "SaveacllistAclCreateDns",
    "SaveacllistAclCreateUserSession",
    "SaveacllistAclDemoSetup",
    "SaveacllistAclDigestAuth",
    "SaveacllistAclEditAccount",
    "SaveacllistAclEditDns",
    "SaveacllistAclEditMx",
    "SaveacllistAclEditPkg",
    "SaveacllistAclGenerateEmailConfig",
    "SaveacllistAclKillAcct",
    "SaveacllistAclKillDns",
    "SaveacllistAclLimitBandwidth",
    "SaveacllistAclListAccts",
    "SaveacllistAclListPkgs",
    "SaveacllistAclLocaleEdit",
    "SaveacllistAclMailcheck",
    "SaveacllistAclManageApiTokens",
    "SaveacllistAclManageDnsRecords",
    "SaveacllistAclManageOidc",
    "SaveacllistAclManageStyles",
    "SaveacllistAclMysqlInfo",
    "SaveacllistAclNews",
    "SaveacllistAclNsConfig",
    "SaveacllistAclParkDns",
    "SaveacllistAclPasswd",
    "SaveacllistAclQuota",
    "SaveacllistAclRearrangeAccts",
    "SaveacllistAclResftp",
    "SaveacllistAclRestart",
    "SaveacllistAclShowBandwidth",
    "SaveacllistAclSsl",
    "SaveacllistAclSslBuy",
    "SaveacllistAclSslGencrt",
    "SaveacllistAclSslInfo",
    "SaveacllistAclStats",
    "SaveacllistAclStatus",
    "SaveacllistAclSuspendAcct",
    "SaveacllistAclThirdparty",
    "SaveacllistAclTrackEmail",
    "SaveacllistAclUpgradeAccount",
    "SaveacllistAclViewglobalpackages",
    "SaveacllistReply",
    "SaveConnectedApplicationReply",
    "SaveCpgreylistConfigData",
    "SaveCpgreylistConfigDataCpgreylistConfig",
    "SaveCpgreylistConfigReply",
    "SaveCpgreylistConfigSpfBypass",
    "SaveCphulkConfigBlockBruteForceWithFirewall",
    "SaveCphulkConfigBlockExcessiveBruteForceWithFirewall",
    "SaveCphulkConfigData",
    "SaveCphulkConfigDataCphulkConfig",
    "SaveCphulkConfigIpBasedProtection",
    "SaveCphulkConfigNotifyOnBrute",
    "SaveCphulkConfigNotifyOnRootLogin",
    "SaveCphulkConfigNotifyOnRootLoginForKnownNetblock",
    "SaveCphulkConfigReply",
    "SaveCphulkConfigSkipEnabledCheck",
    "SaveCphulkConfigUsernameBasedProtection",
    "SaveCphulkConfigUsernameBasedProtectionForRoot",
    "SaveCphulkConfigUsernameBasedProtectionLocalOrigin",
    "SavemxsReply",
    "SaveSpamdConfigReply",
    "SendTestPosturlData",
    "SendTestPosturlReply",
    "SendTestPushbulletNoteData",
    "SendTestPushbulletNoteDataPayload",
    "SendTestPushbulletNoteReply",
    "ServicestatusData",
    "ServicestatusDataServiceItem",
    "ServicestatusReply",
    "Set360AgentPollingData",
    "Set360AgentPollingReply",
    "SetaclsAclAcctSummary",
    "SetaclsAclAddPkg",
    "SetaclsAclAddPkgIp",
    "SetaclsAclAddPkgShell",
    "SetaclsAclAll",
    "SetaclsAclAllowAddoncreate",
    "SetaclsAclAllowParkedcreate",
    "SetaclsAclAllowUnlimitedBwPkgs",
    "SetaclsAclAllowUnlimitedDiskPkgs",
    "SetaclsAclAllowUnlimitedPkgs",
    "SetaclsAclBasicSystemInfo",
    "SetaclsAclBasicWhmFunctions",
    "SetaclsAclClustering",
    "SetaclsAclCorsProxyGet",
    "SetaclsAclCpanelApi",
    "SetaclsAclCpanelIntegration",
    "SetaclsAclCreateAcct",
    "SetaclsAclCreateDns",
    "SetaclsAclCreateUserSession",
    "SetaclsAclDemoSetup",
    "SetaclsAclDigestAuth",
    "SetaclsAclDisallowShell",
    "SetaclsAclEditAccount",
    "SetaclsAclEditDns",
    "SetaclsAclEditMx",
    "SetaclsAclEditPkg",
    "SetaclsAclGenerateEmailConfig",
    "SetaclsAclKillAcct",
    "SetaclsAclKillDns",
    "SetaclsAclLimitBandwidth",
    "SetaclsAclListAccts",
    "SetaclsAclListPkgs",
    "SetaclsAclLocaleEdit",
    "SetaclsAclMailcheck",
    "SetaclsAclManageApiTokens",
    "SetaclsAclManageDnsRecords",
    "SetaclsAclManageOidc",
    "SetaclsAclManageStyles",
    "SetaclsAclMysqlInfo",
    "SetaclsAclNameserverConfig",
    "SetaclsAclNews",
    "SetaclsAclParkDns",
    "SetaclsAclPasswd",
    "SetaclsAclQuota",
    "SetaclsAclRearrangeAccts",
    "SetaclsAclResftp",
    "SetaclsAclRestart",
    "SetaclsAclShowBandwidth",
    "SetaclsAclSsl",
    "SetaclsAclSslBuy",
    "SetaclsAclSslGencrt",
    "SetaclsAclSslInfo",
    "SetaclsAclStats",
    "SetaclsAclStatus",
    "SetaclsAclSuspendAcct",
    "SetaclsAclThirdparty",
    "SetaclsAclTrackEmail",
    "SetaclsAclUpgradeAccount",
    "SetaclsAclViewglobalpackages",
    "SetaclsData",
    "SetaclsReply",
    "SetApplicationContactEventImportanceImportance",
    "SetApplicationContactEventImportanceReply",
    "SetApplicationContactImportanceImportance",
    "SetApplicationContactImportanceReply",
    "SetAutosslMetadataKeyReply",
    "SetAutosslMetadataReply",
    "SetAutosslProviderReply",
    "SetAutosslUserExcludedDomainsReply",
    "SetCommerceAllowCommerce",
    "SetCommerceReply",
    "SetCpanelUpdatesData",
    "SetCpanelUpdatesReply",
    "SetCpanelUpdatesUpdates",
    "SetCphulkConfigKeyData",
    "SetCphulkConfigKeyDataCphulkConfig",
    "SetCphulkConfigKeyReply",
    "SetDefaultDmarcRecordData",
    "SetDefaultDmarcRecordDataPayload",
    "SetDefaultDmarcRecordReply",
    "SetDigestAuthDigestauth",
    "SetDigestAuthEnabledigest",
    "SetDigestAuthReply",
    "SetEcommerceAllowEcommerce",
    "SetEcommerceReply",
    "SetEnhancementLimitLimited",
    "SetEnhancementLimitReply",
    "SethostnameReply",
    "SetLocalMysqlRootPasswordData",
    "SetLocalMysqlRootPasswordReply",
    "SetManualMxRedirectsData",
    "SetManualMxRedirectsDataPayload",
    "SetManualMxRedirectsReply",
    "SetMarketProductAttributeReply",
    "SetMarketProviderCommissionIdReply",
    "SetminimumpasswordstrengthsReply",
    "SetMysqlPasswordReply",
    "SetNameserverData",
    "SetNameserverNameserver",
    "SetNameserverReply",
    "SetNsec3ForDomainsData",
    "SetNsec3ForDomainsDataDomainsItem",
    "SetNsec3ForDomainsNsec3Narrow",
    "SetNsec3ForDomainsNsec3OptOut",
    "SetNsec3ForDomainsReply",
    "SetPostgresqlPasswordReply",
    "SetPrimaryDomainDocrootData",
    "SetPrimaryDomainDocrootReply",
    "SetPrimaryServernameReply",
    "SetPrimaryServernameType",
    "SetProviderClientConfigurationsReply",
    "SetProviderClientConfigurationsServiceName",
    "SetProviderDisplayConfigurationsReply",
    "SetProviderDisplayConfigurationsServiceName",
    "SetPublicContactReply",
    "SetreselleripsData",
    "SetreselleripsDelegate",
    "SetreselleripsReply",
    "SetresellerlimitsEnableAccountLimit",
    "SetresellerlimitsEnableOverselling",
    "SetresellerlimitsEnableOversellingBandwidth",
    "SetresellerlimitsEnableOversellingDiskspace",
    "SetresellerlimitsEnablePackageLimitNumbers",
    "SetresellerlimitsEnablePackageLimits",
    "SetresellerlimitsEnableResourceLimits",
    "SetresellerlimitsReply",
    "SetresellermainipReply",
    "SetresellernameserversReply",
    "SetresellerpackagelimitAllowed",
    "SetresellerpackagelimitNoLimit",
    "SetresellerpackagelimitReply",
    "SetresolversReply",
    "SetScopedUserdataData",
    "SetScopedUserdataReply",
    "SetServiceConfigKeyReply",
    "SetServiceProxyBackendsReply",
    "SetsiteipReply",
    "SetTierData",
    "SetTierReply",
    "SetTierTier",
    "SetTweaksettingModule",
    "SetTweaksettingReply",
    "SetUpDnsResolverWorkaroundsData",
    "SetUpDnsResolverWorkaroundsDataFlags",
    "SetUpDnsResolverWorkaroundsReply",
    "SetupresellerMakeowner",
    "SetupresellerReply",
    "SetUserEmailForwardDestinationReply",
    "ShowbwData",
    "ShowbwDataAcctItem",
    "ShowbwDataAcctItemBwusageItem",
    "ShowbwReply",
    "StartAutosslCheckForAllUsersData",
    "StartAutosslCheckForAllUsersReply",
    "StartAutosslCheckForOneUserData",
    "StartAutosslCheckForOneUserReply",
    "StartBackgroundMysqlUpgradeData",
    "StartBackgroundMysqlUpgradeReply",
    "StartBackgroundPkgacctCompressionsetting",
    "StartBackgroundPkgacctData",
    "StartBackgroundPkgacctIncremental",
    "StartBackgroundPkgacctLowPriority",
    "StartBackgroundPkgacctReply",
    "StartBackgroundPkgacctSerializedOutput",
    "StartBackgroundPkgacctSkipacctdb",
    "StartBackgroundPkgacctSkipapitokens",
    "StartBackgroundPkgacctSkipauthnlinks",
    "StartBackgroundPkgacctSkipbwdata",
    "StartBackgroundPkgacctSkipdnssec",
    "StartBackgroundPkgacctSkipdnszones",
    "StartBackgroundPkgacctSkipftpusers",
    "StartBackgroundPkgacctSkiphomedir",
    "StartBackgroundPkgacctSkiplinkednodes",
    "StartBackgroundPkgacctSkiplogs",
    "StartBackgroundPkgacctSkipresellerconfig",
    "StartBackgroundPkgacctSkipshell",
    "StartBackgroundPkgacctSkipvhosttemplates",
    "StartBackgroundPkgacctSplit",
    "StartBackgroundPkgacctUseBackups",
    "StartCpanelUpdateData",
    "StartCpanelUpdateMode",
    "StartCpanelUpdateReply",
    "StartLocalCpmoveRestoreData",
    "StartLocalCpmoveRestoreDedicatedIp",
    "StartLocalCpmoveRestoreDeleteArchive",
    "StartLocalCpmoveRestoreOverwrite",
    "StartLocalCpmoveRestoreReply",
    "StartLocalCpmoveRestoreUpdateARecords",
    "StartProfileActivationCode",
    "StartProfileActivationData",
    "StartProfileActivationReply",
    "StartTransferSessionData",
    "StartTransferSessionReply",
    "SuspendacctDisallowun",
    "SuspendacctLeaveFtpAcctsEnabled",
    "SuspendacctReply",
    "SuspendOutgoingEmailReply",
    "SuspendresellerDisallow",
    "SuspendresellerReply",
    "SuspendresellerResellerOnly",
    "SystemloadavgData",
    "SystemloadavgReply",
    "SystemNeedsRebootReply",
    "TerminateCpuserMailboxSessionsReply",
    "TerminateresellerData",
    "TerminateresellerDataAcctItem",
    "TerminateresellerDataAcctItemOutput",
    "TerminateresellerReply",
    "TerminateresellerTerminatereseller",
    "TicketCreateStubTicketData",
    "TicketCreateStubTicketReply",
    "TicketGetSupportAgreementData",
    "TicketGetSupportAgreementReply",
    "TicketGetSupportInfoData",
    "TicketGetSupportInfoReply",
    "TicketGrantData",
    "TicketGrantReply",
    "TicketListData",
    "TicketListDataAuthsItem",
    "TicketListDataAuthsItemServersItem",
    "TicketListReply",
    "TicketRemoveClosedData",
    "TicketRemoveClosedReply",
    "TicketRevokeData",
    "TicketRevokeReply",
    "TicketSshTestData",
    "TicketSshTestReply",
    "TicketSshTestStartReply",
    "TicketUpdateServiceAgreementApprovalReply",
    "TicketValidateOauth2CodeReply",
    "TicketWhitelistCheckData",
    "TicketWhitelistCheckReply",
    "TicketWhitelistSetupData",
    "TicketWhitelistSetupReply",
    "TicketWhitelistUnsetupData",
    "TicketWhitelistUnsetupReply",
    "ToggleUserBackupStateData",
    "ToggleUserBackupStateLegacy",
    "ToggleUserBackupStateReply",
    "TransferModuleSchemaData",
    "TransferModuleSchemaDataSchema",
    "TransferModuleSchemaDataSchemaKeys",
    "TransferModuleSchemaDataSchemaKeysAdditionalProperty",
    "TransferModuleSchemaModule",
    "TransferModuleSchemaReply",
    "TwofactorauthDisablePolicyReply",
    "TwofactorauthEnablePolicyReply",
    "TwofactorauthGenerateTfaConfigData",
    "TwofactorauthGenerateTfaConfigReply",
    "TwofactorauthGetIssuerData",
    "TwofactorauthGetIssuerReply",
    "TwofactorauthGetTfaConfigForUserData",
    "TwofactorauthGetTfaConfigForUserDataAdditionalProperty",
    "TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmail",
    "TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmailAdditionalProperty",
    "TwofactorauthGetTfaConfigForUserDataAdditionalPropertyPrimaryAccount",
    "TwofactorauthGetTfaConfigForUserDataAdditionalPropertyTeam",
    "TwofactorauthGetTfaConfigForUserDataAdditionalPropertyTeamAdditionalProperty",
    "TwofactorauthGetTfaConfigForUserReply",
    "TwofactorauthGetUserConfigsData",
    "TwofactorauthGetUserConfigsDataAdditionalProperty",
    "TwofactorauthGetUserConfigsReply",
    "TwofactorauthPolicyStatusData",
    "TwofactorauthPolicyStatusReply",
    "TwofactorauthRemoveUserConfigData",
    "TwofactorauthRemoveUserConfigDataFailed",
    "TwofactorauthRemoveUserConfigReply",
    "TwofactorauthSetIssuerReply",
    "TwofactorauthSetTfaConfigData",
    "TwofactorauthSetTfaConfigForUserReply",
    "TwofactorauthSetTfaConfigReply",
    "UapiCpanelData",
    "UapiCpanelDataUapi",
    "UapiCpanelDataUapiMetadata",
    "UapiCpanelReply",
    "UnassignAccountEnhancementReply",
    "UnblockIncomingEmailFromCountryData",
    "UnblockIncomingEmailFromCountryReply",
    "UnblockIncomingEmailFromDomainData",
    "UnblockIncomingEmailFromDomainReply",
    "UninstallRpmPluginData",
    "UninstallRpmPluginReply",
    "UnlinkServerNodeData",
    "UnlinkServerNodeDataWorkerCapabilities",
    "UnlinkServerNodeHandleApiToken",
    "UnlinkServerNodeReply",
    "UnlinkUserAuthnProviderReply",
    "UnsetAllServiceProxyBackendsReply",
    "UnsetManualMxRedirectsData",
    "UnsetManualMxRedirectsDataPayload",
    "UnsetManualMxRedirectsReply",
    "UnsetNsec3ForDomainsData",
    "UnsetNsec3ForDomainsDataDomainsItem",
    "UnsetNsec3ForDomainsReply",
    "UnsetupresellerReply",
    "UnsuspendacctReply",
    "UnsuspendacctRetainServiceProxies",
    "UnsuspendOutgoingEmailReply",
    "UnsuspendresellerReply",
    "UnsuspendresellerResellerOnly",
    "UntrackAcctIdCheckExists",
    "UntrackAcctIdCheckQuota",
    "UntrackAcctIdProtectSystem",
    "UntrackAcctIdReply",
    "UpdateConfigclusterserverReply",
    "UpdateContactEmailReply",
    "UpdateCustomizationsBody",
    "UpdateCustomizationsBodyApplication",
    "UpdateCustomizationsBodyTheme",
    "UpdateCustomizationsReply",
    "UpdateFeaturelistData",
    "UpdateFeaturelistDataInvalidFeaturesItem",
    "UpdateFeaturelistDataUpdatedFeatures",
    "UpdateFeaturelistFeatureName",
    "UpdateFeaturelistReply",
    "UpdateIntegrationLinkTokenReply",
    "UpdateLinkedServerNodeReply",
    "UpdateLinkedServerNodeSkipTlsVerification",
    "UpdateNameserversConfigReply",
    "UpdateReverseDnsCacheReply",
    "UpdateSqlConfigReply",
    "UpdateUpdateconfBody",
    "UpdateUpdateconfReply",
    "UpdateuserdomainsReply",
    "ValidateCurrentDkimsData",
    "ValidateCurrentDkimsDataPayloadItem",
    "ValidateCurrentDkimsDataPayloadItemRecordsItem",
    "ValidateCurrentDkimsReply",
    "ValidateCurrentDmarcsData",
    "ValidateCurrentDmarcsDataPayloadItem",
    "ValidateCurrentDmarcsReply",
    "ValidateCurrentInstalledEximConfigData",
    "ValidateCurrentInstalledEximConfigReply",
    "ValidateCurrentPtrsData",
    "ValidateCurrentPtrsDataPayloadItem",
    "ValidateCurrentPtrsDataPayloadItemPtrRecordsItem",
    "ValidateCurrentPtrsReply",
    "ValidateCurrentSpfsData",
    "ValidateCurrentSpfsDataPayloadItem",
    "ValidateCurrentSpfsDataPayloadItemRecordsItem",
    "ValidateCurrentSpfsReply",
    "ValidateEximConfigurationSyntaxReply",
    "ValidateLoginTokenData",
    "ValidateLoginTokenDataPayloadItem",
    "ValidateLoginTokenReply",
    "ValidateSystemUserData",
    "ValidateSystemUserReply",
    "VerifyNewUsernameForRestoreReply",
    "VerifyNewUsernameReply",
    "VerifyPosturlAccessData",
    "VerifyPosturlAccessDataResultsItem",
    "VerifyPosturlAccessDataResultsItemResult",
    "VerifyPosturlAccessDataResultsItemResultPayload",
    "VerifyPosturlAccessReply",
    "VerifyPushbulletAccessData",
    "VerifyPushbulletAccessDataResultsItem",
    "VerifyPushbulletAccessDataResultsItemResult",
    "VerifyPushbulletAccessReply",
    "VerifySlackAccessData",
    "VerifySlackAccessDataResultsItem",
    "VerifySlackAccessDataResultsItemResult",
    "VerifySlackAccessDataResultsItemResultPayload",
    "VerifySlackAccessDataResultsItemResultPayloadHeaders",
    "VerifySlackAccessReply",
    "VerifyUserHasFeatureData",
    "VerifyUserHasFeatureReply",
    "VersionData",
    "VersionReply",
    "WpDashboardCreateApiTokenData",
    "WpDashboardCreateApiTokenReply",
    "WpDashboardCreateLoginLinkData",
    "WpDashboardCreateLoginLinkReply",
    "WpDashboardCreateLoginLinkService",
    "WpDashboardGetHostnameData",
    "WpDashboardGetHostnameReply",
)
