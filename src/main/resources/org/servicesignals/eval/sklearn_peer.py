"""scikit-learn peer for `service-signals compare`: TF-IDF word (1-2) + char_wb (2-5) n-grams and a
linear SVM, trained on one language's train split and asked for the test split.

usage: python3 sklearn_peer.py TRAIN.tsv TEST.tsv OUT.txt   (OUT gets one predicted label per line)
"""
import csv
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.svm import LinearSVC


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r["text"] for r in rows], [r["label"] for r in rows]


def main(train_path, test_path, out_path):
    x_train, y_train = read(train_path)
    x_test, _ = read(test_path)
    model = make_pipeline(
        FeatureUnion([
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1)),
        ]),
        LinearSVC(C=1.0, random_state=0),
    )
    model.fit(x_train, y_train)
    with open(out_path, "w", encoding="utf-8") as f:
        for label in model.predict(x_test):
            f.write(label + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
