#!/usr/bin/env python3
"""Independent peer: drives the ImportExport emulator with botocore, the way the AWS CLI and boto3 do.

Every scenario is separately addressable and self-contained (it creates what it needs, it never resets the
emulator), so the xunit wrapper can run one scenario per test and a failure names one behaviour.

    python3 botocore_peer.py --list
    python3 botocore_peer.py --endpoint http://127.0.0.1:51234 --scenario ie_cancel_job_after_start
    python3 botocore_peer.py --endpoint URL --emit-request GetStatus --params '{"JobId": "ABCDE"}'
    python3 botocore_peer.py --endpoint URL --emit-requests requests.json

A scenario exits 0 when everything botocore observed matches AWS behaviour, 1 with a precise message on
stderr on any mismatch, 2 on usage errors. Either way it prints one JSON line describing what it observed.
"""

import argparse
import contextlib
import hashlib
import json
import os
import re
import sys
import time
import traceback
import urllib.error
import urllib.request
import uuid

# No shared config, no instance metadata, no environment credentials: the peer must see only what we pass.
os.environ["AWS_EC2_METADATA_DISABLED"] = "true"
os.environ["AWS_CONFIG_FILE"] = os.devnull
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull
for _name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
              "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_IMPORTEXPORT", "AWS_ENDPOINT_URL_MGN",
              "AWS_DEFAULT_REGION", "AWS_REGION"):
    os.environ.pop(_name, None)

try:
    import botocore
    import botocore.parsers
    import botocore.session
    from botocore.config import Config
    from botocore.exceptions import ClientError
except ImportError:  # pragma: no cover - reported loudly, the xunit wrapper shows it
    sys.stderr.write("botocore is not importable by %s; run tests/peers/setup.sh\n" % sys.executable)
    sys.exit(3)

ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
IE_REGION = "us-east-1"
MGN_REGION = "eu-west-1"
IMPORT_ID_RE = re.compile(r"^import-[0-9a-zA-Z]{17}$")
EXPORT_ID_RE = re.compile(r"^export-[0-9a-zA-Z]{17}$")

# The sample import manifest of every suite (the .NET tests and the aws-sdk JS peer read the same file).
SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, "samples")
with open(os.path.join(SAMPLES, "import-manifest.yaml"), encoding="utf-8", newline="") as _sample:
    IMPORT_MANIFEST = _sample.read().replace("\r\n", "\n")
RETURN_ADDRESS = IMPORT_MANIFEST[IMPORT_MANIFEST.index("returnAddress:\n"):]
_IMPORT_FIELDS = IMPORT_MANIFEST[:IMPORT_MANIFEST.index("returnAddress:\n")].splitlines()


def import_manifest(bucket="my-import-bucket", device_id="49382", access_key=ACCESS_KEY, drop=None, extra=""):
    values = {"accessKeyId": access_key, "deviceId": device_id, "bucket": bucket}
    lines = []
    for line in _IMPORT_FIELDS:
        field = line.split(":", 1)[0]
        lines.append("%s: %s" % (field, values[field]) if field in values else line)
    if drop:
        lines = [l for l in lines if not l.startswith(drop + ":")]
    text = "\n".join(lines) + "\n" + RETURN_ADDRESS + extra
    if drop == "returnAddress":
        text = "\n".join(lines) + "\n" + extra
    return text


def export_manifest(device_id="70123"):
    return (
        "manifestVersion: 2.0\n"
        "accessKeyId: %s\n"
        "deviceId: %s\n"
        "logBucket: my-log-bucket\n"
        "fileSystem: NTFS\n"
        "operations:\n"
        "  - exportBucket: my-export-bucket\n" % (ACCESS_KEY, device_id)
    ) + RETURN_ADDRESS


MALFORMED_MANIFEST = "manifestVersion: 2.0\naccessKeyId: [unclosed\n  deviceId: : :\n\t- nope: {\n"


class Mismatch(Exception):
    """The emulator did something an AWS client would not expect."""


class Peer:
    def __init__(self, endpoint, access_key=ACCESS_KEY, secret_key=SECRET_KEY):
        self.endpoint = endpoint.rstrip("/")
        self.access_key = access_key
        self.secret_key = secret_key
        self.session = botocore.session.get_session()
        self.observed = {}
        self._ie = None
        self._mgn = None

    # ---- clients -------------------------------------------------------------------------------------
    def client(self, service, region=None, access_key=None, secret_key=None, **config):
        config.setdefault("retries", {"total_max_attempts": 1})
        cfg = Config(connect_timeout=5, read_timeout=30, **config)
        return self.session.create_client(
            service,
            region_name=region or (IE_REGION if service == "importexport" else MGN_REGION),
            endpoint_url=self.endpoint,
            aws_access_key_id=access_key or self.access_key,
            aws_secret_access_key=secret_key or self.secret_key,
            config=cfg,
        )

    @property
    def ie(self):
        if self._ie is None:
            self._ie = self.client("importexport")
        return self._ie

    @property
    def mgn(self):
        if self._mgn is None:
            self._mgn = self.client("mgn")
        return self._mgn

    # ---- admin API (no signature) --------------------------------------------------------------------
    def admin(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.endpoint + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as e:
            raise Mismatch("admin %s %s -> HTTP %d: %s" % (method, path, e.code, e.read()[:500]))
        if not raw:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            return raw.decode("utf-8", "replace")

    def advance_job(self, job_id, to):
        return self.admin("POST", "/__admin/jobs/%s/advance?to=%s" % (job_id, to))

    def advance_export(self, export_id, to):
        return self.admin("POST", "/__admin/exports/%s/advance?to=%s" % (export_id, to))

    def advance_import(self, import_id, to):
        return self.admin("POST", "/__admin/imports/%s/advance?to=%s" % (import_id, to))

    @contextlib.contextmanager
    def fault(self, **spec):
        """Injects one fault rule for the duration of the block; clears all faults afterwards."""
        self.admin("POST", "/__admin/faults", spec)
        try:
            yield
        finally:
            self.admin("DELETE", "/__admin/faults")

    def logged(self, operation, param_name, param_value):
        """Every request-log entry of operation whose decoded parameters carry param_value, oldest first."""
        return [e for e in self.request_log()
                if str(get_ci(e, "operation")) == operation
                and contains_value(get_ci(e, "parameters") or {}, param_name, param_value)]

    def request_log(self):
        log = self.admin("GET", "/__admin/requests")
        if isinstance(log, dict):
            for key in ("requests", "Requests", "items", "entries"):
                if isinstance(log.get(key), list):
                    return log[key]
        if not isinstance(log, list):
            raise Mismatch("GET /__admin/requests did not return a JSON list: %r" % (log,))
        return log

    def find_logged(self, operation, param_name, param_value):
        """The newest request-log entry for operation whose decoded parameters carry param_value."""
        for entry in reversed(self.request_log()):
            if str(get_ci(entry, "operation")) != operation:
                continue
            params = get_ci(entry, "parameters") or get_ci(entry, "params") or {}
            if param_name is None or contains_value(params, param_name, param_value):
                return entry
        raise Mismatch("no %s request with %s=%r in the emulator's request log" % (operation, param_name, param_value))

    # ---- helpers ------------------------------------------------------------------------------------
    def create_job(self, manifest=None, **kw):
        resp = self.ie.create_job(JobType=kw.pop("JobType", "Import"), Manifest=manifest or import_manifest(),
                                  ValidateOnly=kw.pop("ValidateOnly", False), **kw)
        require(resp.get("JobId"), "CreateJob returned no JobId: %r" % resp)
        return resp

    def start_import(self, **kw):
        kw.setdefault("s3BucketSource", {"s3Bucket": "my-import-bucket", "s3Key": "imports/%s.csv" % uuid.uuid4().hex})
        resp = self.mgn.start_import(**kw)
        task = resp.get("importTask") or {}
        require(IMPORT_ID_RE.match(task.get("importID", "")), "StartImport importID %r does not match %s"
                % (task.get("importID"), IMPORT_ID_RE.pattern))
        return resp


# ---- small assertion vocabulary -------------------------------------------------------------------------
def require(cond, message):
    if not cond:
        raise Mismatch(message)


def equal(actual, expected, what):
    if actual != expected:
        raise Mismatch("%s: expected %r, got %r" % (what, expected, actual))


def get_ci(mapping, key):
    if not isinstance(mapping, dict):
        return None
    for k, v in mapping.items():
        if k.lower() == key.lower():
            return v
    return None


def contains_value(params, name, value):
    if isinstance(params, dict):
        for k, v in params.items():
            if k.lower() == name.lower() and (v == value or (isinstance(v, list) and value in v)):
                return True
            if contains_value(v, name, value):
                return True
    if isinstance(params, list):
        return any(contains_value(p, name, value) for p in params)
    if isinstance(params, str) and name is None:
        return value in params
    return False


def expect_error(call, code, status=None, what=None):
    """Runs call, which must fail with the AWS error code (and HTTP status, when given)."""
    try:
        result = call()
    except ClientError as e:
        got = e.response.get("Error", {}).get("Code")
        got_status = e.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        if got != code:
            raise Mismatch("%s: expected error %s, got %s (HTTP %s): %s"
                           % (what or "call", code, got, got_status, e.response.get("Error")))
        if status is not None and got_status != status:
            raise Mismatch("%s: %s came with HTTP %s, expected %s" % (what or "call", code, got_status, status))
        return e
    raise Mismatch("%s: expected error %s, but the call succeeded: %r" % (what or "call", code, strip_meta(result)))


def strip_meta(resp):
    if isinstance(resp, dict):
        return {k: v for k, v in resp.items() if k != "ResponseMetadata"}
    return resp


def status_of(resp):
    return resp.get("ResponseMetadata", {}).get("HTTPStatusCode")


def error_summary(e):
    return {"code": e.response.get("Error", {}).get("Code"),
            "status": e.response.get("ResponseMetadata", {}).get("HTTPStatusCode"),
            "message": e.response.get("Error", {}).get("Message")}


SCENARIOS = {}


def scenario(fn):
    SCENARIOS[fn.__name__[3:]] = fn  # strip the "sc_" prefix
    return fn


# ======================================================================================================
# AWS Import/Export (query protocol; botocore signs it with SigV4 as IngestionService)
# ======================================================================================================
@scenario
def sc_s3_put_get_head_then_import(p):
    """The S3 stand-in through botocore's s3 client (SigV4 s3, path-style, its default checksums), then an MGN import of the object."""
    s3 = p.client("s3", region=MGN_REGION, s3={"addressing_style": "path"})
    key = "peer/%s.csv" % uuid.uuid4().hex
    body = ("mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework\r\n"
            "Wave 1,Billing,web-01,web-01.corp.example.com\r\nWave 1,Payroll,db-01,db-01.corp.example.com\r\n").encode()
    put = s3.put_object(Bucket="my-import-bucket", Key=key, Body=body, ContentType="text/csv",
                        ExpectedBucketOwner="111122223333")
    etag = '"%s"' % hashlib.md5(body).hexdigest()
    equal(put.get("ETag"), etag, "PutObject ETag (MD5 of the body)")
    got = s3.get_object(Bucket="my-import-bucket", Key=key)
    equal(got["Body"].read(), body, "GetObject body")
    head = s3.head_object(Bucket="my-import-bucket", Key=key)
    equal((head.get("ContentLength"), head.get("ETag")), (len(body), etag), "HeadObject length and ETag")
    expect_error(lambda: s3.head_object(Bucket="my-import-bucket", Key=key + ".missing"), "404", 404, "HeadObject of a missing key")
    expect_error(lambda: s3.get_object(Bucket="my-import-bucket", Key=key + ".missing"), "NoSuchKey", 404, "GetObject of a missing key")
    expect_error(lambda: s3.put_object(Bucket="my-import-bucket", Key=key, Body=body, ExpectedBucketOwner="999988887777"),
                     "AccessDenied", 403, "PutObject with another expected bucket owner")
    task = p.start_import(s3BucketSource={"s3Bucket": "my-import-bucket", "s3Key": key})["importTask"]
    final = p.advance_import(task["importID"], "SUCCEEDED")
    servers = (p.mgn.list_imports(filters={"importIDs": [task["importID"]]})["items"][0]["summary"]["servers"])
    equal(servers.get("createdCount", 0) + servers.get("modifiedCount", 0), 2, "servers the import created or modified")
    p.observed.update(etag=etag, status=get_ci(final, "status"))


@scenario
def sc_s3_export_columns_markers_and_scope_then_import(p):
    """An import, then a file shaped like an MGN export (ids, read-only states, a Windows volume) edited with the guide's
    markers, with a row for another account and one for another region: botocore uploads both and lists the errors."""
    s3 = p.client("s3", region=MGN_REGION, s3={"addressing_style": "path"})
    first = "peer/%s.csv" % uuid.uuid4().hex
    s3.put_object(Bucket="my-import-bucket", Key=first, Body=(
        "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework,mgn:server:tag:Owner,mgn:launch:instance-type\r\n"
        "Wave X,Ledger,ledger-01,ledger-01.corp.example.com,alice,m5.large\r\n").encode())
    task = p.start_import(s3BucketSource={"s3Bucket": "my-import-bucket", "s3Key": first})["importTask"]
    equal(get_ci(p.advance_import(task["importID"], "SUCCEEDED"), "status"), "SUCCEEDED", "first import")
    edited = "peer/%s.csv" % uuid.uuid4().hex
    s3.put_object(Bucket="my-import-bucket", Key=edited, Body=(
        "mgn:account-id,mgn:region,mgn:app:name,mgn:server:user-provided-id,mgn:server:lifecycle-state,mgn:server:replication-type,"
        "mgn:server:replication-state,mgn:server:fqdn-for-action-framework,mgn:server:tag:Owner,mgn:launch:instance-type,mgn:launch:volume:c:0:type\r\n"
        ",,Ledger,ledger-01,READY_FOR_TEST,AGENT_BASED,CONTINUOUS,ledger-01.corp.example.com,[DELETE_TAG],[RESET_VALUE],gp3\r\n"
        "444455556666,,Ledger,ledger-02,,,,ledger-02.corp.example.com,,,\r\n"
        ",ap-south-1,Ledger,ledger-03,,,,ledger-03.corp.example.com,,,\r\n").encode())
    task = p.start_import(s3BucketSource={"s3Bucket": "my-import-bucket", "s3Key": edited})["importTask"]
    final = p.advance_import(task["importID"], "SUCCEEDED")
    equal(get_ci(final, "status"), "SUCCEEDED", "import of the edited export")
    summary = p.mgn.list_imports(filters={"importIDs": [task["importID"]]})["items"][0]["summary"]["servers"]
    equal((summary.get("createdCount", 0), summary.get("modifiedCount", 0)), (0, 1), "servers created and modified")
    errors = p.mgn.list_import_errors(importID=task["importID"])["items"]
    equal([(e["errorData"]["rowNumber"], e["errorType"]) for e in errors], [(3, "PROCESSING_ERROR"), (4, "PROCESSING_ERROR")],
          "the rows for another account and another region")
    require("444455556666" in errors[0]["errorData"]["rawError"] and "111122223333" in errors[0]["errorData"]["rawError"],
            "the account error names both accounts: %r" % errors[0]["errorData"]["rawError"])
    require("ap-south-1" in errors[1]["errorData"]["rawError"] and MGN_REGION in errors[1]["errorData"]["rawError"],
            "the region error names both regions: %r" % errors[1]["errorData"]["rawError"])
    p.observed.update(errors=[e["errorData"]["rawError"] for e in errors])


@scenario
def sc_s3_wrong_secret_is_signature_does_not_match(p):
    s3 = p.client("s3", region=MGN_REGION, secret_key=p.secret_key[:-4] + "XXXX", s3={"addressing_style": "path"})
    e = expect_error(lambda: s3.put_object(Bucket="my-import-bucket", Key="peer/x.csv", Body=b"mgn:wave:name\r\nW\r\n"),
                     "SignatureDoesNotMatch", 403, "PutObject signed with a wrong secret")
    p.observed["error"] = error_summary(e)


@scenario
def sc_ie_create_job_import(p):
    resp = p.create_job()
    equal(status_of(resp), 200, "CreateJob HTTP status")
    equal(resp.get("JobType"), "Import", "CreateJob JobType")
    require(resp.get("Signature"), "CreateJob returned no Signature")
    require(resp.get("SignatureFileContents"), "CreateJob returned no SignatureFileContents")
    require(isinstance(resp.get("ArtifactList", []), list), "ArtifactList is not a list")
    p.observed.update(job=strip_meta(resp))


@scenario
def sc_ie_create_job_export(p):
    resp = p.create_job(manifest=export_manifest(), JobType="Export")
    equal(resp.get("JobType"), "Export", "CreateJob JobType")
    status = p.ie.get_status(JobId=resp["JobId"])
    equal(status.get("JobType"), "Export", "GetStatus JobType of an export job")
    p.observed.update(job=strip_meta(resp))


@scenario
def sc_ie_create_job_validate_only_creates_nothing(p):
    before = [j["JobId"] for j in p.ie.get_paginator("list_jobs").paginate().build_full_result().get("Jobs", [])]
    resp = p.ie.create_job(JobType="Import", Manifest=import_manifest(), ValidateOnly=True)
    after = [j["JobId"] for j in p.ie.get_paginator("list_jobs").paginate().build_full_result().get("Jobs", [])]
    equal(after, before, "ListJobs after a ValidateOnly CreateJob")
    if resp.get("JobId"):
        expect_error(lambda: p.ie.get_status(JobId=resp["JobId"]), "InvalidJobIdException",
                     what="GetStatus of the JobId a ValidateOnly CreateJob returned")
    p.observed.update(response=strip_meta(resp), jobs=len(after))


@scenario
def sc_ie_create_job_malformed_manifest(p):
    e = expect_error(lambda: p.ie.create_job(JobType="Import", Manifest=MALFORMED_MANIFEST, ValidateOnly=False),
                     "MalformedManifestException", 400, "CreateJob with YAML that does not parse")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_create_job_missing_manifest_field(p):
    e = expect_error(lambda: p.ie.create_job(JobType="Import", Manifest=import_manifest(drop="deviceId"),
                                             ValidateOnly=False),
                     "MissingManifestFieldException", 400, "CreateJob with a manifest without deviceId")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_create_job_no_such_bucket(p):
    bucket = "no-such-bucket-%s" % uuid.uuid4().hex[:12]
    e = expect_error(lambda: p.ie.create_job(JobType="Import", Manifest=import_manifest(bucket=bucket),
                                             ValidateOnly=False),
                     "NoSuchBucketException", 400, "CreateJob importing into %s" % bucket)
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_create_job_manifest_access_key_mismatch(p):
    other = "AKIAI44QH8DHBEXAMPLE"
    e = expect_error(lambda: p.ie.create_job(JobType="Import", Manifest=import_manifest(access_key=other),
                                             ValidateOnly=False),
                     "InvalidAccessKeyIdException", 400,
                     "CreateJob whose manifest accessKeyId is not the signing key")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_get_status(p):
    manifest = import_manifest(device_id="gs-%s" % uuid.uuid4().hex[:8])
    created = p.create_job(manifest=manifest)
    resp = p.ie.get_status(JobId=created["JobId"])
    equal(resp.get("JobId"), created["JobId"], "GetStatus JobId")
    equal(resp.get("JobType"), "Import", "GetStatus JobType")
    equal(resp.get("LocationCode"), "NotReceived", "GetStatus LocationCode of a new job")
    equal(resp.get("ProgressCode"), "Pending", "GetStatus ProgressCode of a new job")
    equal(resp.get("CurrentManifest"), manifest, "GetStatus CurrentManifest")
    equal(resp.get("Signature"), created.get("Signature"), "GetStatus Signature vs CreateJob Signature")
    created_at = resp.get("CreationDate")
    require(created_at is not None and hasattr(created_at, "year"),
            "GetStatus CreationDate did not parse as a timestamp: %r" % (created_at,))
    require(abs(time.time() - created_at.timestamp()) < 3600,
            "GetStatus CreationDate %s is not near now" % created_at.isoformat())
    p.observed.update(status={k: (v.isoformat() if hasattr(v, "isoformat") else v)
                              for k, v in strip_meta(resp).items()})


@scenario
def sc_ie_manifest_with_special_characters_round_trips(p):
    extra_address = ("returnAddress:\n  name: \"Zo\u00eb O'Brien (\u00dcn\u00efc\u00f8d\u00e9) ~*!\"\n"
                     "  company: \"A&B 100% +plus; =eq\"\n  street1: 1 Rue de l'\u00c9glise\n  city: S\u00e3o Paulo\n"
                     "  stateOrProvince: SP\n  postalCode: 01000-000\n  phoneNumber: +55 11 5555-1111\n  country: Brazil\n")
    manifest = import_manifest(drop="returnAddress", extra=extra_address)
    job = p.create_job(manifest=manifest)["JobId"]
    equal(p.ie.get_status(JobId=job).get("CurrentManifest"), manifest, "CurrentManifest with non-ASCII and reserved characters")
    p.observed.update(job=job)


@scenario
def sc_ie_get_status_unknown_job(p):
    e = expect_error(lambda: p.ie.get_status(JobId="NOSUCHJOB1"), "InvalidJobIdException", 400,
                     "GetStatus of an unknown job id")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_get_status_after_advance(p):
    job = p.create_job()["JobId"]
    p.advance_job(job, "InProgress")
    resp = p.ie.get_status(JobId=job)
    equal(resp.get("ProgressCode"), "InProgress", "GetStatus ProgressCode after advance to InProgress")
    equal(resp.get("LocationCode"), "AtAWS", "GetStatus LocationCode while InProgress")
    require("ErrorCount" not in resp, "ErrorCount before the job finished: %r" % resp.get("ErrorCount"))
    p.advance_job(job, "Complete")
    done = p.ie.get_status(JobId=job)
    equal(done.get("ProgressCode"), "Complete", "GetStatus ProgressCode after advance to Complete")
    require(isinstance(done.get("ErrorCount"), int), "a Complete job has no integer ErrorCount: %r" % done.get("ErrorCount"))
    require("Carrier" not in done and "TrackingNumber" not in done, "Carrier/TrackingNumber before the device returned")
    p.advance_job(job, "Returned")
    back = p.ie.get_status(JobId=job)
    equal(back.get("LocationCode"), "Returned", "GetStatus LocationCode after advance to Returned")
    require(back.get("Carrier") and back.get("TrackingNumber"), "a Returned job lacks Carrier/TrackingNumber: %r"
            % strip_meta(back))
    p.observed.update(progress=resp.get("ProgressCode"), location=resp.get("LocationCode"),
                      returned={k: back.get(k) for k in ("LocationCode", "ProgressCode", "Carrier", "TrackingNumber", "ErrorCount")})


@scenario
def sc_ie_cancel_job(p):
    job = p.create_job()["JobId"]
    resp = p.ie.cancel_job(JobId=job)
    equal(resp.get("Success"), True, "CancelJob Success")
    listed = [j for j in p.ie.get_paginator("list_jobs").paginate().build_full_result()["Jobs"] if j["JobId"] == job]
    require(listed, "canceled job %s is missing from ListJobs" % job)
    equal(listed[0].get("IsCanceled"), True, "ListJobs IsCanceled of a canceled job")
    p.observed.update(cancel=strip_meta(resp))


@scenario
def sc_ie_cancel_job_unknown_job(p):
    e = expect_error(lambda: p.ie.cancel_job(JobId="NOSUCHJOB2"), "InvalidJobIdException", 400,
                     "CancelJob of an unknown job id")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_cancel_job_after_start(p):
    job = p.create_job()["JobId"]
    p.advance_job(job, "InProgress")
    e = expect_error(lambda: p.ie.cancel_job(JobId=job), "UnableToCancelJobIdException", 400,
                     "CancelJob of a job whose transfer started")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_cancel_job_twice(p):
    job = p.create_job()["JobId"]
    p.ie.cancel_job(JobId=job)
    e = expect_error(lambda: p.ie.cancel_job(JobId=job), "CanceledJobIdException", 400,
                     "CancelJob of an already canceled job")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_update_job(p):
    job = p.create_job()["JobId"]
    new_manifest = import_manifest(device_id="upd-%s" % uuid.uuid4().hex[:8])
    resp = p.ie.update_job(JobId=job, Manifest=new_manifest, JobType="Import", ValidateOnly=False)
    equal(resp.get("Success"), True, "UpdateJob Success")
    equal(p.ie.get_status(JobId=job).get("CurrentManifest"), new_manifest, "CurrentManifest after UpdateJob")
    p.observed.update(update=strip_meta(resp))


@scenario
def sc_ie_update_job_validate_only(p):
    original = import_manifest(device_id="orig-%s" % uuid.uuid4().hex[:8])
    job = p.create_job(manifest=original)["JobId"]
    resp = p.ie.update_job(JobId=job, Manifest=import_manifest(device_id="never"), JobType="Import",
                           ValidateOnly=True)
    equal(resp.get("Success"), True, "UpdateJob ValidateOnly Success")
    equal(p.ie.get_status(JobId=job).get("CurrentManifest"), original,
          "CurrentManifest after a ValidateOnly UpdateJob (must be unchanged)")
    p.observed.update(update=strip_meta(resp))


@scenario
def sc_ie_update_job_after_start(p):
    job = p.create_job()["JobId"]
    p.advance_job(job, "InProgress")
    e = expect_error(lambda: p.ie.update_job(JobId=job, Manifest=import_manifest(), JobType="Import",
                                             ValidateOnly=False),
                     "UnableToUpdateJobIdException", 400, "UpdateJob of a job whose transfer started")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_update_job_canceled(p):
    job = p.create_job()["JobId"]
    p.ie.cancel_job(JobId=job)
    e = expect_error(lambda: p.ie.update_job(JobId=job, Manifest=import_manifest(), JobType="Import",
                                             ValidateOnly=False),
                     "CanceledJobIdException", 400, "UpdateJob of a canceled job")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_update_job_malformed_manifest(p):
    job = p.create_job()["JobId"]
    e = expect_error(lambda: p.ie.update_job(JobId=job, Manifest=MALFORMED_MANIFEST, JobType="Import",
                                             ValidateOnly=False),
                     "MalformedManifestException", 400, "UpdateJob with YAML that does not parse")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_list_jobs_paging(p):
    created = [p.create_job()["JobId"] for _ in range(5)]
    newest_first = list(reversed(created))
    page1 = p.ie.list_jobs(MaxJobs=2)
    ids1 = [j["JobId"] for j in page1.get("Jobs", [])]
    equal(ids1, newest_first[:2], "ListJobs(MaxJobs=2) first page (newest first)")
    equal(page1.get("IsTruncated"), True, "IsTruncated of the first page")
    page2 = p.ie.list_jobs(MaxJobs=2, Marker=ids1[-1])
    ids2 = [j["JobId"] for j in page2.get("Jobs", [])]
    equal(ids2, newest_first[2:4], "ListJobs(MaxJobs=2, Marker=<last id of page 1>)")
    equal(page2.get("IsTruncated"), True, "IsTruncated of the second page")
    for j in page1["Jobs"] + page2["Jobs"]:
        require(hasattr(j.get("CreationDate"), "year"), "ListJobs CreationDate is not a timestamp: %r" % j)
        equal(j.get("JobType"), "Import", "ListJobs JobType")
        equal(j.get("IsCanceled"), False, "ListJobs IsCanceled of a live job")
    # The last page: walk to the end and check IsTruncated=false there.
    marker, pages = ids2[-1], 2
    while True:
        page = p.ie.list_jobs(MaxJobs=2, Marker=marker)
        pages += 1
        require(len(page.get("Jobs", [])) <= 2, "ListJobs returned more than MaxJobs=2 jobs")
        if not page.get("IsTruncated"):
            break
        require(page.get("Jobs"), "IsTruncated=true on a page with no jobs")
        marker = page["Jobs"][-1]["JobId"]
        require(pages < 1000, "ListJobs paging does not terminate")
    p.observed.update(page1=ids1, page2=ids2, pages=pages)


@scenario
def sc_ie_list_jobs_paginator_newest_first(p):
    created = [p.create_job()["JobId"] for _ in range(3)]
    pages = list(p.ie.get_paginator("list_jobs").paginate(PaginationConfig={"PageSize": 1}))
    ids = [j["JobId"] for page in pages for j in page.get("Jobs", [])]
    equal(ids[:3], list(reversed(created)), "paginator order of the three newest jobs (newest first)")
    require(len(pages) >= 3, "PageSize=1 gave %d pages for at least 3 jobs" % len(pages))
    equal(len(ids), len(set(ids)), "paginator returned a job twice")
    dates = [j["CreationDate"] for page in pages for j in page["Jobs"]]
    require(all(a >= b for a, b in zip(dates, dates[1:])), "ListJobs is not in reverse chronological order")
    limited = p.ie.get_paginator("list_jobs").paginate(PaginationConfig={"MaxItems": 2, "PageSize": 1}) \
        .build_full_result()
    equal([j["JobId"] for j in limited["Jobs"]], list(reversed(created))[:2], "paginator MaxItems=2")
    require(limited.get("NextToken"), "paginator with MaxItems=2 gave no NextToken")
    p.observed.update(pages=len(pages), first=ids[:3])


@scenario
def sc_ie_list_jobs_unknown_access_key(p):
    c = p.client("importexport", access_key="AKIAXXXXXXXXXXXXXXXX")
    e = expect_error(lambda: c.list_jobs(), "InvalidAccessKeyIdException", what="ListJobs signed by an unknown key")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_get_shipping_label(p):
    job = p.create_job()["JobId"]
    resp = p.ie.get_shipping_label(jobIds=[job], name="Jane Doe", company="Example Corp", phoneNumber="206-555-1111",
                                   country="USA", stateOrProvince="WA", city="Anytown", postalCode="91011-1111",
                                   street1="123 Any Street", street2="Suite 100")
    url = resp.get("ShippingLabelURL")
    require(url and re.match(r"^https?://", url), "GetShippingLabel ShippingLabelURL is not a URL: %r" % (url,))
    logged = p.find_logged("GetShippingLabel", None, None)
    params = get_ci(logged, "parameters") or {}
    require(json.dumps(params).find(job) >= 0,
            "the request log of GetShippingLabel does not carry the job id %s (botocore sends jobIds.member.1): %r"
            % (job, params))
    p.observed.update(label=strip_meta(resp), logged_parameters=params)


@scenario
def sc_ie_get_shipping_label_unknown_job(p):
    e = expect_error(lambda: p.ie.get_shipping_label(jobIds=["NOSUCHJOB3"], name="Jane Doe", street1="1 A St",
                                                     city="Anytown", stateOrProvince="WA", postalCode="91011",
                                                     country="USA", phoneNumber="206-555-1111"),
                     "InvalidJobIdException", 400, "GetShippingLabel for an unknown job id")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_get_shipping_label_canceled_job(p):
    job = p.create_job()["JobId"]
    p.ie.cancel_job(JobId=job)
    e = expect_error(lambda: p.ie.get_shipping_label(jobIds=[job], name="Jane Doe", street1="1 A St",
                                                     city="Anytown", stateOrProvince="WA", postalCode="91011",
                                                     country="USA", phoneNumber="206-555-1111"),
                     "CanceledJobIdException", 400, "GetShippingLabel for a canceled job")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_wrong_secret_is_signature_does_not_match(p):
    c = p.client("importexport", secret_key=SECRET_KEY[:-4] + "XXXX")
    e = expect_error(lambda: c.get_status(JobId="ANYJOB"), "SignatureDoesNotMatch",
                     what="GetStatus signed with a wrong secret")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_unknown_access_key(p):
    c = p.client("importexport", access_key="AKIAXXXXXXXXXXXXXXXX")
    e = expect_error(lambda: c.create_job(JobType="Import", Manifest=import_manifest(), ValidateOnly=False),
                     "InvalidAccessKeyIdException", what="CreateJob signed by an unknown access key")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_botocore_signs_sigv4_ingestionservice(p):
    """What botocore really sends for importexport with a custom endpoint: its model says v2, but
    botocore's client creator overrides importexport to SigV4 (choose-signer.importexport -> v4), and with a
    custom endpoint the ruleset gives no authScheme, so the scope is <client region>/IngestionService."""
    seen = {}

    def capture(request, **_):
        seen["authorization"] = request.headers.get("Authorization")
        seen["body"] = request.body if isinstance(request.body, str) else (request.body or b"").decode()
        seen["content_type"] = request.headers.get("Content-Type")

    c = p.client("importexport")
    c.meta.events.register("before-send.importexport.GetStatus", capture)
    marker = "SIGCHK%s" % uuid.uuid4().hex[:8].upper()
    expect_error(lambda: c.get_status(JobId=marker), "InvalidJobIdException", what="GetStatus of an unknown id")
    auth = (seen.get("authorization") or b"")
    auth = auth.decode() if isinstance(auth, bytes) else auth
    require(re.match(r"^AWS4-HMAC-SHA256 Credential=%s/\d{8}/us-east-1/IngestionService/aws4_request, "
                     % ACCESS_KEY, auth), "botocore Authorization header is not SigV4 IngestionService: %r" % auth)
    require("Action=GetStatus" in seen["body"] and "Version=2010-06-01" in seen["body"],
            "unexpected query body %r" % seen["body"])
    entry = p.find_logged("GetStatus", "JobId", marker)
    sigver = str(get_ci(entry, "signatureVersion") or get_ci(entry, "signature") or "")
    require(re.search(r"4", sigver), "emulator logged signature version %r for a SigV4 request: %r" % (sigver, entry))
    equal(get_ci(entry, "accessKey") or get_ci(entry, "accessKeyId"), ACCESS_KEY, "logged access key")
    p.observed.update(authorization=re.sub(r"Signature=\w+", "Signature=...", auth), body=seen["body"],
                      content_type=seen["content_type"], logged=entry)


@scenario
def sc_ie_botocore_forced_sigv2(p):
    """botocore still ships a SigV2 signer (the model's own signatureVersion is v2), but botocore 1.43 registers
    choose-signer.importexport -> v4 without looking at Config(signature_version='v2') (ClientCreator calls
    _register_importexport_events without the client config), so the only way to get SigV2 is a choose-signer
    handler of our own that runs first. The emulator must accept SigV2 form parameters and log them as v2."""
    seen = {}

    def sigv2_client(**kw):
        client = p.client("importexport", signature_version="v2", **kw)
        client.meta.events.register_first("choose-signer.importexport", lambda **_: "v2")
        return client

    c = sigv2_client()
    c.meta.events.register("before-send.importexport.ListJobs",
                           lambda request, **_: seen.update(body=request.body, auth=request.headers.get("Authorization")))
    resp = c.list_jobs(MaxJobs=1)
    body = seen["body"] if isinstance(seen["body"], str) else seen["body"].decode()
    require("SignatureVersion=2" in body and "SignatureMethod=HmacSHA256" in body and "Signature=" in body,
            "botocore did not send SigV2 form parameters: %r" % body)
    equal(seen.get("auth"), None, "Authorization header on a SigV2 request")
    entry = p.find_logged("ListJobs", "MaxJobs", "1")
    sigver = str(get_ci(entry, "signatureVersion") or get_ci(entry, "signature") or "")
    require(re.search(r"2", sigver), "emulator logged signature version %r for a SigV2 request: %r" % (sigver, entry))
    bad = sigv2_client(secret_key=SECRET_KEY[:-4] + "XXXX")
    e = expect_error(lambda: bad.list_jobs(MaxJobs=1), "SignatureDoesNotMatch", what="SigV2 with a wrong secret")
    p.observed.update(body=re.sub(r"Signature=[^&]+", "Signature=...", body), jobs=len(resp.get("Jobs", [])),
                      wrong_secret=error_summary(e))


@scenario
def sc_ie_signing_region_must_be_us_east_1(p):
    """With a custom endpoint botocore scopes SigV4 to the client's region; the Import/Export endpoint is global
    and only accepts us-east-1, like AWS's other global endpoints."""
    c = p.client("importexport", region="eu-west-1")
    e = expect_error(lambda: c.list_jobs(MaxJobs=1), "SignatureDoesNotMatch", 403,
                     "ListJobs signed for eu-west-1/IngestionService")
    require("us-east-1" in (e.response["Error"].get("Message") or "") or "region" in (e.response["Error"].get("Message") or ""),
            "the message does not say the scope's region is wrong: %r" % e.response["Error"].get("Message"))
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_presigned_url(p):
    """generate_presigned_url (in the documented client API): SigV4 in the query string, signed for the model's POST
    unless HttpMethod says otherwise, with the empty body's hash as payload hash."""
    job = p.create_job()["JobId"]
    seen = {}
    for method in ("GET", None):
        url = p.ie.generate_presigned_url("get_status", Params={"JobId": job}, ExpiresIn=300, HttpMethod=method)
        require("X-Amz-Signature=" in url and "IngestionService" in url, "not a SigV4 presigned URL: %s" % url)
        req = urllib.request.Request(url, method=method or "POST", data=None if method == "GET" else b"")
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                body = resp.read().decode()
                status = resp.status
        except urllib.error.HTTPError as e:
            raise Mismatch("presigned %s GetStatus -> HTTP %d: %s" % (method or "POST", e.code, e.read()[:600]))
        equal(status, 200, "presigned %s GetStatus status" % (method or "POST"))
        require("<JobId>%s</JobId>" % job in body, "presigned GetStatus body lacks the job: %s" % body[:300])
        seen[method or "POST"] = status
    expired = p.ie.generate_presigned_url("get_status", Params={"JobId": job}, ExpiresIn=1, HttpMethod="GET")
    time.sleep(2.2)
    try:
        urllib.request.urlopen(expired, timeout=30)
        raise Mismatch("an expired presigned URL was accepted")
    except urllib.error.HTTPError as e:
        require(400 <= e.code < 500, "expired presigned URL -> HTTP %d" % e.code)
        seen["expired"] = e.code
    p.observed.update(statuses=seen)


@scenario
def sc_ie_unsigned_request_is_missing_authentication_token(p):
    c = p.client("importexport")
    # botocore's own choose-signer.importexport handler would sign anyway; ours runs first.
    c.meta.events.register_first("choose-signer.importexport", lambda **_: botocore.UNSIGNED)
    e = expect_error(lambda: c.list_jobs(), "MissingAuthenticationToken", 403, "ListJobs without any signature")
    p.observed.update(error=error_summary(e))


@scenario
def sc_ie_retries_throttling(p):
    job = p.create_job()["JobId"]
    c = p.client("importexport", retries={"total_max_attempts": 3, "mode": "legacy"})
    with p.fault(kind="Throttle", service="importexport", operation="GetStatus", count=1):
        resp = c.get_status(JobId=job)
    equal(resp["ResponseMetadata"].get("RetryAttempts"), 1, "botocore retry attempts after one Throttling")
    attempts = p.logged("GetStatus", "JobId", job)
    equal([get_ci(a, "errorCode") for a in attempts], ["Throttling", None], "logged GetStatus attempts (error codes)")
    p.observed.update(attempts=[{"status": get_ci(a, "statusCode"), "error": get_ci(a, "errorCode")} for a in attempts])


@scenario
def sc_ie_retries_internal_error(p):
    job = p.create_job()["JobId"]
    c = p.client("importexport", retries={"total_max_attempts": 3, "mode": "standard"})
    with p.fault(kind="InternalError", service="importexport", operation="GetStatus", count=1):
        resp = c.get_status(JobId=job)
    equal(resp["ResponseMetadata"].get("RetryAttempts"), 1, "retry attempts after one HTTP 500")
    attempts = p.logged("GetStatus", "JobId", job)
    equal([get_ci(a, "statusCode") for a in attempts], [500, 200], "logged GetStatus statuses")
    p.observed.update(statuses=[get_ci(a, "statusCode") for a in attempts])


@scenario
def sc_ie_retries_service_unavailable(p):
    """A 503 from the front end must reach botocore's retry logic. botocore's query/XML parser treats a 5xx body
    as a generic error only when it is empty or starts with '<html>' (parsers.ResponseParser._is_generic_error_response),
    which is what AWS's load balancers send; any other non-XML body raises ResponseParserError, which is not retried."""
    job = p.create_job()["JobId"]
    c = p.client("importexport", retries={"total_max_attempts": 3, "mode": "standard"})
    with p.fault(kind="ServiceUnavailable", service="importexport", operation="GetStatus", count=1):
        try:
            resp = c.get_status(JobId=job)
        except botocore.parsers.ResponseParserError as e:
            raise Mismatch("botocore could not parse the emulator's Import/Export 503 and did not retry: %s"
                           % str(e).replace("\n", " "))
    equal(resp["ResponseMetadata"].get("RetryAttempts"), 1, "retry attempts after one HTTP 503")
    attempts = p.logged("GetStatus", "JobId", job)
    equal([get_ci(a, "statusCode") for a in attempts], [503, 200], "logged GetStatus statuses")
    p.observed.update(statuses=[get_ci(a, "statusCode") for a in attempts])


@scenario
def sc_session_token_credentials(p):
    """Temporary credentials: botocore sends X-Amz-Security-Token (signed) for both services; without the token the
    key is refused as AWS refuses it (IE InvalidClientTokenId, MGN UnrecognizedClientException, both 403)."""
    ak = "ASIA" + uuid.uuid4().hex[:16].upper()
    sk = uuid.uuid4().hex + uuid.uuid4().hex[:8]
    token = "FwoGZXIvYXdzE" + uuid.uuid4().hex * 4
    p.admin("POST", "/__admin/credentials",
            {"accessKeyId": ak, "secretAccessKey": sk, "sessionToken": token, "accountId": "444455556666"})
    seen = {}

    def temp_client(service, with_token=True):
        c = p.session.create_client(service, region_name=IE_REGION if service == "importexport" else MGN_REGION,
                                    endpoint_url=p.endpoint, aws_access_key_id=ak, aws_secret_access_key=sk,
                                    aws_session_token=token if with_token else None,
                                    config=Config(retries={"total_max_attempts": 1}))
        c.meta.events.register("before-send", lambda request, **_: seen.update(
            {service: request.headers.get("X-Amz-Security-Token")}))
        return c

    ie, mgn = temp_client("importexport"), temp_client("mgn")
    job = ie.create_job(JobType="Import", Manifest=import_manifest(access_key=ak), ValidateOnly=False)["JobId"]
    equal([j["JobId"] for j in ie.list_jobs()["Jobs"]], [job], "jobs of the temporary credential's own account")
    mgn.list_imports()
    for service in ("importexport", "mgn"):
        tok = seen.get(service)
        tok = tok.decode() if isinstance(tok, bytes) else tok
        equal(tok, token, "X-Amz-Security-Token botocore sent to %s" % service)
    e1 = expect_error(lambda: temp_client("importexport", with_token=False).list_jobs(), "InvalidClientTokenId", 403,
                      "ListJobs with a temporary key and no session token")
    e2 = expect_error(lambda: temp_client("mgn", with_token=False).list_imports(), "UnrecognizedClientException", 403,
                      "ListImports with a temporary key and no session token")
    p.observed.update(ie=error_summary(e1), mgn=error_summary(e2))


@scenario
def sc_mgn_uninitialized_account(p):
    p.admin("POST", "/__admin/accounts/111122223333/uninitialized")
    try:
        e = expect_error(lambda: p.mgn.start_import(s3BucketSource={"s3Bucket": "my-import-bucket", "s3Key": "u.csv"}),
                         "UninitializedAccountException", 400, "StartImport in an account where MGN is not initialized")
    finally:
        p.admin("DELETE", "/__admin/accounts/111122223333/uninitialized")
    p.start_import()
    p.observed.update(error=error_summary(e))


# ======================================================================================================
# MGN (rest-json, SigV4 as mgn)
# ======================================================================================================
@scenario
def sc_mgn_start_import(p):
    key = "imports/%s.csv" % uuid.uuid4().hex
    resp = p.start_import(s3BucketSource={"s3Bucket": "my-import-bucket", "s3Key": key},
                          tags={"team": "migration", "wave": "1"})
    equal(status_of(resp), 202, "StartImport HTTP status")
    task = resp["importTask"]
    equal(task.get("s3BucketSource", {}).get("s3Bucket"), "my-import-bucket", "importTask.s3BucketSource.s3Bucket")
    equal(task.get("s3BucketSource", {}).get("s3Key"), key, "importTask.s3BucketSource.s3Key")
    equal(task.get("status"), "PENDING", "status of a new import")
    equal(task.get("tags"), {"team": "migration", "wave": "1"}, "importTask.tags")
    require(task.get("arn", "").endswith(task["importID"]), "importTask.arn %r does not end with the import id"
            % task.get("arn"))
    require(task.get("creationDateTime"), "importTask.creationDateTime missing")
    p.observed.update(importTask=task)


@scenario
def sc_mgn_start_import_idempotent_client_token(p):
    token = uuid.uuid4().hex
    src = {"s3Bucket": "my-import-bucket", "s3Key": "imports/%s.csv" % uuid.uuid4().hex}
    first = p.start_import(clientToken=token, s3BucketSource=src)
    second = p.start_import(clientToken=token, s3BucketSource=src)
    equal(second["importTask"]["importID"], first["importTask"]["importID"],
          "importID of a StartImport retried with the same clientToken")
    listed = p.mgn.list_imports(filters={"importIDs": [first["importTask"]["importID"]]})
    equal(len(listed.get("items", [])), 1, "imports created by two calls with one clientToken")
    p.observed.update(importID=first["importTask"]["importID"])


@scenario
def sc_mgn_start_import_client_token_autopopulated(p):
    seen = {}
    p.mgn.meta.events.register("before-send.mgn.StartImport",
                               lambda request, **_: seen.update(body=request.body))
    p.start_import()
    body = json.loads(seen["body"])
    require(re.match(r"^[0-9a-f-]{36}$", body.get("clientToken", "")),
            "botocore did not autopopulate clientToken: %r" % body)
    p.observed.update(body=body)


@scenario
def sc_mgn_start_import_conflict(p):
    token = uuid.uuid4().hex
    p.start_import(clientToken=token, s3BucketSource={"s3Bucket": "my-import-bucket", "s3Key": "a/first.csv"})
    e = expect_error(lambda: p.mgn.start_import(clientToken=token,
                                                s3BucketSource={"s3Bucket": "my-import-bucket",
                                                                "s3Key": "a/second.csv"}),
                     "ConflictException", 409, "StartImport reusing a clientToken with other parameters")
    p.observed.update(error=error_summary(e), body=strip_meta(e.response))


@scenario
def sc_mgn_start_import_validation_exception(p):
    c = p.client("mgn", parameter_validation=False)
    e = expect_error(lambda: c.start_import(s3BucketSource={"s3Bucket": "my-import-bucket", "s3Key": "not-a-csv.txt"}),
                     "ValidationException", 400, "StartImport with an s3Key that is not *.csv")
    fields = e.response.get("fieldList") or []
    require(fields and all("name" in f and "message" in f for f in fields),
            "ValidationException without a fieldList of {name, message}: %r" % strip_meta(e.response))
    require(any("s3Key" in f["name"] for f in fields), "fieldList does not name s3Key: %r" % fields)
    reasons = p.mgn.meta.service_model.shape_for("ValidationException").members["reason"].enum
    require(e.response.get("reason") in reasons, "ValidationException reason %r is not one of the model's %r"
            % (e.response.get("reason"), reasons))
    p.observed.update(error=error_summary(e), fieldList=fields, reason=e.response.get("reason"))


@scenario
def sc_mgn_start_import_accepts_names_the_model_allows(p):
    """The MGN model constrains s3Bucket to [a-zA-Z0-9.\\-_]{1,255} (legacy S3 bucket names with capitals and
    underscores are valid there); a name inside that pattern must not fail validation."""
    pattern = p.mgn.meta.service_model.shape_for("S3BucketSource").members["s3Bucket"].metadata.get("pattern")
    name = "Legacy_Bucket.2017"
    require(re.fullmatch(pattern, name), "test premise: %r should match the model pattern %r" % (name, pattern))
    try:
        resp = p.mgn.start_import(s3BucketSource={"s3Bucket": name, "s3Key": "imports/%s.csv" % uuid.uuid4().hex})
    except ClientError as e:
        raise Mismatch("StartImport with s3Bucket %r (matches the model pattern %r) failed: %s %s"
                       % (name, pattern, error_summary(e), e.response.get("fieldList")))
    equal(status_of(resp), 202, "StartImport HTTP status")
    p.observed.update(importID=resp["importTask"]["importID"])


@scenario
def sc_mgn_start_import_missing_bucket_source(p):
    c = p.client("mgn", parameter_validation=False)
    e = expect_error(lambda: c.start_import(), "ValidationException", 400, "StartImport without s3BucketSource")
    p.observed.update(error=error_summary(e), fieldList=e.response.get("fieldList"))


@scenario
def sc_mgn_list_imports_filter(p):
    a = p.start_import()["importTask"]["importID"]
    b = p.start_import()["importTask"]["importID"]
    p.start_import()
    resp = p.mgn.list_imports(filters={"importIDs": [a, b]})
    ids = sorted(i["importID"] for i in resp.get("items", []))
    equal(ids, sorted([a, b]), "ListImports filtered by two import ids")
    require(not resp.get("nextToken"), "nextToken on a complete filtered page: %r" % resp.get("nextToken"))
    p.observed.update(ids=ids)


@scenario
def sc_mgn_list_imports_paging(p):
    ids = [p.start_import()["importTask"]["importID"] for _ in range(3)]
    page = p.mgn.list_imports(filters={"importIDs": ids}, maxResults=2)
    equal(len(page.get("items", [])), 2, "ListImports maxResults=2 page size")
    require(page.get("nextToken"), "no nextToken with more results to come")
    rest = p.mgn.list_imports(filters={"importIDs": ids}, maxResults=2, nextToken=page["nextToken"])
    equal(len(rest.get("items", [])), 1, "ListImports second page size")
    require(not rest.get("nextToken"), "nextToken on the last page: %r" % rest.get("nextToken"))
    got = sorted(i["importID"] for i in page["items"] + rest["items"])
    equal(got, sorted(ids), "imports across pages")
    via_paginator = p.mgn.get_paginator("list_imports").paginate(
        filters={"importIDs": ids}, PaginationConfig={"PageSize": 1}).build_full_result()
    equal(sorted(i["importID"] for i in via_paginator["items"]), sorted(ids), "botocore paginator over ListImports")
    p.observed.update(first_page=len(page["items"]))


@scenario
def sc_mgn_list_imports_validation_exception(p):
    c = p.client("mgn", parameter_validation=False)
    e = expect_error(lambda: c.list_imports(maxResults=5000), "ValidationException", 400,
                     "ListImports with maxResults=5000 (max 1000)")
    fields = e.response.get("fieldList") or []
    require(any("maxResults" in f.get("name", "") for f in fields), "fieldList does not name maxResults: %r"
            % strip_meta(e.response))
    p.observed.update(error=error_summary(e), fieldList=fields)


@scenario
def sc_mgn_list_imports_after_advance(p):
    iid = p.start_import()["importTask"]["importID"]
    p.advance_import(iid, "SUCCEEDED")
    item = p.mgn.list_imports(filters={"importIDs": [iid]})["items"][0]
    equal(item.get("status"), "SUCCEEDED", "status after advance to SUCCEEDED")
    require(isinstance(item.get("progressPercentage"), float), "progressPercentage is not a float: %r" % item)
    require(item.get("endDateTime"), "SUCCEEDED import without endDateTime: %r" % item)
    p.observed.update(item=item)


@scenario
def sc_mgn_list_import_errors(p):
    iid = p.start_import()["importTask"]["importID"]
    empty = p.mgn.list_import_errors(importID=iid)
    equal(empty.get("items"), [], "ListImportErrors of a fresh import")
    p.advance_import(iid, "FAILED")
    errs = p.mgn.get_paginator("list_import_errors").paginate(importID=iid, PaginationConfig={"PageSize": 1}) \
        .build_full_result().get("items", [])
    require(errs, "a FAILED import lists no errors")
    for err in errs:
        require(err.get("errorType") in ("VALIDATION_ERROR", "PROCESSING_ERROR"), "bad errorType: %r" % err)
        require(isinstance(err.get("errorData", {}).get("rowNumber"), int), "errorData.rowNumber is not an integer: %r" % err)
        require(err.get("errorDateTime"), "error without errorDateTime: %r" % err)
        require(isinstance(err.get("errorData", {}), dict), "errorData is not an object: %r" % err)
    p.observed.update(errors=errs)


@scenario
def sc_mgn_list_import_errors_unknown_import(p):
    e = expect_error(lambda: p.mgn.list_import_errors(importID="import-0000000000000000a"),
                     "ResourceNotFoundException", 404, "ListImportErrors of an unknown import id")
    p.observed.update(error=error_summary(e), body=strip_meta(e.response))


@scenario
def sc_mgn_start_export(p):
    key = "exports/%s.csv" % uuid.uuid4().hex
    resp = p.mgn.start_export(s3Bucket="my-export-bucket", s3Key=key, tags={"team": "migration"})
    equal(status_of(resp), 202, "StartExport HTTP status")
    task = resp.get("exportTask") or {}
    require(EXPORT_ID_RE.match(task.get("exportID", "")), "StartExport exportID %r does not match %s" % (task.get("exportID"), EXPORT_ID_RE.pattern))
    equal((task.get("s3Bucket"), task.get("s3Key"), task.get("status")), ("my-export-bucket", key, "PENDING"), "exportTask bucket, key and status")
    equal(task.get("tags"), {"team": "migration"}, "exportTask.tags")
    require(task.get("arn", "").endswith(":export/" + task["exportID"]), "exportTask.arn %r does not end with export/<id>" % task.get("arn"))
    p.observed.update(exportTask=task)


@scenario
def sc_mgn_start_export_validation_exception(p):
    c = p.client("mgn", parameter_validation=False)
    e = expect_error(lambda: c.start_export(s3Bucket="my-export-bucket", s3Key="not-a-csv.txt"),
                     "ValidationException", 400, "StartExport with an s3Key that is not *.csv")
    fields = e.response.get("fieldList") or []
    require(any(f.get("name") == "s3Key" for f in fields), "fieldList does not name s3Key: %r" % fields)
    e = expect_error(lambda: c.start_export(s3Key="x.csv"), "ValidationException", 400, "StartExport without s3Bucket")
    p.observed.update(error=error_summary(e), fieldList=fields)


@scenario
def sc_mgn_list_exports_filter_and_paging(p):
    ids = [p.mgn.start_export(s3Bucket="my-export-bucket", s3Key="exports/%d-%s.csv" % (i, uuid.uuid4().hex))["exportTask"]["exportID"] for i in range(3)]
    listed = p.mgn.list_exports(filters={"exportIDs": ids[:2]}).get("items", [])
    equal(sorted(t["exportID"] for t in listed), sorted(ids[:2]), "ListExports filtered by exportIDs")
    pages = list(p.mgn.get_paginator("list_exports").paginate(PaginationConfig={"PageSize": 1}))
    require(len(pages) >= 3, "ListExports with maxResults 1 gave %d page(s) for 3+ exports" % len(pages))
    every = [t["exportID"] for page in pages for t in page.get("items", [])]
    require(all(i in every for i in ids), "the paginator did not list every export: %r" % every)
    p.observed.update(pages=len(pages))


@scenario
def sc_mgn_export_writes_the_inventory_csv(p):
    """An import, then an export in the same region: the CSV it writes, read with botocore's s3 client (which checks the
    CRC32 S3 sends when asked), has the ids of what the import made and the summary counts them."""
    s3 = p.client("s3", region=MGN_REGION, s3={"addressing_style": "path"})
    region = "ap-northeast-3"
    mgn = p.client("mgn", region=region)
    body = ("mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework\r\n"
            "Wave 9,Ledger,ledger-01,ledger-01.corp.example.com\r\n").encode()
    src = "peer/%s.csv" % uuid.uuid4().hex
    s3.put_object(Bucket="my-import-bucket", Key=src, Body=body)
    iid = mgn.start_import(s3BucketSource={"s3Bucket": "my-import-bucket", "s3Key": src})["importTask"]["importID"]
    p.advance_import(iid, "SUCCEEDED")
    key = "exports/%s.csv" % uuid.uuid4().hex
    eid = mgn.start_export(s3Bucket="my-export-bucket", s3Key=key)["exportTask"]["exportID"]
    p.advance_export(eid, "SUCCEEDED")
    task = mgn.list_exports(filters={"exportIDs": [eid]})["items"][0]
    equal((task.get("status"), task.get("progressPercentage")), ("SUCCEEDED", 100.0), "a finished export")
    equal(task.get("summary"), {"serversCount": 1, "applicationsCount": 1, "wavesCount": 1}, "exportTask.summary")
    got = s3.get_object(Bucket="my-export-bucket", Key=key, ChecksumMode="ENABLED")
    require(got.get("ChecksumCRC32"), "GetObject with ChecksumMode ENABLED sent no CRC32: %r" % strip_meta(got))
    lines = got["Body"].read().decode("utf-8").split("\r\n")
    header = lines[0].split(",")
    for column in ("mgn:wave:id", "mgn:app:id", "mgn:server:id", "mgn:server:user-provided-id", "mgn:server:lifecycle-state"):
        require(column in header, "the export has no %s column: %r" % (column, header))
    row = dict(zip(header, lines[1].split(",")))
    require(re.match(r"^s-[0-9a-f]{17}$", row["mgn:server:id"]), "mgn:server:id %r" % row["mgn:server:id"])
    equal((row["mgn:server:user-provided-id"], row["mgn:app:name"], row["mgn:wave:name"], row["mgn:region"]),
          ("ledger-01", "Ledger", "Wave 9", region), "the exported row")
    p.observed.update(header=header, row=row)


@scenario
def sc_mgn_list_export_errors(p):
    eid = p.mgn.start_export(s3Bucket="corp-no-such-bucket", s3Key="exports/x.csv")["exportTask"]["exportID"]
    equal(p.mgn.list_export_errors(exportID=eid).get("items"), [], "ListExportErrors of a fresh export")
    p.advance_export(eid, "SUCCEEDED")
    equal(p.mgn.list_exports(filters={"exportIDs": [eid]})["items"][0].get("status"), "FAILED", "an export to a missing bucket")
    errs = p.mgn.get_paginator("list_export_errors").paginate(exportID=eid).build_full_result().get("items", [])
    require(len(errs) == 1 and "corp-no-such-bucket" in errs[0].get("errorData", {}).get("rawError", ""),
            "ListExportErrors does not say the bucket is missing: %r" % errs)
    require(errs[0].get("errorDateTime"), "error without errorDateTime: %r" % errs)
    p.observed.update(errors=errs)


@scenario
def sc_mgn_wrong_secret(p):
    c = p.client("mgn", secret_key=SECRET_KEY[:-4] + "XXXX")
    e = expect_error(lambda: c.list_imports(), "InvalidSignatureException", 403, "ListImports with a wrong secret")
    p.observed.update(error=error_summary(e))


@scenario
def sc_mgn_unknown_access_key(p):
    c = p.client("mgn", access_key="AKIAXXXXXXXXXXXXXXXX")
    e = expect_error(lambda: c.list_imports(), "UnrecognizedClientException", 403,
                     "ListImports signed by an unknown access key")
    p.observed.update(error=error_summary(e))


@scenario
def sc_mgn_botocore_signs_sigv4_mgn(p):
    seen = {}
    p.mgn.meta.events.register("before-send.mgn.ListImports",
                               lambda request, **_: seen.update(auth=request.headers.get("Authorization"),
                                                                url=request.url, body=request.body))
    marker = "import-%s" % uuid.uuid4().hex[:17]
    p.mgn.list_imports(filters={"importIDs": [marker]})
    auth = seen["auth"].decode() if isinstance(seen["auth"], bytes) else seen["auth"]
    require(re.match(r"^AWS4-HMAC-SHA256 Credential=%s/\d{8}/%s/mgn/aws4_request" % (ACCESS_KEY, MGN_REGION), auth),
            "unexpected MGN Authorization %r" % auth)
    entry = p.find_logged("ListImports", "importIDs", marker)
    sigver = str(get_ci(entry, "signatureVersion") or get_ci(entry, "signature") or "")
    require("4" in sigver, "emulator logged signature version %r for a SigV4 MGN request: %r" % (sigver, entry))
    p.observed.update(authorization=re.sub(r"Signature=\w+", "Signature=...", auth), url=seen["url"], logged=entry)


@scenario
def sc_mgn_imports_are_regional(p):
    iid = p.start_import()["importTask"]["importID"]
    other = p.client("mgn", region="us-west-2")
    listed = other.list_imports(filters={"importIDs": [iid]}).get("items", [])
    equal(listed, [], "ListImports in us-west-2 of an import started in %s" % MGN_REGION)
    expect_error(lambda: other.list_import_errors(importID=iid), "ResourceNotFoundException", 404,
                 "ListImportErrors in us-west-2 of an import started in %s" % MGN_REGION)
    p.observed.update(importID=iid)


@scenario
def sc_mgn_unsigned_request_is_missing_authentication_token(p):
    c = p.client("mgn", signature_version=botocore.UNSIGNED)
    e = expect_error(lambda: c.list_imports(), "MissingAuthenticationTokenException", 403, "ListImports unsigned")
    p.observed.update(error=error_summary(e))


@scenario
def sc_mgn_retries_throttling(p):
    c = p.client("mgn", retries={"total_max_attempts": 3, "mode": "standard"})
    marker = "import-%s" % uuid.uuid4().hex[:17]
    with p.fault(kind="Throttle", service="mgn", operation="ListImports", count=1):
        resp = c.list_imports(filters={"importIDs": [marker]})
    equal(resp["ResponseMetadata"].get("RetryAttempts"), 1, "botocore retry attempts after one ThrottlingException")
    attempts = p.logged("ListImports", "importIDs", marker)
    equal([(get_ci(a, "statusCode"), get_ci(a, "errorCode")) for a in attempts],
          [(429, "ThrottlingException"), (200, None)], "logged ListImports attempts")
    p.observed.update(attempts=len(attempts))


@scenario
def sc_mgn_retries_service_unavailable(p):
    c = p.client("mgn", retries={"total_max_attempts": 3, "mode": "standard"})
    marker = "import-%s" % uuid.uuid4().hex[:17]
    with p.fault(kind="ServiceUnavailable", service="mgn", operation="ListImports", count=1):
        resp = c.list_imports(filters={"importIDs": [marker]})
    equal(resp["ResponseMetadata"].get("RetryAttempts"), 1, "botocore retry attempts after one HTTP 503")
    attempts = p.logged("ListImports", "importIDs", marker)
    equal([get_ci(a, "statusCode") for a in attempts], [503, 200], "logged ListImports statuses")
    p.observed.update(attempts=len(attempts))


@scenario
def sc_mgn_start_import_retry_after_lost_response_is_idempotent(p):
    """The emulator commits StartImport and drops the connection; botocore retries with the clientToken it generated
    once, so the retry must return the import the first attempt created, not a second one."""
    key = "imports/lost-%s.csv" % uuid.uuid4().hex
    c = p.client("mgn", retries={"total_max_attempts": 3, "mode": "standard"})
    with p.fault(kind="DropAfterCommit", service="mgn", operation="StartImport", count=1):
        resp = c.start_import(s3BucketSource={"s3Bucket": "my-import-bucket", "s3Key": key})
    equal(resp["ResponseMetadata"].get("RetryAttempts"), 1, "botocore retry attempts after a dropped response")
    mine = [i for i in p.mgn.get_paginator("list_imports").paginate().build_full_result().get("items", [])
            if i.get("s3BucketSource", {}).get("s3Key") == key]
    equal([i["importID"] for i in mine], [resp["importTask"]["importID"]], "imports created for %s" % key)
    attempts = p.logged("StartImport", "s3Key", key)
    equal(len(attempts), 2, "StartImport attempts in the request log")
    tokens = {contains_value(get_ci(a, "parameters"), "clientToken", (get_ci(attempts[0], "parameters") or {}).get("clientToken"))
              for a in attempts}
    equal(tokens, {True}, "both attempts carry the same clientToken")
    p.observed.update(importID=resp["importTask"]["importID"])


# ======================================================================================================
# --emit-request: one request with given params, for comparison with our own client's request-log entry
# ======================================================================================================
IE_OPERATIONS = {"CreateJob", "UpdateJob", "CancelJob", "GetStatus", "ListJobs", "GetShippingLabel"}


def emit_request(p, operation, params, region=None):
    service = "importexport" if operation in IE_OPERATIONS else "mgn"
    c = p.client(service, region=region)
    model = c.meta.service_model.operation_model(operation)
    method = getattr(c, botocore.xform_name(model.name))
    try:
        resp = method(**params)
        return {"operation": operation, "service": service, "ok": True, "response": json.loads(
            json.dumps(strip_meta(resp), default=str))}
    except ClientError as e:
        return {"operation": operation, "service": service, "ok": False, "error": error_summary(e)}


# ======================================================================================================
# STS (query protocol, SigV4 "sts"; AssumeRoleWithWebIdentity unsigned) and the SSO portal (rest-json, bearer token):
# where the module's assume-role, web-identity and SSO profiles get their temporary keys
# ======================================================================================================
ROLE_ACCOUNT = "444455556666"


def _ie_list_jobs_with(p, creds):
    ie = p.session.create_client("importexport", region_name=IE_REGION, endpoint_url=p.endpoint,
                                 aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                                 aws_session_token=creds["SessionToken"],
                                 config=Config(retries={"total_max_attempts": 1}))
    return ie.list_jobs()


@scenario
def sc_sts_assume_role(p):
    sts = p.client("sts", region="us-east-1")
    resp = sts.assume_role(RoleArn="arn:aws:iam::%s:role/Admin" % ROLE_ACCOUNT, RoleSessionName="peer-session")
    creds = resp["Credentials"]
    require(creds["AccessKeyId"].startswith("ASIA"), "AssumeRole AccessKeyId %r is not temporary (ASIA...)" % creds["AccessKeyId"])
    require(creds.get("SessionToken"), "AssumeRole returned no SessionToken")
    require(hasattr(creds.get("Expiration"), "year"), "Expiration %r did not parse as a timestamp" % creds.get("Expiration"))
    equal(resp["AssumedRoleUser"]["Arn"], "arn:aws:sts::%s:assumed-role/Admin/peer-session" % ROLE_ACCOUNT, "AssumedRoleUser.Arn")
    equal(status_of(_ie_list_jobs_with(p, creds)), 200, "ListJobs signed with the assumed role's keys")
    who = p.session.create_client("sts", region_name="us-east-1", endpoint_url=p.endpoint,
                                  aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                                  aws_session_token=creds["SessionToken"]).get_caller_identity()
    equal(who["Account"], ROLE_ACCOUNT, "GetCallerIdentity Account with the role's keys")
    p.observed.update(accessKeyId=creds["AccessKeyId"])


@scenario
def sc_sts_assume_role_regional_signing(p):
    # The module's chain may sign for a regional STS endpoint: any region in the scope is accepted.
    resp = p.client("sts", region="eu-west-1").assume_role(
        RoleArn="arn:aws:iam::%s:role/Admin" % ROLE_ACCOUNT, RoleSessionName="regional")
    require(resp["Credentials"]["AccessKeyId"].startswith("ASIA"), "regional AssumeRole gave no temporary key")


@scenario
def sc_sts_assume_role_invalid_arn(p):
    expect_error(lambda: p.client("sts", region="us-east-1").assume_role(RoleArn="arn:aws:iam::not-an-account:user/x", RoleSessionName="x1"),
                 "ValidationError", 400)


@scenario
def sc_sts_assume_role_wrong_secret(p):
    sts = p.client("sts", region="us-east-1", secret_key="not/the/right/secret/key/at/all/0000000")
    expect_error(lambda: sts.assume_role(RoleArn="arn:aws:iam::%s:role/Admin" % ROLE_ACCOUNT, RoleSessionName="x1"),
                 "SignatureDoesNotMatch", 403)


@scenario
def sc_sts_get_caller_identity(p):
    who = p.client("sts", region="us-east-1").get_caller_identity()
    equal(who["Account"], "111122223333", "GetCallerIdentity Account of the documentation key")
    equal(who["UserId"], ACCESS_KEY, "GetCallerIdentity UserId")
    require(who["Arn"].startswith("arn:aws:iam::111122223333:"), "GetCallerIdentity Arn %r" % who["Arn"])


@scenario
def sc_sts_assume_role_with_web_identity(p):
    sts = p.client("sts", region="us-east-1")
    resp = sts.assume_role_with_web_identity(RoleArn="arn:aws:iam::%s:role/Web" % ROLE_ACCOUNT,
                                             RoleSessionName="peer-web", WebIdentityToken="eyJhbGciOiJSUzI1NiJ9.peer.token")
    log = [r for r in p.admin("GET", "/__admin/requests") if r.get("operation") == "AssumeRoleWithWebIdentity"]
    require(log, "the emulator logged no AssumeRoleWithWebIdentity")
    require("Authorization" not in log[-1].get("headers", {}), "botocore signed AssumeRoleWithWebIdentity, which is unsigned")
    creds = resp["Credentials"]
    equal(status_of(_ie_list_jobs_with(p, creds)), 200, "ListJobs signed with the web identity's keys")
    equal(resp["AssumedRoleUser"]["Arn"], "arn:aws:sts::%s:assumed-role/Web/peer-web" % ROLE_ACCOUNT, "AssumedRoleUser.Arn")


@scenario
def sc_sts_assume_role_with_web_identity_expired_token(p):
    sts = p.client("sts", region="us-east-1")
    expect_error(lambda: sts.assume_role_with_web_identity(RoleArn="arn:aws:iam::%s:role/Web" % ROLE_ACCOUNT,
                                                           RoleSessionName="peer-web", WebIdentityToken="expired-token"),
                 "ExpiredTokenException", 400)


@scenario
def sc_sso_get_role_credentials(p):
    token = "peer-" + uuid.uuid4().hex
    p.admin("POST", "/__admin/sso-tokens/" + token)
    sso = p.session.create_client("sso", region_name="eu-west-1", endpoint_url=p.endpoint,
                                  config=Config(retries={"total_max_attempts": 1}))
    resp = sso.get_role_credentials(roleName="Admin", accountId=ROLE_ACCOUNT, accessToken=token)
    rc = resp["roleCredentials"]
    require(rc["accessKeyId"].startswith("ASIA"), "GetRoleCredentials accessKeyId %r is not temporary" % rc["accessKeyId"])
    require(isinstance(rc["expiration"], int) and rc["expiration"] > time.time() * 1000, "expiration %r is not epoch milliseconds ahead" % rc["expiration"])
    creds = {"AccessKeyId": rc["accessKeyId"], "SecretAccessKey": rc["secretAccessKey"], "SessionToken": rc["sessionToken"]}
    equal(status_of(_ie_list_jobs_with(p, creds)), 200, "ListJobs signed with the SSO role's keys")


@scenario
def sc_sso_get_role_credentials_unknown_token(p):
    sso = p.session.create_client("sso", region_name="eu-west-1", endpoint_url=p.endpoint,
                                  config=Config(retries={"total_max_attempts": 1}))
    expect_error(lambda: sso.get_role_credentials(roleName="Admin", accountId=ROLE_ACCOUNT, accessToken="never-issued"),
                 "UnauthorizedException", 401)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--endpoint", help="emulator base URL, e.g. http://127.0.0.1:51234")
    ap.add_argument("--scenario", help="scenario to run (see --list)")
    ap.add_argument("--list", action="store_true", help="print scenario names, one a line")
    ap.add_argument("--emit-request", metavar="OPERATION", help="send one request (API operation name)")
    ap.add_argument("--params", default="{}", help="JSON parameters for --emit-request")
    ap.add_argument("--emit-requests", metavar="FILE",
                    help="send the requests a JSON file lists, in order, one process for all: "
                         "[{\"operation\": ..., \"params\": {...}, \"region\": optional}, ...]")
    ap.add_argument("--access-key", default=ACCESS_KEY)
    ap.add_argument("--secret-key", default=SECRET_KEY)
    args = ap.parse_args(argv)

    if args.list:
        print("\n".join(SCENARIOS))
        return 0
    if not args.endpoint or not (args.scenario or args.emit_request or args.emit_requests):
        ap.print_usage(sys.stderr)
        sys.stderr.write("need --endpoint and --scenario NAME or --emit-request OPERATION\n")
        return 2
    p = Peer(args.endpoint, args.access_key, args.secret_key)

    if args.emit_requests:
        # One botocore process for a whole batch (Pester's AWS Tools comparison sends dozens): each request is sent
        # exactly once (no retries), in the file's order, so the emulator's request log holds them in that order.
        with open(args.emit_requests, encoding="utf-8") as f:
            batch = json.load(f)
        outcomes = []
        for item in batch:
            try:
                outcomes.append(emit_request(p, item["operation"], item.get("params") or {}, item.get("region")))
            except Exception as e:  # parameter validation: botocore would not send it, and says why
                outcomes.append({"operation": item.get("operation"), "ok": False, "exception": repr(e)})
        print(json.dumps(outcomes, default=str))
        return 0

    if args.emit_request:
        try:
            out = emit_request(p, args.emit_request, json.loads(args.params))
        except Exception as e:  # transport errors, parameter validation
            print(json.dumps({"operation": args.emit_request, "ok": False, "exception": repr(e)}))
            return 1
        print(json.dumps(out, default=str))
        return 0

    fn = SCENARIOS.get(args.scenario)
    if fn is None:
        sys.stderr.write("unknown scenario %r; --list shows them\n" % args.scenario)
        return 2
    result = {"peer": "botocore", "botocore": botocore.__version__, "scenario": args.scenario}
    try:
        fn(p)
        result.update(ok=True, observed=p.observed)
        print(json.dumps(result, default=str))
        return 0
    except Mismatch as e:
        result.update(ok=False, mismatch=str(e), observed=p.observed)
        print(json.dumps(result, default=str))
        sys.stderr.write("MISMATCH in %s: %s\n" % (args.scenario, e))
        return 1
    except Exception as e:
        result.update(ok=False, exception=repr(e), observed=p.observed)
        print(json.dumps(result, default=str))
        sys.stderr.write("ERROR in %s: %r\n%s" % (args.scenario, e, traceback.format_exc(limit=-5)))
        return 1


if __name__ == "__main__":
    sys.exit(main())
