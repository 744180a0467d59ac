"""Names kept in memory for matching in any spelling: exact, word, skeleton and fuzzy tiers."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .. import names
from .index import NAME_KINDS

# --- names -----------------------------------------------------------------------------

EXACT, WORDS, VARIANT, FULL_TEXT = 4, 3, 2, 1
_PREFIX_WORDS_PER_QUERY_WORD = 300
_FUZZY_WORDS_PER_QUERY_WORD = 15
_FUZZY_CUTOFF = 75
_NAMES_SCORED = 300


@dataclass(frozen=True)
class NameEntry:
    kind: str
    record_id: str
    field: str
    name: str
    folded: str
    words: tuple[str, ...]
    compact: str


@dataclass
class NameMatch:
    entry: NameEntry
    score: float
    matched_words: set[str]
    query: str = ""  # as the user wrote it, to say why a near spelling matched

    @property
    def near(self) -> bool:
        """Matched by a near spelling (a skeleton, a typo, a spacing variant), not by the words asked for."""
        return self.score < WORDS * 100


class NameIndex:
    """Every name's keys in memory, arranged for exact, prefix, skeleton and fuzzy look-up."""

    def __init__(self, rows: Iterable[tuple], recompute: bool = False):
        self.entries: list[NameEntry] = []
        self.by_folded: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        self.words_of_skeleton: dict[str, set[str]] = {}
        for kind, record_id, field_name, name, folded, skeleton in rows:
            if folded is None or recompute:  # keys a read-only file lacks or holds from an older version
                folded, skeleton = names.fold(name), names.skeleton(name)
            words = tuple(folded.split())
            entry = NameEntry(kind, record_id, field_name, name, folded, words, folded.replace(" ", ""))
            index = len(self.entries)
            self.entries.append(entry)
            self.by_folded.setdefault(folded, []).append(index)
            if entry.compact != folded:
                self.by_folded.setdefault(entry.compact, []).append(index)
            for word, word_skeleton in zip(words, skeleton.split()):
                entries = self.by_word.setdefault(word, [])
                if not entries or entries[-1] != index:
                    entries.append(index)
                self.words_of_skeleton.setdefault(word_skeleton, set()).add(word)
        self.sorted_words = sorted(self.by_word)
        self.words_by_initial: dict[str, list[str]] = {}
        for word in self.sorted_words:
            self.words_by_initial.setdefault(word[0], []).append(word)
        # Every compact name in one string, for substring search at C speed.
        self.compact_text = "\n".join(entry.compact for entry in self.entries)
        self.compact_starts = list(itertools.accumulate((len(e.compact) + 1 for e in self.entries), initial=0))

    def _word_candidates(self, word: str) -> dict[str, tuple[int, float]]:
        """Index words a query word may stand for: word -> (tier, quality 0–1)."""
        found: dict[str, tuple[int, float]] = {}

        def offer(candidate: str, tier: int, quality: float) -> None:
            if found.get(candidate, (0, 0.0)) < (tier, quality):
                found[candidate] = (tier, quality)

        start = bisect.bisect_left(self.sorted_words, word)
        prefixed = []
        for candidate in self.sorted_words[start:]:
            if not candidate.startswith(word):
                break
            prefixed.append(candidate)
        for candidate in sorted(prefixed, key=len)[:_PREFIX_WORDS_PER_QUERY_WORD]:
            offer(candidate, WORDS, len(word) / len(candidate))
        word_skeleton = names.word_skeleton(word)
        if len(word_skeleton) >= 2:
            for candidate in self.words_of_skeleton.get(word_skeleton, ()):
                offer(candidate, VARIANT, 0.5 + names.similarity(word, candidate) / 200)
        if len(word) >= 4:
            # Typos rarely hit a name's first letter (and vowel slips there meet by skeleton).
            for candidate, ratio, _ in process.extract(
                word, self.words_by_initial.get(word[0], ()), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF,
                limit=_FUZZY_WORDS_PER_QUERY_WORD,
            ):
                offer(candidate, VARIANT, 0.9 * ratio / 100)
        return found

    def _containing(self, text: str) -> list[int]:
        """Entries whose compact name contains text."""
        found, position = [], self.compact_text.find(text)
        while position >= 0:
            index = bisect.bisect_right(self.compact_starts, position) - 1
            found.append(index)
            position = self.compact_text.find(text, self.compact_starts[index + 1])
        return found

    def match(self, query: str, kinds: Iterable[str] = NAME_KINDS) -> list[NameMatch]:
        """Names the query may stand for, best first within each record."""
        folded = names.fold(query)
        if not folded:
            return []
        kinds = set(kinds)
        query_words = folded.split()
        compact = folded.replace(" ", "")
        matches: dict[int, NameMatch] = {}

        def keep(index: int, score: float, matched: set[str]) -> None:
            if self.entries[index].kind in kinds and (index not in matches or matches[index].score < score):
                matches[index] = NameMatch(self.entries[index], score, matched, query)

        for index in self.by_folded.get(folded, []) + self.by_folded.get(compact, []):
            keep(index, EXACT * 100 + 99, set(self.entries[index].words))

        candidates = [self._word_candidates(word) for word in query_words]
        if all(candidates):
            entry_sets = [
                {index for word in found for index in self.by_word[word]} for found in candidates
            ]
            meeting = set.intersection(*sorted(entry_sets, key=len))
            if len(meeting) > _NAMES_SCORED:
                # A short prefix meets thousands of names; the shortest fit it best.
                meeting = sorted(meeting, key=lambda i: len(self.entries[i].compact))[:_NAMES_SCORED]
            for index in meeting:
                entry = self.entries[index]
                tiers, qualities, matched = [], [], set()
                for found in candidates:
                    tier, quality, word = max(
                        (found[w] + (w,) for w in entry.words if w in found), default=(0, 0.0, "")
                    )
                    tiers.append(tier)
                    qualities.append(quality)
                    matched.add(word)
                coverage = min(1.0, len(query_words) / len(entry.words))
                leads = entry.words[0] in candidates[0]
                within = 60 * sum(qualities) / len(qualities) + 30 * coverage + (9 if leads else 0)
                keep(index, min(tiers) * 100 + within, matched)

        if len(query_words) >= 3:
            # A fuller form of a name ("Ali Akbar Hashemi Rafsanjani" for "Akbar Hashemi Rafsanjani"):
            # every word of the name is in the query, which has one word more.
            for skipped in range(len(query_words)):
                rest = candidates[:skipped] + candidates[skipped + 1:]
                if not all(rest):
                    continue
                entry_sets = [{index for word in found for index in self.by_word[word]} for found in rest]
                for index in set.intersection(*sorted(entry_sets, key=len)):
                    entry = self.entries[index]
                    if index in matches or len(entry.words) > len(rest):
                        continue
                    matched = {max((found[w] + (w,) for w in entry.words if w in found))[2] for found in rest}
                    if matched >= set(entry.words):
                        keep(index, WORDS * 100 + 60 * len(rest) / len(query_words), matched)

        if len(compact) >= 4:
            # Spacing variants: "خامنه ای" for خامنه‌ای, "hashemirafsanjani".
            for index in self._containing(compact):
                if index not in matches:
                    entry_compact = self.entries[index].compact
                    tier = WORDS if entry_compact.startswith(compact) else VARIANT
                    keep(index, tier * 100 + 50 * len(compact) / len(entry_compact), set())
        return sorted(matches.values(), key=lambda m: -m.score)


