# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Every WHM API 1 function as a typed async method.

Each method imports its function's module on first use, so a client that
calls three functions loads three modules, not six hundred.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

from .types import UNSET, Unset

if TYPE_CHECKING:
    from .models.accesshash_data import AccesshashData
    from .models.accesshash_generate import AccesshashGenerate
    from .models.accountsummary_data import AccountsummaryData
    from .models.acctcounts_data import AcctcountsData
    from .models.add_zone_key_active import AddZoneKeyActive
    from .models.add_zone_key_algo_num import AddZoneKeyAlgoNum
    from .models.add_zone_key_data import AddZoneKeyData
    from .models.addpkg_cgi import AddpkgCgi
    from .models.addpkg_data import AddpkgData
    from .models.addpkg_digestauth import AddpkgDigestauth
    from .models.addpkg_frontpage import AddpkgFrontpage
    from .models.addpkg_hasshell import AddpkgHasshell
    from .models.addpkg_ip import AddpkgIp
    from .models.addpkgext_data import AddpkgextData
    from .models.api_token_create_data import ApiTokenCreateData
    from .models.api_token_list_data import ApiTokenListData
    from .models.api_token_update_data import ApiTokenUpdateData
    from .models.applist_data import ApplistData
    from .models.apply_dmarc_data import ApplyDmarcData
    from .models.authorizesshkey_authorize import AuthorizesshkeyAuthorize
    from .models.authorizesshkey_data import AuthorizesshkeyData
    from .models.available_transfer_modules_data import AvailableTransferModulesData
    from .models.background_mysql_upgrade_checker_run_data import BackgroundMysqlUpgradeCheckerRunData
    from .models.background_mysql_upgrade_status_data import BackgroundMysqlUpgradeStatusData
    from .models.backup_config_get_data import BackupConfigGetData
    from .models.backup_config_set_backup_daily_enable import (
        BackupConfigSetBackupDailyEnable,
    )
    from .models.backup_config_set_backup_monthly_enable import (
        BackupConfigSetBackupMonthlyEnable,
    )
    from .models.backup_config_set_backup_weekly_enable import (
        BackupConfigSetBackupWeeklyEnable,
    )
    from .models.backup_config_set_backupbwdata import BackupConfigSetBackupbwdata
    from .models.backup_config_set_backupfiles import BackupConfigSetBackupfiles
    from .models.backup_config_set_backuplogs import BackupConfigSetBackuplogs
    from .models.backup_config_set_backupsuspendedaccts import (
        BackupConfigSetBackupsuspendedaccts,
    )
    from .models.backup_config_set_backuptype import BackupConfigSetBackuptype
    from .models.backup_config_set_check_min_free_space import (
        BackupConfigSetCheckMinFreeSpace,
    )
    from .models.backup_config_set_force_prune_daily import (
        BackupConfigSetForcePruneDaily,
    )
    from .models.backup_config_set_force_prune_monthly import (
        BackupConfigSetForcePruneMonthly,
    )
    from .models.backup_config_set_force_prune_weekly import (
        BackupConfigSetForcePruneWeekly,
    )
    from .models.backup_config_set_linkdest import BackupConfigSetLinkdest
    from .models.backup_config_set_localzonesonly import (
        BackupConfigSetLocalzonesonly,
    )
    from .models.backup_config_set_min_free_space_unit import (
        BackupConfigSetMinFreeSpaceUnit,
    )
    from .models.backup_config_set_mysqlbackup import BackupConfigSetMysqlbackup
    from .models.backup_config_set_postbackup import BackupConfigSetPostbackup
    from .models.backup_config_set_prebackup import BackupConfigSetPrebackup
    from .models.backup_config_set_psqlbackup import BackupConfigSetPsqlbackup
    from .models.backup_date_list_data import BackupDateListData
    from .models.backup_destination_add_authtype import (
        BackupDestinationAddAuthtype,
    )
    from .models.backup_destination_add_data import BackupDestinationAddData
    from .models.backup_destination_add_disabled import (
        BackupDestinationAddDisabled,
    )
    from .models.backup_destination_add_mount import BackupDestinationAddMount
    from .models.backup_destination_add_no_mount_fail import (
        BackupDestinationAddNoMountFail,
    )
    from .models.backup_destination_add_only_used_for_logs import (
        BackupDestinationAddOnlyUsedForLogs,
    )
    from .models.backup_destination_add_passive import BackupDestinationAddPassive
    from .models.backup_destination_add_ssl import BackupDestinationAddSsl
    from .models.backup_destination_add_upload_system_backup import (
        BackupDestinationAddUploadSystemBackup,
    )
    from .models.backup_destination_list_data import BackupDestinationListData
    from .models.backup_destination_validate_data import BackupDestinationValidateData
    from .models.backup_destination_validate_disableonfail import (
        BackupDestinationValidateDisableonfail,
    )
    from .models.backup_does_client_id_have_google_credentials_data import BackupDoesClientIdHaveGoogleCredentialsData
    from .models.backup_generate_google_oauth_uri_data import BackupGenerateGoogleOauthUriData
    from .models.backup_get_transport_status_data import BackupGetTransportStatusData
    from .models.backup_get_transport_status_state import (
        BackupGetTransportStatusState,
    )
    from .models.backup_list_transported_data import BackupListTransportedData
    from .models.backup_set_list_combined_data import BackupSetListCombinedData
    from .models.backup_set_list_data import BackupSetListData
    from .models.backup_skip_users_all_backupversion import (
        BackupSkipUsersAllBackupversion,
    )
    from .models.backup_skip_users_all_state import BackupSkipUsersAllState
    from .models.backup_skip_users_all_status_data import BackupSkipUsersAllStatusData
    from .models.backup_user_list_data import BackupUserListData
    from .models.batch_abort_on_error import BatchAbortOnError
    from .models.batch_create_cphulk_records_data import BatchCreateCphulkRecordsData
    from .models.batch_data import BatchData
    from .models.block_incoming_email_from_country_data import BlockIncomingEmailFromCountryData
    from .models.block_incoming_email_from_domain_data import BlockIncomingEmailFromDomainData
    from .models.check_remote_ssh_connection_data import CheckRemoteSshConnectionData
    from .models.cluster_member_has_trust_with_data import ClusterMemberHasTrustWithData
    from .models.configureservice_enabled import ConfigureserviceEnabled
    from .models.configureservice_monitored import ConfigureserviceMonitored
    from .models.configureservice_service import ConfigureserviceService
    from .models.convert_addon_fetch_conversion_details_data import ConvertAddonFetchConversionDetailsData
    from .models.convert_addon_fetch_domain_details_data import ConvertAddonFetchDomainDetailsData
    from .models.convert_addon_get_conversion_status_data import ConvertAddonGetConversionStatusData
    from .models.convert_addon_list_addon_domains_data import ConvertAddonListAddonDomainsData
    from .models.convert_addon_list_conversions_data import ConvertAddonListConversionsData
    from .models.convert_all_domains_to_fpm_data import ConvertAllDomainsToFpmData
    from .models.convert_and_migrate_from_legacy_config_no_convert import (
        ConvertAndMigrateFromLegacyConfigNoConvert,
    )
    from .models.convertopensshtoputty_data import ConvertopensshtoputtyData
    from .models.convertopensshtoputty_keep_file import (
        ConvertopensshtoputtyKeepFile,
    )
    from .models.cors_proxy_get_data import CorsProxyGetData
    from .models.cpanel_cpanel_jsonapi_apiversion import (
        CpanelCpanelJsonapiApiversion,
    )
    from .models.cpgreylist_is_server_netblock_trusted_data import CpgreylistIsServerNetblockTrustedData
    from .models.cpgreylist_list_entries_for_common_mail_provider_data import (
        CpgreylistListEntriesForCommonMailProviderData,
    )
    from .models.cpgreylist_load_common_mail_providers_config_data import CpgreylistLoadCommonMailProvidersConfigData
    from .models.cpgreylist_save_common_mail_providers_config_autotrust_new_common_mail_providers import (
        CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMailProviders,
    )
    from .models.cpgreylist_save_common_mail_providers_config_data import CpgreylistSaveCommonMailProvidersConfigData
    from .models.cpgreylist_status_data import CpgreylistStatusData
    from .models.cpgreylist_trust_entries_for_common_mail_provider_data import (
        CpgreylistTrustEntriesForCommonMailProviderData,
    )
    from .models.cpgreylist_untrust_entries_for_common_mail_provider_data import (
        CpgreylistUntrustEntriesForCommonMailProviderData,
    )
    from .models.cphulk_status_data import CphulkStatusData
    from .models.create_account_enhancement_data import CreateAccountEnhancementData
    from .models.create_cpgreylist_trusted_host_data import CreateCpgreylistTrustedHostData
    from .models.create_cphulk_record_data import CreateCphulkRecordData
    from .models.create_cphulk_record_list_name import CreateCphulkRecordListName
    from .models.create_cphulk_record_skip_enabled_check import (
        CreateCphulkRecordSkipEnabledCheck,
    )
    from .models.create_featurelist_data import CreateFeaturelistData
    from .models.create_featurelist_featurelistname import (
        CreateFeaturelistFeaturelistname,
    )
    from .models.create_featurelist_overwrite import CreateFeaturelistOverwrite
    from .models.create_integration_link_group_id import (
        CreateIntegrationLinkGroupId,
    )
    from .models.create_integration_link_hide import CreateIntegrationLinkHide
    from .models.create_remote_root_transfer_session_comm_transport import (
        CreateRemoteRootTransferSessionCommTransport,
    )
    from .models.create_remote_root_transfer_session_compressed import (
        CreateRemoteRootTransferSessionCompressed,
    )
    from .models.create_remote_root_transfer_session_copy_reseller_privs import (
        CreateRemoteRootTransferSessionCopyResellerPrivs,
    )
    from .models.create_remote_root_transfer_session_data import CreateRemoteRootTransferSessionData
    from .models.create_remote_root_transfer_session_enable_custom_pkgacct import (
        CreateRemoteRootTransferSessionEnableCustomPkgacct,
    )
    from .models.create_remote_root_transfer_session_low_priority import (
        CreateRemoteRootTransferSessionLowPriority,
    )
    from .models.create_remote_root_transfer_session_root_escalation_method import (
        CreateRemoteRootTransferSessionRootEscalationMethod,
    )
    from .models.create_remote_root_transfer_session_unencrypted import (
        CreateRemoteRootTransferSessionUnencrypted,
    )
    from .models.create_remote_root_transfer_session_unrestricted_restore import (
        CreateRemoteRootTransferSessionUnrestrictedRestore,
    )
    from .models.create_remote_root_transfer_session_use_backups import (
        CreateRemoteRootTransferSessionUseBackups,
    )
    from .models.create_remote_user_transfer_session_data import CreateRemoteUserTransferSessionData
    from .models.create_remote_user_transfer_session_unrestricted_restore import (
        CreateRemoteUserTransferSessionUnrestrictedRestore,
    )
    from .models.create_subdomain_data import CreateSubdomainData
    from .models.create_subdomain_use_canonical_name import (
        CreateSubdomainUseCanonicalName,
    )
    from .models.create_user_session_data import CreateUserSessionData
    from .models.create_user_session_service import CreateUserSessionService
    from .models.createacct_data import CreateacctData
    from .models.createacct_dkim import CreateacctDkim
    from .models.createacct_forcedns import CreateacctForcedns
    from .models.createacct_hasshell import CreateacctHasshell
    from .models.createacct_hasuseregns import CreateacctHasuseregns
    from .models.createacct_ip import CreateacctIp
    from .models.createacct_mxcheck import CreateacctMxcheck
    from .models.createacct_ownerself import CreateacctOwnerself
    from .models.createacct_reseller import CreateacctReseller
    from .models.createacct_reseller_without_domain import (
        CreateacctResellerWithoutDomain,
    )
    from .models.createacct_savepkg import CreateacctSavepkg
    from .models.createacct_showpass import CreateacctShowpass
    from .models.createacct_spamassassin import CreateacctSpamassassin
    from .models.createacct_spambox import CreateacctSpambox
    from .models.createacct_spf import CreateacctSpf
    from .models.createacct_useregns import CreateacctUseregns
    from .models.current_mysql_version_data import CurrentMysqlVersionData
    from .models.delete_cpgreylist_trusted_host_data import DeleteCpgreylistTrustedHostData
    from .models.delete_cphulk_record_data import DeleteCphulkRecordData
    from .models.delete_cphulk_record_list_name import DeleteCphulkRecordListName
    from .models.delete_cphulk_record_skip_enabled_check import (
        DeleteCphulkRecordSkipEnabledCheck,
    )
    from .models.delete_customizations_application import (
        DeleteCustomizationsApplication,
    )
    from .models.delete_domain_data import DeleteDomainData
    from .models.delete_featurelist_data import DeleteFeaturelistData
    from .models.delete_rpm_version_data import DeleteRpmVersionData
    from .models.delete_ssl_vhost_data import DeleteSslVhostData
    from .models.deletesshkey_data import DeletesshkeyData
    from .models.deletesshkey_leave_authorized import DeletesshkeyLeaveAuthorized
    from .models.delip_skipifshutdown import DelipSkipifshutdown
    from .models.delpkgext_data import DelpkgextData
    from .models.disable_authentication_provider_service_name import (
        DisableAuthenticationProviderServiceName,
    )
    from .models.disable_dkim_data import DisableDkimData
    from .models.disable_dnssec_for_domains_data import DisableDnssecForDomainsData
    from .models.disable_failing_authentication_providers_data import DisableFailingAuthenticationProvidersData
    from .models.domainuserdata_data import DomainuserdataData
    from .models.dumpzone_data import DumpzoneData
    from .models.ea_4_get_additional_pkg_prefixes_data import Ea4GetAdditionalPkgPrefixesData
    from .models.ea_4_get_currently_installed_packages_data import Ea4GetCurrentlyInstalledPackagesData
    from .models.ea_4_list_profiles_data import Ea4ListProfilesData
    from .models.ea_4_metainfo_data import Ea4MetainfoData
    from .models.ea_4_recommendations_data import Ea4RecommendationsData
    from .models.ea_4_save_profile_data import Ea4SaveProfileData
    from .models.ea_4_save_profile_overwrite import Ea4SaveProfileOverwrite
    from .models.edit_hook_enabled import EditHookEnabled
    from .models.edit_hook_escalateprivs import EditHookEscalateprivs
    from .models.edit_hook_exectype import EditHookExectype
    from .models.edit_hook_stage import EditHookStage
    from .models.edit_rpm_version_data import EditRpmVersionData
    from .models.editpkg_cgi import EditpkgCgi
    from .models.editpkg_data import EditpkgData
    from .models.editpkg_digestauth import EditpkgDigestauth
    from .models.editpkg_frontpage import EditpkgFrontpage
    from .models.editpkg_hasshell import EditpkgHasshell
    from .models.editpkg_ip import EditpkgIp
    from .models.emailtrack_search_data import EmailtrackSearchData
    from .models.emailtrack_search_defer import EmailtrackSearchDefer
    from .models.emailtrack_search_deliverytype import (
        EmailtrackSearchDeliverytype,
        check_emailtrack_search_deliverytype,
    )
    from .models.emailtrack_search_failure import EmailtrackSearchFailure, check_emailtrack_search_failure
    from .models.emailtrack_search_inprogress import EmailtrackSearchInprogress, check_emailtrack_search_inprogress
    from .models.emailtrack_search_success import EmailtrackSearchSuccess, check_emailtrack_search_success
    from .models.emailtrack_stats_data import EmailtrackStatsData
    from .models.emailtrack_stats_deliverytype import EmailtrackStatsDeliverytype, check_emailtrack_stats_deliverytype
    from .models.emailtrack_stats_nosize import EmailtrackStatsNosize, check_emailtrack_stats_nosize
    from .models.emailtrack_stats_nosuccess import EmailtrackStatsNosuccess, check_emailtrack_stats_nosuccess
    from .models.emailtrack_user_stats_data import EmailtrackUserStatsData
    from .models.emailtrack_user_stats_deliverytype import (
        EmailtrackUserStatsDeliverytype,
        check_emailtrack_user_stats_deliverytype,
    )
    from .models.enable_authentication_provider_service_name import (
        EnableAuthenticationProviderServiceName,
        check_enable_authentication_provider_service_name,
    )
    from .models.enable_dkim_data import EnableDkimData
    from .models.enable_dnssec_for_domains_active import (
        EnableDnssecForDomainsActive,
        check_enable_dnssec_for_domains_active,
    )
    from .models.enable_dnssec_for_domains_algo_num import (
        EnableDnssecForDomainsAlgoNum,
        check_enable_dnssec_for_domains_algo_num,
    )
    from .models.enable_dnssec_for_domains_data import EnableDnssecForDomainsData
    from .models.enable_dnssec_for_domains_key_setup import (
        EnableDnssecForDomainsKeySetup,
        check_enable_dnssec_for_domains_key_setup,
    )
    from .models.enable_dnssec_for_domains_nsec_3_narrow import (
        EnableDnssecForDomainsNsec3Narrow,
        check_enable_dnssec_for_domains_nsec_3_narrow,
    )
    from .models.enable_dnssec_for_domains_nsec_3_opt_out import (
        EnableDnssecForDomainsNsec3OptOut,
        check_enable_dnssec_for_domains_nsec_3_opt_out,
    )
    from .models.enable_dnssec_for_domains_use_nsec_3 import (
        EnableDnssecForDomainsUseNsec3,
        check_enable_dnssec_for_domains_use_nsec_3,
    )
    from .models.enable_mail_sni_data import EnableMailSniData
    from .models.enable_monitor_all_enabled_services_data import EnableMonitorAllEnabledServicesData
    from .models.ensure_dkim_keys_exist_data import EnsureDkimKeysExistData
    from .models.eol_php_sites_data import EolPhpSitesData
    from .models.execute_remote_whmapi_1_with_password_data import ExecuteRemoteWhmapi1WithPasswordData
    from .models.exim_configuration_check_data import EximConfigurationCheckData
    from .models.export_zone_dnskey_data import ExportZoneDnskeyData
    from .models.export_zone_files_data import ExportZoneFilesData
    from .models.export_zone_key_data import ExportZoneKeyData
    from .models.fetch_connected_application_data import FetchConnectedApplicationData
    from .models.fetch_dkim_private_keys_data import FetchDkimPrivateKeysData
    from .models.fetch_ds_records_for_domains_data import FetchDsRecordsForDomainsData
    from .models.fetch_mail_queue_data import FetchMailQueueData
    from .models.fetch_pkgacct_master_log_data import FetchPkgacctMasterLogData
    from .models.fetch_security_advice_data import FetchSecurityAdviceData
    from .models.fetch_service_ssl_components_data import FetchServiceSslComponentsData
    from .models.fetch_ssl_certificates_for_fqdns_data import FetchSslCertificatesForFqdnsData
    from .models.fetch_ssl_vhosts_data import FetchSslVhostsData
    from .models.fetch_transfer_session_log_data import FetchTransferSessionLogData
    from .models.fetch_vhost_ssl_components_data import FetchVhostSslComponentsData
    from .models.fetchcrtinfo_data import FetchcrtinfoData
    from .models.fetchsslinfo_data import FetchsslinfoData
    from .models.flush_cphulk_login_history_data import FlushCphulkLoginHistoryData
    from .models.flush_cphulk_login_history_for_ips_data import FlushCphulkLoginHistoryForIpsData
    from .models.force_dedistribution_from_node_data import ForceDedistributionFromNodeData
    from .models.forcepasswordchange_data import ForcepasswordchangeData
    from .models.forcepasswordchange_stop_on_failure import (
        ForcepasswordchangeStopOnFailure,
        check_forcepasswordchange_stop_on_failure,
    )
    from .models.generate_mobileconfig_data import GenerateMobileconfigData
    from .models.generate_mobileconfig_selected_account_services import (
        GenerateMobileconfigSelectedAccountServices,
        check_generate_mobileconfig_selected_account_services,
    )
    from .models.generate_mobileconfig_use_ssl import GenerateMobileconfigUseSsl, check_generate_mobileconfig_use_ssl
    from .models.generatesshkeypair_abort_on_existing_key import (
        GeneratesshkeypairAbortOnExistingKey,
        check_generatesshkeypair_abort_on_existing_key,
    )
    from .models.generatesshkeypair_algorithm import GeneratesshkeypairAlgorithm, check_generatesshkeypair_algorithm
    from .models.generatesshkeypair_bits import GeneratesshkeypairBits, check_generatesshkeypair_bits
    from .models.generatesshkeypair_data import GeneratesshkeypairData
    from .models.generatessl_data import GeneratesslData
    from .models.generatessl_skip_certificate import GeneratesslSkipCertificate, check_generatessl_skip_certificate
    from .models.get_adjusted_market_providers_products_data import GetAdjustedMarketProvidersProductsData
    from .models.get_all_contact_importances_data import GetAllContactImportancesData
    from .models.get_api_calls_data import GetApiCallsData
    from .models.get_api_pages_data import GetApiPagesData
    from .models.get_api_pages_type import GetApiPagesType, check_get_api_pages_type
    from .models.get_appconfig_application_list_data import GetAppconfigApplicationListData
    from .models.get_application_contact_event_importance_data import GetApplicationContactEventImportanceData
    from .models.get_application_contact_importance_data import GetApplicationContactImportanceData
    from .models.get_autossl_check_schedule_data import GetAutosslCheckScheduleData
    from .models.get_autossl_log_data import GetAutosslLogData
    from .models.get_autossl_logs_catalog_data import GetAutosslLogsCatalogData
    from .models.get_autossl_metadata_data import GetAutosslMetadataData
    from .models.get_autossl_problems_for_domain_data import GetAutosslProblemsForDomainData
    from .models.get_autossl_problems_for_user_data import GetAutosslProblemsForUserData
    from .models.get_autossl_providers_data import GetAutosslProvidersData
    from .models.get_autossl_user_excluded_domains_data import GetAutosslUserExcludedDomainsData
    from .models.get_available_applications_data import GetAvailableApplicationsData
    from .models.get_available_authentication_providers_data import GetAvailableAuthenticationProvidersData
    from .models.get_available_featurelists_data import GetAvailableFeaturelistsData
    from .models.get_available_profiles_data import GetAvailableProfilesData
    from .models.get_available_tiers_data import GetAvailableTiersData
    from .models.get_best_ssldomain_for_service_data import GetBestSsldomainForServiceData
    from .models.get_commerce_data import GetCommerceData
    from .models.get_countries_with_known_ip_ranges_data import GetCountriesWithKnownIpRangesData
    from .models.get_cphulk_brutes_data import GetCphulkBrutesData
    from .models.get_cphulk_excessive_brutes_data import GetCphulkExcessiveBrutesData
    from .models.get_cphulk_failed_logins_data import GetCphulkFailedLoginsData
    from .models.get_cphulk_user_brutes_data import GetCphulkUserBrutesData
    from .models.get_current_lts_expiration_status_data import GetCurrentLtsExpirationStatusData
    from .models.get_current_profile_data import GetCurrentProfileData
    from .models.get_current_users_count_data import GetCurrentUsersCountData
    from .models.get_database_optimizations_data import GetDatabaseOptimizationsData
    from .models.get_default_dmarc_record_data import GetDefaultDmarcRecordData
    from .models.get_disk_usage_cache_mode import GetDiskUsageCacheMode, check_get_disk_usage_cache_mode
    from .models.get_disk_usage_data import GetDiskUsageData
    from .models.get_domain_info_data import GetDomainInfoData
    from .models.get_ecommerce_data import GetEcommerceData
    from .models.get_feature_metadata_data import GetFeatureMetadataData
    from .models.get_feature_names_data import GetFeatureNamesData
    from .models.get_featurelist_data_data import GetFeaturelistDataData
    from .models.get_featurelists_by_package_types_data import GetFeaturelistsByPackageTypesData
    from .models.get_featurelists_data import GetFeaturelistsData
    from .models.get_fpm_count_and_utilization_data import GetFpmCountAndUtilizationData
    from .models.get_homedir_roots_data import GetHomedirRootsData
    from .models.get_in_product_survey_url_data import GetInProductSurveyUrlData
    from .models.get_integration_link_user_config_data import GetIntegrationLinkUserConfigData
    from .models.get_linked_server_node_data import GetLinkedServerNodeData
    from .models.get_login_url_data import GetLoginUrlData
    from .models.get_lts_wexpire_data import GetLtsWexpireData
    from .models.get_mailbox_status_data import GetMailboxStatusData
    from .models.get_mailbox_status_list_data import GetMailboxStatusListData
    from .models.get_market_providers_commission_config_data import GetMarketProvidersCommissionConfigData
    from .models.get_market_providers_list_data import GetMarketProvidersListData
    from .models.get_market_providers_product_metadata_data import GetMarketProvidersProductMetadataData
    from .models.get_market_providers_products_data import GetMarketProvidersProductsData
    from .models.get_maximum_users_data import GetMaximumUsersData
    from .models.get_nameserver_config_data import GetNameserverConfigData
    from .models.get_password_strength_data import GetPasswordStrengthData
    from .models.get_pkgacct_session_state_data import GetPkgacctSessionStateData
    from .models.get_provider_client_configurations_data import GetProviderClientConfigurationsData
    from .models.get_provider_client_configurations_service_name import (
        GetProviderClientConfigurationsServiceName,
        check_get_provider_client_configurations_service_name,
    )
    from .models.get_provider_configuration_fields_data import GetProviderConfigurationFieldsData
    from .models.get_provider_configuration_fields_service_name import (
        GetProviderConfigurationFieldsServiceName,
        check_get_provider_configuration_fields_service_name,
    )
    from .models.get_provider_display_configurations_data import GetProviderDisplayConfigurationsData
    from .models.get_public_contact_data import GetPublicContactData
    from .models.get_public_ip_data import GetPublicIpData
    from .models.get_remote_access_hash_data import GetRemoteAccessHashData
    from .models.get_remote_access_hash_generate import (
        GetRemoteAccessHashGenerate,
        check_get_remote_access_hash_generate,
    )
    from .models.get_scoped_userdata_data import GetScopedUserdataData
    from .models.get_server_node_status_data import GetServerNodeStatusData
    from .models.get_server_node_status_skip_tls_verification import (
        GetServerNodeStatusSkipTlsVerification,
        check_get_server_node_status_skip_tls_verification,
    )
    from .models.get_service_config_data import GetServiceConfigData
    from .models.get_service_config_key_data import GetServiceConfigKeyData
    from .models.get_service_config_service import GetServiceConfigService, check_get_service_config_service
    from .models.get_service_proxy_backends_data import GetServiceProxyBackendsData
    from .models.get_shared_ip_data import GetSharedIpData
    from .models.get_tcp_4_sockets_data import GetTcp4SocketsData
    from .models.get_tcp_6_sockets_data import GetTcp6SocketsData
    from .models.get_transfer_session_state_data import GetTransferSessionStateData
    from .models.get_tweaksetting_data import GetTweaksettingData
    from .models.get_tweaksetting_module import GetTweaksettingModule, check_get_tweaksetting_module
    from .models.get_udp_4_sockets_data import GetUdp4SocketsData
    from .models.get_udp_6_sockets_data import GetUdp6SocketsData
    from .models.get_unique_recipient_count_per_sender_for_user_data import GetUniqueRecipientCountPerSenderForUserData
    from .models.get_unique_sender_recipient_count_per_user_data import GetUniqueSenderRecipientCountPerUserData
    from .models.get_update_availability_data import GetUpdateAvailabilityData
    from .models.get_upgrade_opportunities_data import GetUpgradeOpportunitiesData
    from .models.get_user_email_forward_destination_data import GetUserEmailForwardDestinationData
    from .models.get_users_and_domains_with_backup_metadata_data import GetUsersAndDomainsWithBackupMetadataData
    from .models.get_users_authn_linked_accounts_data import GetUsersAuthnLinkedAccountsData
    from .models.get_users_features_settings_data import GetUsersFeaturesSettingsData
    from .models.get_users_links_data import GetUsersLinksData
    from .models.get_users_links_service import GetUsersLinksService, check_get_users_links_service
    from .models.get_users_with_backup_metadata_data import GetUsersWithBackupMetadataData
    from .models.getdiskusage_data import GetdiskusageData
    from .models.getdomainowner_data import GetdomainownerData
    from .models.gethostname_data import GethostnameData
    from .models.getminimumpasswordstrengths_data import GetminimumpasswordstrengthsData
    from .models.getpkgextensionform_data import GetpkgextensionformData
    from .models.getpkginfo_data import GetpkginfoData
    from .models.getresellerips_data import GetreselleripsData
    from .models.getzonerecord_data import GetzonerecordData
    from .models.has_digest_auth_data import HasDigestAuthData
    from .models.has_local_authority_data import HasLocalAuthorityData
    from .models.has_mycnf_for_cpuser_data import HasMycnfForCpuserData
    from .models.import_zone_key_data import ImportZoneKeyData
    from .models.importsshkey_extract_private import ImportsshkeyExtractPrivate, check_importsshkey_extract_private
    from .models.importsshkey_extract_public import ImportsshkeyExtractPublic, check_importsshkey_extract_public
    from .models.install_dkim_private_keys_data import InstallDkimPrivateKeysData
    from .models.install_rpm_plugin_data import InstallRpmPluginData
    from .models.install_service_ssl_certificate_data import InstallServiceSslCertificateData
    from .models.install_service_ssl_certificate_service import (
        InstallServiceSslCertificateService,
        check_install_service_ssl_certificate_service,
    )
    from .models.install_spf_records_data import InstallSpfRecordsData
    from .models.installable_mysql_versions_data import InstallableMysqlVersionsData
    from .models.installed_versions_data import InstalledVersionsData
    from .models.installed_versions_packages import InstalledVersionsPackages, check_installed_versions_packages
    from .models.installssl_data import InstallsslData
    from .models.ipv_6_disable_account_data import Ipv6DisableAccountData
    from .models.ipv_6_enable_account_data import Ipv6EnableAccountData
    from .models.ipv_6_range_add_enabled import Ipv6RangeAddEnabled, check_ipv_6_range_add_enabled
    from .models.ipv_6_range_list_data import Ipv6RangeListData
    from .models.ipv_6_range_usage_data import Ipv6RangeUsageData
    from .models.is_alias_available_data import IsAliasAvailableData
    from .models.is_conversion_in_progress_data import IsConversionInProgressData
    from .models.is_https_available_data import IsHttpsAvailableData
    from .models.is_ready_data import IsReadyData
    from .models.is_ready_namespace import IsReadyNamespace, check_is_ready_namespace
    from .models.is_role_enabled_data import IsRoleEnabledData
    from .models.is_sni_supported_data import IsSniSupportedData
    from .models.is_svcb_available_data import IsSvcbAvailableData
    from .models.latest_available_mysql_version_data import LatestAvailableMysqlVersionData
    from .models.limitbw_data import LimitbwData
    from .models.link_server_node_with_api_token_skip_tls_verification import (
        LinkServerNodeWithApiTokenSkipTlsVerification,
        check_link_server_node_with_api_token_skip_tls_verification,
    )
    from .models.list_account_enhancements_data import ListAccountEnhancementsData
    from .models.list_accounts_retention_data import ListAccountsRetentionData
    from .models.list_blocked_incoming_email_countries_data import ListBlockedIncomingEmailCountriesData
    from .models.list_blocked_incoming_email_domains_data import ListBlockedIncomingEmailDomainsData
    from .models.list_configclusterservers_data import ListConfigclusterserversData
    from .models.list_connected_applications_data import ListConnectedApplicationsData
    from .models.list_cparchive_files_data import ListCparchiveFilesData
    from .models.list_database_users_data import ListDatabaseUsersData
    from .models.list_databases_data import ListDatabasesData
    from .models.list_enhancement_limits_data import ListEnhancementLimitsData
    from .models.list_hooks_data import ListHooksData
    from .models.list_integration_groups_data import ListIntegrationGroupsData
    from .models.list_integration_links_data import ListIntegrationLinksData
    from .models.list_linked_server_nodes_data import ListLinkedServerNodesData
    from .models.list_mysql_databases_and_users_data import ListMysqlDatabasesAndUsersData
    from .models.list_pops_for_data import ListPopsForData
    from .models.list_rpms_data import ListRpmsData
    from .models.list_user_child_nodes_data import ListUserChildNodesData
    from .models.list_users_data import ListUsersData
    from .models.listaccts_data import ListacctsData
    from .models.listaccts_searchmethod import ListacctsSearchmethod, check_listaccts_searchmethod
    from .models.listacls_data import ListaclsData
    from .models.listcrts_data import ListcrtsData
    from .models.listcrts_registered import ListcrtsRegistered, check_listcrts_registered
    from .models.listips_data import ListipsData
    from .models.listipv_6s_data import Listipv6SData
    from .models.listlockedaccounts_data import ListlockedaccountsData
    from .models.listmxs_data import ListmxsData
    from .models.listpkgs_data import ListpkgsData
    from .models.listpkgs_want import ListpkgsWant, check_listpkgs_want
    from .models.listresellers_data import ListresellersData
    from .models.listsshkeys_data import ListsshkeysData
    from .models.listsshkeys_private import ListsshkeysPrivate, check_listsshkeys_private
    from .models.listsshkeys_private_texts import ListsshkeysPrivateTexts, check_listsshkeys_private_texts
    from .models.listsshkeys_public import ListsshkeysPublic, check_listsshkeys_public
    from .models.listsshkeys_public_texts import ListsshkeysPublicTexts, check_listsshkeys_public_texts
    from .models.listsshkeys_sync_authorized import ListsshkeysSyncAuthorized, check_listsshkeys_sync_authorized
    from .models.listsuspended_data import ListsuspendedData
    from .models.listzones_data import ListzonesData
    from .models.load_cpgreylist_config_data import LoadCpgreylistConfigData
    from .models.load_cphulk_config_data import LoadCphulkConfigData
    from .models.local_disable_namespace import LocalDisableNamespace, check_local_disable_namespace
    from .models.local_disable_plugin import LocalDisablePlugin, check_local_disable_plugin
    from .models.local_enable_namespace import LocalEnableNamespace, check_local_enable_namespace
    from .models.local_enable_plugin import LocalEnablePlugin, check_local_enable_plugin
    from .models.lookupnsip_data import LookupnsipData
    from .models.lookupnsips_data import LookupnsipsData
    from .models.mail_sni_status_data import MailSniStatusData
    from .models.manage_features_action import ManageFeaturesAction, check_manage_features_action
    from .models.manage_features_data import ManageFeaturesData
    from .models.mass_edit_dns_zone_data import MassEditDnsZoneData
    from .models.massmodifyacct_backup import MassmodifyacctBACKUP, check_massmodifyacct_backup
    from .models.massmodifyacct_data import MassmodifyacctData
    from .models.massmodifyacct_hascgi import MassmodifyacctHASCGI, check_massmodifyacct_hascgi
    from .models.massmodifyacct_hasdkim import MassmodifyacctHASDKIM, check_massmodifyacct_hasdkim
    from .models.massmodifyacct_hasdmarc import MassmodifyacctHASDMARC, check_massmodifyacct_hasdmarc
    from .models.massmodifyacct_hasshell import MassmodifyacctHASSHELL, check_massmodifyacct_hasshell
    from .models.massmodifyacct_hasspf import MassmodifyacctHASSPF, check_massmodifyacct_hasspf
    from .models.massmodifyacct_mailboxformat import MassmodifyacctMAILBOXFORMAT, check_massmodifyacct_mailboxformat
    from .models.massmodifyacct_notify_account_authn_link import (
        MassmodifyacctNotifyAccountAuthnLink,
        check_massmodifyacct_notify_account_authn_link,
    )
    from .models.massmodifyacct_notify_account_authn_link_notification_disabled import (
        MassmodifyacctNotifyAccountAuthnLinkNotificationDisabled,
        check_massmodifyacct_notify_account_authn_link_notification_disabled,
    )
    from .models.massmodifyacct_notify_autossl_expiry import (
        MassmodifyacctNotifyAutosslExpiry,
        check_massmodifyacct_notify_autossl_expiry,
    )
    from .models.massmodifyacct_notify_autossl_expiry_coverage import (
        MassmodifyacctNotifyAutosslExpiryCoverage,
        check_massmodifyacct_notify_autossl_expiry_coverage,
    )
    from .models.massmodifyacct_notify_autossl_renewal import (
        MassmodifyacctNotifyAutosslRenewal,
        check_massmodifyacct_notify_autossl_renewal,
    )
    from .models.massmodifyacct_notify_autossl_renewal_coverage import (
        MassmodifyacctNotifyAutosslRenewalCoverage,
        check_massmodifyacct_notify_autossl_renewal_coverage,
    )
    from .models.massmodifyacct_notify_contact_address_change import (
        MassmodifyacctNotifyContactAddressChange,
        check_massmodifyacct_notify_contact_address_change,
    )
    from .models.massmodifyacct_notify_contact_address_change_notification_disabled import (
        MassmodifyacctNotifyContactAddressChangeNotificationDisabled,
        check_massmodifyacct_notify_contact_address_change_notification_disabled,
    )
    from .models.massmodifyacct_notify_disk_limit import (
        MassmodifyacctNotifyDiskLimit,
        check_massmodifyacct_notify_disk_limit,
    )
    from .models.massmodifyacct_notify_password_change import (
        MassmodifyacctNotifyPasswordChange,
        check_massmodifyacct_notify_password_change,
    )
    from .models.massmodifyacct_notify_password_change_notification_disabled import (
        MassmodifyacctNotifyPasswordChangeNotificationDisabled,
        check_massmodifyacct_notify_password_change_notification_disabled,
    )
    from .models.massmodifyacct_notify_ssl_expiry import (
        MassmodifyacctNotifySslExpiry,
        check_massmodifyacct_notify_ssl_expiry,
    )
    from .models.massmodifyacct_outgoingemailsuspended import (
        MassmodifyacctOUTGOINGEMAILSUSPENDED,
        check_massmodifyacct_outgoingemailsuspended,
    )
    from .models.massmodifyacct_reseller import MassmodifyacctReseller, check_massmodifyacct_reseller
    from .models.massmodifyacct_spamassassin import MassmodifyacctSpamassassin, check_massmodifyacct_spamassassin
    from .models.matchpkgs_cgi import MatchpkgsCGI, check_matchpkgs_cgi
    from .models.matchpkgs_data import MatchpkgsData
    from .models.matchpkgs_digestauth import MatchpkgsDIGESTAUTH, check_matchpkgs_digestauth
    from .models.matchpkgs_hasshell import MatchpkgsHASSHELL, check_matchpkgs_hasshell
    from .models.matchpkgs_ip import MatchpkgsIP, check_matchpkgs_ip
    from .models.modify_account_enhancement_data import ModifyAccountEnhancementData
    from .models.modifyacct_backup import ModifyacctBACKUP, check_modifyacct_backup
    from .models.modifyacct_data import ModifyacctData
    from .models.modifyacct_hascgi import ModifyacctHASCGI, check_modifyacct_hascgi
    from .models.modifyacct_hasdkim import ModifyacctHASDKIM, check_modifyacct_hasdkim
    from .models.modifyacct_hasdmarc import ModifyacctHASDMARC, check_modifyacct_hasdmarc
    from .models.modifyacct_hasshell import ModifyacctHASSHELL, check_modifyacct_hasshell
    from .models.modifyacct_hasspf import ModifyacctHASSPF, check_modifyacct_hasspf
    from .models.modifyacct_mailboxformat import ModifyacctMAILBOXFORMAT, check_modifyacct_mailboxformat
    from .models.modifyacct_notify_account_authn_link import (
        ModifyacctNotifyAccountAuthnLink,
        check_modifyacct_notify_account_authn_link,
    )
    from .models.modifyacct_notify_account_authn_link_notification_disabled import (
        ModifyacctNotifyAccountAuthnLinkNotificationDisabled,
        check_modifyacct_notify_account_authn_link_notification_disabled,
    )
    from .models.modifyacct_notify_autossl_expiry import (
        ModifyacctNotifyAutosslExpiry,
        check_modifyacct_notify_autossl_expiry,
    )
    from .models.modifyacct_notify_autossl_expiry_coverage import (
        ModifyacctNotifyAutosslExpiryCoverage,
        check_modifyacct_notify_autossl_expiry_coverage,
    )
    from .models.modifyacct_notify_autossl_renewal import (
        ModifyacctNotifyAutosslRenewal,
        check_modifyacct_notify_autossl_renewal,
    )
    from .models.modifyacct_notify_autossl_renewal_coverage import (
        ModifyacctNotifyAutosslRenewalCoverage,
        check_modifyacct_notify_autossl_renewal_coverage,
    )
    from .models.modifyacct_notify_contact_address_change import (
        ModifyacctNotifyContactAddressChange,
        check_modifyacct_notify_contact_address_change,
    )
    from .models.modifyacct_notify_contact_address_change_notification_disabled import (
        ModifyacctNotifyContactAddressChangeNotificationDisabled,
        check_modifyacct_notify_contact_address_change_notification_disabled,
    )
    from .models.modifyacct_notify_disk_limit import ModifyacctNotifyDiskLimit, check_modifyacct_notify_disk_limit
    from .models.modifyacct_notify_password_change import (
        ModifyacctNotifyPasswordChange,
        check_modifyacct_notify_password_change,
    )
    from .models.modifyacct_notify_password_change_notification_disabled import (
        ModifyacctNotifyPasswordChangeNotificationDisabled,
        check_modifyacct_notify_password_change_notification_disabled,
    )
    from .models.modifyacct_notify_ssl_expiry import ModifyacctNotifySslExpiry, check_modifyacct_notify_ssl_expiry
    from .models.modifyacct_outgoingemailsuspended import (
        ModifyacctOUTGOINGEMAILSUSPENDED,
        check_modifyacct_outgoingemailsuspended,
    )
    from .models.modifyacct_reseller import ModifyacctReseller, check_modifyacct_reseller
    from .models.modifyacct_spamassassin import ModifyacctSpamassassin, check_modifyacct_spamassassin
    from .models.modifyacct_update_existing_email_account_quotas import (
        ModifyacctUpdateExistingEmailAccountQuotas,
        check_modifyacct_update_existing_email_account_quotas,
    )
    from .models.modsec_add_rule_data import ModsecAddRuleData
    from .models.modsec_add_vendor_data import ModsecAddVendorData
    from .models.modsec_add_vendor_enabled import ModsecAddVendorEnabled, check_modsec_add_vendor_enabled
    from .models.modsec_assemble_config_text_deploy import (
        ModsecAssembleConfigTextDeploy,
        check_modsec_assemble_config_text_deploy,
    )
    from .models.modsec_assemble_config_text_final import (
        ModsecAssembleConfigTextFinal,
        check_modsec_assemble_config_text_final,
    )
    from .models.modsec_assemble_config_text_init import (
        ModsecAssembleConfigTextInit,
        check_modsec_assemble_config_text_init,
    )
    from .models.modsec_batch_settings_data import ModsecBatchSettingsData
    from .models.modsec_batch_settings_remove import ModsecBatchSettingsRemove, check_modsec_batch_settings_remove
    from .models.modsec_check_rule_data import ModsecCheckRuleData
    from .models.modsec_clone_rule_data import ModsecCloneRuleData
    from .models.modsec_deploy_all_rule_changes_data import ModsecDeployAllRuleChangesData
    from .models.modsec_disable_vendor_configs_data import ModsecDisableVendorConfigsData
    from .models.modsec_discard_all_rule_changes_data import ModsecDiscardAllRuleChangesData
    from .models.modsec_edit_rule_data import ModsecEditRuleData
    from .models.modsec_enable_vendor_configs_data import ModsecEnableVendorConfigsData
    from .models.modsec_get_config_text_data import ModsecGetConfigTextData
    from .models.modsec_get_configs_data import ModsecGetConfigsData
    from .models.modsec_get_configs_with_changes_pending_data import ModsecGetConfigsWithChangesPendingData
    from .models.modsec_get_log_reply_data_item import ModsecGetLogReplyDataItem
    from .models.modsec_get_rules_data import ModsecGetRulesData
    from .models.modsec_get_rules_exclude_bare_comments import (
        ModsecGetRulesExcludeBareComments,
        check_modsec_get_rules_exclude_bare_comments,
    )
    from .models.modsec_get_rules_exclude_other_directives import (
        ModsecGetRulesExcludeOtherDirectives,
        check_modsec_get_rules_exclude_other_directives,
    )
    from .models.modsec_get_settings_data import ModsecGetSettingsData
    from .models.modsec_get_vendors_data import ModsecGetVendorsData
    from .models.modsec_is_installed_data import ModsecIsInstalledData
    from .models.modsec_preview_vendor_data import ModsecPreviewVendorData
    from .models.modsec_report_rule_data import ModsecReportRuleData
    from .models.modsec_report_rule_send import ModsecReportRuleSend, check_modsec_report_rule_send
    from .models.modsec_set_setting_data import ModsecSetSettingData
    from .models.modsec_update_vendor_data import ModsecUpdateVendorData
    from .models.myprivs_data import MyprivsData
    from .models.nat_checkip_data import NatCheckipData
    from .models.nginxmanager_get_cache_config_system_data import NginxmanagerGetCacheConfigSystemData
    from .models.nginxmanager_get_cache_config_system_merge import (
        NginxmanagerGetCacheConfigSystemMerge,
        check_nginxmanager_get_cache_config_system_merge,
    )
    from .models.nginxmanager_get_cache_config_users_data import NginxmanagerGetCacheConfigUsersData
    from .models.nginxmanager_get_cache_config_users_merge import (
        NginxmanagerGetCacheConfigUsersMerge,
        check_nginxmanager_get_cache_config_users_merge,
    )
    from .models.nginxmanager_set_cache_config_enabled import (
        NginxmanagerSetCacheConfigEnabled,
        check_nginxmanager_set_cache_config_enabled,
    )
    from .models.package_manager_fixcache_data import PackageManagerFixcacheData
    from .models.package_manager_get_build_log_data import PackageManagerGetBuildLogData
    from .models.package_manager_get_package_info_data import PackageManagerGetPackageInfoData
    from .models.package_manager_get_package_info_disable_excludes import (
        PackageManagerGetPackageInfoDisableExcludes,
        check_package_manager_get_package_info_disable_excludes,
    )
    from .models.package_manager_get_package_info_ns import (
        PackageManagerGetPackageInfoNs,
        check_package_manager_get_package_info_ns,
    )
    from .models.package_manager_is_performing_actions_data import PackageManagerIsPerformingActionsData
    from .models.package_manager_list_packages_data import PackageManagerListPackagesData
    from .models.package_manager_list_packages_state import (
        PackageManagerListPackagesState,
        check_package_manager_list_packages_state,
    )
    from .models.package_manager_resolve_actions_data import PackageManagerResolveActionsData
    from .models.package_manager_resolve_actions_ns import (
        PackageManagerResolveActionsNs,
        check_package_manager_resolve_actions_ns,
    )
    from .models.package_manager_submit_actions_data import PackageManagerSubmitActionsData
    from .models.package_manager_upgrade_data import PackageManagerUpgradeData
    from .models.parse_dns_zone_data import ParseDnsZoneData
    from .models.participate_in_analytics_enabled import (
        ParticipateInAnalyticsEnabled,
        check_participate_in_analytics_enabled,
    )
    from .models.passwd_data import PasswdData
    from .models.passwd_db_pass_update import PasswdDbPassUpdate, check_passwd_db_pass_update
    from .models.passwd_digestauth import PasswdDigestauth, check_passwd_digestauth
    from .models.passwd_enabledigest import PasswdEnabledigest, check_passwd_enabledigest
    from .models.personalization_get_data import PersonalizationGetData
    from .models.personalization_set_data import PersonalizationSetData
    from .models.php_fpm_config_get_data import PhpFpmConfigGetData
    from .models.php_get_default_accounts_to_fpm_data import PhpGetDefaultAccountsToFpmData
    from .models.php_get_handlers_data import PhpGetHandlersData
    from .models.php_get_impacted_domains_data import PhpGetImpactedDomainsData
    from .models.php_get_impacted_domains_system_default import (
        PhpGetImpactedDomainsSystemDefault,
        check_php_get_impacted_domains_system_default,
    )
    from .models.php_get_installed_versions_data import PhpGetInstalledVersionsData
    from .models.php_get_old_fpm_flag_data import PhpGetOldFpmFlagData
    from .models.php_get_system_default_version_data import PhpGetSystemDefaultVersionData
    from .models.php_get_vhost_versions_data import PhpGetVhostVersionsData
    from .models.php_get_vhosts_by_version_data import PhpGetVhostsByVersionData
    from .models.php_ini_get_content_data import PhpIniGetContentData
    from .models.php_ini_get_directives_data import PhpIniGetDirectivesData
    from .models.php_set_default_accounts_to_fpm_default_accounts_to_fpm import (
        PhpSetDefaultAccountsToFpmDefaultAccountsToFpm,
        check_php_set_default_accounts_to_fpm_default_accounts_to_fpm,
    )
    from .models.php_set_handler_handler import PhpSetHandlerHandler, check_php_set_handler_handler
    from .models.php_set_old_fpm_flag_data import PhpSetOldFpmFlagData
    from .models.php_set_session_save_path_overwrite import (
        PhpSetSessionSavePathOverwrite,
        check_php_set_session_save_path_overwrite,
    )
    from .models.php_set_vhost_versions_php_fpm import PhpSetVhostVersionsPhpFpm, check_php_set_vhost_versions_php_fpm
    from .models.php_set_vhost_versions_version import PhpSetVhostVersionsVersion, check_php_set_vhost_versions_version
    from .models.purchase_a_license_data import PurchaseALicenseData
    from .models.purchase_a_license_upgrade import PurchaseALicenseUpgrade, check_purchase_a_license_upgrade
    from .models.quota_enabled_data import QuotaEnabledData
    from .models.read_cpgreylist_deferred_entries_data import ReadCpgreylistDeferredEntriesData
    from .models.read_cpgreylist_trusted_hosts_data import ReadCpgreylistTrustedHostsData
    from .models.read_cphulk_records_data import ReadCphulkRecordsData
    from .models.read_cphulk_records_list_name import ReadCphulkRecordsListName, check_read_cphulk_records_list_name
    from .models.read_cphulk_records_skip_enabled_check import (
        ReadCphulkRecordsSkipEnabledCheck,
        check_read_cphulk_records_skip_enabled_check,
    )
    from .models.read_featurelist_data import ReadFeaturelistData
    from .models.reboot_force import RebootForce, check_reboot_force
    from .models.rebuild_mail_sni_config_data import RebuildMailSniConfigData
    from .models.rebuild_mail_sni_config_reload_dovecot import (
        RebuildMailSniConfigReloadDovecot,
        check_rebuild_mail_sni_config_reload_dovecot,
    )
    from .models.rebuilduserssldb_data import RebuilduserssldbData
    from .models.register_server_with_360_monitoring_data import RegisterServerWith360MonitoringData
    from .models.remote_basic_credential_check_data import RemoteBasicCredentialCheckData
    from .models.remote_basic_credential_check_root_escalation_method import (
        RemoteBasicCredentialCheckRootEscalationMethod,
        check_remote_basic_credential_check_root_escalation_method,
    )
    from .models.remote_mysql_create_profile_data import RemoteMysqlCreateProfileData
    from .models.remote_mysql_create_profile_via_ssh_data import RemoteMysqlCreateProfileViaSshData
    from .models.remote_mysql_create_profile_via_ssh_root_escalation_method import (
        RemoteMysqlCreateProfileViaSshRootEscalationMethod,
        check_remote_mysql_create_profile_via_ssh_root_escalation_method,
    )
    from .models.remote_mysql_delete_profile_data import RemoteMysqlDeleteProfileData
    from .models.remote_mysql_initiate_profile_activation_data import RemoteMysqlInitiateProfileActivationData
    from .models.remote_mysql_monitor_profile_activation_data import RemoteMysqlMonitorProfileActivationData
    from .models.remote_mysql_read_profile_data import RemoteMysqlReadProfileData
    from .models.remote_mysql_read_profiles_data import RemoteMysqlReadProfilesData
    from .models.remote_mysql_update_profile_data import RemoteMysqlUpdateProfileData
    from .models.remote_mysql_validate_profile_data import RemoteMysqlValidateProfileData
    from .models.remove_dmarc_data import RemoveDmarcData
    from .models.removeacct_keepdns import RemoveacctKeepdns, check_removeacct_keepdns
    from .models.reorder_hooks_data import ReorderHooksData
    from .models.resellerstats_data import ResellerstatsData
    from .models.resellerstats_filter_deleted import ResellerstatsFilterDeleted, check_resellerstats_filter_deleted
    from .models.resellerstats_filter_suspended import (
        ResellerstatsFilterSuspended,
        check_resellerstats_filter_suspended,
    )
    from .models.reset_service_ssl_certificate_data import ResetServiceSslCertificateData
    from .models.reset_service_ssl_certificate_service import (
        ResetServiceSslCertificateService,
        check_reset_service_ssl_certificate_service,
    )
    from .models.resolvedomainname_data import ResolvedomainnameData
    from .models.restartservice_data import RestartserviceData
    from .models.restartservice_queue_task import RestartserviceQueueTask, check_restartservice_queue_task
    from .models.restore_modules_summary_data import RestoreModulesSummaryData
    from .models.restore_queue_add_task_data import RestoreQueueAddTaskData
    from .models.restore_queue_add_task_give_ip import RestoreQueueAddTaskGiveIp, check_restore_queue_add_task_give_ip
    from .models.restore_queue_add_task_mail_config import (
        RestoreQueueAddTaskMailConfig,
        check_restore_queue_add_task_mail_config,
    )
    from .models.restore_queue_add_task_mysql import RestoreQueueAddTaskMysql, check_restore_queue_add_task_mysql
    from .models.restore_queue_add_task_subdomains import (
        RestoreQueueAddTaskSubdomains,
        check_restore_queue_add_task_subdomains,
    )
    from .models.restore_queue_is_active_data import RestoreQueueIsActiveData
    from .models.restore_queue_list_active_data import RestoreQueueListActiveData
    from .models.restore_queue_list_completed_data import RestoreQueueListCompletedData
    from .models.restore_queue_list_pending_data import RestoreQueueListPendingData
    from .models.restore_queue_state_data import RestoreQueueStateData
    from .models.restoreaccount_all import RestoreaccountAll, check_restoreaccount_all
    from .models.restoreaccount_ip import RestoreaccountIp, check_restoreaccount_ip
    from .models.restoreaccount_mail import RestoreaccountMail, check_restoreaccount_mail
    from .models.restoreaccount_mysql import RestoreaccountMysql, check_restoreaccount_mysql
    from .models.restoreaccount_subs import RestoreaccountSubs, check_restoreaccount_subs
    from .models.restoreaccount_type import RestoreaccountType, check_restoreaccount_type
    from .models.restrict_whm_root_access_data import RestrictWhmRootAccessData
    from .models.retrieve_customizations_application import (
        RetrieveCustomizationsApplication,
        check_retrieve_customizations_application,
    )
    from .models.retrieve_transfer_session_remote_analysis_data import RetrieveTransferSessionRemoteAnalysisData
    from .models.save_cpgreylist_config_data import SaveCpgreylistConfigData
    from .models.save_cpgreylist_config_spf_bypass import (
        SaveCpgreylistConfigSpfBypass,
        check_save_cpgreylist_config_spf_bypass,
    )
    from .models.save_cphulk_config_block_brute_force_with_firewall import (
        SaveCphulkConfigBlockBruteForceWithFirewall,
        check_save_cphulk_config_block_brute_force_with_firewall,
    )
    from .models.save_cphulk_config_block_excessive_brute_force_with_firewall import (
        SaveCphulkConfigBlockExcessiveBruteForceWithFirewall,
        check_save_cphulk_config_block_excessive_brute_force_with_firewall,
    )
    from .models.save_cphulk_config_data import SaveCphulkConfigData
    from .models.save_cphulk_config_ip_based_protection import (
        SaveCphulkConfigIpBasedProtection,
        check_save_cphulk_config_ip_based_protection,
    )
    from .models.save_cphulk_config_notify_on_brute import (
        SaveCphulkConfigNotifyOnBrute,
        check_save_cphulk_config_notify_on_brute,
    )
    from .models.save_cphulk_config_notify_on_root_login import (
        SaveCphulkConfigNotifyOnRootLogin,
        check_save_cphulk_config_notify_on_root_login,
    )
    from .models.save_cphulk_config_notify_on_root_login_for_known_netblock import (
        SaveCphulkConfigNotifyOnRootLoginForKnownNetblock,
        check_save_cphulk_config_notify_on_root_login_for_known_netblock,
    )
    from .models.save_cphulk_config_skip_enabled_check import (
        SaveCphulkConfigSkipEnabledCheck,
        check_save_cphulk_config_skip_enabled_check,
    )
    from .models.save_cphulk_config_username_based_protection import (
        SaveCphulkConfigUsernameBasedProtection,
        check_save_cphulk_config_username_based_protection,
    )
    from .models.save_cphulk_config_username_based_protection_for_root import (
        SaveCphulkConfigUsernameBasedProtectionForRoot,
        check_save_cphulk_config_username_based_protection_for_root,
    )
    from .models.save_cphulk_config_username_based_protection_local_origin import (
        SaveCphulkConfigUsernameBasedProtectionLocalOrigin,
        check_save_cphulk_config_username_based_protection_local_origin,
    )
    from .models.saveacllist_acl_acct_summary import SaveacllistAclAcctSummary, check_saveacllist_acl_acct_summary
    from .models.saveacllist_acl_add_pkg import SaveacllistAclAddPkg, check_saveacllist_acl_add_pkg
    from .models.saveacllist_acl_add_pkg_ip import SaveacllistAclAddPkgIp, check_saveacllist_acl_add_pkg_ip
    from .models.saveacllist_acl_add_pkg_shell import SaveacllistAclAddPkgShell, check_saveacllist_acl_add_pkg_shell
    from .models.saveacllist_acl_all import SaveacllistAclAll, check_saveacllist_acl_all
    from .models.saveacllist_acl_allow_addoncreate import (
        SaveacllistAclAllowAddoncreate,
        check_saveacllist_acl_allow_addoncreate,
    )
    from .models.saveacllist_acl_allow_emaillimits_pkgs import (
        SaveacllistAclAllowEmaillimitsPkgs,
        check_saveacllist_acl_allow_emaillimits_pkgs,
    )
    from .models.saveacllist_acl_allow_parkedcreate import (
        SaveacllistAclAllowParkedcreate,
        check_saveacllist_acl_allow_parkedcreate,
    )
    from .models.saveacllist_acl_allow_shell import SaveacllistAclAllowShell, check_saveacllist_acl_allow_shell
    from .models.saveacllist_acl_allow_unlimited_bw_pkgs import (
        SaveacllistAclAllowUnlimitedBwPkgs,
        check_saveacllist_acl_allow_unlimited_bw_pkgs,
    )
    from .models.saveacllist_acl_allow_unlimited_disk_pkgs import (
        SaveacllistAclAllowUnlimitedDiskPkgs,
        check_saveacllist_acl_allow_unlimited_disk_pkgs,
    )
    from .models.saveacllist_acl_allow_unlimited_pkgs import (
        SaveacllistAclAllowUnlimitedPkgs,
        check_saveacllist_acl_allow_unlimited_pkgs,
    )
    from .models.saveacllist_acl_basic_system_info import (
        SaveacllistAclBasicSystemInfo,
        check_saveacllist_acl_basic_system_info,
    )
    from .models.saveacllist_acl_basic_whm_functions import (
        SaveacllistAclBasicWhmFunctions,
        check_saveacllist_acl_basic_whm_functions,
    )
    from .models.saveacllist_acl_clustering import SaveacllistAclClustering, check_saveacllist_acl_clustering
    from .models.saveacllist_acl_cors_proxy_get import SaveacllistAclCorsProxyGet, check_saveacllist_acl_cors_proxy_get
    from .models.saveacllist_acl_cpanel_api import SaveacllistAclCpanelApi, check_saveacllist_acl_cpanel_api
    from .models.saveacllist_acl_cpanel_integration import (
        SaveacllistAclCpanelIntegration,
        check_saveacllist_acl_cpanel_integration,
    )
    from .models.saveacllist_acl_create_acct import SaveacllistAclCreateAcct, check_saveacllist_acl_create_acct
    from .models.saveacllist_acl_create_dns import SaveacllistAclCreateDns, check_saveacllist_acl_create_dns
    from .models.saveacllist_acl_create_user_session import (
        SaveacllistAclCreateUserSession,
        check_saveacllist_acl_create_user_session,
    )
    from .models.saveacllist_acl_demo_setup import SaveacllistAclDemoSetup, check_saveacllist_acl_demo_setup
    from .models.saveacllist_acl_digest_auth import SaveacllistAclDigestAuth, check_saveacllist_acl_digest_auth
    from .models.saveacllist_acl_edit_account import SaveacllistAclEditAccount, check_saveacllist_acl_edit_account
    from .models.saveacllist_acl_edit_dns import SaveacllistAclEditDns, check_saveacllist_acl_edit_dns
    from .models.saveacllist_acl_edit_mx import SaveacllistAclEditMx, check_saveacllist_acl_edit_mx
    from .models.saveacllist_acl_edit_pkg import SaveacllistAclEditPkg, check_saveacllist_acl_edit_pkg
    from .models.saveacllist_acl_generate_email_config import (
        SaveacllistAclGenerateEmailConfig,
        check_saveacllist_acl_generate_email_config,
    )
    from .models.saveacllist_acl_kill_acct import SaveacllistAclKillAcct, check_saveacllist_acl_kill_acct
    from .models.saveacllist_acl_kill_dns import SaveacllistAclKillDns, check_saveacllist_acl_kill_dns
    from .models.saveacllist_acl_limit_bandwidth import (
        SaveacllistAclLimitBandwidth,
        check_saveacllist_acl_limit_bandwidth,
    )
    from .models.saveacllist_acl_list_accts import SaveacllistAclListAccts, check_saveacllist_acl_list_accts
    from .models.saveacllist_acl_list_pkgs import SaveacllistAclListPkgs, check_saveacllist_acl_list_pkgs
    from .models.saveacllist_acl_locale_edit import SaveacllistAclLocaleEdit, check_saveacllist_acl_locale_edit
    from .models.saveacllist_acl_mailcheck import SaveacllistAclMailcheck, check_saveacllist_acl_mailcheck
    from .models.saveacllist_acl_manage_api_tokens import (
        SaveacllistAclManageApiTokens,
        check_saveacllist_acl_manage_api_tokens,
    )
    from .models.saveacllist_acl_manage_dns_records import (
        SaveacllistAclManageDnsRecords,
        check_saveacllist_acl_manage_dns_records,
    )
    from .models.saveacllist_acl_manage_oidc import SaveacllistAclManageOidc, check_saveacllist_acl_manage_oidc
    from .models.saveacllist_acl_manage_styles import SaveacllistAclManageStyles, check_saveacllist_acl_manage_styles
    from .models.saveacllist_acl_mysql_info import SaveacllistAclMysqlInfo, check_saveacllist_acl_mysql_info
    from .models.saveacllist_acl_news import SaveacllistAclNews, check_saveacllist_acl_news
    from .models.saveacllist_acl_ns_config import SaveacllistAclNsConfig, check_saveacllist_acl_ns_config
    from .models.saveacllist_acl_park_dns import SaveacllistAclParkDns, check_saveacllist_acl_park_dns
    from .models.saveacllist_acl_passwd import SaveacllistAclPasswd, check_saveacllist_acl_passwd
    from .models.saveacllist_acl_quota import SaveacllistAclQuota, check_saveacllist_acl_quota
    from .models.saveacllist_acl_rearrange_accts import (
        SaveacllistAclRearrangeAccts,
        check_saveacllist_acl_rearrange_accts,
    )
    from .models.saveacllist_acl_resftp import SaveacllistAclResftp, check_saveacllist_acl_resftp
    from .models.saveacllist_acl_restart import SaveacllistAclRestart, check_saveacllist_acl_restart
    from .models.saveacllist_acl_show_bandwidth import SaveacllistAclShowBandwidth, check_saveacllist_acl_show_bandwidth
    from .models.saveacllist_acl_ssl import SaveacllistAclSsl, check_saveacllist_acl_ssl
    from .models.saveacllist_acl_ssl_buy import SaveacllistAclSslBuy, check_saveacllist_acl_ssl_buy
    from .models.saveacllist_acl_ssl_gencrt import SaveacllistAclSslGencrt, check_saveacllist_acl_ssl_gencrt
    from .models.saveacllist_acl_ssl_info import SaveacllistAclSslInfo, check_saveacllist_acl_ssl_info
    from .models.saveacllist_acl_stats import SaveacllistAclStats, check_saveacllist_acl_stats
    from .models.saveacllist_acl_status import SaveacllistAclStatus, check_saveacllist_acl_status
    from .models.saveacllist_acl_suspend_acct import SaveacllistAclSuspendAcct, check_saveacllist_acl_suspend_acct
    from .models.saveacllist_acl_thirdparty import SaveacllistAclThirdparty, check_saveacllist_acl_thirdparty
    from .models.saveacllist_acl_track_email import SaveacllistAclTrackEmail, check_saveacllist_acl_track_email
    from .models.saveacllist_acl_upgrade_account import (
        SaveacllistAclUpgradeAccount,
        check_saveacllist_acl_upgrade_account,
    )
    from .models.saveacllist_acl_viewglobalpackages import (
        SaveacllistAclViewglobalpackages,
        check_saveacllist_acl_viewglobalpackages,
    )
    from .models.send_test_posturl_data import SendTestPosturlData
    from .models.send_test_pushbullet_note_data import SendTestPushbulletNoteData
    from .models.servicestatus_data import ServicestatusData
    from .models.set_360_agent_polling_data import Set360AgentPollingData
    from .models.set_application_contact_event_importance_importance import (
        SetApplicationContactEventImportanceImportance,
        check_set_application_contact_event_importance_importance,
    )
    from .models.set_application_contact_importance_importance import (
        SetApplicationContactImportanceImportance,
        check_set_application_contact_importance_importance,
    )
    from .models.set_commerce_allow_commerce import SetCommerceAllowCommerce, check_set_commerce_allow_commerce
    from .models.set_cpanel_updates_data import SetCpanelUpdatesData
    from .models.set_cpanel_updates_updates import SetCpanelUpdatesUpdates, check_set_cpanel_updates_updates
    from .models.set_cphulk_config_key_data import SetCphulkConfigKeyData
    from .models.set_default_dmarc_record_data import SetDefaultDmarcRecordData
    from .models.set_digest_auth_digestauth import SetDigestAuthDigestauth, check_set_digest_auth_digestauth
    from .models.set_digest_auth_enabledigest import SetDigestAuthEnabledigest, check_set_digest_auth_enabledigest
    from .models.set_ecommerce_allow_ecommerce import SetEcommerceAllowEcommerce, check_set_ecommerce_allow_ecommerce
    from .models.set_enhancement_limit_limited import SetEnhancementLimitLimited, check_set_enhancement_limit_limited
    from .models.set_local_mysql_root_password_data import SetLocalMysqlRootPasswordData
    from .models.set_manual_mx_redirects_data import SetManualMxRedirectsData
    from .models.set_nameserver_data import SetNameserverData
    from .models.set_nameserver_nameserver import SetNameserverNameserver, check_set_nameserver_nameserver
    from .models.set_nsec_3_for_domains_data import SetNsec3ForDomainsData
    from .models.set_nsec_3_for_domains_nsec_3_narrow import (
        SetNsec3ForDomainsNsec3Narrow,
        check_set_nsec_3_for_domains_nsec_3_narrow,
    )
    from .models.set_nsec_3_for_domains_nsec_3_opt_out import (
        SetNsec3ForDomainsNsec3OptOut,
        check_set_nsec_3_for_domains_nsec_3_opt_out,
    )
    from .models.set_primary_domain_docroot_data import SetPrimaryDomainDocrootData
    from .models.set_primary_servername_type import SetPrimaryServernameType, check_set_primary_servername_type
    from .models.set_provider_client_configurations_service_name import (
        SetProviderClientConfigurationsServiceName,
        check_set_provider_client_configurations_service_name,
    )
    from .models.set_provider_display_configurations_service_name import (
        SetProviderDisplayConfigurationsServiceName,
        check_set_provider_display_configurations_service_name,
    )
    from .models.set_scoped_userdata_data import SetScopedUserdataData
    from .models.set_tier_data import SetTierData
    from .models.set_tier_tier import SetTierTier, check_set_tier_tier
    from .models.set_tweaksetting_module import SetTweaksettingModule, check_set_tweaksetting_module
    from .models.set_up_dns_resolver_workarounds_data import SetUpDnsResolverWorkaroundsData
    from .models.setacls_acl_acct_summary import SetaclsAclAcctSummary, check_setacls_acl_acct_summary
    from .models.setacls_acl_add_pkg import SetaclsAclAddPkg, check_setacls_acl_add_pkg
    from .models.setacls_acl_add_pkg_ip import SetaclsAclAddPkgIp, check_setacls_acl_add_pkg_ip
    from .models.setacls_acl_add_pkg_shell import SetaclsAclAddPkgShell, check_setacls_acl_add_pkg_shell
    from .models.setacls_acl_all import SetaclsAclAll, check_setacls_acl_all
    from .models.setacls_acl_allow_addoncreate import SetaclsAclAllowAddoncreate, check_setacls_acl_allow_addoncreate
    from .models.setacls_acl_allow_parkedcreate import SetaclsAclAllowParkedcreate, check_setacls_acl_allow_parkedcreate
    from .models.setacls_acl_allow_unlimited_bw_pkgs import (
        SetaclsAclAllowUnlimitedBwPkgs,
        check_setacls_acl_allow_unlimited_bw_pkgs,
    )
    from .models.setacls_acl_allow_unlimited_disk_pkgs import (
        SetaclsAclAllowUnlimitedDiskPkgs,
        check_setacls_acl_allow_unlimited_disk_pkgs,
    )
    from .models.setacls_acl_allow_unlimited_pkgs import (
        SetaclsAclAllowUnlimitedPkgs,
        check_setacls_acl_allow_unlimited_pkgs,
    )
    from .models.setacls_acl_basic_system_info import SetaclsAclBasicSystemInfo, check_setacls_acl_basic_system_info
    from .models.setacls_acl_basic_whm_functions import (
        SetaclsAclBasicWhmFunctions,
        check_setacls_acl_basic_whm_functions,
    )
    from .models.setacls_acl_clustering import SetaclsAclClustering, check_setacls_acl_clustering
    from .models.setacls_acl_cors_proxy_get import SetaclsAclCorsProxyGet, check_setacls_acl_cors_proxy_get
    from .models.setacls_acl_cpanel_api import SetaclsAclCpanelApi, check_setacls_acl_cpanel_api
    from .models.setacls_acl_cpanel_integration import SetaclsAclCpanelIntegration, check_setacls_acl_cpanel_integration
    from .models.setacls_acl_create_acct import SetaclsAclCreateAcct, check_setacls_acl_create_acct
    from .models.setacls_acl_create_dns import SetaclsAclCreateDns, check_setacls_acl_create_dns
    from .models.setacls_acl_create_user_session import (
        SetaclsAclCreateUserSession,
        check_setacls_acl_create_user_session,
    )
    from .models.setacls_acl_demo_setup import SetaclsAclDemoSetup, check_setacls_acl_demo_setup
    from .models.setacls_acl_digest_auth import SetaclsAclDigestAuth, check_setacls_acl_digest_auth
    from .models.setacls_acl_disallow_shell import SetaclsAclDisallowShell, check_setacls_acl_disallow_shell
    from .models.setacls_acl_edit_account import SetaclsAclEditAccount, check_setacls_acl_edit_account
    from .models.setacls_acl_edit_dns import SetaclsAclEditDns, check_setacls_acl_edit_dns
    from .models.setacls_acl_edit_mx import SetaclsAclEditMx, check_setacls_acl_edit_mx
    from .models.setacls_acl_edit_pkg import SetaclsAclEditPkg, check_setacls_acl_edit_pkg
    from .models.setacls_acl_generate_email_config import (
        SetaclsAclGenerateEmailConfig,
        check_setacls_acl_generate_email_config,
    )
    from .models.setacls_acl_kill_acct import SetaclsAclKillAcct, check_setacls_acl_kill_acct
    from .models.setacls_acl_kill_dns import SetaclsAclKillDns, check_setacls_acl_kill_dns
    from .models.setacls_acl_limit_bandwidth import SetaclsAclLimitBandwidth, check_setacls_acl_limit_bandwidth
    from .models.setacls_acl_list_accts import SetaclsAclListAccts, check_setacls_acl_list_accts
    from .models.setacls_acl_list_pkgs import SetaclsAclListPkgs, check_setacls_acl_list_pkgs
    from .models.setacls_acl_locale_edit import SetaclsAclLocaleEdit, check_setacls_acl_locale_edit
    from .models.setacls_acl_mailcheck import SetaclsAclMailcheck, check_setacls_acl_mailcheck
    from .models.setacls_acl_manage_api_tokens import SetaclsAclManageApiTokens, check_setacls_acl_manage_api_tokens
    from .models.setacls_acl_manage_dns_records import SetaclsAclManageDnsRecords, check_setacls_acl_manage_dns_records
    from .models.setacls_acl_manage_oidc import SetaclsAclManageOidc, check_setacls_acl_manage_oidc
    from .models.setacls_acl_manage_styles import SetaclsAclManageStyles, check_setacls_acl_manage_styles
    from .models.setacls_acl_mysql_info import SetaclsAclMysqlInfo, check_setacls_acl_mysql_info
    from .models.setacls_acl_nameserver_config import SetaclsAclNameserverConfig, check_setacls_acl_nameserver_config
    from .models.setacls_acl_news import SetaclsAclNews, check_setacls_acl_news
    from .models.setacls_acl_park_dns import SetaclsAclParkDns, check_setacls_acl_park_dns
    from .models.setacls_acl_passwd import SetaclsAclPasswd, check_setacls_acl_passwd
    from .models.setacls_acl_quota import SetaclsAclQuota, check_setacls_acl_quota
    from .models.setacls_acl_rearrange_accts import SetaclsAclRearrangeAccts, check_setacls_acl_rearrange_accts
    from .models.setacls_acl_resftp import SetaclsAclResftp, check_setacls_acl_resftp
    from .models.setacls_acl_restart import SetaclsAclRestart, check_setacls_acl_restart
    from .models.setacls_acl_show_bandwidth import SetaclsAclShowBandwidth, check_setacls_acl_show_bandwidth
    from .models.setacls_acl_ssl import SetaclsAclSsl, check_setacls_acl_ssl
    from .models.setacls_acl_ssl_buy import SetaclsAclSslBuy, check_setacls_acl_ssl_buy
    from .models.setacls_acl_ssl_gencrt import SetaclsAclSslGencrt, check_setacls_acl_ssl_gencrt
    from .models.setacls_acl_ssl_info import SetaclsAclSslInfo, check_setacls_acl_ssl_info
    from .models.setacls_acl_stats import SetaclsAclStats, check_setacls_acl_stats
    from .models.setacls_acl_status import SetaclsAclStatus, check_setacls_acl_status
    from .models.setacls_acl_suspend_acct import SetaclsAclSuspendAcct, check_setacls_acl_suspend_acct
    from .models.setacls_acl_thirdparty import SetaclsAclThirdparty, check_setacls_acl_thirdparty
    from .models.setacls_acl_track_email import SetaclsAclTrackEmail, check_setacls_acl_track_email
    from .models.setacls_acl_upgrade_account import SetaclsAclUpgradeAccount, check_setacls_acl_upgrade_account
    from .models.setacls_acl_viewglobalpackages import (
        SetaclsAclViewglobalpackages,
        check_setacls_acl_viewglobalpackages,
    )
    from .models.setacls_data import SetaclsData
    from .models.setresellerips_data import SetreselleripsData
    from .models.setresellerips_delegate import SetreselleripsDelegate, check_setresellerips_delegate
    from .models.setresellerlimits_enable_account_limit import (
        SetresellerlimitsEnableAccountLimit,
        check_setresellerlimits_enable_account_limit,
    )
    from .models.setresellerlimits_enable_overselling import (
        SetresellerlimitsEnableOverselling,
        check_setresellerlimits_enable_overselling,
    )
    from .models.setresellerlimits_enable_overselling_bandwidth import (
        SetresellerlimitsEnableOversellingBandwidth,
        check_setresellerlimits_enable_overselling_bandwidth,
    )
    from .models.setresellerlimits_enable_overselling_diskspace import (
        SetresellerlimitsEnableOversellingDiskspace,
        check_setresellerlimits_enable_overselling_diskspace,
    )
    from .models.setresellerlimits_enable_package_limit_numbers import (
        SetresellerlimitsEnablePackageLimitNumbers,
        check_setresellerlimits_enable_package_limit_numbers,
    )
    from .models.setresellerlimits_enable_package_limits import (
        SetresellerlimitsEnablePackageLimits,
        check_setresellerlimits_enable_package_limits,
    )
    from .models.setresellerlimits_enable_resource_limits import (
        SetresellerlimitsEnableResourceLimits,
        check_setresellerlimits_enable_resource_limits,
    )
    from .models.setresellerpackagelimit_allowed import (
        SetresellerpackagelimitAllowed,
        check_setresellerpackagelimit_allowed,
    )
    from .models.setresellerpackagelimit_no_limit import (
        SetresellerpackagelimitNoLimit,
        check_setresellerpackagelimit_no_limit,
    )
    from .models.setupreseller_makeowner import SetupresellerMakeowner, check_setupreseller_makeowner
    from .models.showbw_data import ShowbwData
    from .models.start_autossl_check_for_all_users_data import StartAutosslCheckForAllUsersData
    from .models.start_autossl_check_for_one_user_data import StartAutosslCheckForOneUserData
    from .models.start_background_mysql_upgrade_data import StartBackgroundMysqlUpgradeData
    from .models.start_background_pkgacct_compressionsetting import (
        StartBackgroundPkgacctCompressionsetting,
        check_start_background_pkgacct_compressionsetting,
    )
    from .models.start_background_pkgacct_data import StartBackgroundPkgacctData
    from .models.start_background_pkgacct_incremental import (
        StartBackgroundPkgacctIncremental,
        check_start_background_pkgacct_incremental,
    )
    from .models.start_background_pkgacct_low_priority import (
        StartBackgroundPkgacctLowPriority,
        check_start_background_pkgacct_low_priority,
    )
    from .models.start_background_pkgacct_serialized_output import (
        StartBackgroundPkgacctSerializedOutput,
        check_start_background_pkgacct_serialized_output,
    )
    from .models.start_background_pkgacct_skipacctdb import (
        StartBackgroundPkgacctSkipacctdb,
        check_start_background_pkgacct_skipacctdb,
    )
    from .models.start_background_pkgacct_skipapitokens import (
        StartBackgroundPkgacctSkipapitokens,
        check_start_background_pkgacct_skipapitokens,
    )
    from .models.start_background_pkgacct_skipauthnlinks import (
        StartBackgroundPkgacctSkipauthnlinks,
        check_start_background_pkgacct_skipauthnlinks,
    )
    from .models.start_background_pkgacct_skipbwdata import (
        StartBackgroundPkgacctSkipbwdata,
        check_start_background_pkgacct_skipbwdata,
    )
    from .models.start_background_pkgacct_skipdnssec import (
        StartBackgroundPkgacctSkipdnssec,
        check_start_background_pkgacct_skipdnssec,
    )
    from .models.start_background_pkgacct_skipdnszones import (
        StartBackgroundPkgacctSkipdnszones,
        check_start_background_pkgacct_skipdnszones,
    )
    from .models.start_background_pkgacct_skipftpusers import (
        StartBackgroundPkgacctSkipftpusers,
        check_start_background_pkgacct_skipftpusers,
    )
    from .models.start_background_pkgacct_skiphomedir import (
        StartBackgroundPkgacctSkiphomedir,
        check_start_background_pkgacct_skiphomedir,
    )
    from .models.start_background_pkgacct_skiplinkednodes import (
        StartBackgroundPkgacctSkiplinkednodes,
        check_start_background_pkgacct_skiplinkednodes,
    )
    from .models.start_background_pkgacct_skiplogs import (
        StartBackgroundPkgacctSkiplogs,
        check_start_background_pkgacct_skiplogs,
    )
    from .models.start_background_pkgacct_skipresellerconfig import (
        StartBackgroundPkgacctSkipresellerconfig,
        check_start_background_pkgacct_skipresellerconfig,
    )
    from .models.start_background_pkgacct_skipshell import (
        StartBackgroundPkgacctSkipshell,
        check_start_background_pkgacct_skipshell,
    )
    from .models.start_background_pkgacct_skipvhosttemplates import (
        StartBackgroundPkgacctSkipvhosttemplates,
        check_start_background_pkgacct_skipvhosttemplates,
    )
    from .models.start_background_pkgacct_split import StartBackgroundPkgacctSplit, check_start_background_pkgacct_split
    from .models.start_background_pkgacct_use_backups import (
        StartBackgroundPkgacctUseBackups,
        check_start_background_pkgacct_use_backups,
    )
    from .models.start_cpanel_update_data import StartCpanelUpdateData
    from .models.start_cpanel_update_mode import StartCpanelUpdateMode, check_start_cpanel_update_mode
    from .models.start_local_cpmove_restore_data import StartLocalCpmoveRestoreData
    from .models.start_local_cpmove_restore_dedicated_ip import (
        StartLocalCpmoveRestoreDedicatedIp,
        check_start_local_cpmove_restore_dedicated_ip,
    )
    from .models.start_local_cpmove_restore_delete_archive import (
        StartLocalCpmoveRestoreDeleteArchive,
        check_start_local_cpmove_restore_delete_archive,
    )
    from .models.start_local_cpmove_restore_overwrite import (
        StartLocalCpmoveRestoreOverwrite,
        check_start_local_cpmove_restore_overwrite,
    )
    from .models.start_local_cpmove_restore_update_a_records import (
        StartLocalCpmoveRestoreUpdateARecords,
        check_start_local_cpmove_restore_update_a_records,
    )
    from .models.start_profile_activation_code import StartProfileActivationCode, check_start_profile_activation_code
    from .models.start_profile_activation_data import StartProfileActivationData
    from .models.start_transfer_session_data import StartTransferSessionData
    from .models.suspendacct_disallowun import SuspendacctDisallowun, check_suspendacct_disallowun
    from .models.suspendacct_leave_ftp_accts_enabled import (
        SuspendacctLeaveFtpAcctsEnabled,
        check_suspendacct_leave_ftp_accts_enabled,
    )
    from .models.suspendreseller_disallow import SuspendresellerDisallow, check_suspendreseller_disallow
    from .models.suspendreseller_reseller_only import SuspendresellerResellerOnly, check_suspendreseller_reseller_only
    from .models.systemloadavg_data import SystemloadavgData
    from .models.terminatereseller_data import TerminateresellerData
    from .models.terminatereseller_terminatereseller import (
        TerminateresellerTerminatereseller,
        check_terminatereseller_terminatereseller,
    )
    from .models.ticket_create_stub_ticket_data import TicketCreateStubTicketData
    from .models.ticket_get_support_agreement_data import TicketGetSupportAgreementData
    from .models.ticket_get_support_info_data import TicketGetSupportInfoData
    from .models.ticket_grant_data import TicketGrantData
    from .models.ticket_list_data import TicketListData
    from .models.ticket_remove_closed_data import TicketRemoveClosedData
    from .models.ticket_revoke_data import TicketRevokeData
    from .models.ticket_ssh_test_data import TicketSshTestData
    from .models.ticket_whitelist_check_data import TicketWhitelistCheckData
    from .models.ticket_whitelist_setup_data import TicketWhitelistSetupData
    from .models.ticket_whitelist_unsetup_data import TicketWhitelistUnsetupData
    from .models.toggle_user_backup_state_data import ToggleUserBackupStateData
    from .models.toggle_user_backup_state_legacy import (
        ToggleUserBackupStateLegacy,
        check_toggle_user_backup_state_legacy,
    )
    from .models.transfer_module_schema_data import TransferModuleSchemaData
    from .models.transfer_module_schema_module import TransferModuleSchemaModule, check_transfer_module_schema_module
    from .models.twofactorauth_generate_tfa_config_data import TwofactorauthGenerateTfaConfigData
    from .models.twofactorauth_get_issuer_data import TwofactorauthGetIssuerData
    from .models.twofactorauth_get_tfa_config_for_user_data import TwofactorauthGetTfaConfigForUserData
    from .models.twofactorauth_get_user_configs_data import TwofactorauthGetUserConfigsData
    from .models.twofactorauth_policy_status_data import TwofactorauthPolicyStatusData
    from .models.twofactorauth_remove_user_config_data import TwofactorauthRemoveUserConfigData
    from .models.twofactorauth_set_tfa_config_data import TwofactorauthSetTfaConfigData
    from .models.uapi_cpanel_data import UapiCpanelData
    from .models.unblock_incoming_email_from_country_data import UnblockIncomingEmailFromCountryData
    from .models.unblock_incoming_email_from_domain_data import UnblockIncomingEmailFromDomainData
    from .models.uninstall_rpm_plugin_data import UninstallRpmPluginData
    from .models.unlink_server_node_data import UnlinkServerNodeData
    from .models.unlink_server_node_handle_api_token import (
        UnlinkServerNodeHandleApiToken,
        check_unlink_server_node_handle_api_token,
    )
    from .models.unset_manual_mx_redirects_data import UnsetManualMxRedirectsData
    from .models.unset_nsec_3_for_domains_data import UnsetNsec3ForDomainsData
    from .models.unsuspendacct_retain_service_proxies import (
        UnsuspendacctRetainServiceProxies,
        check_unsuspendacct_retain_service_proxies,
    )
    from .models.unsuspendreseller_reseller_only import (
        UnsuspendresellerResellerOnly,
        check_unsuspendreseller_reseller_only,
    )
    from .models.untrack_acct_id_check_exists import UntrackAcctIdCheckExists, check_untrack_acct_id_check_exists
    from .models.untrack_acct_id_check_quota import UntrackAcctIdCheckQuota, check_untrack_acct_id_check_quota
    from .models.untrack_acct_id_protect_system import UntrackAcctIdProtectSystem, check_untrack_acct_id_protect_system
    from .models.update_customizations_body_application import (
        UpdateCustomizationsBodyApplication,
        check_update_customizations_body_application,
    )
    from .models.update_customizations_body_theme import (
        UpdateCustomizationsBodyTheme,
        check_update_customizations_body_theme,
    )
    from .models.update_featurelist_data import UpdateFeaturelistData
    from .models.update_featurelist_feature_name import (
        UpdateFeaturelistFeatureName,
        check_update_featurelist_feature_name,
    )
    from .models.update_linked_server_node_skip_tls_verification import (
        UpdateLinkedServerNodeSkipTlsVerification,
        check_update_linked_server_node_skip_tls_verification,
    )
    from .models.validate_current_dkims_data import ValidateCurrentDkimsData
    from .models.validate_current_dmarcs_data import ValidateCurrentDmarcsData
    from .models.validate_current_installed_exim_config_data import ValidateCurrentInstalledEximConfigData
    from .models.validate_current_ptrs_data import ValidateCurrentPtrsData
    from .models.validate_current_spfs_data import ValidateCurrentSpfsData
    from .models.validate_login_token_data import ValidateLoginTokenData
    from .models.validate_system_user_data import ValidateSystemUserData
    from .models.verify_posturl_access_data import VerifyPosturlAccessData
    from .models.verify_pushbullet_access_data import VerifyPushbulletAccessData
    from .models.verify_slack_access_data import VerifySlackAccessData
    from .models.verify_user_has_feature_data import VerifyUserHasFeatureData
    from .models.version_data import VersionData
    from .models.wp_dashboard_create_api_token_data import WpDashboardCreateApiTokenData
    from .models.wp_dashboard_create_login_link_data import WpDashboardCreateLoginLinkData
    from .models.wp_dashboard_create_login_link_service import (
        WpDashboardCreateLoginLinkService,
        check_wp_dashboard_create_login_link_service,
    )
    from .models.wp_dashboard_get_hostname_data import WpDashboardGetHostnameData
    from .types import UNSET, Unset


__all__ = ["WhmFunctions"]


class WhmFunctions:
    """One async method per WHM API 1 function; a subclass supplies ``_run``."""

    __slots__ = ()

    async def _run(self, operation: ModuleType, arguments: dict[str, Any]) -> Any:
        """Send one function call and return its parsed ``data``."""
        raise NotImplementedError

    async def abort_transfer_session(
        self,
        *,
        transfer_session_id: str,
    ) -> Any:
        """Call ``abort_transfer_session``. May change server state: never retried. Since WHM 11.44.

        Args:
            transfer_session_id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-transfer/transfers-abort_transfer_session.md
        """
        from .api.transfers import abort_transfer_session as operation

        return await self._run(
            operation,
            operation.build_arguments(
                transfer_session_id=transfer_session_id,
            ),
        )

    async def accept_eula(
        self,
    ) -> Any:
        """Call ``accept_eula``. May change server state: never retried. Since WHM 76.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/updates/eula-accept_eula.md
        """
        from .api.updates import accept_eula as operation

        return await self._run(operation, operation.build_arguments())

    async def accesshash(
        self,
        *,
        generate: AccesshashGenerate,
        user: str,
    ) -> AccesshashData:
        """Call ``accesshash``. May change server state: never retried. Since WHM 11. Deprecated by cPanel.

        Args:
            generate (AccesshashGenerate): Required. One of: 0, 1.
            user (str): Required.

        Returns:
            AccesshashData: the reply's ``data``, with ``accesshash`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/resellers-accesshash.md
        """
        from .api.ssh_keys_and_connections import accesshash as operation

        return await self._run(
            operation,
            operation.build_arguments(
                generate=generate,
                user=user,
            ),
        )

    async def accountsummary(
        self,
        *,
        domain: str | Unset = UNSET,
        search: str | Unset = UNSET,
        searchmethod: str | Unset = UNSET,
        searchtype: str | Unset = UNSET,
        user: str | Unset = UNSET,
    ) -> AccountsummaryData:
        """Call ``accountsummary``. Read-only. Since WHM 11.32.

        Args:
            domain (str): Optional.
            search (str): Optional.
            searchmethod (str): Optional.
            searchtype (str): Optional.
            user (str): Optional.

        Returns:
            AccountsummaryData: the reply's ``data``, with ``acct`` (list[AccountsummaryDataAcctItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-accountsummary.md
        """
        from .api.accounts import accountsummary as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                search=search,
                searchmethod=searchmethod,
                searchtype=searchtype,
                user=user,
            ),
        )

    async def acctcounts(
        self,
        *,
        user: str | Unset = UNSET,
    ) -> AcctcountsData:
        """Call ``acctcounts``. Read-only. Since WHM 11.

        Args:
            user (str): Optional.

        Returns:
            AcctcountsData: the reply's ``data``, with ``reseller`` (AcctcountsDataReseller).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-settings/resellers-acctcounts.md
        """
        from .api.resellers import acctcounts as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def activate_zone_key(
        self,
        *,
        domain: str,
        key_id: int,
    ) -> Any:
        """Call ``activate_zone_key``. May change server state: never retried. Since WHM 86.

        Args:
            domain (str): Required.
            key_id (int): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-security/dns-activate_zone_key.md
        """
        from .api.dns import activate_zone_key as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                key_id=key_id,
            ),
        )

    async def add_autossl_user_excluded_domains(
        self,
        *,
        domain: list[str],
        username: str,
    ) -> Any:
        """Call ``add_autossl_user_excluded_domains``. May change server state: never retried. Since WHM 66.

        Args:
            domain (list[str]): Required.
            username (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-add_autossl_user_excluded_domains.md
        """
        from .api.ssl import add_autossl_user_excluded_domains as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                username=username,
            ),
        )

    async def add_configclusterserver(
        self,
        *,
        name: str,
        key: str,
        user: str,
    ) -> Any:
        """Call ``add_configclusterserver``. May change server state: never retried. Since WHM 11.44.

        Args:
            name (str): Required.
            key (str): Required.
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/configuration-clusters/clusterserver-add_configclusterserver.md
        """
        from .api.server_administration import add_configclusterserver as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
                key=key,
                user=user,
            ),
        )

    async def add_override_features_for_user(
        self,
        *,
        features: str,
        user: str,
    ) -> Any:
        """Call ``add_override_features_for_user``. May change server state: never retried. Since WHM 56.

        Args:
            features (str): Required.
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-access/accounts-add_override_features_for_user.md
        """
        from .api.packages import add_override_features_for_user as operation

        return await self._run(
            operation,
            operation.build_arguments(
                features=features,
                user=user,
            ),
        )

    async def add_zone_key(
        self,
        *,
        algo_num: AddZoneKeyAlgoNum,
        domain: str,
        key_type: str,
        active: AddZoneKeyActive | Unset = UNSET,
        key_size: int | Unset = UNSET,
    ) -> AddZoneKeyData:
        """Call ``add_zone_key``. May change server state: never retried. Since WHM 86.

        Args:
            algo_num (AddZoneKeyAlgoNum): Required. One of: 5, 6, 7, 8, 13, 14.
            domain (str): Required.
            key_type (str): Required.
            active (AddZoneKeyActive): Optional. One of: 0, 1. Default: 1.
            key_size (int): Optional.

        Returns:
            AddZoneKeyData: the reply's ``data``, with ``new_key_id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-security/dns-add_zone_key.md
        """
        from .api.dns import add_zone_key as operation

        return await self._run(
            operation,
            operation.build_arguments(
                algo_num=algo_num,
                domain=domain,
                key_type=key_type,
                active=active,
                key_size=key_size,
            ),
        )

    async def adddns(
        self,
        *,
        domain: str,
        ip: str,
        ipv6: str | Unset = UNSET,
        template: str | Unset = UNSET,
        trueowner: str | Unset = UNSET,
    ) -> Any:
        """Call ``adddns``. May change server state: never retried. Since WHM 11.28.

        Args:
            domain (str): Required.
            ip (str): Required.
            ipv6 (str): Optional.
            template (str): Optional. Default: 'standard'.
            trueowner (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-adddns.md
        """
        from .api.dns import adddns as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                ip=ip,
                ipv6=ipv6,
                template=template,
                trueowner=trueowner,
            ),
        )

    async def addips(
        self,
        *,
        ips: str,
        netmask: str,
        excludes: str | Unset = UNSET,
    ) -> Any:
        """Call ``addips``. May change server state: never retried. Since WHM 11.

        Args:
            ips (str): Required.
            netmask (str): Required.
            excludes (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv4-address-settings/ips-addips.md
        """
        from .api.ip_addresses import addips as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ips=ips,
                netmask=netmask,
                excludes=excludes,
            ),
        )

    async def addpkg(
        self,
        *,
        name: str,
        field_package_extensions: str | Unset = UNSET,
        bwlimit: Any | Unset = UNSET,
        cgi: AddpkgCgi | Unset = UNSET,
        cpmod: str | Unset = UNSET,
        digestauth: AddpkgDigestauth | Unset = UNSET,
        featurelist: str | Unset = UNSET,
        frontpage: AddpkgFrontpage | Unset = UNSET,
        hasshell: AddpkgHasshell | Unset = UNSET,
        ip: AddpkgIp | Unset = UNSET,
        language: str | Unset = UNSET,
        max_defer_fail_percentage: Any | Unset = UNSET,
        max_email_per_hour: Any | Unset = UNSET,
        max_emailacct_quota: Any | Unset = UNSET,
        max_team_users: int | Unset = UNSET,
        maxaddon: Any | Unset = UNSET,
        maxftp: Any | Unset = UNSET,
        maxlst: Any | Unset = UNSET,
        maxpark: Any | Unset = UNSET,
        maxpop: Any | Unset = UNSET,
        maxsql: Any | Unset = UNSET,
        maxsub: Any | Unset = UNSET,
        quota: Any | Unset = UNSET,
    ) -> AddpkgData:
        """Call ``addpkg``. May change server state: never retried. Since WHM 11.

        Args:
            name (str): Required.
            field_package_extensions (str): Optional. WHM name: ``_PACKAGE_EXTENSIONS``.
            bwlimit (Any): Optional. Default: 1048576. A string or a number.
            cgi (AddpkgCgi): Optional. One of: 1, 0. Default: 1.
            cpmod (str): Optional.
            digestauth (AddpkgDigestauth): Optional. One of: 1, 0. Default: 0.
            featurelist (str): Optional. Default: 'default'.
            frontpage (AddpkgFrontpage): Optional. One of: 1, 0. Default: 0.
            hasshell (AddpkgHasshell): Optional. One of: 1, 0. Default: 0.
            ip (AddpkgIp): Optional. One of: 'y', 'n'. Default: 'n'.
            language (str): Optional.
            max_defer_fail_percentage (Any): Optional. WHM name: ``MAX_DEFER_FAIL_PERCENTAGE``. Default:
                'unlimited'. A string or a number.
            max_email_per_hour (Any): Optional. WHM name: ``MAX_EMAIL_PER_HOUR``. Default: 'unlimited'. A
                string or a number.
            max_emailacct_quota (Any): Optional. Default: 1024. A string or a number.
            max_team_users (int): Optional.
            maxaddon (Any): Optional. Default: 0. A string or a number.
            maxftp (Any): Optional. Default: 'unlimited'. A string or a number.
            maxlst (Any): Optional. Default: 'unlimited'. A string or a number.
            maxpark (Any): Optional. Default: 0. A string or a number.
            maxpop (Any): Optional. Default: 'unlimited'. A string or a number.
            maxsql (Any): Optional. Default: 'unlimited'. A string or a number.
            maxsub (Any): Optional. Default: 'unlimited'. A string or a number.
            quota (Any): Optional. Default: 10240. A string or a number.

        Returns:
            AddpkgData: the reply's ``data``, with ``pkg`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/hosting-plans/packages-addpkg.md
        """
        from .api.packages import addpkg as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
                field_package_extensions=field_package_extensions,
                bwlimit=bwlimit,
                cgi=cgi,
                cpmod=cpmod,
                digestauth=digestauth,
                featurelist=featurelist,
                frontpage=frontpage,
                hasshell=hasshell,
                ip=ip,
                language=language,
                max_defer_fail_percentage=max_defer_fail_percentage,
                max_email_per_hour=max_email_per_hour,
                max_emailacct_quota=max_emailacct_quota,
                max_team_users=max_team_users,
                maxaddon=maxaddon,
                maxftp=maxftp,
                maxlst=maxlst,
                maxpark=maxpark,
                maxpop=maxpop,
                maxsql=maxsql,
                maxsub=maxsub,
                quota=quota,
            ),
        )

    async def addpkgext(
        self,
        *,
        field_package_extensions: str,
        name: str,
    ) -> AddpkgextData:
        """Call ``addpkgext``. May change server state: never retried. Since WHM 68.

        Args:
            field_package_extensions (str): Required. WHM name: ``_PACKAGE_EXTENSIONS``.
            name (str): Required.

        Returns:
            AddpkgextData: the reply's ``data``, with ``pkg`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/hosting-plan-extensions/packages-addpkgext.md
        """
        from .api.packages import addpkgext as operation

        return await self._run(
            operation,
            operation.build_arguments(
                field_package_extensions=field_package_extensions,
                name=name,
            ),
        )

    async def addzonerecord(
        self,
    ) -> Any:
        """Call ``addzonerecord``. May change server state: never retried. Since WHM 11.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/dns-addzonerecord.md
        """
        from .api.dns import addzonerecord as operation

        return await self._run(operation, operation.build_arguments())

    async def allow_all_whm_root_access(
        self,
    ) -> Any:
        """Call ``allow_all_whm_root_access``. May change server state: never retried. Since WHM 108.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/whm-access/rootipaccess-allow_all_whm_root_access.md
        """
        from .api.whm_access import allow_all_whm_root_access as operation

        return await self._run(operation, operation.build_arguments())

    async def analyze_transfer_session_remote(
        self,
        *,
        transfer_session_id: str,
    ) -> Any:
        """Call ``analyze_transfer_session_remote``. May change server state: never retried. Since WHM 11.44.

        Args:
            transfer_session_id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/transfer-monitoring/transfers-analyze_transfer_session_remote.md
        """
        from .api.transfers import analyze_transfer_session_remote as operation

        return await self._run(
            operation,
            operation.build_arguments(
                transfer_session_id=transfer_session_id,
            ),
        )

    async def api_token_create(
        self,
        *,
        token_name: str,
        acl: str | Unset = UNSET,
        expires_at: int | Unset = UNSET,
        whitelist_ip: str | Unset = UNSET,
    ) -> ApiTokenCreateData:
        """Call ``api_token_create``. May change server state: never retried. Since WHM 64.

        Args:
            token_name (str): Required.
            acl (str): Optional.
            expires_at (int): Optional. Default: 0.
            whitelist_ip (str): Optional.

        Returns:
            ApiTokenCreateData: the reply's ``data``, with ``name`` (str), ``acls`` (list[str]),
                ``create_time`` (int), ``expires_at`` (int | None), ``token`` (str), ``whitelist_ips``
                (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-token-management/tokens-api_token_create.md
        """
        from .api.authentication import api_token_create as operation

        return await self._run(
            operation,
            operation.build_arguments(
                token_name=token_name,
                acl=acl,
                expires_at=expires_at,
                whitelist_ip=whitelist_ip,
            ),
        )

    async def api_token_get_details(
        self,
        *,
        token: str,
    ) -> Any:
        """Call ``api_token_get_details``. May change server state: never retried. Since WHM 98.

        Args:
            token (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-token-management/tokens-api_token_get_details.md
        """
        from .api.authentication import api_token_get_details as operation

        return await self._run(
            operation,
            operation.build_arguments(
                token=token,
            ),
        )

    async def api_token_list(
        self,
    ) -> ApiTokenListData:
        """Call ``api_token_list``. Read-only. Since WHM 64.

        Returns:
            ApiTokenListData: the reply's ``data``, with ``tokens`` (ApiTokenListDataTokens).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-token-management/tokens-api_token_list.md
        """
        from .api.authentication import api_token_list as operation

        return await self._run(operation, operation.build_arguments())

    async def api_token_revoke(
        self,
        *,
        token_name: str,
    ) -> Any:
        """Call ``api_token_revoke``. May change server state: never retried. Since WHM 64.

        Args:
            token_name (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-token-management/tokens-api_token_revoke.md
        """
        from .api.authentication import api_token_revoke as operation

        return await self._run(
            operation,
            operation.build_arguments(
                token_name=token_name,
            ),
        )

    async def api_token_update(
        self,
        *,
        token_name: str,
        acl: str | Unset = UNSET,
        expires_at: int | Unset = UNSET,
        new_name: str | Unset = UNSET,
        whitelist_ip: str | Unset = UNSET,
    ) -> ApiTokenUpdateData:
        """Call ``api_token_update``. May change server state: never retried. Since WHM 68.

        Args:
            token_name (str): Required.
            acl (str): Optional.
            expires_at (int): Optional. Default: 0.
            new_name (str): Optional.
            whitelist_ip (str): Optional.

        Returns:
            ApiTokenUpdateData: the reply's ``data``, with ``name`` (str), ``acls`` (list[str]),
                ``create_time`` (int), ``expires_at`` (int | None), ``whitelist_ips`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-token-management/tokens-api_token_update.md
        """
        from .api.authentication import api_token_update as operation

        return await self._run(
            operation,
            operation.build_arguments(
                token_name=token_name,
                acl=acl,
                expires_at=expires_at,
                new_name=new_name,
                whitelist_ip=whitelist_ip,
            ),
        )

    async def applist(
        self,
    ) -> ApplistData:
        """Call ``applist``. Read-only. Since WHM 11.

        Returns:
            ApplistData: the reply's ``data``, with ``app`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/applications/other-applist.md
        """
        from .api.applications import applist as operation

        return await self._run(operation, operation.build_arguments())

    async def apply_dmarc(
        self,
        *,
        policy: str,
        domain: str | Unset = UNSET,
    ) -> ApplyDmarcData:
        """Call ``apply_dmarc``. May change server state: never retried. Since WHM 124.

        Args:
            policy (str): Required.
            domain (str): Optional.

        Returns:
            ApplyDmarcData: the reply's ``data``, with ``payload`` (list[ApplyDmarcDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-apply_dmarc.md
        """
        from .api.mail import apply_dmarc as operation

        return await self._run(
            operation,
            operation.build_arguments(
                policy=policy,
                domain=domain,
            ),
        )

    async def assign_account_enhancement(
        self,
        *,
        account: str,
        name: str,
    ) -> Any:
        """Call ``assign_account_enhancement``. May change server state: never retried. Since WHM 11.98.

        Args:
            account (str): Required.
            name (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-enhancements/accountenhancements-assign_account_enhancement.md
        """
        from .api.account_enhancements import assign_account_enhancement as operation

        return await self._run(
            operation,
            operation.build_arguments(
                account=account,
                name=name,
            ),
        )

    async def authorizesshkey(
        self,
        *,
        authorize: AuthorizesshkeyAuthorize,
        file: str,
        text: str,
        options: str | Unset = UNSET,
    ) -> AuthorizesshkeyData:
        """Call ``authorizesshkey``. May change server state: never retried. Since WHM 11.

        Args:
            authorize (AuthorizesshkeyAuthorize): Required. One of: 1, 0.
            file (str): Required.
            text (str): Required.
            options (str): Optional.

        Returns:
            AuthorizesshkeyData: the reply's ``data``, with ``authorized`` (int), ``file`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-authorizesshkey.md
        """
        from .api.ssh_keys_and_connections import authorizesshkey as operation

        return await self._run(
            operation,
            operation.build_arguments(
                authorize=authorize,
                file=file,
                text=text,
                options=options,
            ),
        )

    async def available_transfer_modules(
        self,
    ) -> AvailableTransferModulesData:
        """Call ``available_transfer_modules``. May change server state: never retried. Since WHM 11.44.

        Returns:
            AvailableTransferModulesData: the reply's ``data``, with
                ``modules`` (AvailableTransferModulesDataModules).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/transfer-monitoring/transfers-available_transfer_modules.md
        """
        from .api.transfers import available_transfer_modules as operation

        return await self._run(operation, operation.build_arguments())

    async def background_mysql_upgrade_checker_run(
        self,
    ) -> BackgroundMysqlUpgradeCheckerRunData:
        """Call ``background_mysql_upgrade_checker_run``. May change server state: never retried. Since WHM 88.

        Returns:
            BackgroundMysqlUpgradeCheckerRunData: the reply's ``data``, with ``log_entry`` (str), ``pid``
                (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/manage-mysql-server/mysql-background_mysql_upgrade_checker_run.md
        """
        from .api.databases import background_mysql_upgrade_checker_run as operation

        return await self._run(operation, operation.build_arguments())

    async def background_mysql_upgrade_status(
        self,
        *,
        upgrade_id: str,
    ) -> BackgroundMysqlUpgradeStatusData:
        """Call ``background_mysql_upgrade_status``. May change server state: never retried. Since WHM 11.48.

        Args:
            upgrade_id (str): Required.

        Returns:
            BackgroundMysqlUpgradeStatusData: the reply's ``data``, with ``error`` (int), ``error_log``
                (str), ``log`` (str), ``state`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/manage-mysql-server/mysql-background_mysql_upgrade_status.md
        """
        from .api.databases import background_mysql_upgrade_status as operation

        return await self._run(
            operation,
            operation.build_arguments(
                upgrade_id=upgrade_id,
            ),
        )

    async def backup_config_get(
        self,
    ) -> BackupConfigGetData:
        """Call ``backup_config_get``. Read-only. Since WHM 11.38.

        Returns:
            BackupConfigGetData: the reply's ``data``, with
                ``backup_config`` (BackupConfigGetDataBackupConfig).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-settings/backup-backup_config_get.md
        """
        from .api.backups import backup_config_get as operation

        return await self._run(operation, operation.build_arguments())

    async def backup_config_set(
        self,
        *,
        backup_daily_enable: BackupConfigSetBackupDailyEnable | Unset = UNSET,
        backup_daily_retention: int | Unset = UNSET,
        backup_monthly_dates: int | Unset = UNSET,
        backup_monthly_enable: BackupConfigSetBackupMonthlyEnable | Unset = UNSET,
        backup_monthly_retention: int | Unset = UNSET,
        backup_weekly_day: int | Unset = UNSET,
        backup_weekly_enable: BackupConfigSetBackupWeeklyEnable | Unset = UNSET,
        backup_weekly_retention: int | Unset = UNSET,
        backupaccts: int | Unset = UNSET,
        backupbwdata: BackupConfigSetBackupbwdata | Unset = UNSET,
        backupdays: str | Unset = UNSET,
        backupdir: str | Unset = UNSET,
        backupenable: int | Unset = UNSET,
        backupfiles: BackupConfigSetBackupfiles | Unset = UNSET,
        backuplogs: BackupConfigSetBackuplogs | Unset = UNSET,
        backupmount: int | Unset = UNSET,
        backupsuspendedaccts: BackupConfigSetBackupsuspendedaccts | Unset = UNSET,
        backuptype: BackupConfigSetBackuptype | Unset = UNSET,
        check_min_free_space: BackupConfigSetCheckMinFreeSpace | Unset = UNSET,
        disable_metadata: int | Unset = UNSET,
        errorthreshhold: int | Unset = UNSET,
        force_prune_daily: BackupConfigSetForcePruneDaily | Unset = UNSET,
        force_prune_monthly: BackupConfigSetForcePruneMonthly | Unset = UNSET,
        force_prune_weekly: BackupConfigSetForcePruneWeekly | Unset = UNSET,
        gziprsyncopts: str | Unset = UNSET,
        keeplocal: int | Unset = UNSET,
        linkdest: BackupConfigSetLinkdest | Unset = UNSET,
        localzonesonly: BackupConfigSetLocalzonesonly | Unset = UNSET,
        maximum_restore_timeout: int | Unset = UNSET,
        maximum_timeout: int | Unset = UNSET,
        min_free_space: int | Unset = UNSET,
        min_free_space_unit: BackupConfigSetMinFreeSpaceUnit | Unset = UNSET,
        mysqlbackup: BackupConfigSetMysqlbackup | Unset = UNSET,
        postbackup: BackupConfigSetPostbackup | Unset = UNSET,
        prebackup: BackupConfigSetPrebackup | Unset = UNSET,
        psqlbackup: BackupConfigSetPsqlbackup | Unset = UNSET,
        remote_restore_staging_dir: str | Unset = UNSET,
    ) -> Any:
        """Call ``backup_config_set``. May change server state: never retried. Since WHM 11.38.

        Args:
            backup_daily_enable (BackupConfigSetBackupDailyEnable): Optional. One of: 0, 1. Default: 1.
            backup_daily_retention (int): Optional. Default: 5.
            backup_monthly_dates (int): Optional. Default: 1.
            backup_monthly_enable (BackupConfigSetBackupMonthlyEnable): Optional. One of: 0, 1. Default: 0.
            backup_monthly_retention (int): Optional. Default: 1.
            backup_weekly_day (int): Optional. Default: 0.
            backup_weekly_enable (BackupConfigSetBackupWeeklyEnable): Optional. One of: 0, 1. Default: 0.
            backup_weekly_retention (int): Optional. Default: 4.
            backupaccts (int): Optional.
            backupbwdata (BackupConfigSetBackupbwdata): Optional. One of: 0, 1. Default: 1.
            backupdays (str): Optional. Default: '0,2,4,6'.
            backupdir (str): Optional. Default: '/backup'.
            backupenable (int): Optional.
            backupfiles (BackupConfigSetBackupfiles): Optional. One of: 0, 1. Default: 1.
            backuplogs (BackupConfigSetBackuplogs): Optional. One of: 0, 1. Default: 0.
            backupmount (int): Optional.
            backupsuspendedaccts (BackupConfigSetBackupsuspendedaccts): Optional. One of: 0, 1. Default: 0.
            backuptype (BackupConfigSetBackuptype): Optional. One of: 'compressed', 'uncompressed',
                'incremental'. Default: 'compressed'.
            check_min_free_space (BackupConfigSetCheckMinFreeSpace): Optional. One of: 0, 1. Default: 1.
            disable_metadata (int): Optional.
            errorthreshhold (int): Optional. Default: 3.
            force_prune_daily (BackupConfigSetForcePruneDaily): Optional. One of: 0, 1. Default: 0.
            force_prune_monthly (BackupConfigSetForcePruneMonthly): Optional. One of: 0, 1. Default: 0.
            force_prune_weekly (BackupConfigSetForcePruneWeekly): Optional. One of: 0, 1. Default: 0.
            gziprsyncopts (str): Optional. Default: ''.
            keeplocal (int): Optional.
            linkdest (BackupConfigSetLinkdest): Optional. One of: 0, 1. Default: 0.
            localzonesonly (BackupConfigSetLocalzonesonly): Optional. One of: 0, 1. Default: 0.
            maximum_restore_timeout (int): Optional. Default: 21600.
            maximum_timeout (int): Optional. Default: 7200.
            min_free_space (int): Optional. Default: 5.
            min_free_space_unit (BackupConfigSetMinFreeSpaceUnit): Optional. One of: 'MB', 'percent'.
                Default: 'percent'.
            mysqlbackup (BackupConfigSetMysqlbackup): Optional. One of: 'accounts', 'dir', 'both'. Default:
                'accounts'.
            postbackup (BackupConfigSetPostbackup): Optional. One of: 0, 1. Default: 0.
            prebackup (BackupConfigSetPrebackup): Optional. One of: 0, 1. Default: 1.
            psqlbackup (BackupConfigSetPsqlbackup): Optional. One of: 0, 1. Default: 0.
            remote_restore_staging_dir (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-settings/backup-backup_config_set.md
        """
        from .api.backups import backup_config_set as operation

        return await self._run(
            operation,
            operation.build_arguments(
                backup_daily_enable=backup_daily_enable,
                backup_daily_retention=backup_daily_retention,
                backup_monthly_dates=backup_monthly_dates,
                backup_monthly_enable=backup_monthly_enable,
                backup_monthly_retention=backup_monthly_retention,
                backup_weekly_day=backup_weekly_day,
                backup_weekly_enable=backup_weekly_enable,
                backup_weekly_retention=backup_weekly_retention,
                backupaccts=backupaccts,
                backupbwdata=backupbwdata,
                backupdays=backupdays,
                backupdir=backupdir,
                backupenable=backupenable,
                backupfiles=backupfiles,
                backuplogs=backuplogs,
                backupmount=backupmount,
                backupsuspendedaccts=backupsuspendedaccts,
                backuptype=backuptype,
                check_min_free_space=check_min_free_space,
                disable_metadata=disable_metadata,
                errorthreshhold=errorthreshhold,
                force_prune_daily=force_prune_daily,
                force_prune_monthly=force_prune_monthly,
                force_prune_weekly=force_prune_weekly,
                gziprsyncopts=gziprsyncopts,
                keeplocal=keeplocal,
                linkdest=linkdest,
                localzonesonly=localzonesonly,
                maximum_restore_timeout=maximum_restore_timeout,
                maximum_timeout=maximum_timeout,
                min_free_space=min_free_space,
                min_free_space_unit=min_free_space_unit,
                mysqlbackup=mysqlbackup,
                postbackup=postbackup,
                prebackup=prebackup,
                psqlbackup=psqlbackup,
                remote_restore_staging_dir=remote_restore_staging_dir,
            ),
        )

    async def backup_date_list(
        self,
    ) -> BackupDateListData:
        """Call ``backup_date_list``. Read-only. Since WHM 11.38.

        Returns:
            BackupDateListData: the reply's ``data``, with ``backup_set`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-settings/backup-backup_date_list.md
        """
        from .api.backups import backup_date_list as operation

        return await self._run(operation, operation.build_arguments())

    async def backup_destination_add(
        self,
        *,
        application_key: str,
        application_key_id: str,
        authtype: BackupDestinationAddAuthtype,
        aws_access_key_id: str,
        bucket: str,
        bucket_id: str,
        bucket_name: str,
        client_id: str,
        client_secret: str,
        disabled: BackupDestinationAddDisabled,
        host: str,
        name: str,
        password: str,
        script: str,
        type_: str,
        username: str,
        folder: str | Unset = UNSET,
        mount: BackupDestinationAddMount | Unset = UNSET,
        no_mount_fail: BackupDestinationAddNoMountFail | Unset = UNSET,
        only_used_for_logs: BackupDestinationAddOnlyUsedForLogs | Unset = UNSET,
        passive: BackupDestinationAddPassive | Unset = UNSET,
        passphrase: str | Unset = UNSET,
        path: str | Unset = UNSET,
        port: int | Unset = UNSET,
        privatekey: str | Unset = UNSET,
        ssl: BackupDestinationAddSsl | Unset = UNSET,
        timeout: int | Unset = UNSET,
        upload_system_backup: BackupDestinationAddUploadSystemBackup | Unset = UNSET,
    ) -> BackupDestinationAddData:
        """Call ``backup_destination_add``. May change server state: never retried. Since WHM 11.38.

        Args:
            application_key (str): Required.
            application_key_id (str): Required.
            authtype (BackupDestinationAddAuthtype): Required. One of: 'password', 'key'.
            aws_access_key_id (str): Required.
            bucket (str): Required.
            bucket_id (str): Required.
            bucket_name (str): Required.
            client_id (str): Required.
            client_secret (str): Required.
            disabled (BackupDestinationAddDisabled): Required. One of: 0, 1.
            host (str): Required.
            name (str): Required.
            password (str): Required.
            script (str): Required.
            type_ (str): Required. WHM name: ``type``.
            username (str): Required.
            folder (str): Optional. Default: ''.
            mount (BackupDestinationAddMount): Optional. One of: 0, 1. Default: 0.
            no_mount_fail (BackupDestinationAddNoMountFail): Optional. One of: 0, 1. Default: 0.
            only_used_for_logs (BackupDestinationAddOnlyUsedForLogs): Optional. One of: 0, 1. Default: 0.
            passive (BackupDestinationAddPassive): Optional. One of: 0, 1. Default: 0.
            passphrase (str): Optional. Default: None.
            path (str): Optional. Default: None.
            port (int): Optional.
            privatekey (str): Optional. Default: None.
            ssl (BackupDestinationAddSsl): Optional. One of: 0, 1. Default: 0.
            timeout (int): Optional.
            upload_system_backup (BackupDestinationAddUploadSystemBackup): Optional. One of: 0, 1. Default:
                0.

        Returns:
            BackupDestinationAddData: the reply's ``data``, with ``id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-destination/backup-backup_destination_add.md
        """
        from .api.backups import backup_destination_add as operation

        return await self._run(
            operation,
            operation.build_arguments(
                application_key=application_key,
                application_key_id=application_key_id,
                authtype=authtype,
                aws_access_key_id=aws_access_key_id,
                bucket=bucket,
                bucket_id=bucket_id,
                bucket_name=bucket_name,
                client_id=client_id,
                client_secret=client_secret,
                disabled=disabled,
                host=host,
                name=name,
                password=password,
                script=script,
                type_=type_,
                username=username,
                folder=folder,
                mount=mount,
                no_mount_fail=no_mount_fail,
                only_used_for_logs=only_used_for_logs,
                passive=passive,
                passphrase=passphrase,
                path=path,
                port=port,
                privatekey=privatekey,
                ssl=ssl,
                timeout=timeout,
                upload_system_backup=upload_system_backup,
            ),
        )

    async def backup_destination_delete(
        self,
        *,
        id: str,
    ) -> Any:
        """Call ``backup_destination_delete``. May change server state: never retried. Since WHM 11.38.

        Args:
            id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-destination/backup-backup_destination_delete.md
        """
        from .api.backups import backup_destination_delete as operation

        return await self._run(
            operation,
            operation.build_arguments(
                id=id,
            ),
        )

    async def backup_destination_get(
        self,
        *,
        id: str,
    ) -> Any:
        """Call ``backup_destination_get``. Read-only. Since WHM 11.38.

        Args:
            id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-destination/backup-backup_destination_get.md
        """
        from .api.backups import backup_destination_get as operation

        return await self._run(
            operation,
            operation.build_arguments(
                id=id,
            ),
        )

    async def backup_destination_list(
        self,
    ) -> BackupDestinationListData:
        """Call ``backup_destination_list``. Read-only. Since WHM 11.38.

        Returns:
            BackupDestinationListData: the reply's ``data``, with ``destination_list`` (list[Any]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-destination/backup-backup_destination_list.md
        """
        from .api.backups import backup_destination_list as operation

        return await self._run(operation, operation.build_arguments())

    async def backup_destination_set(
        self,
    ) -> Any:
        """Call ``backup_destination_set``. May change server state: never retried. Since WHM 11.38.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-destination/backup-backup_destination_set.md
        """
        from .api.backups import backup_destination_set as operation

        return await self._run(operation, operation.build_arguments())

    async def backup_destination_validate(
        self,
        *,
        disableonfail: BackupDestinationValidateDisableonfail,
        id: str,
    ) -> BackupDestinationValidateData:
        """Call ``backup_destination_validate``. May change server state: never retried. Since WHM 11.38.

        Args:
            disableonfail (BackupDestinationValidateDisableonfail): Required. One of: 0, 1.
            id (str): Required.

        Returns:
            BackupDestinationValidateData: the reply's ``data``, with ``id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-destination/backup-backup_destination_validate.md
        """
        from .api.backups import backup_destination_validate as operation

        return await self._run(
            operation,
            operation.build_arguments(
                disableonfail=disableonfail,
                id=id,
            ),
        )

    async def backup_does_client_id_have_google_credentials(
        self,
        *,
        client_id: str,
    ) -> BackupDoesClientIdHaveGoogleCredentialsData:
        """Call ``backup_does_client_id_have_google_credentials``. May change server state: never retried. Since WHM 68.

        Args:
            client_id (str): Required.

        Returns:
            BackupDoesClientIdHaveGoogleCredentialsData: the reply's ``data``, with ``exists`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-destination/backup-backup_does_client_id_have_google_credentials.md
        """
        from .api.backups import backup_does_client_id_have_google_credentials as operation

        return await self._run(
            operation,
            operation.build_arguments(
                client_id=client_id,
            ),
        )

    async def backup_generate_google_oauth_uri(
        self,
        *,
        client_id: str,
        client_secret: str,
    ) -> BackupGenerateGoogleOauthUriData:
        """Call ``backup_generate_google_oauth_uri``. May change server state: never retried. Since WHM 68.

        Args:
            client_id (str): Required.
            client_secret (str): Required.

        Returns:
            BackupGenerateGoogleOauthUriData: the reply's ``data``, with ``uri`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-destination/backup-backup_generate_google_oauth_uri.md
        """
        from .api.backups import backup_generate_google_oauth_uri as operation

        return await self._run(
            operation,
            operation.build_arguments(
                client_id=client_id,
                client_secret=client_secret,
            ),
        )

    async def backup_get_transport_status(
        self,
        *,
        state: BackupGetTransportStatusState | Unset = UNSET,
        transport_id: str | Unset = UNSET,
    ) -> BackupGetTransportStatusData:
        """Call ``backup_get_transport_status``. Read-only. Since WHM 78.

        Args:
            state (BackupGetTransportStatusState): Optional. One of: 'completed', 'failed', 'pending',
                'running'.
            transport_id (str): Optional.

        Returns:
            BackupGetTransportStatusData: the reply's ``data``, with ``pages`` (int), ``transport_status``
                (list[BackupGetTransportStatusDataTransportStatusItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/backup-backup_get_transport_status.md
        """
        from .api.backups import backup_get_transport_status as operation

        return await self._run(
            operation,
            operation.build_arguments(
                state=state,
                transport_id=transport_id,
            ),
        )

    async def backup_list_transported(
        self,
        *,
        transport: str | Unset = UNSET,
    ) -> BackupListTransportedData:
        """Call ``backup_list_transported``. May change server state: never retried. Since WHM 76.

        Args:
            transport (str): Optional.

        Returns:
            BackupListTransportedData: the reply's ``data``, with
                ``remote_backups`` (BackupListTransportedDataRemoteBackups).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/backup-backup_list_transported.md
        """
        from .api.backups import backup_list_transported as operation

        return await self._run(
            operation,
            operation.build_arguments(
                transport=transport,
            ),
        )

    async def backup_set_list(
        self,
    ) -> BackupSetListData:
        """Call ``backup_set_list``. May change server state: never retried. Since WHM 11.38.

        Returns:
            BackupSetListData: the reply's ``data``, with ``backup_set`` (Any).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/backup-backup_set_list.md
        """
        from .api.backups import backup_set_list as operation

        return await self._run(operation, operation.build_arguments())

    async def backup_set_list_combined(
        self,
    ) -> BackupSetListCombinedData:
        """Call ``backup_set_list_combined``. May change server state: never retried. Since WHM 80.

        Returns:
            BackupSetListCombinedData: the reply's ``data``, with
                ``backup_set`` (BackupSetListCombinedDataBackupSet), ``destination_legend``
                (BackupSetListCombinedDataDestinationLegend).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/backup-backup_set_list_combined.md
        """
        from .api.backups import backup_set_list_combined as operation

        return await self._run(operation, operation.build_arguments())

    async def backup_skip_users_all(
        self,
        *,
        backupversion: BackupSkipUsersAllBackupversion,
        state: BackupSkipUsersAllState,
    ) -> Any:
        """Call ``backup_skip_users_all``. May change server state: never retried. Since WHM 11.38.

        Args:
            backupversion (BackupSkipUsersAllBackupversion): Required. One of: 'backup', 'legacy'.
            state (BackupSkipUsersAllState): Required. One of: 0, 1.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-settings/backup-backup_skip_users_all.md
        """
        from .api.backups import backup_skip_users_all as operation

        return await self._run(
            operation,
            operation.build_arguments(
                backupversion=backupversion,
                state=state,
            ),
        )

    async def backup_skip_users_all_status(
        self,
    ) -> BackupSkipUsersAllStatusData:
        """Call ``backup_skip_users_all_status``. Read-only. Since WHM 11.38.

        Returns:
            BackupSkipUsersAllStatusData: the reply's ``data``, with
                ``reason`` (BackupSkipUsersAllStatusDataReason).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-settings/backup-backup_skip_users_all_status.md
        """
        from .api.backups import backup_skip_users_all_status as operation

        return await self._run(operation, operation.build_arguments())

    async def backup_user_list(
        self,
        *,
        restore_point: str,
    ) -> BackupUserListData:
        """Call ``backup_user_list``. Read-only. Since WHM 11.38.

        Args:
            restore_point (str): Required.

        Returns:
            BackupUserListData: the reply's ``data``, with ``user`` (list[BackupUserListDataUserItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-settings/backup-backup_user_list.md
        """
        from .api.backups import backup_user_list as operation

        return await self._run(
            operation,
            operation.build_arguments(
                restore_point=restore_point,
            ),
        )

    async def batch(
        self,
        *,
        command: list[str],
        abort_on_error: BatchAbortOnError | Unset = UNSET,
    ) -> BatchData:
        """Call ``batch``. May change server state: never retried. Since WHM 11.

        Args:
            command (list[str]): Required.
            abort_on_error (BatchAbortOnError): Optional. One of: 0, 1. Default: 0.

        Returns:
            BatchData: the reply's ``data``, with ``result`` (list[BatchDataResultItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-execution/other-batch.md
        """
        from .api.api_execution import batch as operation

        return await self._run(
            operation,
            operation.build_arguments(
                command=command,
                abort_on_error=abort_on_error,
            ),
        )

    async def batch_create_cphulk_records(
        self,
    ) -> BatchCreateCphulkRecordsData:
        """Call ``batch_create_cphulk_records``. May change server state: never retried. Since WHM 11.48.

        Returns:
            BatchCreateCphulkRecordsData: the reply's ``data``, with ``comment`` (str),
                ``ip_blocks_removed`` (int), ``ips_added`` (list[Any]), ``ips_failed``
                (BatchCreateCphulkRecordsDataIpsFailed), ``iptable_bans_removed`` (int), ``list_name``
                (str), ``original_ips_added`` (list[Any]), ``requester_ip`` (str),
                ``requester_ip_is_whitelisted`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/management/cphulk-batch_create_cphulk_records.md
        """
        from .api.c_p_hulk import batch_create_cphulk_records as operation

        return await self._run(operation, operation.build_arguments())

    async def block_incoming_email_from_country(
        self,
        *,
        country_code: str,
    ) -> BlockIncomingEmailFromCountryData:
        """Call ``block_incoming_email_from_country``. May change server state: never retried. Since WHM 84.

        Args:
            country_code (str): Required.

        Returns:
            BlockIncomingEmailFromCountryData: the reply's ``data``, with ``updated`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/spam-management/exim-block_incoming_email_from_country.md
        """
        from .api.mail import block_incoming_email_from_country as operation

        return await self._run(
            operation,
            operation.build_arguments(
                country_code=country_code,
            ),
        )

    async def block_incoming_email_from_domain(
        self,
        *,
        domain: str,
    ) -> BlockIncomingEmailFromDomainData:
        """Call ``block_incoming_email_from_domain``. May change server state: never retried. Since WHM 84.

        Args:
            domain (str): Required.

        Returns:
            BlockIncomingEmailFromDomainData: the reply's ``data``, with ``updated`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/spam-management/exim-block_incoming_email_from_domain.md
        """
        from .api.mail import block_incoming_email_from_domain as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def changepackage(
        self,
        *,
        pkg: str,
        user: str,
    ) -> Any:
        """Call ``changepackage``. May change server state: never retried. Since WHM 11.

        Args:
            pkg (str): Required.
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-changepackage.md
        """
        from .api.packages import changepackage as operation

        return await self._run(
            operation,
            operation.build_arguments(
                pkg=pkg,
                user=user,
            ),
        )

    async def check_remote_ssh_connection(
        self,
        *,
        host: str,
        port: int | Unset = UNSET,
    ) -> CheckRemoteSshConnectionData:
        """Call ``check_remote_ssh_connection``. Read-only. Since WHM 11.

        Args:
            host (str): Required.
            port (int): Optional. Default: 22.

        Returns:
            CheckRemoteSshConnectionData: the reply's ``data``, with ``comment`` (str),
                ``protocol_versions`` (list[str]), ``received`` (str), ``server_software`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-check_remote_ssh_connection.md
        """
        from .api.ssh_keys_and_connections import check_remote_ssh_connection as operation

        return await self._run(
            operation,
            operation.build_arguments(
                host=host,
                port=port,
            ),
        )

    async def cluster_member_has_trust_with(
        self,
        *,
        host: str,
        althost: str | Unset = UNSET,
    ) -> ClusterMemberHasTrustWithData:
        """Call ``cluster_member_has_trust_with``. May change server state: never retried. Since WHM 84.

        Args:
            host (str): Required.
            althost (str): Optional. Default: '8.8.8.8'.

        Returns:
            ClusterMemberHasTrustWithData: the reply's ``data``, with ``has_trust`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/clusterserver-cluster_member_has_trust_with.md
        """
        from .api.dns import cluster_member_has_trust_with as operation

        return await self._run(
            operation,
            operation.build_arguments(
                host=host,
                althost=althost,
            ),
        )

    async def configurebackgroundprocesskiller(
        self,
        *,
        processes_to_kill: str,
        trusted_users: str | Unset = UNSET,
    ) -> Any:
        """Call ``configurebackgroundprocesskiller``. May change server state: never retried. Since WHM 11.

        Args:
            processes_to_kill (str): Required.
            trusted_users (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/services/sys-configurebackgroundprocesskiller.md
        """
        from .api.server_administration import configurebackgroundprocesskiller as operation

        return await self._run(
            operation,
            operation.build_arguments(
                processes_to_kill=processes_to_kill,
                trusted_users=trusted_users,
            ),
        )

    async def configureservice(
        self,
        *,
        service: ConfigureserviceService,
        enabled: ConfigureserviceEnabled | Unset = UNSET,
        exim_altportnum: str | Unset = UNSET,
        monitored: ConfigureserviceMonitored | Unset = UNSET,
    ) -> Any:
        """Call ``configureservice``. May change server state: never retried. Since WHM 11.38.

        Args:
            service (ConfigureserviceService): Required. One of: 'apache_php_fpm', 'cpanel-dovecot-solr',
                'cpanel_php_fpm', 'cpanellogd', 'cpdavd', 'cphulkd', 'cpsrvd', 'crond', 'dnsadmin', 'exim',
                'exim-altport', 'ftpd', 'httpd', 'imap', 'ipaliases', 'lmtp', 'mailman', 'mysql', 'named',
                'nscd', 'p0f', 'pop', 'postgresql', 'queueprocd', 'rsyslogd', 'spamd', 'sshd'.
            enabled (ConfigureserviceEnabled): Optional. One of: 0, 1.
            exim_altportnum (str): Optional. WHM name: ``exim-altportnum``. Default: '26'.
            monitored (ConfigureserviceMonitored): Optional. One of: 0, 1.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/services/services-configureservice.md
        """
        from .api.server_administration import configureservice as operation

        return await self._run(
            operation,
            operation.build_arguments(
                service=service,
                enabled=enabled,
                exim_altportnum=exim_altportnum,
                monitored=monitored,
            ),
        )

    async def convert_addon_fetch_conversion_details(
        self,
        *,
        job_id: int,
    ) -> ConvertAddonFetchConversionDetailsData:
        """Call ``convert_addon_fetch_conversion_details``. May change server state: never retried. Since WHM 58.

        Args:
            job_id (int): Required.

        Returns:
            ConvertAddonFetchConversionDetailsData: the reply's ``data``, with ``domain`` (str),
                ``job_end_time`` (int), ``job_id`` (int), ``job_start_time`` (int), ``job_status`` (str),
                ``source_acct`` (str), ``steps`` (list[ConvertAddonFetchConversionDetailsDataStepsItem]),
                ``target_acct`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-information/convertaddon-convert_addon_fetch_conversion_details.md
        """
        from .api.domain_information import convert_addon_fetch_conversion_details as operation

        return await self._run(
            operation,
            operation.build_arguments(
                job_id=job_id,
            ),
        )

    async def convert_addon_fetch_domain_details(
        self,
        *,
        domain: str,
    ) -> ConvertAddonFetchDomainDetailsData:
        """Call ``convert_addon_fetch_domain_details``. May change server state: never retried. Since WHM 56.

        Args:
            domain (str): Required.

        Returns:
            ConvertAddonFetchDomainDetailsData: the reply's ``data``, with ``docroot`` (str),
                ``has_dedicated_ip`` (int), ``has_ssl_cert_installed`` (int), ``ip`` (str),
                ``is_sni_supported`` (int), ``number_of_autoresponders`` (int),
                ``number_of_domain_forwarders`` (int), ``number_of_email_accounts`` (int),
                ``number_of_email_forwarders`` (int), ``owner`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-information/convertaddon-convert_addon_fetch_domain_details.md
        """
        from .api.domain_information import convert_addon_fetch_domain_details as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def convert_addon_get_conversion_status(
        self,
        *,
        job_id: int,
    ) -> ConvertAddonGetConversionStatusData:
        """Call ``convert_addon_get_conversion_status``. May change server state: never retried. Since WHM 58.

        Args:
            job_id (int): Required.

        Returns:
            ConvertAddonGetConversionStatusData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-information/convertaddon-convert_addon_get_conversion_status.md
        """
        from .api.domain_information import convert_addon_get_conversion_status as operation

        return await self._run(
            operation,
            operation.build_arguments(
                job_id=job_id,
            ),
        )

    async def convert_addon_initiate_conversion(
        self,
        *,
        domain: str,
        username: str,
        copymysqldb: str | Unset = UNSET,
        movemysqldb: str | Unset = UNSET,
        movemysqluser: str | Unset = UNSET,
        pkgname: str | Unset = UNSET,
    ) -> Any:
        """Call ``convert_addon_initiate_conversion``. May change server state: never retried. Since WHM 56.

        Args:
            domain (str): Required.
            username (str): Required.
            copymysqldb (str): Optional. WHM name: ``copymysqldb-*``.
            movemysqldb (str): Optional.
            movemysqluser (str): Optional.
            pkgname (str): Optional. Default: 'default'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-information/convertaddon-convert_addon_initiate_conversion.md
        """
        from .api.domain_information import convert_addon_initiate_conversion as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                username=username,
                copymysqldb=copymysqldb,
                movemysqldb=movemysqldb,
                movemysqluser=movemysqluser,
                pkgname=pkgname,
            ),
        )

    async def convert_addon_list_addon_domains(
        self,
    ) -> ConvertAddonListAddonDomainsData:
        """Call ``convert_addon_list_addon_domains``. May change server state: never retried. Since WHM 56.

        Returns:
            ConvertAddonListAddonDomainsData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-information/convertaddon-convert_addon_list_addon_domains.md
        """
        from .api.domain_information import convert_addon_list_addon_domains as operation

        return await self._run(operation, operation.build_arguments())

    async def convert_addon_list_conversions(
        self,
    ) -> ConvertAddonListConversionsData:
        """Call ``convert_addon_list_conversions``. May change server state: never retried. Since WHM 58.

        Returns:
            ConvertAddonListConversionsData: the reply's ``data``, with
                ``conversions`` (list[ConvertAddonListConversionsDataConversionsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-information/convertaddon-convert_addon_list_conversions.md
        """
        from .api.domain_information import convert_addon_list_conversions as operation

        return await self._run(operation, operation.build_arguments())

    async def convert_all_domains_to_fpm(
        self,
    ) -> ConvertAllDomainsToFpmData:
        """Call ``convert_all_domains_to_fpm``. May change server state: never retried. Since WHM 66.

        Returns:
            ConvertAllDomainsToFpmData: the reply's ``data``, with ``build_id`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php-fpm/php-convert_all_domains_to_fpm.md
        """
        from .api.php_fpm import convert_all_domains_to_fpm as operation

        return await self._run(operation, operation.build_arguments())

    async def convert_and_migrate_from_legacy_config(
        self,
        *,
        no_convert: ConvertAndMigrateFromLegacyConfigNoConvert | Unset = UNSET,
    ) -> Any:
        """Call ``convert_and_migrate_from_legacy_config``. May change server state: never retried. Since WHM 64.

        Args:
            no_convert (ConvertAndMigrateFromLegacyConfigNoConvert): Optional. One of: 0, 1. Default: 0.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/legacy-migration/backup-convert_and_migrate_from_legacy_config.md
        """
        from .api.backups import convert_and_migrate_from_legacy_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                no_convert=no_convert,
            ),
        )

    async def convertopensshtoputty(
        self,
        *,
        file: str,
        keep_file: ConvertopensshtoputtyKeepFile | Unset = UNSET,
        passphrase: str | Unset = UNSET,
    ) -> ConvertopensshtoputtyData:
        """Call ``convertopensshtoputty``. May change server state: never retried. Since WHM 11.32.

        Args:
            file (str): Required.
            keep_file (ConvertopensshtoputtyKeepFile): Optional. One of: 0, 1. Default: 1.
            passphrase (str): Optional. Default: ''.

        Returns:
            ConvertopensshtoputtyData: the reply's ``data``, with ``key`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-convertopensshtoputty.md
        """
        from .api.ssh_keys_and_connections import convertopensshtoputty as operation

        return await self._run(
            operation,
            operation.build_arguments(
                file=file,
                keep_file=keep_file,
                passphrase=passphrase,
            ),
        )

    async def cors_proxy_get(
        self,
        *,
        url_query: str,
    ) -> CorsProxyGetData:
        """Call ``cors_proxy_get``. Read-only. Since WHM 68.

        Args:
            url_query (str): Required. WHM name: ``url``.

        Returns:
            CorsProxyGetData: the reply's ``data``, with
                ``_cp_redirects`` (list[CorsProxyGetDataCpRedirectsItem]), ``content`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-execution/corsproxy-cors_proxy_get.md
        """
        from .api.api_execution import cors_proxy_get as operation

        return await self._run(
            operation,
            operation.build_arguments(
                url_query=url_query,
            ),
        )

    async def cpanel(
        self,
        *,
        cpanel_jsonapi_func: str,
        cpanel_jsonapi_module: str,
        cpanel_jsonapi_user: str,
        cpanel_jsonapi_apiversion: CpanelCpanelJsonapiApiversion | Unset = UNSET,
        variable_names_and_values: str | Unset = UNSET,
    ) -> Any:
        """Call ``cpanel``. May change server state: never retried. Since WHM 84.

        Args:
            cpanel_jsonapi_func (str): Required.
            cpanel_jsonapi_module (str): Required.
            cpanel_jsonapi_user (str): Required.
            cpanel_jsonapi_apiversion (CpanelCpanelJsonapiApiversion): Optional. One of: 1, 2, 3. Default:
                2.
            variable_names_and_values (str): Optional. WHM name: ``Variable Names and Values``.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-execution/other-cpanel.md
        """
        from .api.api_execution import cpanel as operation

        return await self._run(
            operation,
            operation.build_arguments(
                cpanel_jsonapi_func=cpanel_jsonapi_func,
                cpanel_jsonapi_module=cpanel_jsonapi_module,
                cpanel_jsonapi_user=cpanel_jsonapi_user,
                cpanel_jsonapi_apiversion=cpanel_jsonapi_apiversion,
                variable_names_and_values=variable_names_and_values,
            ),
        )

    async def cpgreylist_is_server_netblock_trusted(
        self,
    ) -> CpgreylistIsServerNetblockTrustedData:
        """Call ``cpgreylist_is_server_netblock_trusted``. Read-only. Since WHM 11.50.

        Returns:
            CpgreylistIsServerNetblockTrustedData: the reply's ``data``, with
                ``ip_blocks`` (CpgreylistIsServerNetblockTrustedDataIpBlocks).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import cpgreylist_is_server_netblock_trusted as operation

        return await self._run(operation, operation.build_arguments())

    async def cpgreylist_list_entries_for_common_mail_provider(
        self,
        *,
        provider: str,
    ) -> CpgreylistListEntriesForCommonMailProviderData:
        """Call ``cpgreylist_list_entries_for_common_mail_provider``. May change server state: never retried. Since WHM 11.52.

        Args:
            provider (str): Required.

        Returns:
            CpgreylistListEntriesForCommonMailProviderData: the reply's ``data``, with
                ``providers`` (CpgreylistListEntriesForCommonMailProviderDataProviders),
                ``providers_failed`` (CpgreylistListEntriesForCommonMailProviderDataProvidersFailed).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import cpgreylist_list_entries_for_common_mail_provider as operation

        return await self._run(
            operation,
            operation.build_arguments(
                provider=provider,
            ),
        )

    async def cpgreylist_load_common_mail_providers_config(
        self,
    ) -> CpgreylistLoadCommonMailProvidersConfigData:
        """Call ``cpgreylist_load_common_mail_providers_config``. May change server state: never retried. Since WHM 11.52.

        Returns:
            CpgreylistLoadCommonMailProvidersConfigData: the reply's ``data``, with
                ``autotrust_new_common_mail_providers`` (int), ``common_mail_providers``
                (CpgreylistLoadCommonMailProvidersConfigDataCommonMailProviders).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import cpgreylist_load_common_mail_providers_config as operation

        return await self._run(operation, operation.build_arguments())

    async def cpgreylist_save_common_mail_providers_config(
        self,
        *,
        autotrust_new_common_mail_providers: CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMailProviders
        | Unset = UNSET,
        providerkey: int | Unset = UNSET,
    ) -> CpgreylistSaveCommonMailProvidersConfigData:
        """Call ``cpgreylist_save_common_mail_providers_config``. May change server state: never retried. Since WHM 11.52.

        Args:
            autotrust_new_common_mail_providers (CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMa
                ilProviders): Optional. One of: 0, 1. Default: 1.
            providerkey (int): Optional. WHM name: ``PROVIDERKEY``.

        Returns:
            CpgreylistSaveCommonMailProvidersConfigData: the reply's ``data``, with
                ``autotrust_new_common_mail_providers`` (int), ``common_mail_providers``
                (CpgreylistSaveCommonMailProvidersConfigDataCommonMailProviders).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import cpgreylist_save_common_mail_providers_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                autotrust_new_common_mail_providers=autotrust_new_common_mail_providers,
                providerkey=providerkey,
            ),
        )

    async def cpgreylist_status(
        self,
    ) -> CpgreylistStatusData:
        """Call ``cpgreylist_status``. Read-only. Since WHM 11.50.

        Returns:
            CpgreylistStatusData: the reply's ``data``, with ``is_enabled`` (int), ``is_exim_enabled``
                (int), ``service`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import cpgreylist_status as operation

        return await self._run(operation, operation.build_arguments())

    async def cpgreylist_trust_entries_for_common_mail_provider(
        self,
        *,
        provider: str,
    ) -> CpgreylistTrustEntriesForCommonMailProviderData:
        """Call ``cpgreylist_trust_entries_for_common_mail_provider``. May change server state: never retried. Since WHM 11.52.

        Args:
            provider (str): Required.

        Returns:
            CpgreylistTrustEntriesForCommonMailProviderData: the reply's ``data``, with
                ``providers_failed`` (CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed),
                ``providers_trusted`` (CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import cpgreylist_trust_entries_for_common_mail_provider as operation

        return await self._run(
            operation,
            operation.build_arguments(
                provider=provider,
            ),
        )

    async def cpgreylist_untrust_entries_for_common_mail_provider(
        self,
        *,
        provider: str,
    ) -> CpgreylistUntrustEntriesForCommonMailProviderData:
        """Call ``cpgreylist_untrust_entries_for_common_mail_provider``. May change server state: never retried. Since WHM 11.52.

        Args:
            provider (str): Required.

        Returns:
            CpgreylistUntrustEntriesForCommonMailProviderData: the reply's ``data``, with
                ``providers_failed`` (CpgreylistUntrustEntriesForCommonMailProviderDataProvidersFailed),
                ``providers_untrusted``
                (CpgreylistUntrustEntriesForCommonMailProviderDataProvidersUntrusted).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import cpgreylist_untrust_entries_for_common_mail_provider as operation

        return await self._run(
            operation,
            operation.build_arguments(
                provider=provider,
            ),
        )

    async def cphulk_status(
        self,
    ) -> CphulkStatusData:
        """Call ``cphulk_status``. Read-only. Since WHM 11.48.

        Returns:
            CphulkStatusData: the reply's ``data``, with ``is_enabled`` (int), ``service`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/management/cphulk-cphulk_status.md
        """
        from .api.c_p_hulk import cphulk_status as operation

        return await self._run(operation, operation.build_arguments())

    async def create_account_enhancement(
        self,
        *,
        id: str,
        name: str,
    ) -> CreateAccountEnhancementData:
        """Call ``create_account_enhancement``. May change server state: never retried. Since WHM 11.98.

        Args:
            id (str): Required.
            name (str): Required.

        Returns:
            CreateAccountEnhancementData: the reply's ``data``, with ``name`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-enhancements/accountenhancements-create_account_enhancement.md
        """
        from .api.account_enhancements import create_account_enhancement as operation

        return await self._run(
            operation,
            operation.build_arguments(
                id=id,
                name=name,
            ),
        )

    async def create_cpgreylist_trusted_host(
        self,
        *,
        ip: str,
        comment: str | Unset = UNSET,
    ) -> CreateCpgreylistTrustedHostData:
        """Call ``create_cpgreylist_trusted_host``. May change server state: never retried. Since WHM 11.50.

        Args:
            ip (str): Required.
            comment (str): Optional.

        Returns:
            CreateCpgreylistTrustedHostData: the reply's ``data``, with ``comment`` (str), ``ips_added``
                (list[CreateCpgreylistTrustedHostDataIpsAddedItem]), ``ips_failed``
                (CreateCpgreylistTrustedHostDataIpsFailed).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import create_cpgreylist_trusted_host as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ip=ip,
                comment=comment,
            ),
        )

    async def create_cphulk_record(
        self,
        *,
        ip: str,
        list_name: CreateCphulkRecordListName,
        comment: str | Unset = UNSET,
        skip_enabled_check: CreateCphulkRecordSkipEnabledCheck | Unset = UNSET,
    ) -> CreateCphulkRecordData:
        """Call ``create_cphulk_record``. May change server state: never retried. Since WHM 11.48.

        Args:
            ip (str): Required.
            list_name (CreateCphulkRecordListName): Required. One of: 'black', 'white'.
            comment (str): Optional.
            skip_enabled_check (CreateCphulkRecordSkipEnabledCheck): Optional. One of: 0, 1. Default: 0.

        Returns:
            CreateCphulkRecordData: the reply's ``data``, with ``comment`` (str), ``ip_blocks_removed``
                (int), ``ips_added`` (list[Any]), ``ips_failed`` (CreateCphulkRecordDataIpsFailed),
                ``iptable_bans_removed`` (int), ``list_name`` (str), ``requester_ip`` (str),
                ``requester_ip_is_whitelisted`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/management/cphulk-create_cphulk_record.md
        """
        from .api.c_p_hulk import create_cphulk_record as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ip=ip,
                list_name=list_name,
                comment=comment,
                skip_enabled_check=skip_enabled_check,
            ),
        )

    async def create_featurelist(
        self,
        *,
        featurelist: str,
        featurelistname: CreateFeaturelistFeaturelistname | Unset = UNSET,
        overwrite: CreateFeaturelistOverwrite | Unset = UNSET,
    ) -> CreateFeaturelistData:
        """Call ``create_featurelist``. May change server state: never retried. Since WHM 11.46.

        Args:
            featurelist (str): Required.
            featurelistname (CreateFeaturelistFeaturelistname): Optional. One of: 1, 0. Default: 0.
            overwrite (CreateFeaturelistOverwrite): Optional. One of: 1, 0. Default: 0.

        Returns:
            CreateFeaturelistData: the reply's ``data``, with ``featurelist`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/featurelists-create_featurelist.md
        """
        from .api.packages import create_featurelist as operation

        return await self._run(
            operation,
            operation.build_arguments(
                featurelist=featurelist,
                featurelistname=featurelistname,
                overwrite=overwrite,
            ),
        )

    async def create_integration_group(
        self,
        *,
        group_id: str,
        label: str,
        order: int,
        user: str,
    ) -> Any:
        """Call ``create_integration_group``. May change server state: never retried. Since WHM 54.

        Args:
            group_id (str): Required.
            label (str): Required.
            order (int): Required.
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/links/integration-create_integration_group.md
        """
        from .api.integration import create_integration_group as operation

        return await self._run(
            operation,
            operation.build_arguments(
                group_id=group_id,
                label=label,
                order=order,
                user=user,
            ),
        )

    async def create_integration_link(
        self,
        *,
        app: str,
        implements: str,
        label: str,
        subscriber_unique_id: str,
        token: str,
        user: str,
        autologin_token_url: str | Unset = UNSET,
        base64_png_image: str | Unset = UNSET,
        group_id: CreateIntegrationLinkGroupId | Unset = UNSET,
        hide: CreateIntegrationLinkHide | Unset = UNSET,
        order: str | Unset = UNSET,
        url_query: str | Unset = UNSET,
    ) -> Any:
        """Call ``create_integration_link``. May change server state: never retried. Since WHM 54.

        Args:
            app (str): Required.
            implements (str): Required.
            label (str): Required.
            subscriber_unique_id (str): Required.
            token (str): Required.
            user (str): Required.
            autologin_token_url (str): Optional.
            base64_png_image (str): Optional.
            group_id (CreateIntegrationLinkGroupId): Optional. One of: 'files', 'databases', 'domains',
                'email', 'metrics', 'security', 'software', 'advanced', 'pref'.
            hide (CreateIntegrationLinkHide): Optional. One of: 0, 1. Default: 0.
            order (str): Optional.
            url_query (str): Optional. WHM name: ``url``.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/links/integration-create_integration_link.md
        """
        from .api.integration import create_integration_link as operation

        return await self._run(
            operation,
            operation.build_arguments(
                app=app,
                implements=implements,
                label=label,
                subscriber_unique_id=subscriber_unique_id,
                token=token,
                user=user,
                autologin_token_url=autologin_token_url,
                base64_png_image=base64_png_image,
                group_id=group_id,
                hide=hide,
                order=order,
                url_query=url_query,
            ),
        )

    async def create_parked_domain_for_user(
        self,
        *,
        domain: str,
        username: str,
        web_vhost_domain: str,
    ) -> Any:
        """Call ``create_parked_domain_for_user``. May change server state: never retried. Since WHM 82.

        Args:
            domain (str): Required.
            username (str): Required.
            web_vhost_domain (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/userdomains-create_parked_domain_for_user.md
        """
        from .api.dns import create_parked_domain_for_user as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                username=username,
                web_vhost_domain=web_vhost_domain,
            ),
        )

    async def create_remote_root_transfer_session(
        self,
        *,
        comm_transport: CreateRemoteRootTransferSessionCommTransport,
        compressed: CreateRemoteRootTransferSessionCompressed,
        copy_reseller_privs: CreateRemoteRootTransferSessionCopyResellerPrivs,
        enable_custom_pkgacct: CreateRemoteRootTransferSessionEnableCustomPkgacct,
        host: str,
        low_priority: CreateRemoteRootTransferSessionLowPriority,
        restore_threads: int,
        transfer_threads: int,
        unencrypted: CreateRemoteRootTransferSessionUnencrypted,
        unrestricted_restore: CreateRemoteRootTransferSessionUnrestrictedRestore,
        use_backups: CreateRemoteRootTransferSessionUseBackups,
        user: str,
        password: str | Unset = UNSET,
        port: int | Unset = UNSET,
        root_escalation_method: CreateRemoteRootTransferSessionRootEscalationMethod | Unset = UNSET,
        root_password: str | Unset = UNSET,
        sshkey_name: str | Unset = UNSET,
        sshkey_passphrase: str | Unset = UNSET,
    ) -> CreateRemoteRootTransferSessionData:
        """Call ``create_remote_root_transfer_session``. May change server state: never retried. Since WHM 11.44.

        Args:
            comm_transport (CreateRemoteRootTransferSessionCommTransport): Required. One of: 'ssh',
                'whostmgr', 'whostmgr_insecure'. Default: 'ssh'.
            compressed (CreateRemoteRootTransferSessionCompressed): Required. One of: 0, 1.
            copy_reseller_privs (CreateRemoteRootTransferSessionCopyResellerPrivs): Required. One of: 0, 1.
            enable_custom_pkgacct (CreateRemoteRootTransferSessionEnableCustomPkgacct): Required. One of: 0,
                1.
            host (str): Required.
            low_priority (CreateRemoteRootTransferSessionLowPriority): Required. One of: 0, 1.
            restore_threads (int): Required.
            transfer_threads (int): Required.
            unencrypted (CreateRemoteRootTransferSessionUnencrypted): Required. One of: 0, 1.
            unrestricted_restore (CreateRemoteRootTransferSessionUnrestrictedRestore): Required. One of: 0,
                1.
            use_backups (CreateRemoteRootTransferSessionUseBackups): Required. One of: 0, 1.
            user (str): Required.
            password (str): Optional.
            port (int): Optional. Default: 22.
            root_escalation_method (CreateRemoteRootTransferSessionRootEscalationMethod): Optional. One of:
                'su', 'sudo'.
            root_password (str): Optional.
            sshkey_name (str): Optional.
            sshkey_passphrase (str): Optional.

        Returns:
            CreateRemoteRootTransferSessionData: the reply's ``data``, with ``analyze_rawout`` (str),
                ``create_rawout`` (str), ``transfer_session_id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-transfer/transfers-create_remote_root_transfer_session.md
        """
        from .api.transfers import create_remote_root_transfer_session as operation

        return await self._run(
            operation,
            operation.build_arguments(
                comm_transport=comm_transport,
                compressed=compressed,
                copy_reseller_privs=copy_reseller_privs,
                enable_custom_pkgacct=enable_custom_pkgacct,
                host=host,
                low_priority=low_priority,
                restore_threads=restore_threads,
                transfer_threads=transfer_threads,
                unencrypted=unencrypted,
                unrestricted_restore=unrestricted_restore,
                use_backups=use_backups,
                user=user,
                password=password,
                port=port,
                root_escalation_method=root_escalation_method,
                root_password=root_password,
                sshkey_name=sshkey_name,
                sshkey_passphrase=sshkey_passphrase,
            ),
        )

    async def create_remote_user_transfer_session(
        self,
        *,
        host: str,
        password: str,
        unrestricted_restore: CreateRemoteUserTransferSessionUnrestrictedRestore,
    ) -> CreateRemoteUserTransferSessionData:
        """Call ``create_remote_user_transfer_session``. May change server state: never retried. Since WHM 11.44.

        Args:
            host (str): Required.
            password (str): Required.
            unrestricted_restore (CreateRemoteUserTransferSessionUnrestrictedRestore): Required. One of: 1.

        Returns:
            CreateRemoteUserTransferSessionData: the reply's ``data``, with ``transfer_session_id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-transfer/transfers-create_remote_user_transfer_session.md
        """
        from .api.transfers import create_remote_user_transfer_session as operation

        return await self._run(
            operation,
            operation.build_arguments(
                host=host,
                password=password,
                unrestricted_restore=unrestricted_restore,
            ),
        )

    async def create_subdomain(
        self,
        *,
        document_root: str,
        domain: str,
        use_canonical_name: CreateSubdomainUseCanonicalName | Unset = UNSET,
    ) -> CreateSubdomainData:
        """Call ``create_subdomain``. May change server state: never retried. Since WHM 86.

        Args:
            document_root (str): Required.
            domain (str): Required.
            use_canonical_name (CreateSubdomainUseCanonicalName): Optional. One of: 0, 1. Default: 0.

        Returns:
            CreateSubdomainData: the reply's ``data``, with ``username`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/userdomains-create_subdomain.md
        """
        from .api.dns import create_subdomain as operation

        return await self._run(
            operation,
            operation.build_arguments(
                document_root=document_root,
                domain=domain,
                use_canonical_name=use_canonical_name,
            ),
        )

    async def create_user_session(
        self,
        *,
        service: CreateUserSessionService,
        user: str,
        app: str | Unset = UNSET,
        cp_security_token: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        preferred_domain: str | Unset = UNSET,
        prompt_token: str | Unset = UNSET,
    ) -> CreateUserSessionData:
        """Call ``create_user_session``. May change server state: never retried. Since WHM 11.40.

        Args:
            service (CreateUserSessionService): Required. One of: 'cpaneld', 'whostmgrd', 'webmaild'.
            user (str): Required.
            app (str): Optional.
            cp_security_token (str): Optional.
            locale (str): Optional.
            preferred_domain (str): Optional.
            prompt_token (str): Optional. WHM name: ``promptToken``.

        Returns:
            CreateUserSessionData: the reply's ``data``, with ``cp_security_token`` (str), ``expires``
                (int), ``service`` (str), ``session`` (str), ``url`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/session/session-create_user_session.md
        """
        from .api.server_administration import create_user_session as operation

        return await self._run(
            operation,
            operation.build_arguments(
                service=service,
                user=user,
                app=app,
                cp_security_token=cp_security_token,
                locale=locale,
                preferred_domain=preferred_domain,
                prompt_token=prompt_token,
            ),
        )

    async def createacct(
        self,
        *,
        username: str,
        account_enhancements: Any | Unset = UNSET,
        bwlimit: Any | Unset = UNSET,
        cgi: int | Unset = UNSET,
        contactemail: str | Unset = UNSET,
        cpmod: str | Unset = UNSET,
        customip: str | Unset = UNSET,
        dkim: CreateacctDkim | Unset = UNSET,
        dmarc: int | Unset = UNSET,
        domain: str | Unset = UNSET,
        featurelist: str | Unset = UNSET,
        forcedns: CreateacctForcedns | Unset = UNSET,
        frontpage: int | Unset = UNSET,
        gid: int | Unset = UNSET,
        hasshell: CreateacctHasshell | Unset = UNSET,
        hasuseregns: CreateacctHasuseregns | Unset = UNSET,
        homedir: str | Unset = UNSET,
        ip: CreateacctIp | Unset = UNSET,
        language: str | Unset = UNSET,
        mail_node_alias: str | Unset = UNSET,
        mailbox_format: str | Unset = UNSET,
        max_defer_fail_percentage: Any | Unset = UNSET,
        max_email_per_hour: Any | Unset = UNSET,
        max_emailacct_quota: Any | Unset = UNSET,
        max_team_users: int | Unset = UNSET,
        maxaddon: Any | Unset = UNSET,
        maxftp: Any | Unset = UNSET,
        maxlst: Any | Unset = UNSET,
        maxpark: Any | Unset = UNSET,
        maxpop: Any | Unset = UNSET,
        maxsql: Any | Unset = UNSET,
        maxsub: Any | Unset = UNSET,
        mxcheck: CreateacctMxcheck | Unset = UNSET,
        owner: str | Unset = UNSET,
        ownerself: CreateacctOwnerself | Unset = UNSET,
        pass_: str | Unset = UNSET,
        password: str | Unset = UNSET,
        pkgname: str | Unset = UNSET,
        plan: str | Unset = UNSET,
        quota: int | Unset = UNSET,
        reseller: CreateacctReseller | Unset = UNSET,
        reseller_without_domain: CreateacctResellerWithoutDomain | Unset = UNSET,
        savepkg: CreateacctSavepkg | Unset = UNSET,
        showpass: CreateacctShowpass | Unset = UNSET,
        spamassassin: CreateacctSpamassassin | Unset = UNSET,
        spambox: CreateacctSpambox | Unset = UNSET,
        spf: CreateacctSpf | Unset = UNSET,
        uid: int | Unset = UNSET,
        useregns: CreateacctUseregns | Unset = UNSET,
    ) -> CreateacctData:
        """Call ``createacct``. May change server state: never retried. Since WHM 11.32.

        Args:
            username (str): Required.
            account_enhancements (Any): Optional.
            bwlimit (Any): Optional. A string or a number.
            cgi (int): Optional.
            contactemail (str): Optional. Default: ''.
            cpmod (str): Optional.
            customip (str): Optional.
            dkim (CreateacctDkim): Optional. One of: 0, 1.
            dmarc (int): Optional.
            domain (str): Optional.
            featurelist (str): Optional. Default: 'default'.
            forcedns (CreateacctForcedns): Optional. One of: 0, 1. Default: 0.
            frontpage (int): Optional. Default: None.
            gid (int): Optional.
            hasshell (CreateacctHasshell): Optional. One of: 0, 1. Default: 0.
            hasuseregns (CreateacctHasuseregns): Optional. One of: 0, 1. Default: 0.
            homedir (str): Optional.
            ip (CreateacctIp): Optional. One of: 'y', 'n'. Default: 'n'.
            language (str): Optional.
            mail_node_alias (str): Optional.
            mailbox_format (str): Optional.
            max_defer_fail_percentage (Any): Optional. Default: 'unlimited'. A string or a number.
            max_email_per_hour (Any): Optional. A string or a number.
            max_emailacct_quota (Any): Optional. Default: 1024. A string or a number.
            max_team_users (int): Optional.
            maxaddon (Any): Optional. Default: 0. A string or a number.
            maxftp (Any): Optional. A string or a number.
            maxlst (Any): Optional. A string or a number.
            maxpark (Any): Optional. Default: 0. A string or a number.
            maxpop (Any): Optional. A string or a number.
            maxsql (Any): Optional. A string or a number.
            maxsub (Any): Optional. A string or a number.
            mxcheck (CreateacctMxcheck): Optional. One of: 'local', 'secondary', 'remote', 'auto'.
            owner (str): Optional.
            ownerself (CreateacctOwnerself): Optional. One of: 0, 1. Default: 0.
            pass_ (str): Optional. WHM name: ``pass``.
            password (str): Optional.
            pkgname (str): Optional.
            plan (str): Optional. Default: 'default'.
            quota (int): Optional. Default: 0.
            reseller (CreateacctReseller): Optional. One of: 0, 1. Default: 0.
            reseller_without_domain (CreateacctResellerWithoutDomain): Optional. One of: 0, 1. Default: 0.
            savepkg (CreateacctSavepkg): Optional. One of: 0, 1. Default: 0.
            showpass (CreateacctShowpass): Optional. One of: 'y', 'n'. Default: 'y'.
            spamassassin (CreateacctSpamassassin): Optional. One of: 0, 1. Default: 1.
            spambox (CreateacctSpambox): Optional. One of: 'y', 'n'. Default: 'y'.
            spf (CreateacctSpf): Optional. One of: 0, 1.
            uid (int): Optional.
            useregns (CreateacctUseregns): Optional. One of: 0, 1. Default: 0.

        Returns:
            CreateacctData: the reply's ``data``, with ``ip`` (str), ``nameserver`` (str), ``nameserver2``
                (str), ``nameserver3`` (str), ``nameserver4`` (str), ``nameservera`` (None | str),
                ``nameservera2`` (None | str), ``nameservera3`` (None | str), ``nameservera4`` (None | str),
                ``nameserverentry`` (None | str), ``nameserverentry2`` (None | str), ``nameserverentry3``
                (None | str), ``nameserverentry4`` (None | str), ``package`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-creation/accounts-createacct.md
        """
        from .api.account_creation import createacct as operation

        return await self._run(
            operation,
            operation.build_arguments(
                username=username,
                account_enhancements=account_enhancements,
                bwlimit=bwlimit,
                cgi=cgi,
                contactemail=contactemail,
                cpmod=cpmod,
                customip=customip,
                dkim=dkim,
                dmarc=dmarc,
                domain=domain,
                featurelist=featurelist,
                forcedns=forcedns,
                frontpage=frontpage,
                gid=gid,
                hasshell=hasshell,
                hasuseregns=hasuseregns,
                homedir=homedir,
                ip=ip,
                language=language,
                mail_node_alias=mail_node_alias,
                mailbox_format=mailbox_format,
                max_defer_fail_percentage=max_defer_fail_percentage,
                max_email_per_hour=max_email_per_hour,
                max_emailacct_quota=max_emailacct_quota,
                max_team_users=max_team_users,
                maxaddon=maxaddon,
                maxftp=maxftp,
                maxlst=maxlst,
                maxpark=maxpark,
                maxpop=maxpop,
                maxsql=maxsql,
                maxsub=maxsub,
                mxcheck=mxcheck,
                owner=owner,
                ownerself=ownerself,
                pass_=pass_,
                password=password,
                pkgname=pkgname,
                plan=plan,
                quota=quota,
                reseller=reseller,
                reseller_without_domain=reseller_without_domain,
                savepkg=savepkg,
                showpass=showpass,
                spamassassin=spamassassin,
                spambox=spambox,
                spf=spf,
                uid=uid,
                useregns=useregns,
            ),
        )

    async def current_mysql_version(
        self,
    ) -> CurrentMysqlVersionData:
        """Call ``current_mysql_version``. Read-only. Since WHM 11.48.

        Returns:
            CurrentMysqlVersionData: the reply's ``data``, with ``server`` (str), ``version`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/manage-mysql-server/mysql-current_mysql_version.md
        """
        from .api.databases import current_mysql_version as operation

        return await self._run(operation, operation.build_arguments())

    async def deactivate_zone_key(
        self,
        *,
        domain: str,
        key_id: int,
    ) -> Any:
        """Call ``deactivate_zone_key``. May change server state: never retried. Since WHM 86.

        Args:
            domain (str): Required.
            key_id (int): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-security/dns-deactivate_zone_key.md
        """
        from .api.dns import deactivate_zone_key as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                key_id=key_id,
            ),
        )

    async def delete_account_archives(
        self,
        *,
        user: str,
        mountpoint: str | Unset = UNSET,
    ) -> Any:
        """Call ``delete_account_archives``. May change server state: never retried. Since WHM 70.

        Args:
            user (str): Required.
            mountpoint (str): Optional. Default: '/home'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/transfer-configuration/transfers-delete_account_archives.md
        """
        from .api.transfers import delete_account_archives as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                mountpoint=mountpoint,
            ),
        )

    async def delete_account_enhancement(
        self,
        *,
        name: str,
    ) -> Any:
        """Call ``delete_account_enhancement``. May change server state: never retried. Since WHM 98.

        Args:
            name (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-enhancements/accountenhancements-delete_account_enhancement.md
        """
        from .api.account_enhancements import delete_account_enhancement as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def delete_configclusterserver(
        self,
        *,
        name: str,
    ) -> Any:
        """Call ``delete_configclusterserver``. May change server state: never retried. Since WHM 11.44.

        Args:
            name (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/configuration-clusters/clusterserver-delete_configclusterserver.md
        """
        from .api.server_administration import delete_configclusterserver as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def delete_cpgreylist_trusted_host(
        self,
        *,
        ip: str,
    ) -> DeleteCpgreylistTrustedHostData:
        """Call ``delete_cpgreylist_trusted_host``. May change server state: never retried. Since WHM 11.50.

        Args:
            ip (str): Required.

        Returns:
            DeleteCpgreylistTrustedHostData: the reply's ``data``, with
                ``ips_failed`` (DeleteCpgreylistTrustedHostDataIpsFailed), ``ips_removed`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import delete_cpgreylist_trusted_host as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ip=ip,
            ),
        )

    async def delete_cphulk_record(
        self,
        *,
        ip: list[str],
        list_name: DeleteCphulkRecordListName,
        skip_enabled_check: DeleteCphulkRecordSkipEnabledCheck | Unset = UNSET,
    ) -> DeleteCphulkRecordData:
        """Call ``delete_cphulk_record``. May change server state: never retried. Since WHM 11.48.

        Args:
            ip (list[str]): Required.
            list_name (DeleteCphulkRecordListName): Required. One of: 'white', 'black'.
            skip_enabled_check (DeleteCphulkRecordSkipEnabledCheck): Optional. One of: 0, 1. Default: 0.

        Returns:
            DeleteCphulkRecordData: the reply's ``data``, with
                ``ips_failed`` (DeleteCphulkRecordDataIpsFailed), ``ips_removed`` (list[str]), ``list_name``
                (str), ``requester_ip`` (str), ``requester_ip_is_whitelisted`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/management/cphulk-delete_cphulk_record.md
        """
        from .api.c_p_hulk import delete_cphulk_record as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ip=ip,
                list_name=list_name,
                skip_enabled_check=skip_enabled_check,
            ),
        )

    async def delete_customizations(
        self,
        *,
        application: DeleteCustomizationsApplication,
        theme: str,
        path: str | Unset = UNSET,
    ) -> Any:
        """Call ``delete_customizations``. May change server state: never retried. Since WHM 100.

        Args:
            application (DeleteCustomizationsApplication): Required. One of: 'cpanel', 'webmail'.
            theme (str): Required.
            path (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/customizations/customizations-delete_customizations.md
        """
        from .api.customizations import delete_customizations as operation

        return await self._run(
            operation,
            operation.build_arguments(
                application=application,
                theme=theme,
                path=path,
            ),
        )

    async def delete_domain(
        self,
        *,
        domain: str,
    ) -> DeleteDomainData:
        """Call ``delete_domain``. May change server state: never retried. Since WHM 86.

        Args:
            domain (str): Required.

        Returns:
            DeleteDomainData: the reply's ``data``, with ``type`` (None | str), ``username`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/userdomains-delete_domain.md
        """
        from .api.dns import delete_domain as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def delete_featurelist(
        self,
        *,
        featurelist: str,
    ) -> DeleteFeaturelistData:
        """Call ``delete_featurelist``. May change server state: never retried. Since WHM 11.

        Args:
            featurelist (str): Required.

        Returns:
            DeleteFeaturelistData: the reply's ``data``, with ``deleted_featurelist`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/featurelists-delete_featurelist.md
        """
        from .api.packages import delete_featurelist as operation

        return await self._run(
            operation,
            operation.build_arguments(
                featurelist=featurelist,
            ),
        )

    async def delete_hook(
        self,
        *,
        id: str,
    ) -> Any:
        """Call ``delete_hook``. May change server state: never retried. Since WHM 11.32.

        Args:
            id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/scripts-hooks/hooks-delete_hook.md
        """
        from .api.script_hooks import delete_hook as operation

        return await self._run(
            operation,
            operation.build_arguments(
                id=id,
            ),
        )

    async def delete_rpm_version(
        self,
        *,
        key: str,
        section: str,
        value: str,
    ) -> DeleteRpmVersionData:
        """Call ``delete_rpm_version``. May change server state: never retried. Since WHM 11.32.

        Args:
            key (str): Required.
            section (str): Required.
            value (str): Required.

        Returns:
            DeleteRpmVersionData: the reply's ``data``, with ``status`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/package-manager-settings/rpmversions-delete_rpm_version.md
        """
        from .api.rpm import delete_rpm_version as operation

        return await self._run(
            operation,
            operation.build_arguments(
                key=key,
                section=section,
                value=value,
            ),
        )

    async def delete_ssl_vhost(
        self,
        *,
        host: str,
    ) -> DeleteSslVhostData:
        """Call ``delete_ssl_vhost``. May change server state: never retried. Since WHM 82.

        Args:
            host (str): Required.

        Returns:
            DeleteSslVhostData: the reply's ``data``, with ``output`` (list[str]), ``removed_vhost_data``
                (list[DeleteSslVhostDataRemovedVhostDataItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-delete_ssl_vhost.md
        """
        from .api.ssl import delete_ssl_vhost as operation

        return await self._run(
            operation,
            operation.build_arguments(
                host=host,
            ),
        )

    async def deletesshkey(
        self,
        *,
        file: str,
        leave_authorized: DeletesshkeyLeaveAuthorized | Unset = UNSET,
    ) -> DeletesshkeyData:
        """Call ``deletesshkey``. May change server state: never retried. Since WHM 11.

        Args:
            file (str): Required.
            leave_authorized (DeletesshkeyLeaveAuthorized): Optional. One of: 0, 1. Default: 1.

        Returns:
            DeletesshkeyData: the reply's ``data``, with ``file`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-deletesshkey.md
        """
        from .api.ssh_keys_and_connections import deletesshkey as operation

        return await self._run(
            operation,
            operation.build_arguments(
                file=file,
                leave_authorized=leave_authorized,
            ),
        )

    async def delip(
        self,
        *,
        ip: str,
        ethernetdev: str | Unset = UNSET,
        skipifshutdown: DelipSkipifshutdown | Unset = UNSET,
    ) -> Any:
        """Call ``delip``. May change server state: never retried. Since WHM 11.

        Args:
            ip (str): Required.
            ethernetdev (str): Optional. Default: ''.
            skipifshutdown (DelipSkipifshutdown): Optional. One of: 0, 1. Default: 0.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv4-address-settings/ips-delip.md
        """
        from .api.ip_addresses import delip as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ip=ip,
                ethernetdev=ethernetdev,
                skipifshutdown=skipifshutdown,
            ),
        )

    async def delpkgext(
        self,
        *,
        field_delete_extensions: str,
        name: str,
    ) -> DelpkgextData:
        """Call ``delpkgext``. May change server state: never retried. Since WHM 68.

        Args:
            field_delete_extensions (str): Required. WHM name: ``_DELETE_EXTENSIONS``.
            name (str): Required.

        Returns:
            DelpkgextData: the reply's ``data``, with ``pkg`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/hosting-plan-extensions/packages-delpkgext.md
        """
        from .api.packages import delpkgext as operation

        return await self._run(
            operation,
            operation.build_arguments(
                field_delete_extensions=field_delete_extensions,
                name=name,
            ),
        )

    async def disable_authentication_provider(
        self,
        *,
        provider_id: str,
        service_name: DisableAuthenticationProviderServiceName,
    ) -> Any:
        """Call ``disable_authentication_provider``. May change server state: never retried. Since WHM 54.

        Args:
            provider_id (str): Required.
            service_name (DisableAuthenticationProviderServiceName): Required. One of: 'cpaneld',
                'webmaild', 'whostmgrd'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/authentication-disable_authentication_provider.md
        """
        from .api.authentication import disable_authentication_provider as operation

        return await self._run(
            operation,
            operation.build_arguments(
                provider_id=provider_id,
                service_name=service_name,
            ),
        )

    async def disable_autossl(
        self,
    ) -> Any:
        """Call ``disable_autossl``. May change server state: never retried. Since WHM 58.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-disable_autossl.md
        """
        from .api.ssl import disable_autossl as operation

        return await self._run(operation, operation.build_arguments())

    async def disable_cpgreylist(
        self,
    ) -> Any:
        """Call ``disable_cpgreylist``. May change server state: never retried. Since WHM 11.50.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import disable_cpgreylist as operation

        return await self._run(operation, operation.build_arguments())

    async def disable_cphulk(
        self,
    ) -> Any:
        """Call ``disable_cphulk``. May change server state: never retried. Since WHM 11.48.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/settings/cphulk-disable_cphulk.md
        """
        from .api.c_p_hulk import disable_cphulk as operation

        return await self._run(operation, operation.build_arguments())

    async def disable_dkim(
        self,
        *,
        domain: str,
    ) -> DisableDkimData:
        """Call ``disable_dkim``. May change server state: never retried. Since WHM 78.

        Args:
            domain (str): Required.

        Returns:
            DisableDkimData: the reply's ``data``, with ``payload`` (list[DisableDkimDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-disable_dkim.md
        """
        from .api.mail import disable_dkim as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def disable_dnssec_for_domains(
        self,
        *,
        domain: str,
    ) -> DisableDnssecForDomainsData:
        """Call ``disable_dnssec_for_domains``. May change server state: never retried. Since WHM 86.

        Args:
            domain (str): Required.

        Returns:
            DisableDnssecForDomainsData: the reply's ``data``, with
                ``domains`` (list[DisableDnssecForDomainsDataDomainsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-security/dns-disable_dnssec_for_domains.md
        """
        from .api.dns import disable_dnssec_for_domains as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def disable_failing_authentication_providers(
        self,
    ) -> DisableFailingAuthenticationProvidersData:
        """Call ``disable_failing_authentication_providers``. May change server state: never retried. Since WHM 54.

        Returns:
            DisableFailingAuthenticationProvidersData: the reply's ``data``, with
                ``payload`` (list[DisableFailingAuthenticationProvidersDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/authentication-disable_failing_authentication_providers.md
        """
        from .api.authentication import disable_failing_authentication_providers as operation

        return await self._run(operation, operation.build_arguments())

    async def disable_mail_sni(
        self,
        *,
        domain: str | Unset = UNSET,
    ) -> Any:
        """Call ``disable_mail_sni``. May change server state: never retried. Since WHM 11.48. Deprecated by cPanel.

        Args:
            domain (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/ssl-disable_mail_sni.md
        """
        from .api.mail import disable_mail_sni as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def disable_market_provider(
        self,
        *,
        name: str,
    ) -> Any:
        """Call ``disable_market_provider``. May change server state: never retried. Since WHM 56.

        Args:
            name (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/provider-management/market-disable_market_provider.md
        """
        from .api.market import disable_market_provider as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def domainuserdata(
        self,
        *,
        domain: str,
    ) -> DomainuserdataData:
        """Call ``domainuserdata``. Read-only. Since WHM 11.32.

        Args:
            domain (str): Required.

        Returns:
            DomainuserdataData: the reply's ``data``, with ``userdata`` (DomainuserdataDataUserdata).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-information/accounts-domainuserdata.md
        """
        from .api.domain_information import domainuserdata as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def dumpzone(
        self,
        *,
        domain: str,
        zone: str | Unset = UNSET,
    ) -> DumpzoneData:
        """Call ``dumpzone``. Read-only. Since WHM 11. Deprecated by cPanel.

        Args:
            domain (str): Required.
            zone (str): Optional.

        Returns:
            DumpzoneData: the reply's ``data``, with ``zone`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-dumpzone.md
        """
        from .api.dns import dumpzone as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                zone=zone,
            ),
        )

    async def ea4_get_additional_pkg_prefixes(
        self,
    ) -> Ea4GetAdditionalPkgPrefixesData:
        """Call ``ea4_get_additional_pkg_prefixes``. May change server state: never retried. Since WHM 116.

        Returns:
            Ea4GetAdditionalPkgPrefixesData: the reply's ``data``, with
                ``additional_pkg_prefixes`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/easyapache-settings/ea4-ea4_get_additional_pkg_prefixes.md
        """
        from .api.easy_apache import ea4_get_additional_pkg_prefixes as operation

        return await self._run(operation, operation.build_arguments())

    async def ea4_get_currently_installed_packages(
        self,
    ) -> Ea4GetCurrentlyInstalledPackagesData:
        """Call ``ea4_get_currently_installed_packages``. May change server state: never retried. Since WHM 62.

        Returns:
            Ea4GetCurrentlyInstalledPackagesData: the reply's ``data``, with ``packages`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/easyapache-settings/ea4-ea4_get_currently_installed_packages.md
        """
        from .api.easy_apache import ea4_get_currently_installed_packages as operation

        return await self._run(operation, operation.build_arguments())

    async def ea4_list_profiles(
        self,
    ) -> Ea4ListProfilesData:
        """Call ``ea4_list_profiles``. May change server state: never retried. Since WHM 11.52.

        Returns:
            Ea4ListProfilesData: the reply's ``data``, with
                ``cpanel`` (list[Ea4ListProfilesDataCpanelItem]), ``custom``
                (list[Ea4ListProfilesDataCustomItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/easyapache-settings/ea4-ea4_list_profiles.md
        """
        from .api.easy_apache import ea4_list_profiles as operation

        return await self._run(operation, operation.build_arguments())

    async def ea4_metainfo(
        self,
    ) -> Ea4MetainfoData:
        """Call ``ea4_metainfo``. May change server state: never retried. Since WHM 80.

        Returns:
            Ea4MetainfoData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/easyapache-settings/ea4-ea4_metainfo.md
        """
        from .api.easy_apache import ea4_metainfo as operation

        return await self._run(operation, operation.build_arguments())

    async def ea4_recommendations(
        self,
    ) -> Ea4RecommendationsData:
        """Call ``ea4_recommendations``. May change server state: never retried. Since WHM 64.

        Returns:
            Ea4RecommendationsData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/easyapache-settings/ea4-ea4_recommendations.md
        """
        from .api.easy_apache import ea4_recommendations as operation

        return await self._run(operation, operation.build_arguments())

    async def ea4_save_profile(
        self,
        *,
        filename: str,
        name: str,
        pkg: list[str],
        desc: str | Unset = UNSET,
        overwrite: Ea4SaveProfileOverwrite | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        version: str | Unset = UNSET,
    ) -> Ea4SaveProfileData:
        """Call ``ea4_save_profile``. May change server state: never retried. Since WHM 64.

        Args:
            filename (str): Required.
            name (str): Required.
            pkg (list[str]): Required.
            desc (str): Optional. Default: ''.
            overwrite (Ea4SaveProfileOverwrite): Optional. One of: 0, 1. Default: 0.
            tag (list[str]): Optional. Default: [].
            version (str): Optional. Default: '0'.

        Returns:
            Ea4SaveProfileData: the reply's ``data``, with ``already_exists`` (int), ``path`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/easyapache-settings/ea4-ea4_save_profile.md
        """
        from .api.easy_apache import ea4_save_profile as operation

        return await self._run(
            operation,
            operation.build_arguments(
                filename=filename,
                name=name,
                pkg=pkg,
                desc=desc,
                overwrite=overwrite,
                tag=tag,
                version=version,
            ),
        )

    async def edit_hook(
        self,
        *,
        id: str,
        check: str | Unset = UNSET,
        enabled: EditHookEnabled | Unset = UNSET,
        escalateprivs: EditHookEscalateprivs | Unset = UNSET,
        exectype: EditHookExectype | Unset = UNSET,
        hook: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        rollback: str | Unset = UNSET,
        stage: EditHookStage | Unset = UNSET,
        weight: int | Unset = UNSET,
    ) -> Any:
        """Call ``edit_hook``. May change server state: never retried. Since WHM 11.32.

        Args:
            id (str): Required.
            check (str): Optional.
            enabled (EditHookEnabled): Optional. One of: 0, 1.
            escalateprivs (EditHookEscalateprivs): Optional. One of: 0, 1. Default: 0.
            exectype (EditHookExectype): Optional. One of: 'script', 'module'.
            hook (str): Optional.
            notes (str): Optional.
            rollback (str): Optional.
            stage (EditHookStage): Optional. One of: 'pre', 'post'.
            weight (int): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/scripts-hooks/hooks-edit_hook.md
        """
        from .api.script_hooks import edit_hook as operation

        return await self._run(
            operation,
            operation.build_arguments(
                id=id,
                check=check,
                enabled=enabled,
                escalateprivs=escalateprivs,
                exectype=exectype,
                hook=hook,
                notes=notes,
                rollback=rollback,
                stage=stage,
                weight=weight,
            ),
        )

    async def edit_rpm_version(
        self,
        *,
        key: str,
        section: str,
        value: str,
    ) -> EditRpmVersionData:
        """Call ``edit_rpm_version``. May change server state: never retried. Since WHM 11.32.

        Args:
            key (str): Required.
            section (str): Required.
            value (str): Required.

        Returns:
            EditRpmVersionData: the reply's ``data``, with ``status`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/package-manager-settings/rpmversions-edit_rpm_version.md
        """
        from .api.rpm import edit_rpm_version as operation

        return await self._run(
            operation,
            operation.build_arguments(
                key=key,
                section=section,
                value=value,
            ),
        )

    async def editpkg(
        self,
        *,
        name: str,
        field_package_extensions: str | Unset = UNSET,
        bwlimit: Any | Unset = UNSET,
        cgi: EditpkgCgi | Unset = UNSET,
        cpmod: str | Unset = UNSET,
        digestauth: EditpkgDigestauth | Unset = UNSET,
        featurelist: str | Unset = UNSET,
        frontpage: EditpkgFrontpage | Unset = UNSET,
        hasshell: EditpkgHasshell | Unset = UNSET,
        ip: EditpkgIp | Unset = UNSET,
        language: str | Unset = UNSET,
        max_defer_fail_percentage: Any | Unset = UNSET,
        max_email_per_hour: Any | Unset = UNSET,
        max_emailacct_quota: Any | Unset = UNSET,
        max_team_users: int | Unset = UNSET,
        maxaddon: Any | Unset = UNSET,
        maxftp: Any | Unset = UNSET,
        maxlst: Any | Unset = UNSET,
        maxpark: Any | Unset = UNSET,
        maxpop: Any | Unset = UNSET,
        maxsql: Any | Unset = UNSET,
        maxsub: Any | Unset = UNSET,
        quota: Any | Unset = UNSET,
    ) -> EditpkgData:
        """Call ``editpkg``. May change server state: never retried. Since WHM 11.

        Args:
            name (str): Required.
            field_package_extensions (str): Optional. WHM name: ``_PACKAGE_EXTENSIONS``.
            bwlimit (Any): Optional. Default: 1048576. A string or a number.
            cgi (EditpkgCgi): Optional. One of: 1, 0. Default: 1.
            cpmod (str): Optional.
            digestauth (EditpkgDigestauth): Optional. One of: 1, 0. Default: 0.
            featurelist (str): Optional. Default: 'default'.
            frontpage (EditpkgFrontpage): Optional. One of: 1, 0. Default: 0.
            hasshell (EditpkgHasshell): Optional. One of: 1, 0. Default: 0.
            ip (EditpkgIp): Optional. One of: 'y', 'n'. Default: 'n'.
            language (str): Optional.
            max_defer_fail_percentage (Any): Optional. Default: 'unlimited'. A string or a number.
            max_email_per_hour (Any): Optional. Default: 'unlimited'. A string or a number.
            max_emailacct_quota (Any): Optional. Default: 1024. A string or a number.
            max_team_users (int): Optional.
            maxaddon (Any): Optional. Default: 0. A string or a number.
            maxftp (Any): Optional. Default: 'unlimited'. A string or a number.
            maxlst (Any): Optional. Default: 'unlimited'. A string or a number.
            maxpark (Any): Optional. Default: 0. A string or a number.
            maxpop (Any): Optional. Default: 'unlimited'. A string or a number.
            maxsql (Any): Optional. Default: 'unlimited'. A string or a number.
            maxsub (Any): Optional. Default: 'unlimited'. A string or a number.
            quota (Any): Optional. Default: 10240. A string or a number.

        Returns:
            EditpkgData: the reply's ``data``, with ``pkg`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/hosting-plans/packages-editpkg.md
        """
        from .api.packages import editpkg as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
                field_package_extensions=field_package_extensions,
                bwlimit=bwlimit,
                cgi=cgi,
                cpmod=cpmod,
                digestauth=digestauth,
                featurelist=featurelist,
                frontpage=frontpage,
                hasshell=hasshell,
                ip=ip,
                language=language,
                max_defer_fail_percentage=max_defer_fail_percentage,
                max_email_per_hour=max_email_per_hour,
                max_emailacct_quota=max_emailacct_quota,
                max_team_users=max_team_users,
                maxaddon=maxaddon,
                maxftp=maxftp,
                maxlst=maxlst,
                maxpark=maxpark,
                maxpop=maxpop,
                maxsql=maxsql,
                maxsub=maxsub,
                quota=quota,
            ),
        )

    async def editquota(
        self,
        *,
        quota: Any,
        user: str,
    ) -> Any:
        """Call ``editquota``. May change server state: never retried. Since WHM 11.

        Args:
            quota (Any): Required. A string or a number.
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/bandwidth-and-disk-quotas/accounts-editquota.md
        """
        from .api.bandwidth_and_disk_quotas import editquota as operation

        return await self._run(
            operation,
            operation.build_arguments(
                quota=quota,
                user=user,
            ),
        )

    async def editzonerecord(
        self,
    ) -> Any:
        """Call ``editzonerecord``. May change server state: never retried. Since WHM 11.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-editzonerecord.md
        """
        from .api.dns import editzonerecord as operation

        return await self._run(operation, operation.build_arguments())

    async def emailtrack_search(
        self,
        *,
        defer: EmailtrackSearchDefer | Unset = UNSET,
        deliverytype: EmailtrackSearchDeliverytype | Unset = UNSET,
        failure: EmailtrackSearchFailure | Unset = UNSET,
        inprogress: EmailtrackSearchInprogress | Unset = UNSET,
        max_results_by_type: int | Unset = UNSET,
        success: EmailtrackSearchSuccess | Unset = UNSET,
    ) -> EmailtrackSearchData:
        """Call ``emailtrack_search``. May change server state: never retried. Since WHM 11.

        Args:
            defer (EmailtrackSearchDefer): Optional. One of: 0, 1. Default: 0.
            deliverytype (EmailtrackSearchDeliverytype): Optional. One of: 'all', 'remote', 'local'.
                Default: 'all'.
            failure (EmailtrackSearchFailure): Optional. One of: 0, 1. Default: 0.
            inprogress (EmailtrackSearchInprogress): Optional. One of: 0, 1. Default: 0.
            max_results_by_type (int): Optional. Default: 0.
            success (EmailtrackSearchSuccess): Optional. One of: 0, 1. Default: 0.

        Returns:
            EmailtrackSearchData: the reply's ``data``, with
                ``records`` (list[EmailtrackSearchDataRecordsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/exim-emailtrack_search.md
        """
        from .api.mail import emailtrack_search as operation

        return await self._run(
            operation,
            operation.build_arguments(
                defer=defer,
                deliverytype=deliverytype,
                failure=failure,
                inprogress=inprogress,
                max_results_by_type=max_results_by_type,
                success=success,
            ),
        )

    async def emailtrack_stats(
        self,
        *,
        deliverytype: EmailtrackStatsDeliverytype | Unset = UNSET,
        enddate: int | Unset = UNSET,
        endtime: int | Unset = UNSET,
        nosize: EmailtrackStatsNosize | Unset = UNSET,
        nosuccess: EmailtrackStatsNosuccess | Unset = UNSET,
        startdate: int | Unset = UNSET,
        starttime: int | Unset = UNSET,
        user: str | Unset = UNSET,
    ) -> EmailtrackStatsData:
        """Call ``emailtrack_stats``. May change server state: never retried. Since WHM 11.

        Args:
            deliverytype (EmailtrackStatsDeliverytype): Optional. One of: 'remote', 'remote-or-faildefer',
                'local'.
            enddate (int): Optional.
            endtime (int): Optional.
            nosize (EmailtrackStatsNosize): Optional. One of: 0, 1. Default: 0.
            nosuccess (EmailtrackStatsNosuccess): Optional. One of: 0, 1. Default: 0.
            startdate (int): Optional. Default: 0.
            starttime (int): Optional. Default: 0.
            user (str): Optional.

        Returns:
            EmailtrackStatsData: the reply's ``data``, with
                ``records`` (list[EmailtrackStatsDataRecordsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/exim-emailtrack_stats.md
        """
        from .api.mail import emailtrack_stats as operation

        return await self._run(
            operation,
            operation.build_arguments(
                deliverytype=deliverytype,
                enddate=enddate,
                endtime=endtime,
                nosize=nosize,
                nosuccess=nosuccess,
                startdate=startdate,
                starttime=starttime,
                user=user,
            ),
        )

    async def emailtrack_user_stats(
        self,
        *,
        deliverytype: EmailtrackUserStatsDeliverytype | Unset = UNSET,
        endtime: int | Unset = UNSET,
        sender: str | Unset = UNSET,
        starttime: int | Unset = UNSET,
    ) -> EmailtrackUserStatsData:
        """Call ``emailtrack_user_stats``. May change server state: never retried. Since WHM 11.

        Args:
            deliverytype (EmailtrackUserStatsDeliverytype): Optional. One of: 'remote',
                'remote-or-faildefer', 'local'.
            endtime (int): Optional.
            sender (str): Optional.
            starttime (int): Optional. Default: 0.

        Returns:
            EmailtrackUserStatsData: the reply's ``data``, with
                ``records`` (list[EmailtrackUserStatsDataRecordsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/exim-emailtrack_user_stats.md
        """
        from .api.mail import emailtrack_user_stats as operation

        return await self._run(
            operation,
            operation.build_arguments(
                deliverytype=deliverytype,
                endtime=endtime,
                sender=sender,
                starttime=starttime,
            ),
        )

    async def enable_authentication_provider(
        self,
        *,
        provider_id: str,
        service_name: EnableAuthenticationProviderServiceName,
    ) -> Any:
        """Call ``enable_authentication_provider``. May change server state: never retried. Since WHM 54.

        Args:
            provider_id (str): Required.
            service_name (EnableAuthenticationProviderServiceName): Required. One of: 'cpaneld', 'webmaild',
                'whostmgrd'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/authentication-enable_authentication_provider.md
        """
        from .api.authentication import enable_authentication_provider as operation

        return await self._run(
            operation,
            operation.build_arguments(
                provider_id=provider_id,
                service_name=service_name,
            ),
        )

    async def enable_cpgreylist(
        self,
    ) -> Any:
        """Call ``enable_cpgreylist``. May change server state: never retried. Since WHM 11.50.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import enable_cpgreylist as operation

        return await self._run(operation, operation.build_arguments())

    async def enable_cphulk(
        self,
    ) -> Any:
        """Call ``enable_cphulk``. May change server state: never retried. Since WHM 11.48.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/settings/cphulk-enable_cphulk.md
        """
        from .api.c_p_hulk import enable_cphulk as operation

        return await self._run(operation, operation.build_arguments())

    async def enable_dkim(
        self,
        *,
        domain: str,
    ) -> EnableDkimData:
        """Call ``enable_dkim``. May change server state: never retried. Since WHM 78.

        Args:
            domain (str): Required.

        Returns:
            EnableDkimData: the reply's ``data``, with ``payload`` (list[EnableDkimDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-enable_dkim.md
        """
        from .api.mail import enable_dkim as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def enable_dnssec_for_domains(
        self,
        *,
        domain: str,
        active: EnableDnssecForDomainsActive | Unset = UNSET,
        algo_num: EnableDnssecForDomainsAlgoNum | Unset = UNSET,
        key_setup: EnableDnssecForDomainsKeySetup | Unset = UNSET,
        nsec3_iterations: int | Unset = UNSET,
        nsec3_narrow: EnableDnssecForDomainsNsec3Narrow | Unset = UNSET,
        nsec3_opt_out: EnableDnssecForDomainsNsec3OptOut | Unset = UNSET,
        nsec3_salt: str | Unset = UNSET,
        use_nsec3: EnableDnssecForDomainsUseNsec3 | Unset = UNSET,
    ) -> EnableDnssecForDomainsData:
        """Call ``enable_dnssec_for_domains``. May change server state: never retried. Since WHM 86.

        Args:
            domain (str): Required.
            active (EnableDnssecForDomainsActive): Optional. One of: 0, 1. Default: 1.
            algo_num (EnableDnssecForDomainsAlgoNum): Optional. One of: 5, 6, 7, 8, 10, 13, 14. Default: 8.
            key_setup (EnableDnssecForDomainsKeySetup): Optional. One of: 'classic', 'simple'. Default:
                'classic'.
            nsec3_iterations (int): Optional. Default: 7.
            nsec3_narrow (EnableDnssecForDomainsNsec3Narrow): Optional. One of: 0, 1. Default: 1.
            nsec3_opt_out (EnableDnssecForDomainsNsec3OptOut): Optional. One of: 0, 1. Default: 0.
            nsec3_salt (str): Optional.
            use_nsec3 (EnableDnssecForDomainsUseNsec3): Optional. One of: 0, 1. Default: 1.

        Returns:
            EnableDnssecForDomainsData: the reply's ``data``, with
                ``domains`` (list[EnableDnssecForDomainsDataDomainsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-security/dns-enable_dnssec_for_domains.md
        """
        from .api.dns import enable_dnssec_for_domains as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                active=active,
                algo_num=algo_num,
                key_setup=key_setup,
                nsec3_iterations=nsec3_iterations,
                nsec3_narrow=nsec3_narrow,
                nsec3_opt_out=nsec3_opt_out,
                nsec3_salt=nsec3_salt,
                use_nsec3=use_nsec3,
            ),
        )

    async def enable_mail_sni(
        self,
        *,
        domain: str,
    ) -> EnableMailSniData:
        """Call ``enable_mail_sni``. May change server state: never retried. Since WHM 11.48.

        Args:
            domain (str): Required.

        Returns:
            EnableMailSniData: the reply's ``data``, with
                ``failed_domains`` (EnableMailSniDataFailedDomains), ``updated_domains`` (Any).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/ssl-enable_mail_sni.md
        """
        from .api.mail import enable_mail_sni as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def enable_market_provider(
        self,
        *,
        name: str,
    ) -> Any:
        """Call ``enable_market_provider``. May change server state: never retried. Since WHM 56.

        Args:
            name (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/provider-management/market-enable_market_provider.md
        """
        from .api.market import enable_market_provider as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def enable_monitor_all_enabled_services(
        self,
    ) -> EnableMonitorAllEnabledServicesData:
        """Call ``enable_monitor_all_enabled_services``. May change server state: never retried. Since WHM 11.52.0.8.

        Returns:
            EnableMonitorAllEnabledServicesData: the reply's ``data``, with
                ``services`` (list[EnableMonitorAllEnabledServicesDataServicesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/services/services-enable_monitor_all_enabled_services.md
        """
        from .api.server_administration import enable_monitor_all_enabled_services as operation

        return await self._run(operation, operation.build_arguments())

    async def enqueue_deferred_ssl_installations(
        self,
        *,
        cab: str,
        crt: str,
        key: str,
        username: str,
        vhost_name: str,
    ) -> Any:
        """Call ``enqueue_deferred_ssl_installations``. May change server state: never retried. Since WHM 88.

        Args:
            cab (str): Required.
            crt (str): Required.
            key (str): Required.
            username (str): Required.
            vhost_name (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-enqueue_deferred_ssl_installations.md
        """
        from .api.ssl import enqueue_deferred_ssl_installations as operation

        return await self._run(
            operation,
            operation.build_arguments(
                cab=cab,
                crt=crt,
                key=key,
                username=username,
                vhost_name=vhost_name,
            ),
        )

    async def enqueue_transfer_item(
        self,
    ) -> Any:
        """Call ``enqueue_transfer_item``. May change server state: never retried. Since WHM 11.44.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-transfer/transfers-enqueue_transfer_item.md
        """
        from .api.transfers import enqueue_transfer_item as operation

        return await self._run(operation, operation.build_arguments())

    async def ensure_dkim_keys_exist(
        self,
        *,
        domain: str,
    ) -> EnsureDkimKeysExistData:
        """Call ``ensure_dkim_keys_exist``. May change server state: never retried. Since WHM 78.

        Args:
            domain (str): Required.

        Returns:
            EnsureDkimKeysExistData: the reply's ``data``, with
                ``payload`` (list[EnsureDkimKeysExistDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-ensure_dkim_keys_exist.md
        """
        from .api.mail import ensure_dkim_keys_exist as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def eol_php_sites(
        self,
    ) -> EolPhpSitesData:
        """Call ``eol_php_sites``. May change server state: never retried. Since WHM 136.

        Returns:
            EolPhpSitesData: the reply's ``data``, with ``eol_php_sites`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/easyapache-settings/eolphpsites-eol_php_sites.md
        """
        from .api.easy_apache import eol_php_sites as operation

        return await self._run(operation, operation.build_arguments())

    async def execute_remote_whmapi1_with_password(
        self,
        *,
        function: str,
        host: str,
        parameter_name: str,
        parameter_value: str,
        password: str,
        username: str,
        tls_verification: str | Unset = UNSET,
    ) -> ExecuteRemoteWhmapi1WithPasswordData:
        """Call ``execute_remote_whmapi1_with_password``. May change server state: never retried. Since WHM 90.

        Args:
            function (str): Required.
            host (str): Required.
            parameter_name (str): Required.
            parameter_value (str): Required.
            password (str): Required.
            username (str): Required.
            tls_verification (str): Optional.

        Returns:
            ExecuteRemoteWhmapi1WithPasswordData: the reply's ``data``, with ``app`` (list[str]),
                ``key-name*`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-execution/cpanel-execute_remote_whmapi1_with_password.md
        """
        from .api.api_execution import execute_remote_whmapi1_with_password as operation

        return await self._run(
            operation,
            operation.build_arguments(
                function=function,
                host=host,
                parameter_name=parameter_name,
                parameter_value=parameter_value,
                password=password,
                username=username,
                tls_verification=tls_verification,
            ),
        )

    async def exim_configuration_check(
        self,
    ) -> EximConfigurationCheckData:
        """Call ``exim_configuration_check``. Read-only. Since WHM 11.

        Returns:
            EximConfigurationCheckData: the reply's ``data``, with ``message`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/exim-exim_configuration_check.md
        """
        from .api.mail import exim_configuration_check as operation

        return await self._run(operation, operation.build_arguments())

    async def export_zone_dnskey(
        self,
        *,
        domain: str,
        key_id: int,
    ) -> ExportZoneDnskeyData:
        """Call ``export_zone_dnskey``. Read-only. Since WHM 88.

        Args:
            domain (str): Required.
            key_id (int): Required.

        Returns:
            ExportZoneDnskeyData: the reply's ``data``, with ``dnskey`` (str), ``key_id`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-export_zone_dnskey.md
        """
        from .api.dns import export_zone_dnskey as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                key_id=key_id,
            ),
        )

    async def export_zone_files(
        self,
        *,
        zone: list[str],
    ) -> ExportZoneFilesData:
        """Call ``export_zone_files``. Read-only. Since WHM 11.96.

        Args:
            zone (list[str]): Required.

        Returns:
            ExportZoneFilesData: the reply's ``data``, with
                ``payload`` (list[ExportZoneFilesDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-export_zone_files.md
        """
        from .api.dns import export_zone_files as operation

        return await self._run(
            operation,
            operation.build_arguments(
                zone=zone,
            ),
        )

    async def export_zone_key(
        self,
        *,
        domain: str,
        key_id: int,
    ) -> ExportZoneKeyData:
        """Call ``export_zone_key``. Read-only. Since WHM 86.

        Args:
            domain (str): Required.
            key_id (int): Required.

        Returns:
            ExportZoneKeyData: the reply's ``data``, with ``key_tag`` (int), ``key_type`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-security/dns-export_zone_key.md
        """
        from .api.dns import export_zone_key as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                key_id=key_id,
            ),
        )

    async def expunge_mailbox_messages(
        self,
        *,
        account: str,
        mailbox: str,
        query: str,
    ) -> Any:
        """Call ``expunge_mailbox_messages``. May change server state: never retried. Since WHM 58.

        Args:
            account (str): Required.
            mailbox (str): Required.
            query (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/mailboxes-expunge_mailbox_messages.md
        """
        from .api.mail import expunge_mailbox_messages as operation

        return await self._run(
            operation,
            operation.build_arguments(
                account=account,
                mailbox=mailbox,
                query=query,
            ),
        )

    async def expunge_messages_for_mailbox_guid(
        self,
        *,
        account: str,
        mailbox_guid: str,
        query: str,
    ) -> Any:
        """Call ``expunge_messages_for_mailbox_guid``. May change server state: never retried. Since WHM 64.

        Args:
            account (str): Required.
            mailbox_guid (str): Required.
            query (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/mailboxes-expunge_messages_for_mailbox_guid.md
        """
        from .api.mail import expunge_messages_for_mailbox_guid as operation

        return await self._run(
            operation,
            operation.build_arguments(
                account=account,
                mailbox_guid=mailbox_guid,
                query=query,
            ),
        )

    async def fetch_connected_application(
        self,
        *,
        name: str,
    ) -> FetchConnectedApplicationData:
        """Call ``fetch_connected_application``. May change server state: never retried. Since WHM 98.

        Args:
            name (str): Required.

        Returns:
            FetchConnectedApplicationData: the reply's ``data``, with ``name`` (str), ``data``
                (FetchConnectedApplicationDataData).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/connected-applications/connectedapplications-fetch_connected_application.md
        """
        from .api.server_administration import fetch_connected_application as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def fetch_dkim_private_keys(
        self,
        *,
        domain: str,
    ) -> FetchDkimPrivateKeysData:
        """Call ``fetch_dkim_private_keys``. Read-only. Since WHM 78.

        Args:
            domain (str): Required.

        Returns:
            FetchDkimPrivateKeysData: the reply's ``data``, with
                ``payload`` (list[FetchDkimPrivateKeysDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-fetch_dkim_private_keys.md
        """
        from .api.mail import fetch_dkim_private_keys as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def fetch_ds_records_for_domains(
        self,
        *,
        domain: str,
    ) -> FetchDsRecordsForDomainsData:
        """Call ``fetch_ds_records_for_domains``. Read-only. Since WHM 86.

        Args:
            domain (str): Required.

        Returns:
            FetchDsRecordsForDomainsData: the reply's ``data``, with
                ``domains`` (list[FetchDsRecordsForDomainsDataDomainsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/dns-fetch_ds_records_for_domains.md
        """
        from .api.dns import fetch_ds_records_for_domains as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def fetch_mail_queue(
        self,
    ) -> FetchMailQueueData:
        """Call ``fetch_mail_queue``. May change server state: never retried. Since WHM 11.

        Returns:
            FetchMailQueueData: the reply's ``data``, with
                ``records`` (list[FetchMailQueueDataRecordsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/exim-fetch_mail_queue.md
        """
        from .api.mail import fetch_mail_queue as operation

        return await self._run(operation, operation.build_arguments())

    async def fetch_pkgacct_master_log(
        self,
        *,
        session_id: str,
    ) -> FetchPkgacctMasterLogData:
        """Call ``fetch_pkgacct_master_log``. Read-only. Since WHM 88.

        Args:
            session_id (str): Required.

        Returns:
            FetchPkgacctMasterLogData: the reply's ``data``, with ``log`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/backup-fetch_pkgacct_master_log.md
        """
        from .api.backups import fetch_pkgacct_master_log as operation

        return await self._run(
            operation,
            operation.build_arguments(
                session_id=session_id,
            ),
        )

    async def fetch_security_advice(
        self,
    ) -> FetchSecurityAdviceData:
        """Call ``fetch_security_advice``. Read-only. Since WHM 80.

        Returns:
            FetchSecurityAdviceData: the reply's ``data``, with
                ``payload`` (list[FetchSecurityAdviceDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/security/security-fetch_security_advice.md
        """
        from .api.security import fetch_security_advice as operation

        return await self._run(operation, operation.build_arguments())

    async def fetch_service_ssl_components(
        self,
    ) -> FetchServiceSslComponentsData:
        """Call ``fetch_service_ssl_components``. Read-only. Since WHM 11.40.

        Returns:
            FetchServiceSslComponentsData: the reply's ``data``, with
                ``services`` (list[FetchServiceSslComponentsDataServicesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssl-server-settings/ssl-fetch_service_ssl_components.md
        """
        from .api.ssl import fetch_service_ssl_components as operation

        return await self._run(operation, operation.build_arguments())

    async def fetch_ssl_certificates_for_fqdns(
        self,
        *,
        domains: str,
    ) -> FetchSslCertificatesForFqdnsData:
        """Call ``fetch_ssl_certificates_for_fqdns``. Read-only. Since WHM 66.

        Args:
            domains (str): Required.

        Returns:
            FetchSslCertificatesForFqdnsData: the reply's ``data``, with
                ``payload`` (list[FetchSslCertificatesForFqdnsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-fetch_ssl_certificates_for_fqdns.md
        """
        from .api.ssl import fetch_ssl_certificates_for_fqdns as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domains=domains,
            ),
        )

    async def fetch_ssl_vhosts(
        self,
    ) -> FetchSslVhostsData:
        """Call ``fetch_ssl_vhosts``. Read-only. Since WHM 11.32.

        Returns:
            FetchSslVhostsData: the reply's ``data``, with ``vhosts`` (list[FetchSslVhostsDataVhostsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-fetch_ssl_vhosts.md
        """
        from .api.ssl import fetch_ssl_vhosts as operation

        return await self._run(operation, operation.build_arguments())

    async def fetch_transfer_session_log(
        self,
        *,
        logfile: str,
        transfer_session_id: str,
    ) -> FetchTransferSessionLogData:
        """Call ``fetch_transfer_session_log``. May change server state: never retried. Since WHM 11.44.

        Args:
            logfile (str): Required.
            transfer_session_id (str): Required.

        Returns:
            FetchTransferSessionLogData: the reply's ``data``, with ``log`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/transfer-monitoring/transfers-fetch_transfer_session_log.md
        """
        from .api.transfers import fetch_transfer_session_log as operation

        return await self._run(
            operation,
            operation.build_arguments(
                logfile=logfile,
                transfer_session_id=transfer_session_id,
            ),
        )

    async def fetch_vhost_ssl_components(
        self,
    ) -> FetchVhostSslComponentsData:
        """Call ``fetch_vhost_ssl_components``. Read-only. Since WHM 11.32.

        Returns:
            FetchVhostSslComponentsData: the reply's ``data``, with
                ``components`` (list[FetchVhostSslComponentsDataComponentsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-fetch_vhost_ssl_components.md
        """
        from .api.ssl import fetch_vhost_ssl_components as operation

        return await self._run(operation, operation.build_arguments())

    async def fetchcrtinfo(
        self,
        *,
        id: str,
        user: str,
    ) -> FetchcrtinfoData:
        """Call ``fetchcrtinfo``. May change server state: never retried. Since WHM 11.32.

        Args:
            id (str): Required.
            user (str): Required.

        Returns:
            FetchcrtinfoData: the reply's ``data``, with ``cabundle`` (str), ``certificate`` (str),
                ``is_self_signed`` (int), ``key`` (str), ``subject.commonName_ip`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-fetchcrtinfo.md
        """
        from .api.ssl import fetchcrtinfo as operation

        return await self._run(
            operation,
            operation.build_arguments(
                id=id,
                user=user,
            ),
        )

    async def fetchsslinfo(
        self,
        *,
        crtdata: str | Unset = UNSET,
        domain: str | Unset = UNSET,
    ) -> FetchsslinfoData:
        """Call ``fetchsslinfo``. May change server state: never retried. Since WHM 11.32.

        Args:
            crtdata (str): Optional.
            domain (str): Optional.

        Returns:
            FetchsslinfoData: the reply's ``data``, with ``cab`` (str), ``crt`` (str), ``crt_origin`` (str),
                ``domain`` (str), ``ip`` (str), ``key`` (str), ``key_origin`` (str), ``searched_users``
                (list[str]), ``user`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-fetchsslinfo.md
        """
        from .api.ssl import fetchsslinfo as operation

        return await self._run(
            operation,
            operation.build_arguments(
                crtdata=crtdata,
                domain=domain,
            ),
        )

    async def getpkgextensionform(
        self,
        *,
        pkg: str,
    ) -> GetpkgextensionformData:
        """Call ``_getpkgextensionform``. Read-only. Since WHM 11.40.

        Args:
            pkg (str): Required.

        Returns:
            GetpkgextensionformData: the reply's ``data``, with ``html`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/hosting-plan-extensions/accounts-_getpkgextensionform.md
        """
        from .api.packages import field_getpkgextensionform as operation

        return await self._run(
            operation,
            operation.build_arguments(
                pkg=pkg,
            ),
        )

    async def flush_cphulk_login_history(
        self,
    ) -> FlushCphulkLoginHistoryData:
        """Call ``flush_cphulk_login_history``. May change server state: never retried. Since WHM 11.48.

        Returns:
            FlushCphulkLoginHistoryData: the reply's ``data``, with ``records_removed`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/management/cphulk-flush_cphulk_login_history.md
        """
        from .api.c_p_hulk import flush_cphulk_login_history as operation

        return await self._run(operation, operation.build_arguments())

    async def flush_cphulk_login_history_for_ips(
        self,
        *,
        ip: list[str],
    ) -> FlushCphulkLoginHistoryForIpsData:
        """Call ``flush_cphulk_login_history_for_ips``. May change server state: never retried. Since WHM 11.50.

        Args:
            ip (list[str]): Required.

        Returns:
            FlushCphulkLoginHistoryForIpsData: the reply's ``data``, with ``iptable_bans_removed`` (int),
                ``records_removed`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/management/cphulk-flush_cphulk_login_history_for_ips.md
        """
        from .api.c_p_hulk import flush_cphulk_login_history_for_ips as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ip=ip,
            ),
        )

    async def force_dedistribution_from_node(
        self,
        *,
        node_alias: str,
        user: list[str],
    ) -> ForceDedistributionFromNodeData:
        """Call ``force_dedistribution_from_node``. May change server state: never retried. Since WHM 94.

        Args:
            node_alias (str): Required.
            user (list[str]): Required.

        Returns:
            ForceDedistributionFromNodeData: the reply's ``data``, with
                ``log`` (list[ForceDedistributionFromNodeDataLogItem]), ``user_info``
                (list[ForceDedistributionFromNodeDataUserInfoItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-nodes/cpanel-force_dedistribution_from_node.md
        """
        from .api.server_administration import force_dedistribution_from_node as operation

        return await self._run(
            operation,
            operation.build_arguments(
                node_alias=node_alias,
                user=user,
            ),
        )

    async def forcepasswordchange(
        self,
        *,
        users_json: str,
        stop_on_failure: ForcepasswordchangeStopOnFailure | Unset = UNSET,
    ) -> ForcepasswordchangeData:
        """Call ``forcepasswordchange``. May change server state: never retried. Since WHM 11.32.

        Args:
            users_json (str): Required.
            stop_on_failure (ForcepasswordchangeStopOnFailure): Optional. One of: 0, 1. Default: 0.

        Returns:
            ForcepasswordchangeData: the reply's ``data``, with ``updated`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/passwords/accounts-forcepasswordchange.md
        """
        from .api.passwords import forcepasswordchange as operation

        return await self._run(
            operation,
            operation.build_arguments(
                users_json=users_json,
                stop_on_failure=stop_on_failure,
            ),
        )

    async def generate_mobileconfig(
        self,
        *,
        account: str,
        use_ssl: GenerateMobileconfigUseSsl,
        selected_account_services: GenerateMobileconfigSelectedAccountServices | Unset = UNSET,
    ) -> GenerateMobileconfigData:
        """Call ``generate_mobileconfig``. May change server state: never retried. Since WHM 11.52.

        Args:
            account (str): Required.
            use_ssl (GenerateMobileconfigUseSsl): Required. One of: 0, 1.
            selected_account_services (GenerateMobileconfigSelectedAccountServices): Optional. One of:
                'caldav', 'carddav', 'email'.

        Returns:
            GenerateMobileconfigData: the reply's ``data``, with ``payload`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/email-generate_mobileconfig.md
        """
        from .api.mail import generate_mobileconfig as operation

        return await self._run(
            operation,
            operation.build_arguments(
                account=account,
                use_ssl=use_ssl,
                selected_account_services=selected_account_services,
            ),
        )

    async def generatesshkeypair(
        self,
        *,
        abort_on_existing_key: GeneratesshkeypairAbortOnExistingKey | Unset = UNSET,
        algorithm: GeneratesshkeypairAlgorithm | Unset = UNSET,
        bits: GeneratesshkeypairBits | Unset = UNSET,
        comment: str | Unset = UNSET,
        name: str | Unset = UNSET,
        passphrase: str | Unset = UNSET,
    ) -> GeneratesshkeypairData:
        """Call ``generatesshkeypair``. May change server state: never retried. Since WHM 11.32.

        Args:
            abort_on_existing_key (GeneratesshkeypairAbortOnExistingKey): Optional. One of: 0, 1. Default:
                1.
            algorithm (GeneratesshkeypairAlgorithm): Optional. One of: 'rsa2', 'dsa'.
            bits (GeneratesshkeypairBits): Optional. One of: 1024, 2048, 4096.
            comment (str): Optional. Default: ''.
            name (str): Optional. Default: 'id_rsa'.
            passphrase (str): Optional. Default: ''.

        Returns:
            GeneratesshkeypairData: the reply's ``data``, with ``name`` (str), ``fingerprint`` (None | str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-generatesshkeypair.md
        """
        from .api.ssh_keys_and_connections import generatesshkeypair as operation

        return await self._run(
            operation,
            operation.build_arguments(
                abort_on_existing_key=abort_on_existing_key,
                algorithm=algorithm,
                bits=bits,
                comment=comment,
                name=name,
                passphrase=passphrase,
            ),
        )

    async def generatessl(
        self,
        *,
        domains: str,
        country_name: str | Unset = UNSET,
        email_address: str | Unset = UNSET,
        keysize: int | Unset = UNSET,
        locality_name: str | Unset = UNSET,
        organizational_unit_name: str | Unset = UNSET,
        organization_name: str | Unset = UNSET,
        pass_: str | Unset = UNSET,
        skip_certificate: GeneratesslSkipCertificate | Unset = UNSET,
        state_or_province_name: str | Unset = UNSET,
    ) -> GeneratesslData:
        """Call ``generatessl``. May change server state: never retried. Since WHM 11.32.

        Args:
            domains (str): Required.
            country_name (str): Optional. WHM name: ``countryName``.
            email_address (str): Optional. WHM name: ``emailAddress``.
            keysize (int): Optional.
            locality_name (str): Optional. WHM name: ``localityName``.
            organizational_unit_name (str): Optional. WHM name: ``organizationalUnitName``. Default: None.
            organization_name (str): Optional. WHM name: ``organizationName``.
            pass_ (str): Optional. WHM name: ``pass``. Default: None.
            skip_certificate (GeneratesslSkipCertificate): Optional. One of: 1, 0. Default: 0.
            state_or_province_name (str): Optional. WHM name: ``stateOrProvinceName``.

        Returns:
            GeneratesslData: the reply's ``data``, with ``cert`` (str), ``cert_id`` (str), ``certfile``
                (str), ``csr`` (str), ``csr_id`` (str), ``csrfile`` (str), ``key`` (str), ``key_id`` (str),
                ``keyfile`` (str), ``sender`` (str), ``sender_host`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssl-server-settings/ssl-generatessl.md
        """
        from .api.ssl import generatessl as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domains=domains,
                country_name=country_name,
                email_address=email_address,
                keysize=keysize,
                locality_name=locality_name,
                organizational_unit_name=organizational_unit_name,
                organization_name=organization_name,
                pass_=pass_,
                skip_certificate=skip_certificate,
                state_or_province_name=state_or_province_name,
            ),
        )

    async def get_adjusted_market_providers_products(
        self,
    ) -> GetAdjustedMarketProvidersProductsData:
        """Call ``get_adjusted_market_providers_products``. Read-only. Since WHM 56.

        Returns:
            GetAdjustedMarketProvidersProductsData: the reply's ``data``, with
                ``products`` (list[GetAdjustedMarketProvidersProductsDataProductsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/product-management/market-get_adjusted_market_providers_products.md
        """
        from .api.market import get_adjusted_market_providers_products as operation

        return await self._run(operation, operation.build_arguments())

    async def get_all_contact_importances(
        self,
    ) -> GetAllContactImportancesData:
        """Call ``get_all_contact_importances``. Read-only. Since WHM 58.

        Returns:
            GetAllContactImportancesData: the reply's ``data``, with
                ``importances`` (list[GetAllContactImportancesDataImportancesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/notifications/contact-get_all_contact_importances.md
        """
        from .api.server_administration import get_all_contact_importances as operation

        return await self._run(operation, operation.build_arguments())

    async def get_api_calls(
        self,
        *,
        type_: str | Unset = UNSET,
    ) -> GetApiCallsData:
        """Call ``get_api_calls``. Read-only. Since WHM 86.

        Args:
            type_ (str): Optional. WHM name: ``type``. Default: 'cpapi1'.

        Returns:
            GetApiCallsData: the reply's ``data``, with ``result`` (list[GetApiCallsDataResultItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-statistics/sys-get_api_calls.md
        """
        from .api.server_administration import get_api_calls as operation

        return await self._run(
            operation,
            operation.build_arguments(
                type_=type_,
            ),
        )

    async def get_api_pages(
        self,
        *,
        type_: GetApiPagesType | Unset = UNSET,
    ) -> GetApiPagesData:
        """Call ``get_api_pages``. Read-only. Since WHM 86.

        Args:
            type_ (GetApiPagesType): Optional. WHM name: ``type``. One of: 'cpapi1'. Default: 'cpapi1'.

        Returns:
            GetApiPagesData: the reply's ``data``, with ``count`` (int), ``entry`` (str), ``timestamp``
                (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-statistics/sys-get_api_pages.md
        """
        from .api.server_administration import get_api_pages as operation

        return await self._run(
            operation,
            operation.build_arguments(
                type_=type_,
            ),
        )

    async def get_appconfig_application_list(
        self,
    ) -> GetAppconfigApplicationListData:
        """Call ``get_appconfig_application_list``. Read-only. Since WHM 11.38.1.

        Returns:
            GetAppconfigApplicationListData: the reply's ``data``, with
                ``cpanel`` (list[GetAppconfigApplicationListDataCpanelItem]), ``webmail``
                (list[GetAppconfigApplicationListDataWebmailItem]), ``whostmgr``
                (list[GetAppconfigApplicationListDataWhostmgrItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/applications/sys-get_appconfig_application_list.md
        """
        from .api.server_administration import get_appconfig_application_list as operation

        return await self._run(operation, operation.build_arguments())

    async def get_application_contact_event_importance(
        self,
        *,
        app: str,
        event: str,
    ) -> GetApplicationContactEventImportanceData:
        """Call ``get_application_contact_event_importance``. Read-only. Since WHM 58.

        Args:
            app (str): Required.
            event (str): Required.

        Returns:
            GetApplicationContactEventImportanceData: the reply's ``data``, with ``name`` (str),
                ``importance`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/notifications/contact-get_application_contact_event_importance.md
        """
        from .api.server_administration import get_application_contact_event_importance as operation

        return await self._run(
            operation,
            operation.build_arguments(
                app=app,
                event=event,
            ),
        )

    async def get_application_contact_importance(
        self,
        *,
        app: str,
    ) -> GetApplicationContactImportanceData:
        """Call ``get_application_contact_importance``. Read-only. Since WHM 58.

        Args:
            app (str): Required.

        Returns:
            GetApplicationContactImportanceData: the reply's ``data``, with ``name`` (str), ``importance``
                (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/notifications/contact-get_application_contact_importance.md
        """
        from .api.server_administration import get_application_contact_importance as operation

        return await self._run(
            operation,
            operation.build_arguments(
                app=app,
            ),
        )

    async def get_autossl_check_schedule(
        self,
    ) -> GetAutosslCheckScheduleData:
        """Call ``get_autossl_check_schedule``. May change server state: never retried. Since WHM 58.

        Returns:
            GetAutosslCheckScheduleData: the reply's ``data``, with ``cron`` (list[str]), ``next_time``
                (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-get_autossl_check_schedule.md
        """
        from .api.ssl import get_autossl_check_schedule as operation

        return await self._run(operation, operation.build_arguments())

    async def get_autossl_log(
        self,
        *,
        start_time: str,
    ) -> GetAutosslLogData:
        """Call ``get_autossl_log``. Read-only. Since WHM 58.

        Args:
            start_time (str): Required.

        Returns:
            GetAutosslLogData: the reply's ``data``, with ``payload`` (list[GetAutosslLogDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-get_autossl_log.md
        """
        from .api.ssl import get_autossl_log as operation

        return await self._run(
            operation,
            operation.build_arguments(
                start_time=start_time,
            ),
        )

    async def get_autossl_logs_catalog(
        self,
    ) -> GetAutosslLogsCatalogData:
        """Call ``get_autossl_logs_catalog``. Read-only. Since WHM 58.

        Returns:
            GetAutosslLogsCatalogData: the reply's ``data``, with
                ``payload`` (list[GetAutosslLogsCatalogDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-get_autossl_logs_catalog.md
        """
        from .api.ssl import get_autossl_logs_catalog as operation

        return await self._run(operation, operation.build_arguments())

    async def get_autossl_metadata(
        self,
    ) -> GetAutosslMetadataData:
        """Call ``get_autossl_metadata``. Read-only. Since WHM 60.

        Returns:
            GetAutosslMetadataData: the reply's ``data``, with ``payload`` (GetAutosslMetadataDataPayload).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-get_autossl_metadata.md
        """
        from .api.ssl import get_autossl_metadata as operation

        return await self._run(operation, operation.build_arguments())

    async def get_autossl_problems_for_domain(
        self,
        *,
        domain: str,
    ) -> GetAutosslProblemsForDomainData:
        """Call ``get_autossl_problems_for_domain``. Read-only. Since WHM 68.

        Args:
            domain (str): Required.

        Returns:
            GetAutosslProblemsForDomainData: the reply's ``data``, with
                ``problems_by_domain`` (list[GetAutosslProblemsForDomainDataProblemsByDomainItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-get_autossl_problems_for_domain.md
        """
        from .api.ssl import get_autossl_problems_for_domain as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def get_autossl_problems_for_user(
        self,
        *,
        username: str,
    ) -> GetAutosslProblemsForUserData:
        """Call ``get_autossl_problems_for_user``. Read-only. Since WHM 68.

        Args:
            username (str): Required.

        Returns:
            GetAutosslProblemsForUserData: the reply's ``data``, with
                ``problems_by_domain`` (list[GetAutosslProblemsForUserDataProblemsByDomainItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-get_autossl_problems_for_user.md
        """
        from .api.ssl import get_autossl_problems_for_user as operation

        return await self._run(
            operation,
            operation.build_arguments(
                username=username,
            ),
        )

    async def get_autossl_providers(
        self,
    ) -> GetAutosslProvidersData:
        """Call ``get_autossl_providers``. Read-only. Since WHM 58.

        Returns:
            GetAutosslProvidersData: the reply's ``data``, with
                ``payload`` (list[GetAutosslProvidersDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-get_autossl_providers.md
        """
        from .api.ssl import get_autossl_providers as operation

        return await self._run(operation, operation.build_arguments())

    async def get_autossl_user_excluded_domains(
        self,
        *,
        username: str,
    ) -> GetAutosslUserExcludedDomainsData:
        """Call ``get_autossl_user_excluded_domains``. Read-only. Since WHM 66.

        Args:
            username (str): Required.

        Returns:
            GetAutosslUserExcludedDomainsData: the reply's ``data``, with
                ``payload`` (list[GetAutosslUserExcludedDomainsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-get_autossl_user_excluded_domains.md
        """
        from .api.ssl import get_autossl_user_excluded_domains as operation

        return await self._run(
            operation,
            operation.build_arguments(
                username=username,
            ),
        )

    async def get_available_applications(
        self,
        *,
        applications_list: str | Unset = UNSET,
        file: str | Unset = UNSET,
    ) -> GetAvailableApplicationsData:
        """Call ``get_available_applications``. Read-only. Since WHM 76.

        Args:
            applications_list (str): Optional.
            file (str): Optional. Default: 'dynamicui.conf'.

        Returns:
            GetAvailableApplicationsData: the reply's ``data``, with
                ``groups`` (list[GetAvailableApplicationsDataGroupsItem]), ``raw``
                (list[GetAvailableApplicationsDataRawItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/dynamicui-get_available_applications.md
        """
        from .api.packages import get_available_applications as operation

        return await self._run(
            operation,
            operation.build_arguments(
                applications_list=applications_list,
                file=file,
            ),
        )

    async def get_available_authentication_providers(
        self,
    ) -> GetAvailableAuthenticationProvidersData:
        """Call ``get_available_authentication_providers``. Read-only. Since WHM 54.

        Returns:
            GetAvailableAuthenticationProvidersData: the reply's ``data``, with
                ``providers`` (list[GetAvailableAuthenticationProvidersDataProvidersItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/authentication-get_available_authentication_providers.md
        """
        from .api.authentication import get_available_authentication_providers as operation

        return await self._run(operation, operation.build_arguments())

    async def get_available_featurelists(
        self,
    ) -> GetAvailableFeaturelistsData:
        """Call ``get_available_featurelists``. Read-only. Since WHM 11.0. Deprecated by cPanel.

        Returns:
            GetAvailableFeaturelistsData: the reply's ``data``, with ``available_featurelists`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/featurelists-get_available_featurelists.md
        """
        from .api.packages import get_available_featurelists as operation

        return await self._run(operation, operation.build_arguments())

    async def get_available_profiles(
        self,
    ) -> GetAvailableProfilesData:
        """Call ``get_available_profiles``. Read-only. Since WHM 76.

        Returns:
            GetAvailableProfilesData: the reply's ``data``, with
                ``profiles`` (list[GetAvailableProfilesDataProfilesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-profiles/cpanel-get_available_profiles.md
        """
        from .api.server_administration import get_available_profiles as operation

        return await self._run(operation, operation.build_arguments())

    async def get_available_tiers(
        self,
    ) -> GetAvailableTiersData:
        """Call ``get_available_tiers``. Read-only. Since WHM 11.38.

        Returns:
            GetAvailableTiersData: the reply's ``data``, with ``current`` (str), ``edge`` (str), ``lts``
                (str), ``release`` (str), ``stable`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/updates/sys-get_available_tiers.md
        """
        from .api.updates import get_available_tiers as operation

        return await self._run(operation, operation.build_arguments())

    async def get_best_ssldomain_for_service(
        self,
        *,
        service: str,
    ) -> GetBestSsldomainForServiceData:
        """Call ``get_best_ssldomain_for_service``. Read-only. Since WHM 56.

        Args:
            service (str): Required.

        Returns:
            GetBestSsldomainForServiceData: the reply's ``data``, with ``cert_match_method`` (str),
                ``cert_valid_not_after`` (int), ``is_currently_valid`` (int), ``is_self_signed`` (int),
                ``is_wild_card`` (int), ``ssldomain`` (str), ``ssldomain_matches_cert`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-get_best_ssldomain_for_service.md
        """
        from .api.ssl import get_best_ssldomain_for_service as operation

        return await self._run(
            operation,
            operation.build_arguments(
                service=service,
            ),
        )

    async def get_commerce(
        self,
    ) -> GetCommerceData:
        """Call ``get_commerce``. Read-only. Since WHM 11.122.

        Returns:
            GetCommerceData: the reply's ``data``, with ``is_enabled`` (int), ``storeurl`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/sitejet/get_commerce.md
        """
        from .api.sitejet import get_commerce as operation

        return await self._run(operation, operation.build_arguments())

    async def get_countries_with_known_ip_ranges(
        self,
    ) -> GetCountriesWithKnownIpRangesData:
        """Call ``get_countries_with_known_ip_ranges``. Read-only. Since WHM 70.

        Returns:
            GetCountriesWithKnownIpRangesData: the reply's ``data``, with
                ``countries`` (list[GetCountriesWithKnownIpRangesDataCountriesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/reporting/countrycodes-get_countries_with_known_ip_ranges.md
        """
        from .api.c_p_hulk import get_countries_with_known_ip_ranges as operation

        return await self._run(operation, operation.build_arguments())

    async def get_cphulk_brutes(
        self,
    ) -> GetCphulkBrutesData:
        """Call ``get_cphulk_brutes``. Read-only. Since WHM 11.48.

        Returns:
            GetCphulkBrutesData: the reply's ``data``, with
                ``brutes`` (list[GetCphulkBrutesDataBrutesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/reporting/cphulk-get_cphulk_brutes.md
        """
        from .api.c_p_hulk import get_cphulk_brutes as operation

        return await self._run(operation, operation.build_arguments())

    async def get_cphulk_excessive_brutes(
        self,
    ) -> GetCphulkExcessiveBrutesData:
        """Call ``get_cphulk_excessive_brutes``. Read-only. Since WHM 11.48.

        Returns:
            GetCphulkExcessiveBrutesData: the reply's ``data``, with
                ``excessive_brutes`` (list[GetCphulkExcessiveBrutesDataExcessiveBrutesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/reporting/cphulk-get_cphulk_excessive_brutes.md
        """
        from .api.c_p_hulk import get_cphulk_excessive_brutes as operation

        return await self._run(operation, operation.build_arguments())

    async def get_cphulk_failed_logins(
        self,
    ) -> GetCphulkFailedLoginsData:
        """Call ``get_cphulk_failed_logins``. Read-only. Since WHM 11.48.

        Returns:
            GetCphulkFailedLoginsData: the reply's ``data``, with
                ``failed_logins`` (list[GetCphulkFailedLoginsDataFailedLoginsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/reporting/cphulk-get_cphulk_failed_logins.md
        """
        from .api.c_p_hulk import get_cphulk_failed_logins as operation

        return await self._run(operation, operation.build_arguments())

    async def get_cphulk_user_brutes(
        self,
    ) -> GetCphulkUserBrutesData:
        """Call ``get_cphulk_user_brutes``. Read-only. Since WHM 11.48.

        Returns:
            GetCphulkUserBrutesData: the reply's ``data``, with
                ``user_brutes`` (list[GetCphulkUserBrutesDataUserBrutesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/reporting/cphulk-get_cphulk_user_brutes.md
        """
        from .api.c_p_hulk import get_cphulk_user_brutes as operation

        return await self._run(operation, operation.build_arguments())

    async def get_current_lts_expiration_status(
        self,
    ) -> GetCurrentLtsExpirationStatusData:
        """Call ``get_current_lts_expiration_status``. Read-only. Since WHM 62.

        Returns:
            GetCurrentLtsExpirationStatusData: the reply's ``data``, with ``expiration`` (int),
                ``expires_in_next_three_months`` (int), ``full_version`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/updates/update-get_current_lts_expiration_status.md
        """
        from .api.updates import get_current_lts_expiration_status as operation

        return await self._run(operation, operation.build_arguments())

    async def get_current_profile(
        self,
    ) -> GetCurrentProfileData:
        """Call ``get_current_profile``. Read-only. Since WHM 76.

        Returns:
            GetCurrentProfileData: the reply's ``data``, with ``name`` (str), ``code`` (str),
                ``description`` (str), ``disabled_roles`` (list[GetCurrentProfileDataDisabledRolesItem]),
                ``enabled_roles`` (list[GetCurrentProfileDataEnabledRolesItem]), ``experimental`` (int),
                ``optional_roles`` (list[GetCurrentProfileDataOptionalRolesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-profiles/cpanel-get_current_profile.md
        """
        from .api.server_administration import get_current_profile as operation

        return await self._run(operation, operation.build_arguments())

    async def get_current_users_count(
        self,
    ) -> GetCurrentUsersCountData:
        """Call ``get_current_users_count``. Read-only. Since WHM 78.

        Returns:
            GetCurrentUsersCountData: the reply's ``data``, with ``users`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-creation/accounts-get_current_users_count.md
        """
        from .api.account_creation import get_current_users_count as operation

        return await self._run(operation, operation.build_arguments())

    async def get_database_optimizations(
        self,
    ) -> GetDatabaseOptimizationsData:
        """Call ``get_database_optimizations``. Read-only. Since WHM 11.44.

        Returns:
            GetDatabaseOptimizationsData: the reply's ``data``, with
                ``payload`` (list[GetDatabaseOptimizationsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mysql-databases/db-get_database_optimizations.md
        """
        from .api.databases import get_database_optimizations as operation

        return await self._run(operation, operation.build_arguments())

    async def get_default_dmarc_record(
        self,
    ) -> GetDefaultDmarcRecordData:
        """Call ``get_default_dmarc_record``. Read-only. Since WHM 124.

        Returns:
            GetDefaultDmarcRecordData: the reply's ``data``, with
                ``payload`` (GetDefaultDmarcRecordDataPayload).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-get_default_dmarc_record.md
        """
        from .api.mail import get_default_dmarc_record as operation

        return await self._run(operation, operation.build_arguments())

    async def get_disk_usage(
        self,
        *,
        cache_mode: GetDiskUsageCacheMode | Unset = UNSET,
    ) -> GetDiskUsageData:
        """Call ``get_disk_usage``. Read-only. Since WHM 80.

        Args:
            cache_mode (GetDiskUsageCacheMode): Optional. One of: 'on', 'off'. Default: 'on'.

        Returns:
            GetDiskUsageData: the reply's ``data``, with ``accounts`` (list[GetDiskUsageDataAccountsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/bandwidth-and-disk-quotas/diskusage-get_disk_usage.md
        """
        from .api.bandwidth_and_disk_quotas import get_disk_usage as operation

        return await self._run(
            operation,
            operation.build_arguments(
                cache_mode=cache_mode,
            ),
        )

    async def get_domain_info(
        self,
    ) -> GetDomainInfoData:
        """Call ``get_domain_info``. Read-only. Since WHM 70.

        Returns:
            GetDomainInfoData: the reply's ``data``, with ``domains`` (list[GetDomainInfoDataDomainsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-information/accounts-get_domain_info.md
        """
        from .api.domain_information import get_domain_info as operation

        return await self._run(operation, operation.build_arguments())

    async def get_ecommerce(
        self,
    ) -> GetEcommerceData:
        """Call ``get_ecommerce``. Read-only. Since WHM 11.122. Deprecated by cPanel.

        Returns:
            GetEcommerceData: the reply's ``data``, with ``is_enabled`` (int), ``storeurl`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/sitejet/get_ecommerce.md
        """
        from .api.sitejet import get_ecommerce as operation

        return await self._run(operation, operation.build_arguments())

    async def get_feature_metadata(
        self,
    ) -> GetFeatureMetadataData:
        """Call ``get_feature_metadata``. Read-only. Since WHM 11.

        Returns:
            GetFeatureMetadataData: the reply's ``data``, with
                ``features`` (list[GetFeatureMetadataDataFeaturesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/featurelists-get_feature_metadata.md
        """
        from .api.packages import get_feature_metadata as operation

        return await self._run(operation, operation.build_arguments())

    async def get_feature_names(
        self,
    ) -> GetFeatureNamesData:
        """Call ``get_feature_names``. Read-only. Since WHM 11.

        Returns:
            GetFeatureNamesData: the reply's ``data``, with
                ``feature`` (list[GetFeatureNamesDataFeatureItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/featurelists-get_feature_names.md
        """
        from .api.packages import get_feature_names as operation

        return await self._run(operation, operation.build_arguments())

    async def get_featurelist_data(
        self,
        *,
        featurelist: str,
    ) -> GetFeaturelistDataData:
        """Call ``get_featurelist_data``. Read-only. Since WHM 11.

        Args:
            featurelist (str): Required.

        Returns:
            GetFeaturelistDataData: the reply's ``data``, with ``featurelist`` (str), ``features``
                (list[GetFeaturelistDataDataFeaturesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/featurelists-get_featurelist_data.md
        """
        from .api.packages import get_featurelist_data as operation

        return await self._run(
            operation,
            operation.build_arguments(
                featurelist=featurelist,
            ),
        )

    async def get_featurelists(
        self,
    ) -> GetFeaturelistsData:
        """Call ``get_featurelists``. Read-only. Since WHM 11.52.

        Returns:
            GetFeaturelistsData: the reply's ``data``, with ``featurelists`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/featurelists-get_featurelists.md
        """
        from .api.packages import get_featurelists as operation

        return await self._run(operation, operation.build_arguments())

    async def get_featurelists_by_package_types(
        self,
    ) -> GetFeaturelistsByPackageTypesData:
        """Call ``get_featurelists_by_package_types``. Read-only. Since WHM 11.

        Returns:
            GetFeaturelistsByPackageTypesData: the reply's ``data``, with
                ``package_types_feature_lists`` (GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/featurelists-get_featurelists_by_package_types.md
        """
        from .api.packages import get_featurelists_by_package_types as operation

        return await self._run(operation, operation.build_arguments())

    async def get_fpm_count_and_utilization(
        self,
    ) -> GetFpmCountAndUtilizationData:
        """Call ``get_fpm_count_and_utilization``. Read-only. Since WHM 66.

        Returns:
            GetFpmCountAndUtilizationData: the reply's ``data``, with ``domains_to_be_enabled`` (int),
                ``domains_using_fpm`` (int), ``memory_needed`` (int),
                ``number_of_new_fpm_accounts_we_can_handle`` (int), ``show_warning`` (int),
                ``total_domains`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php-fpm/php-get_fpm_count_and_utilization.md
        """
        from .api.php_fpm import get_fpm_count_and_utilization as operation

        return await self._run(operation, operation.build_arguments())

    async def get_homedir_roots(
        self,
    ) -> GetHomedirRootsData:
        """Call ``get_homedir_roots``. Read-only. Since WHM 88.

        Returns:
            GetHomedirRootsData: the reply's ``data``, with
                ``payload`` (list[GetHomedirRootsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-get_homedir_roots.md
        """
        from .api.account_management import get_homedir_roots as operation

        return await self._run(operation, operation.build_arguments())

    async def get_in_product_survey_url(
        self,
    ) -> GetInProductSurveyUrlData:
        """Call ``get_in_product_survey_url``. Read-only. Since WHM 86.

        Returns:
            GetInProductSurveyUrlData: the reply's ``data``, with ``display`` (str), ``link`` (str),
                ``max_dismiss`` (str), ``new_user`` (str), ``server_type`` (str), ``submit_event`` (str),
                ``user_type`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/inproductsurvey/inproductsurvey-get_in_product_survey_url.md
        """
        from .api.in_product_survey import get_in_product_survey_url as operation

        return await self._run(operation, operation.build_arguments())

    async def get_integration_link_user_config(
        self,
        *,
        app: str,
        user: str,
    ) -> GetIntegrationLinkUserConfigData:
        """Call ``get_integration_link_user_config``. Read-only. Since WHM 54.

        Args:
            app (str): Required.
            user (str): Required.

        Returns:
            GetIntegrationLinkUserConfigData: the reply's ``data``, with
                ``userconfig`` (GetIntegrationLinkUserConfigDataUserconfig).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/links/integration-get_integration_link_user_config.md
        """
        from .api.integration import get_integration_link_user_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                app=app,
                user=user,
            ),
        )

    async def get_linked_server_node(
        self,
        *,
        alias: str,
    ) -> GetLinkedServerNodeData:
        """Call ``get_linked_server_node``. Read-only. Since WHM 86.

        Args:
            alias (str): Required.

        Returns:
            GetLinkedServerNodeData: the reply's ``data``, with ``enabled_services`` (list[str]),
                ``hostname`` (str), ``last_check`` (int), ``system_settings``
                (GetLinkedServerNodeDataSystemSettings), ``tls_verified`` (int), ``username`` (str),
                ``version`` (str), ``worker_capabilities`` (GetLinkedServerNodeDataWorkerCapabilities).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-nodes/cpanel-get_linked_server_node.md
        """
        from .api.server_administration import get_linked_server_node as operation

        return await self._run(
            operation,
            operation.build_arguments(
                alias=alias,
            ),
        )

    async def get_login_url(
        self,
        *,
        provider: str,
        url_after_login: str,
    ) -> GetLoginUrlData:
        """Call ``get_login_url``. May change server state: never retried. Since WHM 62.

        Args:
            provider (str): Required.
            url_after_login (str): Required.

        Returns:
            GetLoginUrlData: the reply's ``data``, with ``payload`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/login-url/market-get_login_url.md
        """
        from .api.authentication import get_login_url as operation

        return await self._run(
            operation,
            operation.build_arguments(
                provider=provider,
                url_after_login=url_after_login,
            ),
        )

    async def get_lts_wexpire(
        self,
    ) -> GetLtsWexpireData:
        """Call ``get_lts_wexpire``. Read-only. Since WHM 62.

        Returns:
            GetLtsWexpireData: the reply's ``data``, with ``branch`` (GetLtsWexpireDataBranch), ``flags``
                (GetLtsWexpireDataFlags), ``tiers`` (GetLtsWexpireDataTiers).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/updates/update-get_lts_wexpire.md
        """
        from .api.updates import get_lts_wexpire as operation

        return await self._run(operation, operation.build_arguments())

    async def get_mailbox_status(
        self,
        *,
        account: str,
    ) -> GetMailboxStatusData:
        """Call ``get_mailbox_status``. Read-only. Since WHM 58.

        Args:
            account (str): Required.

        Returns:
            GetMailboxStatusData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/mailboxes-get_mailbox_status.md
        """
        from .api.mail import get_mailbox_status as operation

        return await self._run(
            operation,
            operation.build_arguments(
                account=account,
            ),
        )

    async def get_mailbox_status_list(
        self,
        *,
        account: str,
    ) -> GetMailboxStatusListData:
        """Call ``get_mailbox_status_list``. Read-only. Since WHM 64.

        Args:
            account (str): Required.

        Returns:
            GetMailboxStatusListData: the reply's ``data``, with
                ``mailboxes`` (list[GetMailboxStatusListDataMailboxesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/mailboxes-get_mailbox_status_list.md
        """
        from .api.mail import get_mailbox_status_list as operation

        return await self._run(
            operation,
            operation.build_arguments(
                account=account,
            ),
        )

    async def get_market_providers_commission_config(
        self,
    ) -> GetMarketProvidersCommissionConfigData:
        """Call ``get_market_providers_commission_config``. Read-only. Since WHM 56.

        Returns:
            GetMarketProvidersCommissionConfigData: the reply's ``data``, with
                ``payload`` (list[GetMarketProvidersCommissionConfigDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/provider-management/market-get_market_providers_commission_config.md
        """
        from .api.market import get_market_providers_commission_config as operation

        return await self._run(operation, operation.build_arguments())

    async def get_market_providers_list(
        self,
    ) -> GetMarketProvidersListData:
        """Call ``get_market_providers_list``. Read-only. Since WHM 56.

        Returns:
            GetMarketProvidersListData: the reply's ``data``, with
                ``payload`` (list[GetMarketProvidersListDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/provider-management/market-get_market_providers_list.md
        """
        from .api.market import get_market_providers_list as operation

        return await self._run(operation, operation.build_arguments())

    async def get_market_providers_product_metadata(
        self,
    ) -> GetMarketProvidersProductMetadataData:
        """Call ``get_market_providers_product_metadata``. Read-only. Since WHM 56.

        Returns:
            GetMarketProvidersProductMetadataData: the reply's ``data``, with
                ``product_metadata`` (list[GetMarketProvidersProductMetadataDataProductMetadataItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/product-management/market-get_market_providers_product_metadata.md
        """
        from .api.market import get_market_providers_product_metadata as operation

        return await self._run(operation, operation.build_arguments())

    async def get_market_providers_products(
        self,
    ) -> GetMarketProvidersProductsData:
        """Call ``get_market_providers_products``. Read-only. Since WHM 56.

        Returns:
            GetMarketProvidersProductsData: the reply's ``data``, with ``products`` (list[Any]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/product-management/market-get_market_providers_products.md
        """
        from .api.market import get_market_providers_products as operation

        return await self._run(operation, operation.build_arguments())

    async def get_maximum_users(
        self,
    ) -> GetMaximumUsersData:
        """Call ``get_maximum_users``. Read-only. Since WHM 78.

        Returns:
            GetMaximumUsersData: the reply's ``data``, with ``users`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-creation/accounts-get_maximum_users.md
        """
        from .api.account_creation import get_maximum_users as operation

        return await self._run(operation, operation.build_arguments())

    async def get_nameserver_config(
        self,
    ) -> GetNameserverConfigData:
        """Call ``get_nameserver_config``. Read-only. Since WHM 56.

        Returns:
            GetNameserverConfigData: the reply's ``data``, with ``nameservers`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/resolvers/nameserver-get_nameserver_config.md
        """
        from .api.dns import get_nameserver_config as operation

        return await self._run(operation, operation.build_arguments())

    async def get_password_strength(
        self,
        *,
        password: str,
    ) -> GetPasswordStrengthData:
        """Call ``get_password_strength``. Read-only. Since WHM 11.

        Args:
            password (str): Required.

        Returns:
            GetPasswordStrengthData: the reply's ``data``, with ``strength`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/passwords/accounts-get_password_strength.md
        """
        from .api.passwords import get_password_strength as operation

        return await self._run(
            operation,
            operation.build_arguments(
                password=password,
            ),
        )

    async def get_pkgacct_session_state(
        self,
        *,
        session_id: str,
    ) -> GetPkgacctSessionStateData:
        """Call ``get_pkgacct_session_state``. Read-only. Since WHM 88.

        Args:
            session_id (str): Required.

        Returns:
            GetPkgacctSessionStateData: the reply's ``data``, with ``state`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/backup-get_pkgacct_session_state.md
        """
        from .api.backups import get_pkgacct_session_state as operation

        return await self._run(
            operation,
            operation.build_arguments(
                session_id=session_id,
            ),
        )

    async def get_provider_client_configurations(
        self,
        *,
        provider_id: str,
        service_name: GetProviderClientConfigurationsServiceName,
    ) -> GetProviderClientConfigurationsData:
        """Call ``get_provider_client_configurations``. Read-only. Since WHM 54.

        Args:
            provider_id (str): Required.
            service_name (GetProviderClientConfigurationsServiceName): Required. One of: 'cpaneld',
                'whostmgrd', 'webmaild'.

        Returns:
            GetProviderClientConfigurationsData: the reply's ``data``, with
                ``client_configurations`` (GetProviderClientConfigurationsDataClientConfigurations).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/authentication-get_provider_client_configurations.md
        """
        from .api.authentication import get_provider_client_configurations as operation

        return await self._run(
            operation,
            operation.build_arguments(
                provider_id=provider_id,
                service_name=service_name,
            ),
        )

    async def get_provider_configuration_fields(
        self,
        *,
        provider_id: str,
        service_name: GetProviderConfigurationFieldsServiceName,
    ) -> GetProviderConfigurationFieldsData:
        """Call ``get_provider_configuration_fields``. Read-only. Since WHM 54.

        Args:
            provider_id (str): Required.
            service_name (GetProviderConfigurationFieldsServiceName): Required. One of: 'cpaneld',
                'whostmgrd', 'webmaild'.

        Returns:
            GetProviderConfigurationFieldsData: the reply's ``data``, with
                ``configuration_fields`` (list[GetProviderConfigurationFieldsDataConfigurationFieldsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/authentication-get_provider_configuration_fields.md
        """
        from .api.authentication import get_provider_configuration_fields as operation

        return await self._run(
            operation,
            operation.build_arguments(
                provider_id=provider_id,
                service_name=service_name,
            ),
        )

    async def get_provider_display_configurations(
        self,
        *,
        provider_id: str,
    ) -> GetProviderDisplayConfigurationsData:
        """Call ``get_provider_display_configurations``. Read-only. Since WHM 58.0.12.

        Args:
            provider_id (str): Required.

        Returns:
            GetProviderDisplayConfigurationsData: the reply's ``data``, with
                ``configurations`` (list[GetProviderDisplayConfigurationsDataConfigurationsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/authentication-get_provider_display_configurations.md
        """
        from .api.authentication import get_provider_display_configurations as operation

        return await self._run(
            operation,
            operation.build_arguments(
                provider_id=provider_id,
            ),
        )

    async def get_public_contact(
        self,
    ) -> GetPublicContactData:
        """Call ``get_public_contact``. Read-only. Since WHM 68.

        Returns:
            GetPublicContactData: the reply's ``data``, with ``name`` (str), ``url`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-settings/publiccontact-get_public_contact.md
        """
        from .api.resellers import get_public_contact as operation

        return await self._run(operation, operation.build_arguments())

    async def get_public_ip(
        self,
        *,
        ip: str,
    ) -> GetPublicIpData:
        """Call ``get_public_ip``. Read-only. Since WHM 62.

        Args:
            ip (str): Required.

        Returns:
            GetPublicIpData: the reply's ``data``, with ``public_ip`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/network-address-translation/ips-get_public_ip.md
        """
        from .api.ip_addresses import get_public_ip as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ip=ip,
            ),
        )

    async def get_remote_access_hash(
        self,
        *,
        host: str,
        password: str,
        username: str,
        generate: GetRemoteAccessHashGenerate | Unset = UNSET,
    ) -> GetRemoteAccessHashData:
        """Call ``get_remote_access_hash``. Read-only. Since WHM 11. Deprecated by cPanel.

        Args:
            host (str): Required.
            password (str): Required.
            username (str): Required.
            generate (GetRemoteAccessHashGenerate): Optional. One of: 0, 1. Default: 0.

        Returns:
            GetRemoteAccessHashData: the reply's ``data``, with ``accesshash`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-authentication/resellers-get_remote_access_hash.md
        """
        from .api.server_administration import get_remote_access_hash as operation

        return await self._run(
            operation,
            operation.build_arguments(
                host=host,
                password=password,
                username=username,
                generate=generate,
            ),
        )

    async def get_rpm_version_data(
        self,
        *,
        section: str,
        key: str | Unset = UNSET,
    ) -> str:
        """Call ``get_rpm_version_data``. Read-only. Since WHM 11.32.

        Args:
            section (str): Required.
            key (str): Optional.

        Returns:
            str: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/list-package-information/rpmversions-get_rpm_version_data.md
        """
        from .api.rpm import get_rpm_version_data as operation

        return await self._run(
            operation,
            operation.build_arguments(
                section=section,
                key=key,
            ),
        )

    async def get_scoped_userdata(
        self,
        *,
        scope: str,
    ) -> GetScopedUserdataData:
        """Call ``get_scoped_userdata``. Read-only. Since WHM 86.

        Args:
            scope (str): Required.

        Returns:
            GetScopedUserdataData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/userdata/userdata-get_scoped_userdata.md
        """
        from .api.user_data import get_scoped_userdata as operation

        return await self._run(
            operation,
            operation.build_arguments(
                scope=scope,
            ),
        )

    async def get_server_node_status(
        self,
        *,
        api_token: str,
        hostname: str,
        username: str,
        skip_tls_verification: GetServerNodeStatusSkipTlsVerification | Unset = UNSET,
    ) -> GetServerNodeStatusData:
        """Call ``get_server_node_status``. Read-only. Since WHM 86.

        Args:
            api_token (str): Required.
            hostname (str): Required.
            username (str): Required.
            skip_tls_verification (GetServerNodeStatusSkipTlsVerification): Optional. One of: 0, 1. Default:
                0.

        Returns:
            GetServerNodeStatusData: the reply's ``data``, with ``enabled_services`` (list[str]),
                ``remote_node_linkages`` (list[Any]), ``system_settings`` (Any), ``tls_verified`` (int),
                ``version`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-nodes/cpanel-get_server_node_status.md
        """
        from .api.server_administration import get_server_node_status as operation

        return await self._run(
            operation,
            operation.build_arguments(
                api_token=api_token,
                hostname=hostname,
                username=username,
                skip_tls_verification=skip_tls_verification,
            ),
        )

    async def get_service_config(
        self,
        *,
        service: GetServiceConfigService,
    ) -> GetServiceConfigData:
        """Call ``get_service_config``. Read-only. Since WHM 58.

        Args:
            service (GetServiceConfigService): Required. One of: 'dovecot'.

        Returns:
            GetServiceConfigData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/services/advconfig-get_service_config.md
        """
        from .api.server_administration import get_service_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                service=service,
            ),
        )

    async def get_service_config_key(
        self,
        *,
        key: str,
        service: str,
    ) -> GetServiceConfigKeyData:
        """Call ``get_service_config_key``. Read-only. Since WHM 58.

        Args:
            key (str): Required.
            service (str): Required.

        Returns:
            GetServiceConfigKeyData: the reply's ``data``, with ``key name`` (str), ``mail_process_size``
                (Any).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/services/advconfig-get_service_config_key.md
        """
        from .api.server_administration import get_service_config_key as operation

        return await self._run(
            operation,
            operation.build_arguments(
                key=key,
                service=service,
            ),
        )

    async def get_service_proxy_backends(
        self,
        *,
        username: str,
    ) -> GetServiceProxyBackendsData:
        """Call ``get_service_proxy_backends``. Read-only. Since WHM 94.

        Args:
            username (str): Required.

        Returns:
            GetServiceProxyBackendsData: the reply's ``data``, with
                ``payload`` (list[GetServiceProxyBackendsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/services/accounts-get_service_proxy_backends.md
        """
        from .api.services import get_service_proxy_backends as operation

        return await self._run(
            operation,
            operation.build_arguments(
                username=username,
            ),
        )

    async def get_shared_ip(
        self,
        *,
        user: str | Unset = UNSET,
    ) -> GetSharedIpData:
        """Call ``get_shared_ip``. Read-only. Since WHM 62.

        Args:
            user (str): Optional.

        Returns:
            GetSharedIpData: the reply's ``data``, with ``ip`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv4-address-settings/ips-get_shared_ip.md
        """
        from .api.ip_addresses import get_shared_ip as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def get_tcp4_sockets(
        self,
    ) -> GetTcp4SocketsData:
        """Call ``get_tcp4_sockets``. Read-only. Since WHM 80.

        Returns:
            GetTcp4SocketsData: the reply's ``data``, with
                ``payload`` (list[GetTcp4SocketsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/connections/sys-get_tcp4_sockets.md
        """
        from .api.server_administration import get_tcp4_sockets as operation

        return await self._run(operation, operation.build_arguments())

    async def get_tcp6_sockets(
        self,
    ) -> GetTcp6SocketsData:
        """Call ``get_tcp6_sockets``. Read-only. Since WHM 80.

        Returns:
            GetTcp6SocketsData: the reply's ``data``, with
                ``payload`` (list[GetTcp6SocketsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/connections/sys-get_tcp6_sockets.md
        """
        from .api.server_administration import get_tcp6_sockets as operation

        return await self._run(operation, operation.build_arguments())

    async def get_transfer_session_state(
        self,
        *,
        transfer_session_id: str,
    ) -> GetTransferSessionStateData:
        """Call ``get_transfer_session_state``. May change server state: never retried. Since WHM 11.44.

        Args:
            transfer_session_id (str): Required.

        Returns:
            GetTransferSessionStateData: the reply's ``data``, with ``state_name`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/transfer-monitoring/transfers-get_transfer_session_state.md
        """
        from .api.transfers import get_transfer_session_state as operation

        return await self._run(
            operation,
            operation.build_arguments(
                transfer_session_id=transfer_session_id,
            ),
        )

    async def get_tweaksetting(
        self,
        *,
        key: str,
        module: GetTweaksettingModule | Unset = UNSET,
    ) -> GetTweaksettingData:
        """Call ``get_tweaksetting``. Read-only. Since WHM 11.

        Args:
            key (str): Required.
            module (GetTweaksettingModule): Optional. One of: 'Apache', 'Basic', 'Mail', 'Main'. Default:
                'Main'.

        Returns:
            GetTweaksettingData: the reply's ``data``, with
                ``tweaksetting`` (GetTweaksettingDataTweaksetting).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/configurations/cpanel-get_tweaksetting.md
        """
        from .api.configurations import get_tweaksetting as operation

        return await self._run(
            operation,
            operation.build_arguments(
                key=key,
                module=module,
            ),
        )

    async def get_udp4_sockets(
        self,
    ) -> GetUdp4SocketsData:
        """Call ``get_udp4_sockets``. Read-only. Since WHM 80.

        Returns:
            GetUdp4SocketsData: the reply's ``data``, with
                ``payload`` (list[GetUdp4SocketsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/connections/sys-get_udp4_sockets.md
        """
        from .api.server_administration import get_udp4_sockets as operation

        return await self._run(operation, operation.build_arguments())

    async def get_udp6_sockets(
        self,
    ) -> GetUdp6SocketsData:
        """Call ``get_udp6_sockets``. Read-only. Since WHM 80.

        Returns:
            GetUdp6SocketsData: the reply's ``data``, with
                ``payload`` (list[GetUdp6SocketsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/connections/sys-get_udp6_sockets.md
        """
        from .api.server_administration import get_udp6_sockets as operation

        return await self._run(operation, operation.build_arguments())

    async def get_unique_recipient_count_per_sender_for_user(
        self,
        *,
        end_time: int,
        start_time: int,
        user: str,
    ) -> GetUniqueRecipientCountPerSenderForUserData:
        """Call ``get_unique_recipient_count_per_sender_for_user``. Read-only. Since WHM 80.

        Args:
            end_time (int): Required.
            start_time (int): Required.
            user (str): Required.

        Returns:
            GetUniqueRecipientCountPerSenderForUserData: the reply's ``data``, with
                ``payload`` (list[GetUniqueRecipientCountPerSenderForUserDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/exim-get_unique_recipient_count_per_sender_for_user.md
        """
        from .api.mail import get_unique_recipient_count_per_sender_for_user as operation

        return await self._run(
            operation,
            operation.build_arguments(
                end_time=end_time,
                start_time=start_time,
                user=user,
            ),
        )

    async def get_unique_sender_recipient_count_per_user(
        self,
        *,
        end_time: int,
        start_time: int,
    ) -> GetUniqueSenderRecipientCountPerUserData:
        """Call ``get_unique_sender_recipient_count_per_user``. Read-only. Since WHM 80.

        Args:
            end_time (int): Required.
            start_time (int): Required.

        Returns:
            GetUniqueSenderRecipientCountPerUserData: the reply's ``data``, with
                ``payload`` (list[GetUniqueSenderRecipientCountPerUserDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/exim-get_unique_sender_recipient_count_per_user.md
        """
        from .api.mail import get_unique_sender_recipient_count_per_user as operation

        return await self._run(
            operation,
            operation.build_arguments(
                end_time=end_time,
                start_time=start_time,
            ),
        )

    async def get_update_availability(
        self,
    ) -> GetUpdateAvailabilityData:
        """Call ``get_update_availability``. May change server state: never retried. Since WHM 56.

        Returns:
            GetUpdateAvailabilityData: the reply's ``data``, with ``current_version`` (str),
                ``newest_version`` (str), ``tier`` (str), ``update_available`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/updates/update-get_update_availability.md
        """
        from .api.server_administration import get_update_availability as operation

        return await self._run(operation, operation.build_arguments())

    async def get_upgrade_opportunities(
        self,
        *,
        disk_threshold_blocks: int | Unset = UNSET,
        nearness_fraction: float | Unset = UNSET,
    ) -> GetUpgradeOpportunitiesData:
        """Call ``get_upgrade_opportunities``. May change server state: never retried. Since WHM 11.

        Args:
            disk_threshold_blocks (int): Optional. Default: 2097152.
            nearness_fraction (float): Optional. Default: 0.8.

        Returns:
            GetUpgradeOpportunitiesData: the reply's ``data``, with
                ``upgrade_opportunities`` (GetUpgradeOpportunitiesDataUpgradeOpportunities).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-get_upgrade_opportunities.md
        """
        from .api.accounts import get_upgrade_opportunities as operation

        return await self._run(
            operation,
            operation.build_arguments(
                disk_threshold_blocks=disk_threshold_blocks,
                nearness_fraction=nearness_fraction,
            ),
        )

    async def get_user_email_forward_destination(
        self,
        *,
        user: str,
    ) -> GetUserEmailForwardDestinationData:
        """Call ``get_user_email_forward_destination``. Read-only. Since WHM 11.52.

        Args:
            user (str): Required.

        Returns:
            GetUserEmailForwardDestinationData: the reply's ``data``, with ``forward_to`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/email-get_user_email_forward_destination.md
        """
        from .api.mail import get_user_email_forward_destination as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def get_users_and_domains_with_backup_metadata(
        self,
    ) -> GetUsersAndDomainsWithBackupMetadataData:
        """Call ``get_users_and_domains_with_backup_metadata``. Read-only. Since WHM 74.

        Returns:
            GetUsersAndDomainsWithBackupMetadataData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/backup-get_users_and_domains_with_backup_metadata.md
        """
        from .api.backups import get_users_and_domains_with_backup_metadata as operation

        return await self._run(operation, operation.build_arguments())

    async def get_users_authn_linked_accounts(
        self,
    ) -> GetUsersAuthnLinkedAccountsData:
        """Call ``get_users_authn_linked_accounts``. Read-only. Since WHM 54.

        Returns:
            GetUsersAuthnLinkedAccountsData: the reply's ``data``, with
                ``username_linked_accounts`` (list[GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem
                ]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/accounts-get_users_authn_linked_accounts.md
        """
        from .api.authentication import get_users_authn_linked_accounts as operation

        return await self._run(operation, operation.build_arguments())

    async def get_users_features_settings(
        self,
        *,
        user: str,
        feature: str | Unset = UNSET,
    ) -> GetUsersFeaturesSettingsData:
        """Call ``get_users_features_settings``. Read-only. Since WHM 58.

        Args:
            user (str): Required.
            feature (str): Optional.

        Returns:
            GetUsersFeaturesSettingsData: the reply's ``data``, with
                ``users_features_settings`` (list[GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-access/featurelists-get_users_features_settings.md
        """
        from .api.packages import get_users_features_settings as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                feature=feature,
            ),
        )

    async def get_users_links(
        self,
        *,
        user: str,
        service: GetUsersLinksService | Unset = UNSET,
    ) -> GetUsersLinksData:
        """Call ``get_users_links``. Read-only. Since WHM 11.50.

        Args:
            user (str): Required.
            service (GetUsersLinksService): Optional. One of: 'cpaneld', 'webmail'. Default: 'cpaneld'.

        Returns:
            GetUsersLinksData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/styles/plugins-get_users_links.md
        """
        from .api.styles import get_users_links as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                service=service,
            ),
        )

    async def get_users_with_backup_metadata(
        self,
    ) -> GetUsersWithBackupMetadataData:
        """Call ``get_users_with_backup_metadata``. Read-only. Since WHM 70.

        Returns:
            GetUsersWithBackupMetadataData: the reply's ``data``, with ``accounts`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/backup-get_users_with_backup_metadata.md
        """
        from .api.backups import get_users_with_backup_metadata as operation

        return await self._run(operation, operation.build_arguments())

    async def getdiskusage(
        self,
    ) -> GetdiskusageData:
        """Call ``getdiskusage``. Read-only. Since WHM 11.32.

        Returns:
            GetdiskusageData: the reply's ``data``, with
                ``partition`` (list[GetdiskusageDataPartitionItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/system-information/sys-getdiskusage.md
        """
        from .api.server_administration import getdiskusage as operation

        return await self._run(operation, operation.build_arguments())

    async def getdomainowner(
        self,
        *,
        domain: str,
    ) -> GetdomainownerData:
        """Call ``getdomainowner``. Read-only. Since WHM 78.

        Args:
            domain (str): Required.

        Returns:
            GetdomainownerData: the reply's ``data``, with ``user`` (None | str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-information/accounts-getdomainowner.md
        """
        from .api.domain_information import getdomainowner as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def gethostname(
        self,
    ) -> GethostnameData:
        """Call ``gethostname``. Read-only. Since WHM 11.

        Returns:
            GethostnameData: the reply's ``data``, with ``hostname`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/system-information/sys-gethostname.md
        """
        from .api.server_administration import gethostname as operation

        return await self._run(operation, operation.build_arguments())

    async def getminimumpasswordstrengths(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> GetminimumpasswordstrengthsData:
        """Call ``getminimumpasswordstrengths``. Read-only. Since WHM 82.

        Args:
            name (str): Optional.

        Returns:
            GetminimumpasswordstrengthsData: the reply's ``data``, with ``createacct`` (int), ``default``
                (int), ``ftp`` (int), ``list`` (int), ``mysql`` (int), ``passwd`` (int), ``postgres`` (int),
                ``sshkey`` (int), ``virtual`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/security/security-getminimumpasswordstrengths.md
        """
        from .api.security import getminimumpasswordstrengths as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def getpkginfo(
        self,
        *,
        pkg: str,
    ) -> GetpkginfoData:
        """Call ``getpkginfo``. Read-only. Since WHM 11.

        Args:
            pkg (str): Required.

        Returns:
            GetpkginfoData: the reply's ``data``, with ``pkg`` (GetpkginfoDataPkg).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/hosting-plans/packages-getpkginfo.md
        """
        from .api.packages import getpkginfo as operation

        return await self._run(
            operation,
            operation.build_arguments(
                pkg=pkg,
            ),
        )

    async def getresellerips(
        self,
        *,
        user: str | Unset = UNSET,
    ) -> GetreselleripsData:
        """Call ``getresellerips``. Read-only. Since WHM 11.

        Args:
            user (str): Optional.

        Returns:
            GetreselleripsData: the reply's ``data``, with ``all`` (int), ``ip`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-settings/resellers-getresellerips.md
        """
        from .api.resellers import getresellerips as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def getzonerecord(
        self,
        *,
        domain: str,
        line: int,
    ) -> GetzonerecordData:
        """Call ``getzonerecord``. Read-only. Since WHM 11.

        Args:
            domain (str): Required.
            line (int): Required.

        Returns:
            GetzonerecordData: the reply's ``data``, with ``record`` (list[GetzonerecordDataRecordItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-getzonerecord.md
        """
        from .api.dns import getzonerecord as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                line=line,
            ),
        )

    async def has_digest_auth(
        self,
        *,
        user: str,
    ) -> HasDigestAuthData:
        """Call ``has_digest_auth``. Read-only. Since WHM 11.34.

        Args:
            user (str): Required.

        Returns:
            HasDigestAuthData: the reply's ``data``, with ``digestauth`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/sys-has_digest_auth.md
        """
        from .api.accounts import has_digest_auth as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def has_local_authority(
        self,
        *,
        domain: str,
    ) -> HasLocalAuthorityData:
        """Call ``has_local_authority``. Read-only. Since WHM 78.

        Args:
            domain (str): Required.

        Returns:
            HasLocalAuthorityData: the reply's ``data``, with
                ``records`` (list[HasLocalAuthorityDataRecordsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/dns-has_local_authority.md
        """
        from .api.dns import has_local_authority as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def has_mycnf_for_cpuser(
        self,
        *,
        user: str,
    ) -> HasMycnfForCpuserData:
        """Call ``has_mycnf_for_cpuser``. Read-only. Since WHM 11.40.

        Args:
            user (str): Required.

        Returns:
            HasMycnfForCpuserData: the reply's ``data``, with ``has_mycnf_for_cpuser`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/sys-has_mycnf_for_cpuser.md
        """
        from .api.accounts import has_mycnf_for_cpuser as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def hold_outgoing_email(
        self,
        *,
        user: str,
    ) -> Any:
        """Call ``hold_outgoing_email``. May change server state: never retried. Since WHM 56.

        Args:
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/accounts-hold_outgoing_email.md
        """
        from .api.mail import hold_outgoing_email as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def import_zone_key(
        self,
        *,
        domain: str,
        key_data: str,
        key_type: str,
    ) -> ImportZoneKeyData:
        """Call ``import_zone_key``. May change server state: never retried. Since WHM 86.

        Args:
            domain (str): Required.
            key_data (str): Required.
            key_type (str): Required.

        Returns:
            ImportZoneKeyData: the reply's ``data``, with ``import_key_id`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-security/dns-import_zone_key.md
        """
        from .api.dns import import_zone_key as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                key_data=key_data,
                key_type=key_type,
            ),
        )

    async def importsshkey(
        self,
        *,
        key: str,
        name: str,
        extract_private: ImportsshkeyExtractPrivate | Unset = UNSET,
        extract_public: ImportsshkeyExtractPublic | Unset = UNSET,
        passphrase: str | Unset = UNSET,
    ) -> Any:
        """Call ``importsshkey``. May change server state: never retried. Since WHM 11.

        Args:
            key (str): Required.
            name (str): Required.
            extract_private (ImportsshkeyExtractPrivate): Optional. One of: 0, 1.
            extract_public (ImportsshkeyExtractPublic): Optional. One of: 0, 1.
            passphrase (str): Optional. Default: None.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-importsshkey.md
        """
        from .api.ssh_keys_and_connections import importsshkey as operation

        return await self._run(
            operation,
            operation.build_arguments(
                key=key,
                name=name,
                extract_private=extract_private,
                extract_public=extract_public,
                passphrase=passphrase,
            ),
        )

    async def install_dkim_private_keys(
        self,
        *,
        domain: str,
        key: str,
    ) -> InstallDkimPrivateKeysData:
        """Call ``install_dkim_private_keys``. May change server state: never retried. Since WHM 78.

        Args:
            domain (str): Required.
            key (str): Required.

        Returns:
            InstallDkimPrivateKeysData: the reply's ``data``, with
                ``payload`` (list[InstallDkimPrivateKeysDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-install_dkim_private_keys.md
        """
        from .api.mail import install_dkim_private_keys as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                key=key,
            ),
        )

    async def install_rpm_plugin(
        self,
        *,
        name: str,
    ) -> InstallRpmPluginData:
        """Call ``install_rpm_plugin``. May change server state: never retried. Since WHM 64.

        Args:
            name (str): Required.

        Returns:
            InstallRpmPluginData: the reply's ``data``, with ``log_entry`` (str), ``pid`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/install-or-uninstall-package/plugins-install_rpm_plugin.md
        """
        from .api.rpm import install_rpm_plugin as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def install_service_ssl_certificate(
        self,
        *,
        crt: str,
        key: str,
        service: InstallServiceSslCertificateService,
        cabundle: str | Unset = UNSET,
    ) -> InstallServiceSslCertificateData:
        """Call ``install_service_ssl_certificate``. May change server state: never retried. Since WHM 11.40.

        Args:
            crt (str): Required.
            key (str): Required.
            service (InstallServiceSslCertificateService): Required. One of: 'ftp', 'exim', 'dovecot',
                'cpanel'.
            cabundle (str): Optional. Default: ''.

        Returns:
            InstallServiceSslCertificateData: the reply's ``data``, with ``certificate`` (str),
                ``certificate_info`` (InstallServiceSslCertificateDataCertificateInfo), ``service`` (str),
                ``service_description`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-install_service_ssl_certificate.md
        """
        from .api.ssl import install_service_ssl_certificate as operation

        return await self._run(
            operation,
            operation.build_arguments(
                crt=crt,
                key=key,
                service=service,
                cabundle=cabundle,
            ),
        )

    async def install_spf_records(
        self,
        *,
        domain: str,
        record: str,
    ) -> InstallSpfRecordsData:
        """Call ``install_spf_records``. May change server state: never retried. Since WHM 78.

        Args:
            domain (str): Required.
            record (str): Required.

        Returns:
            InstallSpfRecordsData: the reply's ``data``, with
                ``payload`` (list[InstallSpfRecordsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-install_spf_records.md
        """
        from .api.mail import install_spf_records as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                record=record,
            ),
        )

    async def installable_mysql_versions(
        self,
    ) -> InstallableMysqlVersionsData:
        """Call ``installable_mysql_versions``. May change server state: never retried. Since WHM 11.48.

        Returns:
            InstallableMysqlVersionsData: the reply's ``data``, with
                ``versions`` (list[InstallableMysqlVersionsDataVersionsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/manage-mysql-server/mysql-installable_mysql_versions.md
        """
        from .api.databases import installable_mysql_versions as operation

        return await self._run(operation, operation.build_arguments())

    async def installed_versions(
        self,
        *,
        packages: InstalledVersionsPackages | Unset = UNSET,
    ) -> InstalledVersionsData:
        """Call ``installed_versions``. May change server state: never retried. Since WHM 64.

        Args:
            packages (InstalledVersionsPackages): Optional. One of: 0, 1. Default: 0.

        Returns:
            InstalledVersionsData: the reply's ``data``, with ``apache`` (Any),
                ``apache_php_default_version`` (Any), ``apache_php_versions`` (list[Any]), ``bind`` (Any),
                ``clamav`` (Any), ``cpanel_and_whm`` (str), ``cpanel_packages`` (list[str]), ``cpanel_php``
                (Any), ``cron`` (Any), ``cronie`` (Any), ``dovecot`` (Any), ``ea_4_packages`` (list[str]),
                ``easyapache`` (Any), ``exim`` (Any), ``linux_kernel`` (str), ``mailman`` (Any), ``mariadb``
                (Any), ``mariadb_build`` (Any), ``munin`` (Any), ``mysql`` (Any), ``mysql_build`` (Any),
                ``nscd`` (Any), ``openssh-server`` (Any), ``operating_system_name`` (str),
                ``operating_system_version`` (str), ``os_packages`` (list[str]), ``p0f`` (Any),
                ``postgresql`` (Any), ``postgresql_build`` (Any), ``powerdns`` (Any), ``proftpd`` (Any),
                ``pureftpd`` (Any), ``roundcube`` (Any), ``rsyslog`` (Any), ``spamd`` (Any).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/updates/applicationversions-installed_versions.md
        """
        from .api.updates import installed_versions as operation

        return await self._run(
            operation,
            operation.build_arguments(
                packages=packages,
            ),
        )

    async def installssl(
        self,
        *,
        crt: str,
        domain: str,
        key: str,
        cab: str | Unset = UNSET,
        ip: str | Unset = UNSET,
    ) -> InstallsslData:
        """Call ``installssl``. May change server state: never retried. Since WHM 11.32.

        Args:
            crt (str): Required.
            domain (str): Required.
            key (str): Required.
            cab (str): Optional.
            ip (str): Optional.

        Returns:
            InstallsslData: the reply's ``data``, with ``action`` (str), ``aliases`` (list[str]), ``domain``
                (str), ``extra_certificate_domains`` (list[str]), ``html`` (str), ``ip`` (str), ``message``
                (str), ``servername`` (str), ``status`` (int), ``statusmsg`` (str), ``user`` (str),
                ``warning_domains`` (list[str]), ``working_domains`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-installssl.md
        """
        from .api.ssl import installssl as operation

        return await self._run(
            operation,
            operation.build_arguments(
                crt=crt,
                domain=domain,
                key=key,
                cab=cab,
                ip=ip,
            ),
        )

    async def ipv6_disable_account(
        self,
        *,
        user: str,
    ) -> Ipv6DisableAccountData:
        """Call ``ipv6_disable_account``. May change server state: never retried. Since WHM 11.40.

        Args:
            user (str): Required.

        Returns:
            Ipv6DisableAccountData: the reply's ``data``, with ``fail_cnt`` (int), ``failures``
                (list[Ipv6DisableAccountDataFailuresItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv6-address-settings/ipv6-ipv6_disable_account.md
        """
        from .api.ip_addresses import ipv6_disable_account as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def ipv6_enable_account(
        self,
        *,
        range_: str,
        user: str,
    ) -> Ipv6EnableAccountData:
        """Call ``ipv6_enable_account``. May change server state: never retried. Since WHM 11.40.

        Args:
            range_ (str): Required. WHM name: ``range``.
            user (str): Required.

        Returns:
            Ipv6EnableAccountData: the reply's ``data``, with ``fail_cnt`` (int), ``failures``
                (Ipv6EnableAccountDataFailures), ``ipv6`` (Ipv6EnableAccountDataIpv6).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv6-address-settings/ipv6-ipv6_enable_account.md
        """
        from .api.ip_addresses import ipv6_enable_account as operation

        return await self._run(
            operation,
            operation.build_arguments(
                range_=range_,
                user=user,
            ),
        )

    async def ipv6_range_add(
        self,
        *,
        name: str,
        range_: str,
        enabled: Ipv6RangeAddEnabled | Unset = UNSET,
        note: str | Unset = UNSET,
    ) -> Any:
        """Call ``ipv6_range_add``. May change server state: never retried. Since WHM 11.40.

        Args:
            name (str): Required.
            range_ (str): Required. WHM name: ``range``.
            enabled (Ipv6RangeAddEnabled): Optional. One of: 0, 1. Default: 1.
            note (str): Optional. Default: None.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv6-address-settings/ipv6-ipv6_range_add.md
        """
        from .api.ip_addresses import ipv6_range_add as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
                range_=range_,
                enabled=enabled,
                note=note,
            ),
        )

    async def ipv6_range_edit(
        self,
        *,
        name: str,
        new_name: str | Unset = UNSET,
        note: str | Unset = UNSET,
    ) -> Any:
        """Call ``ipv6_range_edit``. May change server state: never retried. Since WHM 11.40.

        Args:
            name (str): Required.
            new_name (str): Optional. Default: None.
            note (str): Optional. Default: None.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv6-address-settings/ipv6-ipv6_range_edit.md
        """
        from .api.ip_addresses import ipv6_range_edit as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
                new_name=new_name,
                note=note,
            ),
        )

    async def ipv6_range_list(
        self,
    ) -> Ipv6RangeListData:
        """Call ``ipv6_range_list``. Read-only. Since WHM 11.40.

        Returns:
            Ipv6RangeListData: the reply's ``data``, with ``range`` (list[Ipv6RangeListDataRangeItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv6-address-settings/ipv6-ipv6_range_list.md
        """
        from .api.ip_addresses import ipv6_range_list as operation

        return await self._run(operation, operation.build_arguments())

    async def ipv6_range_remove(
        self,
        *,
        name: str,
    ) -> Any:
        """Call ``ipv6_range_remove``. May change server state: never retried. Since WHM 11.40.

        Args:
            name (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv6-address-settings/ipv6-ipv6_range_remove.md
        """
        from .api.ip_addresses import ipv6_range_remove as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def ipv6_range_usage(
        self,
        *,
        name: str,
    ) -> Ipv6RangeUsageData:
        """Call ``ipv6_range_usage``. May change server state: never retried. Since WHM 11.40.

        Args:
            name (str): Required.

        Returns:
            Ipv6RangeUsageData: the reply's ``data``, with ``usage`` (Ipv6RangeUsageDataUsage).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv6-address-settings/ipv6-ipv6_range_usage.md
        """
        from .api.ip_addresses import ipv6_range_usage as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def is_alias_available(
        self,
    ) -> IsAliasAvailableData:
        """Call ``is_alias_available``. Read-only. Since WHM 122.

        Returns:
            IsAliasAvailableData: the reply's ``data``, with ``alias`` (int), ``aname`` (int), ``resolver``
                (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/resolvers/dns-is_alias_available.md
        """
        from .api.dns import is_alias_available as operation

        return await self._run(operation, operation.build_arguments())

    async def is_conversion_in_progress(
        self,
    ) -> IsConversionInProgressData:
        """Call ``is_conversion_in_progress``. Read-only. Since WHM 11.72.

        Returns:
            IsConversionInProgressData: the reply's ``data``, with ``inProgress`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php-fpm/php-is_conversion_in_progress.md
        """
        from .api.php_fpm import is_conversion_in_progress as operation

        return await self._run(operation, operation.build_arguments())

    async def is_https_available(
        self,
    ) -> IsHttpsAvailableData:
        """Call ``is_https_available``. Read-only. Since WHM 122.

        Returns:
            IsHttpsAvailableData: the reply's ``data``, with ``dns_server`` (str), ``https`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/service-records/dns-is_https_available.md
        """
        from .api.dns import is_https_available as operation

        return await self._run(operation, operation.build_arguments())

    async def is_ready(
        self,
        *,
        plugin: str,
        namespace: IsReadyNamespace | Unset = UNSET,
    ) -> IsReadyData:
        """Call ``EcosystemFeatures/is_ready``. Read-only. Since WHM 11.132.

        Args:
            plugin (str): Required.
            namespace (IsReadyNamespace): Optional. One of: 'Whostmgr', 'Cpanel'. Default: 'Whostmgr'.

        Returns:
            IsReadyData: the reply's ``data``, with ``ready`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/plugin-based-features/is_ready.md
        """
        from .api.plugin_based_features import is_ready as operation

        return await self._run(
            operation,
            operation.build_arguments(
                plugin=plugin,
                namespace=namespace,
            ),
        )

    async def is_role_enabled(
        self,
        *,
        role: str,
    ) -> IsRoleEnabledData:
        """Call ``is_role_enabled``. Read-only. Since WHM 76.

        Args:
            role (str): Required.

        Returns:
            IsRoleEnabledData: the reply's ``data``, with ``enabled`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-profiles/cpanel-is_role_enabled.md
        """
        from .api.server_administration import is_role_enabled as operation

        return await self._run(
            operation,
            operation.build_arguments(
                role=role,
            ),
        )

    async def is_sni_supported(
        self,
    ) -> IsSniSupportedData:
        """Call ``is_sni_supported``. Read-only. Since WHM 11.40.

        Returns:
            IsSniSupportedData: the reply's ``data``, with ``sni`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/ssl-is_sni_supported.md
        """
        from .api.mail import is_sni_supported as operation

        return await self._run(operation, operation.build_arguments())

    async def is_svcb_available(
        self,
    ) -> IsSvcbAvailableData:
        """Call ``is_svcb_available``. Read-only. Since WHM 122.

        Returns:
            IsSvcbAvailableData: the reply's ``data``, with ``dns_server`` (str), ``svcb`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/service-records/dns-is_svcb_available.md
        """
        from .api.dns import is_svcb_available as operation

        return await self._run(operation, operation.build_arguments())

    async def killdns(
        self,
        *,
        domain: str,
    ) -> Any:
        """Call ``killdns``. May change server state: never retried. Since WHM 11.

        Args:
            domain (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-killdns.md
        """
        from .api.dns import killdns as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def killpkg(
        self,
        *,
        pkgname: str,
    ) -> Any:
        """Call ``killpkg``. May change server state: never retried. Since WHM 11.

        Args:
            pkgname (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/hosting-plans/packages-killpkg.md
        """
        from .api.packages import killpkg as operation

        return await self._run(
            operation,
            operation.build_arguments(
                pkgname=pkgname,
            ),
        )

    async def latest_available_mysql_version(
        self,
    ) -> LatestAvailableMysqlVersionData:
        """Call ``latest_available_mysql_version``. May change server state: never retried. Since WHM 11.48.

        Returns:
            LatestAvailableMysqlVersionData: the reply's ``data``, with ``server`` (str), ``version`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/manage-mysql-server/mysql-latest_available_mysql_version.md
        """
        from .api.databases import latest_available_mysql_version as operation

        return await self._run(operation, operation.build_arguments())

    async def limitbw(
        self,
        *,
        user: str,
        bwlimit: Any | Unset = UNSET,
    ) -> LimitbwData:
        """Call ``limitbw``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.
            bwlimit (Any): Optional. Default: 'unlimited'. A string or a number.

        Returns:
            LimitbwData: the reply's ``data``, with ``bwlimits`` (list[LimitbwDataBwlimitsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/bandwidth-and-disk-quotas/bandwidth-limitbw.md
        """
        from .api.bandwidth_and_disk_quotas import limitbw as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                bwlimit=bwlimit,
            ),
        )

    async def link_server_node_with_api_token(
        self,
        *,
        alias: str,
        api_token: str,
        hostname: str,
        username: str,
        skip_tls_verification: LinkServerNodeWithApiTokenSkipTlsVerification | Unset = UNSET,
    ) -> Any:
        """Call ``link_server_node_with_api_token``. May change server state: never retried. Since WHM 86.

        Args:
            alias (str): Required.
            api_token (str): Required.
            hostname (str): Required.
            username (str): Required.
            skip_tls_verification (LinkServerNodeWithApiTokenSkipTlsVerification): Optional. One of: 1, 0.
                Default: 0.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-nodes/cpanel-link_server_node_with_api_token.md
        """
        from .api.server_administration import link_server_node_with_api_token as operation

        return await self._run(
            operation,
            operation.build_arguments(
                alias=alias,
                api_token=api_token,
                hostname=hostname,
                username=username,
                skip_tls_verification=skip_tls_verification,
            ),
        )

    async def link_user_authn_provider(
        self,
        *,
        preferred_username: str,
        provider_id: str,
        subject_unique_identifier: str,
        username: str,
    ) -> Any:
        """Call ``link_user_authn_provider``. May change server state: never retried. Since WHM 56.

        Args:
            preferred_username (str): Required.
            provider_id (str): Required.
            subject_unique_identifier (str): Required.
            username (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/accounts-link_user_authn_provider.md
        """
        from .api.authentication import link_user_authn_provider as operation

        return await self._run(
            operation,
            operation.build_arguments(
                preferred_username=preferred_username,
                provider_id=provider_id,
                subject_unique_identifier=subject_unique_identifier,
                username=username,
            ),
        )

    async def list_account_enhancements(
        self,
    ) -> ListAccountEnhancementsData:
        """Call ``list_account_enhancements``. Read-only. Since WHM 98.

        Returns:
            ListAccountEnhancementsData: the reply's ``data``, with
                ``enhancements`` (ListAccountEnhancementsDataEnhancements).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-enhancements/accountenhancements-list_account_enhancements.md
        """
        from .api.account_enhancements import list_account_enhancements as operation

        return await self._run(operation, operation.build_arguments())

    async def list_accounts_retention(
        self,
    ) -> ListAccountsRetentionData:
        """Call ``list_accounts_retention``. Read-only. Since WHM 136.

        Returns:
            ListAccountsRetentionData: the reply's ``data``, with
                ``accounts`` (list[ListAccountsRetentionDataAccountsItem]), ``default_retention`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/web-log-retention/weblogretention-list_accounts_retention.md
        """
        from .api.web_log_retention import list_accounts_retention as operation

        return await self._run(operation, operation.build_arguments())

    async def list_blocked_incoming_email_countries(
        self,
    ) -> ListBlockedIncomingEmailCountriesData:
        """Call ``list_blocked_incoming_email_countries``. Read-only. Since WHM 84.

        Returns:
            ListBlockedIncomingEmailCountriesData: the reply's ``data``, with
                ``countries`` (list[ListBlockedIncomingEmailCountriesDataCountriesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/spam-management/exim-list_blocked_incoming_email_countries.md
        """
        from .api.mail import list_blocked_incoming_email_countries as operation

        return await self._run(operation, operation.build_arguments())

    async def list_blocked_incoming_email_domains(
        self,
    ) -> ListBlockedIncomingEmailDomainsData:
        """Call ``list_blocked_incoming_email_domains``. Read-only. Since WHM 84.

        Returns:
            ListBlockedIncomingEmailDomainsData: the reply's ``data``, with
                ``domains`` (list[ListBlockedIncomingEmailDomainsDataDomainsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/spam-management/exim-list_blocked_incoming_email_domains.md
        """
        from .api.mail import list_blocked_incoming_email_domains as operation

        return await self._run(operation, operation.build_arguments())

    async def list_configclusterservers(
        self,
    ) -> ListConfigclusterserversData:
        """Call ``list_configclusterservers``. Read-only. Since WHM 11.44.

        Returns:
            ListConfigclusterserversData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/configuration-clusters/clusterserver-list_configclusterservers.md
        """
        from .api.server_administration import list_configclusterservers as operation

        return await self._run(operation, operation.build_arguments())

    async def list_connected_applications(
        self,
    ) -> ListConnectedApplicationsData:
        """Call ``list_connected_applications``. May change server state: never retried. Since WHM 98.

        Returns:
            ListConnectedApplicationsData: the reply's ``data``, with
                ``list`` (list[ListConnectedApplicationsDataListItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/connected-applications/connectedapplications-list_connected_applications.md
        """
        from .api.server_administration import list_connected_applications as operation

        return await self._run(operation, operation.build_arguments())

    async def list_cparchive_files(
        self,
    ) -> ListCparchiveFilesData:
        """Call ``list_cparchive_files``. Read-only. Since WHM 11.42.

        Returns:
            ListCparchiveFilesData: the reply's ``data``, with
                ``quickrestore_files`` (list[ListCparchiveFilesDataQuickrestoreFilesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/backup-list_cparchive_files.md
        """
        from .api.backups import list_cparchive_files as operation

        return await self._run(operation, operation.build_arguments())

    async def list_database_users(
        self,
    ) -> ListDatabaseUsersData:
        """Call ``list_database_users``. Read-only. Since WHM 11.44.

        Returns:
            ListDatabaseUsersData: the reply's ``data``, with
                ``payload`` (list[ListDatabaseUsersDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mysql-databases/db-list_database_users.md
        """
        from .api.databases import list_database_users as operation

        return await self._run(operation, operation.build_arguments())

    async def list_databases(
        self,
    ) -> ListDatabasesData:
        """Call ``list_databases``. Read-only. Since WHM 11.44.

        Returns:
            ListDatabasesData: the reply's ``data``, with ``payload`` (list[ListDatabasesDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mysql-databases/db-list_databases.md
        """
        from .api.databases import list_databases as operation

        return await self._run(operation, operation.build_arguments())

    async def list_enhancement_limits(
        self,
        *,
        account: str,
    ) -> ListEnhancementLimitsData:
        """Call ``list_enhancement_limits``. Read-only. Since WHM 11.98.

        Args:
            account (str): Required.

        Returns:
            ListEnhancementLimitsData: the reply's ``data``, with
                ``limits`` (ListEnhancementLimitsDataLimits).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-enhancement-limit/accountenhancements-list_enhancement_limits.md
        """
        from .api.resellers import list_enhancement_limits as operation

        return await self._run(
            operation,
            operation.build_arguments(
                account=account,
            ),
        )

    async def list_hooks(
        self,
    ) -> ListHooksData:
        """Call ``list_hooks``. Read-only. Since WHM 11.32.

        Returns:
            ListHooksData: the reply's ``data``, with ``categories`` (list[ListHooksDataCategoriesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/scripts-hooks/hooks-list_hooks.md
        """
        from .api.script_hooks import list_hooks as operation

        return await self._run(operation, operation.build_arguments())

    async def list_integration_groups(
        self,
        *,
        user: str,
    ) -> ListIntegrationGroupsData:
        """Call ``list_integration_groups``. Read-only. Since WHM 54.

        Args:
            user (str): Required.

        Returns:
            ListIntegrationGroupsData: the reply's ``data``, with
                ``links`` (list[ListIntegrationGroupsDataLinksItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/links/integration-list_integration_groups.md
        """
        from .api.integration import list_integration_groups as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def list_integration_links(
        self,
        *,
        user: str,
    ) -> ListIntegrationLinksData:
        """Call ``list_integration_links``. Read-only. Since WHM 54.

        Args:
            user (str): Required.

        Returns:
            ListIntegrationLinksData: the reply's ``data``, with
                ``links`` (list[ListIntegrationLinksDataLinksItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/links/integration-list_integration_links.md
        """
        from .api.integration import list_integration_links as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def list_linked_server_nodes(
        self,
    ) -> ListLinkedServerNodesData:
        """Call ``list_linked_server_nodes``. Read-only. Since WHM 86.

        Returns:
            ListLinkedServerNodesData: the reply's ``data``, with
                ``payload`` (list[ListLinkedServerNodesDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-nodes/cpanel-list_linked_server_nodes.md
        """
        from .api.server_administration import list_linked_server_nodes as operation

        return await self._run(operation, operation.build_arguments())

    async def list_mysql_databases_and_users(
        self,
        *,
        user: str,
    ) -> ListMysqlDatabasesAndUsersData:
        """Call ``list_mysql_databases_and_users``. Read-only. Since WHM 56.

        Args:
            user (str): Required.

        Returns:
            ListMysqlDatabasesAndUsersData: the reply's ``data``, with
                ``mysql_config`` (ListMysqlDatabasesAndUsersDataMysqlConfig), ``mysql_databases``
                (ListMysqlDatabasesAndUsersDataMysqlDatabases).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mysql-databases/db-list_mysql_databases_and_users.md
        """
        from .api.databases import list_mysql_databases_and_users as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def list_pops_for(
        self,
        *,
        user: str,
    ) -> ListPopsForData:
        """Call ``list_pops_for``. Read-only. Since WHM 11.50.

        Args:
            user (str): Required.

        Returns:
            ListPopsForData: the reply's ``data``, with ``pops`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/email-list_pops_for.md
        """
        from .api.mail import list_pops_for as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def list_rpms(
        self,
        *,
        target: str | Unset = UNSET,
    ) -> ListRpmsData:
        """Call ``list_rpms``. Read-only. Since WHM 11.32.

        Args:
            target (str): Optional.

        Returns:
            ListRpmsData: the reply's ``data``, with ``rpms`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/list-package-information/rpmversions-list_rpms.md
        """
        from .api.rpm import list_rpms as operation

        return await self._run(
            operation,
            operation.build_arguments(
                target=target,
            ),
        )

    async def list_user_child_nodes(
        self,
    ) -> ListUserChildNodesData:
        """Call ``list_user_child_nodes``. Read-only. Since WHM 88.

        Returns:
            ListUserChildNodesData: the reply's ``data``, with
                ``payload`` (list[ListUserChildNodesDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-nodes/cpanel-list_user_child_nodes.md
        """
        from .api.server_administration import list_user_child_nodes as operation

        return await self._run(operation, operation.build_arguments())

    async def list_users(
        self,
    ) -> ListUsersData:
        """Call ``list_users``. Read-only. Since WHM 11.

        Returns:
            ListUsersData: the reply's ``data``, with ``users`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-list_users.md
        """
        from .api.account_management import list_users as operation

        return await self._run(operation, operation.build_arguments())

    async def listaccts(
        self,
        *,
        search: str | Unset = UNSET,
        searchmethod: ListacctsSearchmethod | Unset = UNSET,
        searchtype: str | Unset = UNSET,
        want: str | Unset = UNSET,
    ) -> ListacctsData:
        """Call ``listaccts``. Read-only. Since WHM 11.

        Args:
            search (str): Optional.
            searchmethod (ListacctsSearchmethod): Optional. One of: 'exact', 'regex'.
            searchtype (str): Optional.
            want (str): Optional.

        Returns:
            ListacctsData: the reply's ``data``, with ``acct`` (list[ListacctsDataAcctItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-listaccts.md
        """
        from .api.accounts import listaccts as operation

        return await self._run(
            operation,
            operation.build_arguments(
                search=search,
                searchmethod=searchmethod,
                searchtype=searchtype,
                want=want,
            ),
        )

    async def listacls(
        self,
    ) -> ListaclsData:
        """Call ``listacls``. Read-only. Since WHM 11.

        Returns:
            ListaclsData: the reply's ``data``, with ``acl`` (list[ListaclsDataAclItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-permissions/acls-listacls.md
        """
        from .api.resellers import listacls as operation

        return await self._run(operation, operation.build_arguments())

    async def listcrts(
        self,
        *,
        registered: ListcrtsRegistered | Unset = UNSET,
        user: str | Unset = UNSET,
    ) -> ListcrtsData:
        """Call ``listcrts``. Read-only. Since WHM 11.

        Args:
            registered (ListcrtsRegistered): Optional. One of: 1, 0. Default: 0.
            user (str): Optional.

        Returns:
            ListcrtsData: the reply's ``data``, with ``crt`` (list[ListcrtsDataCrtItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssl-server-settings/ssl-listcrts.md
        """
        from .api.ssl import listcrts as operation

        return await self._run(
            operation,
            operation.build_arguments(
                registered=registered,
                user=user,
            ),
        )

    async def listips(
        self,
    ) -> ListipsData:
        """Call ``listips``. Read-only. Since WHM 11.

        Returns:
            ListipsData: the reply's ``data``, with ``ip`` (list[ListipsDataIpItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv4-address-settings/ips-listips.md
        """
        from .api.ip_addresses import listips as operation

        return await self._run(operation, operation.build_arguments())

    async def listipv6s(
        self,
    ) -> Listipv6SData:
        """Call ``listipv6s``. Read-only. Since WHM 11.

        Returns:
            Listipv6SData: the reply's ``data``, with ``ip`` (list[Listipv6SDataIpItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv6-address-settings/ips-listipv6s.md
        """
        from .api.ip_addresses import listipv6s as operation

        return await self._run(operation, operation.build_arguments())

    async def listlockedaccounts(
        self,
    ) -> ListlockedaccountsData:
        """Call ``listlockedaccounts``. Read-only. Since WHM 11.40.

        Returns:
            ListlockedaccountsData: the reply's ``data``, with ``account`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/suspensions/accounts-listlockedaccounts.md
        """
        from .api.suspensions import listlockedaccounts as operation

        return await self._run(operation, operation.build_arguments())

    async def listmxs(
        self,
        *,
        domain: str,
    ) -> ListmxsData:
        """Call ``listmxs``. Read-only. Since WHM 11.

        Args:
            domain (str): Required.

        Returns:
            ListmxsData: the reply's ``data``, with ``record`` (list[ListmxsDataRecordItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/dns-listmxs.md
        """
        from .api.dns import listmxs as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def listpkgs(
        self,
        *,
        want: ListpkgsWant | Unset = UNSET,
    ) -> ListpkgsData:
        """Call ``listpkgs``. Read-only. Since WHM 11.

        Args:
            want (ListpkgsWant): Optional. One of: 'all', 'creatable', 'editable', 'viewable'. Default:
                'all'.

        Returns:
            ListpkgsData: the reply's ``data``, with ``pkg`` (list[ListpkgsDataPkgItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/hosting-plans/packages-listpkgs.md
        """
        from .api.packages import listpkgs as operation

        return await self._run(
            operation,
            operation.build_arguments(
                want=want,
            ),
        )

    async def listresellers(
        self,
    ) -> ListresellersData:
        """Call ``listresellers``. Read-only. Since WHM 11.

        Returns:
            ListresellersData: the reply's ``data``, with ``reseller`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-settings/resellers-listresellers.md
        """
        from .api.resellers import listresellers as operation

        return await self._run(operation, operation.build_arguments())

    async def listsshkeys(
        self,
        *,
        files: str | Unset = UNSET,
        private: ListsshkeysPrivate | Unset = UNSET,
        private_texts: ListsshkeysPrivateTexts | Unset = UNSET,
        public: ListsshkeysPublic | Unset = UNSET,
        public_texts: ListsshkeysPublicTexts | Unset = UNSET,
        sync_authorized: ListsshkeysSyncAuthorized | Unset = UNSET,
    ) -> ListsshkeysData:
        """Call ``listsshkeys``. Read-only. Since WHM 11.

        Args:
            files (str): Optional.
            private (ListsshkeysPrivate): Optional. One of: 0, 1. Default: 1.
            private_texts (ListsshkeysPrivateTexts): Optional. One of: 0, 1. Default: 1.
            public (ListsshkeysPublic): Optional. One of: 0, 1.
            public_texts (ListsshkeysPublicTexts): Optional. One of: 0, 1. Default: 0.
            sync_authorized (ListsshkeysSyncAuthorized): Optional. One of: 0, 1. Default: 0.

        Returns:
            ListsshkeysData: the reply's ``data``, with ``keys`` (list[ListsshkeysDataKeysItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-listsshkeys.md
        """
        from .api.ssh_keys_and_connections import listsshkeys as operation

        return await self._run(
            operation,
            operation.build_arguments(
                files=files,
                private=private,
                private_texts=private_texts,
                public=public,
                public_texts=public_texts,
                sync_authorized=sync_authorized,
            ),
        )

    async def listsuspended(
        self,
    ) -> ListsuspendedData:
        """Call ``listsuspended``. Read-only. Since WHM 11.

        Returns:
            ListsuspendedData: the reply's ``data``, with ``account`` (list[ListsuspendedDataAccountItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/suspensions/accounts-listsuspended.md
        """
        from .api.suspensions import listsuspended as operation

        return await self._run(operation, operation.build_arguments())

    async def listzones(
        self,
    ) -> ListzonesData:
        """Call ``listzones``. Read-only. Since WHM 11.

        Returns:
            ListzonesData: the reply's ``data``, with ``zone`` (list[ListzonesDataZoneItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-listzones.md
        """
        from .api.dns import listzones as operation

        return await self._run(operation, operation.build_arguments())

    async def load_cpgreylist_config(
        self,
    ) -> LoadCpgreylistConfigData:
        """Call ``load_cpgreylist_config``. May change server state: never retried. Since WHM 11.50.

        Returns:
            LoadCpgreylistConfigData: the reply's ``data``, with
                ``cpgreylist_config`` (LoadCpgreylistConfigDataCpgreylistConfig).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import load_cpgreylist_config as operation

        return await self._run(operation, operation.build_arguments())

    async def load_cphulk_config(
        self,
    ) -> LoadCphulkConfigData:
        """Call ``load_cphulk_config``. May change server state: never retried. Since WHM 11.48.

        Returns:
            LoadCphulkConfigData: the reply's ``data``, with
                ``cphulk_config`` (LoadCphulkConfigDataCphulkConfig).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/settings/cphulk-load_cphulk_config.md
        """
        from .api.c_p_hulk import load_cphulk_config as operation

        return await self._run(operation, operation.build_arguments())

    async def local_disable(
        self,
        *,
        plugin: LocalDisablePlugin,
        namespace: LocalDisableNamespace | Unset = UNSET,
    ) -> Any:
        """Call ``EcosystemFeatures/local_disable``. May change server state: never retried. Since WHM 11.118.

        Args:
            plugin (LocalDisablePlugin): Required. One of: 'cpanel-monitoring-plugin', 'cpanel-nova-plugin'.
            namespace (LocalDisableNamespace): Optional. One of: 'Whostmgr'. Default: 'Whostmgr'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/plugin-based-features/local_disable.md
        """
        from .api.plugin_based_features import local_disable as operation

        return await self._run(
            operation,
            operation.build_arguments(
                plugin=plugin,
                namespace=namespace,
            ),
        )

    async def local_enable(
        self,
        *,
        plugin: LocalEnablePlugin,
        namespace: LocalEnableNamespace | Unset = UNSET,
    ) -> Any:
        """Call ``EcosystemFeatures/local_enable``. May change server state: never retried. Since WHM 11.118.

        Args:
            plugin (LocalEnablePlugin): Required. One of: 'cpanel-monitoring-plugin', 'cpanel-nova-plugin'.
            namespace (LocalEnableNamespace): Optional. One of: 'Whostmgr'. Default: 'Whostmgr'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/plugin-based-features/local_enable.md
        """
        from .api.plugin_based_features import local_enable as operation

        return await self._run(
            operation,
            operation.build_arguments(
                plugin=plugin,
                namespace=namespace,
            ),
        )

    async def lookupnsip(
        self,
        *,
        host: str,
    ) -> LookupnsipData:
        """Call ``lookupnsip``. Read-only. Since WHM 11.

        Args:
            host (str): Required.

        Returns:
            LookupnsipData: the reply's ``data``, with ``ip`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/resolvers/nameserver-lookupnsip.md
        """
        from .api.dns import lookupnsip as operation

        return await self._run(
            operation,
            operation.build_arguments(
                host=host,
            ),
        )

    async def lookupnsips(
        self,
        *,
        host: str,
    ) -> LookupnsipsData:
        """Call ``lookupnsips``. Read-only. Since WHM 60.

        Args:
            host (str): Required.

        Returns:
            LookupnsipsData: the reply's ``data``, with ``ipv4`` (str), ``ipv6`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/resolvers/nameserver-lookupnsips.md
        """
        from .api.dns import lookupnsips as operation

        return await self._run(
            operation,
            operation.build_arguments(
                host=host,
            ),
        )

    async def mail_sni_status(
        self,
        *,
        domain: str,
    ) -> MailSniStatusData:
        """Call ``mail_sni_status``. Read-only. Since WHM 11.48.

        Args:
            domain (str): Required.

        Returns:
            MailSniStatusData: the reply's ``data``, with ``enabled`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/ssl-mail_sni_status.md
        """
        from .api.mail import mail_sni_status as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def manage_features(
        self,
        *,
        action: ManageFeaturesAction,
        features: str | Unset = UNSET,
    ) -> ManageFeaturesData:
        """Call ``manage_features``. May change server state: never retried. Since WHM 11.32.

        Args:
            action (ManageFeaturesAction): Required. One of: 'info', 'list', 'enable', 'disable'.
            features (str): Optional.

        Returns:
            ManageFeaturesData: the reply's ``data``, with ``action`` (list[ManageFeaturesDataActionItem]),
                ``feature`` (list[ManageFeaturesDataFeatureItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/updates/managefeatures-manage_features.md
        """
        from .api.packages import manage_features as operation

        return await self._run(
            operation,
            operation.build_arguments(
                action=action,
                features=features,
            ),
        )

    async def mass_edit_dns_zone(
        self,
        *,
        serial: int,
        zone: str,
        add: list[str] | Unset = UNSET,
        edit: list[str] | Unset = UNSET,
        remove: list[int] | Unset = UNSET,
    ) -> MassEditDnsZoneData:
        """Call ``mass_edit_dns_zone``. May change server state: never retried. Since WHM 96.

        Args:
            serial (int): Required.
            zone (str): Required.
            add (list[str]): Optional.
            edit (list[str]): Optional.
            remove (list[int]): Optional.

        Returns:
            MassEditDnsZoneData: the reply's ``data``, with ``new_serial`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-mass_edit_dns_zone.md
        """
        from .api.dns import mass_edit_dns_zone as operation

        return await self._run(
            operation,
            operation.build_arguments(
                serial=serial,
                zone=zone,
                add=add,
                edit=edit,
                remove=remove,
            ),
        )

    async def massmodifyacct(
        self,
        *,
        user: str,
        backup: MassmodifyacctBACKUP | Unset = UNSET,
        bwlimit: Any | Unset = UNSET,
        contactemail: str | Unset = UNSET,
        dbowner: str | Unset = UNSET,
        disk_block_limit: int | Unset = UNSET,
        hascgi: MassmodifyacctHASCGI | Unset = UNSET,
        hasdkim: MassmodifyacctHASDKIM | Unset = UNSET,
        hasdmarc: MassmodifyacctHASDMARC | Unset = UNSET,
        hasshell: MassmodifyacctHASSHELL | Unset = UNSET,
        hasspf: MassmodifyacctHASSPF | Unset = UNSET,
        lang: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        mailbox_format: MassmodifyacctMAILBOXFORMAT | Unset = UNSET,
        max_defer_fail_percentage: Any | Unset = UNSET,
        max_email_per_hour: Any | Unset = UNSET,
        max_emailacct_quota: Any | Unset = UNSET,
        maxaddon: Any | Unset = UNSET,
        maxftp: Any | Unset = UNSET,
        maxlst: Any | Unset = UNSET,
        maxpark: Any | Unset = UNSET,
        maxpassengerapps: Any | Unset = UNSET,
        maxpop: Any | Unset = UNSET,
        maxsql: Any | Unset = UNSET,
        maxsub: Any | Unset = UNSET,
        modify_firewall: int | Unset = UNSET,
        mxcheck: int | Unset = UNSET,
        notify_account_authn_link: MassmodifyacctNotifyAccountAuthnLink | Unset = UNSET,
        notify_account_authn_link_notification_disabled: MassmodifyacctNotifyAccountAuthnLinkNotificationDisabled
        | Unset = UNSET,
        notify_autossl_expiry: MassmodifyacctNotifyAutosslExpiry | Unset = UNSET,
        notify_autossl_expiry_coverage: MassmodifyacctNotifyAutosslExpiryCoverage | Unset = UNSET,
        notify_autossl_renewal: MassmodifyacctNotifyAutosslRenewal | Unset = UNSET,
        notify_autossl_renewal_coverage: MassmodifyacctNotifyAutosslRenewalCoverage | Unset = UNSET,
        notify_contact_address_change: MassmodifyacctNotifyContactAddressChange | Unset = UNSET,
        notify_contact_address_change_notification_disabled: MassmodifyacctNotifyContactAddressChangeNotificationDisabled
        | Unset = UNSET,
        notify_disk_limit: MassmodifyacctNotifyDiskLimit | Unset = UNSET,
        notify_password_change: MassmodifyacctNotifyPasswordChange | Unset = UNSET,
        notify_password_change_notification_disabled: MassmodifyacctNotifyPasswordChangeNotificationDisabled
        | Unset = UNSET,
        notify_ssl_expiry: MassmodifyacctNotifySslExpiry | Unset = UNSET,
        outgoing_email_suspended: MassmodifyacctOUTGOINGEMAILSUSPENDED | Unset = UNSET,
        owner: str | Unset = UNSET,
        pushbullet_access_token: str | Unset = UNSET,
        quota: Any | Unset = UNSET,
        remove_missing_extensions: str | Unset = UNSET,
        rename_database_objects: int | Unset = UNSET,
        reseller: MassmodifyacctReseller | Unset = UNSET,
        rs: str | Unset = UNSET,
        shell: str | Unset = UNSET,
        spamassassin: MassmodifyacctSpamassassin | Unset = UNSET,
        startdate: int | Unset = UNSET,
        style: str | Unset = UNSET,
    ) -> MassmodifyacctData:
        """Call ``massmodifyacct``. May change server state: never retried. Since WHM 88.

        Args:
            user (str): Required.
            backup (MassmodifyacctBACKUP): Optional. WHM name: ``BACKUP``. One of: '1', '0'.
            bwlimit (Any): Optional. WHM name: ``BWLIMIT``. A string or a number.
            contactemail (str): Optional. WHM name: ``CONTACTEMAIL``.
            dbowner (str): Optional. WHM name: ``DBOWNER``.
            disk_block_limit (int): Optional. WHM name: ``DISK_BLOCK_LIMIT``.
            hascgi (MassmodifyacctHASCGI): Optional. WHM name: ``HASCGI``. One of: 1, 0.
            hasdkim (MassmodifyacctHASDKIM): Optional. WHM name: ``HASDKIM``. One of: 1, 0.
            hasdmarc (MassmodifyacctHASDMARC): Optional. WHM name: ``HASDMARC``. One of: 1, 0.
            hasshell (MassmodifyacctHASSHELL): Optional. WHM name: ``HASSHELL``. One of: 1, 0.
            hasspf (MassmodifyacctHASSPF): Optional. WHM name: ``HASSPF``. One of: 1, 0.
            lang (str): Optional. WHM name: ``LANG``.
            locale (str): Optional. WHM name: ``LOCALE``.
            mailbox_format (MassmodifyacctMAILBOXFORMAT): Optional. WHM name: ``MAILBOX_FORMAT``. One of:
                'maildir', 'mbox'.
            max_defer_fail_percentage (Any): Optional. WHM name: ``MAX_DEFER_FAIL_PERCENTAGE``. A string or
                a number.
            max_email_per_hour (Any): Optional. WHM name: ``MAX_EMAIL_PER_HOUR``. A string or a number.
            max_emailacct_quota (Any): Optional. WHM name: ``MAX_EMAILACCT_QUOTA``. A string or a number.
            maxaddon (Any): Optional. WHM name: ``MAXADDON``. A string or a number.
            maxftp (Any): Optional. WHM name: ``MAXFTP``. A string or a number.
            maxlst (Any): Optional. WHM name: ``MAXLST``. A string or a number.
            maxpark (Any): Optional. WHM name: ``MAXPARK``. A string or a number.
            maxpassengerapps (Any): Optional. WHM name: ``MAXPASSENGERAPPS``. A string or a number.
            maxpop (Any): Optional. WHM name: ``MAXPOP``. A string or a number.
            maxsql (Any): Optional. WHM name: ``MAXSQL``. A string or a number.
            maxsub (Any): Optional. WHM name: ``MAXSUB``. A string or a number.
            modify_firewall (int): Optional.
            mxcheck (int): Optional. WHM name: ``MXCHECK-*``.
            notify_account_authn_link (MassmodifyacctNotifyAccountAuthnLink): Optional. One of: 1, 0.
            notify_account_authn_link_notification_disabled (MassmodifyacctNotifyAccountAuthnLinkNotificatio
                nDisabled): Optional. One of: 1, 0.
            notify_autossl_expiry (MassmodifyacctNotifyAutosslExpiry): Optional. One of: 1, 0.
            notify_autossl_expiry_coverage (MassmodifyacctNotifyAutosslExpiryCoverage): Optional. One of: 1,
                0.
            notify_autossl_renewal (MassmodifyacctNotifyAutosslRenewal): Optional. One of: 1, 0.
            notify_autossl_renewal_coverage (MassmodifyacctNotifyAutosslRenewalCoverage): Optional. One of:
                1, 0.
            notify_contact_address_change (MassmodifyacctNotifyContactAddressChange): Optional. One of: 1,
                0.
            notify_contact_address_change_notification_disabled (MassmodifyacctNotifyContactAddressChangeNot
                ificationDisabled): Optional. One of: 1, 0.
            notify_disk_limit (MassmodifyacctNotifyDiskLimit): Optional. One of: 1, 0.
            notify_password_change (MassmodifyacctNotifyPasswordChange): Optional. One of: 1, 0.
            notify_password_change_notification_disabled (MassmodifyacctNotifyPasswordChangeNotificationDisa
                bled): Optional. One of: 1, 0.
            notify_ssl_expiry (MassmodifyacctNotifySslExpiry): Optional. One of: 1, 0.
            outgoing_email_suspended (MassmodifyacctOUTGOINGEMAILSUSPENDED): Optional. WHM name:
                ``OUTGOING_EMAIL_SUSPENDED``. One of: 1, 0.
            owner (str): Optional. WHM name: ``OWNER``.
            pushbullet_access_token (str): Optional. WHM name: ``PUSHBULLET_ACCESS_TOKEN``.
            quota (Any): Optional. WHM name: ``QUOTA``. A string or a number.
            remove_missing_extensions (str): Optional.
            rename_database_objects (int): Optional.
            reseller (MassmodifyacctReseller): Optional. One of: 1, 0. Default: 0.
            rs (str): Optional. WHM name: ``RS``.
            shell (str): Optional.
            spamassassin (MassmodifyacctSpamassassin): Optional. One of: 1, 0.
            startdate (int): Optional. WHM name: ``STARTDATE``.
            style (str): Optional. WHM name: ``STYLE``.

        Returns:
            MassmodifyacctData: the reply's ``data``, with
                ``payload`` (list[MassmodifyacctDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-massmodifyacct.md
        """
        from .api.accounts import massmodifyacct as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                backup=backup,
                bwlimit=bwlimit,
                contactemail=contactemail,
                dbowner=dbowner,
                disk_block_limit=disk_block_limit,
                hascgi=hascgi,
                hasdkim=hasdkim,
                hasdmarc=hasdmarc,
                hasshell=hasshell,
                hasspf=hasspf,
                lang=lang,
                locale=locale,
                mailbox_format=mailbox_format,
                max_defer_fail_percentage=max_defer_fail_percentage,
                max_email_per_hour=max_email_per_hour,
                max_emailacct_quota=max_emailacct_quota,
                maxaddon=maxaddon,
                maxftp=maxftp,
                maxlst=maxlst,
                maxpark=maxpark,
                maxpassengerapps=maxpassengerapps,
                maxpop=maxpop,
                maxsql=maxsql,
                maxsub=maxsub,
                modify_firewall=modify_firewall,
                mxcheck=mxcheck,
                notify_account_authn_link=notify_account_authn_link,
                notify_account_authn_link_notification_disabled=notify_account_authn_link_notification_disabled,
                notify_autossl_expiry=notify_autossl_expiry,
                notify_autossl_expiry_coverage=notify_autossl_expiry_coverage,
                notify_autossl_renewal=notify_autossl_renewal,
                notify_autossl_renewal_coverage=notify_autossl_renewal_coverage,
                notify_contact_address_change=notify_contact_address_change,
                notify_contact_address_change_notification_disabled=notify_contact_address_change_notification_disabled,
                notify_disk_limit=notify_disk_limit,
                notify_password_change=notify_password_change,
                notify_password_change_notification_disabled=notify_password_change_notification_disabled,
                notify_ssl_expiry=notify_ssl_expiry,
                outgoing_email_suspended=outgoing_email_suspended,
                owner=owner,
                pushbullet_access_token=pushbullet_access_token,
                quota=quota,
                remove_missing_extensions=remove_missing_extensions,
                rename_database_objects=rename_database_objects,
                reseller=reseller,
                rs=rs,
                shell=shell,
                spamassassin=spamassassin,
                startdate=startdate,
                style=style,
            ),
        )

    async def matchpkgs(
        self,
        *,
        field_package_extensions: str | Unset = UNSET,
        bwlimit: Any | Unset = UNSET,
        cgi: MatchpkgsCGI | Unset = UNSET,
        cpmod: str | Unset = UNSET,
        digestauth: MatchpkgsDIGESTAUTH | Unset = UNSET,
        featurelist: str | Unset = UNSET,
        hasshell: MatchpkgsHASSHELL | Unset = UNSET,
        ip: MatchpkgsIP | Unset = UNSET,
        lang: str | Unset = UNSET,
        max_defer_fail_percentage: Any | Unset = UNSET,
        max_email_per_hour: Any | Unset = UNSET,
        max_emailacct_quota: Any | Unset = UNSET,
        max_team_users: int | Unset = UNSET,
        maxaddon: Any | Unset = UNSET,
        maxftp: Any | Unset = UNSET,
        maxlst: Any | Unset = UNSET,
        maxpark: Any | Unset = UNSET,
        maxpop: Any | Unset = UNSET,
        maxsql: Any | Unset = UNSET,
        maxsub: Any | Unset = UNSET,
        quota: Any | Unset = UNSET,
    ) -> MatchpkgsData:
        """Call ``matchpkgs``. May change server state: never retried. Since WHM 11.

        Args:
            field_package_extensions (str): Optional. WHM name: ``_PACKAGE_EXTENSIONS``.
            bwlimit (Any): Optional. WHM name: ``BWLIMIT``. A string or a number.
            cgi (MatchpkgsCGI): Optional. WHM name: ``CGI``. One of: 1, 0.
            cpmod (str): Optional. WHM name: ``CPMOD``.
            digestauth (MatchpkgsDIGESTAUTH): Optional. WHM name: ``DIGESTAUTH``. One of: 'y', 'n'.
            featurelist (str): Optional. WHM name: ``FEATURELIST``.
            hasshell (MatchpkgsHASSHELL): Optional. WHM name: ``HASSHELL``. One of: 1, 0.
            ip (MatchpkgsIP): Optional. WHM name: ``IP``. One of: 'y', 'n'.
            lang (str): Optional. WHM name: ``LANG``.
            max_defer_fail_percentage (Any): Optional. WHM name: ``MAX_DEFER_FAIL_PERCENTAGE``. A string or
                a number.
            max_email_per_hour (Any): Optional. WHM name: ``MAX_EMAIL_PER_HOUR``. A string or a number.
            max_emailacct_quota (Any): Optional. WHM name: ``MAX_EMAILACCT_QUOTA``. A string or a number.
            max_team_users (int): Optional. WHM name: ``MAX_TEAM_USERS``.
            maxaddon (Any): Optional. WHM name: ``MAXADDON``. A string or a number.
            maxftp (Any): Optional. WHM name: ``MAXFTP``. A string or a number.
            maxlst (Any): Optional. WHM name: ``MAXLST``. A string or a number.
            maxpark (Any): Optional. WHM name: ``MAXPARK``. A string or a number.
            maxpop (Any): Optional. WHM name: ``MAXPOP``. A string or a number.
            maxsql (Any): Optional. WHM name: ``MAXSQL``. A string or a number.
            maxsub (Any): Optional. WHM name: ``MAXSUB``. A string or a number.
            quota (Any): Optional. WHM name: ``QUOTA``. A string or a number.

        Returns:
            MatchpkgsData: the reply's ``data``, with ``pkg`` (MatchpkgsDataPkg).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/hosting-plans/packages-matchpkgs.md
        """
        from .api.packages import matchpkgs as operation

        return await self._run(
            operation,
            operation.build_arguments(
                field_package_extensions=field_package_extensions,
                bwlimit=bwlimit,
                cgi=cgi,
                cpmod=cpmod,
                digestauth=digestauth,
                featurelist=featurelist,
                hasshell=hasshell,
                ip=ip,
                lang=lang,
                max_defer_fail_percentage=max_defer_fail_percentage,
                max_email_per_hour=max_email_per_hour,
                max_emailacct_quota=max_emailacct_quota,
                max_team_users=max_team_users,
                maxaddon=maxaddon,
                maxftp=maxftp,
                maxlst=maxlst,
                maxpark=maxpark,
                maxpop=maxpop,
                maxsql=maxsql,
                maxsub=maxsub,
                quota=quota,
            ),
        )

    async def modify_account_enhancement(
        self,
        *,
        name: str,
        id: str | Unset = UNSET,
    ) -> ModifyAccountEnhancementData:
        """Call ``modify_account_enhancement``. May change server state: never retried. Since WHM 11.98.

        Args:
            name (str): Required.
            id (str): Optional.

        Returns:
            ModifyAccountEnhancementData: the reply's ``data``, with ``name`` (str), ``id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-enhancements/accountenhancements-modify_account_enhancement.md
        """
        from .api.account_enhancements import modify_account_enhancement as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
                id=id,
            ),
        )

    async def modifyacct(
        self,
        *,
        user: str,
        account_enhancements: str | Unset = UNSET,
        backup: ModifyacctBACKUP | Unset = UNSET,
        bwlimit: Any | Unset = UNSET,
        contactemail: str | Unset = UNSET,
        dbowner: str | Unset = UNSET,
        disk_block_limit: int | Unset = UNSET,
        dns: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        hascgi: ModifyacctHASCGI | Unset = UNSET,
        hasdkim: ModifyacctHASDKIM | Unset = UNSET,
        hasdmarc: ModifyacctHASDMARC | Unset = UNSET,
        hasshell: ModifyacctHASSHELL | Unset = UNSET,
        hasspf: ModifyacctHASSPF | Unset = UNSET,
        lang: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        mail_node_alias: str | Unset = UNSET,
        mailbox_format: ModifyacctMAILBOXFORMAT | Unset = UNSET,
        max_defer_fail_percentage: Any | Unset = UNSET,
        max_email_per_hour: Any | Unset = UNSET,
        max_emailacct_quota: Any | Unset = UNSET,
        max_team_users: int | Unset = UNSET,
        maxaddon: Any | Unset = UNSET,
        maxftp: Any | Unset = UNSET,
        maxlst: Any | Unset = UNSET,
        maxpark: Any | Unset = UNSET,
        maxpassengerapps: Any | Unset = UNSET,
        maxpop: Any | Unset = UNSET,
        maxsql: Any | Unset = UNSET,
        maxsub: Any | Unset = UNSET,
        modify_firewall: int | Unset = UNSET,
        mxcheck: int | Unset = UNSET,
        newuser: str | Unset = UNSET,
        notify_account_authn_link: ModifyacctNotifyAccountAuthnLink | Unset = UNSET,
        notify_account_authn_link_notification_disabled: ModifyacctNotifyAccountAuthnLinkNotificationDisabled
        | Unset = UNSET,
        notify_autossl_expiry: ModifyacctNotifyAutosslExpiry | Unset = UNSET,
        notify_autossl_expiry_coverage: ModifyacctNotifyAutosslExpiryCoverage | Unset = UNSET,
        notify_autossl_renewal: ModifyacctNotifyAutosslRenewal | Unset = UNSET,
        notify_autossl_renewal_coverage: ModifyacctNotifyAutosslRenewalCoverage | Unset = UNSET,
        notify_contact_address_change: ModifyacctNotifyContactAddressChange | Unset = UNSET,
        notify_contact_address_change_notification_disabled: ModifyacctNotifyContactAddressChangeNotificationDisabled
        | Unset = UNSET,
        notify_disk_limit: ModifyacctNotifyDiskLimit | Unset = UNSET,
        notify_password_change: ModifyacctNotifyPasswordChange | Unset = UNSET,
        notify_password_change_notification_disabled: ModifyacctNotifyPasswordChangeNotificationDisabled
        | Unset = UNSET,
        notify_ssl_expiry: ModifyacctNotifySslExpiry | Unset = UNSET,
        outgoing_email_suspended: ModifyacctOUTGOINGEMAILSUSPENDED | Unset = UNSET,
        owner: str | Unset = UNSET,
        pushbullet_access_token: str | Unset = UNSET,
        quota: Any | Unset = UNSET,
        remove_missing_extensions: str | Unset = UNSET,
        rename_database_objects: int | Unset = UNSET,
        reseller: ModifyacctReseller | Unset = UNSET,
        rs: str | Unset = UNSET,
        shell: str | Unset = UNSET,
        spamassassin: ModifyacctSpamassassin | Unset = UNSET,
        startdate: int | Unset = UNSET,
        style: str | Unset = UNSET,
        update_existing_email_account_quotas: ModifyacctUpdateExistingEmailAccountQuotas | Unset = UNSET,
    ) -> ModifyacctData:
        """Call ``modifyacct``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.
            account_enhancements (str): Optional.
            backup (ModifyacctBACKUP): Optional. WHM name: ``BACKUP``. One of: 0, 1.
            bwlimit (Any): Optional. WHM name: ``BWLIMIT``. A string or a number.
            contactemail (str): Optional.
            dbowner (str): Optional. WHM name: ``DBOWNER``.
            disk_block_limit (int): Optional. WHM name: ``DISK_BLOCK_LIMIT``.
            dns (str): Optional. WHM name: ``DNS``.
            domain (str): Optional.
            hascgi (ModifyacctHASCGI): Optional. WHM name: ``HASCGI``. One of: 0, 1.
            hasdkim (ModifyacctHASDKIM): Optional. WHM name: ``HASDKIM``. One of: 0, 1.
            hasdmarc (ModifyacctHASDMARC): Optional. WHM name: ``HASDMARC``. One of: 0, 1.
            hasshell (ModifyacctHASSHELL): Optional. WHM name: ``HASSHELL``. One of: 0, 1.
            hasspf (ModifyacctHASSPF): Optional. WHM name: ``HASSPF``. One of: 0, 1.
            lang (str): Optional. WHM name: ``LANG``.
            locale (str): Optional. WHM name: ``LOCALE``.
            mail_node_alias (str): Optional.
            mailbox_format (ModifyacctMAILBOXFORMAT): Optional. WHM name: ``MAILBOX_FORMAT``. One of:
                'maildir', 'mbox'.
            max_defer_fail_percentage (Any): Optional. WHM name: ``MAX_DEFER_FAIL_PERCENTAGE``. A string or
                a number.
            max_email_per_hour (Any): Optional. WHM name: ``MAX_EMAIL_PER_HOUR``. A string or a number.
            max_emailacct_quota (Any): Optional. WHM name: ``MAX_EMAILACCT_QUOTA``. A string or a number.
            max_team_users (int): Optional.
            maxaddon (Any): Optional. WHM name: ``MAXADDON``. A string or a number.
            maxftp (Any): Optional. WHM name: ``MAXFTP``. A string or a number.
            maxlst (Any): Optional. WHM name: ``MAXLST``. A string or a number.
            maxpark (Any): Optional. WHM name: ``MAXPARK``. A string or a number.
            maxpassengerapps (Any): Optional. WHM name: ``MAXPASSENGERAPPS``. A string or a number.
            maxpop (Any): Optional. WHM name: ``MAXPOP``. A string or a number.
            maxsql (Any): Optional. WHM name: ``MAXSQL``. A string or a number.
            maxsub (Any): Optional. WHM name: ``MAXSUB``. A string or a number.
            modify_firewall (int): Optional.
            mxcheck (int): Optional. WHM name: ``MXCHECK-*``.
            newuser (str): Optional.
            notify_account_authn_link (ModifyacctNotifyAccountAuthnLink): Optional. One of: 0, 1.
            notify_account_authn_link_notification_disabled (ModifyacctNotifyAccountAuthnLinkNotificationDis
                abled): Optional. One of: 0, 1.
            notify_autossl_expiry (ModifyacctNotifyAutosslExpiry): Optional. One of: 0, 1.
            notify_autossl_expiry_coverage (ModifyacctNotifyAutosslExpiryCoverage): Optional. One of: 0, 1.
            notify_autossl_renewal (ModifyacctNotifyAutosslRenewal): Optional. One of: 0, 1.
            notify_autossl_renewal_coverage (ModifyacctNotifyAutosslRenewalCoverage): Optional. One of: 0,
                1.
            notify_contact_address_change (ModifyacctNotifyContactAddressChange): Optional. One of: 0, 1.
            notify_contact_address_change_notification_disabled (ModifyacctNotifyContactAddressChangeNotific
                ationDisabled): Optional. One of: 0, 1.
            notify_disk_limit (ModifyacctNotifyDiskLimit): Optional. One of: 0, 1.
            notify_password_change (ModifyacctNotifyPasswordChange): Optional. One of: 0, 1.
            notify_password_change_notification_disabled (ModifyacctNotifyPasswordChangeNotificationDisabled
                ): Optional. One of: 0, 1.
            notify_ssl_expiry (ModifyacctNotifySslExpiry): Optional. One of: 0, 1.
            outgoing_email_suspended (ModifyacctOUTGOINGEMAILSUSPENDED): Optional. WHM name:
                ``OUTGOING_EMAIL_SUSPENDED``. One of: 0, 1.
            owner (str): Optional.
            pushbullet_access_token (str): Optional. WHM name: ``PUSHBULLET_ACCESS_TOKEN``.
            quota (Any): Optional. WHM name: ``QUOTA``. A string or a number.
            remove_missing_extensions (str): Optional. Default: ''.
            rename_database_objects (int): Optional.
            reseller (ModifyacctReseller): Optional. One of: 0, 1. Default: 0.
            rs (str): Optional. WHM name: ``RS``.
            shell (str): Optional.
            spamassassin (ModifyacctSpamassassin): Optional. One of: 0, 1.
            startdate (int): Optional. WHM name: ``STARTDATE``.
            style (str): Optional. WHM name: ``STYLE``.
            update_existing_email_account_quotas (ModifyacctUpdateExistingEmailAccountQuotas): Optional. One
                of: 0, 1. Default: 0.

        Returns:
            ModifyacctData: the reply's ``data``, with ``cpuser`` (ModifyacctDataCpuser), ``domain`` (str),
                ``setshell`` (str), ``user`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-modifyacct.md
        """
        from .api.accounts import modifyacct as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                account_enhancements=account_enhancements,
                backup=backup,
                bwlimit=bwlimit,
                contactemail=contactemail,
                dbowner=dbowner,
                disk_block_limit=disk_block_limit,
                dns=dns,
                domain=domain,
                hascgi=hascgi,
                hasdkim=hasdkim,
                hasdmarc=hasdmarc,
                hasshell=hasshell,
                hasspf=hasspf,
                lang=lang,
                locale=locale,
                mail_node_alias=mail_node_alias,
                mailbox_format=mailbox_format,
                max_defer_fail_percentage=max_defer_fail_percentage,
                max_email_per_hour=max_email_per_hour,
                max_emailacct_quota=max_emailacct_quota,
                max_team_users=max_team_users,
                maxaddon=maxaddon,
                maxftp=maxftp,
                maxlst=maxlst,
                maxpark=maxpark,
                maxpassengerapps=maxpassengerapps,
                maxpop=maxpop,
                maxsql=maxsql,
                maxsub=maxsub,
                modify_firewall=modify_firewall,
                mxcheck=mxcheck,
                newuser=newuser,
                notify_account_authn_link=notify_account_authn_link,
                notify_account_authn_link_notification_disabled=notify_account_authn_link_notification_disabled,
                notify_autossl_expiry=notify_autossl_expiry,
                notify_autossl_expiry_coverage=notify_autossl_expiry_coverage,
                notify_autossl_renewal=notify_autossl_renewal,
                notify_autossl_renewal_coverage=notify_autossl_renewal_coverage,
                notify_contact_address_change=notify_contact_address_change,
                notify_contact_address_change_notification_disabled=notify_contact_address_change_notification_disabled,
                notify_disk_limit=notify_disk_limit,
                notify_password_change=notify_password_change,
                notify_password_change_notification_disabled=notify_password_change_notification_disabled,
                notify_ssl_expiry=notify_ssl_expiry,
                outgoing_email_suspended=outgoing_email_suspended,
                owner=owner,
                pushbullet_access_token=pushbullet_access_token,
                quota=quota,
                remove_missing_extensions=remove_missing_extensions,
                rename_database_objects=rename_database_objects,
                reseller=reseller,
                rs=rs,
                shell=shell,
                spamassassin=spamassassin,
                startdate=startdate,
                style=style,
                update_existing_email_account_quotas=update_existing_email_account_quotas,
            ),
        )

    async def modsec_add_rule(
        self,
        *,
        config: str,
        rule: str,
    ) -> ModsecAddRuleData:
        """Call ``modsec_add_rule``. May change server state: never retried. Since WHM 11.46.

        Args:
            config (str): Required.
            rule (str): Required.

        Returns:
            ModsecAddRuleData: the reply's ``data``, with ``rule`` (ModsecAddRuleDataRule).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_add_rule.md
        """
        from .api.mod_security import modsec_add_rule as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
                rule=rule,
            ),
        )

    async def modsec_add_vendor(
        self,
        *,
        url_query: str,
        enabled: ModsecAddVendorEnabled | Unset = UNSET,
    ) -> ModsecAddVendorData:
        """Call ``modsec_add_vendor``. May change server state: never retried. Since WHM 11.46.

        Args:
            url_query (str): Required. WHM name: ``url``.
            enabled (ModsecAddVendorEnabled): Optional. One of: 1, 0. Default: 1.

        Returns:
            ModsecAddVendorData: the reply's ``data``, with ``name`` (str), ``archive_url`` (str),
                ``cpanel_provided`` (int), ``description`` (str), ``dist_md5`` (str), ``dist_sha512`` (str),
                ``enabled`` (int), ``inst_dist`` (str), ``installed`` (int), ``installed_from`` (str),
                ``path`` (str), ``report_url`` (str), ``supported_versions`` (list[str]), ``vendor_id``
                (str), ``vendor_url`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-vendor-settings/modsecurity-modsec_add_vendor.md
        """
        from .api.mod_security import modsec_add_vendor as operation

        return await self._run(
            operation,
            operation.build_arguments(
                url_query=url_query,
                enabled=enabled,
            ),
        )

    async def modsec_assemble_config_text(
        self,
        *,
        config: str,
        deploy: ModsecAssembleConfigTextDeploy | Unset = UNSET,
        final: ModsecAssembleConfigTextFinal | Unset = UNSET,
        init: ModsecAssembleConfigTextInit | Unset = UNSET,
        text: str | Unset = UNSET,
    ) -> Any:
        """Call ``modsec_assemble_config_text``. May change server state: never retried. Since WHM 11.48.

        Args:
            config (str): Required.
            deploy (ModsecAssembleConfigTextDeploy): Optional. One of: 1, 0. Default: 0.
            final (ModsecAssembleConfigTextFinal): Optional. One of: 1, 0. Default: 0.
            init (ModsecAssembleConfigTextInit): Optional. One of: 1, 0. Default: 0.
            text (str): Optional. Default: ''.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_assemble_config_text.md
        """
        from .api.mod_security import modsec_assemble_config_text as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
                deploy=deploy,
                final=final,
                init=init,
                text=text,
            ),
        )

    async def modsec_batch_settings(
        self,
        *,
        setting_id: int,
        state: Any,
        remove: ModsecBatchSettingsRemove | Unset = UNSET,
    ) -> ModsecBatchSettingsData:
        """Call ``modsec_batch_settings``. May change server state: never retried. Since WHM 11.46.

        Args:
            setting_id (int): Required.
            state (Any): Required. A string or a number.
            remove (ModsecBatchSettingsRemove): Optional. One of: 1, 0. Default: 0.

        Returns:
            ModsecBatchSettingsData: the reply's ``data``, with
                ``updated_settings`` (list[ModsecBatchSettingsDataUpdatedSettingsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_batch_settings.md
        """
        from .api.mod_security import modsec_batch_settings as operation

        return await self._run(
            operation,
            operation.build_arguments(
                setting_id=setting_id,
                state=state,
                remove=remove,
            ),
        )

    async def modsec_check_rule(
        self,
        *,
        rule: str,
    ) -> ModsecCheckRuleData:
        """Call ``modsec_check_rule``. May change server state: never retried. Since WHM 11.46.

        Args:
            rule (str): Required.

        Returns:
            ModsecCheckRuleData: the reply's ``data``, with ``problem`` (str), ``valid`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_check_rule.md
        """
        from .api.mod_security import modsec_check_rule as operation

        return await self._run(
            operation,
            operation.build_arguments(
                rule=rule,
            ),
        )

    async def modsec_clone_rule(
        self,
        *,
        config: str,
        id: int,
    ) -> ModsecCloneRuleData:
        """Call ``modsec_clone_rule``. May change server state: never retried. Since WHM 11.48.

        Args:
            config (str): Required.
            id (int): Required.

        Returns:
            ModsecCloneRuleData: the reply's ``data``, with ``rule`` (ModsecCloneRuleDataRule).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_clone_rule.md
        """
        from .api.mod_security import modsec_clone_rule as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
                id=id,
            ),
        )

    async def modsec_deploy_all_rule_changes(
        self,
    ) -> ModsecDeployAllRuleChangesData:
        """Call ``modsec_deploy_all_rule_changes``. May change server state: never retried. Since WHM 11.48.

        Returns:
            ModsecDeployAllRuleChangesData: the reply's ``data``, with ``failed`` (list[str]), ``outcomes``
                (list[ModsecDeployAllRuleChangesDataOutcomesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_deploy_all_rule_changes.md
        """
        from .api.mod_security import modsec_deploy_all_rule_changes as operation

        return await self._run(operation, operation.build_arguments())

    async def modsec_deploy_rule_changes(
        self,
        *,
        config: str,
    ) -> Any:
        """Call ``modsec_deploy_rule_changes``. May change server state: never retried. Since WHM 11.46.

        Args:
            config (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_deploy_rule_changes.md
        """
        from .api.mod_security import modsec_deploy_rule_changes as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
            ),
        )

    async def modsec_deploy_settings_changes(
        self,
    ) -> Any:
        """Call ``modsec_deploy_settings_changes``. May change server state: never retried. Since WHM 11.48.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_deploy_settings_changes.md
        """
        from .api.mod_security import modsec_deploy_settings_changes as operation

        return await self._run(operation, operation.build_arguments())

    async def modsec_disable_rule(
        self,
        *,
        config: str,
        id: str,
    ) -> Any:
        """Call ``modsec_disable_rule``. May change server state: never retried. Since WHM 11.46.

        Args:
            config (str): Required.
            id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_disable_rule.md
        """
        from .api.mod_security import modsec_disable_rule as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
                id=id,
            ),
        )

    async def modsec_disable_vendor(
        self,
        *,
        vendor_id: str,
    ) -> Any:
        """Call ``modsec_disable_vendor``. May change server state: never retried. Since WHM 11.48.

        Args:
            vendor_id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-vendor-settings/modsecurity-modsec_disable_vendor.md
        """
        from .api.mod_security import modsec_disable_vendor as operation

        return await self._run(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_disable_vendor_configs(
        self,
        *,
        vendor_id: str,
    ) -> ModsecDisableVendorConfigsData:
        """Call ``modsec_disable_vendor_configs``. May change server state: never retried. Since WHM 11.48.

        Args:
            vendor_id (str): Required.

        Returns:
            ModsecDisableVendorConfigsData: the reply's ``data``, with
                ``outcomes`` (list[ModsecDisableVendorConfigsDataOutcomesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-vendor-settings/modsecurity-modsec_disable_vendor_configs.md
        """
        from .api.mod_security import modsec_disable_vendor_configs as operation

        return await self._run(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_disable_vendor_updates(
        self,
        *,
        vendor_id: str,
    ) -> Any:
        """Call ``modsec_disable_vendor_updates``. May change server state: never retried. Since WHM 11.48.

        Args:
            vendor_id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-vendor-settings/modsecurity-modsec_disable_vendor_updates.md
        """
        from .api.mod_security import modsec_disable_vendor_updates as operation

        return await self._run(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_discard_all_rule_changes(
        self,
    ) -> ModsecDiscardAllRuleChangesData:
        """Call ``modsec_discard_all_rule_changes``. May change server state: never retried. Since WHM 11.48.

        Returns:
            ModsecDiscardAllRuleChangesData: the reply's ``data``, with ``failed`` (list[str]), ``outcomes``
                (list[ModsecDiscardAllRuleChangesDataOutcomesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_discard_all_rule_changes.md
        """
        from .api.mod_security import modsec_discard_all_rule_changes as operation

        return await self._run(operation, operation.build_arguments())

    async def modsec_discard_rule_changes(
        self,
        *,
        config: str,
    ) -> Any:
        """Call ``modsec_discard_rule_changes``. May change server state: never retried. Since WHM 11.46.

        Args:
            config (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_discard_rule_changes.md
        """
        from .api.mod_security import modsec_discard_rule_changes as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
            ),
        )

    async def modsec_edit_rule(
        self,
        *,
        config: str,
        id: int,
        rule: str,
    ) -> ModsecEditRuleData:
        """Call ``modsec_edit_rule``. May change server state: never retried. Since WHM 11.46.

        Args:
            config (str): Required.
            id (int): Required.
            rule (str): Required.

        Returns:
            ModsecEditRuleData: the reply's ``data``, with ``rule`` (ModsecEditRuleDataRule).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_edit_rule.md
        """
        from .api.mod_security import modsec_edit_rule as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
                id=id,
                rule=rule,
            ),
        )

    async def modsec_enable_vendor(
        self,
        *,
        vendor_id: str,
    ) -> Any:
        """Call ``modsec_enable_vendor``. May change server state: never retried. Since WHM 11.48.

        Args:
            vendor_id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-vendor-settings/modsecurity-modsec_enable_vendor.md
        """
        from .api.mod_security import modsec_enable_vendor as operation

        return await self._run(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_enable_vendor_configs(
        self,
        *,
        vendor_id: str,
    ) -> ModsecEnableVendorConfigsData:
        """Call ``modsec_enable_vendor_configs``. May change server state: never retried. Since WHM 11.48.

        Args:
            vendor_id (str): Required.

        Returns:
            ModsecEnableVendorConfigsData: the reply's ``data``, with
                ``outcomes`` (list[ModsecEnableVendorConfigsDataOutcomesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-vendor-settings/modsecurity-modsec_enable_vendor_configs.md
        """
        from .api.mod_security import modsec_enable_vendor_configs as operation

        return await self._run(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_enable_vendor_updates(
        self,
        *,
        vendor_id: str,
    ) -> Any:
        """Call ``modsec_enable_vendor_updates``. May change server state: never retried. Since WHM 11.48.

        Args:
            vendor_id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-vendor-settings/modsecurity-modsec_enable_vendor_updates.md
        """
        from .api.mod_security import modsec_enable_vendor_updates as operation

        return await self._run(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_get_config_text(
        self,
        *,
        config: str,
    ) -> ModsecGetConfigTextData:
        """Call ``modsec_get_config_text``. May change server state: never retried. Since WHM 11.46.

        Args:
            config (str): Required.

        Returns:
            ModsecGetConfigTextData: the reply's ``data``, with ``text`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_get_config_text.md
        """
        from .api.mod_security import modsec_get_config_text as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
            ),
        )

    async def modsec_get_configs(
        self,
    ) -> ModsecGetConfigsData:
        """Call ``modsec_get_configs``. May change server state: never retried. Since WHM 11.48.

        Returns:
            ModsecGetConfigsData: the reply's ``data``, with
                ``configs`` (list[ModsecGetConfigsDataConfigsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_get_configs.md
        """
        from .api.mod_security import modsec_get_configs as operation

        return await self._run(operation, operation.build_arguments())

    async def modsec_get_configs_with_changes_pending(
        self,
    ) -> ModsecGetConfigsWithChangesPendingData:
        """Call ``modsec_get_configs_with_changes_pending``. May change server state: never retried. Since WHM 11.46.

        Returns:
            ModsecGetConfigsWithChangesPendingData: the reply's ``data``, with ``configs`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_get_configs_with_changes_pending.md
        """
        from .api.mod_security import modsec_get_configs_with_changes_pending as operation

        return await self._run(operation, operation.build_arguments())

    async def modsec_get_log(
        self,
    ) -> list[ModsecGetLogReplyDataItem]:
        """Call ``modsec_get_log``. May change server state: never retried. Since WHM 11.46.

        Returns:
            list[ModsecGetLogReplyDataItem]: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_get_log.md
        """
        from .api.mod_security import modsec_get_log as operation

        return await self._run(operation, operation.build_arguments())

    async def modsec_get_rules(
        self,
        *,
        config: str | Unset = UNSET,
        exclude_bare_comments: ModsecGetRulesExcludeBareComments | Unset = UNSET,
        exclude_other_directives: ModsecGetRulesExcludeOtherDirectives | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
    ) -> ModsecGetRulesData:
        """Call ``modsec_get_rules``. May change server state: never retried. Since WHM 11.48.

        Args:
            config (str): Optional.
            exclude_bare_comments (ModsecGetRulesExcludeBareComments): Optional. One of: 1, 0. Default: 1.
            exclude_other_directives (ModsecGetRulesExcludeOtherDirectives): Optional. One of: 1, 0.
                Default: 1.
            vendor_id (str): Optional.

        Returns:
            ModsecGetRulesData: the reply's ``data``, with ``chunks`` (list[ModsecGetRulesDataChunksItem]),
                ``staged_changes`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_get_rules.md
        """
        from .api.mod_security import modsec_get_rules as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
                exclude_bare_comments=exclude_bare_comments,
                exclude_other_directives=exclude_other_directives,
                vendor_id=vendor_id,
            ),
        )

    async def modsec_get_settings(
        self,
    ) -> ModsecGetSettingsData:
        """Call ``modsec_get_settings``. May change server state: never retried. Since WHM 11.46.

        Returns:
            ModsecGetSettingsData: the reply's ``data``, with
                ``settings`` (list[ModsecGetSettingsDataSettingsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_get_settings.md
        """
        from .api.mod_security import modsec_get_settings as operation

        return await self._run(operation, operation.build_arguments())

    async def modsec_get_vendors(
        self,
    ) -> ModsecGetVendorsData:
        """Call ``modsec_get_vendors``. May change server state: never retried. Since WHM 11.46.

        Returns:
            ModsecGetVendorsData: the reply's ``data``, with
                ``vendors`` (list[ModsecGetVendorsDataVendorsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-vendor-settings/modsecurity-modsec_get_vendors.md
        """
        from .api.mod_security import modsec_get_vendors as operation

        return await self._run(operation, operation.build_arguments())

    async def modsec_is_installed(
        self,
    ) -> ModsecIsInstalledData:
        """Call ``modsec_is_installed``. May change server state: never retried. Since WHM 11.46.

        Returns:
            ModsecIsInstalledData: the reply's ``data``, with ``data`` (ModsecIsInstalledDataData).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_is_installed.md
        """
        from .api.mod_security import modsec_is_installed as operation

        return await self._run(operation, operation.build_arguments())

    async def modsec_make_config_active(
        self,
        *,
        config: str,
    ) -> Any:
        """Call ``modsec_make_config_active``. May change server state: never retried. Since WHM 11.46.

        Args:
            config (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_make_config_active.md
        """
        from .api.mod_security import modsec_make_config_active as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
            ),
        )

    async def modsec_make_config_inactive(
        self,
        *,
        config: str,
    ) -> Any:
        """Call ``modsec_make_config_inactive``. May change server state: never retried. Since WHM 11.46.

        Args:
            config (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_make_config_inactive.md
        """
        from .api.mod_security import modsec_make_config_inactive as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
            ),
        )

    async def modsec_preview_vendor(
        self,
        *,
        url_query: str,
    ) -> ModsecPreviewVendorData:
        """Call ``modsec_preview_vendor``. May change server state: never retried. Since WHM 11.48.

        Args:
            url_query (str): Required. WHM name: ``url``.

        Returns:
            ModsecPreviewVendorData: the reply's ``data``, with ``name`` (str), ``archive_url`` (str),
                ``cpanel_provided`` (int), ``description`` (str), ``dist_md5`` (str), ``dist_sha512`` (str),
                ``installed`` (int), ``installed_from`` (str), ``path`` (str), ``report_url`` (str),
                ``supported_versions`` (list[str]), ``vendor_id`` (str), ``vendor_url`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-vendor-settings/modsecurity-modsec_preview_vendor.md
        """
        from .api.mod_security import modsec_preview_vendor as operation

        return await self._run(
            operation,
            operation.build_arguments(
                url_query=url_query,
            ),
        )

    async def modsec_remove_rule(
        self,
        *,
        config: str,
        id: int,
    ) -> Any:
        """Call ``modsec_remove_rule``. May change server state: never retried. Since WHM 11.46.

        Args:
            config (str): Required.
            id (int): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_remove_rule.md
        """
        from .api.mod_security import modsec_remove_rule as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
                id=id,
            ),
        )

    async def modsec_remove_setting(
        self,
        *,
        setting_id: int,
    ) -> Any:
        """Call ``modsec_remove_setting``. May change server state: never retried. Since WHM 11.46.

        Args:
            setting_id (int): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_remove_setting.md
        """
        from .api.mod_security import modsec_remove_setting as operation

        return await self._run(
            operation,
            operation.build_arguments(
                setting_id=setting_id,
            ),
        )

    async def modsec_remove_vendor(
        self,
        *,
        vendor_id: str,
    ) -> Any:
        """Call ``modsec_remove_vendor``. May change server state: never retried. Since WHM 11.48.

        Args:
            vendor_id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-vendor-settings/modsecurity-modsec_remove_vendor.md
        """
        from .api.mod_security import modsec_remove_vendor as operation

        return await self._run(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_report_rule(
        self,
        *,
        email: str,
        message: str,
        row_ids: int,
        send: ModsecReportRuleSend,
        type_: str,
    ) -> ModsecReportRuleData:
        """Call ``modsec_report_rule``. May change server state: never retried. Since WHM 11.48.

        Args:
            email (str): Required.
            message (str): Required.
            row_ids (int): Required.
            send (ModsecReportRuleSend): Required. One of: 1, 0.
            type_ (str): Required. WHM name: ``type``.

        Returns:
            ModsecReportRuleData: the reply's ``data``, with
                ``report`` (list[ModsecReportRuleDataReportItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_report_rule.md
        """
        from .api.mod_security import modsec_report_rule as operation

        return await self._run(
            operation,
            operation.build_arguments(
                email=email,
                message=message,
                row_ids=row_ids,
                send=send,
                type_=type_,
            ),
        )

    async def modsec_set_config_text(
        self,
        *,
        config: str,
        text: str,
    ) -> Any:
        """Call ``modsec_set_config_text``. May change server state: never retried. Since WHM 11.46.

        Args:
            config (str): Required.
            text (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_set_config_text.md
        """
        from .api.mod_security import modsec_set_config_text as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
                text=text,
            ),
        )

    async def modsec_set_setting(
        self,
        *,
        setting_id: int,
        state: str,
    ) -> ModsecSetSettingData:
        """Call ``modsec_set_setting``. May change server state: never retried. Since WHM 11.46.

        Args:
            setting_id (int): Required.
            state (str): Required.

        Returns:
            ModsecSetSettingData: the reply's ``data``, with ``name`` (str), ``type`` (str), ``default``
                (str), ``description`` (str), ``directive`` (str), ``radio_options``
                (list[ModsecSetSettingDataRadioOptionsItem]), ``setting_id`` (int), ``state`` (int), ``url``
                (str), ``validation`` (list[Any]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_set_setting.md
        """
        from .api.mod_security import modsec_set_setting as operation

        return await self._run(
            operation,
            operation.build_arguments(
                setting_id=setting_id,
                state=state,
            ),
        )

    async def modsec_undisable_rule(
        self,
        *,
        config: str,
        id: str,
    ) -> Any:
        """Call ``modsec_undisable_rule``. May change server state: never retried. Since WHM 11.46.

        Args:
            config (str): Required.
            id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-settings/modsecurity-modsec_undisable_rule.md
        """
        from .api.mod_security import modsec_undisable_rule as operation

        return await self._run(
            operation,
            operation.build_arguments(
                config=config,
                id=id,
            ),
        )

    async def modsec_update_vendor(
        self,
        *,
        url_query: str,
    ) -> ModsecUpdateVendorData:
        """Call ``modsec_update_vendor``. May change server state: never retried. Since WHM 11.48.

        Args:
            url_query (str): Required. WHM name: ``url``.

        Returns:
            ModsecUpdateVendorData: the reply's ``data``, with
                ``diagnostics`` (ModsecUpdateVendorDataDiagnostics), ``vendor``
                (ModsecUpdateVendorDataVendor).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/rule-vendor-settings/modsecurity-modsec_update_vendor.md
        """
        from .api.mod_security import modsec_update_vendor as operation

        return await self._run(
            operation,
            operation.build_arguments(
                url_query=url_query,
            ),
        )

    async def myprivs(
        self,
    ) -> MyprivsData:
        """Call ``myprivs``. Read-only. Since WHM 11.

        Returns:
            MyprivsData: the reply's ``data``, with ``privileges`` (list[MyprivsDataPrivilegesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/acls-myprivs.md
        """
        from .api.accounts import myprivs as operation

        return await self._run(operation, operation.build_arguments())

    async def nat_checkip(
        self,
        *,
        ip: str,
    ) -> NatCheckipData:
        """Call ``nat_checkip``. May change server state: never retried. Since WHM 11.40.

        Args:
            ip (str): Required.

        Returns:
            NatCheckipData: the reply's ``data``, with ``checked_ip`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/network-address-translation/nat-nat_checkip.md
        """
        from .api.ip_addresses import nat_checkip as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ip=ip,
            ),
        )

    async def nat_set_public_ip(
        self,
        *,
        local_ip: str,
        public_ip: str,
    ) -> Any:
        """Call ``nat_set_public_ip``. May change server state: never retried. Since WHM 11.40.

        Args:
            local_ip (str): Required.
            public_ip (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/network-address-translation/nat-nat_set_public_ip.md
        """
        from .api.ip_addresses import nat_set_public_ip as operation

        return await self._run(
            operation,
            operation.build_arguments(
                local_ip=local_ip,
                public_ip=public_ip,
            ),
        )

    async def nginxmanager_clear_cache(
        self,
        *,
        user: list[str] | Unset = UNSET,
    ) -> Any:
        """Call ``nginxmanager_clear_cache``. May change server state: never retried. Since WHM 11.

        Args:
            user (list[str]): Optional. Default: [].

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/nginx-manager/nginxmanager-nginxmanager_clear_cache.md
        """
        from .api.nginx_manager import nginxmanager_clear_cache as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def nginxmanager_get_cache_config_system(
        self,
        *,
        merge: NginxmanagerGetCacheConfigSystemMerge | Unset = UNSET,
    ) -> NginxmanagerGetCacheConfigSystemData:
        """Call ``nginxmanager_get_cache_config_system``. May change server state: never retried. Since WHM 11.

        Args:
            merge (NginxmanagerGetCacheConfigSystemMerge): Optional. One of: 1.

        Returns:
            NginxmanagerGetCacheConfigSystemData: the reply's ``data``, with
                ``default`` (NginxmanagerGetCacheConfigSystemDataDefault), ``system``
                (NginxmanagerGetCacheConfigSystemDataSystem).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/nginx-manager/nginxmanager-nginxmanager_get_cache_config_system.md
        """
        from .api.nginx_manager import nginxmanager_get_cache_config_system as operation

        return await self._run(
            operation,
            operation.build_arguments(
                merge=merge,
            ),
        )

    async def nginxmanager_get_cache_config_users(
        self,
        *,
        merge: NginxmanagerGetCacheConfigUsersMerge | Unset = UNSET,
        user: list[str] | Unset = UNSET,
    ) -> NginxmanagerGetCacheConfigUsersData:
        """Call ``nginxmanager_get_cache_config_users``. May change server state: never retried. Since WHM 11.

        Args:
            merge (NginxmanagerGetCacheConfigUsersMerge): Optional. One of: 1.
            user (list[str]): Optional. Default: [].

        Returns:
            NginxmanagerGetCacheConfigUsersData: the reply's ``data``, with
                ``users`` (list[NginxmanagerGetCacheConfigUsersDataUsersItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/nginx-manager/nginxmanager-nginxmanager_get_cache_config_users.md
        """
        from .api.nginx_manager import nginxmanager_get_cache_config_users as operation

        return await self._run(
            operation,
            operation.build_arguments(
                merge=merge,
                user=user,
            ),
        )

    async def nginxmanager_rebuild_cache_config(
        self,
        *,
        user: list[str] | Unset = UNSET,
    ) -> Any:
        """Call ``nginxmanager_rebuild_cache_config``. May change server state: never retried. Since WHM 11.

        Args:
            user (list[str]): Optional. Default: [].

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/nginx-manager/nginxmanager-nginxmanager_rebuild_cache_config.md
        """
        from .api.nginx_manager import nginxmanager_rebuild_cache_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def nginxmanager_reset_users_cache_config(
        self,
        *,
        user: list[str] | Unset = UNSET,
    ) -> Any:
        """Call ``nginxmanager_reset_users_cache_config``. May change server state: never retried. Since WHM 11.

        Args:
            user (list[str]): Optional. Default: [].

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/nginx-manager/nginxmanager-nginxmanager_reset_users_cache_config.md
        """
        from .api.nginx_manager import nginxmanager_reset_users_cache_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def nginxmanager_set_cache_config(
        self,
        *,
        enabled: NginxmanagerSetCacheConfigEnabled,
        user: list[str] | Unset = UNSET,
    ) -> Any:
        """Call ``nginxmanager_set_cache_config``. May change server state: never retried. Since WHM 11.

        Args:
            enabled (NginxmanagerSetCacheConfigEnabled): Required. One of: 1, 0.
            user (list[str]): Optional. Default: [].

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/nginx-manager/nginxmanager-nginxmanager_set_cache_config.md
        """
        from .api.nginx_manager import nginxmanager_set_cache_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                enabled=enabled,
                user=user,
            ),
        )

    async def normalize_user_email_configuration(
        self,
        *,
        username: str,
    ) -> Any:
        """Call ``normalize_user_email_configuration``. May change server state: never retried. Since WHM 88.

        Args:
            username (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/email-normalize_user_email_configuration.md
        """
        from .api.mail import normalize_user_email_configuration as operation

        return await self._run(
            operation,
            operation.build_arguments(
                username=username,
            ),
        )

    async def package_manager_fixcache(
        self,
    ) -> PackageManagerFixcacheData:
        """Call ``package_manager_fixcache``. May change server state: never retried. Since WHM 64.

        Returns:
            PackageManagerFixcacheData: the reply's ``data``, with ``cache_seems_ok_now`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/package-manager-settings/packagemanager-package_manager_fixcache.md
        """
        from .api.rpm import package_manager_fixcache as operation

        return await self._run(operation, operation.build_arguments())

    async def package_manager_get_build_log(
        self,
        *,
        build: int,
        offset: int,
    ) -> PackageManagerGetBuildLogData:
        """Call ``package_manager_get_build_log``. May change server state: never retried. Since WHM 11.52.

        Args:
            build (int): Required.
            offset (int): Required.

        Returns:
            PackageManagerGetBuildLogData: the reply's ``data``, with ``content`` (list[str]), ``offset``
                (int), ``still_running`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/package-manager-settings/packagemanager-package_manager_get_build_log.md
        """
        from .api.rpm import package_manager_get_build_log as operation

        return await self._run(
            operation,
            operation.build_arguments(
                build=build,
                offset=offset,
            ),
        )

    async def package_manager_get_package_info(
        self,
        *,
        ns: PackageManagerGetPackageInfoNs,
        package: str,
        disable_excludes: PackageManagerGetPackageInfoDisableExcludes | Unset = UNSET,
    ) -> PackageManagerGetPackageInfoData:
        """Call ``package_manager_get_package_info``. Read-only. Since WHM 11.52.

        Args:
            ns (PackageManagerGetPackageInfoNs): Required. One of: 'ea'.
            package (str): Required.
            disable_excludes (PackageManagerGetPackageInfoDisableExcludes): Optional. WHM name:
                ``disable-excludes``. One of: 1, 0. Default: 0.

        Returns:
            PackageManagerGetPackageInfoData: the reply's ``data``, with
                ``packages`` (list[PackageManagerGetPackageInfoDataPackagesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/list-package-information/packagemanager-package_manager_get_package_info.md
        """
        from .api.rpm import package_manager_get_package_info as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ns=ns,
                package=package,
                disable_excludes=disable_excludes,
            ),
        )

    async def package_manager_is_performing_actions(
        self,
        *,
        build: int,
    ) -> PackageManagerIsPerformingActionsData:
        """Call ``package_manager_is_performing_actions``. May change server state: never retried. Since WHM 11.52.

        Args:
            build (int): Required.

        Returns:
            PackageManagerIsPerformingActionsData: the reply's ``data``, with ``active`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/list-package-information/packagemanager-package_manager_is_performing_actions.md
        """
        from .api.rpm import package_manager_is_performing_actions as operation

        return await self._run(
            operation,
            operation.build_arguments(
                build=build,
            ),
        )

    async def package_manager_list_packages(
        self,
        *,
        state: PackageManagerListPackagesState | Unset = UNSET,
    ) -> PackageManagerListPackagesData:
        """Call ``package_manager_list_packages``. May change server state: never retried. Since WHM 11.52.

        Args:
            state (PackageManagerListPackagesState): Optional. One of: 'any', 'installed', 'not_installed',
                'updatable'. Default: 'any'.

        Returns:
            PackageManagerListPackagesData: the reply's ``data``, with
                ``packages`` (list[PackageManagerListPackagesDataPackagesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/list-package-information/packagemanager-package_manager_list_packages.md
        """
        from .api.rpm import package_manager_list_packages as operation

        return await self._run(
            operation,
            operation.build_arguments(
                state=state,
            ),
        )

    async def package_manager_resolve_actions(
        self,
        *,
        package: str,
        ns: PackageManagerResolveActionsNs | Unset = UNSET,
    ) -> PackageManagerResolveActionsData:
        """Call ``package_manager_resolve_actions``. May change server state: never retried. Since WHM 11.52.

        Args:
            package (str): Required.
            ns (PackageManagerResolveActionsNs): Optional. One of: 'ea'.

        Returns:
            PackageManagerResolveActionsData: the reply's ``data``, with ``install`` (list[str]),
                ``unaffected`` (list[str]), ``uninstall`` (list[str]), ``upgrade`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/list-package-information/packagemanager-package_manager_resolve_actions.md
        """
        from .api.rpm import package_manager_resolve_actions as operation

        return await self._run(
            operation,
            operation.build_arguments(
                package=package,
                ns=ns,
            ),
        )

    async def package_manager_submit_actions(
        self,
        *,
        install: str | Unset = UNSET,
        uninstall: str | Unset = UNSET,
        upgrade: str | Unset = UNSET,
    ) -> PackageManagerSubmitActionsData:
        """Call ``package_manager_submit_actions``. May change server state: never retried. Since WHM 11.52.

        Args:
            install (str): Optional.
            uninstall (str): Optional.
            upgrade (str): Optional.

        Returns:
            PackageManagerSubmitActionsData: the reply's ``data``, with ``build`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/install-or-uninstall-package/packagemanager-package_manager_submit_actions.md
        """
        from .api.rpm import package_manager_submit_actions as operation

        return await self._run(
            operation,
            operation.build_arguments(
                install=install,
                uninstall=uninstall,
                upgrade=upgrade,
            ),
        )

    async def package_manager_upgrade(
        self,
    ) -> PackageManagerUpgradeData:
        """Call ``package_manager_upgrade``. May change server state: never retried. Since WHM 54.

        Returns:
            PackageManagerUpgradeData: the reply's ``data``, with ``build`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/install-or-uninstall-package/packagemanager-package_manager_upgrade.md
        """
        from .api.rpm import package_manager_upgrade as operation

        return await self._run(operation, operation.build_arguments())

    async def parse_dns_zone(
        self,
        *,
        zone: str,
    ) -> ParseDnsZoneData:
        """Call ``parse_dns_zone``. May change server state: never retried. Since WHM 96.

        Args:
            zone (str): Required.

        Returns:
            ParseDnsZoneData: the reply's ``data``, with ``payload`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-parse_dns_zone.md
        """
        from .api.dns import parse_dns_zone as operation

        return await self._run(
            operation,
            operation.build_arguments(
                zone=zone,
            ),
        )

    async def participate_in_analytics(
        self,
        *,
        enabled: ParticipateInAnalyticsEnabled,
    ) -> Any:
        """Call ``participate_in_analytics``. May change server state: never retried. Since WHM 78.

        Args:
            enabled (ParticipateInAnalyticsEnabled): Required. One of: 0, 1.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-analytics/analytics-participate_in_analytics.md
        """
        from .api.c_panel_analytics import participate_in_analytics as operation

        return await self._run(
            operation,
            operation.build_arguments(
                enabled=enabled,
            ),
        )

    async def passwd(
        self,
        *,
        password: str,
        user: str,
        db_pass_update: PasswdDbPassUpdate | Unset = UNSET,
        digestauth: PasswdDigestauth | Unset = UNSET,
        enabledigest: PasswdEnabledigest | Unset = UNSET,
    ) -> PasswdData:
        """Call ``passwd``. May change server state: never retried. Since WHM 11.

        Args:
            password (str): Required.
            user (str): Required.
            db_pass_update (PasswdDbPassUpdate): Optional. One of: 0, 1. Default: 1.
            digestauth (PasswdDigestauth): Optional. One of: 0, 1.
            enabledigest (PasswdEnabledigest): Optional. One of: 0, 1.

        Returns:
            PasswdData: the reply's ``data``, with ``app`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/passwords/sys-passwd.md
        """
        from .api.passwords import passwd as operation

        return await self._run(
            operation,
            operation.build_arguments(
                password=password,
                user=user,
                db_pass_update=db_pass_update,
                digestauth=digestauth,
                enabledigest=enabledigest,
            ),
        )

    async def pause_transfer_session(
        self,
        *,
        transfer_session_id: str,
    ) -> Any:
        """Call ``pause_transfer_session``. May change server state: never retried. Since WHM 11.44.

        Args:
            transfer_session_id (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-transfer/transfers-pause_transfer_session.md
        """
        from .api.transfers import pause_transfer_session as operation

        return await self._run(
            operation,
            operation.build_arguments(
                transfer_session_id=transfer_session_id,
            ),
        )

    async def personalization_get(
        self,
        *,
        names: list[str],
        store: str | Unset = UNSET,
    ) -> PersonalizationGetData:
        """Call ``personalization_get``. May change server state: never retried. Since WHM 74.

        The arguments are sent as one JSON object.

        Args:
            names (list[str]): Required.
            store (str): Optional.

        Returns:
            PersonalizationGetData: the reply's ``data``, with
                ``personalization`` (PersonalizationGetDataPersonalization).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/personalization-personalization_get.md
        """
        from .api.server_administration import personalization_get as operation

        return await self._run(
            operation,
            operation.build_arguments(
                names=names,
                store=store,
            ),
        )

    async def personalization_set(
        self,
        *,
        personalization: dict[str, str],
        store: str | Unset = UNSET,
    ) -> PersonalizationSetData:
        """Call ``personalization_set``. May change server state: never retried. Since WHM 74.

        The arguments are sent as one JSON object.

        Args:
            personalization (PersonalizationSetBodyPersonalization): Required.
            store (str): Optional.

        Returns:
            PersonalizationSetData: the reply's ``data``, with
                ``personalization`` (PersonalizationSetDataPersonalization).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/personalization-personalization_set.md
        """
        from .api.server_administration import personalization_set as operation

        return await self._run(
            operation,
            operation.build_arguments(
                personalization=personalization,
                store=store,
            ),
        )

    async def php_fpm_config_get(
        self,
    ) -> PhpFpmConfigGetData:
        """Call ``php_fpm_config_get``. May change server state: never retried. Since WHM 78.

        Returns:
            PhpFpmConfigGetData: the reply's ``data``, with
                ``config`` (list[PhpFpmConfigGetDataConfigItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php-fpm/php-php_fpm_config_get.md
        """
        from .api.php_fpm import php_fpm_config_get as operation

        return await self._run(operation, operation.build_arguments())

    async def php_fpm_config_set(
        self,
    ) -> Any:
        """Call ``php_fpm_config_set``. May change server state: never retried. Since WHM 78.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php-fpm/php-php_fpm_config_set.md
        """
        from .api.php_fpm import php_fpm_config_set as operation

        return await self._run(operation, operation.build_arguments())

    async def php_get_default_accounts_to_fpm(
        self,
    ) -> PhpGetDefaultAccountsToFpmData:
        """Call ``php_get_default_accounts_to_fpm``. May change server state: never retried. Since WHM 66.

        Returns:
            PhpGetDefaultAccountsToFpmData: the reply's ``data``, with ``default_accounts_to_fpm`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php-fpm/php-php_get_default_accounts_to_fpm.md
        """
        from .api.php_fpm import php_get_default_accounts_to_fpm as operation

        return await self._run(operation, operation.build_arguments())

    async def php_get_handlers(
        self,
        *,
        version: str | Unset = UNSET,
    ) -> PhpGetHandlersData:
        """Call ``php_get_handlers``. May change server state: never retried. Since WHM 54.

        Args:
            version (str): Optional.

        Returns:
            PhpGetHandlersData: the reply's ``data``, with
                ``version_handlers`` (list[PhpGetHandlersDataVersionHandlersItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_get_handlers.md
        """
        from .api.php import php_get_handlers as operation

        return await self._run(
            operation,
            operation.build_arguments(
                version=version,
            ),
        )

    async def php_get_impacted_domains(
        self,
        *,
        domain: str,
        system_default: PhpGetImpactedDomainsSystemDefault,
    ) -> PhpGetImpactedDomainsData:
        """Call ``php_get_impacted_domains``. May change server state: never retried. Since WHM 62.

        Args:
            domain (str): Required.
            system_default (PhpGetImpactedDomainsSystemDefault): Required. One of: 1, 0.

        Returns:
            PhpGetImpactedDomainsData: the reply's ``data``, with ``domains`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_get_impacted_domains.md
        """
        from .api.php import php_get_impacted_domains as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                system_default=system_default,
            ),
        )

    async def php_get_installed_versions(
        self,
    ) -> PhpGetInstalledVersionsData:
        """Call ``php_get_installed_versions``. May change server state: never retried. Since WHM 11.52.

        Returns:
            PhpGetInstalledVersionsData: the reply's ``data``, with ``versions`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_get_installed_versions.md
        """
        from .api.php import php_get_installed_versions as operation

        return await self._run(operation, operation.build_arguments())

    async def php_get_old_fpm_flag(
        self,
    ) -> PhpGetOldFpmFlagData:
        """Call ``php_get_old_fpm_flag``. May change server state: never retried. Since WHM 60.

        Returns:
            PhpGetOldFpmFlagData: the reply's ``data``, with ``old_fpm_flag`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php-fpm/php-php_get_old_fpm_flag.md
        """
        from .api.php_fpm import php_get_old_fpm_flag as operation

        return await self._run(operation, operation.build_arguments())

    async def php_get_system_default_version(
        self,
    ) -> PhpGetSystemDefaultVersionData:
        """Call ``php_get_system_default_version``. May change server state: never retried. Since WHM 11.52.

        Returns:
            PhpGetSystemDefaultVersionData: the reply's ``data``, with ``version`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_get_system_default_version.md
        """
        from .api.php import php_get_system_default_version as operation

        return await self._run(operation, operation.build_arguments())

    async def php_get_vhost_versions(
        self,
    ) -> PhpGetVhostVersionsData:
        """Call ``php_get_vhost_versions``. May change server state: never retried. Since WHM 60.

        Returns:
            PhpGetVhostVersionsData: the reply's ``data``, with
                ``versions`` (list[PhpGetVhostVersionsDataVersionsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_get_vhost_versions.md
        """
        from .api.php import php_get_vhost_versions as operation

        return await self._run(operation, operation.build_arguments())

    async def php_get_vhosts_by_version(
        self,
        *,
        version: str,
    ) -> PhpGetVhostsByVersionData:
        """Call ``php_get_vhosts_by_version``. May change server state: never retried. Since WHM 62.

        Args:
            version (str): Required.

        Returns:
            PhpGetVhostsByVersionData: the reply's ``data``, with ``vhosts`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_get_vhosts_by_version.md
        """
        from .api.php import php_get_vhosts_by_version as operation

        return await self._run(
            operation,
            operation.build_arguments(
                version=version,
            ),
        )

    async def php_ini_get_content(
        self,
        *,
        version: str,
    ) -> PhpIniGetContentData:
        """Call ``php_ini_get_content``. May change server state: never retried. Since WHM 11.52.

        Args:
            version (str): Required.

        Returns:
            PhpIniGetContentData: the reply's ``data``, with ``content`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_ini_get_content.md
        """
        from .api.php import php_ini_get_content as operation

        return await self._run(
            operation,
            operation.build_arguments(
                version=version,
            ),
        )

    async def php_ini_get_directives(
        self,
        *,
        version: str,
    ) -> PhpIniGetDirectivesData:
        """Call ``php_ini_get_directives``. May change server state: never retried. Since WHM 11.52.

        Args:
            version (str): Required.

        Returns:
            PhpIniGetDirectivesData: the reply's ``data``, with
                ``directives`` (list[PhpIniGetDirectivesDataDirectivesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_ini_get_directives.md
        """
        from .api.php import php_ini_get_directives as operation

        return await self._run(
            operation,
            operation.build_arguments(
                version=version,
            ),
        )

    async def php_ini_set_content(
        self,
        *,
        content: str,
        version: str,
    ) -> Any:
        """Call ``php_ini_set_content``. May change server state: never retried. Since WHM 11.52.

        Args:
            content (str): Required.
            version (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_ini_set_content.md
        """
        from .api.php import php_ini_set_content as operation

        return await self._run(
            operation,
            operation.build_arguments(
                content=content,
                version=version,
            ),
        )

    async def php_ini_set_directives(
        self,
        *,
        directive: str,
        version: str,
    ) -> Any:
        """Call ``php_ini_set_directives``. May change server state: never retried. Since WHM 11.52.

        Args:
            directive (str): Required.
            version (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_ini_set_directives.md
        """
        from .api.php import php_ini_set_directives as operation

        return await self._run(
            operation,
            operation.build_arguments(
                directive=directive,
                version=version,
            ),
        )

    async def php_set_default_accounts_to_fpm(
        self,
        *,
        default_accounts_to_fpm: PhpSetDefaultAccountsToFpmDefaultAccountsToFpm,
    ) -> Any:
        """Call ``php_set_default_accounts_to_fpm``. May change server state: never retried. Since WHM 66.

        Args:
            default_accounts_to_fpm (PhpSetDefaultAccountsToFpmDefaultAccountsToFpm): Required. One of: 0,
                1.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php-fpm/php-php_set_default_accounts_to_fpm.md
        """
        from .api.php_fpm import php_set_default_accounts_to_fpm as operation

        return await self._run(
            operation,
            operation.build_arguments(
                default_accounts_to_fpm=default_accounts_to_fpm,
            ),
        )

    async def php_set_handler(
        self,
        *,
        handler: PhpSetHandlerHandler,
        version: str,
    ) -> Any:
        """Call ``php_set_handler``. May change server state: never retried. Since WHM 54.

        Args:
            handler (PhpSetHandlerHandler): Required. One of: 'cgi', 'suphp', 'dso', 'none'.
            version (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_set_handler.md
        """
        from .api.php import php_set_handler as operation

        return await self._run(
            operation,
            operation.build_arguments(
                handler=handler,
                version=version,
            ),
        )

    async def php_set_old_fpm_flag(
        self,
    ) -> PhpSetOldFpmFlagData:
        """Call ``php_set_old_fpm_flag``. May change server state: never retried. Since WHM 60.

        Returns:
            PhpSetOldFpmFlagData: the reply's ``data``, with ``success`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php-fpm/php-php_set_old_fpm_flag.md
        """
        from .api.php_fpm import php_set_old_fpm_flag as operation

        return await self._run(operation, operation.build_arguments())

    async def php_set_session_save_path(
        self,
        *,
        overwrite: PhpSetSessionSavePathOverwrite | Unset = UNSET,
        path: str | Unset = UNSET,
    ) -> Any:
        """Call ``php_set_session_save_path``. May change server state: never retried. Since WHM 66.

        Args:
            overwrite (PhpSetSessionSavePathOverwrite): Optional. One of: 0, 1. Default: 0.
            path (str): Optional. Default: '/var/cpanel/php/sessions'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_set_session_save_path.md
        """
        from .api.php import php_set_session_save_path as operation

        return await self._run(
            operation,
            operation.build_arguments(
                overwrite=overwrite,
                path=path,
            ),
        )

    async def php_set_system_default_version(
        self,
        *,
        version: str,
    ) -> Any:
        """Call ``php_set_system_default_version``. May change server state: never retried. Since WHM 11.52.

        Args:
            version (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_set_system_default_version.md
        """
        from .api.php import php_set_system_default_version as operation

        return await self._run(
            operation,
            operation.build_arguments(
                version=version,
            ),
        )

    async def php_set_vhost_versions(
        self,
        *,
        version: PhpSetVhostVersionsVersion,
        vhost: str,
        php_fpm: PhpSetVhostVersionsPhpFpm | Unset = UNSET,
        php_fpm_pool_parms: str | Unset = UNSET,
    ) -> Any:
        """Call ``php_set_vhost_versions``. May change server state: never retried. Since WHM 60.

        Args:
            version (PhpSetVhostVersionsVersion): Required. One of: 'ea-php54', 'ea-php55', 'ea-php56',
                'ea-php70', 'ea-php71', 'ea-php72', 'inherit'.
            vhost (str): Required.
            php_fpm (PhpSetVhostVersionsPhpFpm): Optional. One of: 1, 0. Default: 0.
            php_fpm_pool_parms (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/php/php-php_set_vhost_versions.md
        """
        from .api.php import php_set_vhost_versions as operation

        return await self._run(
            operation,
            operation.build_arguments(
                version=version,
                vhost=vhost,
                php_fpm=php_fpm,
                php_fpm_pool_parms=php_fpm_pool_parms,
            ),
        )

    async def purchase_a_license(
        self,
        *,
        login_token: str,
        provider: str,
        url_after_checkout: str,
        upgrade: PurchaseALicenseUpgrade | Unset = UNSET,
    ) -> PurchaseALicenseData:
        """Call ``purchase_a_license``. May change server state: never retried. Since WHM 62.

        Args:
            login_token (str): Required.
            provider (str): Required.
            url_after_checkout (str): Required.
            upgrade (PurchaseALicenseUpgrade): Optional. One of: 0, 1. Default: 0.

        Returns:
            PurchaseALicenseData: the reply's ``data``, with ``payload`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/license-management/market-purchase_a_license.md
        """
        from .api.server_administration import purchase_a_license as operation

        return await self._run(
            operation,
            operation.build_arguments(
                login_token=login_token,
                provider=provider,
                url_after_checkout=url_after_checkout,
                upgrade=upgrade,
            ),
        )

    async def quota_enabled(
        self,
    ) -> QuotaEnabledData:
        """Call ``quota_enabled``. May change server state: never retried. Since WHM 11.

        Returns:
            QuotaEnabledData: the reply's ``data``, with ``quota_enabled`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/bandwidth-and-disk-quotas/quota-quota_enabled.md
        """
        from .api.bandwidth_and_disk_quotas import quota_enabled as operation

        return await self._run(operation, operation.build_arguments())

    async def read_cpgreylist_deferred_entries(
        self,
    ) -> ReadCpgreylistDeferredEntriesData:
        """Call ``read_cpgreylist_deferred_entries``. May change server state: never retried. Since WHM 11.50.

        Returns:
            ReadCpgreylistDeferredEntriesData: the reply's ``data``, with ``greylist_deferred_entries`` (lis
                t[ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem]), ``limit`` (int),
                ``offset`` (int), ``server_timezone`` (str), ``server_tzoffset`` (int), ``total_rows``
                (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import read_cpgreylist_deferred_entries as operation

        return await self._run(operation, operation.build_arguments())

    async def read_cpgreylist_trusted_hosts(
        self,
    ) -> ReadCpgreylistTrustedHostsData:
        """Call ``read_cpgreylist_trusted_hosts``. May change server state: never retried. Since WHM 11.50.

        Returns:
            ReadCpgreylistTrustedHostsData: the reply's ``data``, with
                ``greylist_trusted_hosts`` (list[ReadCpgreylistTrustedHostsDataGreylistTrustedHostsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import read_cpgreylist_trusted_hosts as operation

        return await self._run(operation, operation.build_arguments())

    async def read_cphulk_records(
        self,
        *,
        list_name: ReadCphulkRecordsListName,
        skip_enabled_check: ReadCphulkRecordsSkipEnabledCheck | Unset = UNSET,
    ) -> ReadCphulkRecordsData:
        """Call ``read_cphulk_records``. May change server state: never retried. Since WHM 11.48.

        Args:
            list_name (ReadCphulkRecordsListName): Required. One of: 'black', 'white'.
            skip_enabled_check (ReadCphulkRecordsSkipEnabledCheck): Optional. One of: 0, 1. Default: 0.

        Returns:
            ReadCphulkRecordsData: the reply's ``data``, with
                ``ips_in_list`` (ReadCphulkRecordsDataIpsInList), ``list_name`` (str), ``requester_ip``
                (str), ``requester_ip_is_whitelisted`` (int), ``restart_ssh`` (int), ``warning_ip`` (str),
                ``warning_ssh`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/management/cphulk-read_cphulk_records.md
        """
        from .api.c_p_hulk import read_cphulk_records as operation

        return await self._run(
            operation,
            operation.build_arguments(
                list_name=list_name,
                skip_enabled_check=skip_enabled_check,
            ),
        )

    async def read_featurelist(
        self,
        *,
        featurelist: str,
    ) -> ReadFeaturelistData:
        """Call ``read_featurelist``. May change server state: never retried. Since WHM 11.0. Deprecated by cPanel.

        Args:
            featurelist (str): Required.

        Returns:
            ReadFeaturelistData: the reply's ``data``, with ``featurelist`` (str), ``features``
                (ReadFeaturelistDataFeatures).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/featurelists-read_featurelist.md
        """
        from .api.packages import read_featurelist as operation

        return await self._run(
            operation,
            operation.build_arguments(
                featurelist=featurelist,
            ),
        )

    async def reboot(
        self,
        *,
        force: RebootForce | Unset = UNSET,
    ) -> Any:
        """Call ``reboot``. May change server state: never retried. Since WHM 11.

        Args:
            force (RebootForce): Optional. One of: 0, 1. Default: 0.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/system-information/sys-reboot.md
        """
        from .api.server_administration import reboot as operation

        return await self._run(
            operation,
            operation.build_arguments(
                force=force,
            ),
        )

    async def rebuild_mail_sni_config(
        self,
        *,
        reload_dovecot: RebuildMailSniConfigReloadDovecot | Unset = UNSET,
    ) -> RebuildMailSniConfigData:
        """Call ``rebuild_mail_sni_config``. May change server state: never retried. Since WHM 11.48.

        Args:
            reload_dovecot (RebuildMailSniConfigReloadDovecot): Optional. One of: 0, 1. Default: 0.

        Returns:
            RebuildMailSniConfigData: the reply's ``data``, with ``configs_built`` (list[str]), ``success``
                (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/ssl-rebuild_mail_sni_config.md
        """
        from .api.mail import rebuild_mail_sni_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                reload_dovecot=reload_dovecot,
            ),
        )

    async def rebuildinstalledssldb(
        self,
    ) -> Any:
        """Call ``rebuildinstalledssldb``. May change server state: never retried. Since WHM 11.36.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssl-server-settings/ssl-rebuildinstalledssldb.md
        """
        from .api.ssl import rebuildinstalledssldb as operation

        return await self._run(operation, operation.build_arguments())

    async def rebuilduserssldb(
        self,
    ) -> RebuilduserssldbData:
        """Call ``rebuilduserssldb``. May change server state: never retried. Since WHM 11.38.

        Returns:
            RebuilduserssldbData: the reply's ``data``, with ``records`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssl-server-settings/ssl-rebuilduserssldb.md
        """
        from .api.ssl import rebuilduserssldb as operation

        return await self._run(operation, operation.build_arguments())

    async def register_server_with_360_monitoring(
        self,
    ) -> RegisterServerWith360MonitoringData:
        """Call ``360Monitoring/register_server_with_360_monitoring``. May change server state: never retried. Since WHM 11.132.

        Returns:
            RegisterServerWith360MonitoringData: the reply's ``data``, with ``user_id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/360-monitoring/register_server_with_360_monitoring.md
        """
        from .api.tag360_monitoring import register_server_with_360_monitoring as operation

        return await self._run(operation, operation.build_arguments())

    async def release_outgoing_email(
        self,
        *,
        user: str,
    ) -> Any:
        """Call ``release_outgoing_email``. May change server state: never retried. Since WHM 56.

        Args:
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/accounts-release_outgoing_email.md
        """
        from .api.mail import release_outgoing_email as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def remote_basic_credential_check(
        self,
        *,
        host: str,
        user: str,
        password: str | Unset = UNSET,
        port: int | Unset = UNSET,
        root_escalation_method: RemoteBasicCredentialCheckRootEscalationMethod | Unset = UNSET,
        root_password: str | Unset = UNSET,
        sshkey_name: str | Unset = UNSET,
        sshkey_passphrase: str | Unset = UNSET,
    ) -> RemoteBasicCredentialCheckData:
        """Call ``remote_basic_credential_check``. Read-only. Since WHM 11.44.

        Args:
            host (str): Required.
            user (str): Required.
            password (str): Optional.
            port (int): Optional. Default: 22.
            root_escalation_method (RemoteBasicCredentialCheckRootEscalationMethod): Optional. One of: 'su',
                'sudo'.
            root_password (str): Optional.
            sshkey_name (str): Optional.
            sshkey_passphrase (str): Optional.

        Returns:
            RemoteBasicCredentialCheckData: the reply's ``data``, with ``output`` (str), ``response`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/transfer-configuration/ssh-remote_basic_credential_check.md
        """
        from .api.transfers import remote_basic_credential_check as operation

        return await self._run(
            operation,
            operation.build_arguments(
                host=host,
                user=user,
                password=password,
                port=port,
                root_escalation_method=root_escalation_method,
                root_password=root_password,
                sshkey_name=sshkey_name,
                sshkey_passphrase=sshkey_passphrase,
            ),
        )

    async def remote_mysql_create_profile(
        self,
        *,
        mysql_host: str,
        mysql_pass: str,
        mysql_port: int,
        mysql_user: str,
        name: str,
        cpcloud: int | Unset = UNSET,
        setup_via: str | Unset = UNSET,
    ) -> RemoteMysqlCreateProfileData:
        """Call ``remote_mysql_create_profile``. May change server state: never retried. Since WHM 11.52.

        Args:
            mysql_host (str): Required.
            mysql_pass (str): Required.
            mysql_port (int): Required.
            mysql_user (str): Required.
            name (str): Required.
            cpcloud (int): Optional. Default: 0.
            setup_via (str): Optional.

        Returns:
            RemoteMysqlCreateProfileData: the reply's ``data``, with
                ``profile_details`` (RemoteMysqlCreateProfileDataProfileDetails), ``profile_saved`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/remote-mysql-databases/remotemysql-remote_mysql_create_profile.md
        """
        from .api.databases import remote_mysql_create_profile as operation

        return await self._run(
            operation,
            operation.build_arguments(
                mysql_host=mysql_host,
                mysql_pass=mysql_pass,
                mysql_port=mysql_port,
                mysql_user=mysql_user,
                name=name,
                cpcloud=cpcloud,
                setup_via=setup_via,
            ),
        )

    async def remote_mysql_create_profile_via_ssh(
        self,
        *,
        host: str,
        name: str,
        port: int,
        user: str,
        cpcloud: int | Unset = UNSET,
        password: str | Unset = UNSET,
        root_escalation_method: RemoteMysqlCreateProfileViaSshRootEscalationMethod | Unset = UNSET,
        root_password: str | Unset = UNSET,
        sshkey_name: str | Unset = UNSET,
        sshkey_passphrase: str | Unset = UNSET,
    ) -> RemoteMysqlCreateProfileViaSshData:
        """Call ``remote_mysql_create_profile_via_ssh``. May change server state: never retried. Since WHM 11.52.

        Args:
            host (str): Required.
            name (str): Required.
            port (int): Required.
            user (str): Required.
            cpcloud (int): Optional. Default: 0.
            password (str): Optional.
            root_escalation_method (RemoteMysqlCreateProfileViaSshRootEscalationMethod): Optional. One of:
                'sudo', 'su'.
            root_password (str): Optional.
            sshkey_name (str): Optional.
            sshkey_passphrase (str): Optional.

        Returns:
            RemoteMysqlCreateProfileViaSshData: the reply's ``data``, with
                ``profile_details`` (RemoteMysqlCreateProfileViaSshDataProfileDetails), ``profile_saved``
                (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/remote-mysql-databases/remotemysql-remote_mysql_create_profile_via_ssh.md
        """
        from .api.databases import remote_mysql_create_profile_via_ssh as operation

        return await self._run(
            operation,
            operation.build_arguments(
                host=host,
                name=name,
                port=port,
                user=user,
                cpcloud=cpcloud,
                password=password,
                root_escalation_method=root_escalation_method,
                root_password=root_password,
                sshkey_name=sshkey_name,
                sshkey_passphrase=sshkey_passphrase,
            ),
        )

    async def remote_mysql_delete_profile(
        self,
        *,
        name: str,
    ) -> RemoteMysqlDeleteProfileData:
        """Call ``remote_mysql_delete_profile``. May change server state: never retried. Since WHM 11.52.

        Args:
            name (str): Required.

        Returns:
            RemoteMysqlDeleteProfileData: the reply's ``data``, with ``profile_deleted`` (str),
                ``profile_details`` (RemoteMysqlDeleteProfileDataProfileDetails).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/remote-mysql-databases/remotemysql-remote_mysql_delete_profile.md
        """
        from .api.databases import remote_mysql_delete_profile as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def remote_mysql_initiate_profile_activation(
        self,
        *,
        name: str,
    ) -> RemoteMysqlInitiateProfileActivationData:
        """Call ``remote_mysql_initiate_profile_activation``. May change server state: never retried. Since WHM 11.52.

        Args:
            name (str): Required.

        Returns:
            RemoteMysqlInitiateProfileActivationData: the reply's ``data``, with
                ``activation_job_started`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/remote-mysql-databases/remotemysql-remote_mysql_initiate_profile_activation.md
        """
        from .api.databases import remote_mysql_initiate_profile_activation as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def remote_mysql_monitor_profile_activation(
        self,
    ) -> RemoteMysqlMonitorProfileActivationData:
        """Call ``remote_mysql_monitor_profile_activation``. May change server state: never retried. Since WHM 11.52.

        Returns:
            RemoteMysqlMonitorProfileActivationData: the reply's ``data``, with
                ``job_in_progress`` (RemoteMysqlMonitorProfileActivationDataJobInProgress),
                ``last_job_details`` (RemoteMysqlMonitorProfileActivationDataLastJobDetails).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/remote-mysql-databases/remotemysql-remote_mysql_monitor_profile_activation.md
        """
        from .api.databases import remote_mysql_monitor_profile_activation as operation

        return await self._run(operation, operation.build_arguments())

    async def remote_mysql_read_profile(
        self,
        *,
        name: str,
    ) -> RemoteMysqlReadProfileData:
        """Call ``remote_mysql_read_profile``. May change server state: never retried. Since WHM 11.52.

        Args:
            name (str): Required.

        Returns:
            RemoteMysqlReadProfileData: the reply's ``data``, with
                ``profile_details`` (RemoteMysqlReadProfileDataProfileDetails), ``profile_name`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/remote-mysql-databases/remotemysql-remote_mysql_read_profile.md
        """
        from .api.databases import remote_mysql_read_profile as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def remote_mysql_read_profiles(
        self,
    ) -> RemoteMysqlReadProfilesData:
        """Call ``remote_mysql_read_profiles``. May change server state: never retried. Since WHM 11.52.

        Returns:
            RemoteMysqlReadProfilesData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/remote-mysql-databases/remotemysql-remote_mysql_read_profiles.md
        """
        from .api.databases import remote_mysql_read_profiles as operation

        return await self._run(operation, operation.build_arguments())

    async def remote_mysql_update_profile(
        self,
        *,
        name: str,
        mysql_host: str | Unset = UNSET,
        mysql_pass: str | Unset = UNSET,
        mysql_port: int | Unset = UNSET,
        mysql_user: str | Unset = UNSET,
        setup_via: str | Unset = UNSET,
    ) -> RemoteMysqlUpdateProfileData:
        """Call ``remote_mysql_update_profile``. May change server state: never retried. Since WHM 11.52.

        Args:
            name (str): Required.
            mysql_host (str): Optional.
            mysql_pass (str): Optional.
            mysql_port (int): Optional.
            mysql_user (str): Optional.
            setup_via (str): Optional.

        Returns:
            RemoteMysqlUpdateProfileData: the reply's ``data``, with
                ``profile_details`` (RemoteMysqlUpdateProfileDataProfileDetails), ``profile_saved`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/remote-mysql-databases/remotemysql-remote_mysql_update_profile.md
        """
        from .api.databases import remote_mysql_update_profile as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
                mysql_host=mysql_host,
                mysql_pass=mysql_pass,
                mysql_port=mysql_port,
                mysql_user=mysql_user,
                setup_via=setup_via,
            ),
        )

    async def remote_mysql_validate_profile(
        self,
        *,
        name: str,
    ) -> RemoteMysqlValidateProfileData:
        """Call ``remote_mysql_validate_profile``. May change server state: never retried. Since WHM 11.52.

        Args:
            name (str): Required.

        Returns:
            RemoteMysqlValidateProfileData: the reply's ``data``, with ``profile_validated`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/remote-mysql-databases/remotemysql-remote_mysql_validate_profile.md
        """
        from .api.databases import remote_mysql_validate_profile as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def remove_autossl_user_excluded_domains(
        self,
        *,
        domain: str,
        username: str,
    ) -> Any:
        """Call ``remove_autossl_user_excluded_domains``. May change server state: never retried. Since WHM 66.

        Args:
            domain (str): Required.
            username (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-remove_autossl_user_excluded_domains.md
        """
        from .api.ssl import remove_autossl_user_excluded_domains as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                username=username,
            ),
        )

    async def remove_connected_application(
        self,
        *,
        name: str,
    ) -> Any:
        """Call ``remove_connected_application``. May change server state: never retried. Since WHM 98.

        Args:
            name (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/connected-applications/connectedapplications-remove_connected_application.md
        """
        from .api.server_administration import remove_connected_application as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def remove_dmarc(
        self,
        *,
        domain: str | Unset = UNSET,
    ) -> RemoveDmarcData:
        """Call ``remove_dmarc``. May change server state: never retried. Since WHM 124.

        Args:
            domain (str): Optional.

        Returns:
            RemoveDmarcData: the reply's ``data``, with ``payload`` (list[RemoveDmarcDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-remove_dmarc.md
        """
        from .api.mail import remove_dmarc as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def remove_in_progress_exim_config_edit(
        self,
    ) -> Any:
        """Call ``remove_in_progress_exim_config_edit``. May change server state: never retried. Since WHM 11.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/exim-remove_in_progress_exim_config_edit.md
        """
        from .api.server_administration import remove_in_progress_exim_config_edit as operation

        return await self._run(operation, operation.build_arguments())

    async def remove_integration_group(
        self,
        *,
        group_id: str,
        user: str,
    ) -> Any:
        """Call ``remove_integration_group``. May change server state: never retried. Since WHM 54.

        Args:
            group_id (str): Required.
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/links/integration-remove_integration_group.md
        """
        from .api.integration import remove_integration_group as operation

        return await self._run(
            operation,
            operation.build_arguments(
                group_id=group_id,
                user=user,
            ),
        )

    async def remove_integration_link(
        self,
        *,
        app: str,
        user: str,
    ) -> Any:
        """Call ``remove_integration_link``. May change server state: never retried. Since WHM 54.

        Args:
            app (str): Required.
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/links/integration-remove_integration_link.md
        """
        from .api.integration import remove_integration_link as operation

        return await self._run(
            operation,
            operation.build_arguments(
                app=app,
                user=user,
            ),
        )

    async def remove_override_features_for_user(
        self,
        *,
        features: str,
        user: str,
    ) -> Any:
        """Call ``remove_override_features_for_user``. May change server state: never retried. Since WHM 56.

        Args:
            features (str): Required.
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-access/accounts-remove_override_features_for_user.md
        """
        from .api.packages import remove_override_features_for_user as operation

        return await self._run(
            operation,
            operation.build_arguments(
                features=features,
                user=user,
            ),
        )

    async def remove_zone_key(
        self,
        *,
        domain: str,
        key_id: int,
    ) -> Any:
        """Call ``remove_zone_key``. May change server state: never retried. Since WHM 86.

        Args:
            domain (str): Required.
            key_id (int): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-security/dns-remove_zone_key.md
        """
        from .api.dns import remove_zone_key as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                key_id=key_id,
            ),
        )

    async def removeacct(
        self,
        *,
        username: str,
        keepdns: RemoveacctKeepdns | Unset = UNSET,
        user: str | Unset = UNSET,
    ) -> Any:
        """Call ``removeacct``. May change server state: never retried. Since WHM 11.

        Args:
            username (str): Required.
            keepdns (RemoveacctKeepdns): Optional. One of: 0, 1. Default: 0.
            user (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-removeacct.md
        """
        from .api.account_management import removeacct as operation

        return await self._run(
            operation,
            operation.build_arguments(
                username=username,
                keepdns=keepdns,
                user=user,
            ),
        )

    async def removezonerecord(
        self,
        *,
        line: int,
        zone: str,
        serialnum: str | Unset = UNSET,
    ) -> Any:
        """Call ``removezonerecord``. May change server state: never retried. Since WHM 11.

        Args:
            line (int): Required.
            zone (str): Required.
            serialnum (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-removezonerecord.md
        """
        from .api.dns import removezonerecord as operation

        return await self._run(
            operation,
            operation.build_arguments(
                line=line,
                zone=zone,
                serialnum=serialnum,
            ),
        )

    async def rename_mysql_database(
        self,
        *,
        newname: str,
        oldname: str,
        cpuser: str | Unset = UNSET,
    ) -> Any:
        """Call ``rename_mysql_database``. May change server state: never retried. Since WHM 11.44.

        Args:
            newname (str): Required.
            oldname (str): Required.
            cpuser (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mysql-databases/db-rename_mysql_database.md
        """
        from .api.databases import rename_mysql_database as operation

        return await self._run(
            operation,
            operation.build_arguments(
                newname=newname,
                oldname=oldname,
                cpuser=cpuser,
            ),
        )

    async def rename_mysql_user(
        self,
        *,
        newname: str,
        oldname: str,
        cpuser: str | Unset = UNSET,
    ) -> Any:
        """Call ``rename_mysql_user``. May change server state: never retried. Since WHM 11.44.

        Args:
            newname (str): Required.
            oldname (str): Required.
            cpuser (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mysql-databases/db-rename_mysql_user.md
        """
        from .api.databases import rename_mysql_user as operation

        return await self._run(
            operation,
            operation.build_arguments(
                newname=newname,
                oldname=oldname,
                cpuser=cpuser,
            ),
        )

    async def rename_postgresql_database(
        self,
        *,
        newname: str,
        oldname: str,
        cpuser: str | Unset = UNSET,
    ) -> Any:
        """Call ``rename_postgresql_database``. May change server state: never retried. Since WHM 11.44.

        Args:
            newname (str): Required.
            oldname (str): Required.
            cpuser (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/postgresql-databases/db-rename_postgresql_database.md
        """
        from .api.databases import rename_postgresql_database as operation

        return await self._run(
            operation,
            operation.build_arguments(
                newname=newname,
                oldname=oldname,
                cpuser=cpuser,
            ),
        )

    async def rename_postgresql_user(
        self,
        *,
        newname: str,
        oldname: str,
        password: str,
        cpuser: str | Unset = UNSET,
    ) -> Any:
        """Call ``rename_postgresql_user``. May change server state: never retried. Since WHM 11.44.

        Args:
            newname (str): Required.
            oldname (str): Required.
            password (str): Required.
            cpuser (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/postgresql-databases/db-rename_postgresql_user.md
        """
        from .api.databases import rename_postgresql_user as operation

        return await self._run(
            operation,
            operation.build_arguments(
                newname=newname,
                oldname=oldname,
                password=password,
                cpuser=cpuser,
            ),
        )

    async def reorder_hooks(
        self,
        *,
        ids: str,
    ) -> ReorderHooksData:
        """Call ``reorder_hooks``. May change server state: never retried. Since WHM 11.32.

        Args:
            ids (str): Required.

        Returns:
            ReorderHooksData: the reply's ``data``, with
                ``hook_order`` (list[ReorderHooksDataHookOrderItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/scripts-hooks/hooks-reorder_hooks.md
        """
        from .api.script_hooks import reorder_hooks as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ids=ids,
            ),
        )

    async def resellerstats(
        self,
        *,
        user: str,
        filter_deleted: ResellerstatsFilterDeleted | Unset = UNSET,
        filter_suspended: ResellerstatsFilterSuspended | Unset = UNSET,
        month: int | Unset = UNSET,
        year: int | Unset = UNSET,
    ) -> ResellerstatsData:
        """Call ``resellerstats``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.
            filter_deleted (ResellerstatsFilterDeleted): Optional. One of: 0, 1. Default: 0.
            filter_suspended (ResellerstatsFilterSuspended): Optional. One of: 0, 1. Default: 0.
            month (int): Optional.
            year (int): Optional.

        Returns:
            ResellerstatsData: the reply's ``data``, with ``reseller`` (ResellerstatsDataReseller).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-settings/resellers-resellerstats.md
        """
        from .api.resellers import resellerstats as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                filter_deleted=filter_deleted,
                filter_suspended=filter_suspended,
                month=month,
                year=year,
            ),
        )

    async def reset_autossl_provider(
        self,
        *,
        provider: str,
        x: str | Unset = UNSET,
    ) -> Any:
        """Call ``reset_autossl_provider``. May change server state: never retried. Since WHM 58.

        Args:
            provider (str): Required.
            x (str): Optional. WHM name: ``x_*``.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-reset_autossl_provider.md
        """
        from .api.ssl import reset_autossl_provider as operation

        return await self._run(
            operation,
            operation.build_arguments(
                provider=provider,
                x=x,
            ),
        )

    async def reset_service_ssl_certificate(
        self,
        *,
        service: ResetServiceSslCertificateService,
    ) -> ResetServiceSslCertificateData:
        """Call ``reset_service_ssl_certificate``. May change server state: never retried. Since WHM 11.40.

        Args:
            service (ResetServiceSslCertificateService): Required. One of: 'ftp', 'exim', 'dovecot',
                'cpanel'.

        Returns:
            ResetServiceSslCertificateData: the reply's ``data``, with ``certificate`` (str),
                ``certificate_info`` (ResetServiceSslCertificateDataCertificateInfo), ``service`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ssl-server-settings/ssl-reset_service_ssl_certificate.md
        """
        from .api.ssl import reset_service_ssl_certificate as operation

        return await self._run(
            operation,
            operation.build_arguments(
                service=service,
            ),
        )

    async def resetzone(
        self,
        *,
        domain: str | Unset = UNSET,
        user: str | Unset = UNSET,
        zone: str | Unset = UNSET,
    ) -> Any:
        """Call ``resetzone``. May change server state: never retried. Since WHM 11.

        Args:
            domain (str): Optional.
            user (str): Optional.
            zone (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/dns-resetzone.md
        """
        from .api.dns import resetzone as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                user=user,
                zone=zone,
            ),
        )

    async def resolvedomainname(
        self,
        *,
        domain: str,
    ) -> ResolvedomainnameData:
        """Call ``resolvedomainname``. May change server state: never retried. Since WHM 11.28.

        Args:
            domain (str): Required.

        Returns:
            ResolvedomainnameData: the reply's ``data``, with ``ip`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/nameserver-resolvedomainname.md
        """
        from .api.dns import resolvedomainname as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def restartservice(
        self,
        *,
        service: str,
        queue_task: RestartserviceQueueTask | Unset = UNSET,
    ) -> RestartserviceData:
        """Call ``restartservice``. May change server state: never retried. Since WHM 11.38.

        Args:
            service (str): Required.
            queue_task (RestartserviceQueueTask): Optional. One of: 0, 1. Default: 0.

        Returns:
            RestartserviceData: the reply's ``data``, with ``output`` (str), ``service`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/services/services-restartservice.md
        """
        from .api.server_administration import restartservice as operation

        return await self._run(
            operation,
            operation.build_arguments(
                service=service,
                queue_task=queue_task,
            ),
        )

    async def restore_config_from_file(
        self,
        *,
        module: str,
        path: str,
    ) -> Any:
        """Call ``restore_config_from_file``. May change server state: never retried. Since WHM 74.

        Args:
            module (str): Required.
            path (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/configuration-clusters/cpanel-restore_config_from_file.md
        """
        from .api.server_administration import restore_config_from_file as operation

        return await self._run(
            operation,
            operation.build_arguments(
                module=module,
                path=path,
            ),
        )

    async def restore_config_from_upload(
        self,
    ) -> Any:
        """Call ``restore_config_from_upload``. May change server state: never retried. Since WHM 74.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/configuration-clusters/cpanel-restore_config_from_upload.md
        """
        from .api.server_administration import restore_config_from_upload as operation

        return await self._run(operation, operation.build_arguments())

    async def restore_modules_summary(
        self,
    ) -> RestoreModulesSummaryData:
        """Call ``restore_modules_summary``. May change server state: never retried. Since WHM 11.50.

        Returns:
            RestoreModulesSummaryData: the reply's ``data``, with
                ``modules`` (list[RestoreModulesSummaryDataModulesItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-reporting/transfers-restore_modules_summary.md
        """
        from .api.account_restoration import restore_modules_summary as operation

        return await self._run(operation, operation.build_arguments())

    async def restore_queue_activate(
        self,
    ) -> Any:
        """Call ``restore_queue_activate``. May change server state: never retried. Since WHM 11.38.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-management/backup-restore_queue_activate.md
        """
        from .api.account_restoration import restore_queue_activate as operation

        return await self._run(operation, operation.build_arguments())

    async def restore_queue_add_task(
        self,
        *,
        restore_point: str,
        user: str,
        destid: str | Unset = UNSET,
        give_ip: RestoreQueueAddTaskGiveIp | Unset = UNSET,
        mail_config: RestoreQueueAddTaskMailConfig | Unset = UNSET,
        mysql: RestoreQueueAddTaskMysql | Unset = UNSET,
        subdomains: RestoreQueueAddTaskSubdomains | Unset = UNSET,
    ) -> RestoreQueueAddTaskData:
        """Call ``restore_queue_add_task``. May change server state: never retried. Since WHM 11.38.

        Args:
            restore_point (str): Required.
            user (str): Required.
            destid (str): Optional. Default: 'local'.
            give_ip (RestoreQueueAddTaskGiveIp): Optional. One of: 0, 1. Default: 0.
            mail_config (RestoreQueueAddTaskMailConfig): Optional. One of: 0, 1. Default: 0.
            mysql (RestoreQueueAddTaskMysql): Optional. One of: 0, 1. Default: 0.
            subdomains (RestoreQueueAddTaskSubdomains): Optional. One of: 0, 1. Default: 0.

        Returns:
            RestoreQueueAddTaskData: the reply's ``data``, with ``queue_id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-account/backup-restore_queue_add_task.md
        """
        from .api.account_restoration import restore_queue_add_task as operation

        return await self._run(
            operation,
            operation.build_arguments(
                restore_point=restore_point,
                user=user,
                destid=destid,
                give_ip=give_ip,
                mail_config=mail_config,
                mysql=mysql,
                subdomains=subdomains,
            ),
        )

    async def restore_queue_clear_all_completed_tasks(
        self,
    ) -> Any:
        """Call ``restore_queue_clear_all_completed_tasks``. May change server state: never retried. Since WHM 11.38.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-management/backup-restore_queue_clear_all_completed_tasks.md
        """
        from .api.account_restoration import restore_queue_clear_all_completed_tasks as operation

        return await self._run(operation, operation.build_arguments())

    async def restore_queue_clear_all_failed_tasks(
        self,
    ) -> Any:
        """Call ``restore_queue_clear_all_failed_tasks``. May change server state: never retried. Since WHM 11.38.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-management/backup-restore_queue_clear_all_failed_tasks.md
        """
        from .api.account_restoration import restore_queue_clear_all_failed_tasks as operation

        return await self._run(operation, operation.build_arguments())

    async def restore_queue_clear_all_pending_tasks(
        self,
    ) -> Any:
        """Call ``restore_queue_clear_all_pending_tasks``. May change server state: never retried. Since WHM 11.38.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-management/backup-restore_queue_clear_all_pending_tasks.md
        """
        from .api.account_restoration import restore_queue_clear_all_pending_tasks as operation

        return await self._run(operation, operation.build_arguments())

    async def restore_queue_clear_all_tasks(
        self,
    ) -> Any:
        """Call ``restore_queue_clear_all_tasks``. May change server state: never retried. Since WHM 11.38.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-management/backup-restore_queue_clear_all_tasks.md
        """
        from .api.account_restoration import restore_queue_clear_all_tasks as operation

        return await self._run(operation, operation.build_arguments())

    async def restore_queue_clear_completed_task(
        self,
        *,
        start_time: int,
        user: str,
    ) -> Any:
        """Call ``restore_queue_clear_completed_task``. May change server state: never retried. Since WHM 11.38.

        Args:
            start_time (int): Required.
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-management/backup-restore_queue_clear_completed_task.md
        """
        from .api.account_restoration import restore_queue_clear_completed_task as operation

        return await self._run(
            operation,
            operation.build_arguments(
                start_time=start_time,
                user=user,
            ),
        )

    async def restore_queue_clear_pending_task(
        self,
        *,
        user: str,
    ) -> Any:
        """Call ``restore_queue_clear_pending_task``. May change server state: never retried. Since WHM 11.38.

        Args:
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-management/backup-restore_queue_clear_pending_task.md
        """
        from .api.account_restoration import restore_queue_clear_pending_task as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def restore_queue_is_active(
        self,
    ) -> RestoreQueueIsActiveData:
        """Call ``restore_queue_is_active``. May change server state: never retried. Since WHM 11.38.

        Returns:
            RestoreQueueIsActiveData: the reply's ``data``, with ``is_active`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-reporting/backup-restore_queue_is_active.md
        """
        from .api.account_restoration import restore_queue_is_active as operation

        return await self._run(operation, operation.build_arguments())

    async def restore_queue_list_active(
        self,
    ) -> RestoreQueueListActiveData:
        """Call ``restore_queue_list_active``. May change server state: never retried. Since WHM 11.38.

        Returns:
            RestoreQueueListActiveData: the reply's ``data``, with
                ``restore_job`` (list[RestoreQueueListActiveDataRestoreJobItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-reporting/backup-restore_queue_list_active.md
        """
        from .api.account_restoration import restore_queue_list_active as operation

        return await self._run(operation, operation.build_arguments())

    async def restore_queue_list_completed(
        self,
    ) -> RestoreQueueListCompletedData:
        """Call ``restore_queue_list_completed``. May change server state: never retried. Since WHM 11.38.

        Returns:
            RestoreQueueListCompletedData: the reply's ``data``, with
                ``restore_job`` (list[RestoreQueueListCompletedDataRestoreJobItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-reporting/backup-restore_queue_list_completed.md
        """
        from .api.account_restoration import restore_queue_list_completed as operation

        return await self._run(operation, operation.build_arguments())

    async def restore_queue_list_pending(
        self,
    ) -> RestoreQueueListPendingData:
        """Call ``restore_queue_list_pending``. May change server state: never retried. Since WHM 11.38.

        Returns:
            RestoreQueueListPendingData: the reply's ``data``, with
                ``restore_job`` (list[RestoreQueueListPendingDataRestoreJobItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-reporting/backup-restore_queue_list_pending.md
        """
        from .api.account_restoration import restore_queue_list_pending as operation

        return await self._run(operation, operation.build_arguments())

    async def restore_queue_state(
        self,
    ) -> RestoreQueueStateData:
        """Call ``restore_queue_state``. May change server state: never retried. Since WHM 11.38.

        Returns:
            RestoreQueueStateData: the reply's ``data``, with
                ``active`` (list[RestoreQueueStateDataActiveItem]), ``completed``
                (list[RestoreQueueStateDataCompletedItem]), ``is_active`` (int), ``pending``
                (list[RestoreQueueStateDataPendingItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-queue-reporting/backup-restore_queue_state.md
        """
        from .api.account_restoration import restore_queue_state as operation

        return await self._run(operation, operation.build_arguments())

    async def restoreaccount(
        self,
        *,
        type_: RestoreaccountType,
        user: str,
        all_: RestoreaccountAll | Unset = UNSET,
        ip: RestoreaccountIp | Unset = UNSET,
        mail: RestoreaccountMail | Unset = UNSET,
        mysql: RestoreaccountMysql | Unset = UNSET,
        subs: RestoreaccountSubs | Unset = UNSET,
    ) -> Any:
        """Call ``restoreaccount``. May change server state: never retried. Since WHM 11.28.

        Args:
            type_ (RestoreaccountType): Required. WHM name: ``type``. One of: 'monthly', 'weekly', 'daily'.
            user (str): Required.
            all_ (RestoreaccountAll): Optional. WHM name: ``all``. One of: 0, 1.
            ip (RestoreaccountIp): Optional. One of: 0, 1.
            mail (RestoreaccountMail): Optional. One of: 0, 1.
            mysql (RestoreaccountMysql): Optional. One of: 0, 1.
            subs (RestoreaccountSubs): Optional. One of: 0, 1.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-account/backup-restoreaccount.md
        """
        from .api.account_restoration import restoreaccount as operation

        return await self._run(
            operation,
            operation.build_arguments(
                type_=type_,
                user=user,
                all_=all_,
                ip=ip,
                mail=mail,
                mysql=mysql,
                subs=subs,
            ),
        )

    async def restrict_whm_root_access(
        self,
        *,
        cidr: str,
    ) -> RestrictWhmRootAccessData:
        """Call ``restrict_whm_root_access``. May change server state: never retried. Since WHM 108.

        Args:
            cidr (str): Required.

        Returns:
            RestrictWhmRootAccessData: the reply's ``data``, with ``cidr`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/whm-access/rootipaccess-restrict_whm_root_access.md
        """
        from .api.whm_access import restrict_whm_root_access as operation

        return await self._run(
            operation,
            operation.build_arguments(
                cidr=cidr,
            ),
        )

    async def retrieve_customizations(
        self,
        *,
        application: RetrieveCustomizationsApplication,
        theme: str,
    ) -> Any:
        """Call ``retrieve_customizations``. Read-only. Since WHM 100.

        Args:
            application (RetrieveCustomizationsApplication): Required. One of: 'cpanel', 'webmail'.
            theme (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/customizations/customizations-retrieve_customizations.md
        """
        from .api.customizations import retrieve_customizations as operation

        return await self._run(
            operation,
            operation.build_arguments(
                application=application,
                theme=theme,
            ),
        )

    async def retrieve_transfer_session_remote_analysis(
        self,
        *,
        transfer_session_id: str,
    ) -> RetrieveTransferSessionRemoteAnalysisData:
        """Call ``retrieve_transfer_session_remote_analysis``. May change server state: never retried. Since WHM 11.44.

        Args:
            transfer_session_id (str): Required.

        Returns:
            RetrieveTransferSessionRemoteAnalysisData: the reply's ``data``, with
                ``config`` (RetrieveTransferSessionRemoteAnalysisDataConfig), ``items``
                (RetrieveTransferSessionRemoteAnalysisDataItems), ``local``
                (RetrieveTransferSessionRemoteAnalysisDataLocal), ``modules``
                (RetrieveTransferSessionRemoteAnalysisDataModules), ``options``
                (RetrieveTransferSessionRemoteAnalysisDataOptions), ``remote``
                (RetrieveTransferSessionRemoteAnalysisDataRemote), ``transfer_session_id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/transfer-monitoring/transfers-retrieve_transfer_session_remote_analysis.md
        """
        from .api.transfers import retrieve_transfer_session_remote_analysis as operation

        return await self._run(
            operation,
            operation.build_arguments(
                transfer_session_id=transfer_session_id,
            ),
        )

    async def run_cpkeyclt(
        self,
    ) -> Any:
        """Call ``run_cpkeyclt``. May change server state: never retried. Since WHM 62.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/license-management/sys-run_cpkeyclt.md
        """
        from .api.server_administration import run_cpkeyclt as operation

        return await self._run(operation, operation.build_arguments())

    async def save_connected_application(
        self,
    ) -> Any:
        """Call ``save_connected_application``. May change server state: never retried. Since WHM 98.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/connected-applications/connectedapplications-save_connected_application.md
        """
        from .api.server_administration import save_connected_application as operation

        return await self._run(operation, operation.build_arguments())

    async def save_cpgreylist_config(
        self,
        *,
        child_timeout_secs: int | Unset = UNSET,
        initial_block_time_mins: int | Unset = UNSET,
        max_child_procs: int | Unset = UNSET,
        must_try_time_mins: int | Unset = UNSET,
        purge_interval_mins: int | Unset = UNSET,
        record_exp_time_mins: int | Unset = UNSET,
        spf_bypass: SaveCpgreylistConfigSpfBypass | Unset = UNSET,
    ) -> SaveCpgreylistConfigData:
        """Call ``save_cpgreylist_config``. May change server state: never retried. Since WHM 11.50.

        Args:
            child_timeout_secs (int): Optional.
            initial_block_time_mins (int): Optional.
            max_child_procs (int): Optional.
            must_try_time_mins (int): Optional.
            purge_interval_mins (int): Optional.
            record_exp_time_mins (int): Optional.
            spf_bypass (SaveCpgreylistConfigSpfBypass): Optional. One of: 1, 0.

        Returns:
            SaveCpgreylistConfigData: the reply's ``data``, with
                ``cpgreylist_config`` (SaveCpgreylistConfigDataCpgreylistConfig).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi
        """
        from .api.greylisting import save_cpgreylist_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                child_timeout_secs=child_timeout_secs,
                initial_block_time_mins=initial_block_time_mins,
                max_child_procs=max_child_procs,
                must_try_time_mins=must_try_time_mins,
                purge_interval_mins=purge_interval_mins,
                record_exp_time_mins=record_exp_time_mins,
                spf_bypass=spf_bypass,
            ),
        )

    async def save_cphulk_config(
        self,
        *,
        block_brute_force_with_firewall: SaveCphulkConfigBlockBruteForceWithFirewall | Unset = UNSET,
        block_excessive_brute_force_with_firewall: SaveCphulkConfigBlockExcessiveBruteForceWithFirewall | Unset = UNSET,
        brute_force_period_mins: int | Unset = UNSET,
        command_to_run_on_brute_force: str | Unset = UNSET,
        command_to_run_on_excessive_brute_force: str | Unset = UNSET,
        ip_based_protection: SaveCphulkConfigIpBasedProtection | Unset = UNSET,
        ip_brute_force_period_mins: int | Unset = UNSET,
        lookback_period_min: int | Unset = UNSET,
        mark_as_brute: int | Unset = UNSET,
        max_failures: int | Unset = UNSET,
        max_failures_byip: int | Unset = UNSET,
        notify_on_brute: SaveCphulkConfigNotifyOnBrute | Unset = UNSET,
        notify_on_root_login: SaveCphulkConfigNotifyOnRootLogin | Unset = UNSET,
        notify_on_root_login_for_known_netblock: SaveCphulkConfigNotifyOnRootLoginForKnownNetblock | Unset = UNSET,
        skip_enabled_check: SaveCphulkConfigSkipEnabledCheck | Unset = UNSET,
        username_based_protection: SaveCphulkConfigUsernameBasedProtection | Unset = UNSET,
        username_based_protection_for_root: SaveCphulkConfigUsernameBasedProtectionForRoot | Unset = UNSET,
        username_based_protection_local_origin: SaveCphulkConfigUsernameBasedProtectionLocalOrigin | Unset = UNSET,
    ) -> SaveCphulkConfigData:
        """Call ``save_cphulk_config``. May change server state: never retried. Since WHM 11.48.

        Args:
            block_brute_force_with_firewall (SaveCphulkConfigBlockBruteForceWithFirewall): Optional. One of:
                0, 1. Default: 0.
            block_excessive_brute_force_with_firewall (SaveCphulkConfigBlockExcessiveBruteForceWithFirewall)
                : Optional. One of: 0, 1. Default: 0.
            brute_force_period_mins (int): Optional. Default: 5.
            command_to_run_on_brute_force (str): Optional. Default: ''.
            command_to_run_on_excessive_brute_force (str): Optional. Default: ''.
            ip_based_protection (SaveCphulkConfigIpBasedProtection): Optional. One of: 0, 1. Default: 1.
            ip_brute_force_period_mins (int): Optional. Default: 15.
            lookback_period_min (int): Optional. Default: 360.
            mark_as_brute (int): Optional. Default: 30.
            max_failures (int): Optional. Default: 30.
            max_failures_byip (int): Optional. Default: 5.
            notify_on_brute (SaveCphulkConfigNotifyOnBrute): Optional. One of: 0, 1. Default: 0.
            notify_on_root_login (SaveCphulkConfigNotifyOnRootLogin): Optional. One of: 0, 1. Default: 0.
            notify_on_root_login_for_known_netblock (SaveCphulkConfigNotifyOnRootLoginForKnownNetblock):
                Optional. One of: 0, 1. Default: 0.
            skip_enabled_check (SaveCphulkConfigSkipEnabledCheck): Optional. One of: 0, 1. Default: 0.
            username_based_protection (SaveCphulkConfigUsernameBasedProtection): Optional. One of: 0, 1.
                Default: 0.
            username_based_protection_for_root (SaveCphulkConfigUsernameBasedProtectionForRoot): Optional.
                One of: 0, 1. Default: 0.
            username_based_protection_local_origin (SaveCphulkConfigUsernameBasedProtectionLocalOrigin):
                Optional. One of: 0, 1. Default: 1.

        Returns:
            SaveCphulkConfigData: the reply's ``data``, with
                ``cphulk_config`` (SaveCphulkConfigDataCphulkConfig), ``restart_ssh`` (int), ``warning``
                (None | str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/settings/cphulk-save_cphulk_config.md
        """
        from .api.c_p_hulk import save_cphulk_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                block_brute_force_with_firewall=block_brute_force_with_firewall,
                block_excessive_brute_force_with_firewall=block_excessive_brute_force_with_firewall,
                brute_force_period_mins=brute_force_period_mins,
                command_to_run_on_brute_force=command_to_run_on_brute_force,
                command_to_run_on_excessive_brute_force=command_to_run_on_excessive_brute_force,
                ip_based_protection=ip_based_protection,
                ip_brute_force_period_mins=ip_brute_force_period_mins,
                lookback_period_min=lookback_period_min,
                mark_as_brute=mark_as_brute,
                max_failures=max_failures,
                max_failures_byip=max_failures_byip,
                notify_on_brute=notify_on_brute,
                notify_on_root_login=notify_on_root_login,
                notify_on_root_login_for_known_netblock=notify_on_root_login_for_known_netblock,
                skip_enabled_check=skip_enabled_check,
                username_based_protection=username_based_protection,
                username_based_protection_for_root=username_based_protection_for_root,
                username_based_protection_local_origin=username_based_protection_local_origin,
            ),
        )

    async def save_spamd_config(
        self,
        *,
        allowedips: str | Unset = UNSET,
        maxchildren: int | Unset = UNSET,
        maxconnperchild: int | Unset = UNSET,
        pidfile: str | Unset = UNSET,
        timeoutchild: int | Unset = UNSET,
        timeouttcp: int | Unset = UNSET,
    ) -> Any:
        """Call ``save_spamd_config``. May change server state: never retried. Since WHM 11.44.

        Args:
            allowedips (str): Optional.
            maxchildren (int): Optional.
            maxconnperchild (int): Optional.
            pidfile (str): Optional.
            timeoutchild (int): Optional.
            timeouttcp (int): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/spam-management/spamd-save_spamd_config.md
        """
        from .api.mail import save_spamd_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                allowedips=allowedips,
                maxchildren=maxchildren,
                maxconnperchild=maxconnperchild,
                pidfile=pidfile,
                timeoutchild=timeoutchild,
                timeouttcp=timeouttcp,
            ),
        )

    async def saveacllist(
        self,
        *,
        acllist: str,
        acl_acct_summary: SaveacllistAclAcctSummary | Unset = UNSET,
        acl_add_pkg: SaveacllistAclAddPkg | Unset = UNSET,
        acl_add_pkg_ip: SaveacllistAclAddPkgIp | Unset = UNSET,
        acl_add_pkg_shell: SaveacllistAclAddPkgShell | Unset = UNSET,
        acl_all: SaveacllistAclAll | Unset = UNSET,
        acl_allow_addoncreate: SaveacllistAclAllowAddoncreate | Unset = UNSET,
        acl_allow_emaillimits_pkgs: SaveacllistAclAllowEmaillimitsPkgs | Unset = UNSET,
        acl_allow_parkedcreate: SaveacllistAclAllowParkedcreate | Unset = UNSET,
        acl_allow_shell: SaveacllistAclAllowShell | Unset = UNSET,
        acl_allow_unlimited_bw_pkgs: SaveacllistAclAllowUnlimitedBwPkgs | Unset = UNSET,
        acl_allow_unlimited_disk_pkgs: SaveacllistAclAllowUnlimitedDiskPkgs | Unset = UNSET,
        acl_allow_unlimited_pkgs: SaveacllistAclAllowUnlimitedPkgs | Unset = UNSET,
        acl_basic_system_info: SaveacllistAclBasicSystemInfo | Unset = UNSET,
        acl_basic_whm_functions: SaveacllistAclBasicWhmFunctions | Unset = UNSET,
        acl_clustering: SaveacllistAclClustering | Unset = UNSET,
        acl_cors_proxy_get: SaveacllistAclCorsProxyGet | Unset = UNSET,
        acl_cpanel_api: SaveacllistAclCpanelApi | Unset = UNSET,
        acl_cpanel_integration: SaveacllistAclCpanelIntegration | Unset = UNSET,
        acl_create_acct: SaveacllistAclCreateAcct | Unset = UNSET,
        acl_create_dns: SaveacllistAclCreateDns | Unset = UNSET,
        acl_create_user_session: SaveacllistAclCreateUserSession | Unset = UNSET,
        acl_demo_setup: SaveacllistAclDemoSetup | Unset = UNSET,
        acl_digest_auth: SaveacllistAclDigestAuth | Unset = UNSET,
        acl_edit_account: SaveacllistAclEditAccount | Unset = UNSET,
        acl_edit_dns: SaveacllistAclEditDns | Unset = UNSET,
        acl_edit_mx: SaveacllistAclEditMx | Unset = UNSET,
        acl_edit_pkg: SaveacllistAclEditPkg | Unset = UNSET,
        acl_generate_email_config: SaveacllistAclGenerateEmailConfig | Unset = UNSET,
        acl_kill_acct: SaveacllistAclKillAcct | Unset = UNSET,
        acl_kill_dns: SaveacllistAclKillDns | Unset = UNSET,
        acl_limit_bandwidth: SaveacllistAclLimitBandwidth | Unset = UNSET,
        acl_list_accts: SaveacllistAclListAccts | Unset = UNSET,
        acl_list_pkgs: SaveacllistAclListPkgs | Unset = UNSET,
        acl_locale_edit: SaveacllistAclLocaleEdit | Unset = UNSET,
        acl_mailcheck: SaveacllistAclMailcheck | Unset = UNSET,
        acl_manage_api_tokens: SaveacllistAclManageApiTokens | Unset = UNSET,
        acl_manage_dns_records: SaveacllistAclManageDnsRecords | Unset = UNSET,
        acl_manage_oidc: SaveacllistAclManageOidc | Unset = UNSET,
        acl_manage_styles: SaveacllistAclManageStyles | Unset = UNSET,
        acl_mysql_info: SaveacllistAclMysqlInfo | Unset = UNSET,
        acl_news: SaveacllistAclNews | Unset = UNSET,
        acl_ns_config: SaveacllistAclNsConfig | Unset = UNSET,
        acl_park_dns: SaveacllistAclParkDns | Unset = UNSET,
        acl_passwd: SaveacllistAclPasswd | Unset = UNSET,
        acl_quota: SaveacllistAclQuota | Unset = UNSET,
        acl_rearrange_accts: SaveacllistAclRearrangeAccts | Unset = UNSET,
        acl_resftp: SaveacllistAclResftp | Unset = UNSET,
        acl_restart: SaveacllistAclRestart | Unset = UNSET,
        acl_show_bandwidth: SaveacllistAclShowBandwidth | Unset = UNSET,
        acl_ssl: SaveacllistAclSsl | Unset = UNSET,
        acl_ssl_buy: SaveacllistAclSslBuy | Unset = UNSET,
        acl_ssl_gencrt: SaveacllistAclSslGencrt | Unset = UNSET,
        acl_ssl_info: SaveacllistAclSslInfo | Unset = UNSET,
        acl_stats: SaveacllistAclStats | Unset = UNSET,
        acl_status: SaveacllistAclStatus | Unset = UNSET,
        acl_suspend_acct: SaveacllistAclSuspendAcct | Unset = UNSET,
        acl_thirdparty: SaveacllistAclThirdparty | Unset = UNSET,
        acl_track_email: SaveacllistAclTrackEmail | Unset = UNSET,
        acl_upgrade_account: SaveacllistAclUpgradeAccount | Unset = UNSET,
        acl_viewglobalpackages: SaveacllistAclViewglobalpackages | Unset = UNSET,
    ) -> Any:
        """Call ``saveacllist``. May change server state: never retried. Since WHM 11.

        Args:
            acllist (str): Required.
            acl_acct_summary (SaveacllistAclAcctSummary): Optional. WHM name: ``acl-acct-summary``. One of:
                0, 1. Default: 0.
            acl_add_pkg (SaveacllistAclAddPkg): Optional. WHM name: ``acl-add-pkg``. One of: 0, 1. Default:
                0.
            acl_add_pkg_ip (SaveacllistAclAddPkgIp): Optional. WHM name: ``acl-add-pkg-ip``. One of: 0, 1.
                Default: 0.
            acl_add_pkg_shell (SaveacllistAclAddPkgShell): Optional. WHM name: ``acl-add-pkg-shell``. One
                of: 0, 1. Default: 0.
            acl_all (SaveacllistAclAll): Optional. WHM name: ``acl-all``. One of: 0, 1. Default: 0.
            acl_allow_addoncreate (SaveacllistAclAllowAddoncreate): Optional. WHM name:
                ``acl-allow-addoncreate``. One of: 0, 1. Default: 0.
            acl_allow_emaillimits_pkgs (SaveacllistAclAllowEmaillimitsPkgs): Optional. WHM name:
                ``acl-allow-emaillimits-pkgs``. One of: 0, 1. Default: 0.
            acl_allow_parkedcreate (SaveacllistAclAllowParkedcreate): Optional. WHM name:
                ``acl-allow-parkedcreate``. One of: 0, 1. Default: 0.
            acl_allow_shell (SaveacllistAclAllowShell): Optional. WHM name: ``acl-allow-shell``. One of: 0,
                1. Default: 0.
            acl_allow_unlimited_bw_pkgs (SaveacllistAclAllowUnlimitedBwPkgs): Optional. WHM name:
                ``acl-allow-unlimited-bw-pkgs``. One of: 0, 1. Default: 0.
            acl_allow_unlimited_disk_pkgs (SaveacllistAclAllowUnlimitedDiskPkgs): Optional. WHM name:
                ``acl-allow-unlimited-disk-pkgs``. One of: 0, 1. Default: 0.
            acl_allow_unlimited_pkgs (SaveacllistAclAllowUnlimitedPkgs): Optional. WHM name:
                ``acl-allow-unlimited-pkgs``. One of: 0, 1. Default: 0.
            acl_basic_system_info (SaveacllistAclBasicSystemInfo): Optional. WHM name:
                ``acl-basic-system-info``. One of: 0, 1. Default: 0.
            acl_basic_whm_functions (SaveacllistAclBasicWhmFunctions): Optional. WHM name:
                ``acl-basic-whm-functions``. One of: 0, 1. Default: 0.
            acl_clustering (SaveacllistAclClustering): Optional. WHM name: ``acl-clustering``. One of: 0, 1.
                Default: 0.
            acl_cors_proxy_get (SaveacllistAclCorsProxyGet): Optional. WHM name: ``acl-cors-proxy-get``. One
                of: 0, 1. Default: 0.
            acl_cpanel_api (SaveacllistAclCpanelApi): Optional. WHM name: ``acl-cpanel-api``. One of: 0, 1.
                Default: 0.
            acl_cpanel_integration (SaveacllistAclCpanelIntegration): Optional. WHM name:
                ``acl-cpanel-integration``. One of: 0, 1. Default: 0.
            acl_create_acct (SaveacllistAclCreateAcct): Optional. WHM name: ``acl-create-acct``. One of: 0,
                1. Default: 0.
            acl_create_dns (SaveacllistAclCreateDns): Optional. WHM name: ``acl-create-dns``. One of: 0, 1.
                Default: 0.
            acl_create_user_session (SaveacllistAclCreateUserSession): Optional. WHM name:
                ``acl-create-user-session``. One of: 0, 1. Default: 0.
            acl_demo_setup (SaveacllistAclDemoSetup): Optional. WHM name: ``acl-demo-setup``. One of: 0, 1.
                Default: 0.
            acl_digest_auth (SaveacllistAclDigestAuth): Optional. WHM name: ``acl-digest-auth``. One of: 0,
                1. Default: 0.
            acl_edit_account (SaveacllistAclEditAccount): Optional. WHM name: ``acl-edit-account``. One of:
                0, 1. Default: 0.
            acl_edit_dns (SaveacllistAclEditDns): Optional. WHM name: ``acl-edit-dns``. One of: 0, 1.
                Default: 0.
            acl_edit_mx (SaveacllistAclEditMx): Optional. WHM name: ``acl-edit-mx``. One of: 0, 1. Default:
                0.
            acl_edit_pkg (SaveacllistAclEditPkg): Optional. WHM name: ``acl-edit-pkg``. One of: 0, 1.
                Default: 0.
            acl_generate_email_config (SaveacllistAclGenerateEmailConfig): Optional. WHM name:
                ``acl-generate-email-config``. One of: 0, 1. Default: 0.
            acl_kill_acct (SaveacllistAclKillAcct): Optional. WHM name: ``acl-kill-acct``. One of: 0, 1.
                Default: 0.
            acl_kill_dns (SaveacllistAclKillDns): Optional. WHM name: ``acl-kill-dns``. One of: 0, 1.
                Default: 0.
            acl_limit_bandwidth (SaveacllistAclLimitBandwidth): Optional. WHM name: ``acl-limit-bandwidth``.
                One of: 0, 1. Default: 0.
            acl_list_accts (SaveacllistAclListAccts): Optional. WHM name: ``acl-list-accts``. One of: 0, 1.
                Default: 0.
            acl_list_pkgs (SaveacllistAclListPkgs): Optional. WHM name: ``acl-list-pkgs``. One of: 0, 1.
                Default: 0.
            acl_locale_edit (SaveacllistAclLocaleEdit): Optional. WHM name: ``acl-locale-edit``. One of: 0,
                1. Default: 0.
            acl_mailcheck (SaveacllistAclMailcheck): Optional. WHM name: ``acl-mailcheck``. One of: 0, 1.
                Default: 0.
            acl_manage_api_tokens (SaveacllistAclManageApiTokens): Optional. WHM name:
                ``acl-manage-api-tokens``. One of: 0, 1. Default: 0.
            acl_manage_dns_records (SaveacllistAclManageDnsRecords): Optional. WHM name:
                ``acl-manage-dns-records``. One of: 0, 1. Default: 0.
            acl_manage_oidc (SaveacllistAclManageOidc): Optional. WHM name: ``acl-manage-oidc``. One of: 0,
                1. Default: 0.
            acl_manage_styles (SaveacllistAclManageStyles): Optional. WHM name: ``acl-manage-styles``. One
                of: 0, 1. Default: 0.
            acl_mysql_info (SaveacllistAclMysqlInfo): Optional. WHM name: ``acl-mysql-info``. One of: 0, 1.
                Default: 0.
            acl_news (SaveacllistAclNews): Optional. WHM name: ``acl-news``. One of: 0, 1. Default: 0.
            acl_ns_config (SaveacllistAclNsConfig): Optional. WHM name: ``acl-ns-config``. One of: 0, 1.
                Default: 0.
            acl_park_dns (SaveacllistAclParkDns): Optional. WHM name: ``acl-park-dns``. One of: 0, 1.
                Default: 0.
            acl_passwd (SaveacllistAclPasswd): Optional. WHM name: ``acl-passwd``. One of: 0, 1. Default: 0.
            acl_quota (SaveacllistAclQuota): Optional. WHM name: ``acl-quota``. One of: 0, 1. Default: 0.
            acl_rearrange_accts (SaveacllistAclRearrangeAccts): Optional. WHM name: ``acl-rearrange-accts``.
                One of: 0, 1. Default: 0.
            acl_resftp (SaveacllistAclResftp): Optional. WHM name: ``acl-resftp``. One of: 0, 1. Default: 0.
            acl_restart (SaveacllistAclRestart): Optional. WHM name: ``acl-restart``. One of: 0, 1. Default:
                0.
            acl_show_bandwidth (SaveacllistAclShowBandwidth): Optional. WHM name: ``acl-show-bandwidth``.
                One of: 0, 1. Default: 0.
            acl_ssl (SaveacllistAclSsl): Optional. WHM name: ``acl-ssl``. One of: 0, 1. Default: 0.
            acl_ssl_buy (SaveacllistAclSslBuy): Optional. WHM name: ``acl-ssl-buy``. One of: 0, 1. Default:
                0.
            acl_ssl_gencrt (SaveacllistAclSslGencrt): Optional. WHM name: ``acl-ssl-gencrt``. One of: 0, 1.
                Default: 0.
            acl_ssl_info (SaveacllistAclSslInfo): Optional. WHM name: ``acl-ssl-info``. One of: 0, 1.
                Default: 0.
            acl_stats (SaveacllistAclStats): Optional. WHM name: ``acl-stats``. One of: 0, 1. Default: 0.
            acl_status (SaveacllistAclStatus): Optional. WHM name: ``acl-status``. One of: 0, 1. Default: 0.
            acl_suspend_acct (SaveacllistAclSuspendAcct): Optional. WHM name: ``acl-suspend-acct``. One of:
                0, 1. Default: 0.
            acl_thirdparty (SaveacllistAclThirdparty): Optional. WHM name: ``acl-thirdparty``. One of: 0, 1.
                Default: 0.
            acl_track_email (SaveacllistAclTrackEmail): Optional. WHM name: ``acl-track-email``. One of: 0,
                1. Default: 0.
            acl_upgrade_account (SaveacllistAclUpgradeAccount): Optional. WHM name: ``acl-upgrade-account``.
                One of: 0, 1. Default: 0.
            acl_viewglobalpackages (SaveacllistAclViewglobalpackages): Optional. WHM name:
                ``acl-viewglobalpackages``. One of: 0, 1. Default: 0.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-permissions/acls-saveacllist.md
        """
        from .api.resellers import saveacllist as operation

        return await self._run(
            operation,
            operation.build_arguments(
                acllist=acllist,
                acl_acct_summary=acl_acct_summary,
                acl_add_pkg=acl_add_pkg,
                acl_add_pkg_ip=acl_add_pkg_ip,
                acl_add_pkg_shell=acl_add_pkg_shell,
                acl_all=acl_all,
                acl_allow_addoncreate=acl_allow_addoncreate,
                acl_allow_emaillimits_pkgs=acl_allow_emaillimits_pkgs,
                acl_allow_parkedcreate=acl_allow_parkedcreate,
                acl_allow_shell=acl_allow_shell,
                acl_allow_unlimited_bw_pkgs=acl_allow_unlimited_bw_pkgs,
                acl_allow_unlimited_disk_pkgs=acl_allow_unlimited_disk_pkgs,
                acl_allow_unlimited_pkgs=acl_allow_unlimited_pkgs,
                acl_basic_system_info=acl_basic_system_info,
                acl_basic_whm_functions=acl_basic_whm_functions,
                acl_clustering=acl_clustering,
                acl_cors_proxy_get=acl_cors_proxy_get,
                acl_cpanel_api=acl_cpanel_api,
                acl_cpanel_integration=acl_cpanel_integration,
                acl_create_acct=acl_create_acct,
                acl_create_dns=acl_create_dns,
                acl_create_user_session=acl_create_user_session,
                acl_demo_setup=acl_demo_setup,
                acl_digest_auth=acl_digest_auth,
                acl_edit_account=acl_edit_account,
                acl_edit_dns=acl_edit_dns,
                acl_edit_mx=acl_edit_mx,
                acl_edit_pkg=acl_edit_pkg,
                acl_generate_email_config=acl_generate_email_config,
                acl_kill_acct=acl_kill_acct,
                acl_kill_dns=acl_kill_dns,
                acl_limit_bandwidth=acl_limit_bandwidth,
                acl_list_accts=acl_list_accts,
                acl_list_pkgs=acl_list_pkgs,
                acl_locale_edit=acl_locale_edit,
                acl_mailcheck=acl_mailcheck,
                acl_manage_api_tokens=acl_manage_api_tokens,
                acl_manage_dns_records=acl_manage_dns_records,
                acl_manage_oidc=acl_manage_oidc,
                acl_manage_styles=acl_manage_styles,
                acl_mysql_info=acl_mysql_info,
                acl_news=acl_news,
                acl_ns_config=acl_ns_config,
                acl_park_dns=acl_park_dns,
                acl_passwd=acl_passwd,
                acl_quota=acl_quota,
                acl_rearrange_accts=acl_rearrange_accts,
                acl_resftp=acl_resftp,
                acl_restart=acl_restart,
                acl_show_bandwidth=acl_show_bandwidth,
                acl_ssl=acl_ssl,
                acl_ssl_buy=acl_ssl_buy,
                acl_ssl_gencrt=acl_ssl_gencrt,
                acl_ssl_info=acl_ssl_info,
                acl_stats=acl_stats,
                acl_status=acl_status,
                acl_suspend_acct=acl_suspend_acct,
                acl_thirdparty=acl_thirdparty,
                acl_track_email=acl_track_email,
                acl_upgrade_account=acl_upgrade_account,
                acl_viewglobalpackages=acl_viewglobalpackages,
            ),
        )

    async def savemxs(
        self,
        *,
        domain: str,
        exchange: str,
        name: str,
        preference: int,
        class_: str | Unset = UNSET,
        ttl: int | Unset = UNSET,
    ) -> Any:
        """Call ``savemxs``. May change server state: never retried. Since WHM 11.28.

        Args:
            domain (str): Required.
            exchange (str): Required.
            name (str): Required.
            preference (int): Required.
            class_ (str): Optional. WHM name: ``class``. Default: 'IN'.
            ttl (int): Optional. Default: 14400.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/dns-savemxs.md
        """
        from .api.dns import savemxs as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                exchange=exchange,
                name=name,
                preference=preference,
                class_=class_,
                ttl=ttl,
            ),
        )

    async def send_test_posturl(
        self,
        *,
        url_query: str,
    ) -> SendTestPosturlData:
        """Call ``send_test_posturl``. May change server state: never retried. Since WHM 11.52.

        Args:
            url_query (str): Required. WHM name: ``url``.

        Returns:
            SendTestPosturlData: the reply's ``data``, with ``message_id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/notifications/icontact-send_test_posturl.md
        """
        from .api.server_administration import send_test_posturl as operation

        return await self._run(
            operation,
            operation.build_arguments(
                url_query=url_query,
            ),
        )

    async def send_test_pushbullet_note(
        self,
        *,
        access_token: str,
    ) -> SendTestPushbulletNoteData:
        """Call ``send_test_pushbullet_note``. May change server state: never retried. Since WHM 11.52.

        Args:
            access_token (str): Required.

        Returns:
            SendTestPushbulletNoteData: the reply's ``data``, with ``message_id`` (str), ``payload``
                (SendTestPushbulletNoteDataPayload).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/notifications/icontact-send_test_pushbullet_note.md
        """
        from .api.server_administration import send_test_pushbullet_note as operation

        return await self._run(
            operation,
            operation.build_arguments(
                access_token=access_token,
            ),
        )

    async def servicestatus(
        self,
        *,
        service: str | Unset = UNSET,
    ) -> ServicestatusData:
        """Call ``servicestatus``. May change server state: never retried. Since WHM 11.38.

        Args:
            service (str): Optional.

        Returns:
            ServicestatusData: the reply's ``data``, with ``service`` (list[ServicestatusDataServiceItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/services/services-servicestatus.md
        """
        from .api.server_administration import servicestatus as operation

        return await self._run(
            operation,
            operation.build_arguments(
                service=service,
            ),
        )

    async def set_360_agent_polling(
        self,
        *,
        global_sections: str | Unset = UNSET,
        interval: int | Unset = UNSET,
        max_data_span: int | Unset = UNSET,
        plugin_sections: str | Unset = UNSET,
    ) -> Set360AgentPollingData:
        """Call ``360Monitoring/set_360_agent_polling``. May change server state: never retried. Since WHM 11.132.

        Args:
            global_sections (str): Optional.
            interval (int): Optional.
            max_data_span (int): Optional.
            plugin_sections (str): Optional.

        Returns:
            Set360AgentPollingData: the reply's ``data``, with ``status`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/360-monitoring/set_360_agent_polling.md
        """
        from .api.tag360_monitoring import set_360_agent_polling as operation

        return await self._run(
            operation,
            operation.build_arguments(
                global_sections=global_sections,
                interval=interval,
                max_data_span=max_data_span,
                plugin_sections=plugin_sections,
            ),
        )

    async def set_application_contact_event_importance(
        self,
        *,
        app: str,
        event: str,
        importance: SetApplicationContactEventImportanceImportance,
    ) -> Any:
        """Call ``set_application_contact_event_importance``. May change server state: never retried. Since WHM 58.

        Args:
            app (str): Required.
            event (str): Required.
            importance (SetApplicationContactEventImportanceImportance): Required. One of: 'High', 'Medium',
                'Low', 'Disabled'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/notifications/contact-set_application_contact_event_importance.md
        """
        from .api.server_administration import set_application_contact_event_importance as operation

        return await self._run(
            operation,
            operation.build_arguments(
                app=app,
                event=event,
                importance=importance,
            ),
        )

    async def set_application_contact_importance(
        self,
        *,
        app: str,
        importance: SetApplicationContactImportanceImportance,
    ) -> Any:
        """Call ``set_application_contact_importance``. May change server state: never retried. Since WHM 58.

        Args:
            app (str): Required.
            importance (SetApplicationContactImportanceImportance): Required. One of: 'High', 'Medium',
                'Low', 'Disabled'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/notifications/contact-set_application_contact_importance.md
        """
        from .api.server_administration import set_application_contact_importance as operation

        return await self._run(
            operation,
            operation.build_arguments(
                app=app,
                importance=importance,
            ),
        )

    async def set_autossl_metadata(
        self,
        *,
        metadata_json: str,
    ) -> Any:
        """Call ``set_autossl_metadata``. May change server state: never retried. Since WHM 60.

        Args:
            metadata_json (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-set_autossl_metadata.md
        """
        from .api.ssl import set_autossl_metadata as operation

        return await self._run(
            operation,
            operation.build_arguments(
                metadata_json=metadata_json,
            ),
        )

    async def set_autossl_metadata_key(
        self,
        *,
        key: str,
        value: int,
    ) -> Any:
        """Call ``set_autossl_metadata_key``. May change server state: never retried. Since WHM 70.

        Args:
            key (str): Required.
            value (int): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-set_autossl_metadata_key.md
        """
        from .api.ssl import set_autossl_metadata_key as operation

        return await self._run(
            operation,
            operation.build_arguments(
                key=key,
                value=value,
            ),
        )

    async def set_autossl_provider(
        self,
        *,
        provider: str,
        x: str | Unset = UNSET,
    ) -> Any:
        """Call ``set_autossl_provider``. May change server state: never retried. Since WHM 58.

        Args:
            provider (str): Required.
            x (str): Optional. WHM name: ``x_*``.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-set_autossl_provider.md
        """
        from .api.ssl import set_autossl_provider as operation

        return await self._run(
            operation,
            operation.build_arguments(
                provider=provider,
                x=x,
            ),
        )

    async def set_autossl_user_excluded_domains(
        self,
        *,
        username: str,
        domain: str | Unset = UNSET,
    ) -> Any:
        """Call ``set_autossl_user_excluded_domains``. May change server state: never retried. Since WHM 66.

        Args:
            username (str): Required.
            domain (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-set_autossl_user_excluded_domains.md
        """
        from .api.ssl import set_autossl_user_excluded_domains as operation

        return await self._run(
            operation,
            operation.build_arguments(
                username=username,
                domain=domain,
            ),
        )

    async def set_commerce(
        self,
        *,
        allow_commerce: SetCommerceAllowCommerce,
        storeurl: str | Unset = UNSET,
    ) -> Any:
        """Call ``set_commerce``. May change server state: never retried. Since WHM 11.122.

        Args:
            allow_commerce (SetCommerceAllowCommerce): Required. WHM name: ``allowCommerce``. One of: 0, 1.
            storeurl (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/sitejet/set_commerce.md
        """
        from .api.sitejet import set_commerce as operation

        return await self._run(
            operation,
            operation.build_arguments(
                allow_commerce=allow_commerce,
                storeurl=storeurl,
            ),
        )

    async def set_cpanel_updates(
        self,
        *,
        updates: SetCpanelUpdatesUpdates,
    ) -> SetCpanelUpdatesData:
        """Call ``set_cpanel_updates``. May change server state: never retried. Since WHM 11.38.

        Args:
            updates (SetCpanelUpdatesUpdates): Required. One of: 'daily', 'manual', 'never'.

        Returns:
            SetCpanelUpdatesData: the reply's ``data``, with ``updates`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/updates/sys-set_cpanel_updates.md
        """
        from .api.updates import set_cpanel_updates as operation

        return await self._run(
            operation,
            operation.build_arguments(
                updates=updates,
            ),
        )

    async def set_cphulk_config_key(
        self,
        *,
        key: str,
        value: Any,
    ) -> SetCphulkConfigKeyData:
        """Call ``set_cphulk_config_key``. May change server state: never retried. Since WHM 70.

        Args:
            key (str): Required.
            value (Any): Required. A string or a number.

        Returns:
            SetCphulkConfigKeyData: the reply's ``data``, with
                ``cphulk_config`` (SetCphulkConfigKeyDataCphulkConfig).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/settings/cphulk-set_cphulk_config_key.md
        """
        from .api.c_p_hulk import set_cphulk_config_key as operation

        return await self._run(
            operation,
            operation.build_arguments(
                key=key,
                value=value,
            ),
        )

    async def set_default_dmarc_record(
        self,
        *,
        record: str | Unset = UNSET,
    ) -> SetDefaultDmarcRecordData:
        """Call ``set_default_dmarc_record``. May change server state: never retried. Since WHM 124.

        Args:
            record (str): Optional.

        Returns:
            SetDefaultDmarcRecordData: the reply's ``data``, with
                ``payload`` (SetDefaultDmarcRecordDataPayload).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-set_default_dmarc_record.md
        """
        from .api.mail import set_default_dmarc_record as operation

        return await self._run(
            operation,
            operation.build_arguments(
                record=record,
            ),
        )

    async def set_digest_auth(
        self,
        *,
        enabledigest: SetDigestAuthEnabledigest,
        password: str,
        user: str,
        digestauth: SetDigestAuthDigestauth | Unset = UNSET,
    ) -> Any:
        """Call ``set_digest_auth``. May change server state: never retried. Since WHM 11.

        Args:
            enabledigest (SetDigestAuthEnabledigest): Required. One of: 0, 1.
            password (str): Required.
            user (str): Required.
            digestauth (SetDigestAuthDigestauth): Optional. One of: 0, 1.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/sys-set_digest_auth.md
        """
        from .api.accounts import set_digest_auth as operation

        return await self._run(
            operation,
            operation.build_arguments(
                enabledigest=enabledigest,
                password=password,
                user=user,
                digestauth=digestauth,
            ),
        )

    async def set_ecommerce(
        self,
        *,
        allow_ecommerce: SetEcommerceAllowEcommerce,
        storeurl: str | Unset = UNSET,
    ) -> Any:
        """Call ``set_ecommerce``. May change server state: never retried. Since WHM 11.122. Deprecated by cPanel.

        Args:
            allow_ecommerce (SetEcommerceAllowEcommerce): Required. WHM name: ``allowEcommerce``. One of: 0,
                1.
            storeurl (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/sitejet/set_ecommerce.md
        """
        from .api.sitejet import set_ecommerce as operation

        return await self._run(
            operation,
            operation.build_arguments(
                allow_ecommerce=allow_ecommerce,
                storeurl=storeurl,
            ),
        )

    async def set_enhancement_limit(
        self,
        *,
        account: str,
        id: str,
        limited: SetEnhancementLimitLimited,
        limit: int | Unset = UNSET,
    ) -> Any:
        """Call ``set_enhancement_limit``. May change server state: never retried. Since WHM 11.98.

        Args:
            account (str): Required.
            id (str): Required.
            limited (SetEnhancementLimitLimited): Required. One of: 1, 0.
            limit (int): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-enhancement-limit/accountenhancements-set_enhancement_limit.md
        """
        from .api.resellers import set_enhancement_limit as operation

        return await self._run(
            operation,
            operation.build_arguments(
                account=account,
                id=id,
                limited=limited,
                limit=limit,
            ),
        )

    async def set_local_mysql_root_password(
        self,
        *,
        password: str,
        update_config: int | Unset = UNSET,
    ) -> SetLocalMysqlRootPasswordData:
        """Call ``set_local_mysql_root_password``. May change server state: never retried. Since WHM 11.52.

        Args:
            password (str): Required.
            update_config (int): Optional.

        Returns:
            SetLocalMysqlRootPasswordData: the reply's ``data``, with ``configs_updated`` (int),
                ``password_reset`` (int), ``profile_updated`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/manage-mysql-server/localmysql-set_local_mysql_root_password.md
        """
        from .api.databases import set_local_mysql_root_password as operation

        return await self._run(
            operation,
            operation.build_arguments(
                password=password,
                update_config=update_config,
            ),
        )

    async def set_manual_mx_redirects(
        self,
        *,
        domain: str,
        mx_host: str,
    ) -> SetManualMxRedirectsData:
        """Call ``set_manual_mx_redirects``. May change server state: never retried. Since WHM 90.

        Args:
            domain (str): Required.
            mx_host (str): Required.

        Returns:
            SetManualMxRedirectsData: the reply's ``data``, with
                ``payload`` (SetManualMxRedirectsDataPayload).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/exim-set_manual_mx_redirects.md
        """
        from .api.mail import set_manual_mx_redirects as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                mx_host=mx_host,
            ),
        )

    async def set_market_product_attribute(
        self,
        *,
        attribute: str,
        product_id: str,
        provider: str,
        value: str,
    ) -> Any:
        """Call ``set_market_product_attribute``. May change server state: never retried. Since WHM 56.

        Args:
            attribute (str): Required.
            product_id (str): Required.
            provider (str): Required.
            value (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/product-management/market-set_market_product_attribute.md
        """
        from .api.market import set_market_product_attribute as operation

        return await self._run(
            operation,
            operation.build_arguments(
                attribute=attribute,
                product_id=product_id,
                provider=provider,
                value=value,
            ),
        )

    async def set_market_provider_commission_id(
        self,
        *,
        commission_id: str,
        provider: str,
    ) -> Any:
        """Call ``set_market_provider_commission_id``. May change server state: never retried. Since WHM 56.

        Args:
            commission_id (str): Required.
            provider (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/provider-management/market-set_market_provider_commission_id.md
        """
        from .api.market import set_market_provider_commission_id as operation

        return await self._run(
            operation,
            operation.build_arguments(
                commission_id=commission_id,
                provider=provider,
            ),
        )

    async def set_mysql_password(
        self,
        *,
        password: str,
        user: str,
        cpuser: str | Unset = UNSET,
    ) -> Any:
        """Call ``set_mysql_password``. May change server state: never retried. Since WHM 11.44.

        Args:
            password (str): Required.
            user (str): Required.
            cpuser (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mysql-databases/db-set_mysql_password.md
        """
        from .api.databases import set_mysql_password as operation

        return await self._run(
            operation,
            operation.build_arguments(
                password=password,
                user=user,
                cpuser=cpuser,
            ),
        )

    async def set_nameserver(
        self,
        *,
        nameserver: SetNameserverNameserver,
    ) -> SetNameserverData:
        """Call ``set_nameserver``. May change server state: never retried. Since WHM 84.

        Args:
            nameserver (SetNameserverNameserver): Required. One of: 'BIND', 'PowerDNS', 'Disabled'.

        Returns:
            SetNameserverData: the reply's ``data``, with ``message`` (str), ``nameserver`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-cluster-settings/nameserver-set_nameserver.md
        """
        from .api.dns import set_nameserver as operation

        return await self._run(
            operation,
            operation.build_arguments(
                nameserver=nameserver,
            ),
        )

    async def set_nsec3_for_domains(
        self,
        *,
        domain: str,
        nsec3_iterations: int,
        nsec3_narrow: SetNsec3ForDomainsNsec3Narrow,
        nsec3_opt_out: SetNsec3ForDomainsNsec3OptOut,
        nsec3_salt: str,
    ) -> SetNsec3ForDomainsData:
        """Call ``set_nsec3_for_domains``. May change server state: never retried. Since WHM 86.

        Args:
            domain (str): Required.
            nsec3_iterations (int): Required.
            nsec3_narrow (SetNsec3ForDomainsNsec3Narrow): Required. One of: 0, 1.
            nsec3_opt_out (SetNsec3ForDomainsNsec3OptOut): Required. One of: 0, 1.
            nsec3_salt (str): Required.

        Returns:
            SetNsec3ForDomainsData: the reply's ``data``, with
                ``domains`` (list[SetNsec3ForDomainsDataDomainsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/dns-set_nsec3_for_domains.md
        """
        from .api.dns import set_nsec3_for_domains as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
                nsec3_iterations=nsec3_iterations,
                nsec3_narrow=nsec3_narrow,
                nsec3_opt_out=nsec3_opt_out,
                nsec3_salt=nsec3_salt,
            ),
        )

    async def set_postgresql_password(
        self,
        *,
        password: str,
        user: str,
        cpuser: str | Unset = UNSET,
    ) -> Any:
        """Call ``set_postgresql_password``. May change server state: never retried. Since WHM 11.44.

        Args:
            password (str): Required.
            user (str): Required.
            cpuser (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/postgresql-databases/db-set_postgresql_password.md
        """
        from .api.databases import set_postgresql_password as operation

        return await self._run(
            operation,
            operation.build_arguments(
                password=password,
                user=user,
                cpuser=cpuser,
            ),
        )

    async def set_primary_domain_docroot(
        self,
        *,
        docroot: str,
        username: str,
    ) -> SetPrimaryDomainDocrootData:
        """Call ``set_primary_domain_docroot``. May change server state: never retried. Since WHM 11.

        Args:
            docroot (str): Required.
            username (str): Required.

        Returns:
            SetPrimaryDomainDocrootData: the reply's ``data``, with ``documentroot`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-set_primary_domain_docroot.md
        """
        from .api.account_management import set_primary_domain_docroot as operation

        return await self._run(
            operation,
            operation.build_arguments(
                docroot=docroot,
                username=username,
            ),
        )

    async def set_primary_servername(
        self,
        *,
        servername: str,
        type_: SetPrimaryServernameType | Unset = UNSET,
    ) -> Any:
        """Call ``set_primary_servername``. May change server state: never retried. Since WHM 11.

        Args:
            servername (str): Required.
            type_ (SetPrimaryServernameType): Optional. WHM name: ``type``. One of: 'std', 'ssl'. Default:
                'std'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/system-information/httpd-set_primary_servername.md
        """
        from .api.server_administration import set_primary_servername as operation

        return await self._run(
            operation,
            operation.build_arguments(
                servername=servername,
                type_=type_,
            ),
        )

    async def set_provider_client_configurations(
        self,
        *,
        configurations: str,
        provider_id: str,
        service_name: SetProviderClientConfigurationsServiceName,
    ) -> Any:
        """Call ``set_provider_client_configurations``. May change server state: never retried. Since WHM 54.

        Args:
            configurations (str): Required.
            provider_id (str): Required.
            service_name (SetProviderClientConfigurationsServiceName): Required. One of: 'cpaneld',
                'whostmgrd', 'webmaild'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/authentication-set_provider_client_configurations.md
        """
        from .api.authentication import set_provider_client_configurations as operation

        return await self._run(
            operation,
            operation.build_arguments(
                configurations=configurations,
                provider_id=provider_id,
                service_name=service_name,
            ),
        )

    async def set_provider_display_configurations(
        self,
        *,
        configurations: str,
        provider_id: str,
        service_name: SetProviderDisplayConfigurationsServiceName,
    ) -> Any:
        """Call ``set_provider_display_configurations``. May change server state: never retried. Since WHM 54.

        Args:
            configurations (str): Required.
            provider_id (str): Required.
            service_name (SetProviderDisplayConfigurationsServiceName): Required. One of: 'cpaneld',
                'whostmgrd', 'webmaild'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/authentication-set_provider_display_configurations.md
        """
        from .api.authentication import set_provider_display_configurations as operation

        return await self._run(
            operation,
            operation.build_arguments(
                configurations=configurations,
                provider_id=provider_id,
                service_name=service_name,
            ),
        )

    async def set_public_contact(
        self,
        *,
        name: str | Unset = UNSET,
        url_query: str | Unset = UNSET,
    ) -> Any:
        """Call ``set_public_contact``. May change server state: never retried. Since WHM 68.

        Args:
            name (str): Optional.
            url_query (str): Optional. WHM name: ``url``.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-settings/publiccontact-set_public_contact.md
        """
        from .api.resellers import set_public_contact as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
                url_query=url_query,
            ),
        )

    async def set_scoped_userdata(
        self,
        *,
        scope: str,
        json: str | Unset = UNSET,
        key: str | Unset = UNSET,
        value: str | Unset = UNSET,
    ) -> SetScopedUserdataData:
        """Call ``set_scoped_userdata``. May change server state: never retried. Since WHM 86.

        Args:
            scope (str): Required.
            json (str): Optional.
            key (str): Optional.
            value (str): Optional.

        Returns:
            SetScopedUserdataData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/userdata/userdata-set_scoped_userdata.md
        """
        from .api.user_data import set_scoped_userdata as operation

        return await self._run(
            operation,
            operation.build_arguments(
                scope=scope,
                json=json,
                key=key,
                value=value,
            ),
        )

    async def set_service_config_key(
        self,
        *,
        key: str,
        service: str,
        value: Any,
    ) -> Any:
        """Call ``set_service_config_key``. May change server state: never retried. Since WHM 58.

        Args:
            key (str): Required.
            service (str): Required.
            value (Any): Required. A string or a number.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/services/advconfig-set_service_config_key.md
        """
        from .api.server_administration import set_service_config_key as operation

        return await self._run(
            operation,
            operation.build_arguments(
                key=key,
                service=service,
                value=value,
            ),
        )

    async def set_service_proxy_backends(
        self,
        *,
        username: str,
        general: str | Unset = UNSET,
        service_group: str | Unset = UNSET,
        service_group_backend: str | Unset = UNSET,
    ) -> Any:
        """Call ``set_service_proxy_backends``. May change server state: never retried. Since WHM 90.

        Args:
            username (str): Required.
            general (str): Optional.
            service_group (str): Optional.
            service_group_backend (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/services/accounts-set_service_proxy_backends.md
        """
        from .api.services import set_service_proxy_backends as operation

        return await self._run(
            operation,
            operation.build_arguments(
                username=username,
                general=general,
                service_group=service_group,
                service_group_backend=service_group_backend,
            ),
        )

    async def set_tier(
        self,
        *,
        tier: SetTierTier,
    ) -> SetTierData:
        """Call ``set_tier``. May change server state: never retried. Since WHM 11.38.

        Args:
            tier (SetTierTier): Required. One of: 'edge', 'current', 'release', 'stable', 'lts'.

        Returns:
            SetTierData: the reply's ``data``, with ``tier`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/updates/sys-set_tier.md
        """
        from .api.updates import set_tier as operation

        return await self._run(
            operation,
            operation.build_arguments(
                tier=tier,
            ),
        )

    async def set_tweaksetting(
        self,
        *,
        key: str,
        module: SetTweaksettingModule | Unset = UNSET,
        value: str | Unset = UNSET,
    ) -> Any:
        """Call ``set_tweaksetting``. May change server state: never retried. Since WHM 11.

        Args:
            key (str): Required.
            module (SetTweaksettingModule): Optional. One of: 'Apache', 'Basic', 'Mail', 'Main'. Default:
                'Main'.
            value (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/configurations/cpanel-set_tweaksetting.md
        """
        from .api.configurations import set_tweaksetting as operation

        return await self._run(
            operation,
            operation.build_arguments(
                key=key,
                module=module,
                value=value,
            ),
        )

    async def set_up_dns_resolver_workarounds(
        self,
    ) -> SetUpDnsResolverWorkaroundsData:
        """Call ``set_up_dns_resolver_workarounds``. May change server state: never retried. Since WHM 84.

        Returns:
            SetUpDnsResolverWorkaroundsData: the reply's ``data``, with
                ``flags`` (SetUpDnsResolverWorkaroundsDataFlags).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/resolvers/dns-set_up_dns_resolver_workarounds.md
        """
        from .api.dns import set_up_dns_resolver_workarounds as operation

        return await self._run(operation, operation.build_arguments())

    async def set_user_email_forward_destination(
        self,
        *,
        forward_to: str,
        user: str,
    ) -> Any:
        """Call ``set_user_email_forward_destination``. May change server state: never retried. Since WHM 11.52.

        Args:
            forward_to (str): Required.
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/email-set_user_email_forward_destination.md
        """
        from .api.mail import set_user_email_forward_destination as operation

        return await self._run(
            operation,
            operation.build_arguments(
                forward_to=forward_to,
                user=user,
            ),
        )

    async def setacls(
        self,
        *,
        reseller: str,
        acl_acct_summary: SetaclsAclAcctSummary | Unset = UNSET,
        acl_add_pkg: SetaclsAclAddPkg | Unset = UNSET,
        acl_add_pkg_ip: SetaclsAclAddPkgIp | Unset = UNSET,
        acl_add_pkg_shell: SetaclsAclAddPkgShell | Unset = UNSET,
        acl_all: SetaclsAclAll | Unset = UNSET,
        acl_allow_addoncreate: SetaclsAclAllowAddoncreate | Unset = UNSET,
        acl_allow_parkedcreate: SetaclsAclAllowParkedcreate | Unset = UNSET,
        acl_allow_unlimited_bw_pkgs: SetaclsAclAllowUnlimitedBwPkgs | Unset = UNSET,
        acl_allow_unlimited_disk_pkgs: SetaclsAclAllowUnlimitedDiskPkgs | Unset = UNSET,
        acl_allow_unlimited_pkgs: SetaclsAclAllowUnlimitedPkgs | Unset = UNSET,
        acl_basic_system_info: SetaclsAclBasicSystemInfo | Unset = UNSET,
        acl_basic_whm_functions: SetaclsAclBasicWhmFunctions | Unset = UNSET,
        acl_clustering: SetaclsAclClustering | Unset = UNSET,
        acl_cors_proxy_get: SetaclsAclCorsProxyGet | Unset = UNSET,
        acl_cpanel_api: SetaclsAclCpanelApi | Unset = UNSET,
        acl_cpanel_integration: SetaclsAclCpanelIntegration | Unset = UNSET,
        acl_create_acct: SetaclsAclCreateAcct | Unset = UNSET,
        acl_create_dns: SetaclsAclCreateDns | Unset = UNSET,
        acl_create_user_session: SetaclsAclCreateUserSession | Unset = UNSET,
        acl_demo_setup: SetaclsAclDemoSetup | Unset = UNSET,
        acl_digest_auth: SetaclsAclDigestAuth | Unset = UNSET,
        acl_disallow_shell: SetaclsAclDisallowShell | Unset = UNSET,
        acl_edit_account: SetaclsAclEditAccount | Unset = UNSET,
        acl_edit_dns: SetaclsAclEditDns | Unset = UNSET,
        acl_edit_mx: SetaclsAclEditMx | Unset = UNSET,
        acl_edit_pkg: SetaclsAclEditPkg | Unset = UNSET,
        acl_generate_email_config: SetaclsAclGenerateEmailConfig | Unset = UNSET,
        acl_kill_acct: SetaclsAclKillAcct | Unset = UNSET,
        acl_kill_dns: SetaclsAclKillDns | Unset = UNSET,
        acl_limit_bandwidth: SetaclsAclLimitBandwidth | Unset = UNSET,
        acl_list_accts: SetaclsAclListAccts | Unset = UNSET,
        acl_list_pkgs: SetaclsAclListPkgs | Unset = UNSET,
        acl_locale_edit: SetaclsAclLocaleEdit | Unset = UNSET,
        acl_mailcheck: SetaclsAclMailcheck | Unset = UNSET,
        acl_manage_api_tokens: SetaclsAclManageApiTokens | Unset = UNSET,
        acl_manage_dns_records: SetaclsAclManageDnsRecords | Unset = UNSET,
        acl_manage_oidc: SetaclsAclManageOidc | Unset = UNSET,
        acl_manage_styles: SetaclsAclManageStyles | Unset = UNSET,
        acl_mysql_info: SetaclsAclMysqlInfo | Unset = UNSET,
        acl_nameserver_config: SetaclsAclNameserverConfig | Unset = UNSET,
        acl_news: SetaclsAclNews | Unset = UNSET,
        acl_park_dns: SetaclsAclParkDns | Unset = UNSET,
        acl_passwd: SetaclsAclPasswd | Unset = UNSET,
        acl_quota: SetaclsAclQuota | Unset = UNSET,
        acl_rearrange_accts: SetaclsAclRearrangeAccts | Unset = UNSET,
        acl_resftp: SetaclsAclResftp | Unset = UNSET,
        acl_restart: SetaclsAclRestart | Unset = UNSET,
        acl_show_bandwidth: SetaclsAclShowBandwidth | Unset = UNSET,
        acl_ssl: SetaclsAclSsl | Unset = UNSET,
        acl_ssl_buy: SetaclsAclSslBuy | Unset = UNSET,
        acl_ssl_gencrt: SetaclsAclSslGencrt | Unset = UNSET,
        acl_ssl_info: SetaclsAclSslInfo | Unset = UNSET,
        acl_stats: SetaclsAclStats | Unset = UNSET,
        acl_status: SetaclsAclStatus | Unset = UNSET,
        acl_suspend_acct: SetaclsAclSuspendAcct | Unset = UNSET,
        acl_thirdparty: SetaclsAclThirdparty | Unset = UNSET,
        acl_track_email: SetaclsAclTrackEmail | Unset = UNSET,
        acl_upgrade_account: SetaclsAclUpgradeAccount | Unset = UNSET,
        acl_viewglobalpackages: SetaclsAclViewglobalpackages | Unset = UNSET,
        acllist: str | Unset = UNSET,
        user: str | Unset = UNSET,
    ) -> SetaclsData:
        """Call ``setacls``. May change server state: never retried. Since WHM 11.

        Args:
            reseller (str): Required.
            acl_acct_summary (SetaclsAclAcctSummary): Optional. WHM name: ``acl-acct-summary``. One of: 1.
            acl_add_pkg (SetaclsAclAddPkg): Optional. WHM name: ``acl-add-pkg``. One of: 1.
            acl_add_pkg_ip (SetaclsAclAddPkgIp): Optional. WHM name: ``acl-add-pkg-ip``. One of: 1.
            acl_add_pkg_shell (SetaclsAclAddPkgShell): Optional. WHM name: ``acl-add-pkg-shell``. One of: 1.
            acl_all (SetaclsAclAll): Optional. WHM name: ``acl-all``. One of: 1.
            acl_allow_addoncreate (SetaclsAclAllowAddoncreate): Optional. WHM name:
                ``acl-allow-addoncreate``. One of: 1.
            acl_allow_parkedcreate (SetaclsAclAllowParkedcreate): Optional. WHM name:
                ``acl-allow-parkedcreate``. One of: 1.
            acl_allow_unlimited_bw_pkgs (SetaclsAclAllowUnlimitedBwPkgs): Optional. WHM name:
                ``acl-allow-unlimited-bw-pkgs``. One of: 1.
            acl_allow_unlimited_disk_pkgs (SetaclsAclAllowUnlimitedDiskPkgs): Optional. WHM name:
                ``acl-allow-unlimited-disk-pkgs``. One of: 1.
            acl_allow_unlimited_pkgs (SetaclsAclAllowUnlimitedPkgs): Optional. WHM name:
                ``acl-allow-unlimited-pkgs``. One of: 1.
            acl_basic_system_info (SetaclsAclBasicSystemInfo): Optional. WHM name:
                ``acl-basic-system-info``. One of: 1.
            acl_basic_whm_functions (SetaclsAclBasicWhmFunctions): Optional. WHM name:
                ``acl-basic-whm-functions``. One of: 1.
            acl_clustering (SetaclsAclClustering): Optional. WHM name: ``acl-clustering``. One of: 1.
            acl_cors_proxy_get (SetaclsAclCorsProxyGet): Optional. WHM name: ``acl-cors-proxy-get``. One of:
                1.
            acl_cpanel_api (SetaclsAclCpanelApi): Optional. WHM name: ``acl-cpanel-api``. One of: 1.
            acl_cpanel_integration (SetaclsAclCpanelIntegration): Optional. WHM name:
                ``acl-cpanel-integration``. One of: 1.
            acl_create_acct (SetaclsAclCreateAcct): Optional. WHM name: ``acl-create-acct``. One of: 1.
            acl_create_dns (SetaclsAclCreateDns): Optional. WHM name: ``acl-create-dns``. One of: 1.
            acl_create_user_session (SetaclsAclCreateUserSession): Optional. WHM name:
                ``acl-create-user-session``. One of: 1.
            acl_demo_setup (SetaclsAclDemoSetup): Optional. WHM name: ``acl-demo-setup``. One of: 1.
            acl_digest_auth (SetaclsAclDigestAuth): Optional. WHM name: ``acl-digest-auth``. One of: 1.
            acl_disallow_shell (SetaclsAclDisallowShell): Optional. WHM name: ``acl-disallow-shell``. One
                of: 1.
            acl_edit_account (SetaclsAclEditAccount): Optional. WHM name: ``acl-edit-account``. One of: 1.
            acl_edit_dns (SetaclsAclEditDns): Optional. WHM name: ``acl-edit-dns``. One of: 1.
            acl_edit_mx (SetaclsAclEditMx): Optional. WHM name: ``acl-edit-mx``. One of: 1.
            acl_edit_pkg (SetaclsAclEditPkg): Optional. WHM name: ``acl-edit-pkg``. One of: 1.
            acl_generate_email_config (SetaclsAclGenerateEmailConfig): Optional. WHM name:
                ``acl-generate-email-config``. One of: 1.
            acl_kill_acct (SetaclsAclKillAcct): Optional. WHM name: ``acl-kill-acct``. One of: 1.
            acl_kill_dns (SetaclsAclKillDns): Optional. WHM name: ``acl-kill-dns``. One of: 1.
            acl_limit_bandwidth (SetaclsAclLimitBandwidth): Optional. WHM name: ``acl-limit-bandwidth``. One
                of: 1.
            acl_list_accts (SetaclsAclListAccts): Optional. WHM name: ``acl-list-accts``. One of: 1.
            acl_list_pkgs (SetaclsAclListPkgs): Optional. WHM name: ``acl-list-pkgs``. One of: 1.
            acl_locale_edit (SetaclsAclLocaleEdit): Optional. WHM name: ``acl-locale-edit``. One of: 1.
            acl_mailcheck (SetaclsAclMailcheck): Optional. WHM name: ``acl-mailcheck``. One of: 1.
            acl_manage_api_tokens (SetaclsAclManageApiTokens): Optional. WHM name:
                ``acl-manage-api-tokens``. One of: 1.
            acl_manage_dns_records (SetaclsAclManageDnsRecords): Optional. WHM name:
                ``acl-manage-dns-records``. One of: 1.
            acl_manage_oidc (SetaclsAclManageOidc): Optional. WHM name: ``acl-manage-oidc``. One of: 1.
            acl_manage_styles (SetaclsAclManageStyles): Optional. WHM name: ``acl-manage-styles``. One of:
                1.
            acl_mysql_info (SetaclsAclMysqlInfo): Optional. WHM name: ``acl-mysql-info``. One of: 1.
            acl_nameserver_config (SetaclsAclNameserverConfig): Optional. WHM name:
                ``acl-nameserver-config``. One of: 1.
            acl_news (SetaclsAclNews): Optional. WHM name: ``acl-news``. One of: 1.
            acl_park_dns (SetaclsAclParkDns): Optional. WHM name: ``acl-park-dns``. One of: 1.
            acl_passwd (SetaclsAclPasswd): Optional. WHM name: ``acl-passwd``. One of: 1.
            acl_quota (SetaclsAclQuota): Optional. WHM name: ``acl-quota``. One of: 1.
            acl_rearrange_accts (SetaclsAclRearrangeAccts): Optional. WHM name: ``acl-rearrange-accts``. One
                of: 1.
            acl_resftp (SetaclsAclResftp): Optional. WHM name: ``acl-resftp``. One of: 1.
            acl_restart (SetaclsAclRestart): Optional. WHM name: ``acl-restart``. One of: 1.
            acl_show_bandwidth (SetaclsAclShowBandwidth): Optional. WHM name: ``acl-show-bandwidth``. One
                of: 1.
            acl_ssl (SetaclsAclSsl): Optional. WHM name: ``acl-ssl``. One of: 1.
            acl_ssl_buy (SetaclsAclSslBuy): Optional. WHM name: ``acl-ssl-buy``. One of: 1.
            acl_ssl_gencrt (SetaclsAclSslGencrt): Optional. WHM name: ``acl-ssl-gencrt``. One of: 1.
            acl_ssl_info (SetaclsAclSslInfo): Optional. WHM name: ``acl-ssl-info``. One of: 1.
            acl_stats (SetaclsAclStats): Optional. WHM name: ``acl-stats``. One of: 1.
            acl_status (SetaclsAclStatus): Optional. WHM name: ``acl-status``. One of: 1.
            acl_suspend_acct (SetaclsAclSuspendAcct): Optional. WHM name: ``acl-suspend-acct``. One of: 1.
            acl_thirdparty (SetaclsAclThirdparty): Optional. WHM name: ``acl-thirdparty``. One of: 1.
            acl_track_email (SetaclsAclTrackEmail): Optional. WHM name: ``acl-track-email``. One of: 1.
            acl_upgrade_account (SetaclsAclUpgradeAccount): Optional. WHM name: ``acl-upgrade-account``. One
                of: 1.
            acl_viewglobalpackages (SetaclsAclViewglobalpackages): Optional. WHM name:
                ``acl-viewglobalpackages``. One of: 1.
            acllist (str): Optional.
            user (str): Optional.

        Returns:
            SetaclsData: the reply's ``data``, with ``acl`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-permissions/resellers-setacls.md
        """
        from .api.resellers import setacls as operation

        return await self._run(
            operation,
            operation.build_arguments(
                reseller=reseller,
                acl_acct_summary=acl_acct_summary,
                acl_add_pkg=acl_add_pkg,
                acl_add_pkg_ip=acl_add_pkg_ip,
                acl_add_pkg_shell=acl_add_pkg_shell,
                acl_all=acl_all,
                acl_allow_addoncreate=acl_allow_addoncreate,
                acl_allow_parkedcreate=acl_allow_parkedcreate,
                acl_allow_unlimited_bw_pkgs=acl_allow_unlimited_bw_pkgs,
                acl_allow_unlimited_disk_pkgs=acl_allow_unlimited_disk_pkgs,
                acl_allow_unlimited_pkgs=acl_allow_unlimited_pkgs,
                acl_basic_system_info=acl_basic_system_info,
                acl_basic_whm_functions=acl_basic_whm_functions,
                acl_clustering=acl_clustering,
                acl_cors_proxy_get=acl_cors_proxy_get,
                acl_cpanel_api=acl_cpanel_api,
                acl_cpanel_integration=acl_cpanel_integration,
                acl_create_acct=acl_create_acct,
                acl_create_dns=acl_create_dns,
                acl_create_user_session=acl_create_user_session,
                acl_demo_setup=acl_demo_setup,
                acl_digest_auth=acl_digest_auth,
                acl_disallow_shell=acl_disallow_shell,
                acl_edit_account=acl_edit_account,
                acl_edit_dns=acl_edit_dns,
                acl_edit_mx=acl_edit_mx,
                acl_edit_pkg=acl_edit_pkg,
                acl_generate_email_config=acl_generate_email_config,
                acl_kill_acct=acl_kill_acct,
                acl_kill_dns=acl_kill_dns,
                acl_limit_bandwidth=acl_limit_bandwidth,
                acl_list_accts=acl_list_accts,
                acl_list_pkgs=acl_list_pkgs,
                acl_locale_edit=acl_locale_edit,
                acl_mailcheck=acl_mailcheck,
                acl_manage_api_tokens=acl_manage_api_tokens,
                acl_manage_dns_records=acl_manage_dns_records,
                acl_manage_oidc=acl_manage_oidc,
                acl_manage_styles=acl_manage_styles,
                acl_mysql_info=acl_mysql_info,
                acl_nameserver_config=acl_nameserver_config,
                acl_news=acl_news,
                acl_park_dns=acl_park_dns,
                acl_passwd=acl_passwd,
                acl_quota=acl_quota,
                acl_rearrange_accts=acl_rearrange_accts,
                acl_resftp=acl_resftp,
                acl_restart=acl_restart,
                acl_show_bandwidth=acl_show_bandwidth,
                acl_ssl=acl_ssl,
                acl_ssl_buy=acl_ssl_buy,
                acl_ssl_gencrt=acl_ssl_gencrt,
                acl_ssl_info=acl_ssl_info,
                acl_stats=acl_stats,
                acl_status=acl_status,
                acl_suspend_acct=acl_suspend_acct,
                acl_thirdparty=acl_thirdparty,
                acl_track_email=acl_track_email,
                acl_upgrade_account=acl_upgrade_account,
                acl_viewglobalpackages=acl_viewglobalpackages,
                acllist=acllist,
                user=user,
            ),
        )

    async def sethostname(
        self,
        *,
        hostname: str,
    ) -> Any:
        """Call ``sethostname``. May change server state: never retried. Since WHM 11.

        Args:
            hostname (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/system-information/hostname-sethostname.md
        """
        from .api.server_administration import sethostname as operation

        return await self._run(
            operation,
            operation.build_arguments(
                hostname=hostname,
            ),
        )

    async def setminimumpasswordstrengths(
        self,
        *,
        createacct: int | Unset = UNSET,
        default: int | Unset = UNSET,
        ftp: int | Unset = UNSET,
        list_: int | Unset = UNSET,
        mysql: int | Unset = UNSET,
        passwd: int | Unset = UNSET,
        postgres: int | Unset = UNSET,
        sshkey: int | Unset = UNSET,
        virtual: int | Unset = UNSET,
    ) -> Any:
        """Call ``setminimumpasswordstrengths``. May change server state: never retried. Since WHM 11.

        Args:
            createacct (int): Optional.
            default (int): Optional.
            ftp (int): Optional.
            list_ (int): Optional. WHM name: ``list``.
            mysql (int): Optional.
            passwd (int): Optional.
            postgres (int): Optional.
            sshkey (int): Optional.
            virtual (int): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/security/security-setminimumpasswordstrengths.md
        """
        from .api.security import setminimumpasswordstrengths as operation

        return await self._run(
            operation,
            operation.build_arguments(
                createacct=createacct,
                default=default,
                ftp=ftp,
                list_=list_,
                mysql=mysql,
                passwd=passwd,
                postgres=postgres,
                sshkey=sshkey,
                virtual=virtual,
            ),
        )

    async def setresellerips(
        self,
        *,
        user: str,
        delegate: SetreselleripsDelegate | Unset = UNSET,
        ips: str | Unset = UNSET,
    ) -> SetreselleripsData:
        """Call ``setresellerips``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.
            delegate (SetreselleripsDelegate): Optional. One of: 1. Default: 0.
            ips (str): Optional.

        Returns:
            SetreselleripsData: the reply's ``data``, with ``all`` (int), ``ip`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-settings/resellers-setresellerips.md
        """
        from .api.resellers import setresellerips as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                delegate=delegate,
                ips=ips,
            ),
        )

    async def setresellerlimits(
        self,
        *,
        user: str,
        account_limit: int | Unset = UNSET,
        bandwidth_limit: int | Unset = UNSET,
        diskspace_limit: int | Unset = UNSET,
        enable_account_limit: SetresellerlimitsEnableAccountLimit | Unset = UNSET,
        enable_overselling: SetresellerlimitsEnableOverselling | Unset = UNSET,
        enable_overselling_bandwidth: SetresellerlimitsEnableOversellingBandwidth | Unset = UNSET,
        enable_overselling_diskspace: SetresellerlimitsEnableOversellingDiskspace | Unset = UNSET,
        enable_package_limit_numbers: SetresellerlimitsEnablePackageLimitNumbers | Unset = UNSET,
        enable_package_limits: SetresellerlimitsEnablePackageLimits | Unset = UNSET,
        enable_resource_limits: SetresellerlimitsEnableResourceLimits | Unset = UNSET,
    ) -> Any:
        """Call ``setresellerlimits``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.
            account_limit (int): Optional.
            bandwidth_limit (int): Optional.
            diskspace_limit (int): Optional.
            enable_account_limit (SetresellerlimitsEnableAccountLimit): Optional. One of: 1, 0. Default: 0.
            enable_overselling (SetresellerlimitsEnableOverselling): Optional. One of: 1, 0.
            enable_overselling_bandwidth (SetresellerlimitsEnableOversellingBandwidth): Optional. One of: 1,
                0.
            enable_overselling_diskspace (SetresellerlimitsEnableOversellingDiskspace): Optional. One of: 1,
                0.
            enable_package_limit_numbers (SetresellerlimitsEnablePackageLimitNumbers): Optional. One of: 1,
                0.
            enable_package_limits (SetresellerlimitsEnablePackageLimits): Optional. One of: 1, 0.
            enable_resource_limits (SetresellerlimitsEnableResourceLimits): Optional. One of: 1, 0. Default:
                0.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-limits/resellers-setresellerlimits.md
        """
        from .api.resellers import setresellerlimits as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                account_limit=account_limit,
                bandwidth_limit=bandwidth_limit,
                diskspace_limit=diskspace_limit,
                enable_account_limit=enable_account_limit,
                enable_overselling=enable_overselling,
                enable_overselling_bandwidth=enable_overselling_bandwidth,
                enable_overselling_diskspace=enable_overselling_diskspace,
                enable_package_limit_numbers=enable_package_limit_numbers,
                enable_package_limits=enable_package_limits,
                enable_resource_limits=enable_resource_limits,
            ),
        )

    async def setresellermainip(
        self,
        *,
        ip: str,
        user: str,
    ) -> Any:
        """Call ``setresellermainip``. May change server state: never retried. Since WHM 11.

        Args:
            ip (str): Required.
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-settings/resellers-setresellermainip.md
        """
        from .api.resellers import setresellermainip as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ip=ip,
                user=user,
            ),
        )

    async def setresellernameservers(
        self,
        *,
        user: str,
        nameservers: str | Unset = UNSET,
    ) -> Any:
        """Call ``setresellernameservers``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.
            nameservers (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-settings/resellers-setresellernameservers.md
        """
        from .api.resellers import setresellernameservers as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                nameservers=nameservers,
            ),
        )

    async def setresellerpackagelimit(
        self,
        *,
        user: str,
        allowed: SetresellerpackagelimitAllowed | Unset = UNSET,
        no_limit: SetresellerpackagelimitNoLimit | Unset = UNSET,
        number: int | Unset = UNSET,
        package: str | Unset = UNSET,
    ) -> Any:
        """Call ``setresellerpackagelimit``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.
            allowed (SetresellerpackagelimitAllowed): Optional. One of: 0, 1.
            no_limit (SetresellerpackagelimitNoLimit): Optional. One of: 0, 1. Default: 0.
            number (int): Optional.
            package (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-limits/resellers-setresellerpackagelimit.md
        """
        from .api.resellers import setresellerpackagelimit as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                allowed=allowed,
                no_limit=no_limit,
                number=number,
                package=package,
            ),
        )

    async def setresolvers(
        self,
        *,
        nameserver1: str,
        nameserver2: str,
        nameserver3: str | Unset = UNSET,
    ) -> Any:
        """Call ``setresolvers``. May change server state: never retried. Since WHM 11.

        Args:
            nameserver1 (str): Required.
            nameserver2 (str): Required.
            nameserver3 (str): Optional. Default: ''.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/resolvers/resolvers-setresolvers.md
        """
        from .api.dns import setresolvers as operation

        return await self._run(
            operation,
            operation.build_arguments(
                nameserver1=nameserver1,
                nameserver2=nameserver2,
                nameserver3=nameserver3,
            ),
        )

    async def setsiteip(
        self,
        *,
        ip: str,
        domain: str | Unset = UNSET,
        user: str | Unset = UNSET,
    ) -> Any:
        """Call ``setsiteip``. May change server state: never retried. Since WHM 11.

        Args:
            ip (str): Required.
            domain (str): Optional.
            user (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ipv4-address-settings/accounts-setsiteip.md
        """
        from .api.ip_addresses import setsiteip as operation

        return await self._run(
            operation,
            operation.build_arguments(
                ip=ip,
                domain=domain,
                user=user,
            ),
        )

    async def setupreseller(
        self,
        *,
        user: str,
        makeowner: SetupresellerMakeowner | Unset = UNSET,
    ) -> Any:
        """Call ``setupreseller``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.
            makeowner (SetupresellerMakeowner): Optional. One of: 0, 1. Default: 0.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/reseller-account-management/resellers-setupreseller.md
        """
        from .api.resellers import setupreseller as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                makeowner=makeowner,
            ),
        )

    async def showbw(
        self,
        *,
        month: int | Unset = UNSET,
        search: str | Unset = UNSET,
        searchtype: str | Unset = UNSET,
        showres: str | Unset = UNSET,
        year: int | Unset = UNSET,
    ) -> ShowbwData:
        """Call ``showbw``. Read-only. Since WHM 11.

        Args:
            month (int): Optional.
            search (str): Optional.
            searchtype (str): Optional.
            showres (str): Optional.
            year (int): Optional.

        Returns:
            ShowbwData: the reply's ``data``, with ``acct`` (list[ShowbwDataAcctItem]), ``month`` (int),
                ``reseller`` (str), ``totalused`` (int), ``year`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/bandwidth-and-disk-quotas/bandwidth-showbw.md
        """
        from .api.bandwidth_and_disk_quotas import showbw as operation

        return await self._run(
            operation,
            operation.build_arguments(
                month=month,
                search=search,
                searchtype=searchtype,
                showres=showres,
                year=year,
            ),
        )

    async def start_autossl_check_for_all_users(
        self,
    ) -> StartAutosslCheckForAllUsersData:
        """Call ``start_autossl_check_for_all_users``. May change server state: never retried. Since WHM 58.

        Returns:
            StartAutosslCheckForAllUsersData: the reply's ``data``, with ``pid`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-start_autossl_check_for_all_users.md
        """
        from .api.ssl import start_autossl_check_for_all_users as operation

        return await self._run(operation, operation.build_arguments())

    async def start_autossl_check_for_one_user(
        self,
        *,
        username: str,
    ) -> StartAutosslCheckForOneUserData:
        """Call ``start_autossl_check_for_one_user``. May change server state: never retried. Since WHM 58.

        Args:
            username (str): Required.

        Returns:
            StartAutosslCheckForOneUserData: the reply's ``data``, with ``pid`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/auto-generated-certificates/ssl-start_autossl_check_for_one_user.md
        """
        from .api.ssl import start_autossl_check_for_one_user as operation

        return await self._run(
            operation,
            operation.build_arguments(
                username=username,
            ),
        )

    async def start_background_mysql_upgrade(
        self,
        *,
        version: float,
    ) -> StartBackgroundMysqlUpgradeData:
        """Call ``start_background_mysql_upgrade``. May change server state: never retried. Since WHM 11.48.

        Args:
            version (float): Required.

        Returns:
            StartBackgroundMysqlUpgradeData: the reply's ``data``, with ``upgrade_id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/manage-mysql-server/mysql-start_background_mysql_upgrade.md
        """
        from .api.databases import start_background_mysql_upgrade as operation

        return await self._run(
            operation,
            operation.build_arguments(
                version=version,
            ),
        )

    async def start_background_pkgacct(
        self,
        *,
        user: str,
        compressionsetting: StartBackgroundPkgacctCompressionsetting | Unset = UNSET,
        incremental: StartBackgroundPkgacctIncremental | Unset = UNSET,
        low_priority: StartBackgroundPkgacctLowPriority | Unset = UNSET,
        mysqlver: str | Unset = UNSET,
        serialized_output: StartBackgroundPkgacctSerializedOutput | Unset = UNSET,
        skipacctdb: StartBackgroundPkgacctSkipacctdb | Unset = UNSET,
        skipapitokens: StartBackgroundPkgacctSkipapitokens | Unset = UNSET,
        skipauthnlinks: StartBackgroundPkgacctSkipauthnlinks | Unset = UNSET,
        skipbwdata: StartBackgroundPkgacctSkipbwdata | Unset = UNSET,
        skipdnssec: StartBackgroundPkgacctSkipdnssec | Unset = UNSET,
        skipdnszones: StartBackgroundPkgacctSkipdnszones | Unset = UNSET,
        skipftpusers: StartBackgroundPkgacctSkipftpusers | Unset = UNSET,
        skiphomedir: StartBackgroundPkgacctSkiphomedir | Unset = UNSET,
        skiplinkednodes: StartBackgroundPkgacctSkiplinkednodes | Unset = UNSET,
        skiplogs: StartBackgroundPkgacctSkiplogs | Unset = UNSET,
        skipresellerconfig: StartBackgroundPkgacctSkipresellerconfig | Unset = UNSET,
        skipshell: StartBackgroundPkgacctSkipshell | Unset = UNSET,
        skipvhosttemplates: StartBackgroundPkgacctSkipvhosttemplates | Unset = UNSET,
        split: StartBackgroundPkgacctSplit | Unset = UNSET,
        tarroot: str | Unset = UNSET,
        use_backups: StartBackgroundPkgacctUseBackups | Unset = UNSET,
    ) -> StartBackgroundPkgacctData:
        """Call ``start_background_pkgacct``. May change server state: never retried. Since WHM 54.

        Args:
            user (str): Required.
            compressionsetting (StartBackgroundPkgacctCompressionsetting): Optional. One of: 'compress'.
                Default: None.
            incremental (StartBackgroundPkgacctIncremental): Optional. One of: 0, 1.
            low_priority (StartBackgroundPkgacctLowPriority): Optional. One of: 0, 1. Default: 0.
            mysqlver (str): Optional.
            serialized_output (StartBackgroundPkgacctSerializedOutput): Optional. One of: 0, 1. Default: 0.
            skipacctdb (StartBackgroundPkgacctSkipacctdb): Optional. One of: 0, 1. Default: 0.
            skipapitokens (StartBackgroundPkgacctSkipapitokens): Optional. One of: 0, 1. Default: 0.
            skipauthnlinks (StartBackgroundPkgacctSkipauthnlinks): Optional. One of: 0, 1. Default: 0.
            skipbwdata (StartBackgroundPkgacctSkipbwdata): Optional. One of: 0, 1. Default: 0.
            skipdnssec (StartBackgroundPkgacctSkipdnssec): Optional. One of: 0, 1. Default: 0.
            skipdnszones (StartBackgroundPkgacctSkipdnszones): Optional. One of: 0, 1. Default: 0.
            skipftpusers (StartBackgroundPkgacctSkipftpusers): Optional. One of: 0, 1. Default: 0.
            skiphomedir (StartBackgroundPkgacctSkiphomedir): Optional. One of: 0, 1. Default: 0.
            skiplinkednodes (StartBackgroundPkgacctSkiplinkednodes): Optional. One of: 0, 1. Default: 0.
            skiplogs (StartBackgroundPkgacctSkiplogs): Optional. One of: 0, 1. Default: 0.
            skipresellerconfig (StartBackgroundPkgacctSkipresellerconfig): Optional. One of: 0, 1. Default:
                0.
            skipshell (StartBackgroundPkgacctSkipshell): Optional. One of: 0, 1. Default: 0.
            skipvhosttemplates (StartBackgroundPkgacctSkipvhosttemplates): Optional. One of: 0, 1. Default:
                0.
            split (StartBackgroundPkgacctSplit): Optional. One of: 0, 1. Default: 0.
            tarroot (str): Optional.
            use_backups (StartBackgroundPkgacctUseBackups): Optional. One of: 0, 1. Default: 0.

        Returns:
            StartBackgroundPkgacctData: the reply's ``data``, with ``complete_master_error_log`` (str),
                ``complete_master_log`` (str), ``session_id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/backup-start_background_pkgacct.md
        """
        from .api.backups import start_background_pkgacct as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                compressionsetting=compressionsetting,
                incremental=incremental,
                low_priority=low_priority,
                mysqlver=mysqlver,
                serialized_output=serialized_output,
                skipacctdb=skipacctdb,
                skipapitokens=skipapitokens,
                skipauthnlinks=skipauthnlinks,
                skipbwdata=skipbwdata,
                skipdnssec=skipdnssec,
                skipdnszones=skipdnszones,
                skipftpusers=skipftpusers,
                skiphomedir=skiphomedir,
                skiplinkednodes=skiplinkednodes,
                skiplogs=skiplogs,
                skipresellerconfig=skipresellerconfig,
                skipshell=skipshell,
                skipvhosttemplates=skipvhosttemplates,
                split=split,
                tarroot=tarroot,
                use_backups=use_backups,
            ),
        )

    async def start_cpanel_update(
        self,
        *,
        mode: StartCpanelUpdateMode | Unset = UNSET,
    ) -> StartCpanelUpdateData:
        """Call ``start_cpanel_update``. May change server state: never retried. Since WHM 94.

        Args:
            mode (StartCpanelUpdateMode): Optional. One of: 'force', 'sync'. Default: None.

        Returns:
            StartCpanelUpdateData: the reply's ``data``, with ``is_new`` (int), ``log_path`` (str), ``pid``
                (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/updates/cpanel-start_cpanel_update.md
        """
        from .api.server_administration import start_cpanel_update as operation

        return await self._run(
            operation,
            operation.build_arguments(
                mode=mode,
            ),
        )

    async def start_local_cpmove_restore(
        self,
        *,
        cpmovepath: str,
        dedicated_ip: StartLocalCpmoveRestoreDedicatedIp | Unset = UNSET,
        delete_archive: StartLocalCpmoveRestoreDeleteArchive | Unset = UNSET,
        mail_location: str | Unset = UNSET,
        overwrite: StartLocalCpmoveRestoreOverwrite | Unset = UNSET,
        restricted: int | Unset = UNSET,
        update_a_records: StartLocalCpmoveRestoreUpdateARecords | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> StartLocalCpmoveRestoreData:
        """Call ``start_local_cpmove_restore``. May change server state: never retried. Since WHM 88.

        Args:
            cpmovepath (str): Required.
            dedicated_ip (StartLocalCpmoveRestoreDedicatedIp): Optional. One of: 0, 1. Default: 0.
            delete_archive (StartLocalCpmoveRestoreDeleteArchive): Optional. One of: 0, 1. Default: 0.
            mail_location (str): Optional.
            overwrite (StartLocalCpmoveRestoreOverwrite): Optional. One of: 0, 1. Default: 0.
            restricted (int): Optional.
            update_a_records (StartLocalCpmoveRestoreUpdateARecords): Optional. One of: 'all', 'basic'.
                Default: 'all'.
            username (str): Optional.

        Returns:
            StartLocalCpmoveRestoreData: the reply's ``data``, with ``transfer_session_id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-or-restore/transfers-start_local_cpmove_restore.md
        """
        from .api.backups import start_local_cpmove_restore as operation

        return await self._run(
            operation,
            operation.build_arguments(
                cpmovepath=cpmovepath,
                dedicated_ip=dedicated_ip,
                delete_archive=delete_archive,
                mail_location=mail_location,
                overwrite=overwrite,
                restricted=restricted,
                update_a_records=update_a_records,
                username=username,
            ),
        )

    async def start_profile_activation(
        self,
        *,
        code: StartProfileActivationCode,
        optional: str | Unset = UNSET,
    ) -> StartProfileActivationData:
        """Call ``start_profile_activation``. May change server state: never retried. Since WHM 76.

        Args:
            code (StartProfileActivationCode): Required. One of: 'STANDARD', 'DATABASENODE', 'MAILNODE',
                'DNSNODE'.
            optional (str): Optional.

        Returns:
            StartProfileActivationData: the reply's ``data``, with ``log_id`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-profiles/cpanel-start_profile_activation.md
        """
        from .api.server_administration import start_profile_activation as operation

        return await self._run(
            operation,
            operation.build_arguments(
                code=code,
                optional=optional,
            ),
        )

    async def start_transfer_session(
        self,
        *,
        transfer_session_id: str,
    ) -> StartTransferSessionData:
        """Call ``start_transfer_session``. May change server state: never retried. Since WHM 11.44.

        Args:
            transfer_session_id (str): Required.

        Returns:
            StartTransferSessionData: the reply's ``data``, with ``pid`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-transfer/transfers-start_transfer_session.md
        """
        from .api.transfers import start_transfer_session as operation

        return await self._run(
            operation,
            operation.build_arguments(
                transfer_session_id=transfer_session_id,
            ),
        )

    async def suspend_outgoing_email(
        self,
        *,
        user: str,
    ) -> Any:
        """Call ``suspend_outgoing_email``. May change server state: never retried. Since WHM 56.

        Args:
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/accounts-suspend_outgoing_email.md
        """
        from .api.mail import suspend_outgoing_email as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def suspendacct(
        self,
        *,
        user: str,
        disallowun: SuspendacctDisallowun | Unset = UNSET,
        leave_ftp_accts_enabled: SuspendacctLeaveFtpAcctsEnabled | Unset = UNSET,
        reason: str | Unset = UNSET,
    ) -> Any:
        """Call ``suspendacct``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.
            disallowun (SuspendacctDisallowun): Optional. One of: 0, 1. Default: 0.
            leave_ftp_accts_enabled (SuspendacctLeaveFtpAcctsEnabled): Optional. WHM name:
                ``leave-ftp-accts-enabled``. One of: 0, 1. Default: 0.
            reason (str): Optional. Default: 'Unknown'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/suspensions/accounts-suspendacct.md
        """
        from .api.suspensions import suspendacct as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                disallowun=disallowun,
                leave_ftp_accts_enabled=leave_ftp_accts_enabled,
                reason=reason,
            ),
        )

    async def suspendreseller(
        self,
        *,
        user: str,
        disallow: SuspendresellerDisallow | Unset = UNSET,
        reason: str | Unset = UNSET,
        reseller_only: SuspendresellerResellerOnly | Unset = UNSET,
    ) -> Any:
        """Call ``suspendreseller``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.
            disallow (SuspendresellerDisallow): Optional. One of: 0, 1. Default: 0.
            reason (str): Optional.
            reseller_only (SuspendresellerResellerOnly): Optional. WHM name: ``reseller-only``. One of: 0,
                1. Default: 0.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/reseller-account-management/resellers-suspendreseller.md
        """
        from .api.resellers import suspendreseller as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                disallow=disallow,
                reason=reason,
                reseller_only=reseller_only,
            ),
        )

    async def system_needs_reboot(
        self,
    ) -> Any:
        """Call ``system_needs_reboot``. May change server state: never retried. Since WHM 64.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/system-information/applicationversions-system_needs_reboot.md
        """
        from .api.server_administration import system_needs_reboot as operation

        return await self._run(operation, operation.build_arguments())

    async def systemloadavg(
        self,
    ) -> SystemloadavgData:
        """Call ``systemloadavg``. Read-only. Since WHM 11.28.

        Returns:
            SystemloadavgData: the reply's ``data``, with ``fifteen`` (float), ``five`` (float), ``one``
                (float).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/system-information/cpanel-systemloadavg.md
        """
        from .api.server_administration import systemloadavg as operation

        return await self._run(operation, operation.build_arguments())

    async def terminate_cpuser_mailbox_sessions(
        self,
        *,
        username: str,
    ) -> Any:
        """Call ``terminate_cpuser_mailbox_sessions``. May change server state: never retried. Since WHM 90.

        Args:
            username (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/mailboxes-terminate_cpuser_mailbox_sessions.md
        """
        from .api.mail import terminate_cpuser_mailbox_sessions as operation

        return await self._run(
            operation,
            operation.build_arguments(
                username=username,
            ),
        )

    async def terminatereseller(
        self,
        *,
        terminatereseller: TerminateresellerTerminatereseller,
        user: str,
    ) -> TerminateresellerData:
        """Call ``terminatereseller``. May change server state: never retried. Since WHM 11.

        Args:
            terminatereseller (TerminateresellerTerminatereseller): Required. One of: 1, 0.
            user (str): Required.

        Returns:
            TerminateresellerData: the reply's ``data``, with
                ``acct`` (list[TerminateresellerDataAcctItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/reseller-account-management/resellers-terminatereseller.md
        """
        from .api.resellers import terminatereseller as operation

        return await self._run(
            operation,
            operation.build_arguments(
                terminatereseller=terminatereseller,
                user=user,
            ),
        )

    async def ticket_create_stub_ticket(
        self,
    ) -> TicketCreateStubTicketData:
        """Call ``ticket_create_stub_ticket``. May change server state: never retried. Since WHM 60.

        Returns:
            TicketCreateStubTicketData: the reply's ``data``, with ``secure_id`` (str), ``ticket_id`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ticket-management/ticketsupport-ticket_create_stub_ticket.md
        """
        from .api.support_tickets import ticket_create_stub_ticket as operation

        return await self._run(operation, operation.build_arguments())

    async def ticket_get_support_agreement(
        self,
    ) -> TicketGetSupportAgreementData:
        """Call ``ticket_get_support_agreement``. May change server state: never retried. Since WHM 60.

        Returns:
            TicketGetSupportAgreementData: the reply's ``data``, with ``title`` (str), ``accepted`` (int),
                ``accepted_date`` (int | None), ``accepted_date_human`` (None | str), ``body`` (str),
                ``create_date`` (int), ``create_date_human`` (str), ``download_url`` (str), ``version``
                (str), ``view_url`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ticket-management/ticketsupport-ticket_get_support_agreement.md
        """
        from .api.support_tickets import ticket_get_support_agreement as operation

        return await self._run(operation, operation.build_arguments())

    async def ticket_get_support_info(
        self,
    ) -> TicketGetSupportInfoData:
        """Call ``ticket_get_support_info``. Read-only. Since WHM 78.0.6.

        Returns:
            TicketGetSupportInfoData: the reply's ``data``, with ``arch`` (str), ``arch_supported`` (int),
                ``company_id`` (int), ``company_name`` (str), ``distro`` (str), ``distro_supported`` (int),
                ``gets_direct_support`` (int), ``has_company_info`` (int), ``has_compatibility_info`` (int),
                ``hostname`` (str), ``ip`` (str), ``logo_url`` (str), ``pub_support_contact`` (str),
                ``pub_tech_contact`` (str), ``tech_contact_email`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ticket-management/ticketsupport-ticket_get_support_info.md
        """
        from .api.support_tickets import ticket_get_support_info as operation

        return await self._run(operation, operation.build_arguments())

    async def ticket_grant(
        self,
        *,
        secure_id: str,
        server_num: int,
        ticket_id: int,
        ssh_username: str | Unset = UNSET,
    ) -> TicketGrantData:
        """Call ``ticket_grant``. May change server state: never retried. Since WHM 11.44.

        Args:
            secure_id (str): Required.
            server_num (int): Required.
            ticket_id (int): Required.
            ssh_username (str): Optional.

        Returns:
            TicketGrantData: the reply's ``data``, with ``auth_status`` (str), ``auth_time`` (int),
                ``chain_status`` (str), ``csf_wl_status`` (str), ``host_access_wl_status`` (str),
                ``hulk_wl_status`` (str), ``non_fatals`` (list[str]), ``server_name`` (str), ``server_num``
                (int), ``ssh_username`` (str), ``ticket_id`` (int), ``ticket_status`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/support-access/ticketsupport-ticket_grant.md
        """
        from .api.support_tickets import ticket_grant as operation

        return await self._run(
            operation,
            operation.build_arguments(
                secure_id=secure_id,
                server_num=server_num,
                ticket_id=ticket_id,
                ssh_username=ssh_username,
            ),
        )

    async def ticket_list(
        self,
        *,
        server_num: int,
        ticket_id: int,
        ssh_username: str | Unset = UNSET,
    ) -> TicketListData:
        """Call ``ticket_list``. Read-only. Since WHM 11.44.

        Args:
            server_num (int): Required.
            ticket_id (int): Required.
            ssh_username (str): Optional.

        Returns:
            TicketListData: the reply's ``data``, with ``auths`` (list[TicketListDataAuthsItem]),
                ``non_fatals`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ticket-management/ticketsupport-ticket_list.md
        """
        from .api.support_tickets import ticket_list as operation

        return await self._run(
            operation,
            operation.build_arguments(
                server_num=server_num,
                ticket_id=ticket_id,
                ssh_username=ssh_username,
            ),
        )

    async def ticket_remove_closed(
        self,
    ) -> TicketRemoveClosedData:
        """Call ``ticket_remove_closed``. May change server state: never retried. Since WHM 11.44.

        Returns:
            TicketRemoveClosedData: the reply's ``data``, with ``chain_status`` (str), ``csf_wl_status``
                (str), ``host_access_wl_status`` (str), ``hulk_wl_status`` (str), ``non_fatals``
                (list[str]), ``revoked_keys`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/support-access/ticketsupport-ticket_remove_closed.md
        """
        from .api.support_tickets import ticket_remove_closed as operation

        return await self._run(operation, operation.build_arguments())

    async def ticket_revoke(
        self,
        *,
        server_num: int,
        ssh_username: str,
        ticket_id: int,
    ) -> TicketRevokeData:
        """Call ``ticket_revoke``. May change server state: never retried. Since WHM 11.44.

        Args:
            server_num (int): Required.
            ssh_username (str): Required.
            ticket_id (int): Required.

        Returns:
            TicketRevokeData: the reply's ``data``, with ``chain_status`` (str), ``csf_wl_status`` (str),
                ``host_access_wl_status`` (str), ``hulk_wl_status`` (str), ``non_fatals`` (list[str]),
                ``revoked_keys`` (int), ``server_num`` (int), ``ssh_username`` (str), ``ticket_id`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/support-access/ticketsupport-ticket_revoke.md
        """
        from .api.support_tickets import ticket_revoke as operation

        return await self._run(
            operation,
            operation.build_arguments(
                server_num=server_num,
                ssh_username=ssh_username,
                ticket_id=ticket_id,
            ),
        )

    async def ticket_ssh_test(
        self,
        *,
        server_num: int,
        ticket_id: int,
    ) -> TicketSshTestData:
        """Call ``ticket_ssh_test``. May change server state: never retried. Since WHM 11.44.

        Args:
            server_num (int): Required.
            ticket_id (int): Required.

        Returns:
            TicketSshTestData: the reply's ``data``, with ``non_fatals`` (list[str]), ``result`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/support-access/ticketsupport-ticket_ssh_test.md
        """
        from .api.support_tickets import ticket_ssh_test as operation

        return await self._run(
            operation,
            operation.build_arguments(
                server_num=server_num,
                ticket_id=ticket_id,
            ),
        )

    async def ticket_ssh_test_start(
        self,
        *,
        server_num: int,
        ticket_id: int,
    ) -> Any:
        """Call ``ticket_ssh_test_start``. May change server state: never retried. Since WHM 60.

        Args:
            server_num (int): Required.
            ticket_id (int): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/support-access/ticketsupport-ticket_ssh_test_start.md
        """
        from .api.support_tickets import ticket_ssh_test_start as operation

        return await self._run(
            operation,
            operation.build_arguments(
                server_num=server_num,
                ticket_id=ticket_id,
            ),
        )

    async def ticket_update_service_agreement_approval(
        self,
        *,
        version: str,
    ) -> Any:
        """Call ``ticket_update_service_agreement_approval``. May change server state: never retried. Since WHM 60.

        Args:
            version (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ticket-management/ticketsupport-ticket_update_service_agreement_approval.md
        """
        from .api.support_tickets import ticket_update_service_agreement_approval as operation

        return await self._run(
            operation,
            operation.build_arguments(
                version=version,
            ),
        )

    async def ticket_validate_oauth2_code(
        self,
        *,
        code: str,
        redirect_uri: str,
    ) -> Any:
        """Call ``ticket_validate_oauth2_code``. May change server state: never retried. Since WHM 60.

        Args:
            code (str): Required.
            redirect_uri (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/ticket-management/ticketsupport-ticket_validate_oauth2_code.md
        """
        from .api.support_tickets import ticket_validate_oauth2_code as operation

        return await self._run(
            operation,
            operation.build_arguments(
                code=code,
                redirect_uri=redirect_uri,
            ),
        )

    async def ticket_whitelist_check(
        self,
    ) -> TicketWhitelistCheckData:
        """Call ``ticket_whitelist_check``. Read-only. Since WHM 11.44.

        Returns:
            TicketWhitelistCheckData: the reply's ``data``, with ``chain_status`` (str), ``problem`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/support-access/ticketsupport-ticket_whitelist_check.md
        """
        from .api.support_tickets import ticket_whitelist_check as operation

        return await self._run(operation, operation.build_arguments())

    async def ticket_whitelist_setup(
        self,
    ) -> TicketWhitelistSetupData:
        """Call ``ticket_whitelist_setup``. May change server state: never retried. Since WHM 11.44.

        Returns:
            TicketWhitelistSetupData: the reply's ``data``, with ``chain_status`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/support-access/ticketsupport-ticket_whitelist_setup.md
        """
        from .api.support_tickets import ticket_whitelist_setup as operation

        return await self._run(operation, operation.build_arguments())

    async def ticket_whitelist_unsetup(
        self,
    ) -> TicketWhitelistUnsetupData:
        """Call ``ticket_whitelist_unsetup``. May change server state: never retried. Since WHM 11.44.

        Returns:
            TicketWhitelistUnsetupData: the reply's ``data``, with ``chain_status`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/support-access/ticketsupport-ticket_whitelist_unsetup.md
        """
        from .api.support_tickets import ticket_whitelist_unsetup as operation

        return await self._run(operation, operation.build_arguments())

    async def toggle_user_backup_state(
        self,
        *,
        user: str,
        legacy: ToggleUserBackupStateLegacy | Unset = UNSET,
    ) -> ToggleUserBackupStateData:
        """Call ``toggle_user_backup_state``. May change server state: never retried. Since WHM 11.38.

        Args:
            user (str): Required.
            legacy (ToggleUserBackupStateLegacy): Optional. One of: 0, 1. Default: 0.

        Returns:
            ToggleUserBackupStateData: the reply's ``data``, with ``toggle_status`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/backup-settings/backup-toggle_user_backup_state.md
        """
        from .api.backups import toggle_user_backup_state as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                legacy=legacy,
            ),
        )

    async def transfer_module_schema(
        self,
        *,
        module: TransferModuleSchemaModule,
    ) -> TransferModuleSchemaData:
        """Call ``transfer_module_schema``. May change server state: never retried. Since WHM 11.44.

        Args:
            module (TransferModuleSchemaModule): Required. One of: 'AccountLocal', 'AccountRemoteRoot',
                'AccountRemoteUser', 'FeaturesListRemoteRoot', 'LegacyAccountBackup', 'PackageRemoteRoot'.

        Returns:
            TransferModuleSchemaData: the reply's ``data``, with
                ``schema`` (TransferModuleSchemaDataSchema).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/transfer-configuration/transfers-transfer_module_schema.md
        """
        from .api.transfers import transfer_module_schema as operation

        return await self._run(
            operation,
            operation.build_arguments(
                module=module,
            ),
        )

    async def twofactorauth_disable_policy(
        self,
    ) -> Any:
        """Call ``twofactorauth_disable_policy``. May change server state: never retried. Since WHM 54.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/two-factor-authentication/twofactorauth-twofactorauth_disable_policy.md
        """
        from .api.authentication import twofactorauth_disable_policy as operation

        return await self._run(operation, operation.build_arguments())

    async def twofactorauth_enable_policy(
        self,
    ) -> Any:
        """Call ``twofactorauth_enable_policy``. May change server state: never retried. Since WHM 54.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/two-factor-authentication/twofactorauth-twofactorauth_enable_policy.md
        """
        from .api.authentication import twofactorauth_enable_policy as operation

        return await self._run(operation, operation.build_arguments())

    async def twofactorauth_generate_tfa_config(
        self,
    ) -> TwofactorauthGenerateTfaConfigData:
        """Call ``twofactorauth_generate_tfa_config``. May change server state: never retried. Since WHM 54.

        Returns:
            TwofactorauthGenerateTfaConfigData: the reply's ``data``, with ``otpauth_str`` (str), ``secret``
                (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/two-factor-authentication/twofactorauth-twofactorauth_generate_tfa_config.md
        """
        from .api.authentication import twofactorauth_generate_tfa_config as operation

        return await self._run(operation, operation.build_arguments())

    async def twofactorauth_get_issuer(
        self,
    ) -> TwofactorauthGetIssuerData:
        """Call ``twofactorauth_get_issuer``. May change server state: never retried. Since WHM 54.

        Returns:
            TwofactorauthGetIssuerData: the reply's ``data``, with ``issuer`` (str), ``system_wide_issuer``
                (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/two-factor-authentication/twofactorauth-twofactorauth_get_issuer.md
        """
        from .api.authentication import twofactorauth_get_issuer as operation

        return await self._run(operation, operation.build_arguments())

    async def twofactorauth_get_tfa_config_for_user(
        self,
        *,
        user: str,
    ) -> TwofactorauthGetTfaConfigForUserData:
        """Call ``twofactorauth_get_tfa_config_for_user``. May change server state: never retried. Since WHM 118.

        Args:
            user (str): Required.

        Returns:
            TwofactorauthGetTfaConfigForUserData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/two-factor-authentication/twofactorauth-twofactorauth_get_tfa_config_for_user.md
        """
        from .api.authentication import twofactorauth_get_tfa_config_for_user as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def twofactorauth_get_user_configs(
        self,
        *,
        user: str | Unset = UNSET,
    ) -> TwofactorauthGetUserConfigsData:
        """Call ``twofactorauth_get_user_configs``. May change server state: never retried. Since WHM 54.

        Args:
            user (str): Optional.

        Returns:
            TwofactorauthGetUserConfigsData: the reply's ``data``.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/two-factor-authentication/twofactorauth-twofactorauth_get_user_configs.md
        """
        from .api.authentication import twofactorauth_get_user_configs as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def twofactorauth_policy_status(
        self,
    ) -> TwofactorauthPolicyStatusData:
        """Call ``twofactorauth_policy_status``. Read-only. Since WHM 54.

        Returns:
            TwofactorauthPolicyStatusData: the reply's ``data``, with ``is_enabled`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/two-factor-authentication/twofactorauth-twofactorauth_policy_status.md
        """
        from .api.authentication import twofactorauth_policy_status as operation

        return await self._run(operation, operation.build_arguments())

    async def twofactorauth_remove_user_config(
        self,
        *,
        user: str,
    ) -> TwofactorauthRemoveUserConfigData:
        """Call ``twofactorauth_remove_user_config``. May change server state: never retried. Since WHM 54.

        Args:
            user (str): Required.

        Returns:
            TwofactorauthRemoveUserConfigData: the reply's ``data``, with
                ``failed`` (TwofactorauthRemoveUserConfigDataFailed), ``users_modified`` (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/two-factor-authentication/twofactorauth-twofactorauth_remove_user_config.md
        """
        from .api.authentication import twofactorauth_remove_user_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def twofactorauth_set_issuer(
        self,
        *,
        issuer: str,
    ) -> Any:
        """Call ``twofactorauth_set_issuer``. May change server state: never retried. Since WHM 54.

        Args:
            issuer (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/two-factor-authentication/twofactorauth-twofactorauth_set_issuer.md
        """
        from .api.authentication import twofactorauth_set_issuer as operation

        return await self._run(
            operation,
            operation.build_arguments(
                issuer=issuer,
            ),
        )

    async def twofactorauth_set_tfa_config(
        self,
        *,
        secret: str,
        tfa_token: str,
    ) -> TwofactorauthSetTfaConfigData:
        """Call ``twofactorauth_set_tfa_config``. May change server state: never retried. Since WHM 54.

        Args:
            secret (str): Required.
            tfa_token (str): Required.

        Returns:
            TwofactorauthSetTfaConfigData: the reply's ``data``, with ``success`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/two-factor-authentication/twofactorauth-twofactorauth_set_tfa_config.md
        """
        from .api.authentication import twofactorauth_set_tfa_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                secret=secret,
                tfa_token=tfa_token,
            ),
        )

    async def twofactorauth_set_tfa_config_for_user(
        self,
    ) -> Any:
        """Call ``twofactorauth_set_tfa_config_for_user``. May change server state: never retried. Since WHM 118.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/two-factor-authentication/twofactorauth-twofactorauth_set_tfa_config_for_user.md
        """
        from .api.authentication import twofactorauth_set_tfa_config_for_user as operation

        return await self._run(operation, operation.build_arguments())

    async def uapi_cpanel(
        self,
        *,
        cpanel_function: str,
        cpanel_module: str,
        cpanel_user: str,
    ) -> UapiCpanelData:
        """Call ``uapi_cpanel``. May change server state: never retried. Since WHM 86.

        Args:
            cpanel_function (str): Required. WHM name: ``cpanel.function``.
            cpanel_module (str): Required. WHM name: ``cpanel.module``.
            cpanel_user (str): Required. WHM name: ``cpanel.user``.

        Returns:
            UapiCpanelData: the reply's ``data``, with ``uapi`` (UapiCpanelDataUapi).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-execution/cpanel-uapi_cpanel.md
        """
        from .api.api_execution import uapi_cpanel as operation

        return await self._run(
            operation,
            operation.build_arguments(
                cpanel_function=cpanel_function,
                cpanel_module=cpanel_module,
                cpanel_user=cpanel_user,
            ),
        )

    async def unassign_account_enhancement(
        self,
        *,
        account: str,
        name: str,
    ) -> Any:
        """Call ``unassign_account_enhancement``. May change server state: never retried. Since WHM 11.98.

        Args:
            account (str): Required.
            name (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-enhancements/accountenhancements-unassign_account_enhancement.md
        """
        from .api.account_enhancements import unassign_account_enhancement as operation

        return await self._run(
            operation,
            operation.build_arguments(
                account=account,
                name=name,
            ),
        )

    async def unblock_incoming_email_from_country(
        self,
        *,
        country_code: str | Unset = UNSET,
    ) -> UnblockIncomingEmailFromCountryData:
        """Call ``unblock_incoming_email_from_country``. May change server state: never retried. Since WHM 84.

        Args:
            country_code (str): Optional.

        Returns:
            UnblockIncomingEmailFromCountryData: the reply's ``data``, with ``updated`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/spam-management/exim-unblock_incoming_email_from_country.md
        """
        from .api.mail import unblock_incoming_email_from_country as operation

        return await self._run(
            operation,
            operation.build_arguments(
                country_code=country_code,
            ),
        )

    async def unblock_incoming_email_from_domain(
        self,
        *,
        domain: str,
    ) -> UnblockIncomingEmailFromDomainData:
        """Call ``unblock_incoming_email_from_domain``. May change server state: never retried. Since WHM 84.

        Args:
            domain (str): Required.

        Returns:
            UnblockIncomingEmailFromDomainData: the reply's ``data``, with ``updated`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/spam-management/exim-unblock_incoming_email_from_domain.md
        """
        from .api.mail import unblock_incoming_email_from_domain as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def uninstall_rpm_plugin(
        self,
        *,
        name: str,
    ) -> UninstallRpmPluginData:
        """Call ``uninstall_rpm_plugin``. May change server state: never retried. Since WHM 64.

        Args:
            name (str): Required.

        Returns:
            UninstallRpmPluginData: the reply's ``data``, with ``log_entry`` (str), ``pid`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/install-or-uninstall-package/plugins-uninstall_rpm_plugin.md
        """
        from .api.rpm import uninstall_rpm_plugin as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def unlink_server_node(
        self,
        *,
        alias: str,
        handle_api_token: UnlinkServerNodeHandleApiToken | Unset = UNSET,
    ) -> UnlinkServerNodeData:
        """Call ``unlink_server_node``. May change server state: never retried. Since WHM 86.

        Args:
            alias (str): Required.
            handle_api_token (UnlinkServerNodeHandleApiToken): Optional. One of: 'leave', 'expire_24h'.
                Default: 'leave'.

        Returns:
            UnlinkServerNodeData: the reply's ``data``, with ``alias`` (str), ``enabled_services``
                (list[str]), ``hostname`` (str), ``last_check`` (int), ``system_settings`` (Any),
                ``tls_verified`` (int), ``username`` (str), ``version`` (str), ``worker_capabilities``
                (UnlinkServerNodeDataWorkerCapabilities).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-nodes/cpanel-unlink_server_node.md
        """
        from .api.server_administration import unlink_server_node as operation

        return await self._run(
            operation,
            operation.build_arguments(
                alias=alias,
                handle_api_token=handle_api_token,
            ),
        )

    async def unlink_user_authn_provider(
        self,
        *,
        provider_id: str,
        subject_unique_identifier: str,
        username: str,
    ) -> Any:
        """Call ``unlink_user_authn_provider``. May change server state: never retried. Since WHM 54.

        Args:
            provider_id (str): Required.
            subject_unique_identifier (str): Required.
            username (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/authentication-providers/accounts-unlink_user_authn_provider.md
        """
        from .api.authentication import unlink_user_authn_provider as operation

        return await self._run(
            operation,
            operation.build_arguments(
                provider_id=provider_id,
                subject_unique_identifier=subject_unique_identifier,
                username=username,
            ),
        )

    async def unset_all_service_proxy_backends(
        self,
        *,
        username: str,
    ) -> Any:
        """Call ``unset_all_service_proxy_backends``. May change server state: never retried. Since WHM 90.

        Args:
            username (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/services/accounts-unset_all_service_proxy_backends.md
        """
        from .api.services import unset_all_service_proxy_backends as operation

        return await self._run(
            operation,
            operation.build_arguments(
                username=username,
            ),
        )

    async def unset_manual_mx_redirects(
        self,
        *,
        domain: str,
    ) -> UnsetManualMxRedirectsData:
        """Call ``unset_manual_mx_redirects``. May change server state: never retried. Since WHM 90.

        Args:
            domain (str): Required.

        Returns:
            UnsetManualMxRedirectsData: the reply's ``data``, with
                ``payload`` (UnsetManualMxRedirectsDataPayload).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/exim-unset_manual_mx_redirects.md
        """
        from .api.mail import unset_manual_mx_redirects as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def unset_nsec3_for_domains(
        self,
        *,
        domain: str,
    ) -> UnsetNsec3ForDomainsData:
        """Call ``unset_nsec3_for_domains``. May change server state: never retried. Since WHM 86.

        Args:
            domain (str): Required.

        Returns:
            UnsetNsec3ForDomainsData: the reply's ``data``, with
                ``domains`` (list[UnsetNsec3ForDomainsDataDomainsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/dns-unset_nsec3_for_domains.md
        """
        from .api.dns import unset_nsec3_for_domains as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def unsetupreseller(
        self,
        *,
        user: str,
    ) -> Any:
        """Call ``unsetupreseller``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/reseller-account-management/resellers-unsetupreseller.md
        """
        from .api.resellers import unsetupreseller as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def unsuspend_outgoing_email(
        self,
        *,
        user: str,
    ) -> Any:
        """Call ``unsuspend_outgoing_email``. May change server state: never retried. Since WHM 56.

        Args:
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/accounts-unsuspend_outgoing_email.md
        """
        from .api.mail import unsuspend_outgoing_email as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def unsuspendacct(
        self,
        *,
        user: str,
        retain_service_proxies: UnsuspendacctRetainServiceProxies | Unset = UNSET,
    ) -> Any:
        """Call ``unsuspendacct``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.
            retain_service_proxies (UnsuspendacctRetainServiceProxies): Optional. WHM name:
                ``retain-service-proxies``. One of: 0, 1. Default: 0.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/suspensions/accounts-unsuspendacct.md
        """
        from .api.suspensions import unsuspendacct as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                retain_service_proxies=retain_service_proxies,
            ),
        )

    async def unsuspendreseller(
        self,
        *,
        user: str,
        reseller_only: UnsuspendresellerResellerOnly | Unset = UNSET,
    ) -> Any:
        """Call ``unsuspendreseller``. May change server state: never retried. Since WHM 11.

        Args:
            user (str): Required.
            reseller_only (UnsuspendresellerResellerOnly): Optional. WHM name: ``reseller-only``. One of: 0,
                1. Default: 0.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/reseller-account-management/resellers-unsuspendreseller.md
        """
        from .api.resellers import unsuspendreseller as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
                reseller_only=reseller_only,
            ),
        )

    async def untrack_acct_id(
        self,
        *,
        check_exists: UntrackAcctIdCheckExists | Unset = UNSET,
        check_quota: UntrackAcctIdCheckQuota | Unset = UNSET,
        gid: int | Unset = UNSET,
        protect_system: UntrackAcctIdProtectSystem | Unset = UNSET,
        uid: int | Unset = UNSET,
    ) -> Any:
        """Call ``untrack_acct_id``. May change server state: never retried. Since WHM 58.

        Args:
            check_exists (UntrackAcctIdCheckExists): Optional. One of: 0, 1. Default: 1.
            check_quota (UntrackAcctIdCheckQuota): Optional. One of: 0, 1. Default: 1.
            gid (int): Optional.
            protect_system (UntrackAcctIdProtectSystem): Optional. One of: 0, 1. Default: 1.
            uid (int): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-untrack_acct_id.md
        """
        from .api.accounts import untrack_acct_id as operation

        return await self._run(
            operation,
            operation.build_arguments(
                check_exists=check_exists,
                check_quota=check_quota,
                gid=gid,
                protect_system=protect_system,
                uid=uid,
            ),
        )

    async def update_configclusterserver(
        self,
        *,
        name: str,
        key: str | Unset = UNSET,
        user: str | Unset = UNSET,
    ) -> Any:
        """Call ``update_configclusterserver``. May change server state: never retried. Since WHM 11.44.

        Args:
            name (str): Required.
            key (str): Optional.
            user (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/configuration-clusters/clusterserver-update_configclusterserver.md
        """
        from .api.server_administration import update_configclusterserver as operation

        return await self._run(
            operation,
            operation.build_arguments(
                name=name,
                key=key,
                user=user,
            ),
        )

    async def update_contact_email(
        self,
        *,
        contact_email: str,
    ) -> Any:
        """Call ``update_contact_email``. May change server state: never retried. Since WHM 76.

        Args:
            contact_email (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/notifications/wwwacct-update_contact_email.md
        """
        from .api.server_administration import update_contact_email as operation

        return await self._run(
            operation,
            operation.build_arguments(
                contact_email=contact_email,
            ),
        )

    async def update_customizations(
        self,
        *,
        application: UpdateCustomizationsBodyApplication,
        data: str,
        theme: UpdateCustomizationsBodyTheme,
    ) -> Any:
        """Call ``update_customizations``. May change server state: never retried. Since WHM 100.

        Args:
            application (UpdateCustomizationsBodyApplication): Required. One of: 'cpanel', 'webmail'.
            data (str): Required.
            theme (UpdateCustomizationsBodyTheme): Required. One of: 'jupiter'.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/customizations/customizations-update_customizations.md
        """
        from .api.customizations import update_customizations as operation

        return await self._run(
            operation,
            operation.build_arguments(
                application=application,
                data=data,
                theme=theme,
            ),
        )

    async def update_featurelist(
        self,
        *,
        featurelist: str,
        feature_name: UpdateFeaturelistFeatureName | Unset = UNSET,
    ) -> UpdateFeaturelistData:
        """Call ``update_featurelist``. May change server state: never retried. Since WHM 11.

        Args:
            featurelist (str): Required.
            feature_name (UpdateFeaturelistFeatureName): Optional. WHM name: ``feature name``. One of: 0, 1.

        Returns:
            UpdateFeaturelistData: the reply's ``data``, with ``featurelist`` (str), ``invalid_features``
                (list[UpdateFeaturelistDataInvalidFeaturesItem]), ``updated_features``
                (UpdateFeaturelistDataUpdatedFeatures).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/featurelists-update_featurelist.md
        """
        from .api.packages import update_featurelist as operation

        return await self._run(
            operation,
            operation.build_arguments(
                featurelist=featurelist,
                feature_name=feature_name,
            ),
        )

    async def update_integration_link_token(
        self,
        *,
        app: str,
        token: str,
        user: str,
    ) -> Any:
        """Call ``update_integration_link_token``. May change server state: never retried. Since WHM 54.

        Args:
            app (str): Required.
            token (str): Required.
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/links/integration-update_integration_link_token.md
        """
        from .api.integration import update_integration_link_token as operation

        return await self._run(
            operation,
            operation.build_arguments(
                app=app,
                token=token,
                user=user,
            ),
        )

    async def update_linked_server_node(
        self,
        *,
        alias: str,
        api_token: str | Unset = UNSET,
        hostname: str | Unset = UNSET,
        skip_tls_verification: UpdateLinkedServerNodeSkipTlsVerification | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Any:
        """Call ``update_linked_server_node``. May change server state: never retried. Since WHM 86.

        Args:
            alias (str): Required.
            api_token (str): Optional.
            hostname (str): Optional.
            skip_tls_verification (UpdateLinkedServerNodeSkipTlsVerification): Optional. One of: 0, 1.
                Default: 1.
            username (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/server-nodes/cpanel-update_linked_server_node.md
        """
        from .api.server_administration import update_linked_server_node as operation

        return await self._run(
            operation,
            operation.build_arguments(
                alias=alias,
                api_token=api_token,
                hostname=hostname,
                skip_tls_verification=skip_tls_verification,
                username=username,
            ),
        )

    async def update_nameservers_config(
        self,
        *,
        nameserver: str | Unset = UNSET,
        nameserver2: str | Unset = UNSET,
        nameserver3: str | Unset = UNSET,
        nameserver4: str | Unset = UNSET,
    ) -> Any:
        """Call ``update_nameservers_config``. May change server state: never retried. Since WHM 76.

        Args:
            nameserver (str): Optional.
            nameserver2 (str): Optional.
            nameserver3 (str): Optional.
            nameserver4 (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/resolvers/wwwacct-update_nameservers_config.md
        """
        from .api.dns import update_nameservers_config as operation

        return await self._run(
            operation,
            operation.build_arguments(
                nameserver=nameserver,
                nameserver2=nameserver2,
                nameserver3=nameserver3,
                nameserver4=nameserver4,
            ),
        )

    async def update_reverse_dns_cache(
        self,
    ) -> Any:
        """Call ``update_reverse_dns_cache``. May change server state: never retried. Since WHM 86.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-update_reverse_dns_cache.md
        """
        from .api.dns import update_reverse_dns_cache as operation

        return await self._run(operation, operation.build_arguments())

    async def update_sql_config(
        self,
    ) -> Any:
        """Call ``update_sql_config``. May change server state: never retried. Since WHM 11.100.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/manage-mysql-server/mysql-update_sql_config.md
        """
        from .api.databases import update_sql_config as operation

        return await self._run(operation, operation.build_arguments())

    async def update_updateconf(
        self,
        *,
        cpanel: str | Unset = UNSET,
        rpmup: str | Unset = UNSET,
        sarulesup: str | Unset = UNSET,
        security_updates: str | Unset = UNSET,
        staging_dir: str | Unset = UNSET,
        updates: str | Unset = UNSET,
    ) -> Any:
        """Call ``update_updateconf``. May change server state: never retried. Since WHM 11.38.

        Args:
            cpanel (str): Optional. WHM name: ``CPANEL``.
            rpmup (str): Optional. WHM name: ``RPMUP``.
            sarulesup (str): Optional. WHM name: ``SARULESUP``.
            security_updates (str): Optional. WHM name: ``SECURITY_UPDATES``.
            staging_dir (str): Optional. WHM name: ``STAGING_DIR``.
            updates (str): Optional. WHM name: ``UPDATES``.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/updates/cpupdate-update_updateconf.md
        """
        from .api.updates import update_updateconf as operation

        return await self._run(
            operation,
            operation.build_arguments(
                cpanel=cpanel,
                rpmup=rpmup,
                sarulesup=sarulesup,
                security_updates=security_updates,
                staging_dir=staging_dir,
                updates=updates,
            ),
        )

    async def updateuserdomains(
        self,
    ) -> Any:
        """Call ``updateuserdomains``. May change server state: never retried. Since WHM 86.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/userdomains-updateuserdomains.md
        """
        from .api.dns import updateuserdomains as operation

        return await self._run(operation, operation.build_arguments())

    async def validate_current_dkims(
        self,
        *,
        domain: str,
    ) -> ValidateCurrentDkimsData:
        """Call ``validate_current_dkims``. Read-only. Since WHM 78.

        Args:
            domain (str): Required.

        Returns:
            ValidateCurrentDkimsData: the reply's ``data``, with
                ``payload`` (list[ValidateCurrentDkimsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-validate_current_dkims.md
        """
        from .api.mail import validate_current_dkims as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def validate_current_dmarcs(
        self,
        *,
        domain: str | Unset = UNSET,
    ) -> ValidateCurrentDmarcsData:
        """Call ``validate_current_dmarcs``. Read-only. Since WHM 124.

        Args:
            domain (str): Optional.

        Returns:
            ValidateCurrentDmarcsData: the reply's ``data``, with
                ``payload`` (list[ValidateCurrentDmarcsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-validate_current_dmarcs.md
        """
        from .api.mail import validate_current_dmarcs as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def validate_current_installed_exim_config(
        self,
    ) -> ValidateCurrentInstalledEximConfigData:
        """Call ``validate_current_installed_exim_config``. Read-only. Since WHM 11.

        Returns:
            ValidateCurrentInstalledEximConfigData: the reply's ``data``, with ``message`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/exim-validate_current_installed_exim_config.md
        """
        from .api.mail import validate_current_installed_exim_config as operation

        return await self._run(operation, operation.build_arguments())

    async def validate_current_ptrs(
        self,
        *,
        domain: str,
    ) -> ValidateCurrentPtrsData:
        """Call ``validate_current_ptrs``. Read-only. Since WHM 78.

        Args:
            domain (str): Required.

        Returns:
            ValidateCurrentPtrsData: the reply's ``data``, with
                ``payload`` (list[ValidateCurrentPtrsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-validate_current_ptrs.md
        """
        from .api.mail import validate_current_ptrs as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def validate_current_spfs(
        self,
        *,
        domain: str,
    ) -> ValidateCurrentSpfsData:
        """Call ``validate_current_spfs``. Read-only. Since WHM 78.

        Args:
            domain (str): Required.

        Returns:
            ValidateCurrentSpfsData: the reply's ``data``, with
                ``payload`` (list[ValidateCurrentSpfsDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-dns-settings/emailauth-validate_current_spfs.md
        """
        from .api.mail import validate_current_spfs as operation

        return await self._run(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def validate_exim_configuration_syntax(
        self,
        *,
        cfg_text: str | Unset = UNSET,
        section: str | Unset = UNSET,
    ) -> Any:
        """Call ``validate_exim_configuration_syntax``. Read-only. Since WHM 11.

        Args:
            cfg_text (str): Optional.
            section (str): Optional.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/mail-server-settings/exim-validate_exim_configuration_syntax.md
        """
        from .api.mail import validate_exim_configuration_syntax as operation

        return await self._run(
            operation,
            operation.build_arguments(
                cfg_text=cfg_text,
                section=section,
            ),
        )

    async def validate_login_token(
        self,
        *,
        login_token: str,
        provider: str,
        url_after_login: str,
    ) -> ValidateLoginTokenData:
        """Call ``validate_login_token``. May change server state: never retried. Since WHM 62.

        Args:
            login_token (str): Required.
            provider (str): Required.
            url_after_login (str): Required.

        Returns:
            ValidateLoginTokenData: the reply's ``data``, with
                ``payload`` (list[ValidateLoginTokenDataPayloadItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/market-integration/market-validate_login_token.md
        """
        from .api.authentication import validate_login_token as operation

        return await self._run(
            operation,
            operation.build_arguments(
                login_token=login_token,
                provider=provider,
                url_after_login=url_after_login,
            ),
        )

    async def validate_system_user(
        self,
        *,
        user: str,
    ) -> ValidateSystemUserData:
        """Call ``validate_system_user``. Read-only. Since WHM 11.44.

        Args:
            user (str): Required.

        Returns:
            ValidateSystemUserData: the reply's ``data``, with ``exists`` (int), ``reserved`` (int),
                ``valid_for_new`` (int), ``valid_for_transfer`` (int).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/transfer-configuration/sys-validate_system_user.md
        """
        from .api.transfers import validate_system_user as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def verify_new_username(
        self,
        *,
        user: str,
    ) -> Any:
        """Call ``verify_new_username``. May change server state: never retried. Since WHM 58.

        Args:
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/account-creation/nameconflict-verify_new_username.md
        """
        from .api.account_creation import verify_new_username as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def verify_new_username_for_restore(
        self,
        *,
        user: str,
    ) -> Any:
        """Call ``verify_new_username_for_restore``. May change server state: never retried. Since WHM 58.

        Args:
            user (str): Required.

        Returns:
            Any: the reply's ``data`` as plain JSON; the spec doesn't describe it.

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/restore-account/nameconflict-verify_new_username_for_restore.md
        """
        from .api.account_restoration import verify_new_username_for_restore as operation

        return await self._run(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def verify_posturl_access(
        self,
    ) -> VerifyPosturlAccessData:
        """Call ``verify_posturl_access``. Read-only. Since WHM 11.52.

        Returns:
            VerifyPosturlAccessData: the reply's ``data``, with
                ``results`` (list[VerifyPosturlAccessDataResultsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/notifications/icontact-verify_posturl_access.md
        """
        from .api.server_administration import verify_posturl_access as operation

        return await self._run(operation, operation.build_arguments())

    async def verify_pushbullet_access(
        self,
    ) -> VerifyPushbulletAccessData:
        """Call ``verify_pushbullet_access``. Read-only. Since WHM 11.52.

        Returns:
            VerifyPushbulletAccessData: the reply's ``data``, with
                ``results`` (list[VerifyPushbulletAccessDataResultsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/notifications/icontact-verify_pushbullet_access.md
        """
        from .api.server_administration import verify_pushbullet_access as operation

        return await self._run(operation, operation.build_arguments())

    async def verify_slack_access(
        self,
    ) -> VerifySlackAccessData:
        """Call ``verify_slack_access``. Read-only. Since WHM 90.

        Returns:
            VerifySlackAccessData: the reply's ``data``, with
                ``results`` (list[VerifySlackAccessDataResultsItem]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/notifications/icontact-verify_slack_access.md
        """
        from .api.server_administration import verify_slack_access as operation

        return await self._run(operation, operation.build_arguments())

    async def verify_user_has_feature(
        self,
        *,
        feature: str,
        user: str,
    ) -> VerifyUserHasFeatureData:
        """Call ``verify_user_has_feature``. Read-only. Since WHM 56.

        Args:
            feature (str): Required.
            user (str): Required.

        Returns:
            VerifyUserHasFeatureData: the reply's ``data``, with ``has_feature`` (int), ``query_feature``
                (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/feature-access/accounts-verify_user_has_feature.md
        """
        from .api.packages import verify_user_has_feature as operation

        return await self._run(
            operation,
            operation.build_arguments(
                feature=feature,
                user=user,
            ),
        )

    async def version(
        self,
    ) -> VersionData:
        """Call ``version``. Read-only. Since WHM 11.38.

        Returns:
            VersionData: the reply's ``data``, with ``version`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/updates/cpanel-version.md
        """
        from .api.updates import version as operation

        return await self._run(operation, operation.build_arguments())

    async def wp_dashboard_create_api_token(
        self,
        *,
        acl: str,
        token_name: str,
        expires_at: int | Unset = UNSET,
        whitelist_ip: str | Unset = UNSET,
    ) -> WpDashboardCreateApiTokenData:
        """Call ``wp_dashboard_create_api_token``. May change server state: never retried. Since WHM 64.

        Args:
            acl (str): Required.
            token_name (str): Required.
            expires_at (int): Optional. Default: 0.
            whitelist_ip (str): Optional.

        Returns:
            WpDashboardCreateApiTokenData: the reply's ``data``, with ``name`` (str), ``acls`` (list[str]),
                ``create_time`` (int), ``expires_at`` (int | None), ``token`` (str), ``whitelist_ips``
                (list[str]).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/api-token-management/wpdashboard-wp_dashboard_create_api_token.md
        """
        from .api.authentication import wp_dashboard_create_api_token as operation

        return await self._run(
            operation,
            operation.build_arguments(
                acl=acl,
                token_name=token_name,
                expires_at=expires_at,
                whitelist_ip=whitelist_ip,
            ),
        )

    async def wp_dashboard_create_login_link(
        self,
        *,
        service: WpDashboardCreateLoginLinkService | Unset = UNSET,
        user: str | Unset = UNSET,
    ) -> WpDashboardCreateLoginLinkData:
        """Call ``wp_dashboard_create_login_link``. May change server state: never retried. Since WHM 11.40.

        Args:
            service (WpDashboardCreateLoginLinkService): Optional. One of: 'cpaneld', 'whostmgrd',
                'webmaild'.
            user (str): Optional.

        Returns:
            WpDashboardCreateLoginLinkData: the reply's ``data``, with ``cp_security_token`` (str),
                ``expires`` (int), ``service`` (str), ``session`` (str), ``url`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/session/wpdashboard-wp_dashboard_create_login_link.md
        """
        from .api.server_administration import wp_dashboard_create_login_link as operation

        return await self._run(
            operation,
            operation.build_arguments(
                service=service,
                user=user,
            ),
        )

    async def wp_dashboard_get_hostname(
        self,
    ) -> WpDashboardGetHostnameData:
        """Call ``wp_dashboard_get_hostname``. May change server state: never retried. Since WHM 11.

        Returns:
            WpDashboardGetHostnameData: the reply's ``data``, with ``hostname`` (str).

        Docs: https://api.docs.cpanel.net/specifications/whm.openapi/system-information/wpdashboard-wp_dashboard_get_hostname.md
        """
        from .api.server_administration import wp_dashboard_get_hostname as operation

        return await self._run(operation, operation.build_arguments())
