"""Plain-language scores for Dutch and French texts.

Flesch–Douma (Dutch) and Kandel–Moles (French) are the Flesch Reading Ease
formula with constants fitted to each language. We compute them ourselves from
textstat's syllable and sentence counts so that the formula is explicit here
and does not change under us when textstat changes its defaults.
Higher is easier; 60 or more is plain enough for most adults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import textstat

# (base, per word-per-sentence, per syllable-per-word)
_FORMULAS = {
    "nl": (206.84, 0.93, 77.0),  # Douma (1960)
    "fr": (207.0, 1.015, 73.6),  # Kandel & Moles (1958)
}
TARGET = {"nl": 60.0, "fr": 60.0}
FORMULA_NAMES = {"nl": "Flesch–Douma", "fr": "Kandel–Moles"}

_MARKDOWN_NOISE = re.compile(r"(!?\[([^\]]*)\]\([^)]*\))|[#*_>`|]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?:;]+(?:\s|$)|\n\s*\n|\n\s*[-*+]\s|\n\s*\d+\.\s")


@dataclass(frozen=True)
class Score:
    value: float
    language: str

    @property
    def target(self) -> float:
        return TARGET[self.language]

    @property
    def meets_target(self) -> bool:
        return self.value >= self.target

    @property
    def formula(self) -> str:
        return FORMULA_NAMES[self.language]


def plain_text(markdown_text: str) -> str:
    """Drop Markdown syntax but keep link texts, so that only prose is scored."""
    return _MARKDOWN_NOISE.sub(lambda m: m.group(2) or " ", markdown_text or "")


def score(text: str, language: str) -> Score | None:
    """Return the plain-language score of a text, or None when there is no text."""
    text = plain_text(text)
    words = _WORD.findall(text)
    if not words:
        return None
    sentences = max(1, len([s for s in _SENTENCE_END.split(text) if _WORD.search(s or "")]))
    textstat.set_lang(language)
    syllables = sum(max(1, textstat.syllable_count(w)) for w in words)
    base, per_sentence, per_syllable = _FORMULAS[language]
    value = base - per_sentence * (len(words) / sentences) - per_syllable * (syllables / len(words))
    return Score(value=round(value, 1), language=language)
