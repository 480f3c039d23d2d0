#!/usr/bin/env bash
# Runs the named npm scripts at the same time (the type check and lint share no state) and fails
# if any of them fails, after all have finished, so every error is printed.
set -u
pids=()
for name in "$@"; do
  npm run --silent "$name" &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do
  wait "$pid" || status=1
done
exit "$status"
