"""Writes N mixed-language messages from the corpora's train and test splits as a CSV (id,text), the
five languages interleaved as a mixed export would have them, repeated to the size asked.

usage: python3 make_messages.py CORPORA N OUT.csv
"""
import csv
import sys

LANGS = ["hi", "fi", "ur", "ta", "en"]


def texts(corpora, lang):
    out = []
    for split in ("train", "test"):
        with open(f"{corpora}/{lang}/{split}.tsv", encoding="utf-8", newline="") as f:
            out += [r["text"] for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return out


def main(corpora, n, out_path):
    n = int(n)
    pools = [texts(corpora, lang) for lang in LANGS]
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "text"])
        for i in range(n):
            pool = pools[i % len(pools)]
            w.writerow([f"m{i + 1}", pool[(i // len(pools)) % len(pool)]])


if __name__ == "__main__":
    main(*sys.argv[1:4])
