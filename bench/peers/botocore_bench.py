#!/usr/bin/env python3
"""botocore side of the ImportExport bench (bench/ImportExport.Bench runs it; one JSON line on stdout).

    botocore_bench.py list   --endpoint URL --page-size 1000             list_jobs paginator to the end
    botocore_bench.py status --endpoint URL --job-id ID --calls N        N warm get_status calls
    botocore_bench.py cold   --endpoint URL --job-id ID                  import + client + first call, this process

Timed regions use time.perf_counter() and exclude interpreter start-up (the bench also times the whole process).
Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, as for our module.
"""
import time

_T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["list", "status", "cold"])
    p.add_argument("--endpoint", required=True)
    p.add_argument("--page-size", type=int, default=1000)
    p.add_argument("--job-id")
    p.add_argument("--calls", type=int, default=1000)
    p.add_argument("--warmup", type=int, default=50)
    a = p.parse_args()

    if a.mode == "cold":
        t_import = time.perf_counter()
        import botocore.session
        t_client = time.perf_counter()
        client = botocore.session.get_session().create_client("importexport", region_name="us-east-1", endpoint_url=a.endpoint)
        t_call = time.perf_counter()
        client.get_status(JobId=a.job_id)
        t_end = time.perf_counter()
        out = {
            "importMs": (t_client - t_import) * 1000,
            "clientMs": (t_call - t_client) * 1000,
            "firstCallMs": (t_end - t_call) * 1000,
            "importAndFirstCallMs": (t_end - t_import) * 1000,
            "sinceScriptStartMs": (t_end - _T0) * 1000,
        }
    else:
        import botocore
        import botocore.session
        client = botocore.session.get_session().create_client("importexport", region_name="us-east-1", endpoint_url=a.endpoint)
        if a.mode == "list":
            client.list_jobs(MaxJobs=1)  # warm: connection, model, signer
            jobs = 0
            t = time.perf_counter()
            for page in client.get_paginator("list_jobs").paginate(PaginationConfig={"PageSize": a.page_size}):
                jobs += len(page["Jobs"])
            seconds = time.perf_counter() - t
            out = {"jobs": jobs, "seconds": seconds}
        else:
            for _ in range(a.warmup):
                client.get_status(JobId=a.job_id)
            t = time.perf_counter()
            for _ in range(a.calls):
                client.get_status(JobId=a.job_id)
            seconds = time.perf_counter() - t
            out = {"calls": a.calls, "seconds": seconds}
        out["botocore"] = botocore.__version__

    out["python"] = sys.version.split()[0]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
