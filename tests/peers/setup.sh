#!/usr/bin/env bash
# Prepares the independent AWS peers (botocore, aws-sdk JS v2) that the Peers tests run against the emulator.
# Idempotent; CI runs it before `dotnet test`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON:-python3}"

if ! command -v "$python" >/dev/null 2>&1; then
  echo "setup.sh: $python not found; the botocore peer needs Python 3 with botocore" >&2
  exit 1
fi
if ! "$python" -c 'import botocore' >/dev/null 2>&1; then
  echo "setup.sh: botocore is not importable by $("$python" -c 'import sys; print(sys.executable)'); trying pip install botocore" >&2
  if ! "$python" -m pip install --quiet botocore; then
    echo "setup.sh: could not install botocore; install it for $python (pip install botocore) and rerun" >&2
    exit 1
  fi
fi
echo "setup.sh: botocore $("$python" -c 'import botocore; print(botocore.__version__)')"

if ! command -v npm >/dev/null 2>&1; then
  echo "setup.sh: npm not found; the aws-sdk JS peer needs Node.js >= 18 and npm" >&2
  exit 1
fi
cd "$here/js"
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
stamp="node_modules/.setup-lock-sha256"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$lock_hash" && -d node_modules/aws-sdk ]]; then
  echo "setup.sh: tests/peers/js/node_modules is up to date"
else
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE=1 npm ci --quiet --no-audit --no-fund --ignore-scripts
  echo "$lock_hash" > "$stamp"
fi
for api in importexport-2010-06-01.min.json mgn-2020-02-26.min.json; do
  if [[ ! -f "node_modules/aws-sdk/apis/$api" ]]; then
    echo "setup.sh: node_modules/aws-sdk/apis/$api is missing; the locked aws-sdk does not model this service" >&2
    exit 1
  fi
done
echo "setup.sh: aws-sdk $(node -p "require('aws-sdk/package.json').version") ready"
