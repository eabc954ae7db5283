#!/usr/bin/env python3
"""Removes from the training corpus every line that is, loosely, a message of an evaluation set.

Run from the repository root before a fresh set's first run:
    python3 dialogs/Understanding/Intents/Corpus/decontaminate.py <evaluation files...>

Evaluation files may be JSONL owner sets ({"text": ..., "intent": ...}), plain-text general-domain sets (one message a
line) or conversation scenarios (JSON with "turns"). Two messages match when they are equal after ignoring case,
full/half width, whitespace, punctuation and emoji; a message that is only emoji or punctuation is its own key.
Both the hand-written files (written/*.tsv, "intent<TAB>text") and the template files (*.tsv, one text a line) are
rewritten in place; the count removed per file is printed. Removing a line retrains the model at the next start.
"""
import glob
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def key(text):
    folded = unicodedata.normalize("NFKC", text).lower()
    kept = "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")
    return kept if kept else "".join(folded.split())


def evaluation_messages(path):
    if path.endswith(".jsonl"):
        with open(path, encoding="utf-8") as f:
            return [json.loads(line)["text"] for line in f if line.strip()]
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            return list(json.load(f).get("turns", []))
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def text_of(line, hand_written):
    return line.split("\t", 1)[1] if hand_written and "\t" in line else line


def main(paths):
    keys = set()
    for path in paths:
        keys.update(key(m) for m in evaluation_messages(path) if m.strip())
    keys.discard("")
    total = 0
    for hand_written, pattern in ((True, "written/*.tsv"), (False, "*.tsv")):
        for tsv in sorted(glob.glob(os.path.join(HERE, pattern))):
            with open(tsv, encoding="utf-8") as f:
                lines = f.read().split("\n")
            kept = [l for l in lines if not l or key(text_of(l, hand_written)) not in keys]
            removed = len(lines) - len(kept)
            if removed:
                with open(tsv, "w", encoding="utf-8") as f:
                    f.write("\n".join(kept))
                print(f"{os.path.relpath(tsv, HERE)}: {removed} removed")
                total += removed
    print(f"{total} lines removed against {len(keys)} evaluation messages")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
