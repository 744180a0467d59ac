"""Name keys that let spellings of one name meet (design.md §2 rule 9).

Persian names reach the dossier in many Latin spellings (Rouhani/Rohani,
Khamenei/Khamene'i, Mohaddessin/Mohaddesin) and in Persian script, typed with
Arabic or Persian letters, with or without a zero-width non-joiner. Three keys
compare them:

* ``fold``: one spelling's words, lower-case ASCII — diacritics dropped (Fayçal →
  faycal), Persian script normalised then transliterated, apostrophes removed
  inside words (Khamene'i → khamenei), other punctuation a word break.
* ``skeleton``: each folded word reduced to its consonants, with digraphs as one
  sound and doubled letters once (rouhani, rohani → rhn; montazeri, montazari →
  mntzr). Persian script writes no short vowels, so its transliteration reduces
  to the same skeleton as the Latin spellings (خامنه‌ای → xmn, as Khamenei).
* ``similarity``: rapidfuzz's ratio of two folded words, for typos the skeleton
  does not absorb.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii
from rapidfuzz import fuzz

# Dossier files store these keys: a change to fold or skeleton bumps it, and stored keys are recomputed.
KEYS_VERSION = 1

# Arabic code points Persian writes differently, and characters that only shape text.
_PERSIAN_LETTERS = str.maketrans({
    "\u064a": "\u06cc",  # Arabic yeh ي → Persian yeh ی
    "\u0649": "\u06cc",  # alef maksura ى → ی
    "\u0643": "\u06a9",  # Arabic kaf ك → Persian keheh ک
    "\u0629": "\u0647",  # teh marbuta ة → heh ه
    "\u06c0": "\u0647",  # heh with yeh above ۀ → ه
    "\u200c": None,      # zero-width non-joiner: joins parts of one word
    "\u200d": None,      # zero-width joiner
    "\u0640": None,      # tatweel (kashida), a stretching stroke
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
})
# Short-vowel marks and other Arabic-script diacritics, which Persian text usually omits.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
# Marks that stand for a glottal stop or an ayn inside a romanised word: Khamene'i, Ja`far.
_INWORD_MARKS = re.compile("['`\u2018\u2019\u02bb\u02bc\u02be\u02bf\u00b4]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")

# Sounds written with two Latin letters, replaced by one stand-in letter before vowels go.
_DIGRAPHS = (("kh", "x"), ("gh", "q"), ("sh", "S"), ("ch", "C"), ("zh", "Z"), ("dj", "j"),
             ("th", "t"), ("ph", "f"), ("ck", "k"))
_SKELETON_VOWELS = re.compile("[aeiouyw]")
_TRAILING_H = re.compile("(?<=.)h+$")
_DOUBLED = re.compile(r"(.)\1+")


def normalise_persian(text: str) -> str:
    """Persian script as one spelling: Persian letters, no ZWNJ or vowel marks, ASCII digits."""
    return _ARABIC_MARKS.sub("", text.translate(_PERSIAN_LETTERS))


def fold(text: str | None) -> str:
    """The words of a text as lower-case ASCII separated by single spaces."""
    if not text:
        return ""
    text = normalise_persian(unicodedata.normalize("NFKC", text))
    ascii_text = anyascii(text).lower()
    return " ".join(_NOT_WORD.sub(" ", _INWORD_MARKS.sub("", ascii_text)).split())


def words(text: str | None) -> list[str]:
    return fold(text).split()


def word_skeleton(word: str) -> str:
    """One folded word's consonant skeleton; a word of only vowels stands for itself."""
    reduced = word
    for pair, letter in _DIGRAPHS:
        reduced = reduced.replace(pair, letter)
    reduced = reduced.replace("c", "k")  # a lone c is a k in romanised names (Cazem, Kazem)
    reduced = _TRAILING_H.sub("", _SKELETON_VOWELS.sub("", reduced))
    reduced = _DOUBLED.sub(r"\1", reduced)
    return reduced or word


def skeleton(text: str | None) -> str:
    """The skeletons of a text's folded words, in order, one per word."""
    return " ".join(word_skeleton(word) for word in words(text))


def similarity(first: str, second: str) -> float:
    """How alike two folded words are, 0–100 (rapidfuzz's normalised Indel ratio)."""
    return fuzz.ratio(first, second)
