#!/usr/bin/env python3
"""How often the Latin-script detector meets a word it has read before, on text that does not repeat.

Reads every Latin-script message of the corpora (English, Finnish and the romanised splits: train,
test, wild and development), each once, in a shuffled order, and counts the words (runs of letters
and apostrophes, lower-cased, as `LatinFeatureRows` reads them) already met, the cache keeping at
most 50,000 words as `WordRows` does. The benchmark's messages repeat, so there every word is met
again; this is the share to expect of a fresh export.

usage: python3 src/scripts/bench/word_reuse.py [CORPORA]
"""
import csv
import glob
import random
import re
import sys

MAX_WORDS = 50_000
WORD = re.compile(r"(?:[^\W\d_]|')+")


def main(corpora):
    csv.field_size_limit(10**8)
    texts = []
    for lang in ["en", "fi", "hi-Latn", "ur-Latn", "ta-Latn"]:
        for split in ["train", "test", "wild", "dev"]:
            for f in sorted(glob.glob(f"{corpora}/{lang}/{split}*.tsv")):
                with open(f, encoding="utf-8", newline="") as fh:
                    texts += [r["text"] for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    random.Random(1).shuffle(texts)
    kept = set()
    again = words = 0
    for t in texts:
        for w in WORD.findall(t.lower()):
            words += 1
            if w in kept:
                again += 1
            elif len(kept) < MAX_WORDS:
                kept.add(w)
    print(f"{len(texts)} messages read once each, {words} words: {again / words:.1%} met before "
          f"({len(kept)} words kept)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "corpora")
