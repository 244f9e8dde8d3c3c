#!/usr/bin/env bash
# A longer soak than the one `dotnet test` runs: the same test (tests/ImportExport.Tests/Reliability/SoakTests.cs),
# scaled up. Everything stays on 127.0.0.1 (in-process emulator).
#
#   bench/soak/run.sh                 # 8 workers x 2,500 iterations: about 70,000 cmdlet calls
#   bench/soak/run.sh 4 10000         # workers, iterations per worker
#
# The figures (calls, faults injected, retries, failures surfaced, jobs/imports lost and duplicated) are printed at
# the end; the run fails if anything was lost or duplicated.
set -euo pipefail
cd "$(dirname "$0")/../.."
export IE_SOAK_WORKERS="${1:-8}" IE_SOAK_ITERATIONS="${2:-2500}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet test tests/ImportExport.Tests --filter "FullyQualifiedName~Reliability.SoakTests" --logger "console;verbosity=detailed" \
  | grep -E "soak:|faults injected|retries|failures surfaced|unknown CreateJob|jobs:|imports:|Passed!|Failed!|Error Message|Assert"
