# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Every WHM API 1 function again, returning the whole reply: ``whm.with_raw_response``.

Loaded when ``with_raw_response`` is first used, so ``import whm_api_client``
doesn't pay for it. Each method takes the arguments of the typed method of the
same name and returns a ``WhmResponse`` whose ``.data`` is that method's result.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

from .types import UNSET, Unset

if TYPE_CHECKING:
    from ..response import WhmResponse
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


__all__ = ["WhmRawFunctions"]


class WhmRawFunctions:
    """One async method per WHM API 1 function, each returning a ``WhmResponse``."""

    __slots__ = ()

    async def _run_raw(self, operation: ModuleType, arguments: dict[str, Any]) -> WhmResponse[Any]:
        """Send one function call and return the whole reply."""
        raise NotImplementedError

    async def abort_transfer_session(
        self,
        *,
        transfer_session_id: str,
    ) -> WhmResponse[Any]:
        """``abort_transfer_session`` with the whole reply; arguments and ``.data`` as ``WhmClient.abort_transfer_session``."""
        from .api.transfers import abort_transfer_session as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                transfer_session_id=transfer_session_id,
            ),
        )

    async def accept_eula(
        self,
    ) -> WhmResponse[Any]:
        """``accept_eula`` with the whole reply; arguments and ``.data`` as ``WhmClient.accept_eula``."""
        from .api.updates import accept_eula as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def accesshash(
        self,
        *,
        generate: AccesshashGenerate,
        user: str,
    ) -> WhmResponse[AccesshashData]:
        """``accesshash`` with the whole reply; arguments and ``.data`` as ``WhmClient.accesshash``."""
        from .api.ssh_keys_and_connections import accesshash as operation

        return await self._run_raw(
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
    ) -> WhmResponse[AccountsummaryData]:
        """``accountsummary`` with the whole reply; arguments and ``.data`` as ``WhmClient.accountsummary``."""
        from .api.accounts import accountsummary as operation

        return await self._run_raw(
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
    ) -> WhmResponse[AcctcountsData]:
        """``acctcounts`` with the whole reply; arguments and ``.data`` as ``WhmClient.acctcounts``."""
        from .api.resellers import acctcounts as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``activate_zone_key`` with the whole reply; arguments and ``.data`` as ``WhmClient.activate_zone_key``."""
        from .api.dns import activate_zone_key as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``add_autossl_user_excluded_domains`` with the whole reply; arguments and ``.data`` as ``WhmClient.add_autossl_user_excluded_domains``."""
        from .api.ssl import add_autossl_user_excluded_domains as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``add_configclusterserver`` with the whole reply; arguments and ``.data`` as ``WhmClient.add_configclusterserver``."""
        from .api.server_administration import add_configclusterserver as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``add_override_features_for_user`` with the whole reply; arguments and ``.data`` as ``WhmClient.add_override_features_for_user``."""
        from .api.packages import add_override_features_for_user as operation

        return await self._run_raw(
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
    ) -> WhmResponse[AddZoneKeyData]:
        """``add_zone_key`` with the whole reply; arguments and ``.data`` as ``WhmClient.add_zone_key``."""
        from .api.dns import add_zone_key as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``adddns`` with the whole reply; arguments and ``.data`` as ``WhmClient.adddns``."""
        from .api.dns import adddns as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``addips`` with the whole reply; arguments and ``.data`` as ``WhmClient.addips``."""
        from .api.ip_addresses import addips as operation

        return await self._run_raw(
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
    ) -> WhmResponse[AddpkgData]:
        """``addpkg`` with the whole reply; arguments and ``.data`` as ``WhmClient.addpkg``."""
        from .api.packages import addpkg as operation

        return await self._run_raw(
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
    ) -> WhmResponse[AddpkgextData]:
        """``addpkgext`` with the whole reply; arguments and ``.data`` as ``WhmClient.addpkgext``."""
        from .api.packages import addpkgext as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                field_package_extensions=field_package_extensions,
                name=name,
            ),
        )

    async def addzonerecord(
        self,
    ) -> WhmResponse[Any]:
        """``addzonerecord`` with the whole reply; arguments and ``.data`` as ``WhmClient.addzonerecord``."""
        from .api.dns import addzonerecord as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def allow_all_whm_root_access(
        self,
    ) -> WhmResponse[Any]:
        """``allow_all_whm_root_access`` with the whole reply; arguments and ``.data`` as ``WhmClient.allow_all_whm_root_access``."""
        from .api.whm_access import allow_all_whm_root_access as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def analyze_transfer_session_remote(
        self,
        *,
        transfer_session_id: str,
    ) -> WhmResponse[Any]:
        """``analyze_transfer_session_remote`` with the whole reply; arguments and ``.data`` as ``WhmClient.analyze_transfer_session_remote``."""
        from .api.transfers import analyze_transfer_session_remote as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ApiTokenCreateData]:
        """``api_token_create`` with the whole reply; arguments and ``.data`` as ``WhmClient.api_token_create``."""
        from .api.authentication import api_token_create as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``api_token_get_details`` with the whole reply; arguments and ``.data`` as ``WhmClient.api_token_get_details``."""
        from .api.authentication import api_token_get_details as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                token=token,
            ),
        )

    async def api_token_list(
        self,
    ) -> WhmResponse[ApiTokenListData]:
        """``api_token_list`` with the whole reply; arguments and ``.data`` as ``WhmClient.api_token_list``."""
        from .api.authentication import api_token_list as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def api_token_revoke(
        self,
        *,
        token_name: str,
    ) -> WhmResponse[Any]:
        """``api_token_revoke`` with the whole reply; arguments and ``.data`` as ``WhmClient.api_token_revoke``."""
        from .api.authentication import api_token_revoke as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ApiTokenUpdateData]:
        """``api_token_update`` with the whole reply; arguments and ``.data`` as ``WhmClient.api_token_update``."""
        from .api.authentication import api_token_update as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ApplistData]:
        """``applist`` with the whole reply; arguments and ``.data`` as ``WhmClient.applist``."""
        from .api.applications import applist as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def apply_dmarc(
        self,
        *,
        policy: str,
        domain: str | Unset = UNSET,
    ) -> WhmResponse[ApplyDmarcData]:
        """``apply_dmarc`` with the whole reply; arguments and ``.data`` as ``WhmClient.apply_dmarc``."""
        from .api.mail import apply_dmarc as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``assign_account_enhancement`` with the whole reply; arguments and ``.data`` as ``WhmClient.assign_account_enhancement``."""
        from .api.account_enhancements import assign_account_enhancement as operation

        return await self._run_raw(
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
    ) -> WhmResponse[AuthorizesshkeyData]:
        """``authorizesshkey`` with the whole reply; arguments and ``.data`` as ``WhmClient.authorizesshkey``."""
        from .api.ssh_keys_and_connections import authorizesshkey as operation

        return await self._run_raw(
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
    ) -> WhmResponse[AvailableTransferModulesData]:
        """``available_transfer_modules`` with the whole reply; arguments and ``.data`` as ``WhmClient.available_transfer_modules``."""
        from .api.transfers import available_transfer_modules as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def background_mysql_upgrade_checker_run(
        self,
    ) -> WhmResponse[BackgroundMysqlUpgradeCheckerRunData]:
        """``background_mysql_upgrade_checker_run`` with the whole reply; arguments and ``.data`` as ``WhmClient.background_mysql_upgrade_checker_run``."""
        from .api.databases import background_mysql_upgrade_checker_run as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def background_mysql_upgrade_status(
        self,
        *,
        upgrade_id: str,
    ) -> WhmResponse[BackgroundMysqlUpgradeStatusData]:
        """``background_mysql_upgrade_status`` with the whole reply; arguments and ``.data`` as ``WhmClient.background_mysql_upgrade_status``."""
        from .api.databases import background_mysql_upgrade_status as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                upgrade_id=upgrade_id,
            ),
        )

    async def backup_config_get(
        self,
    ) -> WhmResponse[BackupConfigGetData]:
        """``backup_config_get`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_config_get``."""
        from .api.backups import backup_config_get as operation

        return await self._run_raw(operation, operation.build_arguments())

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
    ) -> WhmResponse[Any]:
        """``backup_config_set`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_config_set``."""
        from .api.backups import backup_config_set as operation

        return await self._run_raw(
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
    ) -> WhmResponse[BackupDateListData]:
        """``backup_date_list`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_date_list``."""
        from .api.backups import backup_date_list as operation

        return await self._run_raw(operation, operation.build_arguments())

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
    ) -> WhmResponse[BackupDestinationAddData]:
        """``backup_destination_add`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_destination_add``."""
        from .api.backups import backup_destination_add as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``backup_destination_delete`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_destination_delete``."""
        from .api.backups import backup_destination_delete as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                id=id,
            ),
        )

    async def backup_destination_get(
        self,
        *,
        id: str,
    ) -> WhmResponse[Any]:
        """``backup_destination_get`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_destination_get``."""
        from .api.backups import backup_destination_get as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                id=id,
            ),
        )

    async def backup_destination_list(
        self,
    ) -> WhmResponse[BackupDestinationListData]:
        """``backup_destination_list`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_destination_list``."""
        from .api.backups import backup_destination_list as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def backup_destination_set(
        self,
    ) -> WhmResponse[Any]:
        """``backup_destination_set`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_destination_set``."""
        from .api.backups import backup_destination_set as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def backup_destination_validate(
        self,
        *,
        disableonfail: BackupDestinationValidateDisableonfail,
        id: str,
    ) -> WhmResponse[BackupDestinationValidateData]:
        """``backup_destination_validate`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_destination_validate``."""
        from .api.backups import backup_destination_validate as operation

        return await self._run_raw(
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
    ) -> WhmResponse[BackupDoesClientIdHaveGoogleCredentialsData]:
        """``backup_does_client_id_have_google_credentials`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_does_client_id_have_google_credentials``."""
        from .api.backups import backup_does_client_id_have_google_credentials as operation

        return await self._run_raw(
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
    ) -> WhmResponse[BackupGenerateGoogleOauthUriData]:
        """``backup_generate_google_oauth_uri`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_generate_google_oauth_uri``."""
        from .api.backups import backup_generate_google_oauth_uri as operation

        return await self._run_raw(
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
    ) -> WhmResponse[BackupGetTransportStatusData]:
        """``backup_get_transport_status`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_get_transport_status``."""
        from .api.backups import backup_get_transport_status as operation

        return await self._run_raw(
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
    ) -> WhmResponse[BackupListTransportedData]:
        """``backup_list_transported`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_list_transported``."""
        from .api.backups import backup_list_transported as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                transport=transport,
            ),
        )

    async def backup_set_list(
        self,
    ) -> WhmResponse[BackupSetListData]:
        """``backup_set_list`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_set_list``."""
        from .api.backups import backup_set_list as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def backup_set_list_combined(
        self,
    ) -> WhmResponse[BackupSetListCombinedData]:
        """``backup_set_list_combined`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_set_list_combined``."""
        from .api.backups import backup_set_list_combined as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def backup_skip_users_all(
        self,
        *,
        backupversion: BackupSkipUsersAllBackupversion,
        state: BackupSkipUsersAllState,
    ) -> WhmResponse[Any]:
        """``backup_skip_users_all`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_skip_users_all``."""
        from .api.backups import backup_skip_users_all as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                backupversion=backupversion,
                state=state,
            ),
        )

    async def backup_skip_users_all_status(
        self,
    ) -> WhmResponse[BackupSkipUsersAllStatusData]:
        """``backup_skip_users_all_status`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_skip_users_all_status``."""
        from .api.backups import backup_skip_users_all_status as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def backup_user_list(
        self,
        *,
        restore_point: str,
    ) -> WhmResponse[BackupUserListData]:
        """``backup_user_list`` with the whole reply; arguments and ``.data`` as ``WhmClient.backup_user_list``."""
        from .api.backups import backup_user_list as operation

        return await self._run_raw(
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
    ) -> WhmResponse[BatchData]:
        """``batch`` with the whole reply; arguments and ``.data`` as ``WhmClient.batch``."""
        from .api.api_execution import batch as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                command=command,
                abort_on_error=abort_on_error,
            ),
        )

    async def batch_create_cphulk_records(
        self,
    ) -> WhmResponse[BatchCreateCphulkRecordsData]:
        """``batch_create_cphulk_records`` with the whole reply; arguments and ``.data`` as ``WhmClient.batch_create_cphulk_records``."""
        from .api.c_p_hulk import batch_create_cphulk_records as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def block_incoming_email_from_country(
        self,
        *,
        country_code: str,
    ) -> WhmResponse[BlockIncomingEmailFromCountryData]:
        """``block_incoming_email_from_country`` with the whole reply; arguments and ``.data`` as ``WhmClient.block_incoming_email_from_country``."""
        from .api.mail import block_incoming_email_from_country as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                country_code=country_code,
            ),
        )

    async def block_incoming_email_from_domain(
        self,
        *,
        domain: str,
    ) -> WhmResponse[BlockIncomingEmailFromDomainData]:
        """``block_incoming_email_from_domain`` with the whole reply; arguments and ``.data`` as ``WhmClient.block_incoming_email_from_domain``."""
        from .api.mail import block_incoming_email_from_domain as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``changepackage`` with the whole reply; arguments and ``.data`` as ``WhmClient.changepackage``."""
        from .api.packages import changepackage as operation

        return await self._run_raw(
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
    ) -> WhmResponse[CheckRemoteSshConnectionData]:
        """``check_remote_ssh_connection`` with the whole reply; arguments and ``.data`` as ``WhmClient.check_remote_ssh_connection``."""
        from .api.ssh_keys_and_connections import check_remote_ssh_connection as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ClusterMemberHasTrustWithData]:
        """``cluster_member_has_trust_with`` with the whole reply; arguments and ``.data`` as ``WhmClient.cluster_member_has_trust_with``."""
        from .api.dns import cluster_member_has_trust_with as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``configurebackgroundprocesskiller`` with the whole reply; arguments and ``.data`` as ``WhmClient.configurebackgroundprocesskiller``."""
        from .api.server_administration import configurebackgroundprocesskiller as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``configureservice`` with the whole reply; arguments and ``.data`` as ``WhmClient.configureservice``."""
        from .api.server_administration import configureservice as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ConvertAddonFetchConversionDetailsData]:
        """``convert_addon_fetch_conversion_details`` with the whole reply; arguments and ``.data`` as ``WhmClient.convert_addon_fetch_conversion_details``."""
        from .api.domain_information import convert_addon_fetch_conversion_details as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                job_id=job_id,
            ),
        )

    async def convert_addon_fetch_domain_details(
        self,
        *,
        domain: str,
    ) -> WhmResponse[ConvertAddonFetchDomainDetailsData]:
        """``convert_addon_fetch_domain_details`` with the whole reply; arguments and ``.data`` as ``WhmClient.convert_addon_fetch_domain_details``."""
        from .api.domain_information import convert_addon_fetch_domain_details as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def convert_addon_get_conversion_status(
        self,
        *,
        job_id: int,
    ) -> WhmResponse[ConvertAddonGetConversionStatusData]:
        """``convert_addon_get_conversion_status`` with the whole reply; arguments and ``.data`` as ``WhmClient.convert_addon_get_conversion_status``."""
        from .api.domain_information import convert_addon_get_conversion_status as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``convert_addon_initiate_conversion`` with the whole reply; arguments and ``.data`` as ``WhmClient.convert_addon_initiate_conversion``."""
        from .api.domain_information import convert_addon_initiate_conversion as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ConvertAddonListAddonDomainsData]:
        """``convert_addon_list_addon_domains`` with the whole reply; arguments and ``.data`` as ``WhmClient.convert_addon_list_addon_domains``."""
        from .api.domain_information import convert_addon_list_addon_domains as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def convert_addon_list_conversions(
        self,
    ) -> WhmResponse[ConvertAddonListConversionsData]:
        """``convert_addon_list_conversions`` with the whole reply; arguments and ``.data`` as ``WhmClient.convert_addon_list_conversions``."""
        from .api.domain_information import convert_addon_list_conversions as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def convert_all_domains_to_fpm(
        self,
    ) -> WhmResponse[ConvertAllDomainsToFpmData]:
        """``convert_all_domains_to_fpm`` with the whole reply; arguments and ``.data`` as ``WhmClient.convert_all_domains_to_fpm``."""
        from .api.php_fpm import convert_all_domains_to_fpm as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def convert_and_migrate_from_legacy_config(
        self,
        *,
        no_convert: ConvertAndMigrateFromLegacyConfigNoConvert | Unset = UNSET,
    ) -> WhmResponse[Any]:
        """``convert_and_migrate_from_legacy_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.convert_and_migrate_from_legacy_config``."""
        from .api.backups import convert_and_migrate_from_legacy_config as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ConvertopensshtoputtyData]:
        """``convertopensshtoputty`` with the whole reply; arguments and ``.data`` as ``WhmClient.convertopensshtoputty``."""
        from .api.ssh_keys_and_connections import convertopensshtoputty as operation

        return await self._run_raw(
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
    ) -> WhmResponse[CorsProxyGetData]:
        """``cors_proxy_get`` with the whole reply; arguments and ``.data`` as ``WhmClient.cors_proxy_get``."""
        from .api.api_execution import cors_proxy_get as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``cpanel`` with the whole reply; arguments and ``.data`` as ``WhmClient.cpanel``."""
        from .api.api_execution import cpanel as operation

        return await self._run_raw(
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
    ) -> WhmResponse[CpgreylistIsServerNetblockTrustedData]:
        """``cpgreylist_is_server_netblock_trusted`` with the whole reply; arguments and ``.data`` as ``WhmClient.cpgreylist_is_server_netblock_trusted``."""
        from .api.greylisting import cpgreylist_is_server_netblock_trusted as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def cpgreylist_list_entries_for_common_mail_provider(
        self,
        *,
        provider: str,
    ) -> WhmResponse[CpgreylistListEntriesForCommonMailProviderData]:
        """``cpgreylist_list_entries_for_common_mail_provider`` with the whole reply; arguments and ``.data`` as ``WhmClient.cpgreylist_list_entries_for_common_mail_provider``."""
        from .api.greylisting import cpgreylist_list_entries_for_common_mail_provider as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                provider=provider,
            ),
        )

    async def cpgreylist_load_common_mail_providers_config(
        self,
    ) -> WhmResponse[CpgreylistLoadCommonMailProvidersConfigData]:
        """``cpgreylist_load_common_mail_providers_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.cpgreylist_load_common_mail_providers_config``."""
        from .api.greylisting import cpgreylist_load_common_mail_providers_config as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def cpgreylist_save_common_mail_providers_config(
        self,
        *,
        autotrust_new_common_mail_providers: CpgreylistSaveCommonMailProvidersConfigAutotrustNewCommonMailProviders
        | Unset = UNSET,
        providerkey: int | Unset = UNSET,
    ) -> WhmResponse[CpgreylistSaveCommonMailProvidersConfigData]:
        """``cpgreylist_save_common_mail_providers_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.cpgreylist_save_common_mail_providers_config``."""
        from .api.greylisting import cpgreylist_save_common_mail_providers_config as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                autotrust_new_common_mail_providers=autotrust_new_common_mail_providers,
                providerkey=providerkey,
            ),
        )

    async def cpgreylist_status(
        self,
    ) -> WhmResponse[CpgreylistStatusData]:
        """``cpgreylist_status`` with the whole reply; arguments and ``.data`` as ``WhmClient.cpgreylist_status``."""
        from .api.greylisting import cpgreylist_status as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def cpgreylist_trust_entries_for_common_mail_provider(
        self,
        *,
        provider: str,
    ) -> WhmResponse[CpgreylistTrustEntriesForCommonMailProviderData]:
        """``cpgreylist_trust_entries_for_common_mail_provider`` with the whole reply; arguments and ``.data`` as ``WhmClient.cpgreylist_trust_entries_for_common_mail_provider``."""
        from .api.greylisting import cpgreylist_trust_entries_for_common_mail_provider as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                provider=provider,
            ),
        )

    async def cpgreylist_untrust_entries_for_common_mail_provider(
        self,
        *,
        provider: str,
    ) -> WhmResponse[CpgreylistUntrustEntriesForCommonMailProviderData]:
        """``cpgreylist_untrust_entries_for_common_mail_provider`` with the whole reply; arguments and ``.data`` as ``WhmClient.cpgreylist_untrust_entries_for_common_mail_provider``."""
        from .api.greylisting import cpgreylist_untrust_entries_for_common_mail_provider as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                provider=provider,
            ),
        )

    async def cphulk_status(
        self,
    ) -> WhmResponse[CphulkStatusData]:
        """``cphulk_status`` with the whole reply; arguments and ``.data`` as ``WhmClient.cphulk_status``."""
        from .api.c_p_hulk import cphulk_status as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def create_account_enhancement(
        self,
        *,
        id: str,
        name: str,
    ) -> WhmResponse[CreateAccountEnhancementData]:
        """``create_account_enhancement`` with the whole reply; arguments and ``.data`` as ``WhmClient.create_account_enhancement``."""
        from .api.account_enhancements import create_account_enhancement as operation

        return await self._run_raw(
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
    ) -> WhmResponse[CreateCpgreylistTrustedHostData]:
        """``create_cpgreylist_trusted_host`` with the whole reply; arguments and ``.data`` as ``WhmClient.create_cpgreylist_trusted_host``."""
        from .api.greylisting import create_cpgreylist_trusted_host as operation

        return await self._run_raw(
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
    ) -> WhmResponse[CreateCphulkRecordData]:
        """``create_cphulk_record`` with the whole reply; arguments and ``.data`` as ``WhmClient.create_cphulk_record``."""
        from .api.c_p_hulk import create_cphulk_record as operation

        return await self._run_raw(
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
    ) -> WhmResponse[CreateFeaturelistData]:
        """``create_featurelist`` with the whole reply; arguments and ``.data`` as ``WhmClient.create_featurelist``."""
        from .api.packages import create_featurelist as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``create_integration_group`` with the whole reply; arguments and ``.data`` as ``WhmClient.create_integration_group``."""
        from .api.integration import create_integration_group as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``create_integration_link`` with the whole reply; arguments and ``.data`` as ``WhmClient.create_integration_link``."""
        from .api.integration import create_integration_link as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``create_parked_domain_for_user`` with the whole reply; arguments and ``.data`` as ``WhmClient.create_parked_domain_for_user``."""
        from .api.dns import create_parked_domain_for_user as operation

        return await self._run_raw(
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
    ) -> WhmResponse[CreateRemoteRootTransferSessionData]:
        """``create_remote_root_transfer_session`` with the whole reply; arguments and ``.data`` as ``WhmClient.create_remote_root_transfer_session``."""
        from .api.transfers import create_remote_root_transfer_session as operation

        return await self._run_raw(
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
    ) -> WhmResponse[CreateRemoteUserTransferSessionData]:
        """``create_remote_user_transfer_session`` with the whole reply; arguments and ``.data`` as ``WhmClient.create_remote_user_transfer_session``."""
        from .api.transfers import create_remote_user_transfer_session as operation

        return await self._run_raw(
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
    ) -> WhmResponse[CreateSubdomainData]:
        """``create_subdomain`` with the whole reply; arguments and ``.data`` as ``WhmClient.create_subdomain``."""
        from .api.dns import create_subdomain as operation

        return await self._run_raw(
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
    ) -> WhmResponse[CreateUserSessionData]:
        """``create_user_session`` with the whole reply; arguments and ``.data`` as ``WhmClient.create_user_session``."""
        from .api.server_administration import create_user_session as operation

        return await self._run_raw(
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
    ) -> WhmResponse[CreateacctData]:
        """``createacct`` with the whole reply; arguments and ``.data`` as ``WhmClient.createacct``."""
        from .api.account_creation import createacct as operation

        return await self._run_raw(
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
    ) -> WhmResponse[CurrentMysqlVersionData]:
        """``current_mysql_version`` with the whole reply; arguments and ``.data`` as ``WhmClient.current_mysql_version``."""
        from .api.databases import current_mysql_version as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def deactivate_zone_key(
        self,
        *,
        domain: str,
        key_id: int,
    ) -> WhmResponse[Any]:
        """``deactivate_zone_key`` with the whole reply; arguments and ``.data`` as ``WhmClient.deactivate_zone_key``."""
        from .api.dns import deactivate_zone_key as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``delete_account_archives`` with the whole reply; arguments and ``.data`` as ``WhmClient.delete_account_archives``."""
        from .api.transfers import delete_account_archives as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``delete_account_enhancement`` with the whole reply; arguments and ``.data`` as ``WhmClient.delete_account_enhancement``."""
        from .api.account_enhancements import delete_account_enhancement as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def delete_configclusterserver(
        self,
        *,
        name: str,
    ) -> WhmResponse[Any]:
        """``delete_configclusterserver`` with the whole reply; arguments and ``.data`` as ``WhmClient.delete_configclusterserver``."""
        from .api.server_administration import delete_configclusterserver as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def delete_cpgreylist_trusted_host(
        self,
        *,
        ip: str,
    ) -> WhmResponse[DeleteCpgreylistTrustedHostData]:
        """``delete_cpgreylist_trusted_host`` with the whole reply; arguments and ``.data`` as ``WhmClient.delete_cpgreylist_trusted_host``."""
        from .api.greylisting import delete_cpgreylist_trusted_host as operation

        return await self._run_raw(
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
    ) -> WhmResponse[DeleteCphulkRecordData]:
        """``delete_cphulk_record`` with the whole reply; arguments and ``.data`` as ``WhmClient.delete_cphulk_record``."""
        from .api.c_p_hulk import delete_cphulk_record as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``delete_customizations`` with the whole reply; arguments and ``.data`` as ``WhmClient.delete_customizations``."""
        from .api.customizations import delete_customizations as operation

        return await self._run_raw(
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
    ) -> WhmResponse[DeleteDomainData]:
        """``delete_domain`` with the whole reply; arguments and ``.data`` as ``WhmClient.delete_domain``."""
        from .api.dns import delete_domain as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def delete_featurelist(
        self,
        *,
        featurelist: str,
    ) -> WhmResponse[DeleteFeaturelistData]:
        """``delete_featurelist`` with the whole reply; arguments and ``.data`` as ``WhmClient.delete_featurelist``."""
        from .api.packages import delete_featurelist as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                featurelist=featurelist,
            ),
        )

    async def delete_hook(
        self,
        *,
        id: str,
    ) -> WhmResponse[Any]:
        """``delete_hook`` with the whole reply; arguments and ``.data`` as ``WhmClient.delete_hook``."""
        from .api.script_hooks import delete_hook as operation

        return await self._run_raw(
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
    ) -> WhmResponse[DeleteRpmVersionData]:
        """``delete_rpm_version`` with the whole reply; arguments and ``.data`` as ``WhmClient.delete_rpm_version``."""
        from .api.rpm import delete_rpm_version as operation

        return await self._run_raw(
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
    ) -> WhmResponse[DeleteSslVhostData]:
        """``delete_ssl_vhost`` with the whole reply; arguments and ``.data`` as ``WhmClient.delete_ssl_vhost``."""
        from .api.ssl import delete_ssl_vhost as operation

        return await self._run_raw(
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
    ) -> WhmResponse[DeletesshkeyData]:
        """``deletesshkey`` with the whole reply; arguments and ``.data`` as ``WhmClient.deletesshkey``."""
        from .api.ssh_keys_and_connections import deletesshkey as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``delip`` with the whole reply; arguments and ``.data`` as ``WhmClient.delip``."""
        from .api.ip_addresses import delip as operation

        return await self._run_raw(
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
    ) -> WhmResponse[DelpkgextData]:
        """``delpkgext`` with the whole reply; arguments and ``.data`` as ``WhmClient.delpkgext``."""
        from .api.packages import delpkgext as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``disable_authentication_provider`` with the whole reply; arguments and ``.data`` as ``WhmClient.disable_authentication_provider``."""
        from .api.authentication import disable_authentication_provider as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                provider_id=provider_id,
                service_name=service_name,
            ),
        )

    async def disable_autossl(
        self,
    ) -> WhmResponse[Any]:
        """``disable_autossl`` with the whole reply; arguments and ``.data`` as ``WhmClient.disable_autossl``."""
        from .api.ssl import disable_autossl as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def disable_cpgreylist(
        self,
    ) -> WhmResponse[Any]:
        """``disable_cpgreylist`` with the whole reply; arguments and ``.data`` as ``WhmClient.disable_cpgreylist``."""
        from .api.greylisting import disable_cpgreylist as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def disable_cphulk(
        self,
    ) -> WhmResponse[Any]:
        """``disable_cphulk`` with the whole reply; arguments and ``.data`` as ``WhmClient.disable_cphulk``."""
        from .api.c_p_hulk import disable_cphulk as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def disable_dkim(
        self,
        *,
        domain: str,
    ) -> WhmResponse[DisableDkimData]:
        """``disable_dkim`` with the whole reply; arguments and ``.data`` as ``WhmClient.disable_dkim``."""
        from .api.mail import disable_dkim as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def disable_dnssec_for_domains(
        self,
        *,
        domain: str,
    ) -> WhmResponse[DisableDnssecForDomainsData]:
        """``disable_dnssec_for_domains`` with the whole reply; arguments and ``.data`` as ``WhmClient.disable_dnssec_for_domains``."""
        from .api.dns import disable_dnssec_for_domains as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def disable_failing_authentication_providers(
        self,
    ) -> WhmResponse[DisableFailingAuthenticationProvidersData]:
        """``disable_failing_authentication_providers`` with the whole reply; arguments and ``.data`` as ``WhmClient.disable_failing_authentication_providers``."""
        from .api.authentication import disable_failing_authentication_providers as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def disable_mail_sni(
        self,
        *,
        domain: str | Unset = UNSET,
    ) -> WhmResponse[Any]:
        """``disable_mail_sni`` with the whole reply; arguments and ``.data`` as ``WhmClient.disable_mail_sni``."""
        from .api.mail import disable_mail_sni as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def disable_market_provider(
        self,
        *,
        name: str,
    ) -> WhmResponse[Any]:
        """``disable_market_provider`` with the whole reply; arguments and ``.data`` as ``WhmClient.disable_market_provider``."""
        from .api.market import disable_market_provider as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def domainuserdata(
        self,
        *,
        domain: str,
    ) -> WhmResponse[DomainuserdataData]:
        """``domainuserdata`` with the whole reply; arguments and ``.data`` as ``WhmClient.domainuserdata``."""
        from .api.domain_information import domainuserdata as operation

        return await self._run_raw(
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
    ) -> WhmResponse[DumpzoneData]:
        """``dumpzone`` with the whole reply; arguments and ``.data`` as ``WhmClient.dumpzone``."""
        from .api.dns import dumpzone as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
                zone=zone,
            ),
        )

    async def ea4_get_additional_pkg_prefixes(
        self,
    ) -> WhmResponse[Ea4GetAdditionalPkgPrefixesData]:
        """``ea4_get_additional_pkg_prefixes`` with the whole reply; arguments and ``.data`` as ``WhmClient.ea4_get_additional_pkg_prefixes``."""
        from .api.easy_apache import ea4_get_additional_pkg_prefixes as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def ea4_get_currently_installed_packages(
        self,
    ) -> WhmResponse[Ea4GetCurrentlyInstalledPackagesData]:
        """``ea4_get_currently_installed_packages`` with the whole reply; arguments and ``.data`` as ``WhmClient.ea4_get_currently_installed_packages``."""
        from .api.easy_apache import ea4_get_currently_installed_packages as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def ea4_list_profiles(
        self,
    ) -> WhmResponse[Ea4ListProfilesData]:
        """``ea4_list_profiles`` with the whole reply; arguments and ``.data`` as ``WhmClient.ea4_list_profiles``."""
        from .api.easy_apache import ea4_list_profiles as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def ea4_metainfo(
        self,
    ) -> WhmResponse[Ea4MetainfoData]:
        """``ea4_metainfo`` with the whole reply; arguments and ``.data`` as ``WhmClient.ea4_metainfo``."""
        from .api.easy_apache import ea4_metainfo as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def ea4_recommendations(
        self,
    ) -> WhmResponse[Ea4RecommendationsData]:
        """``ea4_recommendations`` with the whole reply; arguments and ``.data`` as ``WhmClient.ea4_recommendations``."""
        from .api.easy_apache import ea4_recommendations as operation

        return await self._run_raw(operation, operation.build_arguments())

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
    ) -> WhmResponse[Ea4SaveProfileData]:
        """``ea4_save_profile`` with the whole reply; arguments and ``.data`` as ``WhmClient.ea4_save_profile``."""
        from .api.easy_apache import ea4_save_profile as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``edit_hook`` with the whole reply; arguments and ``.data`` as ``WhmClient.edit_hook``."""
        from .api.script_hooks import edit_hook as operation

        return await self._run_raw(
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
    ) -> WhmResponse[EditRpmVersionData]:
        """``edit_rpm_version`` with the whole reply; arguments and ``.data`` as ``WhmClient.edit_rpm_version``."""
        from .api.rpm import edit_rpm_version as operation

        return await self._run_raw(
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
    ) -> WhmResponse[EditpkgData]:
        """``editpkg`` with the whole reply; arguments and ``.data`` as ``WhmClient.editpkg``."""
        from .api.packages import editpkg as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``editquota`` with the whole reply; arguments and ``.data`` as ``WhmClient.editquota``."""
        from .api.bandwidth_and_disk_quotas import editquota as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                quota=quota,
                user=user,
            ),
        )

    async def editzonerecord(
        self,
    ) -> WhmResponse[Any]:
        """``editzonerecord`` with the whole reply; arguments and ``.data`` as ``WhmClient.editzonerecord``."""
        from .api.dns import editzonerecord as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def emailtrack_search(
        self,
        *,
        defer: EmailtrackSearchDefer | Unset = UNSET,
        deliverytype: EmailtrackSearchDeliverytype | Unset = UNSET,
        failure: EmailtrackSearchFailure | Unset = UNSET,
        inprogress: EmailtrackSearchInprogress | Unset = UNSET,
        max_results_by_type: int | Unset = UNSET,
        success: EmailtrackSearchSuccess | Unset = UNSET,
    ) -> WhmResponse[EmailtrackSearchData]:
        """``emailtrack_search`` with the whole reply; arguments and ``.data`` as ``WhmClient.emailtrack_search``."""
        from .api.mail import emailtrack_search as operation

        return await self._run_raw(
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
    ) -> WhmResponse[EmailtrackStatsData]:
        """``emailtrack_stats`` with the whole reply; arguments and ``.data`` as ``WhmClient.emailtrack_stats``."""
        from .api.mail import emailtrack_stats as operation

        return await self._run_raw(
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
    ) -> WhmResponse[EmailtrackUserStatsData]:
        """``emailtrack_user_stats`` with the whole reply; arguments and ``.data`` as ``WhmClient.emailtrack_user_stats``."""
        from .api.mail import emailtrack_user_stats as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``enable_authentication_provider`` with the whole reply; arguments and ``.data`` as ``WhmClient.enable_authentication_provider``."""
        from .api.authentication import enable_authentication_provider as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                provider_id=provider_id,
                service_name=service_name,
            ),
        )

    async def enable_cpgreylist(
        self,
    ) -> WhmResponse[Any]:
        """``enable_cpgreylist`` with the whole reply; arguments and ``.data`` as ``WhmClient.enable_cpgreylist``."""
        from .api.greylisting import enable_cpgreylist as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def enable_cphulk(
        self,
    ) -> WhmResponse[Any]:
        """``enable_cphulk`` with the whole reply; arguments and ``.data`` as ``WhmClient.enable_cphulk``."""
        from .api.c_p_hulk import enable_cphulk as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def enable_dkim(
        self,
        *,
        domain: str,
    ) -> WhmResponse[EnableDkimData]:
        """``enable_dkim`` with the whole reply; arguments and ``.data`` as ``WhmClient.enable_dkim``."""
        from .api.mail import enable_dkim as operation

        return await self._run_raw(
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
    ) -> WhmResponse[EnableDnssecForDomainsData]:
        """``enable_dnssec_for_domains`` with the whole reply; arguments and ``.data`` as ``WhmClient.enable_dnssec_for_domains``."""
        from .api.dns import enable_dnssec_for_domains as operation

        return await self._run_raw(
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
    ) -> WhmResponse[EnableMailSniData]:
        """``enable_mail_sni`` with the whole reply; arguments and ``.data`` as ``WhmClient.enable_mail_sni``."""
        from .api.mail import enable_mail_sni as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def enable_market_provider(
        self,
        *,
        name: str,
    ) -> WhmResponse[Any]:
        """``enable_market_provider`` with the whole reply; arguments and ``.data`` as ``WhmClient.enable_market_provider``."""
        from .api.market import enable_market_provider as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def enable_monitor_all_enabled_services(
        self,
    ) -> WhmResponse[EnableMonitorAllEnabledServicesData]:
        """``enable_monitor_all_enabled_services`` with the whole reply; arguments and ``.data`` as ``WhmClient.enable_monitor_all_enabled_services``."""
        from .api.server_administration import enable_monitor_all_enabled_services as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def enqueue_deferred_ssl_installations(
        self,
        *,
        cab: str,
        crt: str,
        key: str,
        username: str,
        vhost_name: str,
    ) -> WhmResponse[Any]:
        """``enqueue_deferred_ssl_installations`` with the whole reply; arguments and ``.data`` as ``WhmClient.enqueue_deferred_ssl_installations``."""
        from .api.ssl import enqueue_deferred_ssl_installations as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``enqueue_transfer_item`` with the whole reply; arguments and ``.data`` as ``WhmClient.enqueue_transfer_item``."""
        from .api.transfers import enqueue_transfer_item as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def ensure_dkim_keys_exist(
        self,
        *,
        domain: str,
    ) -> WhmResponse[EnsureDkimKeysExistData]:
        """``ensure_dkim_keys_exist`` with the whole reply; arguments and ``.data`` as ``WhmClient.ensure_dkim_keys_exist``."""
        from .api.mail import ensure_dkim_keys_exist as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def eol_php_sites(
        self,
    ) -> WhmResponse[EolPhpSitesData]:
        """``eol_php_sites`` with the whole reply; arguments and ``.data`` as ``WhmClient.eol_php_sites``."""
        from .api.easy_apache import eol_php_sites as operation

        return await self._run_raw(operation, operation.build_arguments())

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
    ) -> WhmResponse[ExecuteRemoteWhmapi1WithPasswordData]:
        """``execute_remote_whmapi1_with_password`` with the whole reply; arguments and ``.data`` as ``WhmClient.execute_remote_whmapi1_with_password``."""
        from .api.api_execution import execute_remote_whmapi1_with_password as operation

        return await self._run_raw(
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
    ) -> WhmResponse[EximConfigurationCheckData]:
        """``exim_configuration_check`` with the whole reply; arguments and ``.data`` as ``WhmClient.exim_configuration_check``."""
        from .api.mail import exim_configuration_check as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def export_zone_dnskey(
        self,
        *,
        domain: str,
        key_id: int,
    ) -> WhmResponse[ExportZoneDnskeyData]:
        """``export_zone_dnskey`` with the whole reply; arguments and ``.data`` as ``WhmClient.export_zone_dnskey``."""
        from .api.dns import export_zone_dnskey as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ExportZoneFilesData]:
        """``export_zone_files`` with the whole reply; arguments and ``.data`` as ``WhmClient.export_zone_files``."""
        from .api.dns import export_zone_files as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ExportZoneKeyData]:
        """``export_zone_key`` with the whole reply; arguments and ``.data`` as ``WhmClient.export_zone_key``."""
        from .api.dns import export_zone_key as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``expunge_mailbox_messages`` with the whole reply; arguments and ``.data`` as ``WhmClient.expunge_mailbox_messages``."""
        from .api.mail import expunge_mailbox_messages as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``expunge_messages_for_mailbox_guid`` with the whole reply; arguments and ``.data`` as ``WhmClient.expunge_messages_for_mailbox_guid``."""
        from .api.mail import expunge_messages_for_mailbox_guid as operation

        return await self._run_raw(
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
    ) -> WhmResponse[FetchConnectedApplicationData]:
        """``fetch_connected_application`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetch_connected_application``."""
        from .api.server_administration import fetch_connected_application as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def fetch_dkim_private_keys(
        self,
        *,
        domain: str,
    ) -> WhmResponse[FetchDkimPrivateKeysData]:
        """``fetch_dkim_private_keys`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetch_dkim_private_keys``."""
        from .api.mail import fetch_dkim_private_keys as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def fetch_ds_records_for_domains(
        self,
        *,
        domain: str,
    ) -> WhmResponse[FetchDsRecordsForDomainsData]:
        """``fetch_ds_records_for_domains`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetch_ds_records_for_domains``."""
        from .api.dns import fetch_ds_records_for_domains as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def fetch_mail_queue(
        self,
    ) -> WhmResponse[FetchMailQueueData]:
        """``fetch_mail_queue`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetch_mail_queue``."""
        from .api.mail import fetch_mail_queue as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def fetch_pkgacct_master_log(
        self,
        *,
        session_id: str,
    ) -> WhmResponse[FetchPkgacctMasterLogData]:
        """``fetch_pkgacct_master_log`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetch_pkgacct_master_log``."""
        from .api.backups import fetch_pkgacct_master_log as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                session_id=session_id,
            ),
        )

    async def fetch_security_advice(
        self,
    ) -> WhmResponse[FetchSecurityAdviceData]:
        """``fetch_security_advice`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetch_security_advice``."""
        from .api.security import fetch_security_advice as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def fetch_service_ssl_components(
        self,
    ) -> WhmResponse[FetchServiceSslComponentsData]:
        """``fetch_service_ssl_components`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetch_service_ssl_components``."""
        from .api.ssl import fetch_service_ssl_components as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def fetch_ssl_certificates_for_fqdns(
        self,
        *,
        domains: str,
    ) -> WhmResponse[FetchSslCertificatesForFqdnsData]:
        """``fetch_ssl_certificates_for_fqdns`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetch_ssl_certificates_for_fqdns``."""
        from .api.ssl import fetch_ssl_certificates_for_fqdns as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domains=domains,
            ),
        )

    async def fetch_ssl_vhosts(
        self,
    ) -> WhmResponse[FetchSslVhostsData]:
        """``fetch_ssl_vhosts`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetch_ssl_vhosts``."""
        from .api.ssl import fetch_ssl_vhosts as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def fetch_transfer_session_log(
        self,
        *,
        logfile: str,
        transfer_session_id: str,
    ) -> WhmResponse[FetchTransferSessionLogData]:
        """``fetch_transfer_session_log`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetch_transfer_session_log``."""
        from .api.transfers import fetch_transfer_session_log as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                logfile=logfile,
                transfer_session_id=transfer_session_id,
            ),
        )

    async def fetch_vhost_ssl_components(
        self,
    ) -> WhmResponse[FetchVhostSslComponentsData]:
        """``fetch_vhost_ssl_components`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetch_vhost_ssl_components``."""
        from .api.ssl import fetch_vhost_ssl_components as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def fetchcrtinfo(
        self,
        *,
        id: str,
        user: str,
    ) -> WhmResponse[FetchcrtinfoData]:
        """``fetchcrtinfo`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetchcrtinfo``."""
        from .api.ssl import fetchcrtinfo as operation

        return await self._run_raw(
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
    ) -> WhmResponse[FetchsslinfoData]:
        """``fetchsslinfo`` with the whole reply; arguments and ``.data`` as ``WhmClient.fetchsslinfo``."""
        from .api.ssl import fetchsslinfo as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetpkgextensionformData]:
        """``_getpkgextensionform`` with the whole reply; arguments and ``.data`` as ``WhmClient.getpkgextensionform``."""
        from .api.packages import field_getpkgextensionform as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                pkg=pkg,
            ),
        )

    async def flush_cphulk_login_history(
        self,
    ) -> WhmResponse[FlushCphulkLoginHistoryData]:
        """``flush_cphulk_login_history`` with the whole reply; arguments and ``.data`` as ``WhmClient.flush_cphulk_login_history``."""
        from .api.c_p_hulk import flush_cphulk_login_history as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def flush_cphulk_login_history_for_ips(
        self,
        *,
        ip: list[str],
    ) -> WhmResponse[FlushCphulkLoginHistoryForIpsData]:
        """``flush_cphulk_login_history_for_ips`` with the whole reply; arguments and ``.data`` as ``WhmClient.flush_cphulk_login_history_for_ips``."""
        from .api.c_p_hulk import flush_cphulk_login_history_for_ips as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ForceDedistributionFromNodeData]:
        """``force_dedistribution_from_node`` with the whole reply; arguments and ``.data`` as ``WhmClient.force_dedistribution_from_node``."""
        from .api.server_administration import force_dedistribution_from_node as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ForcepasswordchangeData]:
        """``forcepasswordchange`` with the whole reply; arguments and ``.data`` as ``WhmClient.forcepasswordchange``."""
        from .api.passwords import forcepasswordchange as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GenerateMobileconfigData]:
        """``generate_mobileconfig`` with the whole reply; arguments and ``.data`` as ``WhmClient.generate_mobileconfig``."""
        from .api.mail import generate_mobileconfig as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GeneratesshkeypairData]:
        """``generatesshkeypair`` with the whole reply; arguments and ``.data`` as ``WhmClient.generatesshkeypair``."""
        from .api.ssh_keys_and_connections import generatesshkeypair as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GeneratesslData]:
        """``generatessl`` with the whole reply; arguments and ``.data`` as ``WhmClient.generatessl``."""
        from .api.ssl import generatessl as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetAdjustedMarketProvidersProductsData]:
        """``get_adjusted_market_providers_products`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_adjusted_market_providers_products``."""
        from .api.market import get_adjusted_market_providers_products as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_all_contact_importances(
        self,
    ) -> WhmResponse[GetAllContactImportancesData]:
        """``get_all_contact_importances`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_all_contact_importances``."""
        from .api.server_administration import get_all_contact_importances as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_api_calls(
        self,
        *,
        type_: str | Unset = UNSET,
    ) -> WhmResponse[GetApiCallsData]:
        """``get_api_calls`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_api_calls``."""
        from .api.server_administration import get_api_calls as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                type_=type_,
            ),
        )

    async def get_api_pages(
        self,
        *,
        type_: GetApiPagesType | Unset = UNSET,
    ) -> WhmResponse[GetApiPagesData]:
        """``get_api_pages`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_api_pages``."""
        from .api.server_administration import get_api_pages as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                type_=type_,
            ),
        )

    async def get_appconfig_application_list(
        self,
    ) -> WhmResponse[GetAppconfigApplicationListData]:
        """``get_appconfig_application_list`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_appconfig_application_list``."""
        from .api.server_administration import get_appconfig_application_list as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_application_contact_event_importance(
        self,
        *,
        app: str,
        event: str,
    ) -> WhmResponse[GetApplicationContactEventImportanceData]:
        """``get_application_contact_event_importance`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_application_contact_event_importance``."""
        from .api.server_administration import get_application_contact_event_importance as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetApplicationContactImportanceData]:
        """``get_application_contact_importance`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_application_contact_importance``."""
        from .api.server_administration import get_application_contact_importance as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                app=app,
            ),
        )

    async def get_autossl_check_schedule(
        self,
    ) -> WhmResponse[GetAutosslCheckScheduleData]:
        """``get_autossl_check_schedule`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_autossl_check_schedule``."""
        from .api.ssl import get_autossl_check_schedule as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_autossl_log(
        self,
        *,
        start_time: str,
    ) -> WhmResponse[GetAutosslLogData]:
        """``get_autossl_log`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_autossl_log``."""
        from .api.ssl import get_autossl_log as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                start_time=start_time,
            ),
        )

    async def get_autossl_logs_catalog(
        self,
    ) -> WhmResponse[GetAutosslLogsCatalogData]:
        """``get_autossl_logs_catalog`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_autossl_logs_catalog``."""
        from .api.ssl import get_autossl_logs_catalog as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_autossl_metadata(
        self,
    ) -> WhmResponse[GetAutosslMetadataData]:
        """``get_autossl_metadata`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_autossl_metadata``."""
        from .api.ssl import get_autossl_metadata as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_autossl_problems_for_domain(
        self,
        *,
        domain: str,
    ) -> WhmResponse[GetAutosslProblemsForDomainData]:
        """``get_autossl_problems_for_domain`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_autossl_problems_for_domain``."""
        from .api.ssl import get_autossl_problems_for_domain as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def get_autossl_problems_for_user(
        self,
        *,
        username: str,
    ) -> WhmResponse[GetAutosslProblemsForUserData]:
        """``get_autossl_problems_for_user`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_autossl_problems_for_user``."""
        from .api.ssl import get_autossl_problems_for_user as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                username=username,
            ),
        )

    async def get_autossl_providers(
        self,
    ) -> WhmResponse[GetAutosslProvidersData]:
        """``get_autossl_providers`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_autossl_providers``."""
        from .api.ssl import get_autossl_providers as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_autossl_user_excluded_domains(
        self,
        *,
        username: str,
    ) -> WhmResponse[GetAutosslUserExcludedDomainsData]:
        """``get_autossl_user_excluded_domains`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_autossl_user_excluded_domains``."""
        from .api.ssl import get_autossl_user_excluded_domains as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetAvailableApplicationsData]:
        """``get_available_applications`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_available_applications``."""
        from .api.packages import get_available_applications as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                applications_list=applications_list,
                file=file,
            ),
        )

    async def get_available_authentication_providers(
        self,
    ) -> WhmResponse[GetAvailableAuthenticationProvidersData]:
        """``get_available_authentication_providers`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_available_authentication_providers``."""
        from .api.authentication import get_available_authentication_providers as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_available_featurelists(
        self,
    ) -> WhmResponse[GetAvailableFeaturelistsData]:
        """``get_available_featurelists`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_available_featurelists``."""
        from .api.packages import get_available_featurelists as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_available_profiles(
        self,
    ) -> WhmResponse[GetAvailableProfilesData]:
        """``get_available_profiles`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_available_profiles``."""
        from .api.server_administration import get_available_profiles as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_available_tiers(
        self,
    ) -> WhmResponse[GetAvailableTiersData]:
        """``get_available_tiers`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_available_tiers``."""
        from .api.updates import get_available_tiers as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_best_ssldomain_for_service(
        self,
        *,
        service: str,
    ) -> WhmResponse[GetBestSsldomainForServiceData]:
        """``get_best_ssldomain_for_service`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_best_ssldomain_for_service``."""
        from .api.ssl import get_best_ssldomain_for_service as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                service=service,
            ),
        )

    async def get_commerce(
        self,
    ) -> WhmResponse[GetCommerceData]:
        """``get_commerce`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_commerce``."""
        from .api.sitejet import get_commerce as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_countries_with_known_ip_ranges(
        self,
    ) -> WhmResponse[GetCountriesWithKnownIpRangesData]:
        """``get_countries_with_known_ip_ranges`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_countries_with_known_ip_ranges``."""
        from .api.c_p_hulk import get_countries_with_known_ip_ranges as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_cphulk_brutes(
        self,
    ) -> WhmResponse[GetCphulkBrutesData]:
        """``get_cphulk_brutes`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_cphulk_brutes``."""
        from .api.c_p_hulk import get_cphulk_brutes as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_cphulk_excessive_brutes(
        self,
    ) -> WhmResponse[GetCphulkExcessiveBrutesData]:
        """``get_cphulk_excessive_brutes`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_cphulk_excessive_brutes``."""
        from .api.c_p_hulk import get_cphulk_excessive_brutes as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_cphulk_failed_logins(
        self,
    ) -> WhmResponse[GetCphulkFailedLoginsData]:
        """``get_cphulk_failed_logins`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_cphulk_failed_logins``."""
        from .api.c_p_hulk import get_cphulk_failed_logins as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_cphulk_user_brutes(
        self,
    ) -> WhmResponse[GetCphulkUserBrutesData]:
        """``get_cphulk_user_brutes`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_cphulk_user_brutes``."""
        from .api.c_p_hulk import get_cphulk_user_brutes as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_current_lts_expiration_status(
        self,
    ) -> WhmResponse[GetCurrentLtsExpirationStatusData]:
        """``get_current_lts_expiration_status`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_current_lts_expiration_status``."""
        from .api.updates import get_current_lts_expiration_status as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_current_profile(
        self,
    ) -> WhmResponse[GetCurrentProfileData]:
        """``get_current_profile`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_current_profile``."""
        from .api.server_administration import get_current_profile as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_current_users_count(
        self,
    ) -> WhmResponse[GetCurrentUsersCountData]:
        """``get_current_users_count`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_current_users_count``."""
        from .api.account_creation import get_current_users_count as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_database_optimizations(
        self,
    ) -> WhmResponse[GetDatabaseOptimizationsData]:
        """``get_database_optimizations`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_database_optimizations``."""
        from .api.databases import get_database_optimizations as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_default_dmarc_record(
        self,
    ) -> WhmResponse[GetDefaultDmarcRecordData]:
        """``get_default_dmarc_record`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_default_dmarc_record``."""
        from .api.mail import get_default_dmarc_record as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_disk_usage(
        self,
        *,
        cache_mode: GetDiskUsageCacheMode | Unset = UNSET,
    ) -> WhmResponse[GetDiskUsageData]:
        """``get_disk_usage`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_disk_usage``."""
        from .api.bandwidth_and_disk_quotas import get_disk_usage as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                cache_mode=cache_mode,
            ),
        )

    async def get_domain_info(
        self,
    ) -> WhmResponse[GetDomainInfoData]:
        """``get_domain_info`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_domain_info``."""
        from .api.domain_information import get_domain_info as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_ecommerce(
        self,
    ) -> WhmResponse[GetEcommerceData]:
        """``get_ecommerce`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_ecommerce``."""
        from .api.sitejet import get_ecommerce as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_feature_metadata(
        self,
    ) -> WhmResponse[GetFeatureMetadataData]:
        """``get_feature_metadata`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_feature_metadata``."""
        from .api.packages import get_feature_metadata as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_feature_names(
        self,
    ) -> WhmResponse[GetFeatureNamesData]:
        """``get_feature_names`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_feature_names``."""
        from .api.packages import get_feature_names as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_featurelist_data(
        self,
        *,
        featurelist: str,
    ) -> WhmResponse[GetFeaturelistDataData]:
        """``get_featurelist_data`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_featurelist_data``."""
        from .api.packages import get_featurelist_data as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                featurelist=featurelist,
            ),
        )

    async def get_featurelists(
        self,
    ) -> WhmResponse[GetFeaturelistsData]:
        """``get_featurelists`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_featurelists``."""
        from .api.packages import get_featurelists as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_featurelists_by_package_types(
        self,
    ) -> WhmResponse[GetFeaturelistsByPackageTypesData]:
        """``get_featurelists_by_package_types`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_featurelists_by_package_types``."""
        from .api.packages import get_featurelists_by_package_types as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_fpm_count_and_utilization(
        self,
    ) -> WhmResponse[GetFpmCountAndUtilizationData]:
        """``get_fpm_count_and_utilization`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_fpm_count_and_utilization``."""
        from .api.php_fpm import get_fpm_count_and_utilization as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_homedir_roots(
        self,
    ) -> WhmResponse[GetHomedirRootsData]:
        """``get_homedir_roots`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_homedir_roots``."""
        from .api.account_management import get_homedir_roots as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_in_product_survey_url(
        self,
    ) -> WhmResponse[GetInProductSurveyUrlData]:
        """``get_in_product_survey_url`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_in_product_survey_url``."""
        from .api.in_product_survey import get_in_product_survey_url as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_integration_link_user_config(
        self,
        *,
        app: str,
        user: str,
    ) -> WhmResponse[GetIntegrationLinkUserConfigData]:
        """``get_integration_link_user_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_integration_link_user_config``."""
        from .api.integration import get_integration_link_user_config as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetLinkedServerNodeData]:
        """``get_linked_server_node`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_linked_server_node``."""
        from .api.server_administration import get_linked_server_node as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetLoginUrlData]:
        """``get_login_url`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_login_url``."""
        from .api.authentication import get_login_url as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                provider=provider,
                url_after_login=url_after_login,
            ),
        )

    async def get_lts_wexpire(
        self,
    ) -> WhmResponse[GetLtsWexpireData]:
        """``get_lts_wexpire`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_lts_wexpire``."""
        from .api.updates import get_lts_wexpire as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_mailbox_status(
        self,
        *,
        account: str,
    ) -> WhmResponse[GetMailboxStatusData]:
        """``get_mailbox_status`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_mailbox_status``."""
        from .api.mail import get_mailbox_status as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                account=account,
            ),
        )

    async def get_mailbox_status_list(
        self,
        *,
        account: str,
    ) -> WhmResponse[GetMailboxStatusListData]:
        """``get_mailbox_status_list`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_mailbox_status_list``."""
        from .api.mail import get_mailbox_status_list as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                account=account,
            ),
        )

    async def get_market_providers_commission_config(
        self,
    ) -> WhmResponse[GetMarketProvidersCommissionConfigData]:
        """``get_market_providers_commission_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_market_providers_commission_config``."""
        from .api.market import get_market_providers_commission_config as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_market_providers_list(
        self,
    ) -> WhmResponse[GetMarketProvidersListData]:
        """``get_market_providers_list`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_market_providers_list``."""
        from .api.market import get_market_providers_list as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_market_providers_product_metadata(
        self,
    ) -> WhmResponse[GetMarketProvidersProductMetadataData]:
        """``get_market_providers_product_metadata`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_market_providers_product_metadata``."""
        from .api.market import get_market_providers_product_metadata as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_market_providers_products(
        self,
    ) -> WhmResponse[GetMarketProvidersProductsData]:
        """``get_market_providers_products`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_market_providers_products``."""
        from .api.market import get_market_providers_products as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_maximum_users(
        self,
    ) -> WhmResponse[GetMaximumUsersData]:
        """``get_maximum_users`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_maximum_users``."""
        from .api.account_creation import get_maximum_users as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_nameserver_config(
        self,
    ) -> WhmResponse[GetNameserverConfigData]:
        """``get_nameserver_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_nameserver_config``."""
        from .api.dns import get_nameserver_config as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_password_strength(
        self,
        *,
        password: str,
    ) -> WhmResponse[GetPasswordStrengthData]:
        """``get_password_strength`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_password_strength``."""
        from .api.passwords import get_password_strength as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                password=password,
            ),
        )

    async def get_pkgacct_session_state(
        self,
        *,
        session_id: str,
    ) -> WhmResponse[GetPkgacctSessionStateData]:
        """``get_pkgacct_session_state`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_pkgacct_session_state``."""
        from .api.backups import get_pkgacct_session_state as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetProviderClientConfigurationsData]:
        """``get_provider_client_configurations`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_provider_client_configurations``."""
        from .api.authentication import get_provider_client_configurations as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetProviderConfigurationFieldsData]:
        """``get_provider_configuration_fields`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_provider_configuration_fields``."""
        from .api.authentication import get_provider_configuration_fields as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetProviderDisplayConfigurationsData]:
        """``get_provider_display_configurations`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_provider_display_configurations``."""
        from .api.authentication import get_provider_display_configurations as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                provider_id=provider_id,
            ),
        )

    async def get_public_contact(
        self,
    ) -> WhmResponse[GetPublicContactData]:
        """``get_public_contact`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_public_contact``."""
        from .api.resellers import get_public_contact as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_public_ip(
        self,
        *,
        ip: str,
    ) -> WhmResponse[GetPublicIpData]:
        """``get_public_ip`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_public_ip``."""
        from .api.ip_addresses import get_public_ip as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetRemoteAccessHashData]:
        """``get_remote_access_hash`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_remote_access_hash``."""
        from .api.server_administration import get_remote_access_hash as operation

        return await self._run_raw(
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
    ) -> WhmResponse[str]:
        """``get_rpm_version_data`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_rpm_version_data``."""
        from .api.rpm import get_rpm_version_data as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetScopedUserdataData]:
        """``get_scoped_userdata`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_scoped_userdata``."""
        from .api.user_data import get_scoped_userdata as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetServerNodeStatusData]:
        """``get_server_node_status`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_server_node_status``."""
        from .api.server_administration import get_server_node_status as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetServiceConfigData]:
        """``get_service_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_service_config``."""
        from .api.server_administration import get_service_config as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetServiceConfigKeyData]:
        """``get_service_config_key`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_service_config_key``."""
        from .api.server_administration import get_service_config_key as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetServiceProxyBackendsData]:
        """``get_service_proxy_backends`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_service_proxy_backends``."""
        from .api.services import get_service_proxy_backends as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                username=username,
            ),
        )

    async def get_shared_ip(
        self,
        *,
        user: str | Unset = UNSET,
    ) -> WhmResponse[GetSharedIpData]:
        """``get_shared_ip`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_shared_ip``."""
        from .api.ip_addresses import get_shared_ip as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def get_tcp4_sockets(
        self,
    ) -> WhmResponse[GetTcp4SocketsData]:
        """``get_tcp4_sockets`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_tcp4_sockets``."""
        from .api.server_administration import get_tcp4_sockets as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_tcp6_sockets(
        self,
    ) -> WhmResponse[GetTcp6SocketsData]:
        """``get_tcp6_sockets`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_tcp6_sockets``."""
        from .api.server_administration import get_tcp6_sockets as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_transfer_session_state(
        self,
        *,
        transfer_session_id: str,
    ) -> WhmResponse[GetTransferSessionStateData]:
        """``get_transfer_session_state`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_transfer_session_state``."""
        from .api.transfers import get_transfer_session_state as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetTweaksettingData]:
        """``get_tweaksetting`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_tweaksetting``."""
        from .api.configurations import get_tweaksetting as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                key=key,
                module=module,
            ),
        )

    async def get_udp4_sockets(
        self,
    ) -> WhmResponse[GetUdp4SocketsData]:
        """``get_udp4_sockets`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_udp4_sockets``."""
        from .api.server_administration import get_udp4_sockets as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_udp6_sockets(
        self,
    ) -> WhmResponse[GetUdp6SocketsData]:
        """``get_udp6_sockets`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_udp6_sockets``."""
        from .api.server_administration import get_udp6_sockets as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_unique_recipient_count_per_sender_for_user(
        self,
        *,
        end_time: int,
        start_time: int,
        user: str,
    ) -> WhmResponse[GetUniqueRecipientCountPerSenderForUserData]:
        """``get_unique_recipient_count_per_sender_for_user`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_unique_recipient_count_per_sender_for_user``."""
        from .api.mail import get_unique_recipient_count_per_sender_for_user as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetUniqueSenderRecipientCountPerUserData]:
        """``get_unique_sender_recipient_count_per_user`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_unique_sender_recipient_count_per_user``."""
        from .api.mail import get_unique_sender_recipient_count_per_user as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                end_time=end_time,
                start_time=start_time,
            ),
        )

    async def get_update_availability(
        self,
    ) -> WhmResponse[GetUpdateAvailabilityData]:
        """``get_update_availability`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_update_availability``."""
        from .api.server_administration import get_update_availability as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_upgrade_opportunities(
        self,
        *,
        disk_threshold_blocks: int | Unset = UNSET,
        nearness_fraction: float | Unset = UNSET,
    ) -> WhmResponse[GetUpgradeOpportunitiesData]:
        """``get_upgrade_opportunities`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_upgrade_opportunities``."""
        from .api.accounts import get_upgrade_opportunities as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetUserEmailForwardDestinationData]:
        """``get_user_email_forward_destination`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_user_email_forward_destination``."""
        from .api.mail import get_user_email_forward_destination as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def get_users_and_domains_with_backup_metadata(
        self,
    ) -> WhmResponse[GetUsersAndDomainsWithBackupMetadataData]:
        """``get_users_and_domains_with_backup_metadata`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_users_and_domains_with_backup_metadata``."""
        from .api.backups import get_users_and_domains_with_backup_metadata as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_users_authn_linked_accounts(
        self,
    ) -> WhmResponse[GetUsersAuthnLinkedAccountsData]:
        """``get_users_authn_linked_accounts`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_users_authn_linked_accounts``."""
        from .api.authentication import get_users_authn_linked_accounts as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def get_users_features_settings(
        self,
        *,
        user: str,
        feature: str | Unset = UNSET,
    ) -> WhmResponse[GetUsersFeaturesSettingsData]:
        """``get_users_features_settings`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_users_features_settings``."""
        from .api.packages import get_users_features_settings as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetUsersLinksData]:
        """``get_users_links`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_users_links``."""
        from .api.styles import get_users_links as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
                service=service,
            ),
        )

    async def get_users_with_backup_metadata(
        self,
    ) -> WhmResponse[GetUsersWithBackupMetadataData]:
        """``get_users_with_backup_metadata`` with the whole reply; arguments and ``.data`` as ``WhmClient.get_users_with_backup_metadata``."""
        from .api.backups import get_users_with_backup_metadata as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def getdiskusage(
        self,
    ) -> WhmResponse[GetdiskusageData]:
        """``getdiskusage`` with the whole reply; arguments and ``.data`` as ``WhmClient.getdiskusage``."""
        from .api.server_administration import getdiskusage as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def getdomainowner(
        self,
        *,
        domain: str,
    ) -> WhmResponse[GetdomainownerData]:
        """``getdomainowner`` with the whole reply; arguments and ``.data`` as ``WhmClient.getdomainowner``."""
        from .api.domain_information import getdomainowner as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def gethostname(
        self,
    ) -> WhmResponse[GethostnameData]:
        """``gethostname`` with the whole reply; arguments and ``.data`` as ``WhmClient.gethostname``."""
        from .api.server_administration import gethostname as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def getminimumpasswordstrengths(
        self,
        *,
        name: str | Unset = UNSET,
    ) -> WhmResponse[GetminimumpasswordstrengthsData]:
        """``getminimumpasswordstrengths`` with the whole reply; arguments and ``.data`` as ``WhmClient.getminimumpasswordstrengths``."""
        from .api.security import getminimumpasswordstrengths as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def getpkginfo(
        self,
        *,
        pkg: str,
    ) -> WhmResponse[GetpkginfoData]:
        """``getpkginfo`` with the whole reply; arguments and ``.data`` as ``WhmClient.getpkginfo``."""
        from .api.packages import getpkginfo as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                pkg=pkg,
            ),
        )

    async def getresellerips(
        self,
        *,
        user: str | Unset = UNSET,
    ) -> WhmResponse[GetreselleripsData]:
        """``getresellerips`` with the whole reply; arguments and ``.data`` as ``WhmClient.getresellerips``."""
        from .api.resellers import getresellerips as operation

        return await self._run_raw(
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
    ) -> WhmResponse[GetzonerecordData]:
        """``getzonerecord`` with the whole reply; arguments and ``.data`` as ``WhmClient.getzonerecord``."""
        from .api.dns import getzonerecord as operation

        return await self._run_raw(
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
    ) -> WhmResponse[HasDigestAuthData]:
        """``has_digest_auth`` with the whole reply; arguments and ``.data`` as ``WhmClient.has_digest_auth``."""
        from .api.accounts import has_digest_auth as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def has_local_authority(
        self,
        *,
        domain: str,
    ) -> WhmResponse[HasLocalAuthorityData]:
        """``has_local_authority`` with the whole reply; arguments and ``.data`` as ``WhmClient.has_local_authority``."""
        from .api.dns import has_local_authority as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def has_mycnf_for_cpuser(
        self,
        *,
        user: str,
    ) -> WhmResponse[HasMycnfForCpuserData]:
        """``has_mycnf_for_cpuser`` with the whole reply; arguments and ``.data`` as ``WhmClient.has_mycnf_for_cpuser``."""
        from .api.accounts import has_mycnf_for_cpuser as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def hold_outgoing_email(
        self,
        *,
        user: str,
    ) -> WhmResponse[Any]:
        """``hold_outgoing_email`` with the whole reply; arguments and ``.data`` as ``WhmClient.hold_outgoing_email``."""
        from .api.mail import hold_outgoing_email as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ImportZoneKeyData]:
        """``import_zone_key`` with the whole reply; arguments and ``.data`` as ``WhmClient.import_zone_key``."""
        from .api.dns import import_zone_key as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``importsshkey`` with the whole reply; arguments and ``.data`` as ``WhmClient.importsshkey``."""
        from .api.ssh_keys_and_connections import importsshkey as operation

        return await self._run_raw(
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
    ) -> WhmResponse[InstallDkimPrivateKeysData]:
        """``install_dkim_private_keys`` with the whole reply; arguments and ``.data`` as ``WhmClient.install_dkim_private_keys``."""
        from .api.mail import install_dkim_private_keys as operation

        return await self._run_raw(
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
    ) -> WhmResponse[InstallRpmPluginData]:
        """``install_rpm_plugin`` with the whole reply; arguments and ``.data`` as ``WhmClient.install_rpm_plugin``."""
        from .api.rpm import install_rpm_plugin as operation

        return await self._run_raw(
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
    ) -> WhmResponse[InstallServiceSslCertificateData]:
        """``install_service_ssl_certificate`` with the whole reply; arguments and ``.data`` as ``WhmClient.install_service_ssl_certificate``."""
        from .api.ssl import install_service_ssl_certificate as operation

        return await self._run_raw(
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
    ) -> WhmResponse[InstallSpfRecordsData]:
        """``install_spf_records`` with the whole reply; arguments and ``.data`` as ``WhmClient.install_spf_records``."""
        from .api.mail import install_spf_records as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
                record=record,
            ),
        )

    async def installable_mysql_versions(
        self,
    ) -> WhmResponse[InstallableMysqlVersionsData]:
        """``installable_mysql_versions`` with the whole reply; arguments and ``.data`` as ``WhmClient.installable_mysql_versions``."""
        from .api.databases import installable_mysql_versions as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def installed_versions(
        self,
        *,
        packages: InstalledVersionsPackages | Unset = UNSET,
    ) -> WhmResponse[InstalledVersionsData]:
        """``installed_versions`` with the whole reply; arguments and ``.data`` as ``WhmClient.installed_versions``."""
        from .api.updates import installed_versions as operation

        return await self._run_raw(
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
    ) -> WhmResponse[InstallsslData]:
        """``installssl`` with the whole reply; arguments and ``.data`` as ``WhmClient.installssl``."""
        from .api.ssl import installssl as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Ipv6DisableAccountData]:
        """``ipv6_disable_account`` with the whole reply; arguments and ``.data`` as ``WhmClient.ipv6_disable_account``."""
        from .api.ip_addresses import ipv6_disable_account as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Ipv6EnableAccountData]:
        """``ipv6_enable_account`` with the whole reply; arguments and ``.data`` as ``WhmClient.ipv6_enable_account``."""
        from .api.ip_addresses import ipv6_enable_account as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``ipv6_range_add`` with the whole reply; arguments and ``.data`` as ``WhmClient.ipv6_range_add``."""
        from .api.ip_addresses import ipv6_range_add as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``ipv6_range_edit`` with the whole reply; arguments and ``.data`` as ``WhmClient.ipv6_range_edit``."""
        from .api.ip_addresses import ipv6_range_edit as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
                new_name=new_name,
                note=note,
            ),
        )

    async def ipv6_range_list(
        self,
    ) -> WhmResponse[Ipv6RangeListData]:
        """``ipv6_range_list`` with the whole reply; arguments and ``.data`` as ``WhmClient.ipv6_range_list``."""
        from .api.ip_addresses import ipv6_range_list as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def ipv6_range_remove(
        self,
        *,
        name: str,
    ) -> WhmResponse[Any]:
        """``ipv6_range_remove`` with the whole reply; arguments and ``.data`` as ``WhmClient.ipv6_range_remove``."""
        from .api.ip_addresses import ipv6_range_remove as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def ipv6_range_usage(
        self,
        *,
        name: str,
    ) -> WhmResponse[Ipv6RangeUsageData]:
        """``ipv6_range_usage`` with the whole reply; arguments and ``.data`` as ``WhmClient.ipv6_range_usage``."""
        from .api.ip_addresses import ipv6_range_usage as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def is_alias_available(
        self,
    ) -> WhmResponse[IsAliasAvailableData]:
        """``is_alias_available`` with the whole reply; arguments and ``.data`` as ``WhmClient.is_alias_available``."""
        from .api.dns import is_alias_available as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def is_conversion_in_progress(
        self,
    ) -> WhmResponse[IsConversionInProgressData]:
        """``is_conversion_in_progress`` with the whole reply; arguments and ``.data`` as ``WhmClient.is_conversion_in_progress``."""
        from .api.php_fpm import is_conversion_in_progress as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def is_https_available(
        self,
    ) -> WhmResponse[IsHttpsAvailableData]:
        """``is_https_available`` with the whole reply; arguments and ``.data`` as ``WhmClient.is_https_available``."""
        from .api.dns import is_https_available as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def is_ready(
        self,
        *,
        plugin: str,
        namespace: IsReadyNamespace | Unset = UNSET,
    ) -> WhmResponse[IsReadyData]:
        """``is_ready`` with the whole reply; arguments and ``.data`` as ``WhmClient.is_ready``."""
        from .api.plugin_based_features import is_ready as operation

        return await self._run_raw(
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
    ) -> WhmResponse[IsRoleEnabledData]:
        """``is_role_enabled`` with the whole reply; arguments and ``.data`` as ``WhmClient.is_role_enabled``."""
        from .api.server_administration import is_role_enabled as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                role=role,
            ),
        )

    async def is_sni_supported(
        self,
    ) -> WhmResponse[IsSniSupportedData]:
        """``is_sni_supported`` with the whole reply; arguments and ``.data`` as ``WhmClient.is_sni_supported``."""
        from .api.mail import is_sni_supported as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def is_svcb_available(
        self,
    ) -> WhmResponse[IsSvcbAvailableData]:
        """``is_svcb_available`` with the whole reply; arguments and ``.data`` as ``WhmClient.is_svcb_available``."""
        from .api.dns import is_svcb_available as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def killdns(
        self,
        *,
        domain: str,
    ) -> WhmResponse[Any]:
        """``killdns`` with the whole reply; arguments and ``.data`` as ``WhmClient.killdns``."""
        from .api.dns import killdns as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def killpkg(
        self,
        *,
        pkgname: str,
    ) -> WhmResponse[Any]:
        """``killpkg`` with the whole reply; arguments and ``.data`` as ``WhmClient.killpkg``."""
        from .api.packages import killpkg as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                pkgname=pkgname,
            ),
        )

    async def latest_available_mysql_version(
        self,
    ) -> WhmResponse[LatestAvailableMysqlVersionData]:
        """``latest_available_mysql_version`` with the whole reply; arguments and ``.data`` as ``WhmClient.latest_available_mysql_version``."""
        from .api.databases import latest_available_mysql_version as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def limitbw(
        self,
        *,
        user: str,
        bwlimit: Any | Unset = UNSET,
    ) -> WhmResponse[LimitbwData]:
        """``limitbw`` with the whole reply; arguments and ``.data`` as ``WhmClient.limitbw``."""
        from .api.bandwidth_and_disk_quotas import limitbw as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``link_server_node_with_api_token`` with the whole reply; arguments and ``.data`` as ``WhmClient.link_server_node_with_api_token``."""
        from .api.server_administration import link_server_node_with_api_token as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``link_user_authn_provider`` with the whole reply; arguments and ``.data`` as ``WhmClient.link_user_authn_provider``."""
        from .api.authentication import link_user_authn_provider as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ListAccountEnhancementsData]:
        """``list_account_enhancements`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_account_enhancements``."""
        from .api.account_enhancements import list_account_enhancements as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def list_accounts_retention(
        self,
    ) -> WhmResponse[ListAccountsRetentionData]:
        """``list_accounts_retention`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_accounts_retention``."""
        from .api.web_log_retention import list_accounts_retention as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def list_blocked_incoming_email_countries(
        self,
    ) -> WhmResponse[ListBlockedIncomingEmailCountriesData]:
        """``list_blocked_incoming_email_countries`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_blocked_incoming_email_countries``."""
        from .api.mail import list_blocked_incoming_email_countries as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def list_blocked_incoming_email_domains(
        self,
    ) -> WhmResponse[ListBlockedIncomingEmailDomainsData]:
        """``list_blocked_incoming_email_domains`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_blocked_incoming_email_domains``."""
        from .api.mail import list_blocked_incoming_email_domains as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def list_configclusterservers(
        self,
    ) -> WhmResponse[ListConfigclusterserversData]:
        """``list_configclusterservers`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_configclusterservers``."""
        from .api.server_administration import list_configclusterservers as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def list_connected_applications(
        self,
    ) -> WhmResponse[ListConnectedApplicationsData]:
        """``list_connected_applications`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_connected_applications``."""
        from .api.server_administration import list_connected_applications as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def list_cparchive_files(
        self,
    ) -> WhmResponse[ListCparchiveFilesData]:
        """``list_cparchive_files`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_cparchive_files``."""
        from .api.backups import list_cparchive_files as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def list_database_users(
        self,
    ) -> WhmResponse[ListDatabaseUsersData]:
        """``list_database_users`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_database_users``."""
        from .api.databases import list_database_users as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def list_databases(
        self,
    ) -> WhmResponse[ListDatabasesData]:
        """``list_databases`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_databases``."""
        from .api.databases import list_databases as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def list_enhancement_limits(
        self,
        *,
        account: str,
    ) -> WhmResponse[ListEnhancementLimitsData]:
        """``list_enhancement_limits`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_enhancement_limits``."""
        from .api.resellers import list_enhancement_limits as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                account=account,
            ),
        )

    async def list_hooks(
        self,
    ) -> WhmResponse[ListHooksData]:
        """``list_hooks`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_hooks``."""
        from .api.script_hooks import list_hooks as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def list_integration_groups(
        self,
        *,
        user: str,
    ) -> WhmResponse[ListIntegrationGroupsData]:
        """``list_integration_groups`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_integration_groups``."""
        from .api.integration import list_integration_groups as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def list_integration_links(
        self,
        *,
        user: str,
    ) -> WhmResponse[ListIntegrationLinksData]:
        """``list_integration_links`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_integration_links``."""
        from .api.integration import list_integration_links as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def list_linked_server_nodes(
        self,
    ) -> WhmResponse[ListLinkedServerNodesData]:
        """``list_linked_server_nodes`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_linked_server_nodes``."""
        from .api.server_administration import list_linked_server_nodes as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def list_mysql_databases_and_users(
        self,
        *,
        user: str,
    ) -> WhmResponse[ListMysqlDatabasesAndUsersData]:
        """``list_mysql_databases_and_users`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_mysql_databases_and_users``."""
        from .api.databases import list_mysql_databases_and_users as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def list_pops_for(
        self,
        *,
        user: str,
    ) -> WhmResponse[ListPopsForData]:
        """``list_pops_for`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_pops_for``."""
        from .api.mail import list_pops_for as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def list_rpms(
        self,
        *,
        target: str | Unset = UNSET,
    ) -> WhmResponse[ListRpmsData]:
        """``list_rpms`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_rpms``."""
        from .api.rpm import list_rpms as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                target=target,
            ),
        )

    async def list_user_child_nodes(
        self,
    ) -> WhmResponse[ListUserChildNodesData]:
        """``list_user_child_nodes`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_user_child_nodes``."""
        from .api.server_administration import list_user_child_nodes as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def list_users(
        self,
    ) -> WhmResponse[ListUsersData]:
        """``list_users`` with the whole reply; arguments and ``.data`` as ``WhmClient.list_users``."""
        from .api.account_management import list_users as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def listaccts(
        self,
        *,
        search: str | Unset = UNSET,
        searchmethod: ListacctsSearchmethod | Unset = UNSET,
        searchtype: str | Unset = UNSET,
        want: str | Unset = UNSET,
    ) -> WhmResponse[ListacctsData]:
        """``listaccts`` with the whole reply; arguments and ``.data`` as ``WhmClient.listaccts``."""
        from .api.accounts import listaccts as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ListaclsData]:
        """``listacls`` with the whole reply; arguments and ``.data`` as ``WhmClient.listacls``."""
        from .api.resellers import listacls as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def listcrts(
        self,
        *,
        registered: ListcrtsRegistered | Unset = UNSET,
        user: str | Unset = UNSET,
    ) -> WhmResponse[ListcrtsData]:
        """``listcrts`` with the whole reply; arguments and ``.data`` as ``WhmClient.listcrts``."""
        from .api.ssl import listcrts as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                registered=registered,
                user=user,
            ),
        )

    async def listips(
        self,
    ) -> WhmResponse[ListipsData]:
        """``listips`` with the whole reply; arguments and ``.data`` as ``WhmClient.listips``."""
        from .api.ip_addresses import listips as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def listipv6s(
        self,
    ) -> WhmResponse[Listipv6SData]:
        """``listipv6s`` with the whole reply; arguments and ``.data`` as ``WhmClient.listipv6s``."""
        from .api.ip_addresses import listipv6s as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def listlockedaccounts(
        self,
    ) -> WhmResponse[ListlockedaccountsData]:
        """``listlockedaccounts`` with the whole reply; arguments and ``.data`` as ``WhmClient.listlockedaccounts``."""
        from .api.suspensions import listlockedaccounts as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def listmxs(
        self,
        *,
        domain: str,
    ) -> WhmResponse[ListmxsData]:
        """``listmxs`` with the whole reply; arguments and ``.data`` as ``WhmClient.listmxs``."""
        from .api.dns import listmxs as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def listpkgs(
        self,
        *,
        want: ListpkgsWant | Unset = UNSET,
    ) -> WhmResponse[ListpkgsData]:
        """``listpkgs`` with the whole reply; arguments and ``.data`` as ``WhmClient.listpkgs``."""
        from .api.packages import listpkgs as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                want=want,
            ),
        )

    async def listresellers(
        self,
    ) -> WhmResponse[ListresellersData]:
        """``listresellers`` with the whole reply; arguments and ``.data`` as ``WhmClient.listresellers``."""
        from .api.resellers import listresellers as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def listsshkeys(
        self,
        *,
        files: str | Unset = UNSET,
        private: ListsshkeysPrivate | Unset = UNSET,
        private_texts: ListsshkeysPrivateTexts | Unset = UNSET,
        public: ListsshkeysPublic | Unset = UNSET,
        public_texts: ListsshkeysPublicTexts | Unset = UNSET,
        sync_authorized: ListsshkeysSyncAuthorized | Unset = UNSET,
    ) -> WhmResponse[ListsshkeysData]:
        """``listsshkeys`` with the whole reply; arguments and ``.data`` as ``WhmClient.listsshkeys``."""
        from .api.ssh_keys_and_connections import listsshkeys as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ListsuspendedData]:
        """``listsuspended`` with the whole reply; arguments and ``.data`` as ``WhmClient.listsuspended``."""
        from .api.suspensions import listsuspended as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def listzones(
        self,
    ) -> WhmResponse[ListzonesData]:
        """``listzones`` with the whole reply; arguments and ``.data`` as ``WhmClient.listzones``."""
        from .api.dns import listzones as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def load_cpgreylist_config(
        self,
    ) -> WhmResponse[LoadCpgreylistConfigData]:
        """``load_cpgreylist_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.load_cpgreylist_config``."""
        from .api.greylisting import load_cpgreylist_config as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def load_cphulk_config(
        self,
    ) -> WhmResponse[LoadCphulkConfigData]:
        """``load_cphulk_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.load_cphulk_config``."""
        from .api.c_p_hulk import load_cphulk_config as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def local_disable(
        self,
        *,
        plugin: LocalDisablePlugin,
        namespace: LocalDisableNamespace | Unset = UNSET,
    ) -> WhmResponse[Any]:
        """``local_disable`` with the whole reply; arguments and ``.data`` as ``WhmClient.local_disable``."""
        from .api.plugin_based_features import local_disable as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``local_enable`` with the whole reply; arguments and ``.data`` as ``WhmClient.local_enable``."""
        from .api.plugin_based_features import local_enable as operation

        return await self._run_raw(
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
    ) -> WhmResponse[LookupnsipData]:
        """``lookupnsip`` with the whole reply; arguments and ``.data`` as ``WhmClient.lookupnsip``."""
        from .api.dns import lookupnsip as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                host=host,
            ),
        )

    async def lookupnsips(
        self,
        *,
        host: str,
    ) -> WhmResponse[LookupnsipsData]:
        """``lookupnsips`` with the whole reply; arguments and ``.data`` as ``WhmClient.lookupnsips``."""
        from .api.dns import lookupnsips as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                host=host,
            ),
        )

    async def mail_sni_status(
        self,
        *,
        domain: str,
    ) -> WhmResponse[MailSniStatusData]:
        """``mail_sni_status`` with the whole reply; arguments and ``.data`` as ``WhmClient.mail_sni_status``."""
        from .api.mail import mail_sni_status as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ManageFeaturesData]:
        """``manage_features`` with the whole reply; arguments and ``.data`` as ``WhmClient.manage_features``."""
        from .api.packages import manage_features as operation

        return await self._run_raw(
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
    ) -> WhmResponse[MassEditDnsZoneData]:
        """``mass_edit_dns_zone`` with the whole reply; arguments and ``.data`` as ``WhmClient.mass_edit_dns_zone``."""
        from .api.dns import mass_edit_dns_zone as operation

        return await self._run_raw(
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
    ) -> WhmResponse[MassmodifyacctData]:
        """``massmodifyacct`` with the whole reply; arguments and ``.data`` as ``WhmClient.massmodifyacct``."""
        from .api.accounts import massmodifyacct as operation

        return await self._run_raw(
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
    ) -> WhmResponse[MatchpkgsData]:
        """``matchpkgs`` with the whole reply; arguments and ``.data`` as ``WhmClient.matchpkgs``."""
        from .api.packages import matchpkgs as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ModifyAccountEnhancementData]:
        """``modify_account_enhancement`` with the whole reply; arguments and ``.data`` as ``WhmClient.modify_account_enhancement``."""
        from .api.account_enhancements import modify_account_enhancement as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ModifyacctData]:
        """``modifyacct`` with the whole reply; arguments and ``.data`` as ``WhmClient.modifyacct``."""
        from .api.accounts import modifyacct as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ModsecAddRuleData]:
        """``modsec_add_rule`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_add_rule``."""
        from .api.mod_security import modsec_add_rule as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ModsecAddVendorData]:
        """``modsec_add_vendor`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_add_vendor``."""
        from .api.mod_security import modsec_add_vendor as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``modsec_assemble_config_text`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_assemble_config_text``."""
        from .api.mod_security import modsec_assemble_config_text as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ModsecBatchSettingsData]:
        """``modsec_batch_settings`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_batch_settings``."""
        from .api.mod_security import modsec_batch_settings as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ModsecCheckRuleData]:
        """``modsec_check_rule`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_check_rule``."""
        from .api.mod_security import modsec_check_rule as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ModsecCloneRuleData]:
        """``modsec_clone_rule`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_clone_rule``."""
        from .api.mod_security import modsec_clone_rule as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                config=config,
                id=id,
            ),
        )

    async def modsec_deploy_all_rule_changes(
        self,
    ) -> WhmResponse[ModsecDeployAllRuleChangesData]:
        """``modsec_deploy_all_rule_changes`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_deploy_all_rule_changes``."""
        from .api.mod_security import modsec_deploy_all_rule_changes as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def modsec_deploy_rule_changes(
        self,
        *,
        config: str,
    ) -> WhmResponse[Any]:
        """``modsec_deploy_rule_changes`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_deploy_rule_changes``."""
        from .api.mod_security import modsec_deploy_rule_changes as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                config=config,
            ),
        )

    async def modsec_deploy_settings_changes(
        self,
    ) -> WhmResponse[Any]:
        """``modsec_deploy_settings_changes`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_deploy_settings_changes``."""
        from .api.mod_security import modsec_deploy_settings_changes as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def modsec_disable_rule(
        self,
        *,
        config: str,
        id: str,
    ) -> WhmResponse[Any]:
        """``modsec_disable_rule`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_disable_rule``."""
        from .api.mod_security import modsec_disable_rule as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``modsec_disable_vendor`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_disable_vendor``."""
        from .api.mod_security import modsec_disable_vendor as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_disable_vendor_configs(
        self,
        *,
        vendor_id: str,
    ) -> WhmResponse[ModsecDisableVendorConfigsData]:
        """``modsec_disable_vendor_configs`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_disable_vendor_configs``."""
        from .api.mod_security import modsec_disable_vendor_configs as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_disable_vendor_updates(
        self,
        *,
        vendor_id: str,
    ) -> WhmResponse[Any]:
        """``modsec_disable_vendor_updates`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_disable_vendor_updates``."""
        from .api.mod_security import modsec_disable_vendor_updates as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_discard_all_rule_changes(
        self,
    ) -> WhmResponse[ModsecDiscardAllRuleChangesData]:
        """``modsec_discard_all_rule_changes`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_discard_all_rule_changes``."""
        from .api.mod_security import modsec_discard_all_rule_changes as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def modsec_discard_rule_changes(
        self,
        *,
        config: str,
    ) -> WhmResponse[Any]:
        """``modsec_discard_rule_changes`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_discard_rule_changes``."""
        from .api.mod_security import modsec_discard_rule_changes as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ModsecEditRuleData]:
        """``modsec_edit_rule`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_edit_rule``."""
        from .api.mod_security import modsec_edit_rule as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``modsec_enable_vendor`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_enable_vendor``."""
        from .api.mod_security import modsec_enable_vendor as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_enable_vendor_configs(
        self,
        *,
        vendor_id: str,
    ) -> WhmResponse[ModsecEnableVendorConfigsData]:
        """``modsec_enable_vendor_configs`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_enable_vendor_configs``."""
        from .api.mod_security import modsec_enable_vendor_configs as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_enable_vendor_updates(
        self,
        *,
        vendor_id: str,
    ) -> WhmResponse[Any]:
        """``modsec_enable_vendor_updates`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_enable_vendor_updates``."""
        from .api.mod_security import modsec_enable_vendor_updates as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                vendor_id=vendor_id,
            ),
        )

    async def modsec_get_config_text(
        self,
        *,
        config: str,
    ) -> WhmResponse[ModsecGetConfigTextData]:
        """``modsec_get_config_text`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_get_config_text``."""
        from .api.mod_security import modsec_get_config_text as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                config=config,
            ),
        )

    async def modsec_get_configs(
        self,
    ) -> WhmResponse[ModsecGetConfigsData]:
        """``modsec_get_configs`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_get_configs``."""
        from .api.mod_security import modsec_get_configs as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def modsec_get_configs_with_changes_pending(
        self,
    ) -> WhmResponse[ModsecGetConfigsWithChangesPendingData]:
        """``modsec_get_configs_with_changes_pending`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_get_configs_with_changes_pending``."""
        from .api.mod_security import modsec_get_configs_with_changes_pending as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def modsec_get_log(
        self,
    ) -> WhmResponse[list[ModsecGetLogReplyDataItem]]:
        """``modsec_get_log`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_get_log``."""
        from .api.mod_security import modsec_get_log as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def modsec_get_rules(
        self,
        *,
        config: str | Unset = UNSET,
        exclude_bare_comments: ModsecGetRulesExcludeBareComments | Unset = UNSET,
        exclude_other_directives: ModsecGetRulesExcludeOtherDirectives | Unset = UNSET,
        vendor_id: str | Unset = UNSET,
    ) -> WhmResponse[ModsecGetRulesData]:
        """``modsec_get_rules`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_get_rules``."""
        from .api.mod_security import modsec_get_rules as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ModsecGetSettingsData]:
        """``modsec_get_settings`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_get_settings``."""
        from .api.mod_security import modsec_get_settings as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def modsec_get_vendors(
        self,
    ) -> WhmResponse[ModsecGetVendorsData]:
        """``modsec_get_vendors`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_get_vendors``."""
        from .api.mod_security import modsec_get_vendors as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def modsec_is_installed(
        self,
    ) -> WhmResponse[ModsecIsInstalledData]:
        """``modsec_is_installed`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_is_installed``."""
        from .api.mod_security import modsec_is_installed as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def modsec_make_config_active(
        self,
        *,
        config: str,
    ) -> WhmResponse[Any]:
        """``modsec_make_config_active`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_make_config_active``."""
        from .api.mod_security import modsec_make_config_active as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                config=config,
            ),
        )

    async def modsec_make_config_inactive(
        self,
        *,
        config: str,
    ) -> WhmResponse[Any]:
        """``modsec_make_config_inactive`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_make_config_inactive``."""
        from .api.mod_security import modsec_make_config_inactive as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                config=config,
            ),
        )

    async def modsec_preview_vendor(
        self,
        *,
        url_query: str,
    ) -> WhmResponse[ModsecPreviewVendorData]:
        """``modsec_preview_vendor`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_preview_vendor``."""
        from .api.mod_security import modsec_preview_vendor as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``modsec_remove_rule`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_remove_rule``."""
        from .api.mod_security import modsec_remove_rule as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``modsec_remove_setting`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_remove_setting``."""
        from .api.mod_security import modsec_remove_setting as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                setting_id=setting_id,
            ),
        )

    async def modsec_remove_vendor(
        self,
        *,
        vendor_id: str,
    ) -> WhmResponse[Any]:
        """``modsec_remove_vendor`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_remove_vendor``."""
        from .api.mod_security import modsec_remove_vendor as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ModsecReportRuleData]:
        """``modsec_report_rule`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_report_rule``."""
        from .api.mod_security import modsec_report_rule as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``modsec_set_config_text`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_set_config_text``."""
        from .api.mod_security import modsec_set_config_text as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ModsecSetSettingData]:
        """``modsec_set_setting`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_set_setting``."""
        from .api.mod_security import modsec_set_setting as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``modsec_undisable_rule`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_undisable_rule``."""
        from .api.mod_security import modsec_undisable_rule as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ModsecUpdateVendorData]:
        """``modsec_update_vendor`` with the whole reply; arguments and ``.data`` as ``WhmClient.modsec_update_vendor``."""
        from .api.mod_security import modsec_update_vendor as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                url_query=url_query,
            ),
        )

    async def myprivs(
        self,
    ) -> WhmResponse[MyprivsData]:
        """``myprivs`` with the whole reply; arguments and ``.data`` as ``WhmClient.myprivs``."""
        from .api.accounts import myprivs as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def nat_checkip(
        self,
        *,
        ip: str,
    ) -> WhmResponse[NatCheckipData]:
        """``nat_checkip`` with the whole reply; arguments and ``.data`` as ``WhmClient.nat_checkip``."""
        from .api.ip_addresses import nat_checkip as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``nat_set_public_ip`` with the whole reply; arguments and ``.data`` as ``WhmClient.nat_set_public_ip``."""
        from .api.ip_addresses import nat_set_public_ip as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``nginxmanager_clear_cache`` with the whole reply; arguments and ``.data`` as ``WhmClient.nginxmanager_clear_cache``."""
        from .api.nginx_manager import nginxmanager_clear_cache as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def nginxmanager_get_cache_config_system(
        self,
        *,
        merge: NginxmanagerGetCacheConfigSystemMerge | Unset = UNSET,
    ) -> WhmResponse[NginxmanagerGetCacheConfigSystemData]:
        """``nginxmanager_get_cache_config_system`` with the whole reply; arguments and ``.data`` as ``WhmClient.nginxmanager_get_cache_config_system``."""
        from .api.nginx_manager import nginxmanager_get_cache_config_system as operation

        return await self._run_raw(
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
    ) -> WhmResponse[NginxmanagerGetCacheConfigUsersData]:
        """``nginxmanager_get_cache_config_users`` with the whole reply; arguments and ``.data`` as ``WhmClient.nginxmanager_get_cache_config_users``."""
        from .api.nginx_manager import nginxmanager_get_cache_config_users as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``nginxmanager_rebuild_cache_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.nginxmanager_rebuild_cache_config``."""
        from .api.nginx_manager import nginxmanager_rebuild_cache_config as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def nginxmanager_reset_users_cache_config(
        self,
        *,
        user: list[str] | Unset = UNSET,
    ) -> WhmResponse[Any]:
        """``nginxmanager_reset_users_cache_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.nginxmanager_reset_users_cache_config``."""
        from .api.nginx_manager import nginxmanager_reset_users_cache_config as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``nginxmanager_set_cache_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.nginxmanager_set_cache_config``."""
        from .api.nginx_manager import nginxmanager_set_cache_config as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``normalize_user_email_configuration`` with the whole reply; arguments and ``.data`` as ``WhmClient.normalize_user_email_configuration``."""
        from .api.mail import normalize_user_email_configuration as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                username=username,
            ),
        )

    async def package_manager_fixcache(
        self,
    ) -> WhmResponse[PackageManagerFixcacheData]:
        """``package_manager_fixcache`` with the whole reply; arguments and ``.data`` as ``WhmClient.package_manager_fixcache``."""
        from .api.rpm import package_manager_fixcache as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def package_manager_get_build_log(
        self,
        *,
        build: int,
        offset: int,
    ) -> WhmResponse[PackageManagerGetBuildLogData]:
        """``package_manager_get_build_log`` with the whole reply; arguments and ``.data`` as ``WhmClient.package_manager_get_build_log``."""
        from .api.rpm import package_manager_get_build_log as operation

        return await self._run_raw(
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
    ) -> WhmResponse[PackageManagerGetPackageInfoData]:
        """``package_manager_get_package_info`` with the whole reply; arguments and ``.data`` as ``WhmClient.package_manager_get_package_info``."""
        from .api.rpm import package_manager_get_package_info as operation

        return await self._run_raw(
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
    ) -> WhmResponse[PackageManagerIsPerformingActionsData]:
        """``package_manager_is_performing_actions`` with the whole reply; arguments and ``.data`` as ``WhmClient.package_manager_is_performing_actions``."""
        from .api.rpm import package_manager_is_performing_actions as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                build=build,
            ),
        )

    async def package_manager_list_packages(
        self,
        *,
        state: PackageManagerListPackagesState | Unset = UNSET,
    ) -> WhmResponse[PackageManagerListPackagesData]:
        """``package_manager_list_packages`` with the whole reply; arguments and ``.data`` as ``WhmClient.package_manager_list_packages``."""
        from .api.rpm import package_manager_list_packages as operation

        return await self._run_raw(
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
    ) -> WhmResponse[PackageManagerResolveActionsData]:
        """``package_manager_resolve_actions`` with the whole reply; arguments and ``.data`` as ``WhmClient.package_manager_resolve_actions``."""
        from .api.rpm import package_manager_resolve_actions as operation

        return await self._run_raw(
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
    ) -> WhmResponse[PackageManagerSubmitActionsData]:
        """``package_manager_submit_actions`` with the whole reply; arguments and ``.data`` as ``WhmClient.package_manager_submit_actions``."""
        from .api.rpm import package_manager_submit_actions as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                install=install,
                uninstall=uninstall,
                upgrade=upgrade,
            ),
        )

    async def package_manager_upgrade(
        self,
    ) -> WhmResponse[PackageManagerUpgradeData]:
        """``package_manager_upgrade`` with the whole reply; arguments and ``.data`` as ``WhmClient.package_manager_upgrade``."""
        from .api.rpm import package_manager_upgrade as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def parse_dns_zone(
        self,
        *,
        zone: str,
    ) -> WhmResponse[ParseDnsZoneData]:
        """``parse_dns_zone`` with the whole reply; arguments and ``.data`` as ``WhmClient.parse_dns_zone``."""
        from .api.dns import parse_dns_zone as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                zone=zone,
            ),
        )

    async def participate_in_analytics(
        self,
        *,
        enabled: ParticipateInAnalyticsEnabled,
    ) -> WhmResponse[Any]:
        """``participate_in_analytics`` with the whole reply; arguments and ``.data`` as ``WhmClient.participate_in_analytics``."""
        from .api.c_panel_analytics import participate_in_analytics as operation

        return await self._run_raw(
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
    ) -> WhmResponse[PasswdData]:
        """``passwd`` with the whole reply; arguments and ``.data`` as ``WhmClient.passwd``."""
        from .api.passwords import passwd as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``pause_transfer_session`` with the whole reply; arguments and ``.data`` as ``WhmClient.pause_transfer_session``."""
        from .api.transfers import pause_transfer_session as operation

        return await self._run_raw(
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
    ) -> WhmResponse[PersonalizationGetData]:
        """``personalization_get`` with the whole reply; arguments and ``.data`` as ``WhmClient.personalization_get``."""
        from .api.server_administration import personalization_get as operation

        return await self._run_raw(
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
    ) -> WhmResponse[PersonalizationSetData]:
        """``personalization_set`` with the whole reply; arguments and ``.data`` as ``WhmClient.personalization_set``."""
        from .api.server_administration import personalization_set as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                personalization=personalization,
                store=store,
            ),
        )

    async def php_fpm_config_get(
        self,
    ) -> WhmResponse[PhpFpmConfigGetData]:
        """``php_fpm_config_get`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_fpm_config_get``."""
        from .api.php_fpm import php_fpm_config_get as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def php_fpm_config_set(
        self,
    ) -> WhmResponse[Any]:
        """``php_fpm_config_set`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_fpm_config_set``."""
        from .api.php_fpm import php_fpm_config_set as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def php_get_default_accounts_to_fpm(
        self,
    ) -> WhmResponse[PhpGetDefaultAccountsToFpmData]:
        """``php_get_default_accounts_to_fpm`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_get_default_accounts_to_fpm``."""
        from .api.php_fpm import php_get_default_accounts_to_fpm as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def php_get_handlers(
        self,
        *,
        version: str | Unset = UNSET,
    ) -> WhmResponse[PhpGetHandlersData]:
        """``php_get_handlers`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_get_handlers``."""
        from .api.php import php_get_handlers as operation

        return await self._run_raw(
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
    ) -> WhmResponse[PhpGetImpactedDomainsData]:
        """``php_get_impacted_domains`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_get_impacted_domains``."""
        from .api.php import php_get_impacted_domains as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
                system_default=system_default,
            ),
        )

    async def php_get_installed_versions(
        self,
    ) -> WhmResponse[PhpGetInstalledVersionsData]:
        """``php_get_installed_versions`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_get_installed_versions``."""
        from .api.php import php_get_installed_versions as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def php_get_old_fpm_flag(
        self,
    ) -> WhmResponse[PhpGetOldFpmFlagData]:
        """``php_get_old_fpm_flag`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_get_old_fpm_flag``."""
        from .api.php_fpm import php_get_old_fpm_flag as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def php_get_system_default_version(
        self,
    ) -> WhmResponse[PhpGetSystemDefaultVersionData]:
        """``php_get_system_default_version`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_get_system_default_version``."""
        from .api.php import php_get_system_default_version as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def php_get_vhost_versions(
        self,
    ) -> WhmResponse[PhpGetVhostVersionsData]:
        """``php_get_vhost_versions`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_get_vhost_versions``."""
        from .api.php import php_get_vhost_versions as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def php_get_vhosts_by_version(
        self,
        *,
        version: str,
    ) -> WhmResponse[PhpGetVhostsByVersionData]:
        """``php_get_vhosts_by_version`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_get_vhosts_by_version``."""
        from .api.php import php_get_vhosts_by_version as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                version=version,
            ),
        )

    async def php_ini_get_content(
        self,
        *,
        version: str,
    ) -> WhmResponse[PhpIniGetContentData]:
        """``php_ini_get_content`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_ini_get_content``."""
        from .api.php import php_ini_get_content as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                version=version,
            ),
        )

    async def php_ini_get_directives(
        self,
        *,
        version: str,
    ) -> WhmResponse[PhpIniGetDirectivesData]:
        """``php_ini_get_directives`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_ini_get_directives``."""
        from .api.php import php_ini_get_directives as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``php_ini_set_content`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_ini_set_content``."""
        from .api.php import php_ini_set_content as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``php_ini_set_directives`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_ini_set_directives``."""
        from .api.php import php_ini_set_directives as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``php_set_default_accounts_to_fpm`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_set_default_accounts_to_fpm``."""
        from .api.php_fpm import php_set_default_accounts_to_fpm as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``php_set_handler`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_set_handler``."""
        from .api.php import php_set_handler as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                handler=handler,
                version=version,
            ),
        )

    async def php_set_old_fpm_flag(
        self,
    ) -> WhmResponse[PhpSetOldFpmFlagData]:
        """``php_set_old_fpm_flag`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_set_old_fpm_flag``."""
        from .api.php_fpm import php_set_old_fpm_flag as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def php_set_session_save_path(
        self,
        *,
        overwrite: PhpSetSessionSavePathOverwrite | Unset = UNSET,
        path: str | Unset = UNSET,
    ) -> WhmResponse[Any]:
        """``php_set_session_save_path`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_set_session_save_path``."""
        from .api.php import php_set_session_save_path as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``php_set_system_default_version`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_set_system_default_version``."""
        from .api.php import php_set_system_default_version as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``php_set_vhost_versions`` with the whole reply; arguments and ``.data`` as ``WhmClient.php_set_vhost_versions``."""
        from .api.php import php_set_vhost_versions as operation

        return await self._run_raw(
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
    ) -> WhmResponse[PurchaseALicenseData]:
        """``purchase_a_license`` with the whole reply; arguments and ``.data`` as ``WhmClient.purchase_a_license``."""
        from .api.server_administration import purchase_a_license as operation

        return await self._run_raw(
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
    ) -> WhmResponse[QuotaEnabledData]:
        """``quota_enabled`` with the whole reply; arguments and ``.data`` as ``WhmClient.quota_enabled``."""
        from .api.bandwidth_and_disk_quotas import quota_enabled as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def read_cpgreylist_deferred_entries(
        self,
    ) -> WhmResponse[ReadCpgreylistDeferredEntriesData]:
        """``read_cpgreylist_deferred_entries`` with the whole reply; arguments and ``.data`` as ``WhmClient.read_cpgreylist_deferred_entries``."""
        from .api.greylisting import read_cpgreylist_deferred_entries as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def read_cpgreylist_trusted_hosts(
        self,
    ) -> WhmResponse[ReadCpgreylistTrustedHostsData]:
        """``read_cpgreylist_trusted_hosts`` with the whole reply; arguments and ``.data`` as ``WhmClient.read_cpgreylist_trusted_hosts``."""
        from .api.greylisting import read_cpgreylist_trusted_hosts as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def read_cphulk_records(
        self,
        *,
        list_name: ReadCphulkRecordsListName,
        skip_enabled_check: ReadCphulkRecordsSkipEnabledCheck | Unset = UNSET,
    ) -> WhmResponse[ReadCphulkRecordsData]:
        """``read_cphulk_records`` with the whole reply; arguments and ``.data`` as ``WhmClient.read_cphulk_records``."""
        from .api.c_p_hulk import read_cphulk_records as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ReadFeaturelistData]:
        """``read_featurelist`` with the whole reply; arguments and ``.data`` as ``WhmClient.read_featurelist``."""
        from .api.packages import read_featurelist as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                featurelist=featurelist,
            ),
        )

    async def reboot(
        self,
        *,
        force: RebootForce | Unset = UNSET,
    ) -> WhmResponse[Any]:
        """``reboot`` with the whole reply; arguments and ``.data`` as ``WhmClient.reboot``."""
        from .api.server_administration import reboot as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                force=force,
            ),
        )

    async def rebuild_mail_sni_config(
        self,
        *,
        reload_dovecot: RebuildMailSniConfigReloadDovecot | Unset = UNSET,
    ) -> WhmResponse[RebuildMailSniConfigData]:
        """``rebuild_mail_sni_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.rebuild_mail_sni_config``."""
        from .api.mail import rebuild_mail_sni_config as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                reload_dovecot=reload_dovecot,
            ),
        )

    async def rebuildinstalledssldb(
        self,
    ) -> WhmResponse[Any]:
        """``rebuildinstalledssldb`` with the whole reply; arguments and ``.data`` as ``WhmClient.rebuildinstalledssldb``."""
        from .api.ssl import rebuildinstalledssldb as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def rebuilduserssldb(
        self,
    ) -> WhmResponse[RebuilduserssldbData]:
        """``rebuilduserssldb`` with the whole reply; arguments and ``.data`` as ``WhmClient.rebuilduserssldb``."""
        from .api.ssl import rebuilduserssldb as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def register_server_with_360_monitoring(
        self,
    ) -> WhmResponse[RegisterServerWith360MonitoringData]:
        """``register_server_with_360_monitoring`` with the whole reply; arguments and ``.data`` as ``WhmClient.register_server_with_360_monitoring``."""
        from .api.tag360_monitoring import register_server_with_360_monitoring as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def release_outgoing_email(
        self,
        *,
        user: str,
    ) -> WhmResponse[Any]:
        """``release_outgoing_email`` with the whole reply; arguments and ``.data`` as ``WhmClient.release_outgoing_email``."""
        from .api.mail import release_outgoing_email as operation

        return await self._run_raw(
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
    ) -> WhmResponse[RemoteBasicCredentialCheckData]:
        """``remote_basic_credential_check`` with the whole reply; arguments and ``.data`` as ``WhmClient.remote_basic_credential_check``."""
        from .api.transfers import remote_basic_credential_check as operation

        return await self._run_raw(
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
    ) -> WhmResponse[RemoteMysqlCreateProfileData]:
        """``remote_mysql_create_profile`` with the whole reply; arguments and ``.data`` as ``WhmClient.remote_mysql_create_profile``."""
        from .api.databases import remote_mysql_create_profile as operation

        return await self._run_raw(
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
    ) -> WhmResponse[RemoteMysqlCreateProfileViaSshData]:
        """``remote_mysql_create_profile_via_ssh`` with the whole reply; arguments and ``.data`` as ``WhmClient.remote_mysql_create_profile_via_ssh``."""
        from .api.databases import remote_mysql_create_profile_via_ssh as operation

        return await self._run_raw(
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
    ) -> WhmResponse[RemoteMysqlDeleteProfileData]:
        """``remote_mysql_delete_profile`` with the whole reply; arguments and ``.data`` as ``WhmClient.remote_mysql_delete_profile``."""
        from .api.databases import remote_mysql_delete_profile as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def remote_mysql_initiate_profile_activation(
        self,
        *,
        name: str,
    ) -> WhmResponse[RemoteMysqlInitiateProfileActivationData]:
        """``remote_mysql_initiate_profile_activation`` with the whole reply; arguments and ``.data`` as ``WhmClient.remote_mysql_initiate_profile_activation``."""
        from .api.databases import remote_mysql_initiate_profile_activation as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def remote_mysql_monitor_profile_activation(
        self,
    ) -> WhmResponse[RemoteMysqlMonitorProfileActivationData]:
        """``remote_mysql_monitor_profile_activation`` with the whole reply; arguments and ``.data`` as ``WhmClient.remote_mysql_monitor_profile_activation``."""
        from .api.databases import remote_mysql_monitor_profile_activation as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def remote_mysql_read_profile(
        self,
        *,
        name: str,
    ) -> WhmResponse[RemoteMysqlReadProfileData]:
        """``remote_mysql_read_profile`` with the whole reply; arguments and ``.data`` as ``WhmClient.remote_mysql_read_profile``."""
        from .api.databases import remote_mysql_read_profile as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def remote_mysql_read_profiles(
        self,
    ) -> WhmResponse[RemoteMysqlReadProfilesData]:
        """``remote_mysql_read_profiles`` with the whole reply; arguments and ``.data`` as ``WhmClient.remote_mysql_read_profiles``."""
        from .api.databases import remote_mysql_read_profiles as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def remote_mysql_update_profile(
        self,
        *,
        name: str,
        mysql_host: str | Unset = UNSET,
        mysql_pass: str | Unset = UNSET,
        mysql_port: int | Unset = UNSET,
        mysql_user: str | Unset = UNSET,
        setup_via: str | Unset = UNSET,
    ) -> WhmResponse[RemoteMysqlUpdateProfileData]:
        """``remote_mysql_update_profile`` with the whole reply; arguments and ``.data`` as ``WhmClient.remote_mysql_update_profile``."""
        from .api.databases import remote_mysql_update_profile as operation

        return await self._run_raw(
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
    ) -> WhmResponse[RemoteMysqlValidateProfileData]:
        """``remote_mysql_validate_profile`` with the whole reply; arguments and ``.data`` as ``WhmClient.remote_mysql_validate_profile``."""
        from .api.databases import remote_mysql_validate_profile as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``remove_autossl_user_excluded_domains`` with the whole reply; arguments and ``.data`` as ``WhmClient.remove_autossl_user_excluded_domains``."""
        from .api.ssl import remove_autossl_user_excluded_domains as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``remove_connected_application`` with the whole reply; arguments and ``.data`` as ``WhmClient.remove_connected_application``."""
        from .api.server_administration import remove_connected_application as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                name=name,
            ),
        )

    async def remove_dmarc(
        self,
        *,
        domain: str | Unset = UNSET,
    ) -> WhmResponse[RemoveDmarcData]:
        """``remove_dmarc`` with the whole reply; arguments and ``.data`` as ``WhmClient.remove_dmarc``."""
        from .api.mail import remove_dmarc as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def remove_in_progress_exim_config_edit(
        self,
    ) -> WhmResponse[Any]:
        """``remove_in_progress_exim_config_edit`` with the whole reply; arguments and ``.data`` as ``WhmClient.remove_in_progress_exim_config_edit``."""
        from .api.server_administration import remove_in_progress_exim_config_edit as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def remove_integration_group(
        self,
        *,
        group_id: str,
        user: str,
    ) -> WhmResponse[Any]:
        """``remove_integration_group`` with the whole reply; arguments and ``.data`` as ``WhmClient.remove_integration_group``."""
        from .api.integration import remove_integration_group as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``remove_integration_link`` with the whole reply; arguments and ``.data`` as ``WhmClient.remove_integration_link``."""
        from .api.integration import remove_integration_link as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``remove_override_features_for_user`` with the whole reply; arguments and ``.data`` as ``WhmClient.remove_override_features_for_user``."""
        from .api.packages import remove_override_features_for_user as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``remove_zone_key`` with the whole reply; arguments and ``.data`` as ``WhmClient.remove_zone_key``."""
        from .api.dns import remove_zone_key as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``removeacct`` with the whole reply; arguments and ``.data`` as ``WhmClient.removeacct``."""
        from .api.account_management import removeacct as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``removezonerecord`` with the whole reply; arguments and ``.data`` as ``WhmClient.removezonerecord``."""
        from .api.dns import removezonerecord as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``rename_mysql_database`` with the whole reply; arguments and ``.data`` as ``WhmClient.rename_mysql_database``."""
        from .api.databases import rename_mysql_database as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``rename_mysql_user`` with the whole reply; arguments and ``.data`` as ``WhmClient.rename_mysql_user``."""
        from .api.databases import rename_mysql_user as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``rename_postgresql_database`` with the whole reply; arguments and ``.data`` as ``WhmClient.rename_postgresql_database``."""
        from .api.databases import rename_postgresql_database as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``rename_postgresql_user`` with the whole reply; arguments and ``.data`` as ``WhmClient.rename_postgresql_user``."""
        from .api.databases import rename_postgresql_user as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ReorderHooksData]:
        """``reorder_hooks`` with the whole reply; arguments and ``.data`` as ``WhmClient.reorder_hooks``."""
        from .api.script_hooks import reorder_hooks as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ResellerstatsData]:
        """``resellerstats`` with the whole reply; arguments and ``.data`` as ``WhmClient.resellerstats``."""
        from .api.resellers import resellerstats as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``reset_autossl_provider`` with the whole reply; arguments and ``.data`` as ``WhmClient.reset_autossl_provider``."""
        from .api.ssl import reset_autossl_provider as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ResetServiceSslCertificateData]:
        """``reset_service_ssl_certificate`` with the whole reply; arguments and ``.data`` as ``WhmClient.reset_service_ssl_certificate``."""
        from .api.ssl import reset_service_ssl_certificate as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``resetzone`` with the whole reply; arguments and ``.data`` as ``WhmClient.resetzone``."""
        from .api.dns import resetzone as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ResolvedomainnameData]:
        """``resolvedomainname`` with the whole reply; arguments and ``.data`` as ``WhmClient.resolvedomainname``."""
        from .api.dns import resolvedomainname as operation

        return await self._run_raw(
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
    ) -> WhmResponse[RestartserviceData]:
        """``restartservice`` with the whole reply; arguments and ``.data`` as ``WhmClient.restartservice``."""
        from .api.server_administration import restartservice as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``restore_config_from_file`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_config_from_file``."""
        from .api.server_administration import restore_config_from_file as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                module=module,
                path=path,
            ),
        )

    async def restore_config_from_upload(
        self,
    ) -> WhmResponse[Any]:
        """``restore_config_from_upload`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_config_from_upload``."""
        from .api.server_administration import restore_config_from_upload as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def restore_modules_summary(
        self,
    ) -> WhmResponse[RestoreModulesSummaryData]:
        """``restore_modules_summary`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_modules_summary``."""
        from .api.account_restoration import restore_modules_summary as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def restore_queue_activate(
        self,
    ) -> WhmResponse[Any]:
        """``restore_queue_activate`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_activate``."""
        from .api.account_restoration import restore_queue_activate as operation

        return await self._run_raw(operation, operation.build_arguments())

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
    ) -> WhmResponse[RestoreQueueAddTaskData]:
        """``restore_queue_add_task`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_add_task``."""
        from .api.account_restoration import restore_queue_add_task as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``restore_queue_clear_all_completed_tasks`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_clear_all_completed_tasks``."""
        from .api.account_restoration import restore_queue_clear_all_completed_tasks as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def restore_queue_clear_all_failed_tasks(
        self,
    ) -> WhmResponse[Any]:
        """``restore_queue_clear_all_failed_tasks`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_clear_all_failed_tasks``."""
        from .api.account_restoration import restore_queue_clear_all_failed_tasks as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def restore_queue_clear_all_pending_tasks(
        self,
    ) -> WhmResponse[Any]:
        """``restore_queue_clear_all_pending_tasks`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_clear_all_pending_tasks``."""
        from .api.account_restoration import restore_queue_clear_all_pending_tasks as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def restore_queue_clear_all_tasks(
        self,
    ) -> WhmResponse[Any]:
        """``restore_queue_clear_all_tasks`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_clear_all_tasks``."""
        from .api.account_restoration import restore_queue_clear_all_tasks as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def restore_queue_clear_completed_task(
        self,
        *,
        start_time: int,
        user: str,
    ) -> WhmResponse[Any]:
        """``restore_queue_clear_completed_task`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_clear_completed_task``."""
        from .api.account_restoration import restore_queue_clear_completed_task as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``restore_queue_clear_pending_task`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_clear_pending_task``."""
        from .api.account_restoration import restore_queue_clear_pending_task as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def restore_queue_is_active(
        self,
    ) -> WhmResponse[RestoreQueueIsActiveData]:
        """``restore_queue_is_active`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_is_active``."""
        from .api.account_restoration import restore_queue_is_active as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def restore_queue_list_active(
        self,
    ) -> WhmResponse[RestoreQueueListActiveData]:
        """``restore_queue_list_active`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_list_active``."""
        from .api.account_restoration import restore_queue_list_active as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def restore_queue_list_completed(
        self,
    ) -> WhmResponse[RestoreQueueListCompletedData]:
        """``restore_queue_list_completed`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_list_completed``."""
        from .api.account_restoration import restore_queue_list_completed as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def restore_queue_list_pending(
        self,
    ) -> WhmResponse[RestoreQueueListPendingData]:
        """``restore_queue_list_pending`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_list_pending``."""
        from .api.account_restoration import restore_queue_list_pending as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def restore_queue_state(
        self,
    ) -> WhmResponse[RestoreQueueStateData]:
        """``restore_queue_state`` with the whole reply; arguments and ``.data`` as ``WhmClient.restore_queue_state``."""
        from .api.account_restoration import restore_queue_state as operation

        return await self._run_raw(operation, operation.build_arguments())

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
    ) -> WhmResponse[Any]:
        """``restoreaccount`` with the whole reply; arguments and ``.data`` as ``WhmClient.restoreaccount``."""
        from .api.account_restoration import restoreaccount as operation

        return await self._run_raw(
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
    ) -> WhmResponse[RestrictWhmRootAccessData]:
        """``restrict_whm_root_access`` with the whole reply; arguments and ``.data`` as ``WhmClient.restrict_whm_root_access``."""
        from .api.whm_access import restrict_whm_root_access as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``retrieve_customizations`` with the whole reply; arguments and ``.data`` as ``WhmClient.retrieve_customizations``."""
        from .api.customizations import retrieve_customizations as operation

        return await self._run_raw(
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
    ) -> WhmResponse[RetrieveTransferSessionRemoteAnalysisData]:
        """``retrieve_transfer_session_remote_analysis`` with the whole reply; arguments and ``.data`` as ``WhmClient.retrieve_transfer_session_remote_analysis``."""
        from .api.transfers import retrieve_transfer_session_remote_analysis as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                transfer_session_id=transfer_session_id,
            ),
        )

    async def run_cpkeyclt(
        self,
    ) -> WhmResponse[Any]:
        """``run_cpkeyclt`` with the whole reply; arguments and ``.data`` as ``WhmClient.run_cpkeyclt``."""
        from .api.server_administration import run_cpkeyclt as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def save_connected_application(
        self,
    ) -> WhmResponse[Any]:
        """``save_connected_application`` with the whole reply; arguments and ``.data`` as ``WhmClient.save_connected_application``."""
        from .api.server_administration import save_connected_application as operation

        return await self._run_raw(operation, operation.build_arguments())

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
    ) -> WhmResponse[SaveCpgreylistConfigData]:
        """``save_cpgreylist_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.save_cpgreylist_config``."""
        from .api.greylisting import save_cpgreylist_config as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SaveCphulkConfigData]:
        """``save_cphulk_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.save_cphulk_config``."""
        from .api.c_p_hulk import save_cphulk_config as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``save_spamd_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.save_spamd_config``."""
        from .api.mail import save_spamd_config as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``saveacllist`` with the whole reply; arguments and ``.data`` as ``WhmClient.saveacllist``."""
        from .api.resellers import saveacllist as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``savemxs`` with the whole reply; arguments and ``.data`` as ``WhmClient.savemxs``."""
        from .api.dns import savemxs as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SendTestPosturlData]:
        """``send_test_posturl`` with the whole reply; arguments and ``.data`` as ``WhmClient.send_test_posturl``."""
        from .api.server_administration import send_test_posturl as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                url_query=url_query,
            ),
        )

    async def send_test_pushbullet_note(
        self,
        *,
        access_token: str,
    ) -> WhmResponse[SendTestPushbulletNoteData]:
        """``send_test_pushbullet_note`` with the whole reply; arguments and ``.data`` as ``WhmClient.send_test_pushbullet_note``."""
        from .api.server_administration import send_test_pushbullet_note as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                access_token=access_token,
            ),
        )

    async def servicestatus(
        self,
        *,
        service: str | Unset = UNSET,
    ) -> WhmResponse[ServicestatusData]:
        """``servicestatus`` with the whole reply; arguments and ``.data`` as ``WhmClient.servicestatus``."""
        from .api.server_administration import servicestatus as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Set360AgentPollingData]:
        """``set_360_agent_polling`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_360_agent_polling``."""
        from .api.tag360_monitoring import set_360_agent_polling as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_application_contact_event_importance`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_application_contact_event_importance``."""
        from .api.server_administration import set_application_contact_event_importance as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_application_contact_importance`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_application_contact_importance``."""
        from .api.server_administration import set_application_contact_importance as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_autossl_metadata`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_autossl_metadata``."""
        from .api.ssl import set_autossl_metadata as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_autossl_metadata_key`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_autossl_metadata_key``."""
        from .api.ssl import set_autossl_metadata_key as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_autossl_provider`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_autossl_provider``."""
        from .api.ssl import set_autossl_provider as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_autossl_user_excluded_domains`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_autossl_user_excluded_domains``."""
        from .api.ssl import set_autossl_user_excluded_domains as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_commerce`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_commerce``."""
        from .api.sitejet import set_commerce as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SetCpanelUpdatesData]:
        """``set_cpanel_updates`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_cpanel_updates``."""
        from .api.updates import set_cpanel_updates as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SetCphulkConfigKeyData]:
        """``set_cphulk_config_key`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_cphulk_config_key``."""
        from .api.c_p_hulk import set_cphulk_config_key as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SetDefaultDmarcRecordData]:
        """``set_default_dmarc_record`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_default_dmarc_record``."""
        from .api.mail import set_default_dmarc_record as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_digest_auth`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_digest_auth``."""
        from .api.accounts import set_digest_auth as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_ecommerce`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_ecommerce``."""
        from .api.sitejet import set_ecommerce as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_enhancement_limit`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_enhancement_limit``."""
        from .api.resellers import set_enhancement_limit as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SetLocalMysqlRootPasswordData]:
        """``set_local_mysql_root_password`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_local_mysql_root_password``."""
        from .api.databases import set_local_mysql_root_password as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SetManualMxRedirectsData]:
        """``set_manual_mx_redirects`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_manual_mx_redirects``."""
        from .api.mail import set_manual_mx_redirects as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_market_product_attribute`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_market_product_attribute``."""
        from .api.market import set_market_product_attribute as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_market_provider_commission_id`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_market_provider_commission_id``."""
        from .api.market import set_market_provider_commission_id as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_mysql_password`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_mysql_password``."""
        from .api.databases import set_mysql_password as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SetNameserverData]:
        """``set_nameserver`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_nameserver``."""
        from .api.dns import set_nameserver as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SetNsec3ForDomainsData]:
        """``set_nsec3_for_domains`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_nsec3_for_domains``."""
        from .api.dns import set_nsec3_for_domains as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_postgresql_password`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_postgresql_password``."""
        from .api.databases import set_postgresql_password as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SetPrimaryDomainDocrootData]:
        """``set_primary_domain_docroot`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_primary_domain_docroot``."""
        from .api.account_management import set_primary_domain_docroot as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_primary_servername`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_primary_servername``."""
        from .api.server_administration import set_primary_servername as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_provider_client_configurations`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_provider_client_configurations``."""
        from .api.authentication import set_provider_client_configurations as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_provider_display_configurations`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_provider_display_configurations``."""
        from .api.authentication import set_provider_display_configurations as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_public_contact`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_public_contact``."""
        from .api.resellers import set_public_contact as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SetScopedUserdataData]:
        """``set_scoped_userdata`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_scoped_userdata``."""
        from .api.user_data import set_scoped_userdata as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_service_config_key`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_service_config_key``."""
        from .api.server_administration import set_service_config_key as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_service_proxy_backends`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_service_proxy_backends``."""
        from .api.services import set_service_proxy_backends as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SetTierData]:
        """``set_tier`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_tier``."""
        from .api.updates import set_tier as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``set_tweaksetting`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_tweaksetting``."""
        from .api.configurations import set_tweaksetting as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                key=key,
                module=module,
                value=value,
            ),
        )

    async def set_up_dns_resolver_workarounds(
        self,
    ) -> WhmResponse[SetUpDnsResolverWorkaroundsData]:
        """``set_up_dns_resolver_workarounds`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_up_dns_resolver_workarounds``."""
        from .api.dns import set_up_dns_resolver_workarounds as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def set_user_email_forward_destination(
        self,
        *,
        forward_to: str,
        user: str,
    ) -> WhmResponse[Any]:
        """``set_user_email_forward_destination`` with the whole reply; arguments and ``.data`` as ``WhmClient.set_user_email_forward_destination``."""
        from .api.mail import set_user_email_forward_destination as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SetaclsData]:
        """``setacls`` with the whole reply; arguments and ``.data`` as ``WhmClient.setacls``."""
        from .api.resellers import setacls as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``sethostname`` with the whole reply; arguments and ``.data`` as ``WhmClient.sethostname``."""
        from .api.server_administration import sethostname as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``setminimumpasswordstrengths`` with the whole reply; arguments and ``.data`` as ``WhmClient.setminimumpasswordstrengths``."""
        from .api.security import setminimumpasswordstrengths as operation

        return await self._run_raw(
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
    ) -> WhmResponse[SetreselleripsData]:
        """``setresellerips`` with the whole reply; arguments and ``.data`` as ``WhmClient.setresellerips``."""
        from .api.resellers import setresellerips as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``setresellerlimits`` with the whole reply; arguments and ``.data`` as ``WhmClient.setresellerlimits``."""
        from .api.resellers import setresellerlimits as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``setresellermainip`` with the whole reply; arguments and ``.data`` as ``WhmClient.setresellermainip``."""
        from .api.resellers import setresellermainip as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``setresellernameservers`` with the whole reply; arguments and ``.data`` as ``WhmClient.setresellernameservers``."""
        from .api.resellers import setresellernameservers as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``setresellerpackagelimit`` with the whole reply; arguments and ``.data`` as ``WhmClient.setresellerpackagelimit``."""
        from .api.resellers import setresellerpackagelimit as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``setresolvers`` with the whole reply; arguments and ``.data`` as ``WhmClient.setresolvers``."""
        from .api.dns import setresolvers as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``setsiteip`` with the whole reply; arguments and ``.data`` as ``WhmClient.setsiteip``."""
        from .api.ip_addresses import setsiteip as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``setupreseller`` with the whole reply; arguments and ``.data`` as ``WhmClient.setupreseller``."""
        from .api.resellers import setupreseller as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ShowbwData]:
        """``showbw`` with the whole reply; arguments and ``.data`` as ``WhmClient.showbw``."""
        from .api.bandwidth_and_disk_quotas import showbw as operation

        return await self._run_raw(
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
    ) -> WhmResponse[StartAutosslCheckForAllUsersData]:
        """``start_autossl_check_for_all_users`` with the whole reply; arguments and ``.data`` as ``WhmClient.start_autossl_check_for_all_users``."""
        from .api.ssl import start_autossl_check_for_all_users as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def start_autossl_check_for_one_user(
        self,
        *,
        username: str,
    ) -> WhmResponse[StartAutosslCheckForOneUserData]:
        """``start_autossl_check_for_one_user`` with the whole reply; arguments and ``.data`` as ``WhmClient.start_autossl_check_for_one_user``."""
        from .api.ssl import start_autossl_check_for_one_user as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                username=username,
            ),
        )

    async def start_background_mysql_upgrade(
        self,
        *,
        version: float,
    ) -> WhmResponse[StartBackgroundMysqlUpgradeData]:
        """``start_background_mysql_upgrade`` with the whole reply; arguments and ``.data`` as ``WhmClient.start_background_mysql_upgrade``."""
        from .api.databases import start_background_mysql_upgrade as operation

        return await self._run_raw(
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
    ) -> WhmResponse[StartBackgroundPkgacctData]:
        """``start_background_pkgacct`` with the whole reply; arguments and ``.data`` as ``WhmClient.start_background_pkgacct``."""
        from .api.backups import start_background_pkgacct as operation

        return await self._run_raw(
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
    ) -> WhmResponse[StartCpanelUpdateData]:
        """``start_cpanel_update`` with the whole reply; arguments and ``.data`` as ``WhmClient.start_cpanel_update``."""
        from .api.server_administration import start_cpanel_update as operation

        return await self._run_raw(
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
    ) -> WhmResponse[StartLocalCpmoveRestoreData]:
        """``start_local_cpmove_restore`` with the whole reply; arguments and ``.data`` as ``WhmClient.start_local_cpmove_restore``."""
        from .api.backups import start_local_cpmove_restore as operation

        return await self._run_raw(
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
    ) -> WhmResponse[StartProfileActivationData]:
        """``start_profile_activation`` with the whole reply; arguments and ``.data`` as ``WhmClient.start_profile_activation``."""
        from .api.server_administration import start_profile_activation as operation

        return await self._run_raw(
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
    ) -> WhmResponse[StartTransferSessionData]:
        """``start_transfer_session`` with the whole reply; arguments and ``.data`` as ``WhmClient.start_transfer_session``."""
        from .api.transfers import start_transfer_session as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                transfer_session_id=transfer_session_id,
            ),
        )

    async def suspend_outgoing_email(
        self,
        *,
        user: str,
    ) -> WhmResponse[Any]:
        """``suspend_outgoing_email`` with the whole reply; arguments and ``.data`` as ``WhmClient.suspend_outgoing_email``."""
        from .api.mail import suspend_outgoing_email as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``suspendacct`` with the whole reply; arguments and ``.data`` as ``WhmClient.suspendacct``."""
        from .api.suspensions import suspendacct as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``suspendreseller`` with the whole reply; arguments and ``.data`` as ``WhmClient.suspendreseller``."""
        from .api.resellers import suspendreseller as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``system_needs_reboot`` with the whole reply; arguments and ``.data`` as ``WhmClient.system_needs_reboot``."""
        from .api.server_administration import system_needs_reboot as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def systemloadavg(
        self,
    ) -> WhmResponse[SystemloadavgData]:
        """``systemloadavg`` with the whole reply; arguments and ``.data`` as ``WhmClient.systemloadavg``."""
        from .api.server_administration import systemloadavg as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def terminate_cpuser_mailbox_sessions(
        self,
        *,
        username: str,
    ) -> WhmResponse[Any]:
        """``terminate_cpuser_mailbox_sessions`` with the whole reply; arguments and ``.data`` as ``WhmClient.terminate_cpuser_mailbox_sessions``."""
        from .api.mail import terminate_cpuser_mailbox_sessions as operation

        return await self._run_raw(
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
    ) -> WhmResponse[TerminateresellerData]:
        """``terminatereseller`` with the whole reply; arguments and ``.data`` as ``WhmClient.terminatereseller``."""
        from .api.resellers import terminatereseller as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                terminatereseller=terminatereseller,
                user=user,
            ),
        )

    async def ticket_create_stub_ticket(
        self,
    ) -> WhmResponse[TicketCreateStubTicketData]:
        """``ticket_create_stub_ticket`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_create_stub_ticket``."""
        from .api.support_tickets import ticket_create_stub_ticket as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def ticket_get_support_agreement(
        self,
    ) -> WhmResponse[TicketGetSupportAgreementData]:
        """``ticket_get_support_agreement`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_get_support_agreement``."""
        from .api.support_tickets import ticket_get_support_agreement as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def ticket_get_support_info(
        self,
    ) -> WhmResponse[TicketGetSupportInfoData]:
        """``ticket_get_support_info`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_get_support_info``."""
        from .api.support_tickets import ticket_get_support_info as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def ticket_grant(
        self,
        *,
        secure_id: str,
        server_num: int,
        ticket_id: int,
        ssh_username: str | Unset = UNSET,
    ) -> WhmResponse[TicketGrantData]:
        """``ticket_grant`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_grant``."""
        from .api.support_tickets import ticket_grant as operation

        return await self._run_raw(
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
    ) -> WhmResponse[TicketListData]:
        """``ticket_list`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_list``."""
        from .api.support_tickets import ticket_list as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                server_num=server_num,
                ticket_id=ticket_id,
                ssh_username=ssh_username,
            ),
        )

    async def ticket_remove_closed(
        self,
    ) -> WhmResponse[TicketRemoveClosedData]:
        """``ticket_remove_closed`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_remove_closed``."""
        from .api.support_tickets import ticket_remove_closed as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def ticket_revoke(
        self,
        *,
        server_num: int,
        ssh_username: str,
        ticket_id: int,
    ) -> WhmResponse[TicketRevokeData]:
        """``ticket_revoke`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_revoke``."""
        from .api.support_tickets import ticket_revoke as operation

        return await self._run_raw(
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
    ) -> WhmResponse[TicketSshTestData]:
        """``ticket_ssh_test`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_ssh_test``."""
        from .api.support_tickets import ticket_ssh_test as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``ticket_ssh_test_start`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_ssh_test_start``."""
        from .api.support_tickets import ticket_ssh_test_start as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``ticket_update_service_agreement_approval`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_update_service_agreement_approval``."""
        from .api.support_tickets import ticket_update_service_agreement_approval as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``ticket_validate_oauth2_code`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_validate_oauth2_code``."""
        from .api.support_tickets import ticket_validate_oauth2_code as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                code=code,
                redirect_uri=redirect_uri,
            ),
        )

    async def ticket_whitelist_check(
        self,
    ) -> WhmResponse[TicketWhitelistCheckData]:
        """``ticket_whitelist_check`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_whitelist_check``."""
        from .api.support_tickets import ticket_whitelist_check as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def ticket_whitelist_setup(
        self,
    ) -> WhmResponse[TicketWhitelistSetupData]:
        """``ticket_whitelist_setup`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_whitelist_setup``."""
        from .api.support_tickets import ticket_whitelist_setup as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def ticket_whitelist_unsetup(
        self,
    ) -> WhmResponse[TicketWhitelistUnsetupData]:
        """``ticket_whitelist_unsetup`` with the whole reply; arguments and ``.data`` as ``WhmClient.ticket_whitelist_unsetup``."""
        from .api.support_tickets import ticket_whitelist_unsetup as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def toggle_user_backup_state(
        self,
        *,
        user: str,
        legacy: ToggleUserBackupStateLegacy | Unset = UNSET,
    ) -> WhmResponse[ToggleUserBackupStateData]:
        """``toggle_user_backup_state`` with the whole reply; arguments and ``.data`` as ``WhmClient.toggle_user_backup_state``."""
        from .api.backups import toggle_user_backup_state as operation

        return await self._run_raw(
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
    ) -> WhmResponse[TransferModuleSchemaData]:
        """``transfer_module_schema`` with the whole reply; arguments and ``.data`` as ``WhmClient.transfer_module_schema``."""
        from .api.transfers import transfer_module_schema as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                module=module,
            ),
        )

    async def twofactorauth_disable_policy(
        self,
    ) -> WhmResponse[Any]:
        """``twofactorauth_disable_policy`` with the whole reply; arguments and ``.data`` as ``WhmClient.twofactorauth_disable_policy``."""
        from .api.authentication import twofactorauth_disable_policy as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def twofactorauth_enable_policy(
        self,
    ) -> WhmResponse[Any]:
        """``twofactorauth_enable_policy`` with the whole reply; arguments and ``.data`` as ``WhmClient.twofactorauth_enable_policy``."""
        from .api.authentication import twofactorauth_enable_policy as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def twofactorauth_generate_tfa_config(
        self,
    ) -> WhmResponse[TwofactorauthGenerateTfaConfigData]:
        """``twofactorauth_generate_tfa_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.twofactorauth_generate_tfa_config``."""
        from .api.authentication import twofactorauth_generate_tfa_config as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def twofactorauth_get_issuer(
        self,
    ) -> WhmResponse[TwofactorauthGetIssuerData]:
        """``twofactorauth_get_issuer`` with the whole reply; arguments and ``.data`` as ``WhmClient.twofactorauth_get_issuer``."""
        from .api.authentication import twofactorauth_get_issuer as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def twofactorauth_get_tfa_config_for_user(
        self,
        *,
        user: str,
    ) -> WhmResponse[TwofactorauthGetTfaConfigForUserData]:
        """``twofactorauth_get_tfa_config_for_user`` with the whole reply; arguments and ``.data`` as ``WhmClient.twofactorauth_get_tfa_config_for_user``."""
        from .api.authentication import twofactorauth_get_tfa_config_for_user as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def twofactorauth_get_user_configs(
        self,
        *,
        user: str | Unset = UNSET,
    ) -> WhmResponse[TwofactorauthGetUserConfigsData]:
        """``twofactorauth_get_user_configs`` with the whole reply; arguments and ``.data`` as ``WhmClient.twofactorauth_get_user_configs``."""
        from .api.authentication import twofactorauth_get_user_configs as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def twofactorauth_policy_status(
        self,
    ) -> WhmResponse[TwofactorauthPolicyStatusData]:
        """``twofactorauth_policy_status`` with the whole reply; arguments and ``.data`` as ``WhmClient.twofactorauth_policy_status``."""
        from .api.authentication import twofactorauth_policy_status as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def twofactorauth_remove_user_config(
        self,
        *,
        user: str,
    ) -> WhmResponse[TwofactorauthRemoveUserConfigData]:
        """``twofactorauth_remove_user_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.twofactorauth_remove_user_config``."""
        from .api.authentication import twofactorauth_remove_user_config as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def twofactorauth_set_issuer(
        self,
        *,
        issuer: str,
    ) -> WhmResponse[Any]:
        """``twofactorauth_set_issuer`` with the whole reply; arguments and ``.data`` as ``WhmClient.twofactorauth_set_issuer``."""
        from .api.authentication import twofactorauth_set_issuer as operation

        return await self._run_raw(
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
    ) -> WhmResponse[TwofactorauthSetTfaConfigData]:
        """``twofactorauth_set_tfa_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.twofactorauth_set_tfa_config``."""
        from .api.authentication import twofactorauth_set_tfa_config as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                secret=secret,
                tfa_token=tfa_token,
            ),
        )

    async def twofactorauth_set_tfa_config_for_user(
        self,
    ) -> WhmResponse[Any]:
        """``twofactorauth_set_tfa_config_for_user`` with the whole reply; arguments and ``.data`` as ``WhmClient.twofactorauth_set_tfa_config_for_user``."""
        from .api.authentication import twofactorauth_set_tfa_config_for_user as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def uapi_cpanel(
        self,
        *,
        cpanel_function: str,
        cpanel_module: str,
        cpanel_user: str,
    ) -> WhmResponse[UapiCpanelData]:
        """``uapi_cpanel`` with the whole reply; arguments and ``.data`` as ``WhmClient.uapi_cpanel``."""
        from .api.api_execution import uapi_cpanel as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``unassign_account_enhancement`` with the whole reply; arguments and ``.data`` as ``WhmClient.unassign_account_enhancement``."""
        from .api.account_enhancements import unassign_account_enhancement as operation

        return await self._run_raw(
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
    ) -> WhmResponse[UnblockIncomingEmailFromCountryData]:
        """``unblock_incoming_email_from_country`` with the whole reply; arguments and ``.data`` as ``WhmClient.unblock_incoming_email_from_country``."""
        from .api.mail import unblock_incoming_email_from_country as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                country_code=country_code,
            ),
        )

    async def unblock_incoming_email_from_domain(
        self,
        *,
        domain: str,
    ) -> WhmResponse[UnblockIncomingEmailFromDomainData]:
        """``unblock_incoming_email_from_domain`` with the whole reply; arguments and ``.data`` as ``WhmClient.unblock_incoming_email_from_domain``."""
        from .api.mail import unblock_incoming_email_from_domain as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def uninstall_rpm_plugin(
        self,
        *,
        name: str,
    ) -> WhmResponse[UninstallRpmPluginData]:
        """``uninstall_rpm_plugin`` with the whole reply; arguments and ``.data`` as ``WhmClient.uninstall_rpm_plugin``."""
        from .api.rpm import uninstall_rpm_plugin as operation

        return await self._run_raw(
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
    ) -> WhmResponse[UnlinkServerNodeData]:
        """``unlink_server_node`` with the whole reply; arguments and ``.data`` as ``WhmClient.unlink_server_node``."""
        from .api.server_administration import unlink_server_node as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``unlink_user_authn_provider`` with the whole reply; arguments and ``.data`` as ``WhmClient.unlink_user_authn_provider``."""
        from .api.authentication import unlink_user_authn_provider as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``unset_all_service_proxy_backends`` with the whole reply; arguments and ``.data`` as ``WhmClient.unset_all_service_proxy_backends``."""
        from .api.services import unset_all_service_proxy_backends as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                username=username,
            ),
        )

    async def unset_manual_mx_redirects(
        self,
        *,
        domain: str,
    ) -> WhmResponse[UnsetManualMxRedirectsData]:
        """``unset_manual_mx_redirects`` with the whole reply; arguments and ``.data`` as ``WhmClient.unset_manual_mx_redirects``."""
        from .api.mail import unset_manual_mx_redirects as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def unset_nsec3_for_domains(
        self,
        *,
        domain: str,
    ) -> WhmResponse[UnsetNsec3ForDomainsData]:
        """``unset_nsec3_for_domains`` with the whole reply; arguments and ``.data`` as ``WhmClient.unset_nsec3_for_domains``."""
        from .api.dns import unset_nsec3_for_domains as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def unsetupreseller(
        self,
        *,
        user: str,
    ) -> WhmResponse[Any]:
        """``unsetupreseller`` with the whole reply; arguments and ``.data`` as ``WhmClient.unsetupreseller``."""
        from .api.resellers import unsetupreseller as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def unsuspend_outgoing_email(
        self,
        *,
        user: str,
    ) -> WhmResponse[Any]:
        """``unsuspend_outgoing_email`` with the whole reply; arguments and ``.data`` as ``WhmClient.unsuspend_outgoing_email``."""
        from .api.mail import unsuspend_outgoing_email as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``unsuspendacct`` with the whole reply; arguments and ``.data`` as ``WhmClient.unsuspendacct``."""
        from .api.suspensions import unsuspendacct as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``unsuspendreseller`` with the whole reply; arguments and ``.data`` as ``WhmClient.unsuspendreseller``."""
        from .api.resellers import unsuspendreseller as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``untrack_acct_id`` with the whole reply; arguments and ``.data`` as ``WhmClient.untrack_acct_id``."""
        from .api.accounts import untrack_acct_id as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``update_configclusterserver`` with the whole reply; arguments and ``.data`` as ``WhmClient.update_configclusterserver``."""
        from .api.server_administration import update_configclusterserver as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``update_contact_email`` with the whole reply; arguments and ``.data`` as ``WhmClient.update_contact_email``."""
        from .api.server_administration import update_contact_email as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``update_customizations`` with the whole reply; arguments and ``.data`` as ``WhmClient.update_customizations``."""
        from .api.customizations import update_customizations as operation

        return await self._run_raw(
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
    ) -> WhmResponse[UpdateFeaturelistData]:
        """``update_featurelist`` with the whole reply; arguments and ``.data`` as ``WhmClient.update_featurelist``."""
        from .api.packages import update_featurelist as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``update_integration_link_token`` with the whole reply; arguments and ``.data`` as ``WhmClient.update_integration_link_token``."""
        from .api.integration import update_integration_link_token as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``update_linked_server_node`` with the whole reply; arguments and ``.data`` as ``WhmClient.update_linked_server_node``."""
        from .api.server_administration import update_linked_server_node as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``update_nameservers_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.update_nameservers_config``."""
        from .api.dns import update_nameservers_config as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``update_reverse_dns_cache`` with the whole reply; arguments and ``.data`` as ``WhmClient.update_reverse_dns_cache``."""
        from .api.dns import update_reverse_dns_cache as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def update_sql_config(
        self,
    ) -> WhmResponse[Any]:
        """``update_sql_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.update_sql_config``."""
        from .api.databases import update_sql_config as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def update_updateconf(
        self,
        *,
        cpanel: str | Unset = UNSET,
        rpmup: str | Unset = UNSET,
        sarulesup: str | Unset = UNSET,
        security_updates: str | Unset = UNSET,
        staging_dir: str | Unset = UNSET,
        updates: str | Unset = UNSET,
    ) -> WhmResponse[Any]:
        """``update_updateconf`` with the whole reply; arguments and ``.data`` as ``WhmClient.update_updateconf``."""
        from .api.updates import update_updateconf as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``updateuserdomains`` with the whole reply; arguments and ``.data`` as ``WhmClient.updateuserdomains``."""
        from .api.dns import updateuserdomains as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def validate_current_dkims(
        self,
        *,
        domain: str,
    ) -> WhmResponse[ValidateCurrentDkimsData]:
        """``validate_current_dkims`` with the whole reply; arguments and ``.data`` as ``WhmClient.validate_current_dkims``."""
        from .api.mail import validate_current_dkims as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def validate_current_dmarcs(
        self,
        *,
        domain: str | Unset = UNSET,
    ) -> WhmResponse[ValidateCurrentDmarcsData]:
        """``validate_current_dmarcs`` with the whole reply; arguments and ``.data`` as ``WhmClient.validate_current_dmarcs``."""
        from .api.mail import validate_current_dmarcs as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def validate_current_installed_exim_config(
        self,
    ) -> WhmResponse[ValidateCurrentInstalledEximConfigData]:
        """``validate_current_installed_exim_config`` with the whole reply; arguments and ``.data`` as ``WhmClient.validate_current_installed_exim_config``."""
        from .api.mail import validate_current_installed_exim_config as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def validate_current_ptrs(
        self,
        *,
        domain: str,
    ) -> WhmResponse[ValidateCurrentPtrsData]:
        """``validate_current_ptrs`` with the whole reply; arguments and ``.data`` as ``WhmClient.validate_current_ptrs``."""
        from .api.mail import validate_current_ptrs as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                domain=domain,
            ),
        )

    async def validate_current_spfs(
        self,
        *,
        domain: str,
    ) -> WhmResponse[ValidateCurrentSpfsData]:
        """``validate_current_spfs`` with the whole reply; arguments and ``.data`` as ``WhmClient.validate_current_spfs``."""
        from .api.mail import validate_current_spfs as operation

        return await self._run_raw(
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
    ) -> WhmResponse[Any]:
        """``validate_exim_configuration_syntax`` with the whole reply; arguments and ``.data`` as ``WhmClient.validate_exim_configuration_syntax``."""
        from .api.mail import validate_exim_configuration_syntax as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ValidateLoginTokenData]:
        """``validate_login_token`` with the whole reply; arguments and ``.data`` as ``WhmClient.validate_login_token``."""
        from .api.authentication import validate_login_token as operation

        return await self._run_raw(
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
    ) -> WhmResponse[ValidateSystemUserData]:
        """``validate_system_user`` with the whole reply; arguments and ``.data`` as ``WhmClient.validate_system_user``."""
        from .api.transfers import validate_system_user as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def verify_new_username(
        self,
        *,
        user: str,
    ) -> WhmResponse[Any]:
        """``verify_new_username`` with the whole reply; arguments and ``.data`` as ``WhmClient.verify_new_username``."""
        from .api.account_creation import verify_new_username as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def verify_new_username_for_restore(
        self,
        *,
        user: str,
    ) -> WhmResponse[Any]:
        """``verify_new_username_for_restore`` with the whole reply; arguments and ``.data`` as ``WhmClient.verify_new_username_for_restore``."""
        from .api.account_restoration import verify_new_username_for_restore as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                user=user,
            ),
        )

    async def verify_posturl_access(
        self,
    ) -> WhmResponse[VerifyPosturlAccessData]:
        """``verify_posturl_access`` with the whole reply; arguments and ``.data`` as ``WhmClient.verify_posturl_access``."""
        from .api.server_administration import verify_posturl_access as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def verify_pushbullet_access(
        self,
    ) -> WhmResponse[VerifyPushbulletAccessData]:
        """``verify_pushbullet_access`` with the whole reply; arguments and ``.data`` as ``WhmClient.verify_pushbullet_access``."""
        from .api.server_administration import verify_pushbullet_access as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def verify_slack_access(
        self,
    ) -> WhmResponse[VerifySlackAccessData]:
        """``verify_slack_access`` with the whole reply; arguments and ``.data`` as ``WhmClient.verify_slack_access``."""
        from .api.server_administration import verify_slack_access as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def verify_user_has_feature(
        self,
        *,
        feature: str,
        user: str,
    ) -> WhmResponse[VerifyUserHasFeatureData]:
        """``verify_user_has_feature`` with the whole reply; arguments and ``.data`` as ``WhmClient.verify_user_has_feature``."""
        from .api.packages import verify_user_has_feature as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                feature=feature,
                user=user,
            ),
        )

    async def version(
        self,
    ) -> WhmResponse[VersionData]:
        """``version`` with the whole reply; arguments and ``.data`` as ``WhmClient.version``."""
        from .api.updates import version as operation

        return await self._run_raw(operation, operation.build_arguments())

    async def wp_dashboard_create_api_token(
        self,
        *,
        acl: str,
        token_name: str,
        expires_at: int | Unset = UNSET,
        whitelist_ip: str | Unset = UNSET,
    ) -> WhmResponse[WpDashboardCreateApiTokenData]:
        """``wp_dashboard_create_api_token`` with the whole reply; arguments and ``.data`` as ``WhmClient.wp_dashboard_create_api_token``."""
        from .api.authentication import wp_dashboard_create_api_token as operation

        return await self._run_raw(
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
    ) -> WhmResponse[WpDashboardCreateLoginLinkData]:
        """``wp_dashboard_create_login_link`` with the whole reply; arguments and ``.data`` as ``WhmClient.wp_dashboard_create_login_link``."""
        from .api.server_administration import wp_dashboard_create_login_link as operation

        return await self._run_raw(
            operation,
            operation.build_arguments(
                service=service,
                user=user,
            ),
        )

    async def wp_dashboard_get_hostname(
        self,
    ) -> WhmResponse[WpDashboardGetHostnameData]:
        """``wp_dashboard_get_hostname`` with the whole reply; arguments and ``.data`` as ``WhmClient.wp_dashboard_get_hostname``."""
        from .api.server_administration import wp_dashboard_get_hostname as operation

        return await self._run_raw(operation, operation.build_arguments())
