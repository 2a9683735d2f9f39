#!/usr/bin/env bash
# Runs a command with a private virtual sound card (scripts/audio-test-env):
# started before, stopped after, whatever the command's outcome.
#   tests/app/run-with-virtual-soundcard.sh build/dev/bin/test_audio_integration
# Runs each test in its own process, as ctest does: Qt looks for audio
# devices once per process, and the no-server tests need a fresh one.
set -euo pipefail
env_script="$(dirname "$0")/../../scripts/audio-test-env"
eval "$("$env_script" start)"
trap '"$env_script" stop "$XDG_RUNTIME_DIR"' EXIT
if [ "$#" -eq 1 ] && "$1" --gtest_list_tests >/dev/null 2>&1; then
    status=0
    suite=""
    while IFS= read -r line; do
        case "$line" in
        " "*) "$1" --gtest_filter="$suite${line##* }" || status=1 ;;
        *) suite=$line ;;
        esac
    done < <("$1" --gtest_list_tests | sed 's/ *#.*//')
    exit "$status"
fi
"$@"
