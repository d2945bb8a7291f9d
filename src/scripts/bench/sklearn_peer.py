"""scikit-learn peer of the end-to-end benchmark: the TF-IDF word (1-2) + char_wb (2-5) n-grams and
linear SVM of `compare`, one model over all five languages' train splits.

usage: python3 sklearn_peer.py train TRAIN.tsv... MODEL.pkl     fits and saves the model
       python3 sklearn_peer.py predict MODEL.pkl IN.csv OUT.csv  loads it, labels IN's text column
"""
import csv
import pickle
import sys


def fit(train_paths, model_path):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, make_pipeline
    from sklearn.svm import LinearSVC
    x, y = [], []
    for path in train_paths:
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                x.append(r["text"])
                y.append(r["label"])
    model = make_pipeline(
        FeatureUnion([
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1)),
        ]),
        LinearSVC(C=1.0, random_state=0),
    )
    model.fit(x, y)
    with open(model_path, "wb") as f:
        pickle.dump(model, f)


def predict(model_path, in_path, out_path, batch=20000):
    with open(model_path, "rb") as f:
        model = pickle.load(f)
    with open(in_path, encoding="utf-8", newline="") as f, open(out_path, "w", encoding="utf-8", newline="") as o:
        reader = csv.reader(f)
        writer = csv.writer(o, lineterminator="\n")
        writer.writerow(next(reader) + ["label"])
        rows = []
        for row in reader:
            rows.append(row)
            if len(rows) == batch:
                write(model, rows, writer)
                rows = []
        write(model, rows, writer)


def write(model, rows, writer):
    if rows:
        for row, label in zip(rows, model.predict([r[1] for r in rows])):
            writer.writerow(row + [label])


if __name__ == "__main__":
    if sys.argv[1] == "train":
        fit(sys.argv[2:-1], sys.argv[-1])
    else:
        predict(*sys.argv[2:5])
