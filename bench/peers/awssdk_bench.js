#!/usr/bin/env node
// aws-sdk JS v2 side of the ImportExport bench (bench/ImportExport.Bench runs it; one JSON line on stdout).
//
//   node awssdk_bench.js list   --endpoint URL --page-size 1000        listJobs loop (Marker = last JobId) to the end
//   node awssdk_bench.js status --endpoint URL --job-id ID --calls N   N warm getStatus calls
//
// Uses the locked aws-sdk of tests/peers/js (run tests/peers/setup.sh once). Connections are kept alive
// (AWS_NODEJS_CONNECTION_REUSE_ENABLED=1, the SDK's documented switch), as botocore and AWSSDK.Core do by default.
'use strict';
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
process.env.AWS_NODEJS_CONNECTION_REUSE_ENABLED = '1';
const path = require('path');
const { createRequire } = require('module');
const peerRequire = createRequire(path.join(__dirname, '..', '..', 'tests', 'peers', 'js', 'package.json'));
const AWS = peerRequire('aws-sdk');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

async function main() {
  const mode = process.argv[2];
  const ie = new AWS.ImportExport({
    endpoint: arg('--endpoint'),
    sslEnabled: false,
    region: 'us-east-1',
    credentials: new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID, process.env.AWS_SECRET_ACCESS_KEY),
  });
  let out;
  if (mode === 'list') {
    const pageSize = Number(arg('--page-size', '1000'));
    await ie.listJobs({ MaxJobs: 1 }).promise();
    let jobs = 0;
    let marker;
    const t = process.hrtime.bigint();
    do {
      const page = await ie.listJobs(marker ? { MaxJobs: pageSize, Marker: marker } : { MaxJobs: pageSize }).promise();
      jobs += page.Jobs.length;
      marker = page.IsTruncated && page.Jobs.length > 0 ? page.Jobs[page.Jobs.length - 1].JobId : undefined;
    } while (marker);
    out = { jobs, seconds: Number(process.hrtime.bigint() - t) / 1e9 };
  } else if (mode === 'status') {
    const jobId = arg('--job-id');
    const calls = Number(arg('--calls', '1000'));
    const warmup = Number(arg('--warmup', '50'));
    for (let i = 0; i < warmup; i++) await ie.getStatus({ JobId: jobId }).promise();
    const t = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) await ie.getStatus({ JobId: jobId }).promise();
    out = { calls, seconds: Number(process.hrtime.bigint() - t) / 1e9 };
  } else {
    throw new Error(`unknown mode '${mode}' (list, status)`);
  }
  out.node = process.versions.node;
  out.awsSdk = AWS.VERSION;
  console.log(JSON.stringify(out));
}

main().catch((err) => { console.error(`awssdk_bench: ${err.stack || err}`); process.exit(1); });
