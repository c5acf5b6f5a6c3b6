"""BM25 retrieval over the bundled markdown chapters, split into sections at their headings."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    "a an and are as at be by can do does for from how i in is it its of on or that the this to what when "
    "where which who why with you your".split()
)


def tokenize(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS]


@dataclass(frozen=True)
class Passage:
    document: str
    section: str
    text: str


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float


def split_sections(document: str, markdown: str) -> list[Passage]:
    """One passage per `#`/`##` section; the heading travels with its text so it is searchable."""
    passages: list[Passage] = []
    heading, lines = document, []
    for line in markdown.splitlines():
        if line.startswith("#"):
            if any(s.strip() for s in lines):
                passages.append(Passage(document, heading, "\n".join(lines).strip()))
            heading, lines = line.lstrip("#").strip(), []
        else:
            lines.append(line)
    if any(s.strip() for s in lines):
        passages.append(Passage(document, heading, "\n".join(lines).strip()))
    return passages


class Bm25Index:
    def __init__(self, passages: list[Passage], k1: float = 1.5, b: float = 0.75) -> None:
        self.passages = passages
        self.k1, self.b = k1, b
        self._terms = [Counter(tokenize(f"{p.section} {p.text}")) for p in passages]
        self._lengths = [sum(t.values()) for t in self._terms]
        self._avg = (sum(self._lengths) / len(passages)) if passages else 0.0
        df: Counter[str] = Counter()
        for terms in self._terms:
            df.update(terms.keys())
        n = len(passages)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    @classmethod
    def from_directory(cls, directory: Path = CORPUS_DIR) -> Bm25Index:
        passages: list[Passage] = []
        for path in sorted(directory.glob("*.md")):
            passages.extend(split_sections(path.name, path.read_text(encoding="utf-8")))
        return cls(passages)

    def search(self, query: str, limit: int = 3) -> list[Hit]:
        words = set(tokenize(query))
        hits: list[Hit] = []
        for passage, terms, length in zip(self.passages, self._terms, self._lengths):
            score = 0.0
            for word in words:
                tf = terms.get(word, 0)
                if tf:
                    norm = tf + self.k1 * (1 - self.b + self.b * length / self._avg)
                    score += self._idf[word] * tf * (self.k1 + 1) / norm
            if score > 0:
                hits.append(Hit(passage, round(score, 4)))
        hits.sort(key=lambda h: (-h.score, h.passage.document, h.passage.section))
        return hits[:limit]


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def compose_answer(query: str, hits: list[Hit], max_sentences: int = 3) -> str:
    """An extractive answer: the sentences of the best passage that share words with the query, in order."""
    if not hits:
        return "I could not find anything about that in the book. Try asking about ROS 2, sensors, simulation or humanoid control."
    words = set(tokenize(query))
    best = hits[0].passage
    flat = " ".join(line.strip("-* ") for line in best.text.splitlines() if line.strip())
    sentences = [s.strip() for s in _SENTENCE.split(flat) if s.strip()]
    matching = [s for s in sentences if words & set(tokenize(s))] or sentences
    answer = f'From "{best.section}" ({best.document}): ' + " ".join(matching[:max_sentences])
    others = [f'"{h.passage.section}" ({h.passage.document})' for h in hits[1:]]
    return answer + (f" See also {', '.join(others)}." if others else "")
