using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Peers;

/// <summary>
/// The emulator, driven by botocore (the engine of boto3 and the AWS CLI) over the wire. botocore signs Import/Export
/// with SigV4 as IngestionService (its model says v2; botocore overrides it) and MGN with SigV4 as mgn.
/// Each test runs one scenario of tests/peers/python/botocore_peer.py; on failure the peer's stderr says what differed.
/// </summary>
public sealed class BotocorePeerTests(EmulatorFixture emulator) : PeerScenarioTests(emulator, Peer.Botocore), IClassFixture<EmulatorFixture>
{
    // ---- S3 stand-in ----
    [Fact, Scenario("s3_put_get_head_then_import")]
    public Task Botocore_s3_PutObject_GetObject_HeadObject_then_an_import_of_the_object() => Run();

    [Fact, Scenario("s3_export_columns_markers_and_scope_then_import")]
    public Task Botocore_uploads_an_edited_export_with_markers_and_rows_for_another_account_and_region_and_lists_their_errors() => Run();

    [Fact, Scenario("s3_wrong_secret_is_signature_does_not_match")]
    public Task Botocore_s3_PutObject_with_a_wrong_secret_is_SignatureDoesNotMatch() => Run();

    // ---- CreateJob ----
    [Fact, Scenario("ie_create_job_import")]
    public Task Botocore_CreateJob_import_returns_a_job_id_and_signature() => Run();

    [Fact, Scenario("ie_create_job_export")]
    public Task Botocore_CreateJob_export_creates_an_export_job() => Run();

    [Fact, Scenario("ie_create_job_validate_only_creates_nothing")]
    public Task Botocore_CreateJob_with_ValidateOnly_creates_nothing() => Run();

    [Fact, Scenario("ie_create_job_malformed_manifest")]
    public Task Botocore_CreateJob_with_unparsable_yaml_is_MalformedManifestException() => Run();

    [Fact, Scenario("ie_create_job_missing_manifest_field")]
    public Task Botocore_CreateJob_without_deviceId_is_MissingManifestFieldException() => Run();

    [Fact, Scenario("ie_create_job_no_such_bucket")]
    public Task Botocore_CreateJob_into_a_missing_bucket_is_NoSuchBucketException() => Run();

    [Fact, Scenario("ie_create_job_manifest_access_key_mismatch")]
    public Task Botocore_CreateJob_whose_manifest_names_another_key_is_InvalidAccessKeyIdException() => Run();

    [Fact, Scenario("ie_manifest_with_special_characters_round_trips")]
    public Task Botocore_a_manifest_with_non_ASCII_and_reserved_characters_round_trips() => Run();

    // ---- GetStatus ----
    [Fact, Scenario("ie_get_status")]
    public Task Botocore_GetStatus_of_a_new_job_is_Pending_NotReceived_with_its_manifest() => Run();

    [Fact, Scenario("ie_get_status_unknown_job")]
    public Task Botocore_GetStatus_of_an_unknown_job_is_InvalidJobIdException() => Run();

    [Fact, Scenario("ie_get_status_after_advance")]
    public Task Botocore_GetStatus_follows_the_job_lifecycle() => Run();

    // ---- CancelJob ----
    [Fact, Scenario("ie_cancel_job")]
    public Task Botocore_CancelJob_succeeds_and_ListJobs_shows_IsCanceled() => Run();

    [Fact, Scenario("ie_cancel_job_unknown_job")]
    public Task Botocore_CancelJob_of_an_unknown_job_is_InvalidJobIdException() => Run();

    [Fact, Scenario("ie_cancel_job_after_start")]
    public Task Botocore_CancelJob_after_the_job_started_is_UnableToCancelJobIdException() => Run();

    [Fact, Scenario("ie_cancel_job_twice")]
    public Task Botocore_CancelJob_of_a_canceled_job_is_CanceledJobIdException() => Run();

    // ---- UpdateJob ----
    [Fact, Scenario("ie_update_job")]
    public Task Botocore_UpdateJob_replaces_the_manifest() => Run();

    [Fact, Scenario("ie_update_job_validate_only")]
    public Task Botocore_UpdateJob_with_ValidateOnly_changes_nothing() => Run();

    [Fact, Scenario("ie_update_job_after_start")]
    public Task Botocore_UpdateJob_after_the_job_started_is_UnableToUpdateJobIdException() => Run();

    [Fact, Scenario("ie_update_job_canceled")]
    public Task Botocore_UpdateJob_of_a_canceled_job_is_CanceledJobIdException() => Run();

    [Fact, Scenario("ie_update_job_malformed_manifest")]
    public Task Botocore_UpdateJob_with_unparsable_yaml_is_MalformedManifestException() => Run();

    // ---- ListJobs ----
    [Fact, Scenario("ie_list_jobs_paging")]
    public Task Botocore_ListJobs_pages_with_MaxJobs_Marker_and_IsTruncated() => Run();

    [Fact, Scenario("ie_list_jobs_paginator_newest_first")]
    public Task Botocore_ListJobs_paginator_returns_newest_first() => Run();

    [Fact, Scenario("ie_list_jobs_unknown_access_key")]
    public Task Botocore_ListJobs_with_an_unknown_key_is_InvalidAccessKeyIdException() => Run();

    // ---- GetShippingLabel ----
    [Fact, Scenario("ie_get_shipping_label")]
    public Task Botocore_GetShippingLabel_returns_a_label_url() => Run();

    [Fact, Scenario("ie_get_shipping_label_unknown_job")]
    public Task Botocore_GetShippingLabel_for_an_unknown_job_is_InvalidJobIdException() => Run();

    [Fact, Scenario("ie_get_shipping_label_canceled_job")]
    public Task Botocore_GetShippingLabel_for_a_canceled_job_is_CanceledJobIdException() => Run();

    // ---- Import/Export authentication ----
    [Fact, Scenario("ie_wrong_secret_is_signature_does_not_match")]
    public Task Botocore_ImportExport_with_a_wrong_secret_is_SignatureDoesNotMatch() => Run();

    [Fact, Scenario("ie_unknown_access_key")]
    public Task Botocore_ImportExport_with_an_unknown_key_is_InvalidAccessKeyIdException() => Run();

    [Fact, Scenario("ie_botocore_signs_sigv4_ingestionservice")]
    public Task Botocore_signs_ImportExport_with_SigV4_as_IngestionService_and_the_emulator_logs_it() => Run();

    [Fact, Scenario("ie_botocore_forced_sigv2")]
    public Task Botocore_forced_to_SigV2_is_accepted_and_verified() => Run();

    [Fact, Scenario("ie_signing_region_must_be_us_east_1")]
    public Task Botocore_ImportExport_signed_for_another_region_is_SignatureDoesNotMatch() => Run();

    [Fact, Scenario("ie_presigned_url")]
    public Task Botocore_presigned_GetStatus_urls_work_and_expire() => Run();

    [Fact, Scenario("ie_unsigned_request_is_missing_authentication_token")]
    public Task Botocore_ImportExport_unsigned_is_MissingAuthenticationToken() => Run();

    [Fact, Scenario("session_token_credentials")]
    public Task Botocore_temporary_credentials_need_their_session_token_for_both_services() => Run();

    // ---- Import/Export retries (emulator faults) ----
    [Fact, Scenario("ie_retries_throttling")]
    public Task Botocore_retries_ImportExport_Throttling_and_succeeds() => Run();

    [Fact, Scenario("ie_retries_internal_error")]
    public Task Botocore_retries_an_ImportExport_HTTP_500_and_succeeds() => Run();

    [Fact, Scenario("ie_retries_service_unavailable")]
    public Task Botocore_retries_an_ImportExport_HTTP_503_and_succeeds() => Run();

    // ---- MGN StartImport ----
    [Fact, Scenario("mgn_start_import")]
    public Task Botocore_StartImport_is_202_with_a_pending_task_and_its_tags() => Run();

    [Fact, Scenario("mgn_start_import_idempotent_client_token")]
    public Task Botocore_StartImport_retried_with_the_same_clientToken_returns_the_same_import() => Run();

    [Fact, Scenario("mgn_start_import_client_token_autopopulated")]
    public Task Botocore_StartImport_autopopulates_clientToken() => Run();

    [Fact, Scenario("mgn_start_import_conflict")]
    public Task Botocore_StartImport_reusing_a_clientToken_with_other_parameters_is_ConflictException() => Run();

    [Fact, Scenario("mgn_start_import_validation_exception")]
    public Task Botocore_StartImport_with_a_non_csv_key_is_ValidationException_with_fieldList() => Run();

    [Fact, Scenario("mgn_start_import_accepts_names_the_model_allows")]
    public Task Botocore_StartImport_accepts_a_bucket_name_the_MGN_model_allows() => Run();

    [Fact, Scenario("mgn_start_import_missing_bucket_source")]
    public Task Botocore_StartImport_without_s3BucketSource_is_ValidationException() => Run();

    // ---- MGN ListImports / ListImportErrors ----
    [Fact, Scenario("mgn_list_imports_filter")]
    public Task Botocore_ListImports_filters_by_importIDs() => Run();

    [Fact, Scenario("mgn_list_imports_paging")]
    public Task Botocore_ListImports_pages_with_maxResults_and_nextToken() => Run();

    [Fact, Scenario("mgn_list_imports_validation_exception")]
    public Task Botocore_ListImports_with_maxResults_over_1000_is_ValidationException() => Run();

    [Fact, Scenario("mgn_list_imports_after_advance")]
    public Task Botocore_ListImports_shows_a_succeeded_import() => Run();

    [Fact, Scenario("mgn_list_import_errors")]
    public Task Botocore_ListImportErrors_lists_typed_errors() => Run();

    [Fact, Scenario("mgn_list_import_errors_unknown_import")]
    public Task Botocore_ListImportErrors_of_an_unknown_import_is_ResourceNotFoundException() => Run();

    // ---- MGN StartExport / ListExports / ListExportErrors ----
    [Fact, Scenario("mgn_start_export")]
    public Task Botocore_StartExport_is_202_with_a_pending_task_and_its_tags() => Run();

    [Fact, Scenario("mgn_start_export_validation_exception")]
    public Task Botocore_StartExport_with_a_non_csv_key_or_no_bucket_is_ValidationException() => Run();

    [Fact, Scenario("mgn_list_exports_filter_and_paging")]
    public Task Botocore_ListExports_filters_by_exportIDs_and_pages() => Run();

    [Fact, Scenario("mgn_export_writes_the_inventory_csv")]
    public Task Botocore_an_export_writes_the_inventory_as_CSV_that_s3_GetObject_reads_with_its_CRC32() => Run();

    [Fact, Scenario("mgn_list_export_errors")]
    public Task Botocore_ListExportErrors_says_why_an_export_to_a_missing_bucket_failed() => Run();

    // ---- MGN authentication ----
    [Fact, Scenario("mgn_wrong_secret")]
    public Task Botocore_Mgn_with_a_wrong_secret_is_InvalidSignatureException() => Run();

    [Fact, Scenario("mgn_unknown_access_key")]
    public Task Botocore_Mgn_with_an_unknown_key_is_UnrecognizedClientException() => Run();

    [Fact, Scenario("mgn_unsigned_request_is_missing_authentication_token")]
    public Task Botocore_Mgn_unsigned_is_MissingAuthenticationTokenException() => Run();

    [Fact, Scenario("mgn_uninitialized_account")]
    public Task Botocore_StartImport_in_an_uninitialized_account_is_UninitializedAccountException() => Run();

    [Fact, Scenario("mgn_imports_are_regional")]
    public Task Botocore_Mgn_imports_are_visible_only_in_their_region() => Run();

    // ---- MGN retries (emulator faults) ----
    [Fact, Scenario("mgn_retries_throttling")]
    public Task Botocore_retries_Mgn_ThrottlingException_and_succeeds() => Run();

    [Fact, Scenario("mgn_retries_service_unavailable")]
    public Task Botocore_retries_an_Mgn_HTTP_503_and_succeeds() => Run();

    [Fact, Scenario("mgn_start_import_retry_after_lost_response_is_idempotent")]
    public Task Botocore_StartImport_retried_after_a_lost_response_creates_one_import() => Run();

    [Fact, Scenario("mgn_botocore_signs_sigv4_mgn")]
    public Task Botocore_signs_Mgn_with_SigV4_as_mgn_and_the_emulator_logs_it() => Run();

    // ---- STS and the SSO portal: the temporary keys of assume-role, web-identity and SSO profiles ----
    [Fact, Scenario("sts_assume_role")]
    public Task Botocore_AssumeRole_gives_temporary_keys_the_services_accept() => Run();

    [Fact, Scenario("sts_assume_role_regional_signing")]
    public Task Botocore_AssumeRole_signed_for_a_regional_STS_endpoint_works() => Run();

    [Fact, Scenario("sts_assume_role_invalid_arn")]
    public Task Botocore_AssumeRole_with_a_malformed_role_ARN_is_ValidationError() => Run();

    [Fact, Scenario("sts_assume_role_wrong_secret")]
    public Task Botocore_AssumeRole_with_a_wrong_secret_is_SignatureDoesNotMatch() => Run();

    [Fact, Scenario("sts_get_caller_identity")]
    public Task Botocore_GetCallerIdentity_names_the_account_of_the_key() => Run();

    [Fact, Scenario("sts_assume_role_with_web_identity")]
    public Task Botocore_AssumeRoleWithWebIdentity_is_unsigned_and_gives_temporary_keys() => Run();

    [Fact, Scenario("sts_assume_role_with_web_identity_expired_token")]
    public Task Botocore_AssumeRoleWithWebIdentity_with_an_expired_token_is_ExpiredTokenException() => Run();

    [Fact, Scenario("sso_get_role_credentials")]
    public Task Botocore_SSO_GetRoleCredentials_with_a_cached_token_gives_temporary_keys() => Run();

    [Fact, Scenario("sso_get_role_credentials_unknown_token")]
    public Task Botocore_SSO_GetRoleCredentials_with_an_unknown_token_is_UnauthorizedException() => Run();
}
