"""Recomputes, with scikit-learn, the scores `evaluate FILE --predictions` reports: accuracy,
macro-F1 and the confusion matrix, overall and per `lang`, from the predictions dump alone.

usage: python3 recompute_scores.py PREDICTIONS.csv CLASS [CLASS ...]   (prints JSON)
"""
import csv
import json
import sys

from sklearn.metrics import accuracy_score, confusion_matrix, f1_score


def scores(rows, classes):
    gold = [r["gold"] for r in rows]
    # a row that got no label has an empty 'predicted': wrong for every class
    predicted = [r["predicted"] or "none" for r in rows]
    return {
        "messages": len(rows),
        "accuracy": accuracy_score(gold, predicted),
        "macro_f1": f1_score(gold, predicted, labels=classes, average="macro", zero_division=0),
        "confusion": confusion_matrix(gold, predicted, labels=classes + ["none"]).tolist()[: len(classes)],
    }


def main(path, classes):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = {"all": scores(rows, classes)}
    for lang in sorted({r["lang"] for r in rows}):
        out[lang] = scores([r for r in rows if r["lang"] == lang], classes)
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
