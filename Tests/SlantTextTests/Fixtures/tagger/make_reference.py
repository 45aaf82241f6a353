#!/usr/bin/env python3
"""Writes the tagger fixtures: the seed sentences tagged by the REFERENCE Python tagger.

The reference is PerceptronTagger from PyPI textblob-aptagger 0.2.0, unmodified, with the
pickled model it ships (trontagger-0.1.0.pickle), from which Slant's
Sources/SlantText/Resources/ap_tagger/*.tsv were converted.

How it was run (Python 3.11, Swift 6.3, from the package root):

    python3 -m venv /tmp/aptagger-venv
    /tmp/aptagger-venv/bin/pip install textblob-aptagger==0.2.0   # pulls textblob, nltk
    /tmp/aptagger-venv/bin/python Tests/SlantTextTests/Fixtures/tagger/make_reference.py \
        --slant > Tests/SlantTextTests/Fixtures/tagger/reference_tags.tsv
    /tmp/aptagger-venv/bin/python Tests/SlantTextTests/Fixtures/tagger/make_reference.py \
        > Tests/SlantTextTests/Fixtures/tagger/reference_tags_plain.tsv

reference_tags.tsv holds Slant's own tokens (what the tagger sees in the pipeline);
reference_tags_plain.tsv holds the raw seed text tokenized by the simple tokenizer below, which
keeps curly quotes and apostrophes ("Assad’s" -> "Assad", "’s") and so also exercises words
the model has never seen and non-ASCII code-point slicing.

textblob-aptagger 0.2.0 imports `textblob.packages`, which current textblob (0.20) no longer
has; it was only a re-export of nltk, so a two-line shim module provides it. The tagger code
itself runs as published. nltk's tokenizers are never used: we call `tag(..., tokenize=False)`.

Tokens, in order of preference:
  --slant        Slant's own segmentation: a throw-away Swift package (in a temporary folder,
                 depending on this checkout) runs TextAnalyzer on the bundled seeds and prints
                 each sentence's tokens as Token.pennText — exactly what AnalysedDocument hands
                 the tagger. Takes a minute or two to build.
  --tokens FILE  a TSV of `sentence_id<TAB>token` lines made some other way.
  (neither)      a small Penn-style tokenizer below, applied to every line (paragraph) of the
                 five seeds in seeds/*.txt.
Sentence ids are `<first 3 characters of the document id>.<sentence index>`.

Columns of the output:
  sentence_id  token  tag  doc_tag
`tag` comes from tagging each sentence on its own, tag(" ".join(tokens), tokenize=False), so
every sentence starts from the -START- context. `doc_tag` comes from ONE call per document,
tag("\n".join(sentences), tokenize=False): the reference rebuilds the word context for each
line but does not reset prev/prev2, so the first two tags of each later sentence may differ.
"""
import argparse
import collections
import glob
import os
import re
import subprocess
import sys
import tempfile
import types

import nltk
import textblob

# textblob-aptagger 0.2.0 does `from textblob.packages import nltk`; provide that module.
_shim = types.ModuleType("textblob.packages")
_shim.nltk = nltk
sys.modules["textblob.packages"] = _shim

import textblob_aptagger  # noqa: E402
from textblob_aptagger import PerceptronTagger  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "jr", "sr",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "inc", "corp", "co", "ltd", "prof", "pres", "adm", "capt", "rev",
}
OPENERS = "\"“‘'([{"
CLOSERS = "\"”’')]},;:?!"
CLITICS = re.compile(r"^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$", re.IGNORECASE)
INNER_DASH = re.compile(r"(—|–|--|…|\.\.\.)")


def is_abbreviation(chunk):
    """'U.S.', 'R.-Tenn.', 'J.', 'Sen.': a period that belongs to the word."""
    stem = chunk.rstrip(".")
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", chunk) or re.fullmatch(r"[A-Z]", stem):
        return True
    if re.fullmatch(r"[A-Z]\.-[A-Z][a-z]+\.", chunk):
        return True
    return stem.lower() in ABBREVIATIONS


def split_sentences(paragraph):
    words = paragraph.split()
    sentences, current = [], []
    for index, word in enumerate(words):
        current.append(word)
        core = word.rstrip("\"”’')")
        following = words[index + 1] if index + 1 < len(words) else ""
        ends = core.endswith((".", "!", "?", "…")) and not (core.endswith(".") and is_abbreviation(core))
        starts_next = following[:1].isupper() or following[:1] in "\"“‘("
        if ends and (starts_next or not following):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def tokenize_chunk(chunk, last):
    head, tail = [], []
    while chunk and chunk[0] in OPENERS:
        head.append(chunk[0])
        chunk = chunk[1:]
    while chunk:
        if chunk[-1] in CLOSERS:
            tail.insert(0, chunk[-1])
            chunk = chunk[:-1]
        elif chunk.endswith("...") or chunk.endswith("…"):
            size = 3 if chunk.endswith("...") else 1
            tail.insert(0, chunk[-size:])
            chunk = chunk[:-size]
        elif chunk.endswith(".") and last and not tail and not is_abbreviation(chunk):
            tail.insert(0, ".")
            chunk = chunk[:-1]
        else:
            break
    middle = []
    for piece in INNER_DASH.split(chunk):
        if not piece:
            continue
        match = CLITICS.match(piece)
        if match and not INNER_DASH.fullmatch(piece):
            middle.extend([match.group(1), match.group(2)])
        else:
            middle.append(piece)
    return head + middle + tail


def tokenize_sentence(words):
    tokens = []
    for index, chunk in enumerate(words):
        tokens.extend(tokenize_chunk(chunk, index == len(words) - 1))
    return [t for t in tokens if t]


def seed_sentences():
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        document = os.path.basename(path)[:3]
        with open(path, encoding="utf-8") as handle:
            paragraphs = [line.strip() for line in handle if line.strip()]
        number = 0
        for paragraph in paragraphs:
            for words in split_sentences(paragraph):
                yield document, f"{document}.{number:03d}", tokenize_sentence(words)
                number += 1


def dumped_sentences(lines):
    sentences = collections.OrderedDict()
    for line in lines:
        sentence_id, token = line.rstrip("\n").split("\t")
        sentences.setdefault(sentence_id, []).append(token)
    for sentence_id, tokens in sentences.items():
        yield sentence_id.split(".")[0], sentence_id, tokens


SLANT_DUMP_PACKAGE = """// swift-tools-version: 6.1
import PackageDescription
let package = Package(
    name: "SeedTokenDump",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "%s")],
    targets: [.executableTarget(name: "seed-token-dump", dependencies: [.product(name: "SlantText", package: "%s")])]
)
"""

SLANT_DUMP_MAIN = """import SlantText

// Prints `sentence_id<TAB>pennText` for every token of the bundled seeds, as segmented by Slant.
let corpus = try Corpus.seeds(strict: true)
for document in corpus.documents {
    let analysed = TextAnalyzer.analyse(document)
    let prefix = String(document.id.prefix(3))
    for (index, sentence) in analysed.sentences.enumerated() {
        let sentenceID = prefix + "." + String(repeating: "0", count: max(0, 3 - String(index).count)) + String(index)
        for token in analysed.tokens(of: sentence) {
            print(sentenceID + "\\t" + token.pennText)
        }
    }
}
"""


def slant_sentences():
    """Slant's own tokens of the seeds, from a temporary package that depends on this checkout."""
    with tempfile.TemporaryDirectory(prefix="slant-token-dump-") as folder:
        os.makedirs(os.path.join(folder, "Sources", "seed-token-dump"))
        with open(os.path.join(folder, "Package.swift"), "w", encoding="utf-8") as handle:
            handle.write(SLANT_DUMP_PACKAGE % (ROOT, os.path.basename(ROOT)))
        with open(os.path.join(folder, "Sources", "seed-token-dump", "main.swift"), "w", encoding="utf-8") as handle:
            handle.write(SLANT_DUMP_MAIN)
        result = subprocess.run(
            ["swift", "run", "--package-path", folder, "-c", "release", "seed-token-dump"],
            check=True, stdout=subprocess.PIPE, encoding="utf-8")
        return list(dumped_sentences(result.stdout.splitlines()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slant", action="store_true", help="use Slant's own segmentation of the seeds")
    parser.add_argument("--tokens", help="sentence_id<TAB>token TSV")
    args = parser.parse_args()
    if args.slant:
        sentences = slant_sentences()
        source = "Slant's TextAnalyzer, Token.pennText"
    elif args.tokens:
        with open(args.tokens, encoding="utf-8") as handle:
            sentences = list(dumped_sentences(handle))
        source = f"--tokens {os.path.basename(args.tokens)}"
    else:
        sentences = list(seed_sentences())
        source = "make_reference.py's Penn-style tokenizer"

    tagger = PerceptronTagger()
    by_document = collections.OrderedDict()
    for document, sentence_id, tokens in sentences:
        # The reference splits on whitespace: every token must survive " ".join(...).split().
        assert " ".join(tokens).split() == tokens, (sentence_id, tokens)
        by_document.setdefault(document, []).append((sentence_id, tokens))

    out = sys.stdout
    out.write("# Reference tags of the seed sentences by textblob-aptagger "
              f"{textblob_aptagger.__version__} (tokens: {source}).\n")
    out.write("# Generated by make_reference.py; see its docstring. Do not edit by hand.\n")
    out.write("# sentence_id\ttoken\ttag\tdoc_tag\n")
    for document, items in by_document.items():
        whole = tagger.tag("\n".join(" ".join(tokens) for _, tokens in items), tokenize=False)
        whole_tags = iter(tag for _, tag in whole)
        for sentence_id, tokens in items:
            tagged = tagger.tag(" ".join(tokens), tokenize=False)
            assert [word for word, _ in tagged] == tokens
            for token, (_, tag) in zip(tokens, tagged):
                out.write(f"{sentence_id}\t{token}\t{tag}\t{next(whole_tags)}\n")
        assert next(whole_tags, None) is None


if __name__ == "__main__":
    main()
