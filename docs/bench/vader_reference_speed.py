#!/usr/bin/env python3
"""Sentences per second of the reference VADER (vaderSentiment 3.3.2) on Slant's parity texts.

Times `SentimentIntensityAnalyzer.polarity_scores` over the same texts the Swift measurement
uses: the 262 seed sentences and the 6,000 fuzz texts in ../shared/data/vader-reference
(6,262 texts), several rounds, and reports the best round.

    pip install vaderSentiment==3.3.2
    python3 docs/bench/vader_reference_speed.py [--rounds 5] [--reference ../shared/data/vader-reference] [--json]

The Swift side of the comparison is the release-build test `VaderSpeedTests` (it runs this
script too and checks the 20x requirement):

    SLANT_VADER_BENCH=1 swift test -c release --filter VaderSpeed
"""
import argparse
import json
import os
import sys
import time

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REFERENCE = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data", "vader-reference"))
FILES = ["vader_seed_scores.jsonl", "vader_fuzz.jsonl"]


def load_texts(folder):
    texts = []
    for name in FILES:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                texts.append(record["sentence"] if "sentence" in record else record["text"])
    return texts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--reference", default=DEFAULT_REFERENCE)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a sentence")
    args = parser.parse_args()
    if not os.path.isdir(args.reference):
        sys.exit(f"no reference folder at {args.reference}; pass --reference PATH")

    texts = load_texts(args.reference)
    analyzer = SentimentIntensityAnalyzer()
    best = float("inf")
    checksum = 0.0
    for _ in range(args.rounds):
        start = time.perf_counter()
        for text in texts:
            checksum += analyzer.polarity_scores(text)["compound"]
        best = min(best, time.perf_counter() - start)
    if args.json:
        print(json.dumps({"python": sys.version.split()[0], "texts": len(texts), "rounds": args.rounds,
                          "best_seconds": best, "sentences_per_second": len(texts) / best,
                          "checksum": checksum / args.rounds}))
        return
    print(f"python {sys.version.split()[0]}: {len(texts)} texts, best of {args.rounds} rounds "
          f"{best:.4f} s -> {len(texts) / best:.0f} sentences/s (checksum {checksum / args.rounds:.4f})")


if __name__ == "__main__":
    main()
