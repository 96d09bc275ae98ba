"""Did a change to the extractor change what it extracts? Dump and compare, byte for byte.

A speed-up of ``ickg.extract`` must leave its output as it was. ``dump`` writes, for every
document of the evaluation set's development part and training documents and for ``--synthetic``
abstracts of ``benchmarks.synthetic`` (seed ``--seed``), the report ``ickg extract --format json``
prints (``extract(path).as_json()``) and the record's quads (``record_quads``, sorted), one file
per document; ``compare`` lists the documents whose files differ. The test part of the evaluation
set is left out unless ``--test`` is given: running it to check that output did not change is
allowed, tuning on it is not (benchmarks/eval/README.md).

    PYTHONPATH=/tmp/before/service python benchmarks/extract_identity.py dump /tmp/before.d
    PYTHONPATH=service python benchmarks/extract_identity.py dump /tmp/after.d
    python benchmarks/extract_identity.py compare /tmp/before.d /tmp/after.d

Run ``dump`` with each version's code on the path (a worktree of the earlier commit).
"""

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def documents(folder, synthetic, seed, test=False, articles=0):
    """The development and training documents (and, with ``test``, the test part), then
    ``synthetic`` abstracts and ``articles`` synthetic 8-page PDF articles written into ``folder``
    (a long document has many sentences and organizations: what is quadratic shows there)."""
    from benchmarks.synthetic import article_pdf, write_corpus

    split = json.loads((HERE / "eval" / "split.json").read_text(encoding="utf-8"))
    parts = ["dev", "test"] if test else ["dev"]
    paths = [HERE / "eval" / "documents" / name for part in parts for name in split["parts"][part]]
    paths += sorted((HERE / "eval" / "train" / "documents").iterdir())
    paths += write_corpus(Path(folder) / "synthetic", synthetic, seed) if synthetic else []
    if articles:
        (Path(folder) / "articles").mkdir(parents=True, exist_ok=True)
    return paths + [article_pdf(Path(folder) / "articles" / f"article-{i}.pdf", n_pages=8, seed=seed + i)
                     for i in range(articles)]


def dump(out, synthetic, seed, test=False, articles=0):
    """Write each document's report and sorted quads to ``out``; returns how many documents."""
    from ickg.extract.document import extract
    from ickg.model.populate import record_quads

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ickg-identity-") as tmp:
        paths = documents(tmp, synthetic, seed, test, articles)
        for path in paths:
            record = extract(path)
            report = json.dumps(record.as_json(), indent=1, sort_keys=True, ensure_ascii=False)
            quads = "\n".join(sorted(str(q) for q in record_quads(record)))
            (out / f"{path.parent.name}__{path.name}.txt").write_text(f"{report}\n{quads}\n", encoding="utf-8")
    return len(paths)


def compare(before, after):
    """Names of the documents whose dumps differ or are in one folder only."""
    before, after = Path(before), Path(after)
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    return [n for n in names if not ((before / n).is_file() and (after / n).is_file()
                                     and (before / n).read_bytes() == (after / n).read_bytes())]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write every document's report and quads into a folder")
    d.add_argument("out")
    d.add_argument("--synthetic", type=int, default=200, help="synthetic abstracts besides the eval documents")
    d.add_argument("--seed", type=int, default=3)
    d.add_argument("--articles", type=int, default=0, help="synthetic 8-page PDF articles besides (default 0)")
    d.add_argument("--test", action="store_true", help="also the test part of the evaluation set (run, never tune)")
    c = sub.add_parser("compare", help="list the documents whose dumps differ")
    c.add_argument("before")
    c.add_argument("after")
    args = parser.parse_args()
    if args.command == "dump":
        print(f"{dump(args.out, args.synthetic, args.seed, args.test, args.articles)} documents written to {args.out}")
        return 0
    differ = compare(args.before, args.after)
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(differ)} of {len(list(Path(args.before).iterdir()))} documents differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
