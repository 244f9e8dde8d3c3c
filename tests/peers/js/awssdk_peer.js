#!/usr/bin/env node
'use strict';
/*
 * Independent peer: drives the ImportExport emulator with the AWS SDK for JavaScript v2 (aws-sdk@2).
 * aws-sdk v2 signs Import/Export with Signature Version 2 (form parameters), MGN with SigV4 as "mgn".
 *
 *   node awssdk_peer.js --list
 *   node awssdk_peer.js --endpoint http://127.0.0.1:51234 --scenario ie_cancel_job_after_start
 *   node awssdk_peer.js --endpoint URL --emit-request GetStatus --params '{"JobId":"ABCDE"}'
 *
 * A scenario exits 0 when everything the SDK observed matches AWS behaviour, 1 with a precise message on
 * stderr on any mismatch, 2 on usage errors; it always prints one JSON line of what it observed.
 */

process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
process.env.AWS_EC2_METADATA_DISABLED = 'true';
process.env.AWS_CONFIG_FILE = '/dev/null';
process.env.AWS_SHARED_CREDENTIALS_FILE = '/dev/null';
for (const name of ['AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION',
  'AWS_DEFAULT_REGION', 'AWS_SDK_LOAD_CONFIG']) {
  delete process.env[name];
}

let AWS;
try {
  AWS = require('aws-sdk');
} catch (e) {
  process.stderr.write('aws-sdk is not installed in tests/peers/js/node_modules; run tests/peers/setup.sh\n');
  process.exit(3);
}
const crypto = require('crypto');
const http = require('http');

const ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const IE_REGION = 'us-east-1';
const MGN_REGION = 'eu-west-1';
const IMPORT_ID_RE = /^import-[0-9a-zA-Z]{17}$/;
const IE_OPERATIONS = ['CreateJob', 'UpdateJob', 'CancelJob', 'GetStatus', 'ListJobs', 'GetShippingLabel'];

// The sample import manifest of every suite (the .NET tests and the botocore peer read the same file).
const IMPORT_MANIFEST = require('fs').readFileSync(require('path').join(__dirname, '..', '..', 'samples', 'import-manifest.yaml'), 'utf8').replace(/\r\n/g, '\n');
const RETURN_ADDRESS = IMPORT_MANIFEST.slice(IMPORT_MANIFEST.indexOf('returnAddress:\n'));

function importManifest({ bucket = 'my-import-bucket', deviceId = '49382', accessKey = ACCESS_KEY } = {}) {
  const values = { accessKeyId: accessKey, deviceId, bucket };
  return IMPORT_MANIFEST.slice(0, IMPORT_MANIFEST.indexOf('returnAddress:\n')).split('\n').filter((l) => l !== '')
    .map((l) => { const field = l.split(':')[0]; return field in values ? `${field}: ${values[field]}` : l; })
    .join('\n') + '\n' + RETURN_ADDRESS;
}
const MALFORMED_MANIFEST = 'manifestVersion: 2.0\naccessKeyId: [unclosed\n  deviceId: : :\n\t- nope: {\n';
const hex = (n) => crypto.randomBytes(n).toString('hex');

class Mismatch extends Error {}
function require_(cond, message) { if (!cond) throw new Mismatch(message); }
function equal(actual, expected, what) {
  const a = JSON.stringify(actual); const e = JSON.stringify(expected);
  if (a !== e) throw new Mismatch(`${what}: expected ${e}, got ${a}`);
}
function errorSummary(err) { return { code: err.code, status: err.statusCode, message: err.message }; }

class Peer {
  constructor(endpoint, accessKey = ACCESS_KEY, secretKey = SECRET_KEY) {
    this.endpoint = endpoint.replace(/\/+$/, '');
    this.accessKey = accessKey;
    this.secretKey = secretKey;
    this.observed = {};
    this.ie = this.client('ie');
    this.mgn = this.client('mgn');
  }

  client(kind, overrides = {}) {
    const config = {
      endpoint: this.endpoint,
      sslEnabled: this.endpoint.startsWith('https:'),
      region: kind === 'ie' ? IE_REGION : MGN_REGION,
      credentials: new AWS.Credentials(overrides.accessKeyId || this.accessKey,
        overrides.secretAccessKey || this.secretKey),
      maxRetries: 0,
      httpOptions: { connectTimeout: 5000, timeout: 30000 },
    };
    for (const [k, v] of Object.entries(overrides)) {
      if (k !== 'accessKeyId' && k !== 'secretAccessKey') config[k] = v;
    }
    return kind === 'ie' ? new AWS.ImportExport(config) : new AWS.Mgn(config);
  }

  /** Sends one SDK request; resolves with { data, httpRequest, statusCode } or rejects with the SDK error. */
  call(client, operation, params) {
    return new Promise((resolve, reject) => {
      const req = client[operation[0].toLowerCase() + operation.slice(1)](params);
      let sent = null;
      req.on('send', () => {
        const h = req.httpRequest;
        sent = { method: h.method, path: h.path, headers: Object.assign({}, h.headers), body: String(h.body || '') };
      });
      req.send((err, data) => {
        if (err) { err.sent = sent; err.peerOperation = operation; reject(err); return; }
        resolve({ data, sent, statusCode: req.response.httpResponse.statusCode, retryCount: req.response.retryCount });
      });
    });
  }

  async expectError(promiseFn, code, status, what) {
    let result;
    try {
      result = await promiseFn();
    } catch (err) {
      if (err instanceof Mismatch) throw err;
      if (err.code !== code) {
        throw new Mismatch(`${what}: expected error ${code}, got ${err.code} (HTTP ${err.statusCode}): ${err.message}`);
      }
      if (status != null && err.statusCode !== status) {
        throw new Mismatch(`${what}: ${code} came with HTTP ${err.statusCode}, expected ${status}`);
      }
      return err;
    }
    throw new Mismatch(`${what}: expected error ${code}, but the call succeeded: ${JSON.stringify(result && result.data)}`);
  }

  // ---- admin API (no signature) ----
  admin(method, path, body) {
    return new Promise((resolve, reject) => {
      const data = body === undefined ? null : Buffer.from(JSON.stringify(body));
      const headers = data ? { 'Content-Type': 'application/json', 'Content-Length': data.length } : {};
      const req = http.request(this.endpoint + path, { method, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode >= 300) { reject(new Mismatch(`admin ${method} ${path} -> HTTP ${res.statusCode}: ${text.slice(0, 500)}`)); return; }
          try { resolve(text ? JSON.parse(text) : null); } catch (e) { resolve(text); }
        });
      });
      req.on('error', reject);
      req.end(data || undefined);
    });
  }
  /** Injects one fault rule while fn runs; clears all faults afterwards. */
  async withFault(spec, fn) {
    await this.admin('POST', '/__admin/faults', spec);
    try { return await fn(); } finally { await this.admin('DELETE', '/__admin/faults'); }
  }
  async logged(operation, needle) {
    return (await this.requestLog()).filter((e) => String(getCi(e, 'operation')) === operation && JSON.stringify(getCi(e, 'parameters') || {}).includes(needle));
  }
  advanceJob(id, to) { return this.admin('POST', `/__admin/jobs/${encodeURIComponent(id)}/advance?to=${to}`); }
  advanceImport(id, to) { return this.admin('POST', `/__admin/imports/${encodeURIComponent(id)}/advance?to=${to}`); }
  async requestLog() {
    let log = await this.admin('GET', '/__admin/requests');
    if (log && !Array.isArray(log)) {
      for (const key of ['requests', 'Requests', 'items', 'entries']) if (Array.isArray(log[key])) { log = log[key]; break; }
    }
    require_(Array.isArray(log), `GET /__admin/requests did not return a JSON list: ${JSON.stringify(log)}`);
    return log;
  }
  async findLogged(operation, needle) {
    const log = await this.requestLog();
    for (let i = log.length - 1; i >= 0; i--) {
      if (String(getCi(log[i], 'operation')) === operation && JSON.stringify(log[i]).includes(needle)) return log[i];
    }
    throw new Mismatch(`no ${operation} request mentioning ${needle} in the emulator's request log`);
  }

  async createJob(manifest = importManifest(), jobType = 'Import') {
    const { data } = await this.call(this.ie, 'CreateJob', { JobType: jobType, Manifest: manifest, ValidateOnly: false });
    require_(data.JobId, `CreateJob returned no JobId: ${JSON.stringify(data)}`);
    return data;
  }
  async startImport(params = {}) {
    const p = Object.assign({ s3BucketSource: { s3Bucket: 'my-import-bucket', s3Key: `imports/${hex(8)}.csv` } }, params);
    const r = await this.call(this.mgn, 'StartImport', p);
    const id = r.data.importTask && r.data.importTask.importID;
    require_(IMPORT_ID_RE.test(id || ''), `StartImport importID ${id} does not match ${IMPORT_ID_RE}`);
    return r;
  }
}

function getCi(obj, key) {
  if (!obj || typeof obj !== 'object') return undefined;
  for (const k of Object.keys(obj)) if (k.toLowerCase() === key.toLowerCase()) return obj[k];
  return undefined;
}
const loggedSigVersion = (e) => String(getCi(e, 'signatureVersion') || getCi(e, 'signature') || '');
const shipTo = { name: 'Jane Doe', street1: '123 Any Street', city: 'Anytown', stateOrProvince: 'WA',
  postalCode: '91011-1111', country: 'USA', phoneNumber: '206-555-1111' };

const SCENARIOS = {
  // ================= AWS Import/Export: aws-sdk v2 signs it with SigV2 form parameters =================
  async ie_create_job_import(p) {
    const r = await p.call(p.ie, 'CreateJob', { JobType: 'Import', Manifest: importManifest(), ValidateOnly: false });
    equal(r.statusCode, 200, 'CreateJob HTTP status');
    equal(r.data.JobType, 'Import', 'CreateJob JobType');
    require_(r.data.JobId && r.data.Signature && r.data.SignatureFileContents,
      `CreateJob response lacks JobId/Signature/SignatureFileContents: ${JSON.stringify(r.data)}`);
    p.observed.job = r.data;
  },
  async ie_create_job_malformed_manifest(p) {
    const err = await p.expectError(() => p.call(p.ie, 'CreateJob', { JobType: 'Import', Manifest: MALFORMED_MANIFEST, ValidateOnly: false }),
      'MalformedManifestException', 400, 'CreateJob with YAML that does not parse');
    p.observed.error = errorSummary(err);
  },
  async ie_create_job_no_such_bucket(p) {
    const err = await p.expectError(() => p.call(p.ie, 'CreateJob', { JobType: 'Import', Manifest: importManifest({ bucket: `no-such-${hex(6)}` }), ValidateOnly: false }),
      'NoSuchBucketException', 400, 'CreateJob into a bucket that does not exist');
    p.observed.error = errorSummary(err);
  },
  async ie_create_job_validate_only_creates_nothing(p) {
    const before = (await p.call(p.ie, 'ListJobs', { MaxJobs: 1000 })).data.Jobs.map((j) => j.JobId);
    const r = await p.call(p.ie, 'CreateJob', { JobType: 'Import', Manifest: importManifest(), ValidateOnly: true });
    const after = (await p.call(p.ie, 'ListJobs', { MaxJobs: 1000 })).data.Jobs.map((j) => j.JobId);
    equal(after, before, 'ListJobs after a ValidateOnly CreateJob');
    p.observed.response = r.data;
  },
  async ie_get_status(p) {
    const manifest = importManifest({ deviceId: `gs-${hex(4)}` });
    const created = await p.createJob(manifest);
    const { data } = await p.call(p.ie, 'GetStatus', { JobId: created.JobId });
    equal(data.JobId, created.JobId, 'GetStatus JobId');
    equal(data.LocationCode, 'NotReceived', 'GetStatus LocationCode of a new job');
    equal(data.ProgressCode, 'Pending', 'GetStatus ProgressCode of a new job');
    equal(data.CurrentManifest, manifest, 'GetStatus CurrentManifest');
    require_(data.CreationDate instanceof Date && !isNaN(data.CreationDate), `CreationDate did not parse: ${data.CreationDate}`);
    require_(Math.abs(Date.now() - data.CreationDate.getTime()) < 3600e3, `CreationDate ${data.CreationDate.toISOString()} is not near now`);
    p.observed.status = data;
  },
  async ie_manifest_with_special_characters_round_trips(p) {
    // SigV2 signs the RFC 3986-encoded form parameters: the emulator must canonicalize them exactly as AWS does.
    const manifest = ['manifestVersion: 2.0', `accessKeyId: ${ACCESS_KEY}`, 'deviceId: sp-\u00e9~*', 'eraseDevice: yes',
      'bucket: my-import-bucket', 'returnAddress:', '  name: "Zo\u00eb O\'Brien (\u00dcn\u00efc\u00f8d\u00e9) ~*!"',
      '  company: "A&B 100% +plus; =eq"', "  street1: 1 Rue de l'\u00c9glise", '  city: S\u00e3o Paulo',
      '  stateOrProvince: SP', '  postalCode: 01000-000', '  phoneNumber: +55 11 5555-1111', '  country: Brazil', ''].join('\n');
    const job = (await p.createJob(manifest)).JobId;
    equal((await p.call(p.ie, 'GetStatus', { JobId: job })).data.CurrentManifest, manifest, 'CurrentManifest with non-ASCII and reserved characters');
    p.observed.job = job;
  },
  async ie_get_status_unknown_job(p) {
    const err = await p.expectError(() => p.call(p.ie, 'GetStatus', { JobId: 'NOSUCHJOB1' }), 'InvalidJobIdException', 400,
      'GetStatus of an unknown job id');
    p.observed.error = errorSummary(err);
  },
  async ie_cancel_job(p) {
    const job = (await p.createJob()).JobId;
    const { data } = await p.call(p.ie, 'CancelJob', { JobId: job });
    equal(data.Success, true, 'CancelJob Success');
    const listed = (await p.call(p.ie, 'ListJobs', { MaxJobs: 1000 })).data.Jobs.find((j) => j.JobId === job);
    require_(listed, `canceled job ${job} missing from ListJobs`);
    equal(listed.IsCanceled, true, 'ListJobs IsCanceled of a canceled job');
    p.observed.cancel = data;
  },
  async ie_cancel_job_after_start(p) {
    const job = (await p.createJob()).JobId;
    await p.advanceJob(job, 'InProgress');
    const err = await p.expectError(() => p.call(p.ie, 'CancelJob', { JobId: job }), 'UnableToCancelJobIdException', 400,
      'CancelJob of a job whose transfer started');
    p.observed.error = errorSummary(err);
  },
  async ie_cancel_job_twice(p) {
    const job = (await p.createJob()).JobId;
    await p.call(p.ie, 'CancelJob', { JobId: job });
    const err = await p.expectError(() => p.call(p.ie, 'CancelJob', { JobId: job }), 'CanceledJobIdException', 400,
      'CancelJob of a canceled job');
    p.observed.error = errorSummary(err);
  },
  async ie_update_job(p) {
    const job = (await p.createJob()).JobId;
    const manifest = importManifest({ deviceId: `upd-${hex(4)}` });
    const { data } = await p.call(p.ie, 'UpdateJob', { JobId: job, Manifest: manifest, JobType: 'Import', ValidateOnly: false });
    equal(data.Success, true, 'UpdateJob Success');
    equal((await p.call(p.ie, 'GetStatus', { JobId: job })).data.CurrentManifest, manifest, 'CurrentManifest after UpdateJob');
    p.observed.update = data;
  },
  async ie_update_job_after_start(p) {
    const job = (await p.createJob()).JobId;
    await p.advanceJob(job, 'InProgress');
    const err = await p.expectError(() => p.call(p.ie, 'UpdateJob', { JobId: job, Manifest: importManifest(), JobType: 'Import', ValidateOnly: false }),
      'UnableToUpdateJobIdException', 400, 'UpdateJob of a job whose transfer started');
    p.observed.error = errorSummary(err);
  },
  async ie_list_jobs_paging(p) {
    const created = [];
    for (let i = 0; i < 3; i++) created.push((await p.createJob()).JobId);
    const newest = created.slice().reverse();
    const page1 = (await p.call(p.ie, 'ListJobs', { MaxJobs: 2 })).data;
    equal(page1.Jobs.map((j) => j.JobId), newest.slice(0, 2), 'ListJobs(MaxJobs=2) first page, newest first');
    equal(page1.IsTruncated, true, 'IsTruncated of the first page');
    const page2 = (await p.call(p.ie, 'ListJobs', { MaxJobs: 1, Marker: page1.Jobs[1].JobId })).data;
    equal(page2.Jobs.map((j) => j.JobId), newest.slice(2, 3), 'ListJobs(MaxJobs=1, Marker=<last of page 1>)');
    require_(page1.Jobs.every((j) => j.CreationDate instanceof Date), 'ListJobs CreationDate is not a Date');
    // The SDK's own paginator (eachPage) over the model's ListJobs paginator config.
    const seen = [];
    await new Promise((resolve, reject) => {
      p.ie.listJobs({ MaxJobs: 1 }).eachPage((err, data) => {
        if (err) { reject(err); return false; }
        if (!data) { resolve(); return false; }
        data.Jobs.forEach((j) => seen.push(j.JobId));
        if (seen.length > 10000) { reject(new Mismatch('eachPage does not terminate')); return false; }
        return true;
      });
    });
    equal(seen.slice(0, 3), newest, 'eachPage over ListJobs, newest first');
    equal(new Set(seen).size, seen.length, 'eachPage returned a job twice');
    p.observed.pages = { page1: page1.Jobs.map((j) => j.JobId), total: seen.length };
  },
  async ie_list_jobs_unknown_access_key(p) {
    const c = p.client('ie', { accessKeyId: 'AKIAXXXXXXXXXXXXXXXX' });
    const err = await p.expectError(() => p.call(c, 'ListJobs', {}), 'InvalidAccessKeyIdException', null,
      'ListJobs signed (SigV2) by an unknown access key');
    p.observed.error = errorSummary(err);
  },
  async ie_get_shipping_label(p) {
    const job = (await p.createJob()).JobId;
    const { data, sent } = await p.call(p.ie, 'GetShippingLabel', Object.assign({ jobIds: [job] }, shipTo));
    require_(/^https?:\/\//.test(data.ShippingLabelURL || ''), `ShippingLabelURL is not a URL: ${data.ShippingLabelURL}`);
    require_(sent.body.includes(`jobIds.member.1=${job}`), `SDK body does not list jobIds.member.1: ${sent.body}`);
    p.observed.label = data;
  },
  async ie_get_shipping_label_unknown_job(p) {
    const err = await p.expectError(() => p.call(p.ie, 'GetShippingLabel', Object.assign({ jobIds: ['NOSUCHJOB3'] }, shipTo)),
      'InvalidJobIdException', 400, 'GetShippingLabel for an unknown job id');
    p.observed.error = errorSummary(err);
  },
  async ie_sdk_signs_sigv2(p) {
    const marker = `SIGV2${hex(4).toUpperCase()}`;
    const err = await p.expectError(() => p.call(p.ie, 'GetStatus', { JobId: marker }), 'InvalidJobIdException', 400,
      'GetStatus of an unknown id');
    const body = err.sent.body;
    for (const part of ['Action=GetStatus', 'Version=2010-06-01', 'SignatureVersion=2', 'SignatureMethod=HmacSHA256',
      `AWSAccessKeyId=${ACCESS_KEY}`, 'Timestamp=', 'Signature=']) {
      require_(body.includes(part), `aws-sdk v2 body lacks ${part}: ${body}`);
    }
    require_(!err.sent.headers.Authorization, `unexpected Authorization header on SigV2: ${err.sent.headers.Authorization}`);
    const entry = await p.findLogged('GetStatus', marker);
    require_(/2/.test(loggedSigVersion(entry)), `emulator logged signature version ${loggedSigVersion(entry)} for SigV2: ${JSON.stringify(entry)}`);
    p.observed.body = body.replace(/Signature=[^&]+/, 'Signature=...');
    p.observed.logged = entry;
  },
  async ie_wrong_secret_is_signature_does_not_match(p) {
    const c = p.client('ie', { secretAccessKey: SECRET_KEY.slice(0, -4) + 'XXXX' });
    const err = await p.expectError(() => p.call(c, 'GetStatus', { JobId: 'ANYJOB' }), 'SignatureDoesNotMatch', null,
      'GetStatus (SigV2) with a wrong secret');
    p.observed.error = errorSummary(err);
  },

  async ie_retries_throttling(p) {
    const job = (await p.createJob()).JobId;
    const c = p.client('ie', { maxRetries: 2, retryDelayOptions: { base: 10 } });
    const r = await p.withFault({ kind: 'Throttle', service: 'importexport', operation: 'GetStatus', count: 1 },
      () => p.call(c, 'GetStatus', { JobId: job }));
    equal(r.retryCount, 1, 'aws-sdk retries after one Throttling');
    const attempts = await p.logged('GetStatus', job);
    equal(attempts.map((a) => getCi(a, 'errorCode') || null), ['Throttling', null], 'logged GetStatus attempts (error codes)');
    p.observed.retryCount = r.retryCount;
  },
  async ie_retries_service_unavailable(p) {
    const job = (await p.createJob()).JobId;
    const c = p.client('ie', { maxRetries: 2, retryDelayOptions: { base: 10 } });
    const r = await p.withFault({ kind: 'ServiceUnavailable', service: 'importexport', operation: 'GetStatus', count: 1 },
      () => p.call(c, 'GetStatus', { JobId: job }));
    equal(r.retryCount, 1, 'aws-sdk retries after one HTTP 503');
    p.observed.retryCount = r.retryCount;
  },

  async ie_sigv2_session_token(p) {
    // Temporary credentials on the SigV2 path: aws-sdk v2 adds SecurityToken to the signed form parameters.
    const ak = `ASIA${hex(8).toUpperCase()}`;
    const sk = hex(20);
    const token = `FwoGZXIvYXdzE${hex(32)}`;
    await p.admin('POST', '/__admin/credentials', { accessKeyId: ak, secretAccessKey: sk, sessionToken: token, accountId: '777788889999' });
    const c = p.client('ie', {});
    c.config.credentials = new AWS.Credentials(ak, sk, token);
    const r = await p.call(c, 'ListJobs', {});
    require_(r.sent.body.includes(`SecurityToken=${encodeURIComponent(token)}`), `SigV2 body lacks SecurityToken: ${r.sent.body}`);
    equal(r.data.Jobs, [], 'jobs of a fresh account');
    const noToken = p.client('ie', {});
    noToken.config.credentials = new AWS.Credentials(ak, sk);
    const err = await p.expectError(() => p.call(noToken, 'ListJobs', {}), 'InvalidClientTokenId', 403,
      'ListJobs (SigV2) with a temporary key and no SecurityToken');
    p.observed.error = errorSummary(err);
  },

  // ================= MGN: rest-json, SigV4 as mgn =================
  async mgn_start_import(p) {
    const key = `imports/${hex(8)}.csv`;
    const r = await p.startImport({ s3BucketSource: { s3Bucket: 'my-import-bucket', s3Key: key } });
    equal(r.statusCode, 202, 'StartImport HTTP status');
    const t = r.data.importTask;
    equal(t.status, 'PENDING', 'status of a new import');
    equal(t.s3BucketSource, { s3Bucket: 'my-import-bucket', s3Key: key }, 'importTask.s3BucketSource');
    require_(t.creationDateTime, 'importTask.creationDateTime missing');
    const body = JSON.parse(r.sent.body);
    require_(/^[0-9a-f-]{36}$/.test(body.clientToken || ''), `aws-sdk did not autopopulate clientToken: ${r.sent.body}`);
    require_(/^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/eu-west-1\/mgn\/aws4_request/.test(r.sent.headers.Authorization),
      `unexpected MGN Authorization ${r.sent.headers.Authorization}`);
    const entry = await p.findLogged('StartImport', key);
    require_(/4/.test(loggedSigVersion(entry)), `emulator logged signature version ${loggedSigVersion(entry)} for SigV4`);
    p.observed.importTask = t;
    p.observed.request = { path: r.sent.path, contentType: r.sent.headers['Content-Type'], body };
  },
  async mgn_start_import_idempotent_client_token(p) {
    const token = hex(16);
    const src = { s3Bucket: 'my-import-bucket', s3Key: `imports/${hex(8)}.csv` };
    const a = await p.startImport({ clientToken: token, s3BucketSource: src });
    const b = await p.startImport({ clientToken: token, s3BucketSource: src });
    equal(b.data.importTask.importID, a.data.importTask.importID, 'importID of a retried StartImport');
    p.observed.importID = a.data.importTask.importID;
  },
  async mgn_start_import_conflict(p) {
    const token = hex(16);
    await p.startImport({ clientToken: token, s3BucketSource: { s3Bucket: 'my-import-bucket', s3Key: 'a/first.csv' } });
    const err = await p.expectError(() => p.call(p.mgn, 'StartImport', { clientToken: token, s3BucketSource: { s3Bucket: 'my-import-bucket', s3Key: 'a/second.csv' } }),
      'ConflictException', 409, 'StartImport reusing a clientToken with other parameters');
    p.observed.error = errorSummary(err);
  },
  async mgn_start_import_validation_exception(p) {
    const c = p.client('mgn', { paramValidation: false });
    const err = await p.expectError(() => p.call(c, 'StartImport', { s3BucketSource: { s3Bucket: 'my-import-bucket', s3Key: 'not-a-csv.txt' } }),
      'ValidationException', 400, 'StartImport with an s3Key that is not *.csv');
    const fields = err.fieldList || [];
    require_(fields.some((f) => /s3Key/.test(f.name || '')), `fieldList does not name s3Key: ${JSON.stringify(fields)}`);
    p.observed.error = errorSummary(err);
    p.observed.fieldList = fields;
  },
  async mgn_list_imports(p) {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await p.startImport()).data.importTask.importID);
    const one = (await p.call(p.mgn, 'ListImports', { filters: { importIDs: [ids[1]] } })).data;
    equal(one.items.map((x) => x.importID), [ids[1]], 'ListImports filtered by one id');
    const page = (await p.call(p.mgn, 'ListImports', { filters: { importIDs: ids }, maxResults: 2 })).data;
    equal(page.items.length, 2, 'ListImports maxResults=2');
    require_(page.nextToken, 'no nextToken with more results to come');
    const rest = (await p.call(p.mgn, 'ListImports', { filters: { importIDs: ids }, maxResults: 2, nextToken: page.nextToken })).data;
    equal(page.items.concat(rest.items).map((x) => x.importID).sort(), ids.slice().sort(), 'imports across pages');
    require_(!rest.nextToken, `nextToken on the last page: ${rest.nextToken}`);
    p.observed.pages = [page.items.length, rest.items.length];
  },
  async mgn_list_import_errors(p) {
    const id = (await p.startImport()).data.importTask.importID;
    await p.advanceImport(id, 'FAILED');
    const { data } = await p.call(p.mgn, 'ListImportErrors', { importID: id });
    require_(Array.isArray(data.items) && data.items.length > 0, `a FAILED import lists no errors: ${JSON.stringify(data)}`);
    for (const e of data.items) {
      require_(['VALIDATION_ERROR', 'PROCESSING_ERROR'].includes(e.errorType), `bad errorType ${JSON.stringify(e)}`);
    }
    p.observed.items = data.items;
  },
  async mgn_list_import_errors_unknown_import(p) {
    const err = await p.expectError(() => p.call(p.mgn, 'ListImportErrors', { importID: 'import-0000000000000000a' }),
      'ResourceNotFoundException', 404, 'ListImportErrors of an unknown import id');
    p.observed.error = errorSummary(err);
  },
  async mgn_retries_throttling(p) {
    const c = p.client('mgn', { maxRetries: 2, retryDelayOptions: { base: 10 } });
    const marker = `import-${hex(9).slice(0, 17)}`;
    const r = await p.withFault({ kind: 'Throttle', service: 'mgn', operation: 'ListImports', count: 1 },
      () => p.call(c, 'ListImports', { filters: { importIDs: [marker] } }));
    equal(r.retryCount, 1, 'aws-sdk retries after one ThrottlingException');
    const attempts = await p.logged('ListImports', marker);
    equal(attempts.map((a) => [getCi(a, 'statusCode'), getCi(a, 'errorCode') || null]), [[429, 'ThrottlingException'], [200, null]], 'logged ListImports attempts');
    p.observed.retryCount = r.retryCount;
  },
  async mgn_wrong_secret(p) {
    const c = p.client('mgn', { secretAccessKey: SECRET_KEY.slice(0, -4) + 'XXXX' });
    const err = await p.expectError(() => p.call(c, 'ListImports', {}), 'InvalidSignatureException', 403,
      'ListImports with a wrong secret');
    p.observed.error = errorSummary(err);
  },
  async mgn_unknown_access_key(p) {
    const c = p.client('mgn', { accessKeyId: 'AKIAXXXXXXXXXXXXXXXX' });
    const err = await p.expectError(() => p.call(c, 'ListImports', {}), 'UnrecognizedClientException', 403,
      'ListImports signed by an unknown access key');
    p.observed.error = errorSummary(err);
  },
};

async function emitRequest(p, operation, params) {
  const service = IE_OPERATIONS.includes(operation) ? 'ie' : 'mgn';
  const c = service === 'ie' ? p.ie : p.mgn;
  try {
    const r = await p.call(c, operation, params);
    return { operation, service: service === 'ie' ? 'importexport' : 'mgn', ok: true, response: r.data, sent: r.sent };
  } catch (err) {
    if (err instanceof Mismatch || !err.statusCode) throw err;
    return { operation, service: service === 'ie' ? 'importexport' : 'mgn', ok: false, error: errorSummary(err), sent: err.sent };
  }
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--list') args.list = true;
    else if (['--endpoint', '--scenario', '--emit-request', '--params', '--access-key', '--secret-key'].includes(a)) {
      args[a.slice(2).replace(/-(\w)/g, (_, c) => c.toUpperCase())] = argv[++i];
    } else { args.bad = a; }
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.list) { process.stdout.write(Object.keys(SCENARIOS).join('\n') + '\n'); return 0; }
  if (args.bad || !args.endpoint || !(args.scenario || args.emitRequest)) {
    process.stderr.write(`usage: awssdk_peer.js --list | --endpoint URL (--scenario NAME | --emit-request OPERATION --params JSON)${args.bad ? ` (unknown argument ${args.bad})` : ''}\n`);
    return 2;
  }
  const p = new Peer(args.endpoint, args.accessKey, args.secretKey);
  if (args.emitRequest) {
    try {
      console.log(JSON.stringify(await emitRequest(p, args.emitRequest, JSON.parse(args.params || '{}'))));
      return 0;
    } catch (e) {
      console.log(JSON.stringify({ operation: args.emitRequest, ok: false, exception: String(e && e.stack || e) }));
      return 1;
    }
  }
  const fn = SCENARIOS[args.scenario];
  if (!fn) { process.stderr.write(`unknown scenario ${args.scenario}; --list shows them\n`); return 2; }
  const result = { peer: 'aws-sdk', version: AWS.VERSION, scenario: args.scenario };
  try {
    await fn(p);
    console.log(JSON.stringify(Object.assign(result, { ok: true, observed: p.observed })));
    return 0;
  } catch (e) {
    const mismatch = e instanceof Mismatch;
    console.log(JSON.stringify(Object.assign(result, { ok: false, [mismatch ? 'mismatch' : 'exception']: String(e.message), code: e.code, observed: p.observed })));
    process.stderr.write(`${mismatch ? 'MISMATCH' : 'ERROR'} in ${args.scenario}: ${mismatch ? e.message : (e.stack || e)}${e.code ? ` [code ${e.code}, HTTP ${e.statusCode}${e.peerOperation ? `, during ${e.peerOperation}` : ''}]` : ''}\n`);
    return 1;
  }
}

main().then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exitCode = 1; });
