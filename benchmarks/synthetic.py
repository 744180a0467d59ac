"""A deterministic synthetic dossier file, for benchmarks and load tests.

    python benchmarks/synthetic.py OUT.db --persons 10000 --terms 100000 --events 50000 \\
        --allegations 10000 --sources 2000 [--seed 1988]

Same arguments, same file contents (seeded random). Rows go in through the store's
connection in a few big transactions, with every date column's day-number bounds
derived as the store derives them: the generator only writes date forms whose bounds
it computes directly (day, month, year, "[..year]", "[year..]", ".."), and checks a
sample of each against ``app.domain.dates.bounds`` — parsing every date with the EDTF
library would take most of an hour at this size. Every claim row is cited with a
sentence that occurs verbatim in its source's text.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as _dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from a checkout

from app.domain import dates  # noqa: E402
from app.domain.opener import create_dossier  # noqa: E402
from app.domain.schema import DATE_COLUMNS  # noqa: E402

FIRST_YEAR, LAST_YEAR = 1979, 2016
AS_OF = "2016-09-07"
SYLLABLES = ("ab", "ba", "da", "far", "gol", "ha", "jam", "kar", "la", "ma", "na", "pour", "ra", "sa",
             "ta", "va", "za", "mo", "ha", "ir", "an", "reza", "ali", "hos", "sein", "ja", "fari", "mah")
WORDS = ("the", "council", "minister", "said", "report", "office", "province", "court", "statement",
         "according", "official", "session", "members", "decision", "announced", "committee", "year",
         "government", "assembly", "press", "conference", "sources", "record", "interview", "archive")
EVENT_KINDS = ("election", "decree", "protest", "trial", "appointment", "conference", "war", "legislation")
ORG_KINDS = ("ministry", "council", "court", "assembly", "party", "agency", "armed force", "province")
POSITION_WORDS = ("Minister", "Deputy Minister", "Director", "Chairman", "Member", "Secretary", "Governor",
                  "Prosecutor", "Commander", "Adviser", "Spokesman", "Head")


def day_bounds(text: str | None) -> tuple[int | None, int | None]:
    """Bounds of the date forms this generator writes, as ``dates.bounds`` gives them."""
    if text is None or text == dates.ONGOING:
        return None, None
    if text.startswith("[.."):
        return None, day_bounds(text[3:-1])[1]
    if text.endswith("..]"):
        return day_bounds(text[1:-3])[0], None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = dates.day_number(_dt.date(*parts))
        return day, day
    if len(parts) == 2:
        year, month = parts
        last = calendar.monthrange(year, month)[1]
        return dates.day_number(_dt.date(year, month, 1)), dates.day_number(_dt.date(year, month, last))
    return dates.day_number(_dt.date(parts[0], 1, 1)), dates.day_number(_dt.date(parts[0], 12, 31))


def check_bounds_agree() -> None:
    for text in ("1988-07-19", "1988-02", "1988", "[..1988]", "[1988..]", "[..1988-07]", "[1990-03-04..]"):
        expected = dates.bounds(text)
        if (expected.earliest, expected.latest) != day_bounds(text):
            raise AssertionError(f"synthetic bounds of {text} differ from the store's: {day_bounds(text)}")


def with_day_bounds(table: str, row: dict) -> dict:
    for column, _ in DATE_COLUMNS.get(table, ()):
        if column in row:
            row[f"{column}_earliest"], row[f"{column}_latest"] = day_bounds(row[column])
    return row


class Generator:
    def __init__(self, seed: int):
        self.random = random.Random(seed)

    def name(self) -> str:
        r = self.random
        first = "".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 3))).capitalize()
        last = "".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 4))).capitalize()
        return f"{first} {last}"

    def sentence(self, words: int = 14) -> str:
        r = self.random
        text = " ".join(r.choice(WORDS) for _ in range(words))
        return text[0].upper() + text[1:] + "."

    def day(self, first: int, last: int) -> int:
        return self.random.randint(first, last)

    def date_text(self, day: int, *, open_side: str | None = None) -> str:
        """A date at the precision sources give: mostly days, some months or years, a few open."""
        when = dates.day_from_number(day)
        roll = self.random.random()
        if open_side and roll < 0.03:
            return f"[..{when.year}]" if open_side == "start" else f"[{when.year}..]"
        if roll < 0.70:
            return when.isoformat()
        if roll < 0.90:
            return f"{when.year:04d}-{when.month:02d}"
        return str(when.year)


def generate(path: Path, *, persons: int, terms: int, events: int, allegations: int, sources: int,
             seed: int = 1988, progress=print) -> dict[str, int]:
    check_bounds_agree()
    gen = Generator(seed)
    r = gen.random
    first_day = dates.day_number(_dt.date(FIRST_YEAR, 1, 1))
    last_day = dates.day_number(_dt.date.fromisoformat(AS_OF))
    store = create_dossier(path)
    db = store.db
    started = time.perf_counter()
    citations: list[dict] = []
    source_sentences: list[list[str]] = []

    def cite(table: str, row_id: str) -> None:
        source = r.randrange(sources)
        sentence = r.choice(source_sentences[source])
        citations.append({"id": f"c-{table}-{row_id}", "source_id": f"source-{source:05d}", "record_table": table,
                          "record_id": row_id, "field": None, "quote": sentence, "locator": None, "note": None})

    with db.atomic():
        db["meta"].upsert_all([
            {"key": "title", "value": f"Synthetic dossier ({persons:,} persons, {terms:,} terms)"},
            {"key": "description", "value": "Generated for benchmarks. It records allegations as its sources "
                                            "report them; it does not establish them. Nothing in it is real."},
            {"key": "as_of", "value": AS_OF}, {"key": "dataset_version", "value": f"synthetic-{seed}"},
        ], pk="key")
        source_rows = []
        for index in range(sources):
            sentences = [gen.sentence(r.randint(8, 20)) for _ in range(60)]  # about 6,000 characters
            source_sentences.append(sentences)
            published = dates.day_from_number(gen.day(first_day, last_day)).isoformat()
            source_rows.append(with_day_bounds("sources", {
                "id": f"source-{index:05d}", "kind": "article", "title": f"Report {index:05d}: {gen.sentence(5)}",
                "author": gen.name(), "publisher": f"Gazette {index % 40}", "published": published,
                "url": None, "language": "en", "text": " ".join(sentences), "retrieved": None,
                "archived_url": None, "license": None, "interested_party": int(index % 17 == 0), "excerpt": 0}))
        db["sources"].insert_all(source_rows, batch_size=500)
        progress(f"sources: {sources:,} ({time.perf_counter() - started:.1f} s)")

        organisations = max(20, persons // 30)
        db["organizations"].insert_all(({
            "id": f"org-{i:04d}", "name": f"{r.choice(ORG_KINDS).title()} of {gen.name().split()[1]}",
            "kind": r.choice(ORG_KINDS), "country": None, "interested_party": int(i % 25 == 0), "summary": None,
        } for i in range(organisations)), batch_size=1000)
        positions = max(50, persons // 5)
        db["positions"].insert_all(({
            "id": f"position-{i:05d}", "title": f"{r.choice(POSITION_WORDS)} of {gen.name().split()[1]}",
            "organization_id": None if i % 23 == 0 else f"org-{r.randrange(organisations):04d}",
        } for i in range(positions)), batch_size=1000)

        person_rows, alias_rows = [], []
        for i in range(persons):
            name = gen.name()
            person_rows.append(with_day_bounds("persons", {
                "id": f"person-{i:05d}", "name": name, "name_native": None,
                "born": str(r.randint(1920, 1965)) if r.random() < 0.5 else None, "died": None,
                "summary": gen.sentence(12), "note": None}))
            for a in range(r.choice((1, 1, 2))):
                alias_rows.append({"id": f"alias-{i:05d}-{a}", "person_id": f"person-{i:05d}",
                                   "alias": name.replace("a", "e", 1 + a), "kind": "spelling"})
            cite("persons", f"person-{i:05d}")
        db["persons"].insert_all(person_rows, batch_size=1000)
        db["aliases"].insert_all(alias_rows, batch_size=1000)
        progress(f"persons: {persons:,}, aliases: {len(alias_rows):,} ({time.perf_counter() - started:.1f} s)")

        term_rows = []
        for i in range(terms):
            start = gen.day(first_day, last_day - 30)
            length = int(r.expovariate(1 / 1500)) + 30
            roll = r.random()
            end_text = dates.ONGOING if (start + length > last_day or roll < 0.04) else \
                None if roll < 0.07 else gen.date_text(min(start + length, last_day), open_side="end")
            start_text = gen.date_text(start, open_side="start")
            if end_text not in (None, dates.ONGOING) and day_bounds(end_text)[1] is not None \
                    and day_bounds(start_text)[0] is not None \
                    and day_bounds(end_text)[1] < day_bounds(start_text)[0]:
                end_text = dates.ONGOING
            term_rows.append(with_day_bounds("terms", {
                "id": f"term-{i:06d}", "person_id": f"person-{r.randrange(persons):05d}",
                "position_id": f"position-{r.randrange(positions):05d}", "start": start_text, "end": end_text,
                "note": None, "claim_group": None, "rank": "normal", "rank_reason": None}))
            cite("terms", f"term-{i:06d}")
        db["terms"].insert_all(term_rows, batch_size=2000)
        del term_rows
        progress(f"terms: {terms:,} ({time.perf_counter() - started:.1f} s)")

        event_rows = []
        for i in range(events):
            start = gen.day(first_day, last_day)
            is_point = r.random() < 0.6
            end = min(start + int(r.expovariate(1 / 60)) + 1, last_day)
            end_text = None if is_point else dates.day_from_number(end).isoformat()
            event_rows.append(with_day_bounds("events", {
                "id": f"event-{i:06d}", "title": gen.sentence(4)[:-1], "kind": r.choice(EVENT_KINDS),
                "start": gen.date_text(start) if is_point else dates.day_from_number(start).isoformat(),
                "end": end_text, "place": None, "summary": gen.sentence(10), "claim_group": None, "rank": "normal",
                "rank_reason": None}))
            cite("events", f"event-{i:06d}")
        db["events"].insert_all(event_rows, batch_size=2000)
        del event_rows
        progress(f"events: {events:,} ({time.perf_counter() - started:.1f} s)")

        allegation_rows = []
        made_first = dates.day_number(_dt.date(1990, 1, 1))
        for i in range(allegations):
            made = gen.day(made_first, last_day)
            conduct = gen.day(first_day, made - 1)
            conduct_year = dates.day_from_number(conduct).year
            allegation_rows.append(with_day_bounds("allegations", {
                "id": f"allegation-{i:05d}", "subject_id": f"person-{r.randrange(persons):05d}",
                "summary": gen.sentence(8)[:-1].lower(), "role": r.choice(("ordering", "participating", None)),
                "alleged_by_org_id": f"org-{r.randrange(0, organisations, 25):04d}" if r.random() < 0.8 else None,
                "alleged_by_person_id": None, "made_on": dates.day_from_number(made).isoformat(),
                "conduct_start": str(conduct_year) if r.random() < 0.5 else dates.day_from_number(conduct).isoformat()[:7],
                "conduct_end": None, "event_id": None, "status": "alleged", "reliability": None,
                "credibility": None}))
            cite("allegations", f"allegation-{i:05d}")
        db["allegations"].insert_all(allegation_rows, batch_size=2000)
        progress(f"allegations: {allegations:,} ({time.perf_counter() - started:.1f} s)")
        db["citations"].insert_all(citations, batch_size=5000)
        progress(f"citations: {len(citations):,} ({time.perf_counter() - started:.1f} s)")
    counts = {table: store.count(table) for table in ("sources", "persons", "aliases", "terms", "events",
                                                       "allegations", "citations")}
    store.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="the dossier file to create (must not exist)")
    parser.add_argument("--persons", type=int, default=10_000)
    parser.add_argument("--terms", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--allegations", type=int, default=10_000)
    parser.add_argument("--sources", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1988)
    args = parser.parse_args(argv)
    out = Path(args.out)
    if out.exists():
        print(f"{out} exists; choose a new file name", file=sys.stderr)
        return 2
    started = time.perf_counter()
    counts = generate(out, persons=args.persons, terms=args.terms, events=args.events,
                      allegations=args.allegations, sources=args.sources, seed=args.seed,
                      progress=lambda line: print(line, file=sys.stderr))
    print(f"Created {out} in {time.perf_counter() - started:.1f} s: "
          + ", ".join(f"{n:,} {table}" for table, n in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
