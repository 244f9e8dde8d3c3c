using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Peers;

/// <summary>
/// The emulator, driven by the AWS SDK for JavaScript v2 over the wire. aws-sdk v2 signs Import/Export with
/// Signature Version 2 (form parameters: AWSAccessKeyId, SignatureVersion=2, SignatureMethod=HmacSHA256, Timestamp,
/// Signature) and MGN with SigV4 as mgn. Each test runs one scenario of tests/peers/js/awssdk_peer.js.
/// </summary>
public sealed class AwsSdkJsPeerTests(EmulatorFixture emulator) : PeerScenarioTests(emulator, Peer.AwsSdkJs), IClassFixture<EmulatorFixture>
{
    [Fact, Scenario("ie_create_job_import")]
    public Task AwsSdkJs_CreateJob_import_returns_a_job_id_and_signature() => Run();

    [Fact, Scenario("ie_create_job_malformed_manifest")]
    public Task AwsSdkJs_CreateJob_with_unparsable_yaml_is_MalformedManifestException() => Run();

    [Fact, Scenario("ie_create_job_no_such_bucket")]
    public Task AwsSdkJs_CreateJob_into_a_missing_bucket_is_NoSuchBucketException() => Run();

    [Fact, Scenario("ie_create_job_validate_only_creates_nothing")]
    public Task AwsSdkJs_CreateJob_with_ValidateOnly_creates_nothing() => Run();

    [Fact, Scenario("ie_manifest_with_special_characters_round_trips")]
    public Task AwsSdkJs_SigV2_with_non_ASCII_and_reserved_characters_verifies_and_round_trips() => Run();

    [Fact, Scenario("ie_get_status")]
    public Task AwsSdkJs_GetStatus_of_a_new_job_is_Pending_NotReceived_with_its_manifest() => Run();

    [Fact, Scenario("ie_get_status_unknown_job")]
    public Task AwsSdkJs_GetStatus_of_an_unknown_job_is_InvalidJobIdException() => Run();

    [Fact, Scenario("ie_cancel_job")]
    public Task AwsSdkJs_CancelJob_succeeds_and_ListJobs_shows_IsCanceled() => Run();

    [Fact, Scenario("ie_cancel_job_after_start")]
    public Task AwsSdkJs_CancelJob_after_the_job_started_is_UnableToCancelJobIdException() => Run();

    [Fact, Scenario("ie_cancel_job_twice")]
    public Task AwsSdkJs_CancelJob_of_a_canceled_job_is_CanceledJobIdException() => Run();

    [Fact, Scenario("ie_update_job")]
    public Task AwsSdkJs_UpdateJob_replaces_the_manifest() => Run();

    [Fact, Scenario("ie_update_job_after_start")]
    public Task AwsSdkJs_UpdateJob_after_the_job_started_is_UnableToUpdateJobIdException() => Run();

    [Fact, Scenario("ie_list_jobs_paging")]
    public Task AwsSdkJs_ListJobs_pages_newest_first_with_MaxJobs_and_Marker() => Run();

    [Fact, Scenario("ie_list_jobs_unknown_access_key")]
    public Task AwsSdkJs_ListJobs_with_an_unknown_key_is_InvalidAccessKeyIdException() => Run();

    [Fact, Scenario("ie_get_shipping_label")]
    public Task AwsSdkJs_GetShippingLabel_returns_a_label_url() => Run();

    [Fact, Scenario("ie_get_shipping_label_unknown_job")]
    public Task AwsSdkJs_GetShippingLabel_for_an_unknown_job_is_InvalidJobIdException() => Run();

    [Fact, Scenario("ie_sdk_signs_sigv2")]
    public Task AwsSdkJs_signs_ImportExport_with_SigV2_and_the_emulator_logs_it() => Run();

    [Fact, Scenario("ie_wrong_secret_is_signature_does_not_match")]
    public Task AwsSdkJs_SigV2_with_a_wrong_secret_is_SignatureDoesNotMatch() => Run();

    [Fact, Scenario("ie_sigv2_session_token")]
    public Task AwsSdkJs_SigV2_with_temporary_credentials_needs_SecurityToken() => Run();

    [Fact, Scenario("ie_retries_throttling")]
    public Task AwsSdkJs_retries_ImportExport_Throttling_and_succeeds() => Run();

    [Fact, Scenario("ie_retries_service_unavailable")]
    public Task AwsSdkJs_retries_an_ImportExport_HTTP_503_and_succeeds() => Run();

    [Fact, Scenario("mgn_start_import")]
    public Task AwsSdkJs_StartImport_is_202_with_a_pending_task_signed_SigV4_mgn() => Run();

    [Fact, Scenario("mgn_start_import_idempotent_client_token")]
    public Task AwsSdkJs_StartImport_retried_with_the_same_clientToken_returns_the_same_import() => Run();

    [Fact, Scenario("mgn_start_import_conflict")]
    public Task AwsSdkJs_StartImport_reusing_a_clientToken_with_other_parameters_is_ConflictException() => Run();

    [Fact, Scenario("mgn_start_import_validation_exception")]
    public Task AwsSdkJs_StartImport_with_a_non_csv_key_is_ValidationException_with_fieldList() => Run();

    [Fact, Scenario("mgn_list_imports")]
    public Task AwsSdkJs_ListImports_filters_and_pages() => Run();

    [Fact, Scenario("mgn_list_import_errors")]
    public Task AwsSdkJs_ListImportErrors_lists_typed_errors() => Run();

    [Fact, Scenario("mgn_list_import_errors_unknown_import")]
    public Task AwsSdkJs_ListImportErrors_of_an_unknown_import_is_ResourceNotFoundException() => Run();

    [Fact, Scenario("mgn_retries_throttling")]
    public Task AwsSdkJs_retries_Mgn_ThrottlingException_and_succeeds() => Run();

    [Fact, Scenario("mgn_wrong_secret")]
    public Task AwsSdkJs_Mgn_with_a_wrong_secret_is_InvalidSignatureException() => Run();

    [Fact, Scenario("mgn_unknown_access_key")]
    public Task AwsSdkJs_Mgn_with_an_unknown_key_is_UnrecognizedClientException() => Run();
}
