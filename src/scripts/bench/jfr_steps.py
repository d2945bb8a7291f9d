#!/usr/bin/env python3
"""Samples of a JFR recording by the step of classify their stack passes through.

usage: jfr print --stack-depth 64 --events jdk.ExecutionSample classify.jfr > samples.txt
       python3 src/scripts/bench/jfr_steps.py samples.txt

A sample counts for the first step in the list below whose pattern its stack matches (JFR keeps
the top 64 frames); what matches none is "the rest". A sample is 10 ms of a thread on a CPU.
"""
import re
import sys
from collections import Counter

STEPS = [
    ("language identification: the Latin-script detector (feature scan, lookups, sums)",
     r"LatinFeatureRows|LatinVarieties"),
    ("language identification: the rest (103-language detector, word lists, script)", r"langid\.|langdetect"),
    ("model evaluation (`ArrayScorer`: feature lookups and sums)", r"ArrayScorer\.eval"),
    ("lexicon: reading, features and votes", r"LexiconReading|LexiconFeatureGenerator|ShortAnswers"),
    ("other feature generation (`w=` / `b=` features, shapes, negation scope)", r"servicesignals\.features\."),
    ("Lucene analysis", r"AnalyzerChain|org\.apache\.lucene"),
    ("known-token count", r"ModelBundle\.know"),
    ("CSV reading and writing", r"servicesignals\.io\.|commons\.csv|ChunkWriter"),
    ("start-up: models, the scorers' arrays, the lexicon", r"ModelFiles|GenericModelReader|ArrayScorer\.of|Lexicon\."),
]


def main(path):
    text = open(path, encoding="utf-8").read()
    counts = Counter()
    total = 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        # the frames' class and method names only: a parameter type is not a step
        stack = "\n".join(re.findall(r"^\s+([\w.$<>]+)\(", event[event.find("stackTrace"):], re.M))
        total += 1
        for name, pattern in STEPS:
            if re.search(pattern, stack):
                counts[name] += 1
                break
        else:
            counts["the rest (collections, row rules, threads)"] += 1
    print("| step | samples |")
    print("| --- | ---: |")
    for name in [n for n, _ in STEPS] + [n for n in counts if n not in dict(STEPS)]:
        print(f"| {name} | {counts[name]} ({100 * counts[name] / max(total, 1):.0f}%) |")
    print(f"| all | {total} |")


if __name__ == "__main__":
    main(sys.argv[1])
