#!/bin/sh
# Runs Shotbook's benchmarks beside their floors (see README.md):
#   tests/benchmarks/run.sh [--build build/release] [--repeat 7] [--callgrind] [--no-gui]
exec python3 "$(dirname "$0")/run.py" "$@"
