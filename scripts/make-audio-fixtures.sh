#!/usr/bin/env bash
# Makes the speech fixtures the delivery tests measure: one sentence spoken by espeak-ng at 120,
# 160 and 200 words a minute, with two inserted silent pauses of 0.8 s and 1.2 s. The WAV files
# are committed, so tests never need espeak-ng; run this only to remake them
# (apt-get install espeak-ng). tests/fixtures/audio/speech.json describes what they contain.
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/audio"
TEXT='i was treasurer of a food bank for fourteen months <break time="800ms"/> i kept its books and ran the monthly reports <break time="1200ms"/> and i would like to be considered again'
for RATE in 120 160 200; do
  espeak-ng -v en-us -s "$RATE" -m -w "speech-${RATE}wpm.wav" "<speak>${TEXT}</speak>"
done
