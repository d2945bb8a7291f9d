"""fastText's usual preparation, as `compare` and `bench` do it (Peers.fastTextLine): lower case,
punctuation set apart from words, one message a line.

usage: python3 fasttext_prep.py train OUT.txt TRAIN.tsv...   labelled lines for `fasttext supervised`
       python3 fasttext_prep.py predict OUT.txt IN.csv        the text column of IN, one a line
"""
import csv
import re
import sys

PUNCT = re.compile(r"([.!?,'/()\":;।۔،])")
SPACE = re.compile(r"\s+")


def line(text):
    return SPACE.sub(" ", PUNCT.sub(r" \1 ", text.lower())).strip()


def main(mode, out_path, inputs):
    with open(out_path, "w", encoding="utf-8") as out:
        for path in inputs:
            with open(path, encoding="utf-8", newline="") as f:
                if mode == "train":
                    for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                        out.write(f"__label__{r['label']} {line(r['text'])}\n")
                else:
                    for r in csv.DictReader(f):
                        out.write(line(r["text"]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
