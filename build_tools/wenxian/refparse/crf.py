"""A learned reader of reference lines: a CRF sequence labeller (anystyle's approach).

Each token of a line (a run of CJK characters, a word, a number, one
punctuation mark) is labelled with the element it belongs to (``author``,
``year``, ``title``, ``container``, ``volume``, ``issue``, ``pages``,
``publisher``, ``address``) or ``O``; runs of one label are the spans. The
model (python-crfsuite) is trained, when first needed, on the hand-labelled
lists in ``labelled/`` (:mod:`.labelled`: the self-written lists, and in
``labelled/real/`` copies of the real lists every earlier round has seen): a
new style is new data, not new code. Training is deterministic (L-BFGS, fixed parameters), so the same data
gives the same model. DOI and URL are taken out by pattern before labelling.

Training on every list takes seconds (about ten on a quiet machine), too long for each import: the
model is built once and shipped (``data/crf.model``, with the key of what it was built from in
``data/crf.model.key``: a hash of this module, :mod:`.labelled` and every training list). Where the
key differs — a developer changed the data or the features — the model is trained once and kept in
the user's cache (``$XDG_CACHE_HOME/wenxian``, by key); ``python -m wenxian.refparse.crf`` builds the
shipped one again (a test says when it is due).

A labelling is kept only when the model is sure of it: the probability of the
whole sequence must reach :data:`MIN_PROBABILITY`.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from wenxian.refparse.labelled import REAL_TRAINING_DIR, TRAINING_DIR, load_dir
from wenxian.refparse.spans import Spans, take_identifiers

LABELS = ("author", "year", "title", "container", "volume", "issue", "pages", "publisher", "address")
MIN_PROBABILITY = 0.2  # chosen by leave-one-list-out on the training lists: no wrong field
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z][A-Za-z'’\-]*|\d+[a-z]?|\S")
_YEAR = re.compile(r"^(1[6-9]\d\d|20\d\d)[a-z]?$")


def tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _shape(tok: str) -> str:
    if re.match(r"[\u3400-\u9fff]", tok):
        return "C" if len(tok) < 4 else "CCCC"
    if _YEAR.match(tok):
        return "YEAR"
    if tok.isdigit():
        return "d" * min(len(tok), 4)
    if tok.isalpha() or "-" in tok or "'" in tok:
        if tok.isupper():
            return "A" if len(tok) == 1 else "AA"
        return "Aa" if tok[0].isupper() else "a"
    return tok


def features(text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
    words = [text[s:e] for s, e in spans]
    shapes = [_shape(w) for w in words]
    out: list[list[str]] = []
    periods = 0
    seen_year = False
    quote = False
    paren = False
    n = len(words)
    for i, (w, (s, e)) in enumerate(zip(words, spans)):
        f = [f"w={w.lower()}", f"sh={shapes[i]}", f"pos={5 * i // max(n, 1)}",
             f"areas={min(periods, 5)}", f"year_seen={seen_year}", f"quote={quote}", f"paren={paren}",
             f"sp={s > 0 and text[s - 1] == ' '}", f"len={min(len(w), 8)}"]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"w{d}={words[j].lower()}")
                f.append(f"sh{d}={shapes[j]}")
            else:
                f.append(f"w{d}=<edge>")
        f.append(f"sh-1:sh={shapes[i - 1] if i else '^'}:{shapes[i]}")
        f.append(f"sh:sh+1={shapes[i]}:{shapes[i + 1] if i + 1 < n else '$'}")
        out.append(f)
        if w in ".。" and i + 1 < n and spans[i + 1][0] > e:
            periods += 1
        if _YEAR.match(w):
            seen_year = True
        if w in "“\"":
            quote = not quote if w == '"' else True
        elif w == "”":
            quote = False
        if w in "(（":
            paren = True
        elif w in ")）":
            paren = False
    return out


def _training_sequences(exclude: str = "") -> list[tuple[list[list[str]], list[str]]]:
    sequences = []
    # The real lists beside the self-written ones (round 13, issue 13): trained on the self-written
    # lists alone (56 entries), the readers got 56.7 % of the fields of the dev CSL styles' lists right
    # and kept 734 of their 1397 entries verbatim; with the real lists too, 68.0 % and 522 (367 -> 368
    # wrong values); the held-out styles 61.3 -> 73.6 %, 331 -> 223 verbatim, 151 -> 133 wrong, the
    # held-out real lists 90.5 -> 91.4 % (0 -> 2 wrong) (benchmarks/reflist_score.py).
    for labelled in load_dir(TRAINING_DIR) + load_dir(REAL_TRAINING_DIR):
        if labelled.name == exclude:
            continue
        raw = labelled.raw
        for gold in labelled.entries:
            for entry in (gold, gold.translation):
                if entry is None:
                    continue
                end = entry.end
                if entry is gold and gold.translation is not None:
                    end = gold.translation.start
                chars = list(raw)
                for span in entry.spans:  # identifiers are taken by pattern, never labelled
                    if span.name in ("url", "doi"):
                        for k in range(span.start, span.end):
                            chars[k] = " "
                segment = "".join(chars[entry.start:end]).replace("\n", " ")
                toks = tokens(segment)
                labels = []
                for s, e in toks:
                    at = entry.start + s
                    name = next((sp.name for sp in entry.spans if sp.start <= at < sp.end
                                 and sp.name in LABELS), "O")
                    labels.append(name)
                sequences.append((features(segment, toks), labels))
    return sequences


_MODELS: list[bytes] = []
SHIPPED_MODEL = Path(__file__).with_name("data") / "crf.model"
SHIPPED_KEY = SHIPPED_MODEL.with_name("crf.model.key")


def model_key() -> str:
    """What the model is built from, as a hash: this module's and :mod:`.labelled`'s source (the
    features, the reading of the lists), the parameters and every training list's name and bytes."""
    digest = hashlib.sha256(repr(sorted(PARAMS.items())).encode())
    here = Path(__file__)
    for source in (here, here.with_name("labelled.py")):
        digest.update(source.read_bytes())
    for path in sorted(TRAINING_DIR.rglob("*.txt")):
        digest.update(path.relative_to(TRAINING_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def train_model(exclude: str = "") -> bytes:
    """The model trained on every labelled list (but ``exclude``), as crfsuite writes it."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in _training_sequences(exclude):
        trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "refs.crfsuite"
        trainer.train(str(model))
        return model.read_bytes()


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wenxian"


def _model() -> bytes:
    """The model of every labelled list: the shipped one where its key is the data's, else the one
    trained for this key before and kept in the user's cache, else trained now (and kept there)."""
    key = model_key()
    try:
        if SHIPPED_KEY.read_text(encoding="ascii").strip() == key:
            return SHIPPED_MODEL.read_bytes()
    except OSError:
        pass
    cached = _cache_dir() / f"crf-{key[:32]}.model"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    data = train_model()
    try:  # written whole or not at all: another process may read it at the same time
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, cached)
    except OSError:
        pass  # no cache where the home is read-only: trained again next time
    return data


@lru_cache(maxsize=None)
def _tagger(exclude: str = ""):
    """The model of every labelled list (but ``exclude``, for cross-validation: trained each time)."""
    import pycrfsuite

    data = train_model(exclude) if exclude else _model()
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(data)  # crfsuite reads the model in place: ``data`` must outlive it
    _MODELS.append(data)
    return tagger


def build_shipped_model() -> Path:
    """Train the model on every labelled list and write it, with its key, where the package ships it."""
    SHIPPED_MODEL.parent.mkdir(exist_ok=True)
    SHIPPED_MODEL.write_bytes(train_model())
    SHIPPED_KEY.write_text(model_key() + "\n", encoding="ascii")
    return SHIPPED_MODEL


def label(text: str) -> tuple[list[tuple[str, str]], float]:
    """``[(token, label)]`` for ``text`` and the probability of that labelling."""
    toks = tokens(text)
    if not toks:
        return [], 0.0
    tagger = _tagger()
    labels = tagger.tag(features(text, toks))
    return [(text[s:e], lab) for (s, e), lab in zip(toks, labels)], tagger.probability(labels)


def read_with_crf(text: str, exclude: str = "", min_probability: float = MIN_PROBABILITY
                  ) -> tuple[Spans, str] | None:
    """Spans read by the model from a line without its DOI and URL, or None when unsure."""
    toks = tokens(text)
    if not toks:
        return None
    tagger = _tagger(exclude)
    labels = tagger.tag(features(text, toks))
    if tagger.probability(labels) < min_probability:
        return None
    spans: Spans = {}
    k = 0
    while k < len(toks):
        name = labels[k]
        j = k
        while j + 1 < len(toks) and labels[j + 1] == name:
            j += 1
        if name != "O" and name not in spans:
            spans[name] = text[toks[k][0]:toks[j][1]].strip(" .,:;，。：；“”\"")
        k = j + 1
    return spans, "crf"


__all__ = ["label", "read_with_crf", "take_identifiers"]


if __name__ == "__main__":  # python -m wenxian.refparse.crf: build the shipped model again
    print(f"wrote {build_shipped_model()} (key {model_key()[:12]})", file=sys.stderr)
